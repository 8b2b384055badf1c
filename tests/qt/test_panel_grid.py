"""Views that change shape instead of shrinking text; plots that explain themselves."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QLabel

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.panel_grid import PanelGrid


def make_grid(qtbot) -> PanelGrid:
    panels = [QLabel(f"panel {i}") for i in range(9)]
    grid = PanelGrid(
        panels, [f"p{i}" for i in range(9)], 3, QSize(300, 170), groups=[("a", 3), ("b", 6)]
    )
    qtbot.addWidget(grid)
    grid.show()
    return grid


def shape_at(grid, qtbot, width, height) -> tuple[str, int]:
    grid.resize(width, height)
    qtbot.wait(30)  # the refit runs in the next event-loop turn
    return grid.mode, grid.columns


def test_grid_then_groups_then_tabs_as_room_shrinks(qtbot):
    grid = make_grid(qtbot)
    assert shape_at(grid, qtbot, 1000, 600) == ("grid", 3)
    assert shape_at(grid, qtbot, 1000, 400) == ("groups", 3)  # 3 rows do not fit; 2 per tab do
    assert shape_at(grid, qtbot, 500, 300) == ("tabs", 1)
    assert grid.tabs.count() == 9


def test_a_shape_that_almost_fits_stays(qtbot):
    """A message bar appearing above must not re-arrange the panels (a stall mid-run)."""
    grid = make_grid(qtbot)
    assert shape_at(grid, qtbot, 1000, 520) == ("grid", 3)
    assert shape_at(grid, qtbot, 1000, 490) == ("grid", 3)  # 20 px short: kept
    assert shape_at(grid, qtbot, 1000, 400) == ("groups", 3)


def test_projector_fonts_need_bigger_panels(qtbot):
    grid = make_grid(qtbot)
    assert shape_at(grid, qtbot, 1000, 600) == ("grid", 3)
    theme_mod.theme_manager().update(projector=True)
    qtbot.waitUntil(lambda: grid.mode != "grid", timeout=2000)
    assert grid.mode in ("groups", "tabs")


def test_a_focused_panel_fills_the_area_and_comes_back(qtbot):
    grid = make_grid(qtbot)
    shape_at(grid, qtbot, 1000, 600)
    panel = grid.panels[4]
    grid.toggle_focus(panel)
    assert grid.mode == "focus" and grid.currentWidget() is grid.focus_page
    assert grid.focus_page.isAncestorOf(panel)
    grid.unfocus()
    assert grid.mode == "grid" and grid.grid_page.isAncestorOf(panel)


def test_double_clicking_a_plot_title_focuses_it(qtbot):
    from PySide6.QtCore import QPoint, Qt

    from lab_app.qt.widgets.loss_curve import LossCurve

    curves = [LossCurve(f"c{i}") for i in range(2)]
    grid = PanelGrid(curves, ["a", "b"], 2, QSize(200, 150))
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    qtbot.mouseDClick(curves[1].title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert grid.focused is curves[1]
    qtbot.mouseDClick(curves[1].title, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert grid.focused is None


def test_every_token_keeps_its_label_in_a_scrollable_window(qtbot):
    from lab_app.qt.widgets.heatmap import HeatmapView

    view = HeatmapView("h")
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    labels = [f"tok{i}" for i in range(200)]
    view.set_matrix(np.zeros((8, 200)), None, labels)
    qtbot.waitUntil(lambda: view.scroll_bar.isVisible(), timeout=2000)
    ticks = view.plot.getAxis("bottom")._tickLevels[0]
    assert [text for _, text in ticks] == labels  # none skipped
    shown = view.plot.vb.viewRange()[0]
    assert shown[1] - shown[0] < 200  # a window of the sequence
    view.scroll_bar.setValue(view.scroll_bar.maximum())
    assert view.plot.vb.viewRange()[0][1] == 200
    view.set_matrix(np.zeros((8, 5)), None, list("abcde"))
    qtbot.waitUntil(lambda: not view.scroll_bar.isVisible(), timeout=2000)


def test_tick_numbers_follow_the_language(qapp):
    from lab_app.qt.widgets.plot_panel import local_number_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert local_number_text("-0.5") == "\u22120,5"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert local_number_text("-0.5") == "\u22120.5"
    finally:
        QLocale.setDefault(before)


def test_legends_sit_outside_the_plotted_area(qtbot):
    from lab_app.qt.widgets.loss_curve import LossCurve

    curve = LossCurve("loss")
    qtbot.addWidget(curve)
    curve.resize(600, 400)
    curve.show()
    curve.prepare(["training", "validation"], 100)
    qtbot.wait(50)  # laid out
    assert curve.legend.parentItem() is not curve.plot.vb
    assert curve.legend.sceneBoundingRect().top() >= curve.plot.vb.sceneBoundingRect().bottom()
    assert not curve.plot.vb.sceneBoundingRect().intersects(curve.legend.sceneBoundingRect())


def test_an_empty_plot_says_what_to_do(qtbot):
    from lab_app.qt.widgets.loss_curve import LossCurve

    curve = LossCurve("loss")
    qtbot.addWidget(curve)
    curve.show()
    curve.prepare(["training"], 100)
    assert curve.empty_hint.isVisible() and curve.empty_hint.text()
    curve.append(1, {"training": 2.0})
    assert not curve.empty_hint.isVisible()
