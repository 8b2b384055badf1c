"""A language switch rebuilds the window: settings and results must come back in the new one."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox


def _new_window(lab, qtbot):
    """What a language switch does: ``Lab.build_window`` over the same state."""
    old = lab.window
    lab.build_window()
    assert lab.window is not old
    return lab.window


def test_trained_lstm_and_settings_survive_a_rebuild(lab, qtbot):
    window = lab.window
    window.show()
    tab = window.show_tab("lstm")
    gates = tab.page("gates")
    gates.settings.d_x.setValue(8)
    gates.settings.d_h.setValue(12)
    gates.settings.seq_len.setValue(24)
    gates.settings.batch_size.setValue(8)
    with qtbot.waitSignal(gates.finished, timeout=60000):
        assert gates.start(max_steps=30)
    gates.updates.flush()
    gates._on_cell_clicked(3, 5)
    tab.page("memory").gaps.setText("2, 4")
    tab.page("parameters").d_h.setValue(100)
    tab.show_page("parameters")
    trained, snapshots = gates.trained, list(gates.snapshots)
    loss = gates.loss.series_data(gates._series_names["train"])

    new = _new_window(lab, qtbot)
    new_tab = new.show_tab("lstm")
    again = new_tab.page("gates")
    assert again.trained is trained
    assert list(again.snapshots) == snapshots
    assert again.settings.d_h.value() == 12 and again.settings.seq_len.value() == 24
    assert np.array_equal(again.loss.series_data(again._series_names["train"])[1], loss[1])
    assert np.array_equal(again.heatmaps["h"].values, snapshots[-1].gates["h"].T)
    assert again.selected == (3, 5) and again.unit.value() == 3
    assert new_tab.page("memory").gaps.text() == "2, 4"
    assert new_tab.page("parameters").d_h.value() == 100
    assert new_tab.current_page_key() == "parameters"
    new.shutdown()


def test_corpus_options_survive_a_rebuild(lab, qtbot):
    window = lab.window
    tab = window.show_page("corpus", "corpus")
    tab.options.lowercase.setChecked(False)
    tab.options.text_column.setText("review")
    new = _new_window(lab, qtbot)
    again = new.show_page("corpus", "corpus")
    assert not again.options.lowercase.isChecked()
    assert again.options.text_column.text() == "review"
    new.shutdown()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_switching_language_during_a_run_asks_first(window, qtbot, monkeypatch, answer):
    window.show()
    page = window.show_page("lstm", "gradients")
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


def test_old_windows_ignore_long_lived_signals(lab, qtbot):
    """After two rebuilds, the state's and the theme's signals reach only the live window."""
    from lab_app.core.corpus import load_builtin
    from lab_app.qt import theme as theme_mod

    for _ in range(2):
        lab.window.show_page("lstm", "gates")
        lab.window.show_page("corpus", "corpus")
        _new_window(lab, qtbot)
    qtbot.wait(50)  # the old windows' deleteLater
    lab.window.show_page("lstm", "gates")
    lab.state.set_corpus(load_builtin("spanish_sample"))
    manager = theme_mod.theme_manager()
    manager.update(dark=True)
    manager.update(projector=True)
    qtbot.wait(400)  # the gates page's preview timer fires after 300 ms
    assert lab.window.tab("lstm").page("gates").views.heatmaps["h"].col_labels
