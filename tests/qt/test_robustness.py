"""What a room of students does to the lab: repeated menus, errors, pasted text, stale cells."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox


def top_level_count() -> int:
    return len(QApplication.topLevelWidgets())


def test_plot_menus_are_not_left_behind(window, qtbot):
    window.show()
    page = window.show_page("lstm", "gradients")
    plot = page.norms

    def right_click() -> None:
        menu = plot.context_menu()
        menu.popup(plot.mapToGlobal(plot.rect().center()))
        menu.close()

    right_click()  # the first one builds the menu (and Qt's popup machinery)
    qtbot.wait(20)
    before, menus = top_level_count(), len(plot.findChildren(QMenu))
    for _ in range(100):
        right_click()
    qtbot.wait(20)
    assert top_level_count() == before
    assert len(plot.findChildren(QMenu)) == menus


def test_a_deleted_plot_takes_its_menus_along(qtbot):
    """pyqtgraph's menus are created without a parent; a rebuilt window must not leave them."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from lab_app.qt.widgets.heatmap import HeatmapView
    from lab_app.qt.widgets.loss_curve import LossCurve

    def menus() -> int:
        return sum(isinstance(w, QMenu) for w in QApplication.topLevelWidgets())

    def flush() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    flush()  # what earlier tests left to delete
    before = menus()
    for _ in range(5):
        for panel in (HeatmapView("h"), LossCurve("l")):
            panel.deleteLater()
    flush()
    assert menus() == before


def test_more_masks_add_no_top_level_menus(window, qtbot):
    """The playground's [MASK] charts are made with the page: a prediction with more masks
    than before adds no plot, so none of the top-level menus each plot brings."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from lab_app.core.bert.playground import MaskPrediction
    from lab_app.qt.tabs.bert_playground_page import MOST_BARS, MaskedResult

    def menus() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return sum(isinstance(w, QMenu) for w in QApplication.topLevelWidgets())

    page = window.show_page("bert", "playground")
    before = menus()
    guess = MaskPrediction(1, ("a", "b"), (5, 6), (0.6, 0.3))
    for masks in (1, 3, MOST_BARS + 1):
        page.show_result(MaskedResult("x", ("[MASK]",) * masks, (guess,) * masks))
    assert menus() == before
    assert sum(not chart.isHidden() for chart in page.charts) == MOST_BARS


def test_recent_files_menu_is_refilled_not_recreated(window, qtbot, tmp_path):
    page = window.show_page("corpus", "corpus")
    path = tmp_path / "t.txt"
    path.write_text("Hola mundo.\n", encoding="utf-8")
    menus_before = len(page.findChildren(QMenu))
    for index in range(5):
        with qtbot.waitSignal(page.runner.succeeded, timeout=10000):
            page.load_path(path if index % 2 else str(path))
    assert len(page.findChildren(QMenu)) == menus_before


def test_error_dialogs_are_freed_when_closed(qapp, qtbot):
    from lab_app.qt.errors import ErrorReporter

    reporter = ErrorReporter()
    before = top_level_count()
    for _ in range(100):
        try:
            raise ValueError("boom " * 5000)  # a long message too
        except ValueError as error:
            reporter._show(f"ValueError: {error}", "details")
        box = reporter.dialogs[-1]
        assert len(box.text()) <= 300
        box.done(0)
    qtbot.wait(50)
    QApplication.sendPostedEvents(None, 0)  # deleteLater of the closed boxes
    qtbot.wait(10)
    assert reporter.dialogs == []
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]) == 0
    assert top_level_count() <= before


def test_a_pasted_novel_is_cut_in_the_message(window, qtbot):
    page = window.show_page("lstm", "memory")
    page.gaps.setText("x" * 65_000)
    assert len(page.gaps.text()) <= 120  # the field takes no more
    page.messages.show_message("Could not read " + "y" * 65_000, "error")
    assert len(page.messages.text.text()) <= 300
    assert "y" * 1000 in page.messages.details.toPlainText()


def test_a_selected_cell_of_an_older_probe_is_forgotten(window, qtbot):
    from lab_app.core.lstm.snapshot import GateSnapshot

    page = window.show_page("lstm", "gates")

    def snapshot(tokens: int, units: int = 8) -> GateSnapshot:
        keys = ("f", "i", "g", "o", "c", "h", "zf", "zi", "zg", "zo", "c_prev", "h_prev")
        gates = {k: np.full((tokens, units), 0.5, dtype=np.float32) for k in keys}
        saturation = {g: (0.0, 0.0) for g in "figo"}
        return GateSnapshot(1, tuple("a" * tokens), gates, saturation)

    page._add_snapshot(snapshot(40))
    page.updates.flush()
    page._on_cell_clicked(3, 28)
    assert page.selected == (3, 28)
    page._add_snapshot(snapshot(4))  # the probe became "hola"
    page.updates.flush()  # used to raise IndexError in the update queue
    assert page.selected is None


def test_exporting_a_collapsed_plot_says_why(window, qtbot, tmp_path):
    import pytest
    from PySide6.QtCore import QRectF

    page = window.show_page("lstm", "gradients")
    # A splitter dragged shut leaves the plot's scene 0 px tall.
    page.norms.graphics.ci.boundingRect = lambda: QRectF(0, 0, 300, 0)
    page.norms.graphics.ci.mapRectToScene = lambda rect: rect
    with pytest.raises(ValueError, match="no area"):
        page.norms.export_png(tmp_path / "x.png")


def test_a_probe_change_after_a_stopped_second_run_uses_the_trained_models_data(window, qtbot):
    """Train on one corpus, start on another and stop: the probe belongs to the trained model."""
    from lab_app.core.corpus import load_builtin
    from lab_app.core.lstm.jobs import Prepared

    page = window.show_page("lstm", "gates")
    settings = page.settings
    for spin, value in ((settings.d_x, 8), (settings.d_h, 8), (settings.seq_len, 16)):
        spin.setValue(value)
    window.state.set_corpus(load_builtin("spanish_sample"))
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.start(max_steps=5)
    trained = page.trained
    window.state.set_corpus(load_builtin("pang_lee_polarity"))
    prepared = []
    page.runner.event.connect(lambda e: prepared.append(e) if isinstance(e, Prepared) else None)
    page.start(max_steps=100_000)
    qtbot.waitUntil(lambda: bool(prepared), timeout=30000)
    page.runner.stop()
    assert page.prepared.data is not trained.data  # the stopped run's data
    settings.probe.setText("la canción")
    settings.apply_probe.click()  # raised IndexError from the embedding before
    page.updates.flush()
    assert page.shown.labels == tuple("la␣canción")
    assert page.prepared.data is trained.data
