"""Settings form of the LSTM language model (lecture notation: d_x, d_h)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lab_app.core.lstm.config import LIMITS
from lab_app.qt.widgets.form_fields import spin_box

DEFAULT_PROBE = "El niño dijo: «mañana lloverá».\n"


class LstmSettings(QGroupBox):
    """Hyper-parameters and the probe sentence; ``config_values()`` gives LstmConfig kwargs."""

    probe_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Model"), parent)
        self.level = QComboBox()
        self.level.addItem(self.tr("characters"), "char")
        self.level.addItem(self.tr("words"), "word")
        self.level.setToolTip(self.tr("What the model reads at each step t: a character or a word"))
        # The core's limits (a step Stop can interrupt within 0.5 s, a snapshot of the probe in
        # 0.25 s); zero is allowed on purpose: the core explains why it is not a valid size.
        self.d_x = spin_box(
            0, LIMITS["embedding_dim"][1], 32,
            self.tr("d_x: size of the input vector x_t (the embedding)"),
        )  # fmt: skip
        self.d_h = spin_box(
            0, LIMITS["hidden_size"][1], 64,
            self.tr("d_h: size of the memory C_t and the output h_t (units)"),
        )  # fmt: skip
        self.seq_len = spin_box(
            2, LIMITS["seq_len"][1], 64,
            self.tr("Steps of back-propagation through time per sequence"),
        )  # fmt: skip
        self.batch_size = spin_box(
            1, LIMITS["batch_size"][1], 32, self.tr("Sequences per training step")
        )
        self.steps = spin_box(1, LIMITS["max_steps"][1], 1500, self.tr("Training steps (batches)"))
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0001, 100.0)
        self.learning_rate.setValue(0.01)
        self.learning_rate.setSingleStep(0.001)
        self.learning_rate.setToolTip(
            self.tr("Adam's learning rate; try 10 to see training diverge")
        )
        self.clip = QDoubleSpinBox()
        self.clip.setRange(0.0, 100.0)
        self.clip.setValue(1.0)
        self.clip.setToolTip(
            self.tr("Gradient-norm clipping (0 = off): guards against exploding gradients")
        )
        self.probe = QLineEdit(DEFAULT_PROBE.replace("\n", "\\n"))
        # The probe holds at most MAX_PROBE_UNITS (400) units; words need more characters.
        self.probe.setMaxLength(4000)
        self.probe.setToolTip(self.tr("The sentence whose gates are shown; \\n is a line break"))
        self.apply_probe = QPushButton(self.tr("Show this sentence"))
        self.apply_probe.setToolTip(self.tr("Switch the probe sentence, also while training"))
        form = QFormLayout(self)
        form.addRow(self.tr("Level"), self.level)
        form.addRow("d<sub>x</sub>", self.d_x)
        form.addRow("d<sub>h</sub>", self.d_h)
        form.addRow(self.tr("Sequence length"), self.seq_len)
        form.addRow(self.tr("Batch"), self.batch_size)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("Clipping"), self.clip)
        form.addRow(self.tr("Probe"), self.probe)
        form.addRow(self.apply_probe)
        self.apply_probe.clicked.connect(lambda: self.probe_changed.emit(self.probe_text()))
        self.probe.returnPressed.connect(self.apply_probe.click)

    def fields(self) -> dict[str, QWidget]:
        """The form's widgets by name (to save and restore their values)."""
        names = ("level", "d_x", "d_h", "seq_len", "batch_size", "steps", "learning_rate", "clip")
        return {name: getattr(self, name) for name in (*names, "probe")}

    def probe_text(self) -> str:
        """The probe with ``\\n`` turned into a line break."""
        return self.probe.text().replace("\\n", "\n")

    def config_values(self, seed: int) -> dict:
        """Return the settings as LstmConfig keyword arguments."""
        return {
            "level": self.level.currentData(),
            "embedding_dim": self.d_x.value(),
            "hidden_size": self.d_h.value(),
            "seq_len": self.seq_len.value(),
            "batch_size": self.batch_size.value(),
            "max_steps": self.steps.value(),
            "learning_rate": self.learning_rate.value(),
            "clip": self.clip.value(),
            "probe": self.probe_text(),
            "seed": seed,
        }
