"""Parameter count ("Primer quiz!"): the lecture's formula against what torch's nn.LSTM holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.base import Page


class ParamsPage(Page):
    """Sliders for d_x and d_h; both formulas, the real count, and a per-matrix breakdown."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.d_x, self.d_x_slider = self._size_input(32, self.tr("d_x: size of the input x_t"))
        self.d_h, self.d_h_slider = self._size_input(64, self.tr("d_h: size of h_t and C_t"))
        self.lecture = QLabel()
        self.torch = QLabel()
        self.real = QLabel()
        self.difference = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00")
        for label in (self.lecture, self.torch, self.real, self.difference):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
        for label in (self.lecture, self.torch):
            # The two formulas are the quiz's answer: large enough for the back row.
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            label.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("tensor"), self.tr("shape"), self.tr("parameters")]
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):  # tensor names and shapes in full, also with projector fonts
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self._layout()
        self.update_counts()

    def session(self) -> dict:
        return {"d_x": self.d_x.value(), "d_h": self.d_h.value()}

    def restore(self, session: dict) -> None:
        self.d_x.setValue(session["d_x"])
        self.d_h.setValue(session["d_h"])

    def _size_input(self, value: int, tip: str) -> tuple[QSpinBox, QSlider]:
        spin = QSpinBox()
        spin.setRange(0, 1_000_000)  # out-of-range values get a message from the core
        spin.setValue(value)
        spin.setToolTip(tip)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(1, 512)
        slider.setValue(value)
        slider.setToolTip(tip)
        slider.valueChanged.connect(spin.setValue)
        spin.valueChanged.connect(lambda v: self._sync(slider, v))
        return spin, slider

    def _sync(self, slider: QSlider, value: int) -> None:
        slider.blockSignals(True)
        slider.setValue(max(1, min(value, slider.maximum())))
        slider.blockSignals(False)
        self.update_counts()

    def _layout(self) -> None:
        sizes = QGroupBox(self.tr("Sizes"))
        form = QFormLayout(sizes)
        for name, spin, slider in (
            ("d<sub>x</sub>", self.d_x, self.d_x_slider),
            ("d<sub>h</sub>", self.d_h, self.d_h_slider),
        ):
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(spin)
            form.addRow(name, row)
        counts = QVBoxLayout()
        for label in (self.error, self.lecture, self.torch, self.real, self.difference):
            counts.addWidget(label)
        counts.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(sizes)
        layout.addLayout(counts, 1)

    def update_counts(self) -> None:
        """Recompute both formulas and torch's own count for the current sizes (GUI thread)."""
        from lab_app.core.lstm.params import parameter_count

        d_x, d_h = self.d_x.value(), self.d_h.value()
        try:
            counts = parameter_count(d_x, d_h)
        except ValueError as error:
            # Out of the core's range: say so, and show no counts that belong to other sizes.
            self.error.setText(translated(error))
            self.error.show()
            for label in (self.lecture, self.torch, self.real, self.difference):
                label.clear()
            self.table.setRowCount(0)
            return
        self.error.hide()
        self.lecture.setText(
            self.tr(
                "<b>Lecture</b> (one bias per gate): 4·(d<sub>h</sub> + d<sub>x</sub> + 1)·d<sub>h</sub> = 4·(%1 + %2 + 1)·%1 = <b>%3</b>"
            )
            .replace("%1", str(d_h))
            .replace("%2", str(d_x))
            .replace("%3", whole(counts["lecture"]))
        )
        self.torch.setText(
            self.tr(
                "<b>torch nn.LSTM</b> (two biases, b<sub>ih</sub> and b<sub>hh</sub>): 4·d<sub>h</sub>·(d<sub>x</sub> + d<sub>h</sub> + 2) = <b>%1</b>"
            ).replace("%1", whole(counts["torch"]))
        )
        self.difference.setText(
            self.tr(
                "Difference 4·d<sub>h</sub> = %1: torch adds b<sub>ih</sub> + b<sub>hh</sub>, so the pair acts as the lecture's single b; the extra vector changes nothing the model can express."
            ).replace("%1", whole(counts["difference"]))
        )
        self.real.setText(self._real_count(d_x, d_h))
        self._fill_table(counts["breakdown"])

    def _real_count(self, d_x: int, d_h: int) -> str:
        # torch's own module, built on the meta device: shapes only, so any size is instant.
        from lab_app.core.lstm.params import torch_lstm_parameter_count

        total = torch_lstm_parameter_count(d_x, d_h)
        counted = (
            self.tr("Counted on a real nn.LSTM(%1, %2): sum(p.numel()) = <b>%3</b>")
            .replace("%1", str(d_x))
            .replace("%2", str(d_h))
            .replace("%3", whole(total))
        )
        return counted + " " + self.tr("(on the meta device: shapes only, no memory)")

    def _fill_table(self, rows) -> None:
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate(
                (row.name, " × ".join(map(str, row.shape)), whole(row.count))
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))
