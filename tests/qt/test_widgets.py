"""Reusable views: loss curve, heatmap, run controls, message bar, exports."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtGui import QImage

from lab_app.core.events import Progress
from lab_app.qt import theme as theme_mod


@pytest.fixture
def loss_curve(qtbot):
    from lab_app.qt.widgets.loss_curve import LossCurve

    curve = LossCurve("loss")
    qtbot.addWidget(curve)
    curve.resize(600, 400)
    curve.show()
    return curve


def test_loss_curve_grows_past_its_first_buffer(loss_curve):
    for step in range(3000):
        loss_curve.append(step, {"train": 1.0 / (step + 1), "validation": float("nan")})
    steps, values = loss_curve.series_data("train")
    assert len(steps) == 3000
    assert values[10] == pytest.approx(1 / 11)
    # A NaN value is skipped, not plotted as a point.
    assert "validation" not in loss_curve.series_names()


def test_loss_curve_log_toggle(loss_curve):
    loss_curve.append(0, {"train": 10.0})
    loss_curve.log_toggle.setChecked(True)
    assert loss_curve.plot.getAxis("left").logMode


def test_prepared_loss_curve_has_its_series_and_a_fixed_x_axis(loss_curve):
    loss_curve.prepare(["train", "validation"], steps=500)
    assert loss_curve.series_names() == ["train", "validation"]
    curve = loss_curve._series["train"].curve
    for step in range(1, 200):
        loss_curve.append(step, {"train": 3.0 - step / 100})
    assert loss_curve.plot.vb.viewRange()[0] == pytest.approx([0, 500])
    low, high = loss_curve.plot.vb.viewRange()[1]
    assert low == 0.0 and high >= 3.0 - 1 / 100  # a loss axis starts at 0 and holds every point
    # A second run keeps the same curve objects, emptied.
    loss_curve.prepare(["train", "validation"], steps=100)
    assert loss_curve._series["train"].curve is curve
    assert len(loss_curve.series_data("train")[0]) == 0
    # Past the announced length the axis grows again.
    for step in range(1, 150):
        loss_curve.append(step, {"train": 1.0})
    assert loss_curve.plot.vb.viewRange()[0][1] >= 149


def test_steady_curve_plot_only_grows_in_whole_decades(qtbot):
    from lab_app.qt.widgets.curve_plot import CurvePlot

    plot = CurvePlot("norms", "k", "norm", log_y=True, steady_range=True)
    qtbot.addWidget(plot)
    plot.prepare(["RNN", "LSTM"])
    assert list(plot.curves) == ["RNN", "LSTM"] and not plot.data
    plot.set_curve("RNN", np.arange(10), 10.0 ** -np.arange(10))
    plot.widen_range()
    first = plot._range
    assert first[2] <= -10 and first[2] == int(first[2])  # bottom below 1e-9, on a decade
    plot.set_curve("RNN", np.arange(10), 10.0 ** -np.arange(10) / 2)  # inside: no rescale
    plot.widen_range()
    assert plot._range == first
    plot.set_curve("LSTM", np.arange(10), np.full(10, 1e-15))
    plot.widen_range()
    assert plot._range[2] <= -16 and plot._range[3] == first[3]


def test_exports_write_png_svg_and_csv(loss_curve, tmp_path):
    for step in range(50):
        loss_curve.append(step, {"train": 2.0 - step / 50, "validation": 2.1 - step / 60})
    loss_curve.export_png(tmp_path / "loss.png", width=800)
    loss_curve.export_svg(tmp_path / "loss.svg")
    loss_curve.export_csv(tmp_path / "loss.csv")
    image = QImage(str(tmp_path / "loss.png"))
    assert image.width() == 800
    assert "<svg" in (tmp_path / "loss.svg").read_text(encoding="utf-8")
    rows = list(csv.reader((tmp_path / "loss.csv").open(encoding="utf-8")))
    assert rows[0] == ["series", "step", "value"]
    assert len(rows) == 1 + 100
    assert rows[1][0] == "train" and float(rows[1][2]) == pytest.approx(2.0)


@pytest.fixture
def heatmap(qtbot):
    from lab_app.qt.widgets.heatmap import HeatmapView

    view = HeatmapView("gates")
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_heatmap_hover_text_and_csv(heatmap, tmp_path):
    values = np.arange(12, dtype=float).reshape(3, 4) / 11
    heatmap.set_matrix(values, ["u0", "u1", "u2"], ["el", "niño", "dijo", "."], levels=(0, 1))
    assert heatmap.describe_cell(1, 2) == f"u1 · dijo = {values[1, 2]:.3f}"
    heatmap.export_csv(tmp_path / "h.csv")
    rows = list(csv.reader((tmp_path / "h.csv").open(encoding="utf-8")))
    assert rows[0] == ["row", "el", "niño", "dijo", "."]
    assert float(rows[2][3]) == pytest.approx(values[1, 2])


def test_heatmap_maps_scene_points_to_cells(heatmap, qtbot):
    heatmap.set_matrix(np.zeros((4, 5)), None, None)
    qtbot.wait(50)
    centre = heatmap.plot.vb.mapViewToScene(__import__("PySide6.QtCore").QtCore.QPointF(3.5, 1.5))
    assert heatmap.cell_at(centre) == (1, 3)


def test_heatmap_rejects_a_vector(heatmap):
    with pytest.raises(ValueError, match="2-D"):
        heatmap.set_matrix(np.zeros(5))


def test_run_controls_show_progress_and_eta(qtbot):
    from lab_app.qt.widgets.run_controls import RunControls, format_eta

    controls = RunControls()
    qtbot.addWidget(controls)
    controls.set_busy(True)
    assert controls.stop_button.isEnabled() and not controls.start_button.isEnabled()
    controls.show_progress(Progress(done=50, total=200, unit="steps"))
    assert controls.progress.value() == 25
    assert controls.progress.text().endswith("25 %") and controls.progress.value() == 25
    controls.show_progress(Progress(done=60, total=200, unit="steps"))
    assert controls.progress.value() == 25  # within 0.1 s of the last redraw: skipped
    controls.show_progress(Progress(done=200, total=200, unit="steps"))
    assert controls.progress.value() == 100  # the end is always shown
    assert format_eta(185) == "3 min 05 s"
    controls.set_busy(False)
    assert controls.start_button.isEnabled()


def test_message_bar_shows_details_on_demand(qtbot):
    from lab_app.qt.widgets.message_bar import MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.set_idle_text("Pulsa Iniciar")
    assert bar.text.text() == "Pulsa Iniciar" and bar.close_button.isHidden()
    bar.show_message("No se pudo cargar", "error", "Traceback …")
    assert bar.level == "error" and not bar.close_button.isHidden()
    assert bar.details.isHidden()
    bar.details_button.setChecked(True)
    assert not bar.details.isHidden()
    bar.close_button.click()  # back to the page's hint, the line keeps its place
    assert bar.level == "idle" and bar.text.text() == "Pulsa Iniciar"


def test_projector_theme_thickens_lines(loss_curve):
    loss_curve.append(0, {"train": 1.0})
    loss_curve.append(1, {"train": 0.5})
    normal = loss_curve._series["train"].curve.opts["pen"].widthF()
    theme_mod.theme_manager().update(projector=True)
    projector = loss_curve._series["train"].curve.opts["pen"].widthF()
    assert projector >= 1.6 * normal


def test_zipf_plot_draws_log_spaced_ranks_and_exports_all(qtbot):
    from lab_app.qt.widgets.zipf_plot import SHOWN_POINTS, ZipfPlot

    plot = ZipfPlot()
    qtbot.addWidget(plot)
    vocabulary = {f"w{r}": 100_000 // r for r in range(1, 50_001)}
    plot.set_vocabulary(vocabulary)
    x, y = plot.curve.getOriginalDataset()
    assert len(x) <= SHOWN_POINTS
    assert x[0] == 1 and x[-1] == 50_000 and y[0] == 100_000
    assert np.all(np.diff(x) > 0)
    assert list(plot.ideal.getOriginalDataset()[0]) == [1, 50_000]
    header, rows = plot.csv_table()
    assert len(list(rows)) == 50_000


def test_right_click_opens_our_translated_menu(loss_curve, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    assert not loss_curve.plot.vb.menuEnabled()  # pyqtgraph's English-only menu is off
    menu = loss_curve.context_menu()
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == ["Enlarge / go back (Esc)", "View all", "PNG…", "SVG…", "CSV…"]
    asked = []
    loss_curve.graphics.customContextMenuRequested.disconnect()
    loss_curve.graphics.customContextMenuRequested.connect(asked.append)
    view = loss_curve.graphics
    point = QPoint(50, 50)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert asked


def test_view_all_follows_the_data_again(loss_curve):
    for step in range(100):
        loss_curve.append(step, {"train": 5.0 - step / 50})
    loss_curve.plot.vb.setRange(xRange=(10, 20), yRange=(4, 4.5))
    loss_curve.plot.vb.sigRangeChangedManually.emit([True, True])
    assert not loss_curve.follow
    loss_curve.view_all()
    assert loss_curve.follow
    (x_low, x_high), (y_low, y_high) = loss_curve.plot.vb.viewRange()
    assert x_low <= 0 and x_high >= 99 and y_low <= 3.1 and y_high >= 5.0


def test_curves_leave_out_points_that_cannot_be_drawn(qtbot):
    """An exploding gradient gives inf; a log axis cannot show 0: such points break the line."""
    import numpy as np

    from lab_app.qt.widgets.curve_plot import CurvePlot

    plot = CurvePlot("norms", "k", "norm", log_y=True, steady_range=True, markers=False)
    qtbot.addWidget(plot)
    plot.resize(500, 300)
    plot.show()
    plot.set_curve("RNN", [0, 1, 2, 3, 4], [1.0, np.inf, 0.0, np.nan, 1e-5])
    plot.widen_range()
    shown = np.asarray(plot.data["RNN"][1])
    assert np.isfinite(shown).sum() == 2 and shown[0] == 1.0 and shown[4] == 1e-5
    assert plot.grab().width() == 500  # painted without trouble
