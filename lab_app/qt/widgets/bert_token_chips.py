"""WordPiece tokens as chips in rows: a word's continuation pieces ("##ing") sit right against
the piece before them, framed dashed and written with their "##", so a split word reads as one
group; special tokens ([CLS], [SEP]) are framed in grey. Grows in height to fit (put it in a
vertical scroll area)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.fits_height import FitsHeight

PAD = 6
WORD_GAP = 10  # between words
PIECE_GAP = 1  # between a piece and its "##" continuation
PIECE_COLOUR = "#E69F00"  # Okabe–Ito orange: continuation pieces (dashed as well)
SPECIAL_COLOUR = "#999999"


def is_continuation(token: str) -> bool:
    return token.startswith("##") and len(token) > 2


def is_special(token: str) -> bool:
    return token.startswith("[") and token.endswith("]") and token[1:-1].isupper()


class TokenChips(FitsHeight, QWidget):
    """Shows ``set_tokens(tokens)``; ``tokens`` as the tokenizer gives them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tokens: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.watch_theme()

    def set_tokens(self, tokens: list[str]) -> None:
        self.tokens = list(tokens)
        self.refit()
        self.update()

    def _positions(self, width: int) -> list[QRectF]:
        metrics = QFontMetrics(self.font())
        height = metrics.height() + PAD
        x = y = 0.0
        boxes = []
        for index, token in enumerate(self.tokens):
            w = metrics.horizontalAdvance(token) + 2 * PAD
            gap = PIECE_GAP if is_continuation(token) else WORD_GAP
            if index and x + gap + w > width:
                x, y = 0.0, y + height + PAD
            elif index:
                x += gap
            boxes.append(QRectF(x, y, w, height))
            x += w
        return boxes

    def content_height(self, width: int) -> int:
        boxes = self._positions(max(1, width))
        return int(boxes[-1].bottom()) + 2 if boxes else 0

    def height_key(self) -> tuple:
        return (len(self.tokens),)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.tokens:
            return
        theme = theme_mod.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        foreground = QColor(theme.foreground)
        width = max(1.5, theme.line_width / 2)
        for token, box in zip(self.tokens, self._positions(self.width())):
            if is_continuation(token):
                pen = QPen(QColor(PIECE_COLOUR), width, Qt.PenStyle.DashLine)
            elif is_special(token):
                pen = QPen(QColor(SPECIAL_COLOUR), width)
            else:
                pen = QPen(foreground, width)
            painter.setPen(pen)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(foreground)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, token)
        painter.end()
