"""The points of the embedding map: 100k words drawn in ~10 ms a frame.

Why not pyqtgraph's ``ScatterPlotItem``: with 100k points its paint spent ~12 ms in numpy on its
record array (every field copied, every point masked) before ~15 ms of drawing, and every
``setData``/restyle walked each point in Python (~0.4 s). Here the positions are one contiguous
(n, 2) array, the colours one small integer array into a handful of reused brushes, and a paint
maps the points to pixels with one affine product, drops the ones out of view, and draws one
pixmap fragment per point from an atlas of at most nine pre-rendered dots. Where thousands of
points share a few pixels (a zoomed-out map of 100k words), only the last-drawn dot of each colour
in each cell of half a dot's width is drawn: the picture is the same, the fragments are fewer.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QImage, QPainter, QPen, QPixmap, QTransform

from lab_app.qt.widgets.embedding_map_parts import logged_not_raised

THIN_OUT_ABOVE = 20_000  # points in view beyond which overlapping dots are thinned out
# While the view moves (pan, zoom, a t-SNE frame), cells a whole dot wide: a third of the
# dots of half-dot cells, frames 5-10 ms shorter at 100k points (bench_map.py). The full
# drawing comes back MOVING_SETTLE_MS after the last move.
MOVING_CELL, STILL_CELL = 1.0, 0.5
MOVING_SETTLE_MS = 150


class PointCloud(pg.GraphicsObject):
    """Dots at ``xy`` (data coordinates), dot ``size`` in pixels, colour ``codes[i]`` indexing
    ``brushes``. GUI thread only."""

    def __init__(self) -> None:
        super().__init__()
        self.xy = np.zeros((0, 2))
        self.codes = np.zeros(0, dtype=np.intp)
        self.brushes: list[QBrush] = [QBrush()]
        self.size = 6.0
        self._bounds: tuple[float, float, float, float] | None = None
        self._x: np.ndarray | None = None
        self._y: np.ndarray | None = None
        self._atlas: QPixmap | None = None
        self._atlas_dpr = 1.0
        self._side = 0  # one dot's side in the atlas, device pixels
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._stamp = np.zeros(0, dtype=np.int32)  # last point seen in each cell (thinning)
        self.drawn = 0  # fragments in the last paint (for tests and benchmarks)
        self.moving = False  # the view changed less than MOVING_SETTLE_MS ago
        self._settle = QTimer(singleShot=True, interval=MOVING_SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)

    # --- data ---------------------------------------------------------------------------
    def set_points(self, xy: np.ndarray, codes: np.ndarray) -> None:
        """New points and their colour indices (same length)."""
        self.codes = np.ascontiguousarray(codes, dtype=np.intp)
        self.set_coords(xy)

    def set_coords(self, xy: np.ndarray) -> None:
        """Same points, new positions: O(n) numpy, nothing per point in Python."""
        self.prepareGeometryChange()
        self.xy = np.ascontiguousarray(xy, dtype=float)
        self._x = self._y = None  # float32 columns for painting, made at the next paint
        self._bounds = None
        self.informViewBoundsChanged()  # the view's auto-range follows, if it is on
        self.update()

    def set_style(self, brushes: list[QBrush], size: float) -> None:
        """The colours (one brush each, index = code) and the dot diameter in pixels."""
        self.prepareGeometryChange()
        self.brushes, self.size = list(brushes), float(size)
        self._atlas = None  # redrawn at the next paint, at the screen's pixel ratio
        self.update()

    def __len__(self) -> int:
        return len(self.xy)

    # --- geometry (pyqtgraph's auto-range asks these) -----------------------------------
    def _extent(self) -> tuple[float, float, float, float] | None:
        if self._bounds is None and len(self.xy):
            x, y = self.xy[:, 0], self.xy[:, 1]  # per column: min(axis=0) took 2.5 ms, this 0.1
            self._bounds = (float(x.min()), float(x.max()), float(y.min()), float(y.max()))
        return self._bounds

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803
        extent = self._extent()
        if extent is None:
            return None, None
        return extent[2 * axis], extent[2 * axis + 1]

    def pixelPadding(self) -> float:  # noqa: N802 (pyqtgraph hook)
        return self.size / 2 + 1

    @logged_not_raised(QRectF)
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        extent = self._extent()
        if extent is None:
            return QRectF()
        x0, x1, y0, y1 = extent
        pad_x = pad_y = 0.0
        px, py = self.pixelVectors()
        if px is not None and py is not None:
            pad_x, pad_y = px.length() * self.pixelPadding(), py.length() * self.pixelPadding()
        return QRectF(x0 - pad_x, y0 - pad_y, x1 - x0 + 2 * pad_x, y1 - y0 + 2 * pad_y)

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()  # the padding is in pixels
        self.moving = True
        self._settle.start()
        super().viewTransformChanged()

    def _on_settled(self) -> None:
        self.moving = False
        self.update()

    # --- painting -----------------------------------------------------------------------
    @logged_not_raised()
    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not len(self.xy):
            self.drawn = 0
            return
        scale = 1.0
        if self._exportOpts is not False:  # exporting a PNG larger than the screen
            scale = float(self._exportOpts.get("resolutionScale", 1.0))
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        if self._atlas is None or dpr * scale != self._atlas_dpr:
            self._render_atlas(dpr * scale)
        device = widget if widget is not None else painter.device()
        width, height = device.width(), device.height()  # the widget's, in logical pixels
        px, py = self._to_pixels(painter.transform())
        reach = self.size * scale
        inside = (px > -reach) & (px < width + reach) & (py > -reach) & (py < height + reach)
        index = np.flatnonzero(inside)
        if len(index) > THIN_OUT_ABOVE:
            index = self._thinned(index, px, py, width, height, scale)
        self.drawn = len(index)
        self._fragments.resize(len(index))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = px[index]
        fragments[:, 1] = py[index]
        fragments[:, 2] = self.codes[index] * self._side  # source x in the atlas
        fragments[:, 3:6] = (0, self._side, self._side)
        fragments[:, 6:10] = (1 / self._atlas_dpr * scale, 1 / self._atlas_dpr * scale, 0, 1)
        painter.resetTransform()
        painter.drawPixmapFragments(*self._fragments.drawargs(), self._atlas)

    def _to_pixels(self, t: QTransform) -> tuple[np.ndarray, np.ndarray]:
        """Pixel positions of every point (float32: half the memory traffic of float64; a
        tenth of a pixel off at worst, zoomed a million times)."""
        if self._x is None:
            self._x = self.xy[:, 0].astype(np.float32)  # contiguous columns
            self._y = self.xy[:, 1].astype(np.float32)
        if t.m12() == 0 and t.m21() == 0:  # a plot's view: scaled and shifted, not rotated
            px = self._x * np.float32(t.m11())
            px += np.float32(t.dx())
            py = self._y * np.float32(t.m22())
            py += np.float32(t.dy())
            return px, py
        px = self._x * t.m11() + self._y * t.m21() + t.dx()
        py = self._x * t.m12() + self._y * t.m22() + t.dy()
        return px, py

    def _thinned(
        self,
        index: np.ndarray,
        px: np.ndarray,
        py: np.ndarray,
        width: float,
        height: float,
        scale: float,
    ) -> np.ndarray:
        """Of the points in ``index``, the last one of each colour in each cell half a dot wide
        (a whole dot while the view moves): it covers the others (painted later, on top).
        Returns indices in drawing order."""
        cell = max(1.0, self.size * scale * (MOVING_CELL if self.moving else STILL_CELL))
        columns = int(width / cell) + 3
        rows = int(height / cell) + 3
        colours = max(len(self.brushes), 1)
        cx = ((px[index] + cell) / cell).astype(np.intp)
        cy = ((py[index] + cell) / cell).astype(np.intp)
        np.clip(cx, 0, columns - 1, out=cx)
        np.clip(cy, 0, rows - 1, out=cy)
        keys = (cy * columns + cx) * colours + self.codes[index]
        if len(self._stamp) < rows * columns * colours:
            self._stamp = np.zeros(rows * columns * colours, dtype=np.int32)
        # No reset needed: every key read below was written just now; the last write wins.
        order = np.arange(len(index), dtype=np.int32)
        self._stamp[keys] = order
        return index[self._stamp[keys] == order]

    def _render_atlas(self, dpr: float) -> None:
        """One dot per brush, side by side, at the device pixel ratio."""
        no_pen = QPen(Qt.PenStyle.NoPen)
        dots = [renderSymbol("o", self.size, no_pen, brush, dpr=dpr) for brush in self.brushes]
        self._side = max(dot.width() for dot in dots)
        image = QImage(
            self._side * len(dots), self._side, QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        for i, dot in enumerate(dots):
            dot.setDevicePixelRatio(1.0)
            painter.drawImage(QPointF(i * self._side, 0), dot)
        painter.end()
        self._atlas, self._atlas_dpr = QPixmap.fromImage(image), dpr
