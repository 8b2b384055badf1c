"""The Inside page of the BERT tab: the input representation, one-way vs two-way context, and
static vs contextual vectors (lecture §4).

Three sections: (1) the "Representación" slide made live: token, segment and position
embeddings of an A/B pair and their sum, on one colour scale; (2) the lecture's two pictures:
a left-to-right model's attention mask beside BERT's, and the same model's attention under
each; (3) one word in two sentences: one static vector, two contextual ones. Forward passes
run on a worker; a section is computed when it is on show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.numbers import whole
from lab_app.qt.tabs.bert_view_base import BertViewPage
from lab_app.qt.tabs.bert_view_context import ContextResult, ContextSection, compute_context
from lab_app.qt.tabs.bert_view_input import PairInput
from lab_app.qt.widgets.attention_matrix import TokenMatrixView
from lab_app.qt.widgets.heatmap import HeatmapView
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(260, 190)
REPRESENTATION, CONTEXT_MASKS, STATIC_CONTEXTUAL = range(3)


@dataclass(frozen=True)
class InsideResult:
    """The pair's ``representation`` (core ``Representation``, numpy copies) and the model's
    attention on the same tokens, float32 (layers, heads, T, T): ``bidirectional`` (BERT's
    own) and ``causal`` (the same weights under a left-to-right mask)."""

    representation: Any
    bidirectional: np.ndarray
    causal: np.ndarray


def compute_inside(model, tokenizer, text_a: str, text_b: str | None) -> InsideResult:
    """The representation of A (and B) and both attentions. Worker thread."""
    from lab_app.core.bert.attention import encode_for, encoded_attentions
    from lab_app.core.bert.representation import input_representation

    encoded = encode_for(model, tokenizer, text_a, text_b)
    return InsideResult(
        representation=input_representation(model, tokenizer, text_a, text_b),
        bidirectional=encoded_attentions(model, encoded),
        causal=encoded_attentions(model, encoded, causal=True),
    )


class InsidePage(BertViewPage):
    """Input representation, unidirectional vs bidirectional context, static vs contextual."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        self.result: InsideResult | None = None
        self.input = PairInput()
        first, second = LECTURE_EXAMPLES.next_sentence
        self.input.add_example(self.tr("store → milk"), first[0], first[1])
        self.input.add_example(self.tr("store → penguins"), second[0], second[1])
        self.input.add_example(self.tr("banco"), *LECTURE_EXAMPLES.banco)
        self.input.set_pair(first[0], first[1])
        self.input.submitted.connect(self.start)
        self.sections = QTabWidget()
        self.sections.addTab(self._representation_section(), self.tr("Input representation"))
        self.sections.addTab(self._masks_section(), self.tr("One way or both ways"))
        self.context = ContextSection()
        self.context.submitted.connect(self.start)
        self.sections.addTab(self.context, self.tr("Static vs contextual vectors"))
        self.sections.currentChanged.connect(self._on_section_changed)
        self._fresh: set[int] = set()  # sections that show the current model and input
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.input)
        box.addWidget(self.sections, 1)
        self.set_content(content)

    # --- sections --------------------------------------------------------------------------
    def _representation_section(self) -> QWidget:
        token, segment, position = (
            "E<sub>token</sub>",
            "E<sub>segment</sub>",
            "E<sub>position</sub>",
        )
        titles = (
            self.tr("%1: token embedding (the token's row of the WordPiece table)").replace(
                "%1", token
            ),
            self.tr("%1: segment embedding (sentence A or B)").replace("%1", segment),
            self.tr("%1: position embedding (position 0, 1, 2…)").replace("%1", position),
            self.tr("Input = %1 + %2 + %3 (what the first layer reads, before LayerNorm)")
            .replace("%1", token)
            .replace("%2", segment)
            .replace("%3", position),
        )
        self.embeddings = [HeatmapView(title, diverging=True) for title in titles]
        for view in self.embeddings:
            view.header.setStretchFactor(view.readout, 0)  # the title gets the width
            view.set_axis_titles(self.tr("dimension"), self.tr("token"))
            view.hint.setText(self.tr("Press Show"))
        for view in self.embeddings:  # the four move along the tokens together
            for other in self.embeddings:
                if other is not view:
                    view.scroll_bar.valueChanged.connect(other.scroll_bar.setValue)
        tabs = [self.tr("Token"), self.tr("Segment"), self.tr("Position"), self.tr("Sum")]
        return PanelGrid(self.embeddings, tabs, 2, PANEL_MIN)

    def _masks_section(self) -> QWidget:
        self.masks = [TokenMatrixView(""), TokenMatrixView("")]
        for view in self.masks:
            view.set_axis_titles(self.tr("query token (looks)"), self.tr("key token (seen)"))
            view.row_word, view.column_word = self.tr("query"), self.tr("key")
            view.hint.setText(self.tr("Press Show"))
        self.mask_mode = QComboBox()
        self.mask_mode.addItem(self.tr("the masks: who may see whom"), "mask")
        self.mask_mode.addItem(self.tr("this model's attention under each mask"), "attention")
        self.mask_mode.setToolTip(
            self.tr(
                "The attention is this model's, with each mask applied to the same weights "
                "(it was trained both ways, not left to right)"
            )
        )
        self.mask_layer = QSpinBox()
        self.mask_layer.setRange(1, 1)
        self.mask_layer.setPrefix(self.tr("layer "))
        self.mask_layer.setToolTip(self.tr("The layer whose attention (mean over heads) is shown"))
        self.mask_mode.currentIndexChanged.connect(self._queue_masks)
        self.mask_layer.valueChanged.connect(self._queue_masks)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.mask_mode)
        row.addWidget(self.mask_layer)
        row.addStretch(1)
        tabs = [self.tr("Left to right"), self.tr("Both ways (BERT)")]
        section = QWidget()
        box = QVBoxLayout(section)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(row)
        box.addWidget(PanelGrid(self.masks, tabs, 2, PANEL_MIN), 1)
        self._mask_titles()
        return section

    def _on_section_changed(self, index: int) -> None:
        self.input.setVisible(index != STATIC_CONTEXTUAL)
        if index not in self._fresh and self.state.bert is not None:
            self.start()  # a job still running for another section is dropped

    # --- the job ---------------------------------------------------------------------------
    def compute_args(self) -> tuple | None:
        bert = self.state.bert
        if self.sections.currentIndex() == STATIC_CONTEXTUAL:
            first, second, word = self.context.texts()
            if not (first.strip() and second.strip() and word):
                self.messages.show_message(self.tr("Write both sentences and a word."), "warning")
                return None
            return compute_context, bert.model, bert.tokenizer, first, second, word
        text_a, text_b = self.input.pair()
        if not text_a.strip():
            self.messages.show_message(self.tr("Write sentence A first."), "warning")
            return None
        return compute_inside, bert.model, bert.tokenizer, text_a, text_b

    def on_model_changed(self, bert) -> None:
        self.result = None
        self._fresh = set()
        if bert is not None:
            self.mask_layer.blockSignals(True)
            self.mask_layer.setRange(1, int(bert.model.config.num_hidden_layers))
            self.mask_layer.blockSignals(False)

    def demo_input(self) -> None:
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        self.sections.setCurrentIndex(REPRESENTATION)
        self.input.set_pair(*LECTURE_EXAMPLES.next_sentence[0][:2])

    def show_result(self, result: object) -> None:
        if isinstance(result, ContextResult):
            self._fresh.add(STATIC_CONTEXTUAL)
            self.context.show_result(result, self.updates)
            self.updates.put("context-message", lambda: self._say(self.context.cosine_text()))
            return
        if not isinstance(result, InsideResult):
            return
        self.result = result
        self._fresh |= {REPRESENTATION, CONTEXT_MASKS}  # one job draws both sections
        rep = result.representation
        if rep.truncated:
            self.messages.show_message(
                self.tr(
                    "The input is longer than this model reads: it was cut to %1 tokens."
                ).replace("%1", whole(len(rep.tokens))),
                "warning",
            )
        self.updates.put("tokens", lambda: self.input.show_tokens(rep.tokens, rep.segment_ids))
        parts = (rep.token_embeddings, rep.segment_embeddings, rep.position_embeddings, rep.summed)
        # One colour scale for the four, symmetric around 0: the sum is visibly their sum.
        largest = max(float(np.abs(part).max()) for part in parts) or 1.0
        for index, part in enumerate(parts):
            self.updates.put(
                f"embedding-{index}",
                lambda v=self.embeddings[index], p=part: v.set_matrix(
                    p.T, _dimensions(p.shape[1]), list(rep.tokens), (-largest, largest)
                ),
            )
        self._queue_masks()

    def _say(self, text: str) -> None:
        self.messages.show_message(text, "info")

    # --- masks -----------------------------------------------------------------------------
    def _queue_masks(self, *_: object) -> None:
        self._mask_titles()
        result = self.result
        if result is None:
            return
        from lab_app.core.bert.contexts import bidirectional_mask, unidirectional_mask

        tokens = list(result.representation.tokens)
        if self.mask_mode.currentData() == "mask":
            length = len(tokens)
            matrices = (unidirectional_mask(length), bidirectional_mask(length))
            levels = [(0.0, 1.0)] * 2
        else:
            layer = min(self.mask_layer.value(), result.bidirectional.shape[0]) - 1
            matrices = (result.causal[layer].mean(axis=0), result.bidirectional[layer].mean(axis=0))
            top = max(float(m.max()) for m in matrices)  # one scale for the two
            levels = [(0.0, max(top, 1e-6))] * 2
        for index, (matrix, level) in enumerate(zip(matrices, levels, strict=True)):
            self.updates.put(
                f"mask-{index}",
                lambda v=self.masks[index], m=matrix, t=level: v.set_matrix(m, tokens, tokens, t),
            )

    def _mask_titles(self) -> None:
        attention = self.mask_mode.currentData() == "attention"
        self.mask_layer.setVisible(attention)
        left, right = self.masks
        left.title.setToolTip(
            self.tr(
                "Unidirectional context: each representation is built incrementally from the "
                "tokens before it, so a language model can learn to predict the next word"
            )
        )
        right.title.setToolTip(
            self.tr(
                "Bidirectional context: through the other words, from the second layer on, a "
                "word's own identity reaches its vector; predicting it would be trivial, so "
                "BERT masks the words it predicts (masked LM)"
            )
        )
        if not attention:
            left.title.setText(self.tr("Left to right: token i sees tokens 1…i (1 = seen)"))
            right.title.setText(
                self.tr("Both ways (BERT): every token sees all, words can “see themselves”")
            )
            return
        layer = str(self.mask_layer.value())
        left.title.setText(
            self.tr("Layer %1, mean of heads, left-to-right mask: never a later token").replace(
                "%1", layer
            )
        )
        right.title.setText(
            self.tr("Layer %1, mean of heads, both ways: BERT's own attention").replace("%1", layer)
        )

    # --- session ---------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "a": self.input.a.text(),
            "b": self.input.b.text(),
            "section": self.sections.currentIndex(),
            "layer": self.mask_layer.value(),
            "mask_mode": self.mask_mode.currentIndex(),
            "context": self.context.texts(),
        }

    def restore(self, session: dict) -> None:
        self.input.set_pair(session["a"], session["b"])
        first, second, word = session["context"]
        self.context.first.setText(first)
        self.context.second.setText(second)
        self.context.word.setText(word)
        if self.state.bert is not None:
            self.on_model_changed(self.state.bert)
            self._bert = self.state.bert
        self.mask_layer.setValue(session["layer"])
        self.mask_mode.setCurrentIndex(session["mask_mode"])
        self.sections.blockSignals(True)
        self.sections.setCurrentIndex(session["section"])
        self.sections.blockSignals(False)
        self.input.setVisible(session["section"] != STATIC_CONTEXTUAL)


def _dimensions(count: int) -> list[str]:
    return [str(d) for d in range(count)]
