"""Drawings over the embedding map: analogy arrows and a word's path through time periods.

Arrow heads are drawn in pixels, after the view's transform: they keep their size and point
along the line whatever the zoom and however differently the two axes are scaled.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.embedding_map_parts import (
    ARROW_DASHED,
    ARROW_STYLES,
    Arrow,
    logged_not_raised,
)

ACCENT = 5  # Okabe–Ito vermillion: the analogy's offset vector
PATH_COLOUR = 2  # Okabe–Ito bluish green: a word's trajectory
OVERLAY_Z = 20  # above the points and their labels


class ArrowPath(pg.GraphicsObject):
    """A polyline through ``points`` (data coordinates) with an arrow head at its end, or at
    the end of every segment (``every_segment``). Ends stop ``gap_px`` short of the points, so a
    head never hides the word's dot. GUI thread."""

    def __init__(self, points: np.ndarray, every_segment: bool = False):
        super().__init__()
        self.points = np.asarray(points, dtype=float).reshape(-1, 2)
        self.every_segment = every_segment
        self.pen = QPen(QColor("#000000"))
        self.head_px = 10.0
        self.gap_px = 4.0
        self.setZValue(OVERLAY_Z)

    def set_style(self, pen: QPen, head_px: float, gap_px: float) -> None:
        """Line pen (its width and dashes in pixels), head length and end gap in pixels."""
        self.prepareGeometryChange()
        self.pen = QPen(pen)
        self.pen.setCosmetic(True)
        self.head_px, self.gap_px = head_px, gap_px
        self.update()

    @logged_not_raised(QRectF)
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        if not len(self.points):
            return QRectF()
        low, high = self.points.min(axis=0), self.points.max(axis=0)
        pad_x = pad_y = 0.0
        px, py = self.pixelVectors()
        pad = self.head_px + self.pen.widthF()
        if px is not None and py is not None:  # heads stick out by pixels, not data units
            pad_x, pad_y = px.length() * pad, py.length() * pad
        return QRectF(
            low[0] - pad_x,
            low[1] - pad_y,
            high[0] - low[0] + 2 * pad_x,
            high[1] - low[1] + 2 * pad_y,
        )

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        """The points' extent on ``axis``: auto-range keeps the whole drawing in view."""
        if not len(self.points):
            return None, None
        return float(self.points[:, axis].min()), float(self.points[:, axis].max())

    def pixelPadding(self) -> float:  # noqa: N802 (pyqtgraph hook)
        return self.head_px + self.pen.widthF()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()  # the pixel padding of the bounding box changed
        super().viewTransformChanged()

    @logged_not_raised()
    def paint(self, painter: QPainter, *args) -> None:
        if len(self.points) < 2:
            return
        transform = painter.transform()
        device = [transform.map(QPointF(x, y)) for x, y in self.points]
        painter.resetTransform()  # from here on, pixels
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        segments = list(zip(device[:-1], device[1:]))
        for i, (start, end) in enumerate(segments):
            head = self.every_segment or i == len(segments) - 1
            start, end = self._shortened(start, end, head)
            if start is None:
                continue
            painter.setPen(self.pen)
            painter.drawLine(start, end)
            if head:
                self._draw_head(painter, start, end)

    def _shortened(self, start: QPointF, end: QPointF, head: bool):
        """The segment pulled back ``gap_px`` from both points (and the line from the head's
        tip, so a thick line does not poke through it); (None, None) when too short."""
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length < 2 * self.gap_px + 1:
            return None, None
        ux, uy = dx / length, dy / length
        start = QPointF(start.x() + ux * self.gap_px, start.y() + uy * self.gap_px)
        end = QPointF(end.x() - ux * self.gap_px, end.y() - uy * self.gap_px)
        return start, end

    def _draw_head(self, painter: QPainter, start: QPointF, tip: QPointF) -> None:
        angle = math.atan2(tip.y() - start.y(), tip.x() - start.x())
        length, half = self.head_px, self.head_px * 0.45
        back = QPointF(tip.x() - length * math.cos(angle), tip.y() - length * math.sin(angle))
        normal = QPointF(-math.sin(angle) * half, math.cos(angle) * half)
        head = QPolygonF([tip, back + normal, back - normal])
        solid = QPen(self.pen)
        solid.setStyle(Qt.PenStyle.SolidLine)
        solid.setWidthF(1.0)
        painter.setPen(solid)
        painter.setBrush(QBrush(self.pen.color()))
        painter.drawPolygon(head)


class MapOverlays:
    """The arrows and the path drawn over one map's plot, with their text. GUI thread."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.arrows: list[tuple[ArrowPath, pg.TextItem, str]] = []
        self.path: ArrowPath | None = None
        self.path_dots = pg.ScatterPlotItem(pxMode=True, symbol="o")
        self.path_dots.setZValue(OVERLAY_Z + 1)
        self.path_labels: list[pg.TextItem] = []
        self.font = QFont()
        self.theme = theme_mod.current()

    def draw_arrows(self, arrows: Sequence[Arrow]) -> None:
        """Replace the arrows by ``arrows``: (from_xy, to_xy, text, style) with style
        ``"solid"`` or ``"dashed"``; the text sits at the arrow's middle."""
        for _, _, _, style in arrows:
            if style not in ARROW_STYLES:
                raise ValueError(f"unknown arrow style {style!r}; use one of {ARROW_STYLES}")
        self._clear_arrows()
        for start, end, text, style in arrows:
            item = ArrowPath(np.array([start, end], dtype=float))
            label = pg.TextItem(text, anchor=(0.5, 1.0))
            label.setZValue(OVERLAY_Z + 2)
            label.setPos((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            self.plot.addItem(item)  # in the auto-range: an arrow off the map still shows
            self.plot.addItem(label, ignoreBounds=True)
            self.arrows.append((item, label, style))
        self.restyle(self.theme, self.font)

    def draw_path(self, points: np.ndarray, labels: Sequence[str]) -> None:
        """Replace the path by an arrowed polyline through ``points`` (k, 2), each vertex
        labelled (its time period)."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        if len(labels) != len(points):
            raise ValueError(f"{len(points)} path points but {len(labels)} labels")
        self._clear_path()
        self.path = ArrowPath(points, every_segment=True)
        self.plot.addItem(self.path)
        self.path_dots.setData(pos=points)
        self.plot.addItem(self.path_dots)
        for (x, y), text in zip(points, labels):
            label = pg.TextItem(str(text), anchor=(0.5, 1.15))
            label.setZValue(OVERLAY_Z + 2)
            label.setPos(float(x), float(y))
            self.plot.addItem(label, ignoreBounds=True)
            self.path_labels.append(label)
        self.restyle(self.theme, self.font)

    def clear(self) -> None:
        """Remove every arrow and the path."""
        self._clear_arrows()
        self._clear_path()

    def count(self) -> int:
        """Arrows and path segments on the map."""
        segments = len(self.path.points) - 1 if self.path is not None else 0
        return len(self.arrows) + max(segments, 0)

    def _clear_arrows(self) -> None:
        for item, label, _ in self.arrows:
            self.plot.removeItem(item)
            self.plot.removeItem(label)
        self.arrows.clear()

    def _clear_path(self) -> None:
        if self.path is not None:
            self.plot.removeItem(self.path)
            self.plot.removeItem(self.path_dots)
            self.path = None
        for label in self.path_labels:
            self.plot.removeItem(label)
        self.path_labels.clear()

    def restyle(self, theme: theme_mod.Theme, font: QFont) -> None:
        """Pens, heads and text for ``theme`` (thicker lines and larger heads on a projector)."""
        self.theme, self.font = theme, font
        width = theme.line_width * 0.75
        head, gap = 4.5 * width + 4, theme.marker_size / 2 + 2
        accent = QColor(theme.series_colours[ACCENT])
        for item, label, style in self.arrows:
            dashed = style == ARROW_DASHED
            colour = QColor(theme.foreground) if dashed else accent
            pen = pg.mkPen(colour, width=width)  # ≥ 3 px on a projector, dashed or not
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            item.set_style(pen, head, gap)
            self._style_text(label, colour, theme)
        if self.path is not None:
            colour = QColor(theme.series_colours[PATH_COLOUR])
            self.path.set_style(pg.mkPen(colour, width=width), head, gap)
            self.path_dots.setSize(theme.marker_size * 1.2)
            self.path_dots.setBrush(pg.mkBrush(colour))
            self.path_dots.setPen(pg.mkPen(theme.background, width=1.5))
            for label in self.path_labels:
                self._style_text(label, colour, theme)

    def _style_text(self, label: pg.TextItem, colour: QColor, theme: theme_mod.Theme) -> None:
        bold = QFont(self.font)
        bold.setBold(True)
        label.setFont(bold)
        label.setColor(colour)
        label.fill = pg.mkBrush(_translucent(theme.background, 200))
        label.update()


def _translucent(colour: str, alpha: int) -> QColor:
    """``colour`` with ``alpha`` (0–255): text boxes that let the points show through a little."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result
