"""Many to one (sentiment) and many to many with x = y (part-of-speech tags): word-level tasks
whose outputs are shown under each word of the probe or of a typed sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig
from lab_app.core.rnn.tasks.jobs import TaskReady, TaskRun
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.rnn_panels import TokenOutputs
from lab_app.qt.tabs.rnn_settings import TaskSettings
from lab_app.qt.tabs.rnn_sources import SourceBox
from lab_app.qt.tabs.rnn_task_page import RnnTaskPage


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class WordTaskPage(RnnTaskPage):
    """A word-level task: the outputs per word in a panel of their own."""

    outputs_title = ""

    def __init__(self, state, parent: QWidget | None = None):
        self.outputs = TokenOutputs()
        super().__init__(state, parent)

    def task_panels(self) -> list[tuple[QWidget, str]]:
        return [(_scrolled(self.outputs), self.outputs_title)]

    def data_source(self) -> object:
        return self.source.source()

    def show_ready(self, ready: TaskReady) -> None:
        super().show_ready(ready)
        self.outputs.set_labels(ready.labels)

    def _draw_snapshot(self, snapshot: HiddenSnapshot) -> None:
        super()._draw_snapshot(snapshot)
        self.outputs.show_outputs(snapshot.tokens, snapshot.outputs, self.outputs_note())

    def outputs_note(self) -> str:
        return ""


class SentimentPage(WordTaskPage):
    """Many to one: read a review word by word, answer once at the end."""

    task_key = "many_to_one"
    metric_key = "accuracy"
    baseline_key = "majority class"
    defaults = TaskConfig(cell="lstm", hidden_size=64, embedding_dim=32, max_steps=400)
    demo_steps = 300

    def __init__(self, state, parent: QWidget | None = None):
        self.outputs_title = self.tr("Answer after each word")
        super().__init__(state, parent)

    def add_data_settings(self, settings: TaskSettings) -> None:
        self.source = SourceBox(
            self.state,
            [
                (self.tr("Spanish reviews (built in)"), None),
                (self.tr("Movie reviews, English (Pang & Lee, built in)"), "pang_lee_polarity"),
            ],
            use_corpus=True,
            file_filter=self.tr("Labelled text, a 'label' column (*.csv *.tsv)"),
        )
        settings.add_data_row(self.tr("Examples"), self.source)
        settings.add_note(
            self.tr(
                "Many to one: the network reads every word and answers once, from its last h_T. "
                "20 % of each class is held out."
            )
        )

    def input_placeholder(self) -> str:
        return self.tr("A review, any length")

    def outputs_note(self) -> str:
        return self.tr(
            "Under each word: the class the network would answer if the sentence ended there. "
            "Only the last one is its answer."
        )


class TaggingPage(WordTaskPage):
    """Many to many, x = y: one part-of-speech tag per word."""

    task_key = "many_to_many_aligned"
    metric_key = "token accuracy"
    baseline_key = "most frequent tag per word"
    defaults = TaskConfig(cell="lstm", hidden_size=64, embedding_dim=32, max_steps=400)
    demo_steps = 300

    def __init__(self, state, parent: QWidget | None = None):
        self.outputs_title = self.tr("Tags")
        super().__init__(state, parent)

    def add_data_settings(self, settings: TaskSettings) -> None:
        self.source = SourceBox(
            self.state,
            [(self.tr("Spanish tagged sample (built in)"), None)],
            file_filter=self.tr("CoNLL-U files (*.conllu *.conll *.txt)"),
        )
        settings.add_data_row(self.tr("Examples"), self.source)
        settings.add_note(
            self.tr(
                "Many to many (x = y): one output y_t per input x_t, a universal part-of-speech "
                "tag (NOUN, VERB, DET…) for each word."
            )
        )

    def input_placeholder(self) -> str:
        return self.tr("A Spanish sentence")

    def show_evaluation(self, run: TaskRun) -> None:
        super().show_evaluation(run)
        figures = run.figures
        rows = [
            f"<tr><td>{tag}</td><td align='right'>{decimal(value, 2)}</td>"
            f"<td align='right'>{decimal(figures['per_tag_baseline'][tag], 2)}</td></tr>"
            for tag, value in figures["per_tag"].items()
            if value == value  # a tag without held-out words has NaN
        ]
        head = self.tr("<tr><th>tag</th><th>network</th><th>baseline</th></tr>")
        self.per_tag = f"<table cellspacing='6'>{head}{''.join(rows)}</table>"
        self.outputs.footer = self.outputs_note()
        self.outputs.show_outputs(self.outputs.tokens, self.outputs.outputs, self.outputs_note())

    def outputs_note(self) -> str:
        note = self.tr("Held-out accuracy per tag:")
        table = getattr(self, "per_tag", "")
        return f"{note}{table}" if table else ""
