"""The comparison pages say what they hold the same, show the gate initialisation every gated
cell gets, pass it to the core, and keep it across a rebuild of the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from lab_app.core.rnn import CELLS


@pytest.fixture
def lstm_tab(window):
    window.show()
    return window.show_tab("lstm")


def _texts(page) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel))


@pytest.mark.parametrize("key", ["gradients", "memory"])
def test_the_page_states_what_is_held_the_same_and_the_gate_choice(lstm_tab, key):
    page = lstm_tab.page(key)
    assert page.gate_init.currentData() == "chrono"  # the default, explained on the page
    assert "log u" in page.gate_init.toolTip() and "U[1, T−1]" in page.gate_init.toolTip()
    note = page.comparison.text()
    assert "Same data, same seed" in note and "only the recurrent cell differs" in note
    assert "chrono" in note and "RNN has no gate" in note
    assert "forget gate f" in note and "update gate z" in note
    assert "gated recurrent unit" in _texts(page)  # the one line on the GRU
    page.gate_init.setCurrentIndex(page.gate_init.findData("bias_1"))
    assert "b = 1" in page.comparison.text()
    page.gate_init.setCurrentIndex(page.gate_init.findData("torch"))
    assert "torch's default" in page.comparison.text()


def test_the_gradient_note_follows_the_gap(lstm_tab):
    page = lstm_tab.page("gradients")
    assert "T = 102" in page.comparison.text()
    page.gap.setValue(20)
    assert "T = 22" in page.comparison.text()
    assert "T = G + 2" in lstm_tab.page("memory").comparison.text()


def test_the_chosen_initialisation_reaches_the_core(lstm_tab, monkeypatch):
    gradients, memory = lstm_tab.page("gradients"), lstm_tab.page("memory")
    calls = []
    for page in (gradients, memory):
        monkeypatch.setattr(page.runner, "start", lambda *a, **kw: calls.append((a, kw)) or 1)
        page.gate_init.setCurrentIndex(page.gate_init.findData("bias_1"))
    assert gradients.start(max_steps=3)
    assert memory.start(gaps=[2], steps=10)
    (_, cfg), _ = calls[0]
    assert cfg.gate_init == "bias_1" and cfg.cells == CELLS
    args, kwargs = calls[1]
    assert tuple(args[2]) == CELLS and kwargs["gate_init"] == "bias_1"


@pytest.mark.parametrize("key", ["gradients", "memory"])
def test_the_choice_survives_session_and_restore(lstm_tab, key):
    page = lstm_tab.page(key)
    page.gate_init.setCurrentIndex(page.gate_init.findData("torch"))
    session = page.session()
    page.gate_init.setCurrentIndex(page.gate_init.findData("chrono"))
    page.restore(session)
    assert page.gate_init.currentData() == "torch"
    assert "torch's default" in page.comparison.text()
