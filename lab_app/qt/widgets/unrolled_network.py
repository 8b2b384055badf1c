"""The recurrent network unrolled over the current input: one h_t box per time step.

Inputs x_t sit under their boxes (arrow up), outputs above as the architecture says, and the
recurrent arrows h_{t−1} → h_t run left to right (§1 of the lecture). The layout is computed
once per ``set_network`` (``unrolled_layout``; ``layout_boxes()`` describes it) and painted
with QPainter, no child widget per step. When the steps do not fit, the widget is wider than
its viewport and ``UnrolledNetworkView`` scrolls it sideways: every token keeps its label.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolTip, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.rnn_diagram import (
    KEYS,
    Box,
    Network,
    NetworkLayout,
    blend,
    diagram_colours,
    text_colour_on,
    ui_font,
    viridis,
    visible_token,
)

__all__ = ["Box", "UnrolledNetwork", "UnrolledNetworkView", "viridis", "visible_token"]


class UnrolledNetwork(QWidget):
    """The unrolled network. ``step_hovered(t)`` fires when the mouse enters step ``t``
    (0-based, encoder then decoder steps), and with −1 when it leaves the steps. GUI thread."""

    step_hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.network = Network("many_to_many_aligned")
        self.highlight: int | None = None
        self.hovered: int | None = None
        self.norms: np.ndarray | None = None
        self._norm_cache: list[tuple[QBrush, QPen]] | None = None
        self._sprites: dict[tuple, QPixmap] = {}
        self.placed = NetworkLayout(ui_font(), 1.0)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        self._relayout()

    # --- public ------------------------------------------------------------------------------
    def set_network(
        self,
        kind: str,
        inputs: Sequence[str],
        outputs: Sequence[str],
        cell: str = "LSTM",
        decoder_inputs: Sequence[str] = (),
        attention: bool = False,
    ) -> None:
        """Unroll the ``kind`` architecture (one of ``KEYS``) over ``inputs``.

        one_to_one: one column per input, no recurrent arrow (no memory); one_to_many: the
        input (a prompt of any length), then each output fed back as the next input (dashed);
        many_to_one: one output, above the last step; many_to_many_aligned: one output per
        step; many_to_many_seq2seq: encoder steps over ``inputs``, decoder steps (another
        colour) over ``decoder_inputs`` giving ``outputs``, the context arrow between them,
        "attention" over the encoder when ``attention``. An output not given yet shows as
        y_t. The same arguments again do nothing.
        """
        if kind not in KEYS:
            raise ValueError(f"unknown architecture {kind!r}; expected one of {KEYS}")
        network = Network(
            kind,
            tuple(map(str, inputs)),
            tuple(map(str, outputs)),
            str(cell),
            tuple(map(str, decoder_inputs)),
            bool(attention),
        )
        if network == self.network:
            return
        self.network = network
        self.highlight = self.hovered = None
        self.norms = self._norm_cache = None
        self._relayout()

    def steps(self) -> int:
        """How many h boxes (time steps) are drawn: T, or encoder + decoder steps."""
        return len(self.placed.columns)

    def layout_boxes(self) -> list[Box]:
        """The drawn boxes (role, step, text, rect), a read-only description for tests."""
        return list(self.placed.boxes)

    def step_rect(self, step: int) -> QRectF:
        """The column of ``step`` (0-based), in widget coordinates."""
        return self.placed.columns[step].translated(self._offset(), 0)

    def set_highlight(self, step: int | None) -> None:
        """Frame step ``step`` (0-based; None or out of range: none); scroll it into view."""
        if step is not None and not 0 <= step < self.steps():
            step = None
        if step == self.highlight:
            return
        self.highlight = step
        self.update()
        if step is not None:
            self._scroll_to(step)

    def set_hidden_norms(self, values: Sequence[float] | None) -> None:
        """Shade each h box by ‖h_t‖ (viridis, min to max of ``values``, one per step);
        None, or a length that is not the number of steps: plain boxes."""
        norms = None if values is None else np.asarray(values, dtype=float).ravel()
        if norms is not None and (norms.size != self.steps() or not norms.size):
            norms = None
        if norms is not None:
            finite = norms[np.isfinite(norms)]
            low, high = (finite.min(), finite.max()) if finite.size else (0.0, 1.0)
            norms = (norms - low) / (high - low) if high > low else np.full_like(norms, 0.5)
        self.norms = norms
        self._norm_cache = None
        self.update()

    def content_size(self) -> QSize:
        """The size the drawing needs (the widget never gets narrower: it scrolls)."""
        return QSize(self.placed.size)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.content_size()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.content_size()

    # --- painting ----------------------------------------------------------------------------
    def _relayout(self) -> None:
        """Place every box, arrow and label for the network, font and scale (cached)."""
        words = {
            "context": self.tr("context"),
            "encoder": self.tr("encoder"),
            "decoder": self.tr("decoder"),
            "attention": self.tr("attention"),
        }
        self.placed = NetworkLayout(ui_font(), theme_mod.current().scale, words)
        self.placed.build(self.network)
        self._sprites.clear()  # new sizes, maybe new colours
        self.setMinimumSize(self.placed.size)
        self.updateGeometry()
        self.update()

    def _offset(self) -> float:
        """Centre the drawing when the widget is wider than it needs."""
        return float(max(0, (self.width() - self.placed.size.width()) // 2))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        theme = theme_mod.current()
        colours = diagram_colours(theme)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.placed.columns:  # centred in the widget, not shifted as a drawing is
            painter.setPen(colours.foreground)
            painter.setFont(self.placed.font)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No input yet"))
            return
        painter.translate(self._offset(), 0)
        shown = self._steps_in(QRectF(event.rect()).translated(-self._offset(), 0))
        self._paint_bands(painter, colours, theme.scale)
        self._paint_arrows(painter, colours, shown)
        self._paint_boxes(painter, colours, theme.scale, shown)
        self._paint_labels(painter, colours, theme.scale)
        painter.end()

    def _steps_in(self, exposed: QRectF) -> tuple[int, int]:
        """The first and last steps that reach into ``exposed`` (arrows reach a gap further)."""
        lefts, rights = self.placed.lefts, self.placed.rights
        first = bisect_left(rights, exposed.left() - self.placed.gap)
        last = bisect_right(lefts, exposed.right() + self.placed.gap) - 1
        return max(first, 0), min(last + 1, len(lefts) - 1)

    def _paint_bands(self, painter: QPainter, colours, scale: float) -> None:
        columns, radius = self.placed.columns, 4 * scale
        painter.setPen(Qt.PenStyle.NoPen)
        if self.hovered is not None and self.hovered != self.highlight:
            painter.setBrush(blend(colours.background, colours.foreground, 0.08))
            painter.drawRoundedRect(columns[self.hovered], radius, radius)
        if self.highlight is not None:
            painter.setBrush(blend(colours.background, colours.frame, 0.18))
            painter.setPen(QPen(colours.frame, 2.0 * scale))
            painter.drawRoundedRect(columns[self.highlight], radius, radius)

    def _paint_arrows(self, painter: QPainter, colours, shown: tuple[int, int]) -> None:
        line = self.placed.line
        looks = {
            "solid": (colours.foreground, line),
            "feedback": (colours.output, line),
            "context": (colours.context, line * 1.6),
        }
        for style, arrows in self.placed.arrows.items():
            colour, width = looks[style]
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            for kind in ("lines", "dashes"):
                lines = arrows.window(kind, *shown)
                if lines:
                    painter.drawLines(lines)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            for head in arrows.window("heads", *shown):
                painter.drawPolygon(head)

    def _paint_boxes(self, painter: QPainter, colours, scale: float, steps: tuple[int, int]):
        # Each box is a cached image (one per size and colour): two antialiased rounded
        # rectangles per box cost 2.5 ms for 64 steps on the projector, the images 0.3 ms.
        edges = {
            "input": colours.input,
            "output": colours.output,
            "hidden": colours.hidden,
            "decoder": colours.decoder,
        }
        fills = {role: blend(edge, colours.background, 0.7) for role, edge in edges.items()}
        inks = {role: QPen(text_colour_on(fill)) for role, fill in fills.items()}
        norms = self._norm_brushes()
        marks = self.placed.box_steps
        start, stop = bisect_left(marks, steps[0]), bisect_right(marks, steps[1])
        shown = [(self.placed.boxes[i], *self.placed.texts[i]) for i in range(start, stop)]
        for box, _, _ in shown:
            fill = fills[box.role]
            if norms and box.role in ("hidden", "decoder"):
                fill = norms[box.step][0].color()
            strong = box.step == self.highlight
            painter.drawPixmap(box.rect.topLeft(), self._sprite(box, edges[box.role], fill, strong))
        # Texts grouped by font: a static text drawn in another font than the painter's last
        # one is laid out again (alternating fonts cost 8 ms for 64 steps).
        for font, roles in ((self.placed.italic, ("hidden", "decoder")),
                            (self.placed.font, ("input", "output"))):  # fmt: skip
            painter.setFont(font)
            for box, corner, text in shown:
                if box.role not in roles:
                    continue
                ink = inks[box.role]
                if norms and box.role in ("hidden", "decoder"):
                    ink = norms[box.step][1]
                painter.setPen(ink)
                painter.drawStaticText(corner, text)

    def _sprite(self, box: Box, edge: QColor, fill: QColor, strong: bool) -> QPixmap:
        """The image of a box of ``box``'s size: rounded, ``edge`` frame (thicker when
        ``strong``), ``fill`` inside; cached until the theme, the layout or the norms change."""
        key = (box.rect.width(), box.rect.height(), edge.rgba(), fill.rgba(), strong)
        sprite = self._sprites.get(key)
        if sprite is not None:
            return sprite
        if len(self._sprites) > 1024:  # long inputs of many token widths: start afresh
            self._sprites.clear()
        scale, ratio = theme_mod.current().scale, self.devicePixelRatioF()
        size = box.rect.size() * ratio
        sprite = QPixmap(round(size.width()), round(size.height()))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        width, radius = max(1.5, 1.5 * scale) * (2.5 if strong else 1.0), 4 * scale
        rect = QRectF(QPointF(0, 0), box.rect.size())
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(fill)
        inner = max(radius - width, 1.0)
        painter.drawRoundedRect(rect.adjusted(width, width, -width, -width), inner, inner)
        painter.end()
        self._sprites[key] = sprite
        return sprite

    def _norm_brushes(self) -> list[tuple[QBrush, QPen]] | None:
        """Per step, the viridis fill of ‖h_t‖ and a text colour that reads on it."""
        if self.norms is None:
            return None
        if self._norm_cache is None:
            self._norm_cache = []
            for value in self.norms:
                colour = viridis(value) if np.isfinite(value) else QColor("#bbbbbb")
                self._norm_cache.append((QBrush(colour), QPen(text_colour_on(colour))))
        return self._norm_cache

    def _paint_labels(self, painter: QPainter, colours, scale: float) -> None:
        painter.setFont(self.placed.bold)
        inks = {"context": colours.context, "decoder": colours.decoder}
        for rect, text, role in self.placed.labels:
            if role == "bracket":  # ⊓ over the encoder: what attention looks at
                painter.setPen(QPen(colours.context, max(1.5, 1.5 * scale)))
                y, tick = rect.bottom(), 0.3 * rect.height()
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left(), y + tick))
                painter.drawLine(QPointF(rect.right(), y), QPointF(rect.right(), y + tick))
                continue
            painter.setPen(inks.get(role, colours.foreground))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # --- input -------------------------------------------------------------------------------
    def step_at(self, point: QPointF) -> int | None:
        """The step (0-based) under ``point`` (widget coordinates; gaps split halfway)."""
        x, half = point.x() - self._offset(), self.placed.gap / 2
        for step, column in enumerate(self.placed.columns):
            if column.left() - half <= x <= column.right() + half:
                return step
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._set_hovered(self.step_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._set_hovered(None)
        super().leaveEvent(event)

    def _set_hovered(self, step: int | None) -> None:
        if step == self.hovered:
            return
        self.hovered = step
        self.update()
        self.step_hovered.emit(-1 if step is None else step)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            step = self.step_at(QPointF(event.pos()))
            if step is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(step), self)
            return True
        return super().event(event)

    def describe(self, step: int) -> str:
        """The tooltip of a step: its hidden box, input and output, one per line."""
        names = {"input": "x", "output": "y"}
        return "\n".join(
            f"{names[box.role]} = «{box.text}»" if box.role in names else box.text
            for box in self.placed.boxes
            if box.step == step
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._relayout()
        super().changeEvent(event)

    def _on_theme_changed(self, _theme: object) -> None:
        # The application-wide signal may outlive this widget's C++ side (a monkey run crashed
        # here after a window rebuild): never touch a deleted widget.
        if shiboken6.isValid(self):
            self._relayout()  # projector mode: a new font and scale, so new places

    def _scroll_to(self, step: int) -> None:
        """Bring ``step`` well inside the scroll area's view (a third of it to either side)."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            column = self.step_rect(step)
            margin = max(round(column.width() / 2), viewport.width() // 3)
            area.ensureVisible(round(column.center().x()), round(column.center().y()), margin, 0)


class UnrolledNetworkView(QScrollArea):
    """``UnrolledNetwork`` under a title ("Unrolled over the input (T = n steps)"), scrolling
    sideways when the steps do not fit. ``network`` is the painted widget. GUI thread only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.network = UnrolledNetwork()
        self.step_hovered = self.network.step_hovered
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.setWidget(self.network)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_title()
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    def set_network(self, *args, **kwargs) -> None:
        """As ``UnrolledNetwork.set_network``; the title counts the steps."""
        self.network.set_network(*args, **kwargs)
        self._update_title()

    def set_highlight(self, step: int | None) -> None:
        """As ``UnrolledNetwork.set_highlight`` (scrolls the step into view)."""
        self.network.set_highlight(step)

    def set_hidden_norms(self, values: Sequence[float] | None) -> None:
        """As ``UnrolledNetwork.set_hidden_norms``."""
        self.network.set_hidden_norms(values)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # The whole drawing when short; a long one asks for a screen's worth and scrolls.
        most = round(900 * theme_mod.current().scale)
        width = min(self.network.content_size().width(), most) + 2 * self.frameWidth()
        return QSize(width, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(120, self._height())

    def _height(self) -> int:
        # Room for the scroll bar always: no token may hide behind it when it appears.
        bar = self.horizontalScrollBar().sizeHint().height()
        content = self.network.content_size().height()
        return self._title_height() + content + bar + 2 * self.frameWidth()

    def _title_height(self) -> int:
        return self.title.sizeHint().height() + 4

    def _update_title(self) -> None:
        bold = ui_font()
        bold.setBold(True)
        self.title.setFont(bold)
        steps = self.network.steps()
        self.title.setText(self.tr("Unrolled over the input (T = %n steps)", "", steps))
        self._place_title()
        self.setFixedHeight(self._height())
        self.updateGeometry()

    def _place_title(self) -> None:
        height, frame = self._title_height(), self.frameWidth()
        self.setViewportMargins(0, height, 0, 0)
        self.title.setGeometry(frame + 4, frame, max(0, self.width() - 2 * frame - 8), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_title()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._update_title()
        super().changeEvent(event)

    def _on_theme_changed(self, _theme: object) -> None:
        if shiboken6.isValid(self):
            self._update_title()
