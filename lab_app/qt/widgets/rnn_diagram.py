"""What the RNN tab's two diagrams share, and where the unrolled network's parts go.

The lecture's colours (inputs red, hidden states green, outputs blue), arrows and the theme's
font serve ``ArchitectureStrip`` and ``UnrolledNetwork``. ``NetworkLayout`` places the
unrolled network's boxes, arrows and labels once per network, font and scale: painting then
only walks ready-made rectangles, lines, arrow heads and prepared texts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from lab_app.qt import theme as theme_mod

KEYS = (
    "one_to_one",
    "one_to_many",
    "many_to_one",
    "many_to_many_aligned",
    "many_to_many_seq2seq",
)

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
# Tokens are shown as written, except what would be invisible on screen.
VISIBLE = {" ": "␣", "\n": "⏎", "\t": "⇥", "\r": "↵"}
GAP_EM = 1.6  # room between two steps for the recurrent arrow, in font heights
ARROW_EM = 1.1  # vertical room for the arrows x → h and h → y
HIDDEN_EM = 2.6  # the narrowest h box, in font heights
HEAD_PX = 7.0  # arrow head length at normal scale
WORDS = ("context", "encoder", "decoder", "attention")


@dataclass(frozen=True)
class DiagramColours:
    """Colours of the lecture's figure, from the theme: input red, hidden green, output blue.

    Okabe–Ito hues (vermillion, bluish green, blue) stay apart for colour-blind viewers; the
    boxes also carry their letter (x, h, y) and sit in their own row.
    """

    input: QColor
    hidden: QColor
    output: QColor
    decoder: QColor
    context: QColor
    frame: QColor
    foreground: QColor
    background: QColor


def diagram_colours(theme: theme_mod.Theme) -> DiagramColours:
    """The diagram colours for ``theme`` (GUI thread)."""
    return DiagramColours(
        input=QColor("#D55E00"),
        hidden=QColor("#009E73"),
        output=QColor("#56B4E9" if theme.dark else "#0072B2"),
        decoder=QColor("#CC79A7"),
        context=QColor("#E69F00"),
        frame=QColor("#56B4E9" if theme.dark else "#0072B2"),
        foreground=QColor(theme.foreground),
        background=QColor(theme.background),
    )


def blend(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0–1) of the way towards ``other``."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        colour.redF() * keep + other.redF() * amount,
        colour.greenF() * keep + other.greenF() * amount,
        colour.blueF() * keep + other.blueF() * amount,
    )


def text_colour_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (relative luminance)."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#ffffff")


def draw_arrow(painter: QPainter, start: QPointF, end: QPointF, head: float) -> None:
    """A line from ``start`` to ``end`` in the painter's pen, with a filled head at ``end``."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    painter.drawLine(start, QPointF(end.x() - ux * head * 0.8, end.y() - uy * head * 0.8))
    back = QPointF(end.x() - ux * head, end.y() - uy * head)
    side = QPointF(-uy * head * 0.5, ux * head * 0.5)
    path = QPainterPath(end)
    path.addPolygon(QPolygonF([end, back + side, back - side, end]))
    painter.fillPath(path, painter.pen().color())


def ui_font() -> QFont:
    """The theme's text font (the application's: projector mode enlarges it).

    Read from the application rather than inherited: while the dark style sheet is set, a font
    change of the application does not reach child widgets (Qt 6.11), and the projector's
    larger text would be missed.
    """
    return QFont(QApplication.font())


# Anchors of matplotlib's viridis (0, 1/8, …, 1): enough for shading boxes.
VIRIDIS = np.array(
    [
        [68, 1, 84],
        [71, 44, 122],
        [59, 81, 139],
        [44, 113, 142],
        [33, 144, 141],
        [39, 173, 129],
        [92, 200, 99],
        [170, 220, 50],
        [253, 231, 37],
    ],
    dtype=float,
)


def viridis(value: float) -> QColor:
    """The viridis colour of ``value`` in [0, 1]."""
    position = min(max(float(value), 0.0), 1.0) * (len(VIRIDIS) - 1)
    low = int(np.floor(position))
    high = min(low + 1, len(VIRIDIS) - 1)
    rgb = VIRIDIS[low] + (VIRIDIS[high] - VIRIDIS[low]) * (position - low)
    return QColor(*(int(round(c)) for c in rgb))


def visible_token(token: str) -> str:
    """``token`` with spaces, newlines and tabs made visible ("␣", "⏎", "⇥"); "∅" if empty."""
    if token == "":
        return "∅"
    return "".join(VISIBLE.get(char, char) for char in token)


def subscript(letter: str, t: int) -> str:
    """``letter`` with ``t`` as a subscript: h₁₂."""
    return letter + str(t).translate(SUBSCRIPTS)


@dataclass(frozen=True)
class Box:
    """One drawn box: ``role`` is hidden, decoder, input or output; ``step`` its column
    (0-based, encoder then decoder); ``text`` what it shows; ``rect`` where."""

    role: str
    step: int
    text: str
    rect: QRectF


@dataclass(frozen=True)
class Network:
    """What ``UnrolledNetwork.set_network`` was given (compared to skip a repeat)."""

    kind: str
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    cell: str = "LSTM"
    decoder_inputs: tuple[str, ...] = ()
    attention: bool = False


@dataclass(frozen=True)
class Column:
    """One time step before placement: its hidden box, its input and output (None: none)."""

    role: str  # hidden (encoder) or decoder
    hidden: str
    input: str | None
    output: str | None
    recurrent: bool  # an arrow from the previous step's box
    feedback: bool  # a dashed arrow from the previous step's output to this input


def columns_of(network: Network) -> list[Column]:
    """The time steps an architecture unrolls into (see ``UnrolledNetwork.set_network``)."""
    kind, inputs, outputs = network.kind, network.inputs, network.outputs

    def out(t: int) -> str:  # an output not given yet keeps its place: y_t
        return outputs[t] if t < len(outputs) else subscript("y", t + 1)

    def h(t: int) -> str:
        return subscript("h", t + 1)

    if kind == "one_to_one":  # no memory: independent columns, no recurrent arrow
        return [Column("hidden", h(t), x, out(t), False, False) for t, x in enumerate(inputs)]
    if kind == "many_to_many_aligned":
        return [Column("hidden", h(t), x, out(t), t > 0, False) for t, x in enumerate(inputs)]
    if kind == "many_to_one":
        last = outputs[-1] if outputs else subscript("y", len(inputs))
        end = len(inputs) - 1
        return [
            Column("hidden", h(t), x, last if t == end else None, t > 0, False)
            for t, x in enumerate(inputs)
        ]
    if kind == "one_to_many":
        if not inputs:
            return []
        # A prompt is read first; from its last step on, each output is the next input.
        steps = len(inputs) + max(len(outputs), 1) - 1
        columns = []
        for t in range(steps):
            k = t - len(inputs) + 1  # the output this step gives (negative: reading the prompt)
            x = inputs[t] if t < len(inputs) else out(k - 1)
            y = out(k) if k >= 0 else None
            columns.append(Column("hidden", h(t), x, y, t > 0, t >= len(inputs)))
        return columns
    encoder = [Column("hidden", h(t), x, None, t > 0, False) for t, x in enumerate(inputs)]
    given = network.decoder_inputs
    decoder = []
    for j in range(max(len(outputs), len(given), 1)):
        if given:
            x, fed = (given[j] if j < len(given) else None), False
        else:  # no decoder inputs given: it reads its own previous output
            x, fed = (out(j - 1) if j > 0 else None), j > 0
        decoder.append(Column("decoder", subscript("s", j + 1), x, out(j), j > 0, fed))
    return encoder + decoder


@dataclass
class Arrows:
    """Arrows of one style, ready to paint: straight shafts, dashed curves cut into short lines
    (a dashed curve stroked by Qt cost 0.2 ms each), heads as triangles (one polygon each:
    filling one path of 200 triangles cost 1.5 ms, the polygons 0.3 ms). Each list is in step
    order, with the step of each item beside it, so a paint takes only the steps in view."""

    lines: list[QLineF] = field(default_factory=list)
    dashes: list[QLineF] = field(default_factory=list)
    heads: list[QPolygonF] = field(default_factory=list)
    steps: dict[str, list[int]] = field(
        default_factory=lambda: {"lines": [], "dashes": [], "heads": []}
    )

    def add(self, kind: str, step: int, items: list) -> None:
        getattr(self, kind).extend(items)
        self.steps[kind].extend([step] * len(items))

    def window(self, kind: str, first: int, last: int) -> list:
        """The items of ``kind`` drawn for steps ``first`` to ``last`` (inclusive)."""
        marks = self.steps[kind]
        return getattr(self, kind)[bisect_left(marks, first) : bisect_right(marks, last)]


def curve_points(start: QPointF, end: QPointF, count: int = 24) -> list[QPointF]:
    """Points along an S-curve from ``start`` to ``end`` that leaves and arrives sideways."""
    bend = (end.x() - start.x()) * 0.9
    controls = (start, QPointF(start.x() + bend, start.y()), QPointF(end.x() - bend, end.y()), end)
    points = []
    for i in range(count + 1):
        u = i / count
        weights = ((1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u**3)
        x = sum(w * c.x() for w, c in zip(weights, controls))
        y = sum(w * c.y() for w, c in zip(weights, controls))
        points.append(QPointF(x, y))
    return points


def dashed(points: list[QPointF], dash: float, gap: float) -> list[QLineF]:
    """The dashes (``dash`` long, ``gap`` apart) along the polyline through ``points``, each
    one straight line from its start to its end (short: it follows the curve closely)."""
    dashes: list[QLineF] = []
    drawing, left, begun = True, dash, points[0]  # in a dash or a gap; what remains of it
    for a, b in zip(points, points[1:]):
        segment = QLineF(a, b)
        length, done = segment.length(), 0.0
        while length - done > 1e-6:
            step = min(left, length - done)
            done += step
            left -= step
            if left <= 1e-6:
                here = segment.pointAt(done / length)
                if drawing:
                    dashes.append(QLineF(begun, here))
                drawing, left, begun = not drawing, (gap if drawing else dash), here
    if drawing and left < dash:
        dashes.append(QLineF(begun, points[-1]))
    return dashes


class NetworkLayout:
    """Places a network for a font and a scale (GUI thread). After ``build``: ``boxes``,
    ``columns`` (one rectangle per step), ``arrows`` (by style: solid, context, feedback),
    ``labels`` ((rect, text, role)), ``texts`` (a prepared text per box) and ``size``."""

    def __init__(self, font: QFont, scale: float, words: dict[str, str] | None = None) -> None:
        self.font = QFont(font)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(font)
        self.em = self.metrics.height()
        self.scale = scale
        # The translated words it writes: context, encoder, decoder, attention.
        self.words = {word: word for word in WORDS} | (words or {})
        self.gap = GAP_EM * self.em
        self.head = HEAD_PX * scale
        self.step = 0  # the step being placed
        self.line = max(1.5, 1.8 * scale)  # arrow width (projector: at least 3 px)
        self.boxes: list[Box] = []
        self.box_steps: list[int] = []  # the step of each box (ascending)
        self.texts: list[tuple[QPointF, QStaticText]] = []
        self.columns: list[QRectF] = []
        self.lefts: list[float] = []  # the columns' edges, ascending, to find those in view
        self.rights: list[float] = []
        self.arrows = {"solid": Arrows(), "context": Arrows(), "feedback": Arrows()}
        self.labels: list[tuple[QRectF, str, str]] = []
        self.size = QSize(0, 0)
        self._widths: dict[str, float] = {}

    def build(self, network: Network) -> NetworkLayout:
        """Place every step of ``network``; return self."""
        em, steps = self.em, columns_of(network)
        margin, chip, tall, rise = 0.5 * em, 1.4 * em, 1.9 * em, ARROW_EM * em
        top = margin + (2 if network.attention else 1) * 1.3 * em
        rows = {"output": top, "hidden": top + chip + rise}
        rows["input"] = rows["hidden"] + tall + rise
        bottom = rows["input"] + chip
        context = self.words["context"]
        x = right = margin
        previous = None
        for t, step in enumerate(steps):
            self.step = t
            texts = [step.hidden, step.input, step.output]
            texts[1:] = [None if text is None else visible_token(text) for text in texts[1:]]
            width = max(HIDDEN_EM * em, *(self._width(text) for text in texts))
            if previous is not None:
                crossing = step.role != steps[t - 1].role
                room = QFontMetricsF(self.bold).horizontalAdvance(context) + 1.5 * em
                x += max(self.gap, room) if crossing else self.gap
            centre = x + width / 2
            hidden_width = max(HIDDEN_EM * em, self._width(texts[0]))
            hidden = self._box(step.role, t, texts[0], centre, rows["hidden"], hidden_width, tall)
            below = above = None
            if texts[1] is not None:
                below = self._box("input", t, texts[1], centre, rows["input"], 0, chip)
                self._arrow("solid", QPointF(centre, below.top()), QPointF(centre, hidden.bottom()))
            if texts[2] is not None:
                above = self._box("output", t, texts[2], centre, rows["output"], 0, chip)
                self._arrow("solid", QPointF(centre, hidden.top()), QPointF(centre, above.bottom()))
            if previous is not None:
                self._link(step, steps[t - 1], previous, hidden, below, context)
            self.columns.append(
                QRectF(x - 0.3 * em, top - 0.3 * em, width + 0.6 * em, bottom - top + 0.6 * em)
            )
            previous = (hidden, above)
            x += width
            right = x
        self.lefts = [column.left() for column in self.columns]
        self.rights = [column.right() for column in self.columns]
        self._group_labels(network, steps, margin)
        widest = max((rect.right() for rect, _, _ in self.labels), default=0.0)
        self.size = QSize(int(max(right, widest, 8 * em) + margin + 1), int(bottom + margin + 1))
        return self

    def _width(self, text: str | None) -> float:
        if text is None:
            return 0.0
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.metrics.horizontalAdvance(text) + 0.8 * self.em
        return width

    def _box(self, role: str, t: int, text: str, centre: float, y: float, width: float,
             height: float) -> QRectF:  # fmt: skip
        # Whole pixels: boxes are drawn from cached images (``UnrolledNetwork._sprite``).
        width = round(max(width, self._width(text), 1.6 * self.em))
        rect = QRectF(round(centre - width / 2), round(y), width, round(height))
        self.boxes.append(Box(role, t, text, rect))
        self.box_steps.append(t)
        font = self.italic if role in ("hidden", "decoder") else self.font
        static = _static_text(text, font)
        size = static.size()
        corner = QPointF(
            rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2
        )
        self.texts.append((corner, static))
        return rect

    def _arrow(self, style: str, start: QPointF, end: QPointF, curved: bool = False) -> None:
        """Add an arrow from ``start`` to ``end``; a curved one leaves and arrives sideways."""
        arrows, head = self.arrows[style], self.head
        if curved:
            tip = QPointF(end.x() - head, end.y())
            dashes = dashed(curve_points(start, tip), 4 * self.line, 2.5 * self.line)
            arrows.add("dashes", self.step, dashes)
            start = tip
        line = QLineF(start, end)
        if line.length() < 1e-6:
            return
        unit = line.unitVector()
        ux, uy = unit.dx(), unit.dy()
        shaft = QLineF(start, QPointF(end.x() - ux * head * 0.8, end.y() - uy * head * 0.8))
        arrows.add("lines", self.step, [shaft])
        back = QPointF(end.x() - ux * head, end.y() - uy * head)
        side = QPointF(-uy * head * 0.5, ux * head * 0.5)
        arrows.add("heads", self.step, [QPolygonF([end, back + side, back - side])])

    def _link(self, step: Column, before: Column, previous, hidden, below, context) -> None:
        """The arrows from the previous step: recurrent, context, or a fed-back output."""
        last_hidden, last_above = previous
        start = QPointF(last_hidden.right(), last_hidden.center().y())
        end = QPointF(hidden.left(), hidden.center().y())
        if step.role != before.role:  # encoder → decoder: the context vector
            self._arrow("context", start, end)
            width = QFontMetricsF(self.bold).horizontalAdvance(context) + 4
            label = QRectF((start.x() + end.x() - width) / 2, hidden.top() - 0.2 * self.em,
                           width, self.em)  # fmt: skip
            self.labels.append((label, context, "context"))
        elif step.recurrent:
            self._arrow("solid", start, end)
        if step.feedback and last_above is not None and below is not None:
            self._arrow(
                "feedback",
                QPointF(last_above.right(), last_above.center().y()),
                QPointF(below.left(), below.center().y()),
                curved=True,
            )

    def _group_labels(self, network: Network, steps: list[Column], margin: float) -> None:
        """The cell's name over the first step; encoder, decoder and attention for seq2seq."""
        if not steps:
            return
        band = 1.3 * self.em
        y = margin + (band if network.attention else 0.0)
        if network.kind != "many_to_many_seq2seq":
            self._label(self.columns[0].left(), y, network.cell, "cell")
            return
        encoder = [c for c, s in zip(self.columns, steps) if s.role == "hidden"]
        decoder = [c for c, s in zip(self.columns, steps) if s.role == "decoder"]
        if encoder:
            self._label(encoder[0].left(), y, f"{self.words['encoder']} · {network.cell}", "cell")
            if network.attention:
                left, width = encoder[0].left(), encoder[-1].right() - encoder[0].left()
                self.labels.append((QRectF(left, margin, width, band * 0.95), "", "bracket"))
                self._label(left + 0.4 * self.em, margin - 0.2 * self.em, self.words["attention"],
                            "context")  # fmt: skip
        self._label(decoder[0].left(), y, f"{self.words['decoder']} · {network.cell}", "decoder")

    def _label(self, x: float, y: float, text: str, role: str) -> None:
        width = QFontMetricsF(self.bold).horizontalAdvance(text) + 4
        self.labels.append((QRectF(x, y, width, 1.2 * self.em), text, role))


_STATIC_TEXTS: dict[tuple[str, str], QStaticText] = {}


def _static_text(text: str, font: QFont) -> QStaticText:
    """A prepared text, shared by every layout: a network is laid out again at each snapshot of
    a run (its outputs change), and preparing ~150 texts each time took ~20 ms."""
    key = (text, font.key())
    static = _STATIC_TEXTS.get(key)
    if static is None:
        if len(_STATIC_TEXTS) > 4096:
            _STATIC_TEXTS.clear()
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)  # "<s>" is a token, not markup
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        static.prepare(QTransform(), font)
        _STATIC_TEXTS[key] = static
    return static
