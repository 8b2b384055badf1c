"""Long memory: accuracy against the gap G for an RNN and an LSTM on a remember-the-first-token task."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.events import Progress
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.message_bar import MessageBar
from lab_app.qt.widgets.run_controls import RunControls
from lab_app.qt.workers import JobRunner

CELL_NAMES = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}


def parse_gaps(text: str) -> list[int]:
    """Parse ``5, 10, 20`` into whole gaps ≥ 0; raise ValueError with a clear message."""
    try:
        gaps = [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise ValueError(f"gaps must be whole numbers separated by commas, got {text!r}") from None
    if not gaps or any(g < 0 or g > 5000 for g in gaps):
        raise ValueError("give at least one gap, each between 0 and 5000")
    return sorted(set(gaps))


class MemoryPage(QWidget):
    """Sweeps the gap and plots held-out accuracy of each cell against chance."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = JobRunner(self)
        self.messages = MessageBar()
        self.controls = RunControls()
        self.gaps = QLineEdit("5, 10, 20, 40, 70, 100")
        self.gaps.setToolTip(self.tr("Gaps G to try, separated by commas"))
        self.steps = QSpinBox()
        self.steps.setRange(10, 100_000)
        self.steps.setValue(300)
        self.steps.setToolTip(self.tr("Training steps for each cell at each gap"))
        self.plot = CurvePlot(
            self.tr("Accuracy after a gap of G distractors"), self.tr("gap G"), self.tr("accuracy")
        )
        self.plot.plot.setYRange(0, 1.05)
        self.explain = QLabel(
            self.tr(
                "Each sequence starts with one of 4 symbols, then G distractor tokens, then a question: "
                "which symbol came first? Chance is 1/4. The answer depends only on the first token."
            )
        )
        self.explain.setWordWrap(True)
        self.results: dict[str, dict[int, float]] = {}
        self._layout()
        self.controls.start_requested.connect(self.start)
        self.controls.stop_requested.connect(self.runner.stop)
        self.runner.busy_changed.connect(self.controls.set_busy)
        self.runner.event.connect(self._on_event)
        self.runner.succeeded.connect(lambda _: self.finished.emit())
        self.runner.failed.connect(self._on_failed)

    def _layout(self) -> None:
        settings = QGroupBox(self.tr("Sweep"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Gaps"), self.gaps)
        form.addRow(self.tr("Steps per gap"), self.steps)
        form.addRow(self.explain)
        settings.setMaximumWidth(300)
        body = QHBoxLayout()
        body.addWidget(settings)
        body.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.messages)
        layout.addWidget(self.controls)
        layout.addLayout(body, 1)

    def start(self, gaps: list[int] | None = None, steps: int | None = None) -> int:
        from lab_app.core.rnn.memory import long_memory_sweep

        try:
            gaps = gaps or parse_gaps(self.gaps.text())
        except ValueError as error:
            self.messages.show_message(str(error), "error")
            return 0
        self.messages.hide()
        self.results = {}
        self.plot.clear_curves()
        return self.runner.start(
            long_memory_sweep,
            gaps,
            ("rnn", "lstm"),
            steps or self.steps.value(),
            self.controls.seed.value(),
        )

    def _on_event(self, event) -> None:
        from lab_app.core.rnn.memory import MemoryResult

        if isinstance(event, Progress):
            self.controls.show_progress(event)
        elif isinstance(event, MemoryResult):
            points = self.results.setdefault(event.cell, {})
            points[event.gap] = event.accuracy
            gaps = sorted(points)
            self.plot.set_curve(
                CELL_NAMES.get(event.cell, event.cell), gaps, [points[g] for g in gaps]
            )
            self.plot.set_reference(
                event.chance, self.tr("chance %1").replace("%1", f"{event.chance:.2f}")
            )

    def _on_failed(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        self.messages.show_message(
            self.tr("The sweep stopped: %1").replace("%1", str(error)), "error", details
        )
        self.finished.emit()
