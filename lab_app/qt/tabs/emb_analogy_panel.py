"""Analogies: a − b + c ≈ ? with the top-k answers (3CosAdd, or 3CosMul), and nearest
neighbours of one word; both read the shared vectors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal
from lab_app.qt.widgets.form_fields import bold_label

TOP_K = 5


class AnalogyPanel(QWidget):
    """Three word fields, a method, ready examples, and the answers.

    ``solved(a, b, c, answer)`` fires with the vocabulary's spellings when an analogy is solved.
    """

    solved = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vectors = None
        self.title = bold_label(self.tr("Analogy: a − b + c ≈ ?"))
        self.title.setToolTip(
            self.tr(
                "king − man + woman ≈ queen: the word whose vector is closest (cosine) to "
                "v(a) − v(b) + v(c), leaving out a, b and c. <b>3CosAdd</b> maximises "
                "cos(x, a) − cos(x, b) + cos(x, c); <b>3CosMul</b> (Levy &amp; Goldberg 2014) "
                "multiplies instead, so one large similarity cannot dominate."
            )
        )
        self.a, self.b, self.c = QLineEdit(), QLineEdit(), QLineEdit()
        for field, text in ((self.a, "king"), (self.b, "man"), (self.c, "woman")):
            field.setPlaceholderText(text)
            field.setMaxLength(60)
            field.returnPressed.connect(self.solve)
        self.method = QComboBox()
        self.method.addItem("3CosAdd", "3cosadd")
        self.method.addItem("3CosMul", "3cosmul")
        self.method.setToolTip(self.title.toolTip())
        self.examples = QComboBox()
        self.examples.setToolTip(self.tr("Ready examples; those the vocabulary lacks say so"))
        self.examples.activated.connect(self._on_example)
        self.solve_button = QPushButton(self.tr("Solve"))
        self.solve_button.clicked.connect(self.solve)
        self.answers = QListWidget()
        self.answers.setMinimumHeight(60)
        self._layout()
        self.set_vectors(None)

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel("a"), 0, 0)
        grid.addWidget(self.a, 0, 1)
        grid.addWidget(QLabel("− b"), 1, 0)
        grid.addWidget(self.b, 1, 1)
        grid.addWidget(QLabel("+ c"), 2, 0)
        grid.addWidget(self.c, 2, 1)
        row = QHBoxLayout()
        row.addWidget(self.method)
        row.addWidget(self.solve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.examples)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.answers, 1)

    def set_vectors(self, vectors) -> None:
        """Use ``vectors`` (a WordVectors, or None) and list which ready examples it supports."""
        from lab_app.core.embeddings.analogies import READY_EXAMPLES

        self.vectors = vectors
        self.examples.clear()
        self.examples.addItem(self.tr("Ready examples…"), None)
        for example in READY_EXAMPLES:
            a, b, c, expected = example[:4]
            missing = [] if vectors is None else [w for w in (a, b, c) if vectors.find(w) is None]
            text = f"{a} − {b} + {c} ≈ {expected}"
            if missing:
                text += "  " + self.tr("(not in the vocabulary: %1)").replace(
                    "%1", ", ".join(missing)
                )
            self.examples.addItem(text, (a, b, c))
        self.solve_button.setEnabled(vectors is not None)
        self.answers.clear()

    def _on_example(self, index: int) -> None:
        words = self.examples.itemData(index)
        if words:
            for field, word in zip((self.a, self.b, self.c), words):
                field.setText(word)
            self.solve()

    def solve(self) -> list[tuple[str, float]]:
        """Solve the analogy in the fields; show and return the answers ([] on a problem)."""
        from lab_app.core.embeddings.analogies import analogy
        from lab_app.core.embeddings.errors import EmbeddingError

        self.answers.clear()
        if self.vectors is None:
            self.answers.addItem(self.tr("Train word2vec or load vectors first."))
            return []
        words = [
            field.text().strip() or field.placeholderText() for field in (self.a, self.b, self.c)
        ]
        found = [self.vectors.find(word) or word for word in words]
        try:
            answers = analogy(self.vectors.keyed, *found, k=TOP_K, method=self.method.currentData())
        except EmbeddingError as error:
            self.answers.addItem(translated(error))
            return []
        for word, score in answers:
            self.answers.addItem(f"{word}   {decimal(score, 3)}")
        if answers:
            self.solved.emit(*found, answers[0][0])
        return answers


class NeighbourList(QWidget):
    """The nearest neighbours (cosine, in the vectors' own space) of one word."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = bold_label(self.tr("Nearest neighbours"))
        self.title.setToolTip(
            self.tr(
                "cos(u, v) = u·v / (‖u‖ ‖v‖), in the full d-dimensional space, not on the map: "
                "two words close on a 2-D map need not be neighbours."
            )
        )
        self.list = QListWidget()
        self.list.setMinimumHeight(60)
        self.hint = QLabel(self.tr("Click a point or search a word"))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def show_word(self, vectors, word: str, k: int = 10) -> None:
        self.list.clear()
        self.title.setText(self.tr("Nearest neighbours of “%1”").replace("%1", word))
        self.hint.hide()
        for other, score in vectors.keyed.most_similar(word, topn=k):
            self.list.addItem(f"{other}   {decimal(score, 3)}")

    def clear(self) -> None:
        self.list.clear()
        self.title.setText(self.tr("Nearest neighbours"))
        self.hint.show()
