"""The 2-D embedding map: points, search, click, labels, groups, overlays, 100k points."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QColor
from shiboken6 import Shiboken

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.embedding_map_parts import (
    NearestPoint,
    analogy_arrows,
    declutter,
    group_codes,
)

GROUPS = ["animales", "lugares", "números", "personas", "verbos"]


def fake_words(count: int, seed: int = 0):
    """Five blobs of points, shuffled distinct frequencies, one group per blob."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(scale=4.0, size=(5, 2))
    group = rng.integers(0, 5, count)
    coords = centres[group] + rng.normal(size=(count, 2))
    words = [f"w{i}" for i in range(count)]
    frequencies = rng.permutation(count).astype(float) + 1
    return coords, words, frequencies, [GROUPS[g] for g in group]


@pytest.fixture
def emap(qtbot):
    from lab_app.qt.widgets.embedding_map import EmbeddingMap

    widget = EmbeddingMap()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paint(widget) -> None:
    """Let the view fit the data and paint once."""
    from PySide6.QtWidgets import QApplication

    for _ in range(2):
        QApplication.processEvents()
        widget.repaint()


def scene_pos(widget, xy) -> QPointF:
    return widget.plot.vb.mapViewToScene(QPointF(float(xy[0]), float(xy[1])))


def isolated_point(coords: np.ndarray) -> int:
    """The point farthest from its nearest neighbour (scipy, independent of the widget)."""
    from scipy.spatial import cKDTree

    distances, _ = cKDTree(coords).query(coords, k=2)
    return int(np.argmax(distances[:, 1]))


def emptiest_spot(widget, coords: np.ndarray) -> tuple[float, float]:
    """A place in view farthest (in pixels) from every point; at least 20 px away."""
    (x0, x1), (y0, y1) = widget.plot.vb.viewRange()
    pixel_w, pixel_h = widget.plot.vb.viewPixelSize()
    grid = np.stack(np.meshgrid(np.linspace(x0, x1, 40), np.linspace(y0, y1, 40)), -1)
    grid = grid.reshape(-1, 2)[1:-1]
    scaled = coords / [pixel_w, pixel_h]
    far = [np.hypot(*(scaled - spot / [pixel_w, pixel_h]).T).min() for spot in grid]
    assert max(far) > 20
    return tuple(grid[int(np.argmax(far))])


def test_empty_map_says_what_to_do_then_shows_every_point(emap):
    assert emap.empty_hint.isVisible()
    assert "word2vec" in emap.empty_hint.text()
    assert not emap.plot.getAxis("bottom").style["showValues"]  # no bare 0–1 ticks
    coords, words, frequencies, groups = fake_words(1000)
    emap.set_points(coords, words, frequencies, groups)
    paint(emap)
    assert not emap.empty_hint.isVisible()
    assert emap.plot.getAxis("bottom").style["showValues"]
    assert emap.points.drawn == 1000  # all in view after auto-range, none thinned out
    np.testing.assert_array_equal(emap.points.xy, coords)
    (x0, x1), (y0, y1) = emap.plot.vb.viewRange()
    assert x0 <= coords[:, 0].min() and coords[:, 0].max() <= x1
    assert y0 <= coords[:, 1].min() and coords[:, 1].max() <= y1


def test_highlight_rings_and_centres_a_word_and_refuses_an_absent_one(emap):
    coords, words, frequencies, _ = fake_words(1000)
    emap.set_points(coords, words, frequencies)
    paint(emap)
    assert emap.highlight("w123")
    (x0, x1), (y0, y1) = emap.plot.vb.viewRange()
    assert (x0 + x1) / 2 == pytest.approx(coords[123, 0])
    assert (y0 + y1) / 2 == pytest.approx(coords[123, 1])
    ring_x, ring_y = emap.ring.getData()
    assert (ring_x[0], ring_y[0]) == pytest.approx(tuple(coords[123]))
    assert emap.label_words()[0] == "w123"  # its label is always shown, in bold, first
    assert emap.highlight("W123")  # typed with a capital: found in lower case
    assert not emap.highlight("zanahoria")
    assert emap.selected == 123  # a failed search leaves the selection alone


def test_clicking_a_point_emits_its_word(emap, qtbot):
    coords, words, frequencies, _ = fake_words(1000)
    emap.set_points(coords, words, frequencies)
    paint(emap)
    target = isolated_point(coords)
    view_pos = emap.graphics.mapFromScene(scene_pos(emap, coords[target]))
    with qtbot.waitSignal(emap.word_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(emap.graphics.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)
    assert blocker.args == [words[target]]
    assert emap.selected == target
    # Far from every point: nothing is named.
    empty = emap.graphics.mapFromScene(scene_pos(emap, emptiest_spot(emap, coords)))
    with qtbot.assertNotEmitted(emap.word_clicked):
        qtbot.mouseClick(emap.graphics.viewport(), Qt.MouseButton.LeftButton, pos=empty)


def test_hover_names_the_word_and_its_group(emap, qtbot):
    coords, words, frequencies, groups = fake_words(1000)
    emap.set_points(coords, words, frequencies, groups)
    paint(emap)
    target = isolated_point(coords)
    nudged = scene_pos(emap, coords[target]) + QPointF(3, -2)  # a few pixels off the dot
    emap._on_mouse_moved(nudged)
    qtbot.waitUntil(emap.hover_label.isVisible, timeout=2000)
    assert emap.hover_label.toPlainText() == f"{words[target]} · {groups[target]}"
    emap._on_mouse_moved(QPointF(1, 1))  # over the title row, outside the plot
    qtbot.waitUntil(lambda: not emap.hover_label.isVisible(), timeout=2000)


def test_update_coords_moves_points_without_rebuilding_brushes(emap, monkeypatch):
    coords, words, frequencies, groups = fake_words(1000)
    emap.set_points(coords, words, frequencies, groups)
    emap.set_label_count(10)
    paint(emap)
    brushes, atlas, codes = list(emap.points.brushes), emap.points._atlas, emap.points.codes
    monkeypatch.setattr(emap.points, "set_style", lambda *a: pytest.fail("brushes rebuilt"))
    moved = coords * 2 + 30
    emap.update_coords(moved)
    paint(emap)
    np.testing.assert_array_equal(emap.points.xy, moved)
    assert all(a is b for a, b in zip(emap.points.brushes, brushes))
    assert emap.points._atlas is atlas and emap.points.codes is codes
    # The user had not moved the view: it followed the points.
    (x0, x1), _ = emap.plot.vb.viewRange()
    assert x0 <= moved[:, 0].min() and moved[:, 0].max() <= x1
    # Labels followed their points; the hover look-up uses the new positions.
    assert emap.labels.coords is emap.coords
    target = isolated_point(moved)
    assert emap.word_at(scene_pos(emap, moved[target])) == words[target]
    # Once the user has zoomed, a new step keeps the view.
    emap.plot.vb.setRange(xRange=(40, 45), yRange=(30, 35), padding=0)
    emap.update_coords(coords)
    paint(emap)
    assert emap.plot.vb.viewRange()[0] == pytest.approx([40, 45])


def test_labels_are_the_most_frequent_words_and_overlaps_are_hidden(emap):
    coords, words, frequencies, _ = fake_words(1000)
    emap.set_points(coords, words, frequencies)
    assert emap.set_label_count(20) == 20
    by_frequency = sorted(range(1000), key=lambda i: -frequencies[i])
    assert emap.label_words() == [words[i] for i in by_frequency[:20]]
    assert emap.set_label_count(5000) == 300  # capped
    emap.set_label_count(20)
    rare = words[by_frequency[500]]
    assert emap.mark_words([rare, "nada"]) == [rare]
    assert emap.label_words() == [rare] + [words[i] for i in by_frequency[:20]]
    # Two words on the same spot: only the more frequent keeps its label.
    few = np.array([[0.0, 0.0], [0.0, 0.0], [5.0, 5.0]])
    emap.set_points(few, ["rey", "reina", "perro"], np.array([3.0, 2.0, 1.0]))
    emap.set_label_count(3)
    paint(emap)
    assert emap.visible_label_words() == ["rey", "perro"]


def test_groups_get_okabe_ito_colours_and_a_legend(emap):
    coords, words, frequencies, groups = fake_words(1000)
    emap.set_points(coords, words, frequencies, groups)
    assert emap.legend_names() == sorted(GROUPS)
    colours = [b.color().name() for b in emap.points.brushes]
    assert colours == [c.lower() for c in theme_mod.OKABE_ITO[:5]]
    first = sorted(GROUPS).index(groups[0])
    assert emap.points.codes[0] == first
    # Without groups: one colour, no legend.
    emap.set_points(coords, words)
    assert emap.legend_names() == [] and len(emap.points.brushes) == 1
    assert not emap.legend.isVisible()  # its row gives the plot its room back


def test_more_than_eight_groups_share_a_grey_other():
    sizes = [50, 40, 30, 25, 20, 15, 12, 10, 3, 2]  # ten groups
    groups = [f"g{k}" for k, size in enumerate(sizes) for _ in range(size)]
    coded = group_codes(groups)
    assert coded.names == [f"g{k}" for k in range(8)] and coded.other == 2
    assert set(coded.codes[-5:]) == {8}  # g8 and g9, the two smallest
    numbers = group_codes([3, 1, 2, 1])  # numbers keep their numeric order
    assert numbers.names == ["1", "2", "3"] and list(numbers.codes) == [2, 0, 1, 0]


def test_the_grey_other_group_is_in_the_legend(emap):
    rng = np.random.default_rng(1)
    groups = [f"g{k:02d}" for k in rng.integers(0, 12, 600)]
    emap.set_points(rng.normal(size=(600, 2)), [f"w{i}" for i in range(600)], groups=groups)
    names = emap.legend_names()
    assert len(names) == 9 and names[-1].startswith("other (4")
    assert emap.points.brushes[-1].color().name() == "#999999"


def test_arrows_and_path_are_drawn_and_cleared(emap):
    from PySide6.QtWidgets import QApplication

    coords, words, frequencies, _ = fake_words(300)
    emap.set_points(coords, words, frequencies)
    a, b, c, answer = (2.0, 3.0), (-2.0, 0.0), (-1.0, -3.0), (3.0, 0.0)
    emap.draw_arrows(analogy_arrows(a, b, c, answer, ["rey", "hombre", "mujer", "reina"]))
    overlays = emap.overlays
    assert overlays.count() == 4
    styles = [item.pen.style() for item, _, _ in overlays.arrows]
    assert styles == [Qt.PenStyle.SolidLine] * 2 + [Qt.PenStyle.DashLine] * 2
    texts = [label.toPlainText() for _, label, _ in overlays.arrows]
    assert texts[:2] == ["rey \u2212 hombre"] * 2
    np.testing.assert_array_equal(overlays.arrows[0][0].points, [b, a])  # hombre → rey
    emap.draw_path(np.array([[20.0, 20.0], [22.0, 21.0], [25.0, 21.0]]), ["1990", "2000", "2010"])
    assert overlays.count() == 4 + 2
    assert [label.toPlainText() for label in overlays.path_labels] == ["1990", "2000", "2010"]
    paint(emap)
    (_, x1), (_, y1) = emap.plot.vb.viewRange()
    assert x1 >= 25 and y1 >= 21  # the view holds the path, far from the points
    # The solid arrow is really painted in the accent colour, at its middle.
    middle = emap.graphics.mapFromScene(scene_pos(emap, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)))
    image = emap.graphics.grab().toImage()
    accent = QColor(theme_mod.current().series_colours[5])
    near = [
        QColor(image.pixel(middle.x() + dx, middle.y() + dy))
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    ]
    assert any(_close(colour, accent) for colour in near)
    items = [item for item, _, _ in overlays.arrows] + [overlays.path]
    emap.clear_overlays()
    QApplication.processEvents()
    assert overlays.count() == 0
    assert all(item.scene() is None for item in items)
    with pytest.raises(ValueError):
        emap.draw_arrows([((0, 0), (1, 1), "", "wavy")])


def _close(colour: QColor, other: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(x - y) <= tolerance
        for x, y in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


def test_a_hundred_thousand_points(emap):
    coords, words, frequencies, groups = fake_words(100_000)
    emap.set_points(coords, words, frequencies, groups)
    emap.set_label_count(100)
    paint(emap)
    assert 1_000 < emap.points.drawn < 100_000  # overlapping dots thinned out, not all drawn
    rng = np.random.default_rng(3)
    view = emap.plot.vb
    pixel_w, pixel_h = view.viewPixelSize()
    for point in coords[rng.integers(0, 100_000, 5)] + 0.01:
        # Independent nearest point, in pixels.
        distance = np.hypot(
            (coords[:, 0] - point[0]) / pixel_w, (coords[:, 1] - point[1]) / pixel_h
        )
        assert emap.word_at(scene_pos(emap, point)) == words[int(np.argmin(distance))]


def test_thinning_keeps_the_last_dot_of_each_colour_in_a_cell():
    from lab_app.qt.widgets.embedding_map_points import PointCloud

    cloud = PointCloud()
    cloud.set_points(np.zeros((5, 2)), np.array([0, 1, 0, 1, 0]))
    cloud.set_style([QBrush(QColor("red")), QBrush(QColor("blue"))], 4.0)
    px = np.array([10.0, 10.5, 11.0, 50.0, 11.2])
    py = np.array([10.0, 10.0, 10.4, 50.0, 10.0])
    kept = cloud._thinned(np.arange(5), px, py, 100, 100, 1.0)
    # Cells 2 px wide: dots 0, 2, 4 (red) share one cell, the last is kept; blue 1 and 3 apart.
    assert list(kept) == [1, 3, 4]


def test_nearest_point_measures_in_pixels_on_unequal_axes():
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(2)
    coords = rng.normal(size=(2000, 2)) * [100.0, 1.0]
    finder = NearestPoint()
    finder.set_coords(coords)
    pixel_w, pixel_h = 0.5, 0.005  # x spans 100× more data units per pixel
    tree = cKDTree(coords / [pixel_w, pixel_h])
    for x, y in rng.normal(size=(20, 2)) * [100.0, 1.0]:
        distance, index = tree.query([x / pixel_w, y / pixel_h])
        found = finder.nearest(x, y, pixel_w, pixel_h, radius_px=1e9)
        assert found == index
        assert finder.nearest(x, y, pixel_w, pixel_h, radius_px=distance * 0.99) is None


def test_declutter_hides_what_a_more_important_label_covers():
    left = np.array([0.0, 5.0, 100.0, 2.0])
    top = np.zeros(4)
    width, height = np.full(4, 20.0), np.full(4, 10.0)
    assert list(declutter(left, top, width, height)) == [True, False, True, False]
    # The first two forced: both shown though they overlap.
    assert list(declutter(left, top, width, height, forced=2)) == [True, True, True, False]


def test_projector_mode_enlarges_points_and_labels_and_a_deleted_map_ignores_themes(qtbot):
    from PySide6.QtWidgets import QApplication

    from lab_app.qt.widgets.embedding_map import EmbeddingMap

    widget = EmbeddingMap()
    coords, words, frequencies, _ = fake_words(500)
    widget.set_points(coords, words, frequencies)
    widget.set_label_count(10)
    size, font = widget.points.size, widget.labels.font.pointSizeF()
    theme_mod.theme_manager().update(projector=True)
    assert widget.points.size == 2 * size  # 12 px dots instead of 6
    assert widget.labels.font.pointSizeF() == pytest.approx(font * theme_mod.PROJECTOR_SCALE)
    theme_mod.theme_manager().update(dark=True)
    assert widget.labels.colour.name() == theme_mod.current().foreground.lower()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not Shiboken.isValid(widget)
    theme_mod.theme_manager().update(projector=False, dark=False)  # no slot of the dead map


def test_csv_export_lists_each_word_with_its_position_and_group(emap, tmp_path):
    import csv

    coords, words, frequencies, groups = fake_words(50)
    emap.set_points(coords, words, frequencies, groups)
    path = tmp_path / "map.csv"
    emap.export_csv(path)
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["word", "x", "y", "group"]
    assert rows[8] == [words[7], repr(float(coords[7, 0])), repr(float(coords[7, 1])), groups[7]]
    assert len(rows) == 51


def test_a_moving_view_draws_fewer_dots_then_all_again(emap, qtbot):
    from lab_app.qt.widgets.embedding_map_points import MOVING_SETTLE_MS

    coords, words, frequencies, groups = fake_words(100_000)
    emap.set_points(coords, words, frequencies, groups)
    qtbot.wait(MOVING_SETTLE_MS + 100)
    paint(emap)
    still = emap.points.drawn
    (x0, x1), (y0, y1) = emap.plot.vb.viewRange()
    shift = (x1 - x0) / 50
    emap.plot.vb.setRange(xRange=(x0 + shift, x1 + shift), yRange=(y0, y1), padding=0)
    paint(emap)
    assert emap.points.moving and emap.points.drawn < 0.8 * still
    qtbot.waitUntil(lambda: not emap.points.moving, timeout=2000)
    paint(emap)
    assert emap.points.drawn > 0.9 * still  # the full drawing is back once the view stops
