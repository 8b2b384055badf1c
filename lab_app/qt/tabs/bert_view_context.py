"""Static vs contextual vectors (the lecture's word-sense disambiguation): one word in two
sentences has one static vector (a row of the input table, as in word2vec) but two BERT
vectors. A section of the Inside page: its inputs, the vectors, the cosine between the two
occurrences layer by layer, and each occurrence's nearest tokens."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.bert_view_input import MAX_INPUT_CHARS
from lab_app.qt.widgets.attention_matrix import TokenMatrixView
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.form_fields import bold_label
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(280, 220)
NEIGHBOURS = 5


@dataclass(frozen=True)
class ContextResult:
    """The word's ``static`` vector (H,), its ``contextual`` vectors in each sentence
    ((layers + 1, H) each: row 0 the embedding layer), the ``cosines`` between the two per
    layer, and nearest tokens: ``static_neighbours`` and ``neighbours`` per sentence
    ((token, cosine) pairs)."""

    word: str
    sentences: tuple[str, str]
    static: np.ndarray
    contextual: tuple[np.ndarray, np.ndarray]
    cosines: np.ndarray
    static_neighbours: tuple[tuple[str, float], ...]
    neighbours: tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]


def compute_context(model, tokenizer, first: str, second: str, word: str) -> ContextResult:
    """Everything the section shows for ``word`` in two sentences (core ``contexts``); raises
    WordNotFound when the word is not in one of them. Worker thread."""
    from lab_app.core.bert import contexts

    vectors = tuple(
        contexts.occurrence_vectors(model, tokenizer, sentence, word)
        for sentence in (first, second)
    )
    a, b = (np.asarray(v, np.float64) for v in vectors)
    norms = np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-12)
    near = tuple(
        tuple(contexts.contextual_neighbours(model, tokenizer, s, word, NEIGHBOURS))
        for s in (first, second)
    )
    return ContextResult(
        word=word,
        sentences=(first, second),
        static=contexts.static_vector(model, tokenizer, word),
        contextual=vectors,
        cosines=np.sum(a * b, axis=1) / norms,
        static_neighbours=tuple(contexts.static_neighbours(model, tokenizer, word, NEIGHBOURS)),
        neighbours=near,
    )


class NeighboursTable(QWidget):
    """The nearest tokens of the static vector and of each contextual one, side by side."""

    focus_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = bold_label(self.tr("Nearest tokens (cosine)"))
        self.table = QTableWidget(NEIGHBOURS, 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.set_headers("", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def set_headers(self, first: str, second: str) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("static vector"),
                self.tr("in sentence 1 %1").replace("%1", first).strip(),
                self.tr("in sentence 2 %1").replace("%1", second).strip(),
            ]
        )

    def show_neighbours(self, columns) -> None:
        """``columns``: three lists of (token, cosine)."""
        for col, neighbours in enumerate(columns):
            for row in range(NEIGHBOURS):
                text = ""
                if row < len(neighbours):
                    token, cosine = neighbours[row]
                    text = f"{token}  ({decimal(cosine, 2)})"
                self.table.setItem(row, col, QTableWidgetItem(text))

    def cell_text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""


class ContextSection(QWidget):
    """Two sentences and a word; ``submitted`` asks the page to compute (on its worker)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from lab_app.core.bert.playground import LECTURE_EXAMPLES

        self.first, self.second, self.word = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.first, self.second, self.word):
            field.setMaxLength(MAX_INPUT_CHARS)
            field.returnPressed.connect(self.submitted)
        self.word.setMaxLength(100)
        self.lecture = QPushButton(self.tr("Lecture example (banco)"))
        self.lecture.clicked.connect(self.set_lecture_example)
        self.compare = QPushButton(self.tr("Compare"))
        self.compare.setToolTip(self.tr("Run the model on both sentences (in the background)"))
        self.compare.clicked.connect(self.submitted)
        self._example = (*LECTURE_EXAMPLES.banco, LECTURE_EXAMPLES.banco_word)
        self.vectors = TokenMatrixView(
            self.tr(
                "One static vector, two contextual ones (each row scaled to its largest value)"
            ),
            diverging=True,
        )
        self.vectors.row_word, self.vectors.column_word = self.tr("vector"), self.tr("dimension")
        self.vectors.set_axis_titles(self.tr("vector"), self.tr("dimension"))
        self.vectors.hint.setText(self.tr("Press Compare"))
        self.cosines = CurvePlot(
            self.tr("Cosine between the word's two BERT vectors, layer by layer"),
            self.tr("layer (0 = input embeddings)"),
            self.tr("cosine similarity"),
        )
        self.cosines.set_hint(self.tr("Press Compare"))
        self.neighbours = NeighboursTable()
        self.panels = PanelGrid(
            [self.vectors, self.cosines, self.neighbours],
            [self.tr("Vectors"), self.tr("Cosine per layer"), self.tr("Neighbours")],
            3,
            PANEL_MIN,
        )
        form = QFormLayout()
        form.addRow(self.tr("Sentence 1"), self.first)
        form.addRow(self.tr("Sentence 2"), self.second)
        row = QHBoxLayout()
        row.addWidget(self.word, 1)
        row.addWidget(self.compare)
        row.addWidget(self.lecture)
        form.addRow(self.tr("Word"), row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.panels, 1)
        self.result: ContextResult | None = None
        self.set_lecture_example(submit=False)

    def set_lecture_example(self, _checked: bool = False, submit: bool = True) -> None:
        first, second, word = self._example
        self.first.setText(first)
        self.second.setText(second)
        self.word.setText(word)
        if submit:
            self.submitted.emit()

    def texts(self) -> tuple[str, str, str]:
        return self.first.text(), self.second.text(), self.word.text().strip()

    def show_result(self, result: ContextResult, updates) -> None:
        """Draw ``result``, one view per event-loop turn through ``updates``."""
        self.result = result
        updates.put("context-vectors", self._show_vectors)
        updates.put("context-cosines", self._show_cosines)
        updates.put("context-neighbours", self._show_neighbours)

    def _show_vectors(self) -> None:
        result = self.result
        rows = np.vstack([result.static, result.contextual[0][-1], result.contextual[1][-1]])
        rows = rows / np.maximum(np.abs(rows).max(axis=1, keepdims=True), 1e-12)
        labels = [
            self.tr("static (input table)"),
            self.tr("sentence 1, last layer"),
            self.tr("sentence 2, last layer"),
        ]
        self.vectors.set_matrix(
            rows, labels, [str(d) for d in range(rows.shape[1])], levels=(-1.0, 1.0)
        )

    def _show_cosines(self) -> None:
        result = self.result
        layers = np.arange(len(result.cosines))
        name = self.tr("«%1»: sentence 1 vs sentence 2 (BERT)").replace("%1", result.word)
        self.cosines.clear_curves()
        self.cosines.set_curve(name, layers, result.cosines)
        self.cosines.set_reference(1.0, self.tr("static vector: the same in both, cosine 1"))
        label = self.cosines.reference.label
        label.setPosition(0.02)  # at the left end, above the line: never cut by the edge
        label.anchors = [(0, 1), (0, 1)]
        low = min(0.0, float(np.nanmin(result.cosines)))
        self.cosines.plot.setYRange(low, 1.05, padding=0.02)
        self.cosines.plot.setXRange(0, max(len(layers) - 1, 1), padding=0.05)
        self.cosines.plot.getAxis("bottom").setTicks([[(i, str(i)) for i in layers]])

    def _show_neighbours(self) -> None:
        result = self.result
        self.neighbours.set_headers("", "")
        self.neighbours.heading.setText(
            self.tr(
                "Nearest tokens to «%1» (cosine): one list for the static vector, one per context"
            ).replace("%1", result.word)
        )
        self.neighbours.show_neighbours(
            [result.static_neighbours, result.neighbours[0], result.neighbours[1]]
        )

    def cosine_text(self) -> str:
        """A one-line summary of the comparison, for the message line."""
        result = self.result
        return (
            self.tr(
                "«%1» has one static vector but two BERT vectors: their cosine is %2 at the "
                "input and %3 after the last layer."
            )
            .replace("%1", result.word)
            .replace("%2", decimal(float(result.cosines[0]), 2))
            .replace("%3", decimal(float(result.cosines[-1]), 2))
        )
