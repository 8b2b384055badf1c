"""The model view of attention: every layer × head as a small heatmap, drawn as ONE image.

bert-base has 12 × 12 = 144 heads; 144 plot items took seconds to build and ~100 ms to redraw.
Here the worker thread builds one mosaic (``attention_mosaic``: each head's T × T matrix,
shrunk to at most ``TILE_MAX`` pixels a side, with transparent gaps between heads) and the
GUI thread only uploads it: one ``setImage`` per new input. A click on a head selects it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.plot_panel import PlotPanel

TILE_MAX = 32  # pixels per head in the mosaic: a cell on screen is rarely larger
GAP = 2  # transparent pixels between two heads


def tile_side(length: int, tile_max: int = TILE_MAX) -> tuple[int, int]:
    """Return (pooling factor, tile side) for a T × T matrix shrunk to ≤ ``tile_max``."""
    factor = max(1, -(-length // tile_max))
    return factor, -(-length // factor)


def shrink(matrix: np.ndarray, factor: int) -> np.ndarray:
    """Mean over ``factor`` × ``factor`` blocks (the last blocks may be partial)."""
    if factor == 1:
        return np.asarray(matrix, dtype=np.float32)
    length = matrix.shape[-1]
    side = -(-length // factor)
    lead = matrix.shape[:-2]
    if length % factor == 0:  # whole blocks: a plain mean, ~5× faster than nanmean
        blocks = np.asarray(matrix, np.float32).reshape(*lead, side, factor, side, factor)
        return blocks.mean(axis=(-3, -1))
    # Partial last blocks: sum what is there and divide by how many are there.
    padded = np.zeros(lead + (side * factor, side * factor), np.float32)
    padded[..., :length, :length] = matrix
    sums = padded.reshape(*lead, side, factor, side, factor).sum(axis=(-3, -1))
    counts = np.minimum(factor, length - factor * np.arange(side)).astype(np.float32)
    return sums / (counts[:, None] * counts[None, :])


def attention_mosaic(attention: np.ndarray, tile_max: int = TILE_MAX, gap: int = GAP) -> np.ndarray:
    """Return the (layers, heads, T, T) attention as one float32 image: layer l's head h at
    tile (l, h), each head shrunk to ≤ ``tile_max`` pixels (block means) and divided by its own
    maximum (every head's pattern visible, whatever its scale), NaN (transparent) gaps.
    Pure numpy: the worker thread builds it."""
    layers, heads, length, _ = attention.shape
    factor, side = tile_side(length, tile_max)
    tiles = shrink(attention, factor)
    peaks = np.nanmax(tiles, axis=(-2, -1), keepdims=True)
    tiles = tiles / np.where(peaks > 0, peaks, 1.0)
    step = side + gap
    mosaic = np.full((layers * step - gap, heads * step - gap), np.nan, np.float32)
    for layer in range(layers):
        for head in range(heads):
            top, left = layer * step, head * step
            mosaic[top : top + side, left : left + side] = tiles[layer, head]
    return mosaic


class AttentionGridView(PlotPanel):
    """A layers × heads grid of attention thumbnails; ``head_chosen(layer, head)`` on click
    (0-based). The selected head is outlined."""

    head_chosen = Signal(int, int)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.layers = self.heads = 0
        self.side = 1
        self.mosaic = np.zeros((0, 0), np.float32)
        self.selected = (0, 0)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get(theme_mod.SEQUENTIAL_MAP))
        self.plot.addItem(self.image)
        self.plot.invertY(True)
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        self.graphics.setAntialiasing(False)
        self.outline = QGraphicsRectItem()
        self.outline.setZValue(10)
        self.plot.addItem(self.outline)
        self.outline.hide()
        self.readout = QLabel(" ")
        self.header.insertWidget(1, self.readout)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.restyle(theme_mod.current())

    def has_data(self) -> bool:
        return self.layers > 0

    def set_mosaic(self, mosaic: np.ndarray, layers: int, heads: int) -> None:
        """Show a mosaic built by ``attention_mosaic`` for ``layers`` × ``heads`` heads."""
        shape_changed = (layers, heads, mosaic.shape) != (
            self.layers,
            self.heads,
            self.mosaic.shape,
        )
        self.mosaic, self.layers, self.heads = mosaic, layers, heads
        self.side = (mosaic.shape[1] + GAP) // max(heads, 1) - GAP
        self.image.setImage(mosaic, autoLevels=False, levels=(0.0, 1.0))
        if shape_changed:
            step = self.side + GAP
            bottom = [(h * step + self.side / 2, str(h + 1)) for h in range(heads)]
            left = [(layer * step + self.side / 2, str(layer + 1)) for layer in range(layers)]
            self.plot.getAxis("bottom").setTicks([bottom])
            self.plot.getAxis("left").setTicks([left])
            self.plot.setRange(
                xRange=(-GAP, mosaic.shape[1] + GAP),
                yRange=(-GAP, mosaic.shape[0] + GAP),
                padding=0,
            )
        self.select(*self.selected)
        self.update_hint()

    def select(self, layer: int, head: int) -> None:
        """Outline head ``head`` of layer ``layer`` (0-based)."""
        self.selected = (layer, head)
        if not self.layers:
            self.outline.hide()
            return
        step = self.side + GAP
        margin = GAP / 2
        self.outline.setRect(
            QRectF(head * step - margin, layer * step - margin, self.side + GAP, self.side + GAP)
        )
        self.outline.show()

    def head_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """(layer, head) under a scene position, or None (outside, or in a gap)."""
        if not self.layers or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        step = self.side + GAP
        layer, head = int(np.floor(point.y() / step)), int(np.floor(point.x() / step))
        if 0 <= layer < self.layers and 0 <= head < self.heads:
            return layer, head
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.head_at(scene_pos)
        if cell is None:
            self.readout.setText(" ")
            return
        text = self.tr("layer %1, head %2: click to look at it").replace("%1", str(cell[0] + 1))
        self.readout.setText(text.replace("%2", str(cell[1] + 1)))

    def _on_mouse_clicked(self, event) -> None:
        cell = self.head_at(event.scenePos())
        if cell is not None:
            self.select(*cell)
            self.head_chosen.emit(*cell)

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        header = ["row", *[str(c) for c in range(self.mosaic.shape[1])]]
        return header, ([r, *row.tolist()] for r, row in enumerate(self.mosaic))

    def restyle(self, theme: theme_mod.Theme) -> None:
        pen = pg.mkPen(theme.series_colour(5), width=3 if theme.projector else 2)
        pen.setCosmetic(True)
        self.outline.setPen(pen)
