"""A labelled heatmap: one ImageItem, a colour bar, hover read-out and cell clicks.

Rows and columns carry labels (units and tokens for the LSTM gates); hovering shows the row and
column labels and the value, and a click emits ``cell_clicked(row, col)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QScrollBar, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.plot_panel import PlotPanel, localize_axis

MAX_ROW_TICKS = 12
LABEL_PADDING_PX = 8  # between two column labels


def _ticks(labels: Sequence[str], most: int) -> list[tuple[float, str]]:
    step = max(1, int(np.ceil(len(labels) / most)))
    return [(i + 0.5, str(labels[i])) for i in range(0, len(labels), step)]


class HeatmapView(PlotPanel):
    """Show a (rows × columns) matrix with labelled axes and a colour bar.

    Every column keeps its label: when the labels do not all fit side by side, the view shows a
    window of the columns with a scrollbar under it (never every other token).
    """

    cell_clicked = Signal(int, int)

    def __init__(self, title: str = "", parent: QWidget | None = None, diverging: bool = False):
        super().__init__(title, parent)
        self.values = np.zeros((0, 0))
        self.row_labels: list[str] = []
        self.col_labels: list[str] = []
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.plot.invertY(True)
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.graphics.setAntialiasing(False)  # an image has nothing to smooth; painting is cheaper
        self.colour_bar = pg.ColorBarItem(interactive=False, width=14)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        # Its axis grows to its labels: a fixed 45 px cut "−0.1" away with projector fonts.
        self.colour_bar.axis.setWidth(None)
        self.adopt_menus(self.colour_bar)
        localize_axis(self.colour_bar.axis)
        self.set_diverging(diverging)
        self.hint = pg.TextItem(self.tr("Press Start"), anchor=(0.5, 0.5))
        self.plot.addItem(self.hint)
        self.hint.setPos(0.5, 0.5)
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self.readout = QLabel(" ")
        self.header.insertWidget(1, self.readout, 1)
        self.scroll_bar = QScrollBar(Qt.Orientation.Horizontal)
        self.scroll_bar.setToolTip(self.tr("Move along the sequence"))
        # Its room is kept while hidden: a scroll bar appearing with the first snapshot of a
        # run re-laid six heatmaps out mid-training (~0.5 s).
        policy = self.scroll_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.scroll_bar.setSizePolicy(policy)
        self.scroll_bar.hide()
        self.scroll_bar.valueChanged.connect(self._show_window)
        self.layout().addWidget(self.scroll_bar)
        self._window = 0  # columns shown at once (0: all)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.restyle(theme_mod.current())

    def set_diverging(self, diverging: bool) -> None:
        """Use the signed (diverging) colour map, or the sequential one."""
        name = theme_mod.DIVERGING_MAP if diverging else theme_mod.SEQUENTIAL_MAP
        self.colour_bar.setColorMap(pg.colormap.get(name))

    def set_matrix(
        self,
        values: np.ndarray,
        row_labels: Sequence[str] | None = None,
        col_labels: Sequence[str] | None = None,
        levels: tuple[float, float] | None = None,
    ) -> None:
        """Show ``values`` (rows × columns); ``levels`` fixes the colour range (else min–max)."""
        values = np.asarray(values, dtype=float)
        if values.ndim != 2:
            raise ValueError(f"a heatmap needs a 2-D matrix, got shape {values.shape}")
        rows, cols = values.shape
        row_labels = list(row_labels) if row_labels is not None else [str(r) for r in range(rows)]
        col_labels = list(col_labels) if col_labels is not None else [str(c) for c in range(cols)]
        # Axes are costly to repaint: touch them only when the labels or the shape change.
        layout_changed = (
            values.shape != self.values.shape
            or row_labels != self.row_labels
            or col_labels != self.col_labels
        )
        self.values, self.row_labels, self.col_labels = values, row_labels, col_labels
        self.hint.setVisible(bool(np.isnan(values).all()))  # an empty (all-NaN) matrix keeps it
        if levels is None:
            low, high = (
                (float(np.nanmin(values)), float(np.nanmax(values))) if values.size else (0, 1)
            )
            levels = (low, high if high > low else low + 1e-9)
        self.image.setImage(values, autoLevels=False)
        if tuple(levels) != tuple(self.colour_bar.levels()):
            self.colour_bar.setLevels(levels)
        if layout_changed:
            self._set_ticks()
            self.hint.setPos(cols / 2, rows / 2)
            # A fixed view: without this every new image re-runs auto-range and repaints the axes.
            self.plot.vb.disableAutoRange()

    def set_axis_titles(self, rows: str, columns: str) -> None:
        """Name what the rows and the columns are (e.g. hidden unit; token, step t)."""
        self.plot.setLabel("left", rows)
        self.plot.setLabel("bottom", columns)

    def view_all(self) -> None:
        self.scroll_bar.setValue(0)
        self._set_ticks()

    def _set_ticks(self) -> None:
        """Label every column, in a scrollable window when they do not all fit; rows thinned."""
        cols = len(self.col_labels)
        fit = self._column_tick_room()
        self._window = fit if cols > fit else 0
        self.plot.getAxis("bottom").setTicks([_ticks(self.col_labels, max(cols, 1))])
        self.plot.getAxis("left").setTicks([_ticks(self.row_labels, self._row_tick_room())])
        if self._window:
            self.scroll_bar.blockSignals(True)
            self.scroll_bar.setRange(0, cols - fit)
            self.scroll_bar.setPageStep(fit)
            self.scroll_bar.blockSignals(False)
        if self.scroll_bar.isHidden() == bool(self._window):
            self.scroll_bar.setVisible(bool(self._window))
        self._show_window()

    def _show_window(self, *_: object) -> None:
        rows, cols = self.values.shape if self.values.size else (1, 1)
        start = self.scroll_bar.value() if self._window else 0
        width = self._window or max(cols, 1)
        self.plot.setRange(xRange=(start, start + width), yRange=(0, max(rows, 1)), padding=0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.col_labels:
            # As many labels as fit the new size; after the layout has settled.
            QTimer.singleShot(0, self, self._set_ticks)

    def _column_tick_room(self) -> int:
        """How many column labels fit side by side at the axis's font (projector: larger)."""
        width = self.plot.vb.width()
        if width <= 0 or not self.col_labels:
            return max(len(self.col_labels), 1)
        metrics = QFontMetrics(self.plot.getAxis("bottom").style["tickFont"] or self.font())
        widest = max(metrics.horizontalAdvance(str(label)) for label in self.col_labels)
        return max(4, int(width / (widest + LABEL_PADDING_PX)))

    def _row_tick_room(self) -> int:
        """How many row labels fit one above the other."""
        height = self.plot.vb.height()
        if height <= 0:
            return MAX_ROW_TICKS
        per_label = 1.5 * self.fontMetrics().height() * theme_mod.current().scale
        return max(2, min(MAX_ROW_TICKS, int(height / per_label)))

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """Return (row, col) under a scene position, or None outside the matrix."""
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        rows, cols = self.values.shape
        if 0 <= row < rows and 0 <= col < cols:
            return row, col
        return None

    def describe_cell(self, row: int, col: int) -> str:
        """Return the hover text for one cell: row label, column label, value."""
        value = QLocale().toString(float(self.values[row, col]), "f", 3)
        return f"{self.row_labels[row]} · {self.col_labels[col]} = {value}"

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        header = ["row", *self.col_labels]
        rows = ([self.row_labels[r], *self.values[r].tolist()] for r in range(len(self.row_labels)))
        return header, rows

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            self.readout.setText(" ")
            return
        self.readout.setText(self.describe_cell(*cell))

    def _on_mouse_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.cell_clicked.emit(*cell)

    def restyle(self, theme: theme_mod.Theme) -> None:
        self.hint.setColor(theme.foreground)
        axis = self.colour_bar.axis
        axis.setPen(pg.mkPen(theme.foreground))
        axis.setTextPen(pg.mkPen(theme.foreground))
