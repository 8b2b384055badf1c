"""One to one vs recurrent: the same next-character task with and without memory, both losses
on one plot, so that "memory helps" is seen, not told."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics
from lab_app.core.rnn.tasks.jobs import Tagged, TaskReady, TaskRun, memory_job
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.rnn_generation_page import char_sources
from lab_app.qt.tabs.rnn_panels import HiddenView
from lab_app.qt.tabs.rnn_settings import CELL_LABELS, TaskSettings
from lab_app.qt.tabs.rnn_task_page import BASELINE_STYLE, RnnTaskPage

NO_MEMORY_STYLE = (5, True)  # its own colour, dashed: it differs from the cells in kind


class MemoryPage(RnnTaskPage):
    """Trains a one-to-one network and a recurrent one in turns on the same characters."""

    task_key = "one_to_one"
    probe_kind = "many_to_many_aligned"
    defaults = TaskConfig(cell="lstm", hidden_size=64, embedding_dim=32, max_steps=500)
    demo_steps = 250

    def __init__(self, state, parent: QWidget | None = None):
        self.no_memory = HiddenView(self.tr("One to one: hidden layer (no memory)"))
        super().__init__(state, parent)
        self.no_memory.set_axis_titles(self.tr("hidden unit"), self.tr("token (step t)"))
        self.parameters: dict[str, int] = {}
        label = self.try_input.parameters  # sized for its widest text: no relayout at Start
        widest = self._parameters_text(whole(999_999), whole(999_999))
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest))
        self.comparison.setText(
            self.tr(
                "Same characters, split, seed, d_h, d_x, batch and steps for both. Differs: the "
                "one-to-one network sees only x_t; the recurrent one also h_{t-1} (memory)."
            )
        )

    def add_data_settings(self, settings: TaskSettings) -> None:
        self.source = char_sources(self)
        settings.add_data_row(self.tr("Text"), self.source)
        settings.add_note(
            self.tr(
                "Both networks predict the next character. The one-to-one network reads only the "
                "current character x_t: after 'q' it can guess 'u', but after 'e' it cannot know "
                "the word."
            )
        )

    def task_panels(self) -> list[tuple[QWidget, str]]:
        return [(self.no_memory, self.tr("No memory"))]

    def data_source(self) -> object:
        return self.source.source()

    def input_placeholder(self) -> str:
        return self.tr("Any text")

    def accepted_keys(self) -> tuple[str, ...]:
        return ("one_to_many", "one_to_one")

    def job(self, config: TaskConfig, source: object):
        return memory_job, (config, source)

    def _names(self, config: TaskConfig) -> dict[str, str]:
        cell = CELL_LABELS[config.cell]
        return {
            "one_to_one": self.tr("one to one"),
            "one_to_many": cell,
        }

    def _add_first_series(self) -> None:
        self._add_series(self._names(self.defaults))
        self.score.reset_series(self.tr("baseline"), BASELINE_STYLE)

    def _add_series(self, names: dict[str, str]) -> None:
        for key, name in names.items():
            style = NO_MEMORY_STYLE if key == "one_to_one" else None
            self.loss.reset_series(name, style)
            self.score.reset_series(name, style)

    def _prepare_curves(self, config: TaskConfig) -> None:
        names = self._names(config)
        if list(names.values()) != self.loss.series_names()[: len(names)]:
            self.loss.clear()  # another cell: the curves start afresh
            self.score.clear()
        self.names = names
        self._add_series(names)
        self.loss.x_span = self.score.x_span = config.max_steps
        self.parameters = {}

    def on_event(self, event: object) -> None:
        if not isinstance(event, Tagged):
            return
        key, inner = event.model, event.event
        if isinstance(inner, TaskReady):
            self.parameters[key] = inner.parameters
            if key == "one_to_many":
                self.show_ready(inner)
            self._show_parameters()
        elif isinstance(inner, TaskMetrics):
            self.show_metrics(self.names[key], inner)
        elif isinstance(inner, HiddenSnapshot):
            if key == "one_to_many":
                self.show_snapshot(inner)
            else:
                self.updates.put("no-memory", lambda: self.no_memory.show_snapshot(inner))

    def _show_parameters(self) -> None:
        counts = [whole(self.parameters[k]) if k in self.parameters else "—" for k in self.names]
        self.try_input.parameters.setText(self._parameters_text(*counts))

    def _parameters_text(self, one_to_one: str, recurrent: str) -> str:
        text = self.tr("Parameters: one to one %1, recurrent %2.")
        return text.replace("%1", one_to_one).replace("%2", recurrent)

    def show_evaluation(self, run: TaskRun) -> None:
        figures = run.figures
        text = self.tr(
            "Held-out next-character accuracy: with memory %1, without %2 (baseline %3)."
        )
        for marker, value in (
            ("%1", figures["value"]),
            ("%2", figures["one_to_one_accuracy"]),
            ("%3", figures["baseline"]),
        ):
            text = text.replace(marker, decimal(value, 3))
        self.messages.show_message(text, "info")

    def session(self) -> dict:
        return {**super().session(), "parameters": self.parameters}

    def restore(self, session: dict) -> None:
        self.names = self._names(self.settings.config(0))
        super().restore(session)
        self.parameters = session.get("parameters", {})
