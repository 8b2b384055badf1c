"""Fine-tuning (lecture §4): one classification layer on top of the pre-trained encoder.

One Start trains three classifiers, one after the other, on the same labelled data, split,
seed and step budget: BERT's recipe (every weight trains), the encoder frozen (only the new
layer trains), and the same architecture from scratch (no pre-training). Live loss and
held-out accuracy curves beside the majority-class baseline, and a final table.

The job only reads ``state.bert``: each classifier gets a copy of the encoder's weights, and
the job tokenizes with its own copy of the tokenizer, so the other pages keep using the model.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lab_app.core.bert.finetuning import FinetuneMetrics
from lab_app.core.bert.jobs import FinetuneReady, FinetuneRun, finetune_job, pretrain_then_finetune
from lab_app.core.bert.pretrain_config import PretrainConfig
from lab_app.core.events import Progress
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.bert_train_panels import (
    MODES,
    WHAT_TRAINS,
    ModeCurve,
    ResultsTable,
    baseline_name,
    mode_name,
)
from lab_app.qt.tabs.bert_train_settings import FinetuneSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.bert_example_view import scrolling
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.matrix_table import TitledPanel
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.widgets.settings_scroll import SettingsScroll

PANEL_MIN = QSize(300, 200)
CURVE_REDRAW_S = 0.25
DEMO_STEPS = 100  # per run
DEMO_PRETRAIN_S = 20.0  # with no BERT yet, the demo pre-trains a tiny one this long first
PHASES = {
    "reading": QT_TRANSLATE_NOOP("FinetunePage", "reading the examples"),
    "wordpiece": QT_TRANSLATE_NOOP("FinetunePage", "demo: WordPiece vocabulary"),
    "pretrain": QT_TRANSLATE_NOOP("FinetunePage", "demo: pre-training a tiny BERT"),
}


class FinetunePage(RunPage):
    """Fine-tune ``state.bert`` three ways on the same data and compare them."""

    demo_budget_s = 60.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = FinetuneSettings(state)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.loss = ModeCurve(
            self.tr("Training loss of the three runs"), y_label=self.tr("loss (nats)")
        )
        self.accuracy = ModeCurve(
            self.tr("Held-out accuracy (dashed: always the majority class)"),
            y_label=self.tr("share correct"),
            y_range=(0.0, 1.0),
        )
        self.accuracy.set_hint(self.tr("Press Start: held-out accuracy about once a second"))
        self.table = ResultsTable()
        self.results = TitledPanel(
            self.tr("Held-out accuracy after each run"), scrolling(self.table)
        )
        self.table.clear_results()
        self.config = None
        self.ready: FinetuneReady | None = None
        self.encoder_name = ""
        self._layout()
        # A bound method: the connection ends with this page (state outlives the window).
        state.bert_changed.connect(self._on_bert_changed)
        self._on_bert_changed(state.bert)
        self._show_comparison()

    def _layout(self) -> None:
        self.panels = PanelGrid(
            [self.loss, self.accuracy, self.results],
            [self.tr("Loss"), self.tr("Accuracy"), self.tr("Table")],
            3,
            PANEL_MIN,
        )
        body = QVBoxLayout()
        body.addWidget(self.comparison)
        body.addWidget(self.panels, 1)
        self.place(SettingsScroll(self.settings), body)

    def idle_text(self) -> str:
        return self.tr(
            "Press Start: three classifiers on the same data, one after the other (fine-tuned, "
            "frozen encoder, from scratch)."
        )

    def _on_bert_changed(self, bert) -> None:
        if not self.runner.busy:
            self.encoder_name = bert.source if bert is not None else ""
            self.settings.encoder.show_encoder(self.encoder_name)

    # --- running ----------------------------------------------------------------------------
    def start(self, steps: int | None = None) -> int:
        bert = self.state.bert
        if bert is None:
            self.messages.show_message(self.settings.encoder.none_text(), "warning")
            return 0
        config = self._begin(steps)
        encoder = (bert.model, bert.tokenizer)
        self.encoder_name = bert.source
        self.settings.encoder.show_encoder(self.encoder_name)
        self._show_comparison()
        return self.runner.start(finetune_job, config, self.settings.source(), encoder)

    def start_demo(self) -> bool:
        self.settings.steps.setValue(DEMO_STEPS)
        if self.state.bert is not None:
            return bool(self.start())
        config = self._begin(DEMO_STEPS)
        self.encoder_name = self.tr("a tiny BERT pre-trained for this demo (%1 s on Lee news)")
        self.encoder_name = self.encoder_name.replace("%1", whole(DEMO_PRETRAIN_S))
        self.settings.encoder.show_encoder(self.encoder_name)
        self._show_comparison()
        pretrain = PretrainConfig(preset="tiny", seed=config.seed)
        return bool(
            self.runner.start(
                pretrain_then_finetune, pretrain, DEMO_PRETRAIN_S, config, self.settings.source()
            )
        )

    def _begin(self, steps: int | None):
        config = self.settings.config(self.controls.seed.value(), steps)
        self.config, self.ready = config, None
        self.messages.clear()
        self.loss.prepare_modes(config.steps, baseline=False)
        self.accuracy.prepare_modes(config.steps, baseline=True)
        self.table.clear_results()
        return config

    def progress_shown(self, progress: Progress) -> Progress:
        if progress.message in MODES:
            return replace(progress, message=mode_name(progress.message))
        phase = PHASES.get(progress.message)
        if phase is None:
            return progress
        return replace(progress, message=QCoreApplication.translate("FinetunePage", phase))

    def on_event(self, event: object) -> None:
        if isinstance(event, FinetuneMetrics):
            self.show_metrics(event)
        elif isinstance(event, FinetuneReady):
            self.ready = event
            self._show_comparison()

    def show_metrics(self, m: FinetuneMetrics) -> None:
        name = mode_name(m.mode)
        self.loss.append(m.step, {name: m.loss}, redraw=False)
        self.loss.queue_redraw(self.updates, CURVE_REDRAW_S)
        if m.held_out_accuracy is not None:
            values = {name: m.held_out_accuracy, baseline_name(): m.majority_baseline}
            self.accuracy.append(m.step, values, redraw=False)
            self.accuracy.queue_redraw(self.updates, CURVE_REDRAW_S)
            self.table.show_accuracy(m.mode, m.step, m.held_out_accuracy, m.majority_baseline)

    def on_succeeded(self, result: object) -> None:
        self.updates.flush()
        if isinstance(result, FinetuneRun):
            self.messages.show_message(self.result_text(result), "info")
        super().on_succeeded(result)

    def result_text(self, run: FinetuneRun) -> str:
        parts = [f"{mode_name(mode)} {decimal(value, 3)}" for mode, value in run.held_out.items()]
        baseline = next(iter(run.results.values())).majority_baseline
        text = self.tr("Held-out accuracy: %1; always the majority class: %2.")
        return text.replace("%1", ", ".join(parts)).replace("%2", decimal(baseline, 3))

    def _show_comparison(self) -> None:
        """Say what the three runs hold the same and what differs (CLASSROOM_UI.md)."""
        config = self.config or self.settings.config(self.controls.seed.value())
        data = self.settings.data.describe()
        if self.ready is not None:
            split = self.tr("%1 training / %2 held-out examples")
            split = split.replace("%1", whole(self.ready.train_examples)).replace(
                "%2", whole(self.ready.held_out_examples)
            )
            data = f"{data}, {split}"
        same = self.tr(
            "Held the same: the encoder, data and split (%1), the new layer's first weights, "
            "%2. Differs: what trains."
        )
        self.comparison.setText(
            same.replace("%1", data).replace("%2", self.settings.describe(config))
        )
        self.comparison.setToolTip(
            "\n".join(
                f"{mode_name(m)}: {QCoreApplication.translate('FinetunePage', WHAT_TRAINS[m])}"
                for m in MODES
            )
        )

    # --- session ------------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "loss": self.loss.data(),
            "accuracy": self.accuracy.data(),
            "table": (dict(self.table.accuracy), self.table.baseline, dict(self.table.steps)),
            "ready": self.ready,
            "config": self.config,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.config, self.ready = session["config"], session["ready"]
        steps = self.config.steps if self.config else None
        for curve, key in ((self.loss, "loss"), (self.accuracy, "accuracy")):
            curve.prepare_modes(steps or 1, baseline=curve is self.accuracy)
            curve.load(session[key], steps)
        accuracy, baseline, steps_done = session["table"]
        for mode, value in accuracy.items():
            self.table.show_accuracy(mode, steps_done.get(mode, 0), value, baseline)
        self._show_comparison()
