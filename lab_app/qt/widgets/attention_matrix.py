"""One head's attention large: tokens on both axes, every token labelled.

A ``HeatmapView`` that windows its rows as it windows its columns: when the tokens do not all
fit one above the other, a vertical scrollbar moves along them (never every other token).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QWidget

from lab_app.qt.widgets.heatmap import HeatmapView

ROW_SPACING = 1.35  # a row label's height, in lines of the axis font


class TokenMatrixView(HeatmapView):
    """A (T × T) matrix with a token on each row and each column, both axes windowed when
    long. ``row_word`` / ``column_word`` name what rows and columns are in the hover text."""

    def __init__(self, title: str = "", parent: QWidget | None = None, diverging: bool = False):
        super().__init__(title, parent, diverging)
        self.header.setStretchFactor(self.readout, 0)  # the title gets the width, not "…"
        self.row_word = self.tr("row")
        self.column_word = self.tr("column")
        self.row_scroll = QScrollBar(Qt.Orientation.Vertical)
        self.row_scroll.setToolTip(self.tr("Move along the rows"))
        policy = self.row_scroll.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.row_scroll.setSizePolicy(policy)
        self.row_scroll.hide()
        self.row_scroll.valueChanged.connect(self._show_window)
        box = self.layout()
        index = box.indexOf(self.graphics)
        box.removeWidget(self.graphics)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.graphics, 1)
        row.addWidget(self.row_scroll)
        box.insertLayout(index, row, 1)
        self._row_window = 0

    def _row_tick_room(self) -> int:
        """How many row labels fit one above the other (each token keeps its label)."""
        height = self.plot.vb.height()
        if height <= 0:
            return max(len(self.row_labels), 1)
        # The axis's own font (projector: already larger): scaling again halved the rows.
        font = self.plot.getAxis("left").style["tickFont"] or self.font()
        per_label = ROW_SPACING * QFontMetrics(font).height()
        return max(3, int(height / per_label))

    def _set_ticks(self) -> None:
        rows = len(self.row_labels)
        fit = self._row_tick_room()
        self._row_window = fit if rows > fit else 0
        # Every row labelled; the y range decides which are on show.
        self.plot.getAxis("left").setTicks(
            [[(i + 0.5, str(t)) for i, t in enumerate(self.row_labels)]]
        )
        if self._row_window:
            self.row_scroll.blockSignals(True)
            self.row_scroll.setRange(0, rows - fit)
            self.row_scroll.setPageStep(fit)
            self.row_scroll.blockSignals(False)
        if self.row_scroll.isHidden() == bool(self._row_window):
            self.row_scroll.setVisible(bool(self._row_window))
        super()._set_ticks()
        # The parent labelled the rows by its own rule: put every label back.
        self.plot.getAxis("left").setTicks(
            [[(i + 0.5, str(t)) for i, t in enumerate(self.row_labels)]]
        )

    def _show_window(self, *_: object) -> None:
        rows, cols = self.values.shape if self.values.size else (1, 1)
        start = self.scroll_bar.value() if self._window else 0
        width = self._window or max(cols, 1)
        top = self.row_scroll.value() if self._row_window else 0
        height = self._row_window or max(rows, 1)
        self.plot.setRange(xRange=(start, start + width), yRange=(top, top + height), padding=0)

    def visible_rows(self) -> tuple[int, int]:
        """(first row, rows on show)."""
        rows = self.values.shape[0] if self.values.size else 0
        top = self.row_scroll.value() if self._row_window else 0
        return top, self._row_window or rows

    def describe_cell(self, row: int, col: int) -> str:
        value = QLocale().toString(float(self.values[row, col]), "f", 3)
        return (
            f"{self.row_word} {row} «{self.row_labels[row]}» → "
            f"{self.column_word} {col} «{self.col_labels[col]}»: {value}"
        )

    def scroll_to_row(self, row: int) -> None:
        """Bring ``row`` into the window of rows on show."""
        if self._row_window:
            top, height = self.visible_rows()
            if not top <= row < top + height:
                self.row_scroll.setValue(
                    int(np.clip(row - height // 2, 0, self.row_scroll.maximum()))
                )
