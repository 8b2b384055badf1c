"""BERT pre-training, live (lecture §4): a WordPiece vocabulary trained on the corpus, then a
mini-BERT trained on both objectives at once, masked LM and next-sentence prediction.

Live: the two losses (training, and the masked-LM loss on held-out documents), the NSP accuracy
beside the 50 % of chance, and the training example as the model sees it. When the run ends,
or Stop ends it, the model becomes the one every BERT page inspects (``state.set_bert``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QWidget

from lab_app.core.bert.jobs import PretrainReady, pretrain_run
from lab_app.core.bert.pretrain_config import PRESETS, PretrainExample, PretrainMetrics
from lab_app.core.events import Progress
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.bert_model import BertModel
from lab_app.qt.tabs.bert_train_panels import StyledCurve, WideLastRowGrid
from lab_app.qt.tabs.bert_train_settings import PretrainSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.bert_example_view import (
    TrainingExampleView,
    legend_html,
    legend_tooltip,
    scrolling,
)
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.matrix_table import TitledPanel
from lab_app.qt.widgets.settings_scroll import SettingsScroll

PANEL_MIN = QSize(300, 170)
CURVE_REDRAW_S = 0.25
DEMO_RUN_S = 34.0  # the demo's run finishes by itself this long after it starts
PHASES = {
    "wordpiece": QT_TRANSLATE_NOOP("PretrainPage", "WordPiece vocabulary"),
    "pretrain": QT_TRANSLATE_NOOP("PretrainPage", "pre-training"),
}
# (colour index, dashed): one colour per objective, held-out dashed; chance grey-black dashed.
MLM, NSP, CHANCE = (0, False), (1, False), (7, True)


class PretrainPage(RunPage):
    """Pre-train a mini-BERT on the corpus with its views live; the result feeds the tab."""

    demo_budget_s = 45.0
    finish_on_stop = True  # Stop keeps the model trained so far
    finish_grace_ms = 3000  # a step of "small" takes ~0.5 s on a loaded laptop

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = PretrainSettings(state)
        self.names = {
            "mlm": self.tr("MLM, training"),
            "nsp": self.tr("NSP, training"),
            "mlm_held": self.tr("MLM, held-out"),
            "acc": self.tr("training"),
            "acc_held": self.tr("held-out"),
            "chance": self.tr("chance"),
        }
        self.losses = StyledCurve(
            self.tr("Loss: MLM (masked LM) and NSP (next sentence)"),
            y_label=self.tr("loss (nats)"),
        )
        self.accuracy = StyledCurve(
            self.tr("NSP accuracy: IsNextSentence or NotNextSentence?"),
            y_label=self.tr("share correct"),
            y_range=(0.0, 1.0),
        )
        self.accuracy.set_hint(self.tr("Press Start: is B the sentence after A?"))
        self.example_view = TrainingExampleView()
        self.example = TitledPanel(
            self.tr("The training example as the model sees it"), scrolling(self.example_view)
        )
        self.example.set_caption(legend_html())
        self.example.caption.setToolTip(legend_tooltip())
        # A bound method: the connection ends with this page (the theme outlives the window).
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        self.example.set_hint(self.tr("Press Start: every half second, one pair of the batch"))
        self.example.set_empty(True)
        self.ready: PretrainReady | None = None
        self.config = None
        self.last_example: PretrainExample | None = None
        self.held_out: list[tuple[int, float, float]] = []
        self._layout()
        self._show_model_line()

    def _layout(self) -> None:
        self.panels = WideLastRowGrid(
            [self.losses, self.accuracy, self.example],
            [self.tr("Losses"), self.tr("NSP accuracy"), self.tr("Training example")],
            2,
            PANEL_MIN,
            groups=[(self.tr("Curves"), 2), (self.tr("Training example"), 1)],
        )
        self.place(SettingsScroll(self.settings), self.panels)

    def _on_theme_changed(self, _theme) -> None:
        self.example.set_caption(legend_html())  # the marks' colours follow the palette

    def idle_text(self) -> str:
        return self.tr(
            "Press Start to pre-train a mini-BERT; Stop keeps the model trained so far, and the "
            "other BERT pages then use it."
        )

    # --- running ----------------------------------------------------------------------------
    def start(self, max_steps: int | None = None, time_budget_s: float | None = None) -> int:
        """Start a run (``time_budget_s``: it finishes by itself, as a demo does); return its
        id."""
        config = self.settings.config(self.controls.seed.value())
        if max_steps is not None:
            config = replace(config, max_steps=max_steps)
        self.config = config
        self.ready, self.held_out, self.last_example = None, [], None
        self.messages.clear()
        # A run cut by time has no known length: the step axis then grows with the data.
        self._prepare_views(None if time_budget_s is not None else config.max_steps)
        self._show_model_line()
        texts = self.settings.texts()
        return self.runner.start(pretrain_run, config, texts, time_budget_s)

    def start_demo(self) -> bool:
        self.settings.preset.setCurrentIndex(self.settings.preset.findData("tiny"))
        return bool(self.start(time_budget_s=DEMO_RUN_S))

    def _prepare_views(self, steps: int | None) -> None:
        names = self.names
        self.losses.prepare(
            [names["mlm"], names["nsp"], names["mlm_held"]],
            steps,
            {names["mlm"]: MLM, names["nsp"]: NSP, names["mlm_held"]: (MLM[0], True)},
        )
        self.accuracy.prepare(
            [names["acc"], names["acc_held"], names["chance"]],
            steps,
            {names["acc"]: NSP, names["acc_held"]: (NSP[0], True), names["chance"]: CHANCE},
        )
        self.accuracy.append(0, {names["chance"]: 0.5})
        self.example_view.show_example(None)
        self.example.set_empty(True)

    def progress_shown(self, progress: Progress) -> Progress:
        phase = PHASES.get(progress.message)
        if phase is None:
            return progress
        return replace(progress, message=QCoreApplication.translate("PretrainPage", phase))

    def on_event(self, event: object) -> None:
        if isinstance(event, PretrainMetrics):
            self.show_metrics(event)
        elif isinstance(event, PretrainExample):
            self.last_example = event
            self.updates.put("example", self._draw_example)
        elif isinstance(event, PretrainReady):
            self.ready = event
            self._show_model_line()

    def show_metrics(self, m: PretrainMetrics) -> None:
        names = self.names
        self.losses.append(
            m.step,
            {
                names["mlm"]: m.mlm_loss,
                names["nsp"]: m.nsp_loss,
                names["mlm_held"]: m.held_out_mlm_loss,
            },
            redraw=False,
        )
        self.accuracy.append(
            m.step,
            {
                names["acc"]: m.nsp_accuracy,
                names["acc_held"]: m.held_out_nsp_accuracy,
                names["chance"]: 0.5,
            },
            redraw=False,
        )
        if m.held_out_mlm_loss is not None:
            self.held_out.append((m.step, m.held_out_mlm_loss, m.held_out_nsp_accuracy))
        self.losses.queue_redraw(self.updates, CURVE_REDRAW_S)
        self.accuracy.queue_redraw(self.updates, CURVE_REDRAW_S)

    def _draw_example(self) -> None:
        self.example.set_empty(self.last_example is None)
        self.example_view.show_example(self.last_example)

    # --- results ------------------------------------------------------------------------------
    def on_succeeded(self, result: object) -> None:
        self.updates.flush()
        if result is None:
            self.messages.show_message(
                self.tr("Stopped before training began: no model was made."), "info"
            )
        else:
            self.use_model(result)
            self.messages.show_message(self.result_text(result), "info")
        super().on_succeeded(result)

    def use_model(self, pretrained) -> None:
        """Make ``pretrained`` the model every BERT page inspects."""
        shape = PRESETS[pretrained.config.preset]
        source = self.tr("mini-BERT pre-trained here (%1 layers, %2 heads, d = %3, %4 steps on %5)")
        for marker, value in (
            ("%1", str(shape.layers)), ("%2", str(shape.heads)), ("%3", str(shape.hidden)),
            ("%4", whole(pretrained.steps)), ("%5", self.settings.corpus_name()),
        ):  # fmt: skip
            source = source.replace(marker, value)
        self.state.set_bert(BertModel(pretrained.model, pretrained.tokenizer, source, pretrained))

    def result_text(self, pretrained) -> str:
        """What the run reached: the held-out MLM loss from start to end, and NSP accuracy."""
        rows = self.held_out or pretrained.held_out
        text = self.tr("Pre-trained %1 steps. The other BERT pages now use this model.")
        text = text.replace("%1", whole(pretrained.steps))
        if len(rows) >= 1:
            more = self.tr(
                "Held-out masked-LM loss %1 → %2; next-sentence accuracy %3 (chance: 0.5)."
            )
            more = (
                more.replace("%1", decimal(rows[0][1], 2))
                .replace("%2", decimal(rows[-1][1], 2))
                .replace("%3", decimal(rows[-1][2], 2))
            )
            text = f"{text} {more}"
        return text

    def failure_text(self, error: BaseException) -> str:
        last_good = getattr(error, "last_good", None)
        if last_good is not None and last_good.steps > 0:
            self.use_model(last_good)
            text = self.tr("Training diverged: %1 The other BERT pages use the last good weights.")
            return text.replace("%1", translated(error))
        return super().failure_text(error)

    def _show_model_line(self) -> None:
        """The run's facts, under the preset in the settings column."""
        ready = self.ready
        if ready is None:
            self.settings.run_note.setText("")
            return
        text = self.tr(
            "This run: %1 parameters, %2 WordPiece entries; %3 documents train, %4 held out."
        )
        for marker, value in (
            ("%1", whole(ready.parameters)), ("%2", whole(ready.vocab_size)),
            ("%3", whole(ready.train_documents)), ("%4", whole(ready.held_out_documents)),
        ):  # fmt: skip
            text = text.replace(marker, value)
        self.settings.run_note.setText(text)

    # --- session ------------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "losses": self.losses.data(),
            "accuracy": self.accuracy.data(),
            "example": self.last_example,
            "ready": self.ready,
            "held_out": list(self.held_out),
            "steps": self.config.max_steps if self.config else None,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self._prepare_views(session["steps"])  # the series' colours and styles
        self.losses.load(session["losses"], session["steps"])
        self.accuracy.load(session["accuracy"], session["steps"])
        self.ready, self.held_out = session["ready"], session["held_out"]
        self.last_example = session["example"]
        self._draw_example()
        self._show_model_line()
