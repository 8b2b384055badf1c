"""Long memory: accuracy against the gap G for an RNN, a GRU and an LSTM on a
remember-the-first-token task."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.memory import MAX_GAP, MAX_STEPS, MemoryResult, long_memory_sweep
from lab_app.core.rnn.models import CELLS
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.lstm_gradients_page import ComparisonNote, GateInitBox, GruNote
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.form_state import set_widget_values, widget_values

CELL_NAMES = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}


def parse_gaps(text: str) -> list[int]:
    """Parse ``5, 10, 20`` into whole gaps ≥ 0; raise ValueError with a clear message."""
    try:
        gaps = [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        wrong = QT_TRANSLATE_NOOP(
            "core", "gaps must be whole numbers separated by commas, got {text}"
        )
        raise ValueError(say(wrong, text=repr(text))) from None
    if not gaps or any(g < 0 or g > MAX_GAP for g in gaps):
        text = QT_TRANSLATE_NOOP("core", "give at least one gap, each between 0 and {most}")
        raise ValueError(say(text, most=MAX_GAP))
    return sorted(set(gaps))


class MemoryPage(RunPage):
    """Sweeps the gap and plots held-out accuracy of each cell against chance."""

    demo_budget_s = 60.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.gaps = QLineEdit("5, 10, 20, 40, 70, 100")
        self.gaps.setMaxLength(120)  # a dozen gaps; a pasted novel is cut, not echoed
        self.gaps.setToolTip(self.tr("Gaps G to try, separated by commas"))
        self.steps = QSpinBox()
        self.steps.setRange(10, MAX_STEPS)
        self.steps.setValue(300)
        self.steps.setToolTip(self.tr("Training steps for each cell at each gap"))
        self.plot = CurvePlot(
            self.tr("Accuracy after a gap of G distractors"), self.tr("gap G"), self.tr("accuracy")
        )
        self.plot.plot.setYRange(0, 1.05)
        self.explain = QLabel(
            self.tr(
                "Each sequence starts with one of 4 symbols, then G distractor tokens, then a "
                "question: which symbol came first? Chance is 1/4. The answer depends only on the "
                "first token."
            )
        )
        self.explain.setWordWrap(True)
        self.gate_init = GateInitBox()
        self.comparison = ComparisonNote()
        self.gate_init.currentIndexChanged.connect(self._on_gate_init_changed)
        self._on_gate_init_changed()
        self.results: dict[str, dict[int, float]] = {}
        self.chance = 0.0
        self._layout()

    def _layout(self) -> None:
        settings = QGroupBox(self.tr("Sweep"))
        form = QFormLayout(settings)
        # The list needs the column's whole width: its label goes above it.
        gaps_label = QLabel(self.tr("Gaps"))
        gaps_label.setBuddy(self.gaps)
        form.addRow(gaps_label)
        form.addRow(self.gaps)
        form.addRow(self.tr("Steps per gap"), self.steps)
        # Label above the box: side by side they would not fit the column in projector mode.
        gate_label = QLabel(self.tr("Gate initialisation"))
        gate_label.setBuddy(self.gate_init)
        form.addRow(gate_label)
        form.addRow(self.gate_init)
        form.addRow(self.explain)
        form.addRow(GruNote())
        body = QVBoxLayout()
        # Above the plot, not in the settings column: it stays in view when the column is hidden.
        body.addWidget(self.comparison)
        body.addWidget(self.plot, 1)
        self.place(settings, body)

    def _fields(self) -> dict[str, QWidget]:
        return {"gaps": self.gaps, "steps": self.steps, "gate_init": self.gate_init}

    def _on_gate_init_changed(self) -> None:
        # Chrono's T is each run's sequence length: the gap, the symbol and the question.
        self.comparison.show_setting(self.gate_init.currentData(), "G + 2")

    def start(self, gaps: list[int] | None = None, steps: int | None = None) -> int:
        try:
            gaps = gaps or parse_gaps(self.gaps.text())
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return 0
        self.messages.clear()
        self.results = {}
        self.plot.clear_curves()
        return self.runner.start(
            long_memory_sweep,
            gaps,
            CELLS,
            steps or self.steps.value(),
            self.controls.seed.value(),
            gate_init=self.gate_init.currentData(),
        )

    def start_demo(self) -> bool:
        return bool(self.start(gaps=[5, 10, 20, 40], steps=200))

    def session(self) -> dict:
        return {
            "settings": widget_values(self._fields()),
            "seed": self.controls.seed.value(),
            "results": self.results,
            "chance": self.chance,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self._fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        for cell, points in session["results"].items():
            for gap, accuracy in points.items():
                self.on_event(MemoryResult(cell, gap, accuracy, session["chance"]))

    def on_event(self, event) -> None:
        if isinstance(event, MemoryResult):
            points = self.results.setdefault(event.cell, {})
            points[event.gap] = event.accuracy
            self.chance = event.chance
            gaps = sorted(points)
            self.plot.set_curve(
                CELL_NAMES.get(event.cell, event.cell), gaps, [points[g] for g in gaps]
            )
            self.plot.set_reference(
                event.chance, self.tr("chance %1").replace("%1", decimal(event.chance))
            )

    def failure_text(self, error: BaseException) -> str:
        return self.tr("The sweep stopped: %1").replace("%1", translated(error))
