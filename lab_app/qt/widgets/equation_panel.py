"""The LSTM equations in the lecture's notation, filled in with the numbers of one cell.

Worked numbers follow the classroom standard: the locale's decimal sign (0,95 in Spanish), a
real minus sign and parentheses around negative factors: 0,95 · (−7,20). The symbolic and the
numeric column use the same product sign "·": the slides' "*" is an element-wise product, which
for the one unit shown here is the ordinary product of two numbers.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QLocale, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal

MINUS = "\u2212"
# Stands for C̃ in the equations below; replaced by a drawn symbol (see CandidateSymbol).
C_TILDE = "{C~}"

# Lecture §2: forget, input, candidate, cell update, output, hidden state.
EQUATIONS = (
    ("f", "f<sub>t</sub> = σ(W<sub>f</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>f</sub>)"),
    ("i", "i<sub>t</sub> = σ(W<sub>i</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>i</sub>)"),
    (
        "g",
        C_TILDE
        + "<sub>t</sub> = tanh(W<sub>C</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>C</sub>)",
    ),
    (
        "c",
        "C<sub>t</sub> = f<sub>t</sub> · C<sub>t−1</sub> + i<sub>t</sub> · "
        + C_TILDE
        + "<sub>t</sub>",
    ),
    ("o", "o<sub>t</sub> = σ(W<sub>o</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>o</sub>)"),
    ("h", "h<sub>t</sub> = o<sub>t</sub> · tanh(C<sub>t</sub>)"),
)


def signed(value: float) -> str:
    """``-7.2`` → ``−7,20``: two decimals in the UI's locale, a real minus sign (U+2212).

    A value that rounds to zero gets no sign; huge ones (|x| ≥ 10 000) are written 1,23E+04.
    """
    size = abs(float(value))
    text = decimal(size) if size < 1e4 else QLocale().toString(size, "E", 2)
    negative = value < 0 and any(digit in text for digit in "123456789")
    return MINUS + text if negative else text


def factor(value: float) -> str:
    """A factor of a product: negative ones in parentheses, ``0,95 · (−7,20)``."""
    text = signed(value)
    return f"({text})" if text.startswith(MINUS) else text


def filled_lines(cell: dict[str, float]) -> dict[str, str]:
    """Return, per equation key, the right-hand side with the cell's numbers substituted."""
    f, i, g, o, c = (cell[key] for key in ("f", "i", "g", "o", "c"))
    return {
        "f": f"σ({signed(cell['zf'])}) = {signed(f)}",
        "i": f"σ({signed(cell['zi'])}) = {signed(i)}",
        "g": f"tanh({signed(cell['zg'])}) = {signed(g)}",
        "c": f"{factor(f)} · {factor(cell['c_prev'])} + {factor(i)} · {factor(g)} = {signed(c)}",
        "o": f"σ({signed(cell['zo'])}) = {signed(o)}",
        "h": f"{factor(o)} · tanh({signed(c)}) = {factor(o)} · {factor(math.tanh(c))} = {signed(cell['h'])}",
    }


class CandidateSymbol:
    """Draws the lecture's C̃ as an image: a C under a tilde as thick as the text's strokes.

    A combining tilde (U+0303) is drawn by the font as a hairline of about 3 px that reads as C̈
    or C̄ from the back row; this one is at least 2 px thick and as wide as most of the C.
    """

    URL = "lab-symbol:c-tilde"

    def __init__(self) -> None:
        self._cache: dict[tuple, QImage] = {}

    def image(self, font: QFont, colour: QColor, ratio: float) -> QImage:
        """The symbol in ``font`` and ``colour`` at device pixel ``ratio`` (cached; GUI thread)."""
        key = (font.key(), colour.rgba(), ratio)
        if key not in self._cache:
            self._cache[key] = self._draw(font, colour, ratio)
        return self._cache[key]

    @staticmethod
    def size(font: QFont) -> QSize:
        """Logical size of the image: the C's advance by its cap height plus room for the tilde."""
        metrics = QFontMetricsF(font)
        cap = metrics.capHeight()
        return QSize(
            math.ceil(metrics.horizontalAdvance("C")), math.ceil(cap + 5 * max(cap * 0.1, 1.2))
        )

    def _draw(self, font: QFont, colour: QColor, ratio: float) -> QImage:
        size = self.size(font)
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(colour)
        # The image sits on the baseline (its bottom edge), like the letters around it.
        painter.drawText(QPointF(0, size.height()), "C")
        cap = QFontMetricsF(font).capHeight()
        # Strokes like the letters' (never a hairline); a wave tall enough to read as one even
        # at a laptop's 9 pt, where a cap is 7 px.
        pen = QPen(colour, max(1.5, cap / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        rise = max(cap * 0.1, 1.2)
        painter.drawPath(self._tilde(size.width(), size.height() - cap - 2.5 * rise, rise))
        painter.end()
        return image

    @staticmethod
    def _tilde(width: float, middle: float, rise: float) -> QPainterPath:
        left, right = width * 0.12, width * 0.88
        span = right - left
        path = QPainterPath(QPointF(left, middle + rise))
        path.cubicTo(
            QPointF(left + span * 0.35, middle - 2.2 * rise),
            QPointF(left + span * 0.65, middle + 2.2 * rise),
            QPointF(right, middle - rise),
        )
        return path


class _EquationBrowser(QTextBrowser):
    """A text browser that serves the drawn C̃ to its documents."""

    def __init__(self, symbol: CandidateSymbol):
        super().__init__()
        self.symbol = symbol

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt override)
        if url.toString() == CandidateSymbol.URL:
            colour = self.palette().color(QPalette.ColorRole.Text)
            return self.symbol.image(
                self.document().defaultFont(), colour, self.devicePixelRatioF()
            )
        return super().loadResource(kind, url)


class EquationPanel(QWidget):
    """Shows the six equations; ``show_cell`` fills them in for one (unit, time step).

    Wide, each equation and its numbers share a row; when the two do not fit side by side the
    numbers go on their own line under the equation (a change of shape, never a scrollbar that
    hides the results).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.symbol = CandidateSymbol()
        # A text browser, not a label: its new text never re-lays out the window, and the numbers
        # change ten times a second while training with a cell selected.
        self.body = _EquationBrowser(self.symbol)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.viewport().setAutoFillBackground(False)
        self.body.setToolTip(
            self.tr("The slides write * for the element-wise product: for one unit it is ·")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.cell: dict[str, float] | None = None
        self.stacked = False  # numbers under their equation (a narrow panel)
        self._unit, self._token, self._t = 0, "", 0
        self.show_cell(None)

    def show_cell(
        self, cell: dict[str, float] | None, unit: int = 0, token: str = "", t: int = 0
    ) -> None:
        """Fill the equations with ``cell`` (keys f, i, g, o, c, h, zf, zi, zg, zo, c_prev)."""
        self.cell, self._unit, self._token, self._t = cell, unit, token, t
        if cell is None:
            self.heading.setText(self.tr("<b>Equations</b> — click a heatmap cell to fill them in"))
            self.body.setHtml(self._table([f"<tr><td>{eq}</td></tr>" for _, eq in EQUATIONS]))
            return
        heading = self.tr("<b>Unit %1, step t = %2</b> (token «%3»)")
        self.heading.setText(
            heading.replace("%1", str(unit)).replace("%2", str(t)).replace("%3", escape(token))
        )
        values = filled_lines(cell)
        wide = self._table(self._side_by_side(values))
        self.stacked = not self._fits(wide)
        self.body.setHtml(self._table(self._one_under_other(values)) if self.stacked else wide)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.cell is not None:  # the shape depends on the width
            self.show_cell(self.cell, self._unit, self._token, self._t)

    def _side_by_side(self, values: dict[str, str]) -> list[str]:
        accent = theme_mod.current().series_colour(0)
        return [
            f"<tr><td style='white-space:nowrap'>{eq}</td>"
            f"<td style='white-space:nowrap; color:{accent}'>&nbsp;= {values[key]}</td></tr>"
            for key, eq in EQUATIONS
        ]

    def _one_under_other(self, values: dict[str, str]) -> list[str]:
        # On a very narrow panel the numbers may still wrap, but only between the terms of a
        # sum or at "=": a product "0,78 · (−0,99)" stays on one line.
        accent = theme_mod.current().series_colour(0)
        return [
            f"<tr><td style='white-space:nowrap'>{eq}</td></tr>"
            f"<tr><td style='color:{accent}; padding-left:1em; padding-bottom:4px'>"
            f"= {values[key].replace(' · ', '&nbsp;·&nbsp;')}</td></tr>"
            for key, eq in EQUATIONS
        ]

    def _table(self, rows: list[str]) -> str:
        symbol = CandidateSymbol.size(self.body.document().defaultFont())
        image = (
            f"<img src='{CandidateSymbol.URL}' width='{symbol.width()}' height='{symbol.height()}'>"
        )
        return f"<table cellspacing='4'>{''.join(rows).replace(C_TILDE, image)}</table>"

    def _fits(self, html: str) -> bool:
        """Whether ``html`` fits the body's width without a horizontal scrollbar."""
        font = self.body.document().defaultFont()
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(self.body.document().documentMargin())
        image = self.symbol.image(font, QColor(0, 0, 0), 1.0)
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(CandidateSymbol.URL), image
        )
        document.setHtml(html)
        return document.idealWidth() <= self.body.maximumViewportSize().width()
