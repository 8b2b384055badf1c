"""The word2vec settings column: architecture, d, window, k negatives, epochs, min_count."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.widgets.form_fields import spin_box


class Word2VecSettings(QWidget):
    """The form; ``values()`` gives the fields of ``Word2VecConfig`` (seed aside)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.architecture = QComboBox()
        self.architecture.addItem(self.tr("skip-gram"), True)
        self.architecture.addItem(self.tr("CBOW"), False)
        self.architecture.setToolTip(
            self.tr(
                "<b>skip-gram</b>: from a word w predict each word c of its window (the lecture's "
                "model). <b>CBOW</b> (continuous bag of words): from the window's words together "
                "predict the word in the middle; faster, a little weaker on rare words."
            )
        )
        self.dimension = spin_box(
            5, 300, 50, self.tr("d: the length of each dense vector (the lecture: 50 to 1,000)")
        )
        self.context_window = spin_box(
            2, 10, 5, self.tr("±window: context words on each side of the target (2 to 10)")
        )
        self.negative = spin_box(
            1,
            20,
            5,
            self.tr("k: random negative words drawn for each real (target, context) pair"),
        )
        self.epochs = spin_box(1, 100, 10, self.tr("Passes over the corpus"))
        self.min_count = spin_box(
            1, 1000, 3, self.tr("Words seen fewer times than this get no vector")
        )
        self.evaluate = QCheckBox(self.tr("Evaluate each epoch"))
        self.evaluate.setChecked(True)
        self.evaluate.setToolTip(
            self.tr(
                "After each epoch: analogy accuracy on questions-words.txt and Spearman's ρ "
                "against human similarity judgements (WordSim-353, SimLex-999), with gensim's own "
                "functions. English benchmarks: on a Spanish corpus they find few known words."
            )
        )
        self.corpus = QLabel()
        self.corpus.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load vectors…"))
        self.load_button.setToolTip(
            self.tr("Load pretrained vectors: word2vec (binary or text), GloVe, fastText .vec")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr(
                "Save the vectors for the TensorFlow Embedding Projector (vectors.tsv + "
                "metadata.tsv) or in word2vec text format"
            )
        )
        self._layout()

    def _layout(self) -> None:
        box = QGroupBox(self.tr("word2vec (gensim)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Model"), self.architecture)
        form.addRow(self.tr("Dimension d"), self.dimension)
        form.addRow(self.tr("Window ±"), self.context_window)
        form.addRow(self.tr("Negatives k"), self.negative)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("min_count"), self.min_count)
        form.addRow(self.evaluate)
        form.addRow(self.corpus)
        files = QHBoxLayout()
        files.addWidget(self.load_button)
        files.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addLayout(files)
        layout.addStretch(1)

    def fields(self) -> dict[str, QWidget]:
        return {
            "sg": self.architecture,
            "vector_size": self.dimension,
            "window": self.context_window,
            "negative": self.negative,
            "epochs": self.epochs,
            "min_count": self.min_count,
            "evaluate": self.evaluate,
        }

    def values(self) -> dict[str, object]:
        return {
            "sg": bool(self.architecture.currentData()),
            "vector_size": self.dimension.value(),
            "window": self.context_window.value(),
            "negative": self.negative.value(),
            "epochs": self.epochs.value(),
            "min_count": self.min_count.value(),
        }
