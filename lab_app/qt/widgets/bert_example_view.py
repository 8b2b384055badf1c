"""The training example as the model sees it (lecture §4, masked LM + next sentence).

Tokens in rows, as fed to the model (WordPiece "##" pieces, [CLS], [SEP], [MASK] and random
replacements included); a band above each token says its segment (A or B, tinted and written);
each position chosen for the masked LM is framed in the colour of what happened to it, with a
mark as well (colour is never alone): ■ → [MASK] (80 %), ⇄ → a random token (10 %), = kept
(10 %); under it "original → the model's guess" with ✓ or ✗.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.widgets.fits_height import FitsHeight

# What happened to a chosen position: (mark, Okabe–Ito colour). The right/wrong marks use
# neither colour.
KINDS = {"mask": ("■", 0), "random": ("⇄", 1), "kept": ("=", 3)}  # Okabe–Ito entries


def kind_colour(kind: str, theme: theme_mod.Theme | None = None) -> str:
    """The colour of a masking kind in ``theme`` (the dark palette's blue is lighter)."""
    theme = theme or theme_mod.current()
    return theme.series_colours[KINDS[kind][1]]


SEGMENT_TINTS = ("#56B4E9", "#F0E442")  # sentence A, sentence B (light, behind a letter)
RIGHT, WRONG = "✓", "✗"
PAD = 5  # pixels inside a cell, each side
GAP = 4  # between cells


@dataclass(frozen=True)
class _Cell:
    """One token's drawing: what the model saw, its segment, and, when chosen, how it was
    changed, the original and the guess."""

    shown: str
    segment: int
    kind: str = ""
    original: str = ""
    guess: str = ""


class TrainingExampleView(FitsHeight, QWidget):
    """Draws one ``PretrainExample``; grows in height to fit its rows (put it in a vertical
    scroll area). ``show_example(None)`` clears it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.example = None
        self.cells: list[_Cell] = []
        self._version = 0
        self._cached: tuple = ((), [])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.watch_theme()

    # --- content --------------------------------------------------------------------------
    def show_example(self, example) -> None:
        """Show ``example`` (a PretrainExample, or None for nothing)."""
        self.example = example
        self.cells = _cells(example) if example is not None else []
        self._version += 1
        self.fit_height()
        self.update()

    def header_text(self) -> str:
        """The line above the tokens: the step, the pair's truth and the model's NSP answer."""
        example = self.example
        if example is None:
            return ""
        truth = "IsNextSentence" if example.is_next else "NotNextSentence"
        said_next = example.is_next_probability >= 0.5
        right = said_next == example.is_next
        text = self.tr("Step %1 · B really %2 (%3) · model: P(IsNext) = %4 %5")
        return (
            text.replace("%1", whole(example.step))
            .replace("%2", self.tr("follows A") if example.is_next else self.tr("is random"))
            .replace("%3", truth)
            .replace("%4", decimal(example.is_next_probability, 2))
            .replace("%5", RIGHT if right else WRONG)
        )

    def guesses_right(self) -> int:
        """How many masked positions the model guessed right."""
        return sum(c.guess == c.original for c in self.cells if c.kind)

    # --- layout ---------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        return self.font(), small

    def _cell_width(self, cell: _Cell, big: QFontMetrics, small: QFontMetrics) -> int:
        widths = [big.horizontalAdvance(cell.shown) + big.horizontalAdvance("■ ") * bool(cell.kind)]
        if cell.kind:
            widths.append(small.horizontalAdvance(guess_line(cell)))
        return max(widths) + 2 * PAD

    def _row_height(self) -> int:
        big, small = (QFontMetrics(f) for f in self._fonts())
        return small.height() + big.height() + small.height() + 3 * PAD

    def _positions(self, width: int) -> list[tuple[int, int, int]]:
        """(x, y, width) of each cell, rows wrapped at ``width`` (kept until the example, the
        width or the font changes: a repaint then only draws)."""
        key = (width, self._version, self.font().key())
        if self._cached[0] == key:
            return self._cached[1]
        out = self._wrap(width)
        self._cached = (key, out)
        return out

    def _wrap(self, width: int) -> list[tuple[int, int, int]]:
        big, small = (QFontMetrics(f) for f in self._fonts())
        x, y, row = 0, self._header_height(width) + PAD, self._row_height() + GAP
        out = []
        for cell in self.cells:
            w = self._cell_width(cell, big, small)
            if x and x + w > width:
                x, y = 0, y + row
            out.append((x, y, w))
            x += w + GAP
        return out

    def _header_rect(self, width: int) -> QRect:
        metrics = QFontMetrics(self._fonts()[0])
        flags = Qt.TextFlag.TextWordWrap
        return metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), flags, self.header_text())

    def _header_height(self, width: int) -> int:
        return self._header_rect(width).height()

    def content_height(self, width: int) -> int:
        positions = self._positions(width)
        if not positions:
            return 0
        return positions[-1][1] + self._row_height() + PAD

    def height_key(self) -> tuple:
        return (self._version,)  # another example wraps otherwise (cached for the paint)

    # --- drawing --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.cells:
            return
        theme = theme_mod.current()
        painter = QPainter(self)
        big_font, small_font = self._fonts()
        metrics = QFontMetrics(big_font), QFontMetrics(small_font)
        painter.setFont(big_font)
        painter.setPen(QColor(theme.foreground))
        header = QRect(0, 0, self.width(), self._header_height(self.width()))
        painter.drawText(header, Qt.TextFlag.TextWordWrap, self.header_text())
        visible = event.rect()
        height = self._row_height()
        for cell, (x, y, w) in zip(self.cells, self._positions(self.width())):
            if y > visible.bottom() or y + height < visible.top():
                continue
            box = QRectF(x, y, w, height)
            self._draw_cell(painter, cell, box, (big_font, small_font), metrics, theme)
        painter.end()

    def _draw_cell(
        self, painter: QPainter, cell: _Cell, box: QRectF, fonts, metrics, theme
    ) -> None:
        big_font, small_font = fonts
        big, small = metrics
        foreground = QColor(theme.foreground)
        # Segment band: a tint and the letter.
        band = QRectF(box.left(), box.top(), box.width(), small.height())
        tint = QColor(SEGMENT_TINTS[cell.segment % 2])
        tint.setAlpha(110 if theme.dark else 150)
        painter.fillRect(band, tint)
        painter.setFont(small_font)
        painter.setPen(foreground)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "AB"[cell.segment % 2])
        token = QRectF(box.left(), band.bottom() + PAD, box.width(), big.height() + PAD)
        painter.setFont(big_font)
        if cell.kind:
            mark, _ = KINDS[cell.kind]
            pen = QPen(QColor(kind_colour(cell.kind, theme)))
            pen.setWidthF(max(2.0, theme.line_width * 0.75))
            painter.setPen(pen)
            painter.drawRect(token.adjusted(1, 0, -1, 0))
            # The mark in the kind's colour, the token in the text colour (readable in dark).
            text = f"{mark} {cell.shown}"
            left = token.center().x() - big.horizontalAdvance(text) / 2
            mark_box = QRectF(left, token.top(), big.horizontalAdvance(f"{mark} "), token.height())
            painter.drawText(mark_box, Qt.AlignmentFlag.AlignVCenter, mark)
            painter.setPen(foreground)
            rest = QRectF(
                mark_box.right(), token.top(), token.right() - mark_box.right(), token.height()
            )
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter, cell.shown)
            line = QRectF(box.left(), token.bottom() + PAD / 2, box.width(), small.height())
            painter.setFont(small_font)
            painter.setPen(foreground)
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, guess_line(cell))
        else:
            painter.setPen(foreground)
            painter.drawText(token, Qt.AlignmentFlag.AlignCenter, cell.shown)


def guess_line(cell: _Cell) -> str:
    """The line under a chosen token: the original, the model's guess, right or wrong."""
    verdict = RIGHT if cell.guess == cell.original else WRONG
    return f"{cell.original} → {cell.guess} {verdict}"


def _cells(example) -> list[_Cell]:
    chosen = {
        position: (kind, original, guess)
        for position, kind, original, guess in zip(
            example.masked_positions,
            example.mask_kinds,
            example.original_tokens,
            example.predicted_tokens,
            strict=False,
        )
    }
    cells = []
    for position, (token, segment) in enumerate(zip(example.tokens, example.segments)):
        kind, original, guess = chosen.get(position, ("", "", ""))
        cells.append(_Cell(token, int(segment), kind, original, guess))
    return cells


def legend_html() -> str:
    """The view's legend as rich text: each mark in its colour and what it means."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("TrainingExampleView", text)

    def mark(kind: str) -> str:
        return f"<span style='color:{kind_colour(kind)}'><b>{KINDS[kind][0]}</b></span>"

    return (
        f"{tr('15 % chosen:')} {mark('mask')} {tr('→ [MASK] 80 %')} · "
        f"{mark('random')} {tr('→ random 10 %')} · {mark('kept')} {tr('kept 10 %')}. "
        f"{tr('Under each: original → guess ✓/✗. Band: segment A or B.')}"
    )


def legend_tooltip() -> str:
    """The legend in full sentences (the caption's tooltip)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "TrainingExampleView",
        "Masked LM: 15 % of the tokens are chosen; of those, 80 % are replaced by [MASK], 10 % "
        "by a random token and 10 % are kept as they were, and the model must guess the "
        "original at every chosen position. Under each chosen token: the original → the "
        "model's guess at this step (✓ right, ✗ wrong). The band above each token gives its "
        "segment: A (the first sentence, with [CLS]) or B (the second).",
    )


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area (a long pair wraps into more rows)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return area
