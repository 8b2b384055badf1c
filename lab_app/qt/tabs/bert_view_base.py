"""What the BERT view pages share (Attention, Inside, Playground): the shared model
(``state.bert``), a panel saying what to do while there is none, forward passes on a worker,
and a demo that pre-trains a tiny BERT when the lab has none yet.

Every forward pass runs on a worker (``model_job``): a bert-base forward takes ~0.3–0.5 s on a
laptop CPU. Jobs of the view pages hold ``MODEL_LOCK`` while they use the model and its
tokenizer: a fast tokenizer switches its truncation settings per call and is not safe to call
from two threads at once ("Already borrowed"), and two pages may have jobs in flight together.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from lab_app.core.events import HEARTBEAT, Progress
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.bert_model import BertModel
from lab_app.qt.tabs.run_page import RunPage

MODEL_LOCK = threading.Lock()
LOCK_WAIT_S = 0.05  # between two cancel points while another page's job holds the model
DEMO_STEPS = 2000  # the schedule's length; the demo stops it after DEMO_PRETRAIN_S
DEMO_PRETRAIN_S = 25.0  # the view pages' own demo pre-training, WordPiece included
DEMO_CORPUS = QT_TRANSLATE_NOOP("BertViewPage", "Lee news")
PHASES = {
    "wordpiece": QT_TRANSLATE_NOOP("BertViewPage", "WordPiece vocabulary"),
    "pretrain": QT_TRANSLATE_NOOP("BertViewPage", "pre-training a tiny BERT for the demo"),
}


@dataclass(frozen=True)
class Refused:
    """A job's answer when the core refused the input (a ``BertError``: a word not in the
    sentence, no [MASK]…): a message for the user, not a failure to log."""

    error: Exception


def model_job(compute: Callable[..., Any], *args: Any) -> Generator[Any, Any, Any]:
    """A job for ``JobRunner``: wait for the model (a cancel point every 0.05 s), then return
    ``compute(*args)`` (numpy copies and plain values only), or ``Refused`` with the core's
    BertError. Worker thread."""
    from lab_app.core.bert.errors import BertError

    while not MODEL_LOCK.acquire(timeout=LOCK_WAIT_S):
        yield HEARTBEAT
    try:
        return compute(*args)
    except BertError as error:
        return Refused(error)
    finally:
        MODEL_LOCK.release()


def demo_pretraining(budget_s: float = DEMO_PRETRAIN_S) -> Generator[Any, Any, Any]:
    """The demo's tiny pre-training on the built-in Lee news ("tiny" preset), ended after
    ``budget_s`` seconds with the model trained so far (``jobs.pretrain_run``); returns the
    core's ``Pretrained``, or None when the budget ran out before the model existed. Worker."""
    from lab_app.core.bert.jobs import pretrain_run
    from lab_app.core.bert.pretrain_config import PretrainConfig

    config = PretrainConfig(preset="tiny", max_steps=DEMO_STEPS, warmup_steps=DEMO_STEPS // 20)
    return (yield from pretrain_run(config, None, time_budget_s=budget_s))


class NoModelPanel(QWidget):
    """What a view page shows while the lab has no BERT: what to do, and buttons that go there."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "There is no BERT to look inside yet. Pre-train a mini-BERT on the Pre-training "
                "page (a few minutes on the news corpus), or open a checkpoint (BETO, "
                "multilingual BERT…) on the Real checkpoints page."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pretrain_button = QPushButton(self.tr("Go to Pre-training"))
        self.checkpoint_button = QPushButton(self.tr("Open a checkpoint"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pretrain_button)
        buttons.addWidget(self.checkpoint_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.text = text


class BertViewPage(RunPage):
    """Base of the three view pages. Subclasses build ``content`` (a widget) and implement
    ``compute_args()`` (what the job computes, or None when the input is refused) and
    ``show_result(result)``; the controls' Start button reads "Show".

    The shared model is ``state.bert``; a page not on show when it changes is refreshed when it
    is shown next (one forward pass, not three pages' at once).
    """

    demo_budget_s = 60.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent, with_seed=False)
        self.controls.start_button.setText(self.tr("Show"))
        self.controls.start_button.setToolTip(
            self.tr("Run the model on this input (in the background) and draw the views")
        )
        self.no_model = NoModelPanel()
        self.no_model.pretrain_button.clicked.connect(self._go_to_pretraining)
        self.no_model.checkpoint_button.clicked.connect(self._go_to_checkpoints)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_model)
        self._stale = True  # the views do not show state.bert yet
        self._demo = False
        self._demo_began = 0.0
        self._bert: BertModel | None = None
        state.bert_changed.connect(self._on_bert_changed)

    # --- subclass hooks --------------------------------------------------------------------
    def compute_args(self) -> tuple | None:
        """Return ``(compute, *args)`` for ``model_job``, or None (a message shown instead)."""
        raise NotImplementedError

    def show_result(self, result: object) -> None:
        """Draw a job's result (GUI thread; spread heavy drawing over ``self.updates``)."""

    def demo_input(self) -> None:
        """Put the lecture's example in the input (the demo)."""

    def on_model_changed(self, bert: BertModel | None) -> None:
        """A new shared model (before the views are recomputed): reset selectors, etc."""

    # --- layout ------------------------------------------------------------------------------
    def set_content(self, content: QWidget) -> None:
        """Place ``content`` (the page's views) under the controls; no settings column."""
        self.content = content
        self.stack.addWidget(content)
        self.place(None, self.stack)
        self._show_model(self.state.bert)

    # --- the shared model ----------------------------------------------------------------
    def _on_bert_changed(self, bert: object) -> None:
        self._stale = True
        if self.isVisible() or self._demo:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the current shared model and recompute the views for the current input."""
        self._stale = False
        bert = self.state.bert
        if bert is not self._bert:
            self._bert = bert
            self._show_model(bert)
            self.on_model_changed(bert)
        if bert is not None:
            self.start()  # a job still running for the older model is dropped

    def _show_model(self, bert: BertModel | None) -> None:
        self.stack.setCurrentWidget(self.no_model if bert is None else self.content)
        self.messages.set_idle_text(self.idle_text())

    def idle_text(self) -> str:
        bert = self.state.bert if hasattr(self, "stack") else None
        if bert is None:
            return self.tr("No model yet: pre-train one or open a checkpoint.")
        config = bert.model.config
        shape = self.tr("%1 layers, %2 heads, d = %3")
        shape = (
            shape.replace("%1", whole(config.num_hidden_layers))
            .replace("%2", whole(config.num_attention_heads))
            .replace("%3", whole(config.hidden_size))
            .replace(" = ", "\u00a0=\u00a0")  # "d = 64" never broken over two lines
        )
        if f"d = {config.hidden_size}" in bert.source:  # the source says its shape already
            return self.tr("Model: %1.").replace("%1", bert.source)
        return self.tr("Model: %1 — %2.").replace("%1", bert.source).replace("%2", shape)

    def _go_to_pretraining(self) -> None:
        self.window().show_page("bert", "pretrain")

    def _go_to_checkpoints(self) -> None:
        self.window().show_page("bert", "checkpoint")

    # --- running -------------------------------------------------------------------------
    def start(self) -> int:
        if self.state.bert is None:
            self._show_model(None)
            return 0
        job = self.compute_args()
        if job is None:
            return 0
        self.messages.clear()
        return self.runner.start(model_job, *job)

    def on_succeeded(self, result: object) -> None:
        from lab_app.core.bert.pretrain_config import Pretrained

        if isinstance(result, Pretrained):
            self._demo_model_ready(result)
            return
        if result is None:  # the demo's pre-training ended before its model existed
            self.end_demo()
            self.finished.emit()
            return
        if isinstance(result, Refused):
            self.messages.show_message(translated(result.error), "error")
        else:
            self.show_result(result)
        if self._demo:
            self.updates.flush()
            self._demo = False
        self.finished.emit()

    def failure_text(self, error: BaseException) -> str:
        from lab_app.core.bert.errors import BertError

        if isinstance(error, BertError):
            return translated(error)
        return super().failure_text(error)

    def progress_shown(self, progress: Progress) -> Progress:
        phase = PHASES.get(progress.message)
        if phase is None:
            return progress
        message = QCoreApplication.translate("BertViewPage", phase)
        if progress.message == "pretrain":  # the demo ends by time, not at the last step
            elapsed = time.monotonic() - self._demo_began
            return Progress(min(elapsed, DEMO_PRETRAIN_S), DEMO_PRETRAIN_S, "s", message)
        return Progress(progress.done, progress.total, progress.unit, message)

    # --- demo ----------------------------------------------------------------------------
    def start_demo(self) -> bool:
        self._demo = True
        self.demo_input()
        if self.state.bert is None:
            self.messages.show_message(
                self.tr(
                    "Demo: no BERT yet, so a tiny one is pre-trained first on the news corpus "
                    "for %1 seconds (the Pre-training page trains longer and shows how)."
                ).replace("%1", whole(round(DEMO_PRETRAIN_S))),
                "info",
            )
            self._demo_began = time.monotonic()
            self.runner.start(demo_pretraining)
            return True
        self._stale = True
        self.refresh()
        return True

    def _demo_model_ready(self, pretrained) -> None:
        source = self.tr("the demo's mini-BERT (%1 steps on %2)")
        source = source.replace("%1", whole(pretrained.steps)).replace(
            "%2", QCoreApplication.translate("BertViewPage", DEMO_CORPUS)
        )
        bert = BertModel(pretrained.model, pretrained.tokenizer, source, pretrained)
        self._stale = True
        self.state.set_bert(bert)  # every BERT page uses it; this page refreshes now
        if self._stale:  # not refreshed by the signal (not visible): do it here
            self.refresh()

    def end_demo(self) -> None:
        super().end_demo()
        if self._demo and self.state.bert is None:
            self.messages.show_message(
                self.tr(
                    "The demo was cut short before its tiny BERT was pre-trained: give it more "
                    "time, or pre-train one on the Pre-training page."
                ),
                "warning",
            )
        self._demo = False
