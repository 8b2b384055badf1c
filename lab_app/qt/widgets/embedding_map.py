"""The 2-D map of word vectors: one point per word (PCA, t-SNE, UMAP or two chosen directions),
coloured by group, with labels for the frequent words, hover and click, search, and drawings
for analogies and a word's path through time.

Built for 100k points: one item (``PointCloud``) drawing pixmap fragments from an atlas of a
handful of reused brushes, positions moved in place by ``update_coords`` (no brushes or labels
rebuilt), and the point under the cursor looked up (0.25 ms) at most ~30 times a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import whole
from lab_app.qt.widgets.embedding_map_labels import WordLabels
from lab_app.qt.widgets.embedding_map_overlays import MapOverlays
from lab_app.qt.widgets.embedding_map_parts import (
    Arrow,
    NearestPoint,
    group_codes,
    label_order,
)
from lab_app.qt.widgets.embedding_map_points import PointCloud
from lab_app.qt.widgets.plot_panel import PlotPanel, style_legend

HOVER_INTERVAL_MS = 33  # the word under the cursor is looked up at most ~30 times a second
PICK_RADIUS_PX = 10.0  # how close (normal scale) the cursor must be to a point to name it
OTHER_GREY = {False: "#999999", True: "#7a7a7a"}  # by theme.dark
RING_Z, HOVER_Z = 15, 30
HOVER_OFFSET_PX = 8.0


def point_size(count: int, theme: theme_mod.Theme) -> float:
    """Marker diameter in pixels: smaller as the map fills up, larger on a projector."""
    base = theme.marker_size  # 6 px, 12 px on a projector
    if count > 20_000:
        return max(2.0, base * 0.5)
    if count > 2_000:
        return base * 0.75
    return base


class HoverText(pg.TextItem):
    """The hover read-out: up and to the right of its point, so the dot stays visible."""

    def updateTextPos(self) -> None:  # noqa: N802 (pyqtgraph override)
        super().updateTextPos()
        self.textItem.setPos(self.textItem.pos() + QPointF(HOVER_OFFSET_PX, -HOVER_OFFSET_PX))


class EmbeddingMap(PlotPanel):
    """A scatter plot of words over pyqtgraph, for the Embeddings tab.

    Signals: ``word_clicked(str)`` when the user clicks a point; ``focus_requested`` (from
    PlotPanel) to show the map alone, full size. GUI thread only.
    """

    word_clicked = Signal(str)

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title or self.tr("Word map"), parent)
        self.coords = np.zeros((0, 2))
        self.words: list[str] = []
        self.groups: list[str] | None = None
        self._index: dict[str, int] = {}
        self._codes = np.zeros(0, dtype=np.intp)
        self._group_names: list[str] = []
        self._other_groups = 0
        self._brushes: list = []  # one QBrush per colour, reused by the points and the legend
        self._legend_samples: list[pg.ScatterPlotItem] = []
        self.selected: int | None = None  # highlighted (searched) or clicked point
        self.marked: list[int] = []  # e.g. the selected word's nearest neighbours
        self._hover_pos: QPointF | None = None
        self.hovered: int | None = None
        self._nearest = NearestPoint()

        self.plot.hideButtons()  # "A" auto-range button: "View all" is in our menu
        for name in ("left", "bottom"):
            # Major grid lines only: pyqtgraph's minor grid cost ~10 ms a frame while panning.
            self.plot.getAxis(name).setStyle(maxTickLevel=0)
        self.graphics.setAntialiasing(False)  # 100k pixmap fragments; overlays ask for it
        self.points = PointCloud()
        self.plot.addItem(self.points)
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=None)
        self.neighbour_rings = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=None)
        for item in (self.ring, self.neighbour_rings):
            item.setZValue(RING_Z)
            self.plot.addItem(item, ignoreBounds=True)
        self.labels = WordLabels()
        self.plot.addItem(self.labels, ignoreBounds=True)
        self.overlays = MapOverlays(self.plot)
        self.hover_label = HoverText(anchor=(0, 1.0))
        self.hover_label.setZValue(HOVER_Z)
        self.hover_label.hide()
        self.plot.addItem(self.hover_label, ignoreBounds=True)
        self.legend = self.add_legend(columns=5)
        self.legend.hide()

        self.focus_button = QToolButton(self)
        self.focus_button.setText("⤢")
        self.focus_button.setToolTip(self.tr("Enlarge this map; Esc or a second click to go back"))
        self.focus_button.clicked.connect(self.focus_requested)
        self.header.insertWidget(self.header.count() - 1, self.focus_button)

        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_INTERVAL_MS)
        self._hover_timer.timeout.connect(self._update_hover)
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.graphics.viewport().installEventFilter(self)
        self.restyle(theme_mod.current())
        self.set_hint(self.tr("Train word2vec or load vectors to see the map"))

    # --- data ---------------------------------------------------------------------------
    def has_data(self) -> bool:
        return bool(len(self.words))

    def update_hint(self) -> None:
        """The hint while empty, and no tick numbers then: bare 0–1 axes mean nothing."""
        super().update_hint()
        shown = self.has_data()
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            if axis.style["showValues"] != shown:
                axis.setStyle(showValues=shown)

    def set_points(
        self,
        coords: np.ndarray,
        words: Sequence[str],
        frequencies: np.ndarray | None = None,
        groups: Sequence[str | int] | None = None,
    ) -> None:
        """Show one point per word at ``coords`` (n, 2); ``frequencies`` rank the words for
        labels (else the given order is taken as most frequent first); ``groups`` colour them
        (Okabe–Ito, a legend below the plot). Overlays, marks and the zoom are reset."""
        coords = self._checked(coords, len(words))
        if frequencies is not None and len(frequencies) != len(words):
            raise ValueError(f"{len(words)} words but {len(frequencies)} frequencies")
        if groups is not None and len(groups) != len(words):
            raise ValueError(f"{len(words)} words but {len(groups)} groups")
        self.coords, self.words = coords, list(words)
        self._index = {}
        for i, word in enumerate(self.words):
            self._index.setdefault(word, i)  # a repeated word is found at its first point
        self.groups = [str(g) for g in groups] if groups is not None else None
        colours = group_codes(groups) if groups is not None else None
        self._codes = colours.codes if colours else np.zeros(len(words), dtype=np.intp)
        self._group_names = colours.names if colours else []
        self._other_groups = colours.other if colours else 0
        self.selected, self.marked, self.hovered = None, [], None
        self.hover_label.hide()
        self.overlays.clear()
        self._nearest.set_coords(coords)
        self.points.set_points(coords, self._codes)
        self._restyle_points(theme_mod.current())
        self.labels.set_words(self.words, coords, label_order(len(words), frequencies))
        self._update_rings()
        self._fill_legend(theme_mod.current())
        self.plot.enableAutoRange()
        self.update_hint()

    def update_coords(self, coords: np.ndarray) -> None:
        """Move the same words to new positions (after an epoch, a t-SNE step): brushes,
        labels and marks are kept; the view stays where the user put it, or follows the data
        if the user has not moved it."""
        coords = self._checked(coords, len(self.words))
        self.coords = coords
        self.points.set_coords(coords)  # brushes, sizes and labels stay as they are
        self._nearest.set_coords(coords)
        self.labels.move(coords)
        self._update_rings()
        if self.hovered is not None:
            self.hover_label.setPos(*coords[self.hovered])

    def clear(self) -> None:
        """No points: the empty hint shows again."""
        self.set_points(np.zeros((0, 2)), [])

    def set_axis_titles(self, x: str, y: str) -> None:
        """Name the axes ("PCA 1" / "PCA 2", "t-SNE 1", "hombre → mujer")."""
        self.plot.setLabel("bottom", x)
        self.plot.setLabel("left", y)

    def set_aspect_locked(self, locked: bool) -> None:
        """One data unit the same length on both axes (honest distances for PCA), or not."""
        self.plot.setAspectLocked(locked)

    def _checked(self, coords: np.ndarray, count: int) -> np.ndarray:
        coords = np.asarray(coords, dtype=float)
        if coords.ndim != 2 or coords.shape[1] != 2 or len(coords) != count:
            raise ValueError(f"need {count} points as an ({count}, 2) array, got {coords.shape}")
        if not np.isfinite(coords).all():
            raise ValueError("point coordinates must be finite numbers")
        return np.ascontiguousarray(coords)

    # --- labels, search and marks -------------------------------------------------------
    def set_label_count(self, count: int) -> int:
        """Label the ``count`` most frequent words (at most 300); returns the count used.
        Highlighted and marked words keep their labels whatever the count."""
        return self.labels.set_count(count)

    def highlight(self, word: str) -> bool:
        """Ring ``word``'s point, show its label and centre the view on it; False when the
        map has no such word (tried as typed, then in lower case)."""
        index = self.index_of(word)
        if index is None:
            return False
        self._select(index)
        x, y = self.coords[index]
        view = self.plot.vb
        if any(view.autoRangeEnabled()):
            # The view may not have fitted the data yet (it does so before painting): centre a
            # view of the whole map's size, not the 0–1 placeholder.
            view.autoRange(padding=0.05)
        (x0, x1), (y0, y1) = view.viewRange()
        half_w, half_h = (x1 - x0) / 2, (y1 - y0) / 2
        self.plot.vb.setRange(
            xRange=(x - half_w, x + half_w), yRange=(y - half_h, y + half_h), padding=0
        )
        return True

    def index_of(self, word: str) -> int | None:
        """The point of ``word`` (as typed, else in lower case), or None."""
        index = self._index.get(word)
        if index is None:
            index = self._index.get(word.strip().lower())
        return index

    def mark_words(self, words: Iterable[str]) -> list[str]:
        """Ring and label ``words`` (the selected word's neighbours); returns those found."""
        found = [i for i in (self.index_of(w) for w in words) if i is not None]
        self.marked = found
        self._update_rings()
        return [self.words[i] for i in found]

    def clear_highlight(self) -> None:
        """No highlighted, selected or marked word."""
        self.selected, self.marked = None, []
        self._update_rings()

    def label_words(self) -> list[str]:
        """Words given a label (highlighted and marked first, then the most frequent)."""
        return self.labels.label_words()

    def visible_label_words(self) -> list[str]:
        """Labels on screen now: overlapping ones are hidden, the less frequent first."""
        return self.labels.visible_words()

    def legend_names(self) -> list[str]:
        """The group names in the legend, in colour order ("other (n groups)" last)."""
        if not self.legend.isVisible():
            return []
        return [label.text for _, label in self.legend.items]

    def _select(self, index: int) -> None:
        self.selected = index
        self._update_rings()

    def _update_rings(self) -> None:
        selected = [] if self.selected is None else [self.selected]
        self.ring.setData(pos=self.coords[selected].reshape(-1, 2))
        neighbours = [i for i in self.marked if i != self.selected]
        self.neighbour_rings.setData(pos=self.coords[neighbours].reshape(-1, 2))
        self.labels.set_forced(selected + neighbours)

    # --- overlays -----------------------------------------------------------------------
    def draw_arrows(self, arrows: Sequence[Arrow]) -> None:
        """Draw arrows (from_xy, to_xy, text, style "solid" or "dashed"), replacing earlier
        ones; ``analogy_arrows`` builds the parallelogram of a − b + c."""
        self.overlays.draw_arrows(arrows)

    def draw_path(self, points: np.ndarray, labels: Sequence[str]) -> None:
        """Draw a word's trajectory: an arrowed polyline through ``points`` (k, 2), each
        vertex labelled with its period."""
        self.overlays.draw_path(points, labels)

    def clear_overlays(self) -> None:
        """Remove the arrows and the path."""
        self.overlays.clear()

    # --- hover and click ----------------------------------------------------------------
    def word_at(self, scene_pos: QPointF) -> str | None:
        """The word whose point is under ``scene_pos`` (within ~10 px), or None."""
        index = self._index_at(scene_pos)
        return None if index is None else self.words[index]

    def _index_at(self, scene_pos: QPointF) -> int | None:
        view = self.plot.vb
        if not len(self.words) or not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        pixel_w, pixel_h = view.viewPixelSize()
        radius = max(PICK_RADIUS_PX * theme_mod.current().scale, self.points.size / 2)
        return self._nearest.nearest(point.x(), point.y(), pixel_w, pixel_h, radius)

    def describe(self, index: int) -> str:
        """The hover text of one point: the word, and its group when there are groups."""
        if self.groups is None:
            return self.words[index]
        return f"{self.words[index]} · {self.groups[index]}"

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        # Throttled: a mouse sends ~100 moves a second; the look-up runs at most ~30.
        self._hover_pos = QPointF(scene_pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    def _update_hover(self) -> None:
        index = None if self._hover_pos is None else self._index_at(self._hover_pos)
        self.hovered = index
        if index is None:
            self.hover_label.hide()
            return
        self.hover_label.setText(self.describe(index))
        self.hover_label.setPos(*self.coords[index])
        self.hover_label.show()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        index = self._index_at(event.scenePos())
        if index is None:
            return
        self._select(index)
        self.word_clicked.emit(self.words[index])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.graphics.viewport() and event.type() == QEvent.Type.Leave:
            self._hover_pos = None
            self.hovered = None
            self.hover_label.hide()
        return super().eventFilter(watched, event)

    # --- export -------------------------------------------------------------------------
    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        groups = self.groups or [""] * len(self.words)
        rows = (
            (word, x, y, group)
            for word, (x, y), group in zip(self.words, self.coords.tolist(), groups)
        )
        return ["word", "x", "y", "group"], rows

    # --- theme --------------------------------------------------------------------------
    def restyle(self, theme: theme_mod.Theme) -> None:
        self._restyle_points(theme)
        width = theme.line_width * 0.75  # 1.5 px, 3 px on a projector
        ring_size = point_size(len(self.words), theme) + 4 * width + 4
        self.ring.setPen(pg.mkPen(theme.foreground, width=width * 1.5))
        self.ring.setSize(ring_size + 4)
        self.neighbour_rings.setPen(pg.mkPen(theme.foreground, width=width))
        self.neighbour_rings.setSize(ring_size)
        font = QFont(QApplication.font())  # projector mode enlarges the application font
        self.labels.restyle(font, theme.foreground, theme.background)
        self.hover_label.setFont(font)
        self.hover_label.setColor(theme.foreground)
        self.hover_label.fill = pg.mkBrush(theme.background)
        self.hover_label.border = pg.mkPen(theme.foreground, width=1)
        self.hover_label.update()
        self.overlays.restyle(theme, font)
        self._fill_legend(theme)

    def _colours(self, theme: theme_mod.Theme) -> list[str]:
        if not self._group_names:
            return [theme.series_colour(0)]
        colours = [theme.series_colour(i) for i in range(len(self._group_names))]
        return colours + [OTHER_GREY[theme.dark]] if self._other_groups else colours

    def _restyle_points(self, theme: theme_mod.Theme) -> None:
        """One brush per colour, reused; smaller dots when the map fills up."""
        count = len(self.words)
        alpha = 170 if count > 10_000 else 230  # dense maps show density through overlap
        self._brushes = [pg.mkBrush(_with_alpha(c, alpha)) for c in self._colours(theme)]
        self.points.set_style(self._brushes, point_size(count, theme))

    def _fill_legend(self, theme: theme_mod.Theme) -> None:
        self.legend.clear()
        names = list(self._group_names)
        if self._other_groups:
            names.append(self.tr("other (%1 groups)").replace("%1", whole(self._other_groups)))
        self._legend_samples = []
        for name, brush in zip(names, self._brushes):
            sample = pg.ScatterPlotItem(
                symbol="o", size=theme.marker_size * 1.5, brush=brush, pen=None
            )
            self._legend_samples.append(sample)  # alive as long as their legend rows
            self.legend.addItem(sample, name)
        style_legend(self.legend, theme)
        self.legend.setVisible(bool(names))


def _with_alpha(colour: str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result
