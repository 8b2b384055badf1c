"""Word labels on the embedding map: the n most frequent words, plus the highlighted and marked
ones; a label that would cover a more important one is hidden.

One item paints every label (a translucent box and the text, from cached ``QStaticText``):
with a ``pg.TextItem`` per label, each one re-computed its transform in Python on every frame of
a pan, ~0.1 ms a label (30 ms for 300). Which labels overlap depends only on the zoom, not on a
pan, so it is worked out again only when the scale, the points or the labels change.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTransform

from lab_app.qt.widgets.embedding_map_parts import LABEL_CAP, declutter, logged_not_raised

LABEL_Z = 10  # above the points, below the overlays
OFFSET_PX = 5.0  # the text starts this far right of its point
PAD_PX = 2.0  # box margin around the text


class WordLabels(pg.GraphicsObject):
    """Labels for a map's words. GUI thread.

    ``candidates`` are the point indices that may carry a label, most important first: the
    forced ones (highlighted, marked) and then the ``count`` most frequent.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(LABEL_Z)
        self.words: Sequence[str] = []
        self.coords = np.zeros((0, 2))
        self.order = np.zeros(0, dtype=int)  # point indices, most frequent first
        self.count = 0
        self.forced: list[int] = []
        self.candidates = np.zeros(0, dtype=np.intp)
        self._forced_count = 0
        self.font, self.bold = QFont(), QFont()
        self.colour = QColor("#000000")
        self.fill = QColor(255, 255, 255, 170)
        self._texts: list[QStaticText] = []
        self._widths = np.zeros(0)
        self._height = 0.0
        self._shown = np.zeros(0, dtype=bool)  # declutter's answer, for ``_scale_key``
        self._scale_key: tuple | None = None
        self._visible = np.zeros(0, dtype=bool)  # shown and in view, at the last layout

    # --- what to label ------------------------------------------------------------------
    def set_words(self, words: Sequence[str], coords: np.ndarray, order: np.ndarray) -> None:
        """New words (and their frequency order); labels are chosen again."""
        self.prepareGeometryChange()  # while the old words still give the old extent
        self.words, self.order = words, np.asarray(order, dtype=np.intp)
        self.coords, self.forced, self.candidates = coords, [], np.zeros(0, dtype=np.intp)
        self._assign()

    def set_count(self, count: int) -> int:
        """Label the ``count`` most frequent words (at most LABEL_CAP); returns the count used."""
        self.count = max(0, min(int(count), LABEL_CAP))
        self._assign()
        return self.count

    def set_forced(self, indices: Sequence[int]) -> None:
        """Points whose label is always shown (highlighted, selected, marked), first first."""
        forced = list(dict.fromkeys(int(i) for i in indices))
        if forced != self.forced:
            self.forced = forced
            self._assign()

    def move(self, coords: np.ndarray) -> None:
        """Points moved: each label follows its point."""
        self.prepareGeometryChange()
        self.coords = coords
        self._scale_key = None
        self.update()

    def restyle(self, font: QFont, colour: str, background: str) -> None:
        """Font (the application's, which projector mode enlarges) and colours."""
        self.font, self.bold = QFont(font), QFont(font)
        self.bold.setBold(True)
        self.colour = QColor(colour)
        self.fill = QColor(background)
        self.fill.setAlpha(170)  # the points under a label still show a little
        self._measure()

    # --- answers ------------------------------------------------------------------------
    def label_words(self) -> list[str]:
        """Words that may carry a label now (forced first, then by frequency)."""
        return [self.words[i] for i in self.candidates]

    def visible_words(self) -> list[str]:
        """Words whose label is on screen (in view, not hidden by a more important one)."""
        view = self.getViewWidget()
        if view is None:  # not in a view yet
            return []
        self.layout(self.deviceTransform(view.viewportTransform()), view.width(), view.height())
        return [self.words[i] for i in self.candidates[self._visible]]

    def layout(self, transform: QTransform, width: float, height: float) -> np.ndarray:
        """Pixel boxes (left, top) of the labels under ``transform`` (data → pixels), and which
        are visible; the overlaps are worked out again only when the scale changed."""
        points = self.coords[self.candidates] if len(self.candidates) else np.zeros((0, 2))
        px = points[:, 0] * transform.m11() + points[:, 1] * transform.m21() + transform.dx()
        py = points[:, 0] * transform.m12() + points[:, 1] * transform.m22() + transform.dy()
        left, top = px + OFFSET_PX, py - self._height / 2
        key = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        if key != self._scale_key:  # a pan keeps which labels overlap
            self._shown = declutter(
                left - PAD_PX,
                top,
                self._widths + 2 * PAD_PX,
                np.full(len(left), self._height),
                self._forced_count,
            )
            self._scale_key = key
        inside = (left < width) & (left + self._widths > 0) & (top < height)
        inside &= top + self._height > 0
        self._visible = self._shown & inside
        self._visible[: self._forced_count] = True  # even at the view's edge
        return np.stack([left, top], axis=1)

    # --- painting -----------------------------------------------------------------------
    @logged_not_raised(QRectF)
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        # Never raise here: an exception in a Qt override can take the process down.
        if not len(self.candidates) or self.candidates.max() >= len(self.coords):
            return QRectF()
        points = self.coords[self.candidates]
        (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
        px, py = self.pixelVectors()
        if px is None or py is None:
            return QRectF(x0, y0, x1 - x0, y1 - y0)
        reach_x = px.length() * (OFFSET_PX + PAD_PX + float(self._widths.max(initial=0)))
        reach_y = py.length() * self._height
        return QRectF(x0 - reach_x, y0 - reach_y, x1 - x0 + 2 * reach_x, y1 - y0 + 2 * reach_y)

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph hook)
        self.prepareGeometryChange()  # the text reaches a fixed number of pixels
        super().viewTransformChanged()

    @logged_not_raised()
    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not len(self.candidates):
            return
        device = widget if widget is not None else painter.device()
        corners = self.layout(painter.transform(), device.width(), device.height())
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(self.colour)
        # Least important first, so that the highlighted word's label ends on top.
        for i in np.flatnonzero(self._visible)[::-1].tolist():
            left, top = corners[i]
            box = QRectF(left - PAD_PX, top, self._widths[i] + 2 * PAD_PX, self._height)
            painter.fillRect(box, self.fill)
            painter.setFont(self.bold if i < self._forced_count else self.font)
            painter.drawStaticText(QPointF(left, top), self._texts[i])

    # --- helpers ------------------------------------------------------------------------
    def _assign(self) -> None:
        self.prepareGeometryChange()
        forced = [i for i in self.forced if 0 <= i < len(self.words)]
        taken = set(forced)
        frequent = [int(i) for i in self.order[: self.count] if int(i) not in taken]
        self.candidates = np.asarray(forced + frequent, dtype=np.intp)
        self._forced_count = len(forced)
        self._measure()

    def _measure(self) -> None:
        """Each label's text and pixel width (bold for the forced ones)."""
        self.prepareGeometryChange()
        plain, bold = QFontMetricsF(self.font), QFontMetricsF(self.bold)
        texts, widths = [], []
        for rank, index in enumerate(self.candidates.tolist()):
            word = str(self.words[index])
            text = QStaticText(word)
            text.setTextFormat(Qt.TextFormat.PlainText)
            texts.append(text)
            widths.append((bold if rank < self._forced_count else plain).horizontalAdvance(word))
        self._texts, self._widths = texts, np.asarray(widths, dtype=float)
        self._height = plain.height() + 2
        self._scale_key = None
        self.update()
