"""The text-generation panel: a seed, a temperature slider, and the model typing with its
top-k next-character probabilities shown as bars at each step."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.rnn_panels import shown_token
from lab_app.qt.widgets.form_fields import spin_box
from lab_app.qt.widgets.plot_panel import PlotPanel

TYPE_INTERVAL_MS = 30
CHARS_PER_TICK = 3  # about 100 characters a second: fast, but a student can follow it
DEFAULT_SEED = "El "
MAX_LENGTH_TYPED = 1_000_000  # "everything that is left"


class TopKBars(PlotPanel):
    """The model's top-k probabilities for the next character, as bars."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Next character: top-k probabilities p(x_{t+1} | x_1…x_t)"), parent
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.plot.addItem(self.bars)
        self.plot.setLabel("left", self.tr("probability"))
        self.plot.setLabel("bottom", self.tr("candidate character"))
        self.plot.setYRange(0, 1, padding=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.chosen = ""
        self.set_hint(self.tr("Train a model, then Generate"))
        self.restyle(theme_mod.current())

    def has_data(self) -> bool:
        return bool(self.chosen)

    def show_step(self, chars: tuple[str, ...], probs: tuple[float, ...], chosen: str) -> None:
        self.chosen = chosen
        x = np.arange(len(chars))
        theme = theme_mod.current()
        brushes = [
            pg.mkBrush(theme.series_colour(4 if c == chosen else 0)) for c in chars
        ]  # the drawn character in another colour
        self.bars.setOpts(x=x, height=np.asarray(probs), width=0.7, brushes=brushes)
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(i, shown_token(c)) for i, c in enumerate(chars)]])
        self.plot.setXRange(-0.6, max(len(chars), 1) - 0.4, padding=0)
        self.update_hint()


class GenerationPanel(QWidget):
    """Seed, temperature T, top-k and length; ``generate_requested`` asks the page to sample."""

    generate_requested = Signal()
    typed = Signal(str)  # the whole generated text, once typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.seed = QLineEdit(DEFAULT_SEED)
        self.seed.setMaxLength(500)
        self.seed.setToolTip(self.tr("The text the model continues (its first inputs)"))
        self.temperature = QSlider(Qt.Orientation.Horizontal)
        self.temperature.setRange(0, 200)
        self.temperature.setValue(80)
        self.temperature.setToolTip(
            self.tr(
                "Temperature T divides the scores before the softmax: low T picks the likely "
                "characters (repetitive), high T takes risks (creative, then nonsense). T = 0: "
                "always the most likely"
            )
        )
        self.temperature_label = QLabel()
        self.top_k = spin_box(1, 10, 5, self.tr("How many candidate characters the bars show"))
        self.length = spin_box(1, 2000, 200, self.tr("Characters to generate"), step=50)
        self.button = QPushButton(self.tr("Generate"))
        self.button.setEnabled(False)
        self.button.setToolTip(self.tr("Sample new text from the trained model"))
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(self.tr("Train a model (Start), then Generate"))
        self.bars = TopKBars()
        self._typing = QTimer(self, interval=TYPE_INTERVAL_MS)
        self._typing.timeout.connect(self._type_more)
        self._steps: list = []  # the GenerationSteps typed so far
        self._pending = None  # the iterator still to type, while typing
        self._layout()
        self._show_temperature()
        self.temperature.valueChanged.connect(self._show_temperature)
        self.button.clicked.connect(self.generate_requested)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Seed"), self.seed)
        row = QHBoxLayout()
        row.addWidget(self.temperature, 1)
        row.addWidget(self.temperature_label)
        form.addRow(self.tr("Temperature"), row)
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("top-k")))
        sizes.addWidget(self.top_k)
        sizes.addWidget(QLabel(self.tr("length")))
        sizes.addWidget(self.length)
        sizes.addStretch(1)
        sizes.addWidget(self.button)
        form.addRow(sizes)
        # The bars are a panel of their own (the page places them): each can be focused.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.output, 1)

    def temperature_value(self) -> float:
        return self.temperature.value() / 100

    def _show_temperature(self) -> None:
        value = self.temperature_value()
        text = "T = " + decimal(value, 2)
        if value == 0:
            text += " " + self.tr("(greedy)")
        self.temperature_label.setText(text)

    def show_generation(self, seed: str, steps, animate: bool = True) -> None:
        """Type the characters of ``steps`` (an iterator of GenerationStep, sampled as they
        are typed: a few per turn, never one long frame) after ``seed``; all at once when not
        ``animate``. ``typed`` fires with the whole text when done."""
        self.finish_typing()
        self._steps, self._pending = [], steps
        self.output.setPlainText(seed)
        if animate:
            self._typing.start()
        else:
            self.finish_typing()

    def _type_more(self, count: int = CHARS_PER_TICK) -> None:
        new = []
        for step in self._pending:
            new.append(step)
            if len(new) >= count:
                break
        self._steps.extend(new)
        self.output.moveCursor(self.output.textCursor().MoveOperation.End)
        self.output.insertPlainText("".join(step.char for step in new))
        self._show_bars(len(self._steps) - 1)
        if len(new) < count:  # the iterator is spent
            self._typing.stop()
            self._pending = None
            self.typed.emit("".join(step.char for step in self._steps))

    def _show_bars(self, index: int) -> None:
        if 0 <= index < len(self._steps):
            step = self._steps[index]
            self.bars.show_step(step.top_chars, step.top_probs, step.char)

    def finish_typing(self) -> None:
        """Show the whole text now (a screenshot, or a new generation)."""
        self._typing.stop()
        if self._pending is not None:
            self._type_more(MAX_LENGTH_TYPED)

    def text(self) -> str:
        """The generated characters typed so far (the seed excluded)."""
        return "".join(step.char for step in self._steps)
