"""Many to many, x ≠ y: an encoder-decoder with attention turns Spanish number words into
digits ("ciento veintitrés" → "123"); the decoder's attention over the encoder's steps is shown
as a heatmap (it prepares the BERT tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig
from lab_app.qt.tabs.rnn_panels import shown_token
from lab_app.qt.tabs.rnn_settings import TaskSettings
from lab_app.qt.tabs.rnn_sources import SourceBox
from lab_app.qt.tabs.rnn_task_page import RnnTaskPage
from lab_app.qt.widgets.heatmap import HeatmapView

BIG_NUMBERS = "numbers-9999"


class TranslationPage(RnnTaskPage):
    """Train the seq2seq model; watch its attention on the probe or on typed number words."""

    task_key = "many_to_many_seq2seq"
    metric_key = "exact_match"
    baseline_key = "majority string"
    defaults = TaskConfig(cell="gru", hidden_size=64, embedding_dim=32, max_steps=600,
                          learning_rate=0.01)  # fmt: skip
    demo_steps = 500

    def __init__(self, state, parent: QWidget | None = None):
        self.attention = HeatmapView(self.tr("Attention a_tj of each output character"))
        self.attention.set_axis_titles(self.tr("output (step t)"), self.tr("input word (step j)"))
        self.attention.hint.setText(self.tr("Press Start to train"))
        super().__init__(state, parent)

    def add_data_settings(self, settings: TaskSettings) -> None:
        self.source = SourceBox(
            self.state,
            [
                (self.tr("Numbers 0–999 in words → digits"), None),
                (self.tr("Numbers 0–9 999 in words → digits"), BIG_NUMBERS),
            ],
        )
        settings.add_data_row(self.tr("Examples"), self.source)
        note = settings.add_note(
            self.tr("Many to many (x ≠ y): the encoder reads the words, the decoder writes digits.")
        )
        note.setToolTip(
            self.tr(
                "The decoder writes one character per step, looking back at the encoder's states "
                "h_j with weights a_tj (attention). The ground truth is exact: the words are "
                "generated from the numbers."
            )
        )

    def task_panels(self) -> list[tuple[QWidget, str]]:
        return [(self.attention, self.tr("Attention"))]

    def data_source(self) -> object:
        from lab_app.core.rnn.tasks.seq2seq_data import NumberSource

        source = self.source.source()
        return NumberSource(count=4000, max_value=9999) if source == BIG_NUMBERS else source

    def input_placeholder(self) -> str:
        return self.tr("e.g. novecientos cuarenta y dos")

    def _draw_snapshot(self, snapshot: HiddenSnapshot) -> None:
        super()._draw_snapshot(snapshot)
        if snapshot.attention is not None and len(snapshot.outputs):
            rows = [shown_token(c) for c in snapshot.outputs]
            self.attention.set_matrix(
                snapshot.attention[: len(rows)], rows, list(snapshot.tokens), levels=(0.0, 1.0)
            )
