"""An RNN-tab task page: pick the architecture, train its task live, look inside, try inputs.

Every task page shares this frame (a subclass names its task, its data and its own panel):
the five architectures on top (the page's one lit), the settings column, and panels for the
loss, the held-out metric beside its baseline, h_t on a fixed probe (units × time), the
network unrolled over that probe, and a box to run the trained model on any input.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics
from lab_app.core.rnn.tasks.jobs import TaskReady, TaskRun, task_job
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.rnn_panels import ArchitectureHeader, ComparisonLine, HiddenView, TryInput
from lab_app.qt.tabs.rnn_settings import CELL_LABELS, TaskSettings
from lab_app.qt.tabs.rnn_storage import StorageButtons
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.loss_curve import LossCurve
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.widgets.unrolled_network import UnrolledNetworkView

PANEL_MIN = QSize(300, 180)
UNROLLED_EVERY_S = 2.0
COMPACT_BELOW_PX = 560  # page height (normal scale) under which the strip becomes a row
LOSS_REDRAW_S = 0.25
# The page of each architecture, for the strip's clicks.
PAGE_OF = {
    "one_to_one": "one_to_one",
    "one_to_many": "generation",
    "many_to_one": "sentiment",
    "many_to_many_aligned": "tagging",
    "many_to_many_seq2seq": "translation",
}
BASELINE_STYLE = (7, True)  # grey-ish Okabe–Ito entry, dashed: the baseline is not a model
# The core's metric and baseline names, as the page says them.
FIGURE_NAMES = {
    "heldout_accuracy": QT_TRANSLATE_NOOP("RnnTaskPage", "next-character accuracy"),
    "accuracy": QT_TRANSLATE_NOOP("RnnTaskPage", "accuracy"),
    "token accuracy": QT_TRANSLATE_NOOP("RnnTaskPage", "accuracy per word"),
    "exact_match": QT_TRANSLATE_NOOP("RnnTaskPage", "exact match"),
    "most frequent character": QT_TRANSLATE_NOOP(
        "RnnTaskPage", "always the most frequent character"
    ),
    "majority class": QT_TRANSLATE_NOOP("RnnTaskPage", "always the majority class"),
    "most frequent tag per word": QT_TRANSLATE_NOOP("RnnTaskPage", "each word's most frequent tag"),
    "majority string": QT_TRANSLATE_NOOP("RnnTaskPage", "always the most frequent answer"),
}


def figure_name(name: str) -> str:
    """A metric or baseline name of the core in the UI's language."""
    return QCoreApplication.translate("RnnTaskPage", FIGURE_NAMES.get(name, name))


class RnnTaskPage(RunPage):
    """Base of the five task pages. Subclasses set ``task_key``, ``defaults``, ``demo_steps``
    and may add ``task_panels()``, ``data_source()`` and ``on_trained()``."""

    task_key = "one_to_many"
    defaults = TaskConfig()
    demo_steps = 200
    demo_budget_s = 40.0
    finish_on_stop = True  # Stop keeps the model trained so far
    baseline_key = "most frequent character"
    metric_key = "heldout_accuracy"
    #: How the probe's network is drawn (a char model in training reads x_t, predicts x_{t+1}).
    probe_kind = ""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.header = ArchitectureHeader(self.task_key)
        self.strip = self.header.strip
        self.header.chosen.connect(self._on_architecture_chosen)
        self.settings = TaskSettings(self.defaults)
        self.files = StorageButtons(self, self.settings)
        self.loss = LossCurve(self.tr("Training loss (cross-entropy)"))
        title = self.tr("Held-out %1 (dashed: baseline, %2)")
        title = title.replace("%1", figure_name(self.metric_key))
        title = title.replace("%2", figure_name(self.baseline_key))
        self.score = LossCurve(
            _capitalised(title), y_label=self.tr("share correct"), y_range=(0.0, 1.0)
        )
        self.hidden = HiddenView(self.tr("Hidden state h_t on the probe"))
        self.unrolled = UnrolledNetworkView()
        self.hidden.step_hovered.connect(self.unrolled.set_highlight)
        self.unrolled.step_hovered.connect(self.hidden.set_highlight)
        self.comparison = ComparisonLine()
        self.try_input = TryInput(self.input_placeholder())
        self.try_input.text_ready.connect(self._on_input)
        self.run: TaskRun | None = None
        self.trained = None
        self.ready: TaskReady | None = None
        self._series = ""
        self._unrolled_at = 0.0
        self._unrolled_due: HiddenSnapshot | None = None
        self._curves_due: TaskConfig | None = None
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.add_data_settings(self.settings)
        self._layout()
        self._add_first_series()

    def _add_first_series(self) -> None:
        """The default cell's curves and the baseline, made now: adding a series to a plot and
        its legend costs ~7 ms, which at Start joined the first events' frame."""
        self.loss.reset_series(CELL_LABELS[self.defaults.cell])
        self.score.reset_series(CELL_LABELS[self.defaults.cell])
        self.score.reset_series(self.tr("baseline"), BASELINE_STYLE)

    # --- subclass hooks ------------------------------------------------------------------
    def task_panels(self) -> list[tuple[QWidget, str]]:
        """The task's own panels, with their tab titles."""
        return []

    def add_data_settings(self, settings: TaskSettings) -> None:
        """Add the task's data rows to the settings column."""

    def data_source(self) -> object:
        """What ``prepare`` reads (None: the task's built-in data); may raise ValueError."""
        return None

    def input_placeholder(self) -> str:
        return self.tr("Any sentence")

    def on_trained(self) -> None:
        """The model is ready (trained, finished early, or loaded)."""

    def job(self, config: TaskConfig, source: object):
        return task_job, (self.task_key, config, source)

    # --- layout ----------------------------------------------------------------------------
    def _layout(self) -> None:
        extra = self.task_panels()
        panels = [self.loss, self.score, self.hidden, self.unrolled, *(p for p, _ in extra)]
        titles = [
            self.tr("Loss"), self.tr("Score"), self.tr("h_t"), self.tr("Unrolled"),
            *(t for _, t in extra),
        ]  # fmt: skip
        groups = [(self.tr("Training"), 2), (self.tr("Inside the network"), 2)]
        if extra:
            groups.append((self.tr("The task"), len(extra)))
        self.panels = PanelGrid(panels, titles, 3, PANEL_MIN, groups=groups)
        body = QVBoxLayout()
        body.addWidget(self.header)
        body.addWidget(self.comparison)
        body.addWidget(self.panels, 1)
        body.addWidget(self.try_input)
        self.place(self.settings, body)

    # --- running ---------------------------------------------------------------------------
    def start(self, max_steps: int | None = None) -> int:
        config = self.settings.config(self.controls.seed.value())
        if max_steps is not None:
            config = TaskConfig(**{**config.__dict__, "max_steps": max_steps})
        try:
            source = self.data_source()
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return 0
        self.messages.clear()
        # The curves are emptied one event-loop turn later, or before the run's first point:
        # emptied here, their repaint joined the controls' in one long frame (as on the gates
        # page).
        self._curves_due = config
        self.updates.put("prepare-curves", self._prepare_due_curves)
        job, args = self.job(config, source)
        return self.runner.start(job, *args)

    def _prepare_due_curves(self) -> None:
        if self._curves_due is not None:
            config, self._curves_due = self._curves_due, None
            self._prepare_curves(config)

    def start_demo(self) -> bool:
        return bool(self.start(max_steps=self.demo_steps))

    def _prepare_curves(self, config: TaskConfig) -> None:
        """Keep earlier runs' curves when only the cell differs (a fair comparison), else
        start afresh; say on screen what is held the same."""
        first = self.comparison.config is None
        fresh = first and CELL_LABELS[config.cell] in self.loss.series_names()
        if not (fresh or self.comparison.same_except_cell(config)):
            self.loss.clear()
            self.score.clear()
        self.comparison.show_run(config, CELL_LABELS[config.cell])
        self._series = CELL_LABELS[config.cell]
        self.loss.reset_series(self._series)
        self.score.reset_series(self._series)
        self.loss.x_span = self.score.x_span = config.max_steps

    def _on_busy_changed(self, busy: bool) -> None:
        self.try_input.set_enabled_for_model(not busy and self.trained is not None)

    def _on_event(self, event: object) -> None:
        self._prepare_due_curves()
        super()._on_event(event)

    def on_event(self, event: object) -> None:
        if isinstance(event, TaskReady):
            self.show_ready(event)
        elif isinstance(event, TaskMetrics):
            self.show_metrics(self._series, event)
        elif isinstance(event, HiddenSnapshot):
            self.show_snapshot(event)

    def show_ready(self, ready: TaskReady) -> None:
        self.ready = ready
        self.try_input.show_parameters(ready.parameters)
        self.comparison.show_parameters(ready.parameters)

    def show_metrics(self, series: str, metrics: TaskMetrics) -> None:
        self.loss.append(metrics.step, {series: metrics.loss}, redraw=False)
        self.loss.queue_redraw(self.updates, LOSS_REDRAW_S)
        if metrics.metric is not None:
            values = {series: metrics.metric}
            if metrics.baseline is not None:
                baseline = self.baseline_name(metrics)
                if baseline not in self.score.series_names():
                    self.score.reset_series(baseline, BASELINE_STYLE)
                values[baseline] = metrics.baseline
            self.score.append(metrics.step, values, redraw=False)
            self.score.queue_redraw(self.updates, LOSS_REDRAW_S)

    def baseline_name(self, metrics: TaskMetrics) -> str:
        """The baseline's legend name (``baseline_key``: the core's name for it)."""
        return self.tr("baseline")

    def show_snapshot(self, snapshot: HiddenSnapshot) -> None:
        self.updates.put("snapshot", lambda: self._draw_snapshot(snapshot))

    def _draw_snapshot(self, snapshot: HiddenSnapshot) -> None:
        self.hidden.show_snapshot(snapshot)
        # Laying the unrolled network out again costs ~20 ms (48 steps): while a run goes, its
        # outputs are redrawn every few seconds; the heatmap, every snapshot.
        now = time.monotonic()
        if self.runner.busy and now - self._unrolled_at < UNROLLED_EVERY_S:
            self._unrolled_due = snapshot
            return
        self._unrolled_at, self._unrolled_due = now, None
        # A turn of its own: with the heatmap's first drawing it made one ~40 ms frame.
        self.updates.put("unrolled", lambda: self._draw_unrolled(snapshot))

    def _draw_unrolled(self, snapshot: HiddenSnapshot) -> None:
        self.unrolled.set_network(
            self.probe_kind or self.task_key,
            snapshot.tokens,
            snapshot.outputs,
            CELL_LABELS.get(self.cell_key(), ""),
        )

    def cell_key(self) -> str:
        trained = self.trained
        return trained.config.cell if trained is not None else self.settings.cell.currentData()

    def on_succeeded(self, result: object) -> None:
        # No flush here: the views still queued draw one per turn, not in one long frame.
        if self._unrolled_due is not None:  # the run's last outputs
            self._unrolled_at = 0.0
            self._draw_snapshot(self._unrolled_due)
        if isinstance(result, TaskRun):
            self.run = result
            self.set_trained(result.trained)
            self.show_evaluation(result)
        super().on_succeeded(result)

    def show_evaluation(self, run: TaskRun) -> None:
        """Say the final held-out figure beside its baseline (computed by the job)."""
        self.messages.show_message(self.evaluation_text(run.figures), "info")

    def evaluation_text(self, figures: dict) -> str:
        text = self.tr("Held-out %1: %2 (baseline, %3: %4)")
        return _capitalised(
            text.replace("%1", figure_name(figures.get("metric", "")))
            .replace("%2", _share(figures["value"]))
            .replace("%3", figure_name(figures.get("baseline_name", "")))
            .replace("%4", _share(figures["baseline"]))
        )

    def set_trained(self, trained) -> None:
        self.trained = trained
        self.files.set_model(trained)
        self.try_input.set_enabled_for_model(not self.runner.busy)
        self.on_trained()

    def accepted_keys(self) -> tuple[str, ...]:
        """The task keys of models this page can open."""
        return (self.task_key,)

    def model_loaded(self, trained) -> None:
        """A model read from disk: usable at once; the curves of earlier runs stay."""
        from lab_app.core.rnn.tasks.jobs import parameter_count

        self.run = None
        self.ready = None
        self.try_input.show_parameters(parameter_count(trained.model))
        self.set_trained(trained)

    def failure_text(self, error: BaseException) -> str:
        last_good = getattr(error, "last_good", None)
        if last_good is not None:
            self.set_trained(last_good)
            text = self.tr("Training diverged: %1 The last good weights are kept.")
            return text.replace("%1", translated(error))
        return super().failure_text(error)

    # --- any input --------------------------------------------------------------------------
    def _on_input(self, text: str) -> None:
        from lab_app.core.rnn.tasks.inputs import on_input

        if self.trained is None or self.runner.busy:
            return
        try:
            snapshot, notice = on_input(self.trained, text, self.ready.longest if self.ready else 0)
        except (ValueError, KeyError) as error:
            self.try_input.show_note(translated(error), "error")
            return
        self.try_input.show_note(translated(notice), notice.level)
        self._draw_snapshot(snapshot)
        self.updates.flush()  # the student typed: show all of it now
        self.show_input_result(snapshot)

    def try_input_tokens(self, text: str) -> list[str]:
        """The tokens the model reads from a typed ``text``."""
        from lab_app.core.rnn.tasks.inputs import tokens_of

        return tokens_of(self.task_key, text)

    def show_input_result(self, snapshot: HiddenSnapshot) -> None:
        """Show what the model outputs for a typed input (a subclass's own panel)."""

    # --- session ----------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "loss": self.loss.data(),
            "metric": self.score.data(),
            "trained": self.trained,
            "ready": self.ready,
            "run": self.run,
            "comparison": self.comparison.state(),
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.loss.load(session["loss"], None)
        self.score.load(session["metric"], None)
        self.comparison.set_state(session["comparison"])
        self.run = session["run"]
        if session["ready"] is not None:
            self.show_ready(session["ready"])
        if session["trained"] is not None:
            self.set_trained(session["trained"])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # The drawn strip where the plots keep room (a laptop), one row of names on a 720-px
        # projector.
        scale = theme_mod.current().scale
        short = self.height() < COMPACT_BELOW_PX * scale
        self.header.set_compact(short or not self.header.fits(self.header.width()))

    def _on_architecture_chosen(self, key: str) -> None:
        tab = self.parentWidget()
        while tab is not None and not hasattr(tab, "show_page"):
            tab = tab.parentWidget()
        if tab is not None and key in PAGE_OF:
            tab.show_page(PAGE_OF[key])
        self.header.set_current(self.task_key)  # this page's own stays lit


def _capitalised(text: str) -> str:
    """A sentence that may start with a translated metric name starts with a capital."""
    return text[:1].upper() + text[1:]


def _share(value: float) -> str:
    return decimal(value, 3)
