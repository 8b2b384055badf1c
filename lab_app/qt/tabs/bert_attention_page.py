"""The Attention page of the BERT tab: what each head of each layer looks at.

Three views of one forward pass (``output_attentions=True``, core ``encoded_attentions``):
the model view (every layer × head as a thumbnail, one image), the matrix view (the selected
head large, a token on each row and column) and the head view (bertviz style: lines from each
token to the tokens it attends to). The forward pass runs on a worker; the views are drawn one
per event-loop turn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from lab_app.qt.numbers import whole
from lab_app.qt.tabs.bert_view_base import BertViewPage
from lab_app.qt.tabs.bert_view_input import PairInput
from lab_app.qt.widgets.attention_grid import AttentionGridView
from lab_app.qt.widgets.attention_lines import HeadLinesView
from lab_app.qt.widgets.attention_matrix import TokenMatrixView
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(260, 230)


@dataclass(frozen=True)
class AttentionResult:
    """One input's attention (numpy copies): ``tokens`` and ``segments`` (0 = A, 1 = B),
    ``attention`` float32 (layers, heads, T, T), the model view's ``mosaic``, ``truncated``."""

    tokens: tuple[str, ...]
    segments: tuple[int, ...]
    attention: np.ndarray
    mosaic: np.ndarray
    truncated: bool


def compute_attention(model, tokenizer, text_a: str, text_b: str | None) -> AttentionResult:
    """Encode A (and B), run the encoder once with attentions, build the mosaic. Worker."""
    from lab_app.core.bert.attention import encode_for, encoded_attentions
    from lab_app.qt.widgets.attention_grid import attention_mosaic

    encoded = encode_for(model, tokenizer, text_a, text_b)
    attention = encoded_attentions(model, encoded)
    return AttentionResult(
        tokens=encoded.tokens,
        segments=tuple(int(s) for s in encoded.token_type_ids),
        attention=attention,
        mosaic=attention_mosaic(attention),
        truncated=encoded.truncated,
    )


class AttentionPage(BertViewPage):
    """Model view, matrix view and head view of the shared BERT's attention."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        self.result: AttentionResult | None = None
        self.input = PairInput()
        first, second = LECTURE_EXAMPLES.next_sentence
        self.input.add_example(self.tr("store → milk"), first[0], first[1])
        self.input.add_example(self.tr("store → penguins"), second[0], second[1])
        self.input.add_example(self.tr("[MASK] … milk"), LECTURE_EXAMPLES.masked_lm)
        self.input.set_pair(first[0], first[1])
        self.input.submitted.connect(self.start)
        self.layer = QSpinBox()
        self.head = QSpinBox()
        self.layer.setToolTip(
            self.tr(
                "The layer the matrix and head views show (1 = nearest the input); "
                "or click a head in the model view"
            )
        )
        self.head.setToolTip(self.tr("The head of that layer the matrix and head views show"))
        for box in (self.layer, self.head):
            box.setRange(1, 1)
            box.valueChanged.connect(self._on_head_changed)
        self.grid = AttentionGridView(
            self.tr("Model view: layers × heads (each scaled to its maximum; click one)")
        )
        self.grid.plot.setLabel("left", self.tr("layer"))
        self.grid.plot.setLabel("bottom", self.tr("head"))
        self.grid.set_hint(self.tr("Press Show"))
        self.grid.head_chosen.connect(self._on_head_chosen)
        self.matrix = TokenMatrixView(self.tr("Matrix view"))
        self.matrix.set_axis_titles(
            self.tr("attending token (query)"), self.tr("attended token (key)")
        )
        self.matrix.row_word, self.matrix.column_word = self.tr("query"), self.tr("key")
        self.lines = HeadLinesView(self.tr("Head view"))
        self.panels = PanelGrid(
            [self.grid, self.matrix, self.lines],
            [self.tr("Model view"), self.tr("Matrix view"), self.tr("Head view")],
            3,
            PANEL_MIN,
        )
        self.layer.setPrefix(self.tr("layer "))
        self.head.setPrefix(self.tr("head "))
        for box in (self.layer, self.head):  # the head the matrix and head views show
            self.input.trailing.addWidget(box)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.input)
        box.addWidget(self.panels, 1)
        self.set_content(content)
        self._titles()

    # --- the job ---------------------------------------------------------------------------
    def compute_args(self) -> tuple | None:
        bert = self.state.bert
        text_a, text_b = self.input.pair()
        if not text_a.strip():
            self.messages.show_message(self.tr("Write sentence A first."), "warning")
            return None
        return compute_attention, bert.model, bert.tokenizer, text_a, text_b

    def demo_input(self) -> None:
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        first = LECTURE_EXAMPLES.next_sentence[0]
        self.input.set_pair(first[0], first[1])

    def on_model_changed(self, bert) -> None:
        self.result = None
        if bert is None:
            return
        config = bert.model.config
        for box, most in (
            (self.layer, config.num_hidden_layers),
            (self.head, config.num_attention_heads),
        ):
            box.blockSignals(True)
            box.setRange(1, int(most))
            box.blockSignals(False)

    def show_result(self, result: object) -> None:
        if not isinstance(result, AttentionResult):
            return
        self.result = result
        if result.truncated:
            self.messages.show_message(
                self.tr(
                    "The input is longer than this model reads: it was cut to %1 tokens "
                    "(the views show those)."
                ).replace("%1", whole(len(result.tokens))),
                "warning",
            )
        layers, heads = result.attention.shape[:2]
        self.updates.put("tokens", lambda: self.input.show_tokens(result.tokens, result.segments))
        self.updates.put("grid", lambda: self.grid.set_mosaic(result.mosaic, layers, heads))
        self._queue_head()

    # --- the selected head -----------------------------------------------------------------
    def selected(self) -> tuple[int, int]:
        """(layer, head), 0-based."""
        return self.layer.value() - 1, self.head.value() - 1

    def _on_head_chosen(self, layer: int, head: int) -> None:
        for box, value in ((self.layer, layer + 1), (self.head, head + 1)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._on_head_changed()

    def _on_head_changed(self, *_: object) -> None:
        self.grid.select(*self.selected())
        self._titles()
        if self.result is not None:
            self._queue_head()

    def _queue_head(self) -> None:
        result = self.result
        layer, head = self.selected()
        layer = min(layer, result.attention.shape[0] - 1)
        head = min(head, result.attention.shape[1] - 1)
        matrix = result.attention[layer, head]
        self.updates.put("matrix", lambda: self._show_matrix(result.tokens, matrix))
        self.updates.put("head", lambda: self.lines.set_head(result.tokens, matrix))

    def _show_matrix(self, tokens, matrix: np.ndarray) -> None:
        labels = list(tokens)
        self.matrix.set_matrix(matrix, labels, labels, (0.0, max(float(matrix.max()), 1e-6)))

    def _titles(self) -> None:
        layer, head = (str(v + 1) for v in self.selected())
        self.matrix.title.setText(
            self.tr("Matrix view, layer %1, head %2 (each row sums to 1)")
            .replace("%1", layer)
            .replace("%2", head)
        )
        self.matrix.title.setToolTip(
            self.tr(
                "Row i is how token i (the query) spreads its attention over the tokens "
                "(the keys): softmax(QKᵀ/√d)"
            )
        )
        self.lines.title.setText(
            self.tr("Head view, layer %1, head %2: query (left) → keys (right)")
            .replace("%1", layer)
            .replace("%2", head)
        )
        self.lines.title.setToolTip(
            self.tr("A line from each token to each token it attends to; width and opacity: weight")
        )

    # --- session ---------------------------------------------------------------------------
    def session(self) -> dict:
        a, b = self.input.a.text(), self.input.b.text()
        return {
            "a": a,
            "b": b,
            "layer": self.layer.value(),
            "head": self.head.value(),
            "threshold": self.lines.threshold.value(),
            "hide_special": self.lines.hide_special.isChecked(),
        }

    def restore(self, session: dict) -> None:
        self.input.set_pair(session["a"], session["b"])
        self.lines.threshold.setValue(session["threshold"])
        self.lines.hide_special.setChecked(session["hide_special"])
        if self.state.bert is not None:
            self.on_model_changed(self.state.bert)
            self._bert = self.state.bert
        self.layer.setValue(session["layer"])
        self.head.setValue(session["head"])
