"""Settings column of an RNN-tab task: the cell, sizes, budget, data, and save / load."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.rnn.tasks.base import TaskConfig
from lab_app.qt.widgets.form_fields import spin_box
from lab_app.qt.widgets.settings_scroll import SettingsScroll

CELL_LABELS = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}


class TaskSettings(QWidget):
    """The model's settings (``config(seed)`` gives a TaskConfig), a data box a page fills,
    and the Save / Load buttons."""

    def __init__(self, defaults: TaskConfig, parent: QWidget | None = None):
        super().__init__(parent)
        self.cell = QComboBox()
        for key, label in CELL_LABELS.items():
            self.cell.addItem(label, key)
        self.cell.setCurrentIndex(self.cell.findData(defaults.cell))
        self.cell.setToolTip(
            self.tr(
                "The recurrent cell (torch modules): vanilla RNN h_t = tanh(W h_{t-1} + U x_t + b), "
                "GRU, or LSTM. Same seed and data: change only this to compare them"
            )
        )
        self.d_h = spin_box(
            1, 512, defaults.hidden_size, self.tr("d_h: size of the hidden state h_t (units)")
        )
        self.d_x = spin_box(
            1, 256, defaults.embedding_dim, self.tr("d_x: size of the input vector x_t")
        )
        self.batch = spin_box(1, 512, defaults.batch_size, self.tr("Sequences per training step"))
        self.steps = spin_box(
            1, 100_000, defaults.max_steps, self.tr("Training steps (batches)"), step=50
        )
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(4)
        self.learning_rate.setRange(0.0001, 100.0)
        self.learning_rate.setSingleStep(0.001)
        self.learning_rate.setValue(defaults.learning_rate)
        self.learning_rate.setToolTip(
            self.tr(
                "Adam's learning rate; try 10 to see training diverge (the last good weights are kept)"
            )
        )
        self.data = QGroupBox(self.tr("Data"))
        self.data_form = QFormLayout(self.data)
        self.save = QPushButton(self.tr("Save model…"))
        self.save.setToolTip(self.tr("Save the trained weights (safetensors) and settings (JSON)"))
        self.save.setEnabled(False)
        self.load = QPushButton(self.tr("Load model…"))
        self.load.setToolTip(self.tr("Open a model saved from this page"))
        self._layout()

    def _layout(self) -> None:
        model = QGroupBox(self.tr("Model"))
        form = QFormLayout(model)
        form.addRow(self.tr("Cell"), self.cell)
        form.addRow("d<sub>h</sub>", self.d_h)
        form.addRow("d<sub>x</sub>", self.d_x)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        files = QHBoxLayout()
        files.addWidget(self.save)
        files.addWidget(self.load)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(model)
        column.addWidget(self.data)
        column.addLayout(files)
        column.addStretch(1)
        # On a 768-px projector the notes may not all fit: the column scrolls, never cuts.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(SettingsScroll(content))

    def add_data_row(self, label: str, field: QWidget) -> None:
        """Add a row to the data box (a page's source of examples)."""
        if label:
            self.data_form.addRow(label, field)
        else:
            self.data_form.addRow(field)

    def add_note(self, text: str) -> QLabel:
        """Add a wrapped explanation under the data rows."""
        note = QLabel(text)
        note.setWordWrap(True)
        self.data_form.addRow(note)
        return note

    def config(self, seed: int) -> TaskConfig:
        """The TaskConfig these fields describe (the core checks the values)."""
        return TaskConfig(
            cell=self.cell.currentData(),
            hidden_size=self.d_h.value(),
            embedding_dim=self.d_x.value(),
            batch_size=self.batch.value(),
            learning_rate=self.learning_rate.value(),
            max_steps=self.steps.value(),
            seed=seed,
        )

    def show_config(self, config: TaskConfig) -> None:
        """Put ``config``'s values in the fields (after loading a model)."""
        self.cell.setCurrentIndex(self.cell.findData(config.cell))
        self.d_h.setValue(config.hidden_size)
        self.d_x.setValue(config.embedding_dim)
        self.batch.setValue(config.batch_size)
        self.learning_rate.setValue(config.learning_rate)
        self.steps.setValue(config.max_steps)

    def fields(self) -> dict[str, QWidget]:
        return {
            "cell": self.cell,
            "d_h": self.d_h,
            "d_x": self.d_x,
            "batch": self.batch,
            "steps": self.steps,
            "learning_rate": self.learning_rate,
        }
