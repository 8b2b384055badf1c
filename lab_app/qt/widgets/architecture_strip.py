"""The lecture's five RNN architectures in a row (§1), as clickable tiles.

Each tile paints Karpathy's small diagram (inputs x at the bottom, hidden states h in the
middle, outputs y on top; arrows up and to the right) over a caption: the architecture's name
and the task it runs in this lab. The current architecture is framed and drawn in full colour,
the others dimmed but readable. The tiles are painted with QPainter (no child widgets); the
strip takes focus, arrows move between tiles and Enter or Space chooses one.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.rnn_diagram import (
    KEYS,
    blend,
    diagram_colours,
    draw_arrow,
    text_colour_on,
    ui_font,
)

__all__ = ["KEYS", "ArchitectureStrip"]

# Which cells of the small diagram hold an input (x) and an output (y): (columns, x, y).
# As in the lecture's figure (after Karpathy): one to many feeds one input and emits at every
# step; many to one reads every step and emits at the end; seq2seq reads 3 then emits 2.
DIAGRAMS: dict[str, tuple[int, tuple[int, ...], tuple[int, ...]]] = {
    "one_to_one": (1, (0,), (0,)),
    "one_to_many": (3, (0,), (0, 1, 2)),
    "many_to_one": (3, (0, 1, 2), (2,)),
    "many_to_many_aligned": (3, (0, 1, 2), (0, 1, 2)),
    "many_to_many_seq2seq": (5, (0, 1, 2), (3, 4)),
}

BASE_HEIGHT_PX = 110  # the strip's height at normal scale, two caption lines
DIAGRAM_PX = 60  # the diagram's preferred height at normal scale (shrinks first, never text)
MIN_DIAGRAM_PX = 22
TILE_MARGIN_PX = 3
TILE_PADDING_PX = 4
CAPTION_GAP_PX = 3
ROW_GAP = 0.5  # vertical gap between diagram rows, in box heights (room for an arrow)
COLUMN_GAP = 0.6  # horizontal gap between time steps, in box widths


def keep_together(text: str) -> str:
    """``text`` with the spaces inside parentheses made non-breaking: "(x = y)" never wraps."""
    return re.sub(r"\([^)]*\)", lambda group: group.group(0).replace(" ", "\u00a0"), text)


class ArchitectureStrip(QWidget):
    """Five tiles, one per architecture of the lecture; ``chosen(key)`` on click or Enter.

    ``set_current(key)`` lights a tile without emitting. GUI thread only.
    """

    chosen = Signal(str)
    KEYS = KEYS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._heights: dict[int, int] = {}  # heightForWidth, by width
        self.current: str | None = None
        self._focus_index = 0
        self._captions: dict[str, tuple[str, str, str]] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._retranslate()
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    # --- public ------------------------------------------------------------------------------
    def set_current(self, key: str | None) -> None:
        """Light the tile of ``key`` (one of ``KEYS``; None: none lit). Does not emit."""
        if key is not None and key not in KEYS:
            raise ValueError(f"unknown architecture {key!r}; expected one of {KEYS}")
        if key == self.current:
            return
        self.current = key
        if key is not None:
            self._focus_index = KEYS.index(key)
        self.update()

    def caption(self, key: str) -> tuple[str, str]:
        """The (name, task) lines shown under the tile of ``key`` (translated)."""
        name, task, _ = self._captions[key]
        return name, task

    def tile_rect(self, key: str) -> QRect:
        """Where the tile of ``key`` is, in widget coordinates (for clicks and tests)."""
        index = KEYS.index(key)
        width = self.width() / len(KEYS)
        return QRect(
            round(index * width),
            0,
            round((index + 1) * width) - round(index * width),
            self.height(),
        )

    def key_at(self, point: QPointF) -> str | None:
        """The architecture whose tile holds ``point``, or None outside the strip."""
        if not self.rect().contains(point.toPoint()):
            return None
        index = int(point.x() * len(KEYS) / max(self.width(), 1))
        return KEYS[min(max(index, 0), len(KEYS) - 1)]

    # --- sizes -------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        # Layouts ask often (every relayout of the page); wrapping five captions costs ~0.3 ms.
        heights = self._heights
        if width not in heights:
            scale = theme_mod.current().scale
            chrome = 2 * (TILE_MARGIN_PX + TILE_PADDING_PX) + CAPTION_GAP_PX
            heights[width] = round(
                chrome * scale + DIAGRAM_PX * scale + self._caption_height(width)
            )
        return heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Room for each caption line unwrapped, and never lower than the lecture's 110 px.
        widest = max(self._line_widths())
        width = len(KEYS) * round(widest + self._tile_chrome_px())
        height = max(self.heightForWidth(width), round(BASE_HEIGHT_PX * theme_mod.current().scale))
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Narrowest: the longest single word of any caption fits its tile (text never shrinks).
        scale = theme_mod.current().scale
        room = max(self._longest_word_px(), MIN_DIAGRAM_PX * 2.5 * scale)
        width = len(KEYS) * round(room + self._tile_chrome_px() + 1)
        return QSize(width, self.heightForWidth(width))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The strip changes rarely, but the window repaints it with every live view's update
        # (~14 ms each time): it is drawn once into a pixmap, redrawn when its look changes.
        theme = theme_mod.current()
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.current, self._focus_index, self.hasFocus(), theme,
               self.font().key())  # fmt: skip
        if getattr(self, "_cache_key", None) != key:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._paint_tiles(pixmap, theme)
            self._cache, self._cache_key = pixmap, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.end()

    def _paint_tiles(self, device: QPixmap, theme) -> None:
        colours = diagram_colours(theme)
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = theme.scale
        caption_height = self._caption_height(self.width())
        for index, key in enumerate(KEYS):
            tile = QRectF(self.tile_rect(key)).adjusted(
                *(TILE_MARGIN_PX * scale,) * 2, *(-TILE_MARGIN_PX * scale,) * 2
            )
            lit = key == self.current
            self._paint_frame(painter, tile, lit, colours, scale)
            inner = tile.adjusted(*(TILE_PADDING_PX * scale,) * 2, *(-TILE_PADDING_PX * scale,) * 2)
            diagram = QRectF(inner)
            diagram.setBottom(inner.bottom() - caption_height - CAPTION_GAP_PX * scale)
            painter.save()
            if not lit and self.current is not None:
                painter.setOpacity(0.6)
            self._paint_diagram(painter, key, diagram, lit, colours, scale)
            painter.restore()
            caption = QRectF(inner)
            caption.setTop(inner.bottom() - caption_height)
            self._paint_caption(painter, key, caption, lit, colours)
            if self.hasFocus() and index == self._focus_index:
                self._paint_focus_ring(painter, tile, colours, scale)
        painter.end()

    def _paint_frame(self, painter, tile: QRectF, lit: bool, colours, scale: float) -> None:
        if lit:
            painter.setPen(QPen(colours.frame, 2.0 * scale))
            painter.setBrush(blend(colours.background, colours.frame, 0.12))
        else:
            painter.setPen(QPen(blend(colours.background, colours.foreground, 0.3), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(tile, 4 * scale, 4 * scale)

    def _paint_focus_ring(self, painter, tile: QRectF, colours, scale: float) -> None:
        pen = QPen(colours.foreground, max(2.0, 1.5 * scale), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 3 * scale
        painter.drawRoundedRect(tile.adjusted(inset, inset, -inset, -inset), 3 * scale, 3 * scale)

    def _paint_diagram(self, painter, key: str, area: QRectF, lit: bool, colours, scale) -> None:
        columns, inputs, outputs = DIAGRAMS[key]
        box = min(
            area.height() / (3 + 2 * ROW_GAP),
            area.width() / (columns + (columns - 1) * COLUMN_GAP),
            26 * scale,
        )
        if box <= 2:
            return
        step = box * (1 + COLUMN_GAP)
        width = box + (columns - 1) * step
        left = area.center().x() - width / 2
        top = area.center().y() - box * (3 + 2 * ROW_GAP) / 2
        rows = {"y": top, "h": top + box * (1 + ROW_GAP), "x": top + 2 * box * (1 + ROW_GAP)}
        line = max(1.2, 1.6 * scale) if box > 12 else 1.0
        arrow_pen = QPen(colours.foreground, line)
        head = max(3.0, box * 0.28)
        letter_font = QFont(ui_font())
        letter_font.setItalic(True)
        letter_font.setPixelSize(max(6, round(box * 0.62)))
        painter.setFont(letter_font)

        def cell(column: int, row: str) -> QRectF:
            return QRectF(left + column * step, rows[row], box, box)

        painter.setPen(arrow_pen)
        for column in range(columns):
            h = cell(column, "h")
            if column in inputs:
                draw_arrow(
                    painter,
                    QPointF(h.center().x(), rows["x"]),
                    QPointF(h.center().x(), h.bottom()),
                    head,
                )
            if column in outputs:
                draw_arrow(
                    painter,
                    QPointF(h.center().x(), h.top()),
                    QPointF(h.center().x(), rows["y"] + box),
                    head,
                )
            if column + 1 < columns:
                draw_arrow(
                    painter,
                    QPointF(h.right(), h.center().y()),
                    QPointF(h.right() + step - box, h.center().y()),
                    head,
                )
        for column in range(columns):
            self._paint_box(painter, cell(column, "h"), "h", colours.hidden, lit, colours)
            if column in inputs:
                self._paint_box(painter, cell(column, "x"), "x", colours.input, lit, colours)
            if column in outputs:
                self._paint_box(painter, cell(column, "y"), "y", colours.output, lit, colours)

    def _paint_box(
        self, painter, rect: QRectF, letter: str, colour: QColor, lit: bool, colours
    ) -> None:
        fill = colour if lit else blend(colour, colours.background, 0.55)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(fill)
        radius = rect.width() * 0.15
        painter.drawRoundedRect(rect, radius, radius)
        if rect.width() >= 9:
            painter.setPen(text_colour_on(fill))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)

    def _paint_caption(self, painter, key: str, rect: QRectF, lit: bool, colours) -> None:
        name, task, _ = self._captions[key]
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        # Dimmed tiles keep a readable text: a step towards the background, not a faint grey.
        ink = (
            colours.foreground
            if lit or self.current is None
            else blend(colours.foreground, colours.background, 0.25)
        )
        painter.setPen(ink)
        bold = self._name_font()
        painter.setFont(bold)
        width = int(rect.width())
        name_height = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags, name)
        painter.drawText(rect, flags, name)
        painter.setFont(ui_font())
        task_rect = QRectF(rect)
        task_rect.setTop(rect.top() + name_height.height())
        painter.drawText(task_rect, flags, task)

    # --- text measures -----------------------------------------------------------------------
    def _name_font(self) -> QFont:
        bold = QFont(ui_font())
        bold.setBold(True)
        return bold

    def _tile_chrome_px(self) -> float:
        return 2 * (TILE_MARGIN_PX + TILE_PADDING_PX) * theme_mod.current().scale

    def _caption_width(self, width: int) -> int:
        return max(1, int(width / len(KEYS) - self._tile_chrome_px()))

    def _caption_height(self, width: int) -> int:
        """The tallest caption (name over task, each wrapped) at a strip ``width``."""
        room = self._caption_width(width)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        bold, plain = QFontMetrics(self._name_font()), QFontMetrics(ui_font())
        tallest = 0
        for name, task, _ in self._captions.values():
            height = bold.boundingRect(QRect(0, 0, room, 10_000), flags, name).height()
            height += plain.boundingRect(QRect(0, 0, room, 10_000), flags, task).height()
            tallest = max(tallest, height)
        return tallest

    def _line_widths(self) -> list[float]:
        bold, plain = QFontMetrics(self._name_font()), QFontMetrics(ui_font())
        widths = []
        for name, task, _ in self._captions.values():
            widths += [bold.horizontalAdvance(name) + 2, plain.horizontalAdvance(task) + 2]
        return widths

    def _longest_word_px(self) -> float:
        bold, plain = QFontMetrics(self._name_font()), QFontMetrics(ui_font())
        longest = 0
        for name, task, _ in self._captions.values():
            longest = max([longest, *(bold.horizontalAdvance(w) + 2 for w in name.split(" "))])
            longest = max([longest, *(plain.horizontalAdvance(w) + 2 for w in task.split(" "))])
        return longest

    # --- input -------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        key = self.key_at(event.position())
        if key is not None:
            self._focus_index = KEYS.index(key)
            self._choose(key)
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Home: -len(KEYS),
            Qt.Key.Key_End: len(KEYS),
        }
        key = event.key()
        if key in moves:
            self._focus_index = min(max(self._focus_index + moves[key], 0), len(KEYS) - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select):
            self._choose(KEYS[self._focus_index])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.current is not None and event.reason() != Qt.FocusReason.MouseFocusReason:
            self._focus_index = KEYS.index(self.current)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            key = self.key_at(QPointF(event.pos()))
            if key is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(), self._captions[key][2], self, self.tile_rect(key)
                )
            return True
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def _choose(self, key: str) -> None:
        self.set_current(key)
        self.chosen.emit(key)

    def _on_theme_changed(self, _theme: object) -> None:
        if not shiboken6.isValid(self):  # the application-wide signal outlived this widget
            return
        # Projector mode changes the scale and the font: a new size as well as new colours.
        self._cache_key = None
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def _retranslate(self) -> None:
        self._cache_key = None  # new captions
        self._heights.clear()
        self._captions = {
            "one_to_one": (
                self.tr("one to one"),
                self.tr("next character (no memory)"),
                self.tr(
                    "One input gives one output, with no memory of earlier steps: "
                    "a traditional network predicting the next character."
                ),
            ),
            "one_to_many": (
                self.tr("one to many"),
                self.tr("text generation"),
                self.tr(
                    "One input starts a sequence of outputs, each fed back as the next "
                    "input: the network writes text."
                ),
            ),
            "many_to_one": (
                self.tr("many to one"),
                self.tr("sentiment"),
                self.tr(
                    "The network reads the whole sentence and gives one output at the end: "
                    "positive or negative."
                ),
            ),
            "many_to_many_aligned": (
                self.tr("many to many (x = y)"),
                self.tr("part-of-speech tags"),
                self.tr(
                    "One output for every input, step by step: the part-of-speech tag of each word."
                ),
            ),
            "many_to_many_seq2seq": (
                self.tr("many to many (x ≠ y)"),
                self.tr("translation (seq2seq)"),
                self.tr(
                    "An encoder reads the whole input, then a decoder writes an output of "
                    "another length: translation."
                ),
            ),
        }
        self._captions = {
            key: (keep_together(name), keep_together(task), tip)
            for key, (name, task, tip) in self._captions.items()
        }
        self.setAccessibleName(self.tr("RNN architectures"))
        self.updateGeometry()
        self.update()
