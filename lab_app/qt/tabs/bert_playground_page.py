"""The playgrounds of the BERT tab: BERT's two pre-training tasks, tried by hand (lecture §4).

Masked LM: a sentence with [MASK] (the lecture's "the man went to the [MASK] to buy a [MASK] of
milk"), or a click on a word to mask it; Predict gives each [MASK]'s top-k tokens as bars.
Next sentence: A and B → IsNextSentence / NotNextSentence with its probability. Both run the
shared model on workers (core ``predict_masked`` and ``next_sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.bert_view_bars import NextSentenceBars, ProbabilityBars
from lab_app.qt.tabs.bert_view_base import BertViewPage, model_job
from lab_app.qt.tabs.bert_view_input import MAX_INPUT_CHARS, TokenStrip
from lab_app.qt.widgets.form_fields import bold_label, spin_box
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.workers import JobRunner

PANEL_MIN = QSize(440, 330)
MOST_BARS = 6  # bar charts shown at once (more masks: the first six, and a note)
SPANISH_EXAMPLE = "me senté en el [MASK] del parque"


@dataclass(frozen=True)
class MaskedResult:
    """What the masked-LM job found: the ``text`` it read (with the clicked word masked),
    its WordPiece ``tokens`` (no [CLS]/[SEP]), one core ``MaskPrediction`` per [MASK], or the
    core's ``error`` (NoMask, MissingHead) when there is nothing to predict."""

    text: str
    tokens: tuple[str, ...]
    predictions: tuple = ()
    error: Exception | None = None


@dataclass(frozen=True)
class NextResult:
    """The next-sentence head's ``label`` and its ``probability``, or the core's ``error``."""

    label: str = ""
    probability: float = 0.0
    error: Exception | None = None


def compute_masked(model, tokenizer, text: str, k: int, click: int | None = None) -> MaskedResult:
    """Mask the word of token ``click`` (if given), then predict every [MASK]. Worker."""
    from lab_app.core.bert.checkpoints import wordpieces
    from lab_app.core.bert.errors import BertError
    from lab_app.core.bert.playground import mask_word, normalize_masks, predict_masked

    if click is not None:
        text = mask_word(tokenizer, text, click)
    tokens = tuple(wordpieces(tokenizer, normalize_masks(tokenizer, text)))
    try:
        predictions = tuple(predict_masked(model, tokenizer, text, k))
    except BertError as error:
        return MaskedResult(text, tokens, (), error)
    return MaskedResult(text, tokens, predictions)


def compute_next(model, tokenizer, a: str, b: str) -> NextResult:
    """IsNextSentence or NotNextSentence for A then B, or the reason there is no answer."""
    from lab_app.core.bert.errors import BertError
    from lab_app.core.bert.playground import next_sentence

    try:
        return NextResult(*next_sentence(model, tokenizer, a, b))
    except BertError as error:
        return NextResult(error=error)


class PlaygroundPage(BertViewPage):
    """Masked-LM and next-sentence playgrounds on the shared BERT."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        self.examples = LECTURE_EXAMPLES
        self.masked: MaskedResult | None = None
        self.next_runner = JobRunner(self)
        self.next_runner.succeeded.connect(self._on_next_succeeded)
        self.next_runner.failed.connect(self._on_next_failed)
        self._demo_waiting: set[str] = set()
        self.panels = PanelGrid(
            [self._masked_section(), self._next_section()],
            [self.tr("Masked LM"), self.tr("Next sentence")],
            2,
            PANEL_MIN,
        )
        self.controls.start_button.setText(self.tr("Predict"))
        self.controls.start_button.setToolTip(self.tr("Run both playgrounds on their inputs"))
        self.controls.start_requested.disconnect(self.start)
        self.controls.start_requested.connect(self._predict_both)
        self.set_content(self.panels)

    # --- sections ----------------------------------------------------------------------------
    def _masked_section(self) -> QWidget:
        self.sentence = QLineEdit(self.examples.masked_lm)
        self.sentence.setMaxLength(MAX_INPUT_CHARS)
        self.sentence.setToolTip(self.tr("Write [MASK] where a word is missing (one or more)"))
        self.sentence.returnPressed.connect(self.start)
        self.top_k = spin_box(1, 10, 5, self.tr("How many guesses each [MASK] shows"))
        self.top_k.setPrefix("top-k ")
        predict = QPushButton(self.tr("Predict"))
        predict.clicked.connect(self.start)
        english = QPushButton(self.tr("Lecture (store, gallon)"))
        english.clicked.connect(lambda: self._example(self.examples.masked_lm))
        spanish = QPushButton(self.tr("Spanish (banco)"))
        spanish.clicked.connect(lambda: self._example(SPANISH_EXAMPLE))
        self.tokens = TokenStrip()
        self.tokens.token_clicked.connect(self._on_token_clicked)
        self.mask_note = QLabel(" ")
        self.mask_note.setWordWrap(True)
        self.bars_row = QHBoxLayout()
        # Every chart the page can show, made now and hidden until a [MASK] needs it. Made on
        # demand (and kept for reuse), each chart added 9 top-level menus (pyqtgraph's plot
        # options, export, right-click) and 2 widgets for good: the window's top-level widgets
        # grew with the most masks ever predicted (bench_monkey.py, seed 2: +18 menus).
        self.charts = [self._hidden_chart() for _ in range(MOST_BARS)]
        row = QHBoxLayout()
        row.addWidget(english)
        row.addWidget(spanish)
        row.addStretch(1)
        row.addWidget(self.top_k)
        row.addWidget(predict)
        section = QWidget()
        box = QVBoxLayout(section)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(bold_label(self.tr("Masked LM: BERT guesses the hidden words")))
        box.addWidget(self.sentence)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("WordPiece tokens (click a word to mask it):")))
        box.addWidget(self.tokens)
        box.addWidget(self.mask_note)
        box.addLayout(self.bars_row, 1)
        return section

    def _next_section(self) -> QWidget:
        self.sentence_a, self.sentence_b = QLineEdit(), QLineEdit()
        first, second = self.examples.next_sentence
        self.sentence_a.setText(first[0])
        self.sentence_b.setText(first[1])
        for field in (self.sentence_a, self.sentence_b):
            field.setMaxLength(MAX_INPUT_CHARS)
            field.returnPressed.connect(self.predict_next)
        buttons = QHBoxLayout()
        for label, (a, b, _) in (
            (self.tr("store → milk"), first),
            (self.tr("store → penguins"), second),
        ):
            button = QPushButton(label)
            button.setToolTip(f"A: {a}\nB: {b}")
            button.clicked.connect(lambda _=False, a=a, b=b: self._next_example(a, b))
            buttons.addWidget(button)
        buttons.addStretch(1)
        predict = QPushButton(self.tr("Predict"))
        predict.clicked.connect(self.predict_next)
        buttons.addWidget(predict)
        self.next_label = bold_label(" ")
        self.next_bars = NextSentenceBars(self.tr("Does B follow A? (dashed: 0.5, a coin toss)"))
        self.next_bars.set_hint(self.tr("Press Predict"))
        section = QWidget()
        box = QVBoxLayout(section)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(
            bold_label(self.tr("Next sentence prediction: IsNextSentence or NotNextSentence?"))
        )
        form = QHBoxLayout()
        form.addWidget(QLabel("A"))
        form.addWidget(self.sentence_a, 1)
        box.addLayout(form)
        form = QHBoxLayout()
        form.addWidget(QLabel("B"))
        form.addWidget(self.sentence_b, 1)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addWidget(self.next_label)
        box.addWidget(self.next_bars, 1)
        return section

    # --- masked LM -------------------------------------------------------------------------
    def compute_args(self, click: int | None = None) -> tuple | None:
        bert = self.state.bert
        text = self.sentence.text()
        if not text.strip():
            self.mask_note.setText(self.tr("Write a sentence first."))
            return None
        return compute_masked, bert.model, bert.tokenizer, text, self.top_k.value(), click

    def _predict_both(self) -> None:
        self.start()
        self.predict_next()

    def _example(self, text: str) -> None:
        self.sentence.setText(text)
        self.start()

    def _on_token_clicked(self, index: int) -> None:
        if self.state.bert is None or self.masked is None:
            return
        self.sentence.setText(self.masked.text)  # the text the shown tokens came from
        job = self.compute_args(click=index)
        if job is not None:
            self.messages.clear()
            self.runner.start(model_job, *job)

    def show_result(self, result: object) -> None:
        if not isinstance(result, MaskedResult):
            return
        self.masked = result
        if self.sentence.text() != result.text:
            self.sentence.setText(result.text)
        self.tokens.set_tokens(result.tokens, links=True)
        if result.error is not None:
            self.mask_note.setText(translated(result.error))
            self._show_charts([])
            return
        notes = []
        if any(p.truncated for p in result.predictions):
            notes.append(self.tr("The text was cut to the model's maximum length."))
        if len(result.predictions) > MOST_BARS:
            notes.append(
                self.tr("%1 masks: the first %2 are shown.")
                .replace("%1", whole(len(result.predictions)))
                .replace("%2", whole(MOST_BARS))
            )
        self.mask_note.setText(" ".join(notes) or self.tr("Most likely first; bars: probability."))
        self._show_charts(result.predictions[:MOST_BARS])

    def _hidden_chart(self) -> ProbabilityBars:
        chart = ProbabilityBars("")
        chart.setMinimumWidth(160)
        chart.hide()  # a hidden widget takes no room in the row
        self.bars_row.addWidget(chart, 1)
        return chart

    def _show_charts(self, predictions) -> None:
        for index, chart in enumerate(self.charts):
            chart.setVisible(index < len(predictions))
            if index < len(predictions):
                self.updates.put(
                    f"mask-{index}",
                    lambda c=chart, i=index, p=predictions[index]: self._draw_chart(c, i, p),
                )

    def _draw_chart(self, chart: ProbabilityBars, index: int, prediction) -> None:
        title = self.tr("[MASK] %1: the top %2 guesses").replace("%1", whole(index + 1))
        title = title.replace("%2", whole(len(prediction.tokens)))
        chart.title.setText(title)
        answers = self.examples.masked_lm_answers
        expected = (
            answers[index]
            if self.sentence.text() == self.examples.masked_lm and index < len(answers)
            else ""
        )
        highlight = prediction.tokens.index(expected) if expected in prediction.tokens else -1
        chart.set_bars(prediction.tokens, prediction.probabilities, highlight)

    # --- next sentence -----------------------------------------------------------------------
    def predict_next(self) -> int:
        """Run the next-sentence head on A and B (a worker); return the run id (0: no model)."""
        bert = self.state.bert
        if bert is None:
            return 0
        a, b = self.sentence_a.text(), self.sentence_b.text()
        return self.next_runner.start(model_job, compute_next, bert.model, bert.tokenizer, a, b)

    def _next_example(self, a: str, b: str) -> None:
        self.sentence_a.setText(a)
        self.sentence_b.setText(b)
        self.predict_next()

    def _on_next_succeeded(self, result: NextResult) -> None:
        if result.error is not None:
            self.next_label.setText(translated(result.error))
            self.next_bars.set_bars([], [])
            self.next_bars.update_hint()
        else:
            from lab_app.core.bert.playground import NEXT_SENTENCE_LABELS

            is_next = result.label == NEXT_SENTENCE_LABELS[0]
            p_next = result.probability if is_next else 1.0 - result.probability
            self.next_label.setText(
                self.tr("%1 (probability %2)")
                .replace("%1", result.label)
                .replace("%2", decimal(result.probability, 2))
            )
            self.next_bars.set_bars(
                list(NEXT_SENTENCE_LABELS), [p_next, 1.0 - p_next], 0 if is_next else 1
            )
        self._demo_part_done("next")

    def _on_next_failed(self, error: BaseException) -> None:
        self.next_label.setText(self.failure_text(error))
        self._demo_part_done("next")

    def _demo_part_done(self, part: str) -> None:
        """The demo ends when both playgrounds have answered."""
        if not self._demo:
            return
        self._demo_waiting.discard(part)
        if not self._demo_waiting:
            self._demo = False
            self.updates.flush()
            self.finished.emit()

    # --- the page ----------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        if self.state.bert is not None and not self.next_runner.busy:
            self.predict_next()

    def on_succeeded(self, result: object) -> None:
        if isinstance(result, MaskedResult) and self._demo:
            self.show_result(result)
            self._demo_part_done("masked")
            return
        super().on_succeeded(result)

    def start_demo(self) -> bool:
        self._demo_waiting = {"masked", "next"}
        return super().start_demo()

    def demo_input(self) -> None:
        self.sentence.setText(self.examples.masked_lm)
        first = self.examples.next_sentence[0]
        self.sentence_a.setText(first[0])
        self.sentence_b.setText(first[1])

    def on_model_changed(self, bert) -> None:
        self.masked = None

    def shutdown(self) -> None:
        super().shutdown()
        self.next_runner.stop()

    def busy(self) -> bool:
        return super().busy() or self.next_runner.busy

    def session(self) -> dict:
        return {
            "sentence": self.sentence.text(),
            "k": self.top_k.value(),
            "a": self.sentence_a.text(),
            "b": self.sentence_b.text(),
        }

    def restore(self, session: dict) -> None:
        self.sentence.setText(session["sentence"])
        self.top_k.setValue(session["k"])
        self.sentence_a.setText(session["a"])
        self.sentence_b.setText(session["b"])
