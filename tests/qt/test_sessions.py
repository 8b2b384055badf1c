"""A language switch rebuilds the window: settings and results must come back in the new one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox


def _new_window(state, qtbot, old):
    from lab_app.qt.main_window import MainWindow

    old.shutdown()
    old.save_sessions()
    new = MainWindow(state, language="es")
    qtbot.addWidget(new)
    new.resize(1400, 900)
    return new


def test_trained_lstm_and_settings_survive_a_rebuild(window, state, qtbot):
    window.show()
    tab = window.show_tab("lstm")
    gates = tab.gates
    gates.settings.d_x.setValue(8)
    gates.settings.d_h.setValue(12)
    gates.settings.seq_len.setValue(24)
    gates.settings.batch_size.setValue(8)
    with qtbot.waitSignal(gates.finished, timeout=60000):
        assert gates.start(max_steps=30)
    gates.updates.flush()
    gates._on_cell_clicked(3, 5)
    tab.memory.gaps.setText("2, 4")
    tab.params.d_h.setValue(100)
    tab.pages.setCurrentWidget(tab.params)
    trained, snapshots = gates.trained, list(gates.snapshots)
    loss = gates.loss.series_data(gates._series_names["train"])

    new = _new_window(state, qtbot, window)
    new_tab = new.show_tab("lstm")
    again = new_tab.gates
    assert again.trained is trained
    assert again.snapshots == snapshots
    assert again.settings.d_h.value() == 12 and again.settings.seq_len.value() == 24
    assert np.array_equal(again.loss.series_data(again._series_names["train"])[1], loss[1])
    assert np.array_equal(again.heatmaps["h"].values, snapshots[-1].gates["h"].T)
    assert again.selected == (3, 5) and again.unit.value() == 3
    assert new_tab.memory.gaps.text() == "2, 4"
    assert new_tab.params.d_h.value() == 100
    assert new_tab.pages.currentWidget() is new_tab.params
    new.shutdown()


def test_corpus_options_survive_a_rebuild(window, state, qtbot):
    tab = window.show_tab("corpus")
    tab.options.lowercase.setChecked(False)
    tab.options.text_column.setText("review")
    new = _new_window(state, qtbot, window)
    again = new.show_tab("corpus")
    assert not again.options.lowercase.isChecked()
    assert again.options.text_column.text() == "review"
    new.shutdown()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_switching_language_during_a_run_asks_first(window, qtbot, monkeypatch, answer):
    window.show()
    page = window.show_tab("lstm").gradients
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)
    asked = []
    window.language_requested.connect(asked.append)
    page.start(max_steps=100_000)
    assert window.busy()
    window._language_actions["es"].trigger()
    if answer == QMessageBox.StandardButton.No:
        assert asked == [] and window._language_actions["en"].isChecked()
    else:
        assert asked == ["es"]
    window.shutdown()
