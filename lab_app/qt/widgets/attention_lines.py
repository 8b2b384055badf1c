"""The head view of attention (as bertviz draws it): the tokens in two columns, a line from each
token on the left (the query) to each token it attends to on the right (the keys), its width
and opacity the attention weight. A threshold hides weak lines, [CLS]/[SEP] can be hidden, and
hovering a token shows its lines only.

Lines are grouped by weight into a few pens and drawn with one ``drawLines`` call per pen, with
flat ends: the 518 lines of a 128-token head paint in about 60 ms (``bench_head_lines.py``).
Long inputs scroll vertically (every token labelled).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod

BUCKETS = 8  # pens by weight: lines in one bucket share width and opacity
ROW_SPACING = 1.5  # a token row's height, in lines of text
GUTTER = 14  # pixels between a token's text and its lines
SLIDER_STEPS = 100  # the threshold slider: 0.00 … 1.00 in steps of 0.01


def _clipped(x1: float, y1: float, x2: float, y2: float, top: float, bottom: float) -> QLineF:
    """The part of a line between heights ``top`` and ``bottom``: a long input's lines run far
    past the visible rows, and the painter strokes a line's whole length before clipping."""
    if y1 == y2:
        return QLineF(x1, y1, x2, y2)
    ends = []
    for y in (y1, y2):
        limited = min(max(y, top), bottom)
        ends.append((x1 + (x2 - x1) * (limited - y1) / (y2 - y1), limited))
    return QLineF(*ends[0], *ends[1])


class HeadLinesCanvas(QWidget):
    """The two columns and the lines; ``hovered(side, index)`` ("left"/"right", -1: none)."""

    hovered = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tokens: list[str] = []
        self.lines: list[tuple[int, int, float]] = []
        self.hidden: set[int] = set()  # token rows drawn muted ([CLS]/[SEP] when hidden)
        self.focus: tuple[str, int] | None = None
        self._text_width = 40

    # --- data ------------------------------------------------------------------------------
    def set_lines(
        self, tokens: Sequence[str], lines: list[tuple[int, int, float]], hidden: set[int]
    ) -> None:
        """Show ``tokens`` and ``lines`` (i, j, weight) from left i to right j."""
        if list(tokens) != self.tokens:
            self.focus = None
        self.tokens, self.lines, self.hidden = list(tokens), lines, hidden
        self._fit()
        self.update()

    def shown_lines(self) -> list[tuple[int, int, float]]:
        """The lines drawn now: all of them, or the hovered token's only."""
        if self.focus is None:
            return self.lines
        side, index = self.focus
        at = 0 if side == "left" else 1
        return [line for line in self.lines if line[at] == index]

    # --- geometry ----------------------------------------------------------------------------
    def row_height(self) -> float:
        return ROW_SPACING * self.fontMetrics().height()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self.tokens), default=20)
        self._text_width = widest + 6
        height = int(self.row_height() * max(len(self.tokens), 1) + 8)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def row_y(self, index: int) -> float:
        return 4 + (index + 0.5) * self.row_height()

    def token_at(self, x: float, y: float) -> tuple[str, int] | None:
        """("left" or "right", token index) under a point, or None."""
        index = int((y - 4) // self.row_height())
        if not 0 <= index < len(self.tokens):
            return None
        if x <= self._text_width + GUTTER:
            return "left", index
        if x >= self.width() - self._text_width - GUTTER:
            return "right", index
        return None

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        theme = theme_mod.current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        left_x = self._text_width + GUTTER / 2
        right_x = self.width() - self._text_width - GUTTER / 2
        self._paint_lines(painter, theme, left_x, right_x, event.rect())
        self._paint_tokens(painter, theme)
        painter.end()

    def _paint_lines(self, painter, theme, left_x: float, right_x: float, exposed) -> None:
        lines = self.shown_lines()
        if not lines:
            return
        colour = QColor(theme.series_colour(0))
        widest = (6.0 if not theme.projector else 9.0) * (1.0 if self.focus is None else 1.3)
        thinnest = 1.0 if not theme.projector else 3.0  # projector: lines of 3 px at least
        top, bottom = exposed.top() - widest, exposed.bottom() + widest
        buckets: list[list[QLineF]] = [[] for _ in range(BUCKETS)]
        for i, j, weight in lines:
            y1, y2 = self.row_y(i), self.row_y(j)
            if max(y1, y2) < top or min(y1, y2) > bottom:
                continue  # entirely above or below what is repainted
            bucket = min(BUCKETS - 1, int(weight * BUCKETS))
            buckets[bucket].append(_clipped(left_x, y1, right_x, y2, top, bottom))
        for bucket, segments in enumerate(buckets):
            if not segments:
                continue
            level = (bucket + 1) / BUCKETS
            pen_colour = QColor(colour)
            pen_colour.setAlphaF(0.2 + 0.8 * level)
            pen = QPen(pen_colour, thinnest + (widest - thinnest) * level)
            # Flat ends: round caps on wide antialiased lines made a 128-token head view
            # paint in 0.47 s instead of 0.06 s (bench_head_lines.py), and the lines end at
            # the token columns anyway.
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLines(segments)

    def _paint_tokens(self, painter, theme) -> None:
        normal, muted = QColor(theme.foreground), QColor("#888888")
        bold = QFont(self.font())
        bold.setBold(True)
        height = self.row_height()
        right = self.width() - self._text_width
        for index, token in enumerate(self.tokens):
            top = 4 + index * height
            for side, x, align in (
                ("left", 0, Qt.AlignmentFlag.AlignRight),
                ("right", right, Qt.AlignmentFlag.AlignLeft),
            ):
                focused = self.focus == (side, index)
                painter.setFont(bold if focused else self.font())
                painter.setPen(muted if index in self.hidden else normal)
                rect = QRectF(x, top, self._text_width, height)
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, token)

    # --- hover -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        point = event.position()
        self.set_focus(self.token_at(point.x(), point.y()))

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.set_focus(None)
        super().leaveEvent(event)

    def set_focus(self, focus: tuple[str, int] | None) -> None:
        """Show only the lines of one token (None: all lines)."""
        if focus == self.focus:
            return
        self.focus = focus
        self.update()
        self.hovered.emit(*(focus or ("", -1)))


class HeadLinesView(QWidget):
    """The head view panel: a title (double-click: focus), a threshold slider, a check box to
    hide [CLS]/[SEP], the canvas and a hover read-out. ``set_head(tokens, matrix)`` shows one
    head's (T, T) attention; the lines come from the core's ``head_lines``."""

    focus_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(60)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(self.tr("Double-click to enlarge this panel; Esc to go back"))
        self.title.installEventFilter(self)
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, SLIDER_STEPS)
        self.threshold.setValue(5)
        self.threshold.setToolTip(self.tr("Hide the lines of weights below this value"))
        self.threshold_label = QLabel()
        self.hide_special = QCheckBox(self.tr("hide [CLS]/[SEP]"))
        self.hide_special.setToolTip(
            self.tr("[CLS] and [SEP] soak up much attention: hide their lines to see the rest")
        )
        self.readout = QLabel(" ")
        self.readout.setWordWrap(True)
        self.canvas = HeadLinesCanvas()
        self.canvas.hovered.connect(self._on_hovered)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("threshold")))
        controls.addWidget(self.threshold, 1)
        controls.addWidget(self.threshold_label)
        controls.addWidget(self.hide_special)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.readout)
        self.setMinimumSize(120, 100)
        self.tokens: list[str] = []
        self.matrix = np.zeros((0, 0), np.float32)
        self.threshold.valueChanged.connect(self._redraw)
        self.hide_special.toggled.connect(self._redraw)
        self._show_threshold()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.title and event.type() == QEvent.Type.MouseButtonDblClick:
            self.focus_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def threshold_value(self) -> float:
        return self.threshold.value() / SLIDER_STEPS

    def has_data(self) -> bool:
        return bool(self.tokens)

    def set_head(self, tokens: Sequence[str], matrix: np.ndarray) -> None:
        """Show one head's attention: ``matrix[i, j]`` is how much token i attends to j."""
        self.tokens, self.matrix = list(tokens), np.asarray(matrix)
        self._redraw()

    def _show_threshold(self) -> None:
        self.threshold_label.setText(QLocale().toString(self.threshold_value(), "f", 2))

    def _redraw(self, *_: object) -> None:
        from lab_app.core.bert.attention import SPECIAL_TOKENS, head_lines

        self._show_threshold()
        if not self.tokens:
            self.canvas.set_lines([], [], set())
            return
        hide = self.hide_special.isChecked()
        # A zero threshold would draw all T² lines, most invisible: the slider's 0 means 0.005.
        threshold = max(self.threshold_value(), 0.005)
        lines = head_lines(self.matrix, threshold, hide, self.tokens)
        hidden = {i for i, t in enumerate(self.tokens) if hide and t in SPECIAL_TOKENS}
        self.canvas.set_lines(self.tokens, lines, hidden)

    def _on_hovered(self, side: str, index: int) -> None:
        if index < 0 or not self.tokens:
            self.readout.setText(" ")
            return
        weights = self.matrix[index] if side == "left" else self.matrix[:, index]
        best = np.argsort(-weights, kind="stable")[:4]
        shown = ", ".join(
            f"{self.tokens[j]} {QLocale().toString(float(weights[j]), 'f', 2)}" for j in best
        )
        text = (
            self.tr("«%1» attends most to: %2")
            if side == "left"
            else self.tr("«%1» is attended most by: %2")
        )
        self.readout.setText(text.replace("%1", self.tokens[index]).replace("%2", shown))
