"""The Weighting page's two comparisons: nearest neighbours in five spaces side by side, and
sparse against dense vectors (dimension, zeros, memory), with the lecture's quiz answer for
the loaded corpus. Both read the page's results (``tables``, ``result``, ``svd_state``) and
the shared word2vec vectors. GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lab_app.qt.core_text import corpus_title
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.emb_weighting_views import NEIGHBOURS, NeighbourColumns, fill_table, text_table
from lab_app.qt.widgets.matrix_table import TitledPanel

if TYPE_CHECKING:
    from lab_app.qt.tabs.emb_weighting_page import WeightingPage


def memory_text(size: float) -> str:
    """Bytes as kB or MB (1 kB = 1 024 bytes) in the UI's language."""
    if size < 2**20:
        return decimal(size / 2**10, 1) + " kB"
    return decimal(size / 2**20, 1) + " MB"


def percent(share: float) -> str:
    """A 0-1 share as a percent with two decimals in the UI's language."""
    return decimal(100.0 * share, 2) + " %"


class NeighbourComparison(TitledPanel):
    """The query word's nearest neighbours by cosine under raw counts, tf-idf, PPMI, the SVD of
    PPMI and word2vec, with what is held the same and the cosine of two words in each."""

    def __init__(self, page: WeightingPage):
        self.columns_view = NeighbourColumns()
        super().__init__("", self.columns_view)
        self.page = page
        self.set_title(self.tr("Nearest neighbours"))
        self.title.setToolTip(
            self.tr(
                "cos(u, v) = u·v / (‖u‖ ‖v‖) between the query's vector and every other word's, "
                "in each space. Count vectors are never negative, so their cosines lie in [0, 1]."
            )
        )

    def query(self) -> str:
        tables = self.page.tables
        word = self.page.settings.query.text().strip()
        if tables is not None and tables.lowercase:
            word = word.lower()
        return word or (tables.words[0] if tables is not None and tables.words else "")

    def other(self) -> str:
        word = self.page.settings.other.text().strip()
        tables = self.page.tables
        return word.lower() if tables is not None and tables.lowercase else word

    def spaces(self) -> list[tuple[str, str, object]]:
        """(header, tooltip, labelled matrix or None) for the four count-based spaces."""
        tables, result = self.page.tables, self.page.result
        dimension = result.dense.shape[1] if result else self.page.settings.dimension.value()
        return [
            (self.tr("raw counts"), self.tr("Rows of the word-word count matrix"), tables.counts),
            (
                self.tr("tf-idf"),
                self.tr("Rows of the term-document matrix, tf-idf weighted"),
                tables.tfidf,
            ),
            (self.tr("PPMI"), self.tr("Rows of the word-word matrix, PPMI weighted"), tables.ppmi),
            (
                self.tr("SVD (d = %1)").replace("%1", str(dimension)),
                self.tr("Dense vectors: the truncated SVD of the PPMI matrix"),
                result.dense if result else None,
            ),
        ]

    def refresh(self) -> None:
        tables = self.page.tables
        if tables is None:
            self.set_hint(self.tr("Press Start: neighbours under each weighting appear here."))
            self.set_empty(True)
            return
        word = self.query()
        self.set_title(self.tr("Nearest neighbours of “%1”").replace("%1", word))
        headers, tips, columns = [], [], []
        for header, tip, labelled in self.spaces():
            headers.append(header)
            tips.append(tip)
            columns.append(self._neighbours(labelled, word))
        vectors = self.page.state.vectors
        headers.append(
            self.tr("word2vec") if vectors is None else f"word2vec (d = {vectors.dimension})"
        )
        tips.append(self.tr("The vectors trained (or loaded) on the word2vec page"))
        columns.append(self._word2vec_neighbours(word))
        self.columns_view.show_columns(headers, tips, columns)
        self.columns_view.comparison.setText(self._comparison())
        self.columns_view.cosines.setText(self._cosines(word, self.other()))
        self.set_empty(False)

    def _neighbours(self, labelled, word: str) -> list | str:
        from lab_app.core.embeddings.similarity import nearest

        if labelled is None:
            state = self.page.svd_state
            if state == "stopped":
                return self.tr("Stopped before the SVD ended: press Start.")
            return self.tr("Computing the SVD…")
        if word not in labelled:
            return self._unknown(word)
        found = nearest(labelled, word, NEIGHBOURS)
        return found or self.tr("Its vector is all zeros here: no neighbours.")

    def _unknown(self, word: str) -> str:
        tables = self.page.tables
        return (
            self.tr("“%1” is not among the %2 words counted (seen at least %3 times).")
            .replace("%1", word)
            .replace("%2", whole(tables.counts.shape[0]))
            .replace("%3", str(tables.request.min_count))
        )

    def _word2vec_neighbours(self, word: str) -> list | str:
        vectors = self.page.state.vectors
        if vectors is None:
            return self.tr("Train word2vec on the word2vec page to compare its vectors here.")
        found = vectors.find(word)
        if found is None:
            return self.tr("“%1” is not in word2vec's vocabulary.").replace("%1", word)
        return [(w, float(s)) for w, s in vectors.keyed.most_similar(found, topn=NEIGHBOURS)]

    def _comparison(self) -> str:
        tables = self.page.tables
        request = tables.request
        same = (
            self.tr(
                "<b>Same</b>: corpus %1, the %2 words seen at least %3 times, cosine similarity; "
                "window ±%4 for the word-word spaces."
            )
            .replace("%1", corpus_title(tables))
            .replace("%2", whole(tables.counts.shape[0]))
            .replace("%3", str(request.min_count))
            .replace("%4", str(request.window))
        )
        differs = self.tr(
            "<b>Different</b>: the weighting, and the vectors: sparse rows of dimension %1 "
            "(word-word) or %2 (tf-idf: one per document) against dense ones."
        )
        differs = differs.replace("%1", whole(tables.counts.shape[1])).replace(
            "%2", whole(tables.n_documents)
        )
        if self.page.state.vectors is not None:
            differs += " " + self.tr(
                "word2vec was trained on the word2vec page, with its own corpus, window and "
                "minimum count."
            )
        return f"{same} {differs}"

    def _cosines(self, word: str, other: str) -> str:
        from lab_app.core.embeddings.similarity import cosine

        if not other:
            return ""
        parts = []
        for header, _tip, labelled in self.spaces():
            if labelled is None or word not in labelled or other not in labelled:
                parts.append(f"{header} —")
            else:
                parts.append(
                    f"{header} {decimal(cosine(labelled.row(word), labelled.row(other)), 2)}"
                )
        vectors = self.page.state.vectors
        if vectors is not None:
            a, b = vectors.find(word), vectors.find(other)
            value = decimal(float(vectors.keyed.similarity(a, b)), 2) if a and b else "—"
            parts.append(f"word2vec {value}")
        head = self.tr("cos(“%1”, “%2”):").replace("%1", word).replace("%2", other)
        return f"<b>{head}</b> " + " · ".join(parts)


class SparseDensePanel(TitledPanel):
    """Dimension, share of zeros and memory of the sparse matrices against the dense vectors,
    the SVD's explained variance, and the quiz answer for the loaded corpus."""

    def __init__(self, page: WeightingPage):
        self.body_widget = QWidget()
        super().__init__("", self.body_widget)
        self.page = page
        self.set_title(self.tr("Sparse vs dense vectors"))
        self.table = text_table(
            [
                self.tr("vectors"),
                self.tr("words"),
                self.tr("dimension"),
                self.tr("zeros"),
                self.tr("memory"),
                self.tr("if dense"),
            ],
            [
                "",
                self.tr("Rows: one vector per word"),
                self.tr("Entries per vector"),
                self.tr("Share of the entries that are exactly 0"),
                self.tr(
                    "Memory as stored: a sparse matrix keeps only its non-zeros (and where "
                    "they are)"
                ),
                self.tr("The same numbers stored as a full table of float64"),
            ],
        )
        self.quiz = QLabel()
        self.quiz.setWordWrap(True)
        layout = QVBoxLayout(self.body_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.quiz)

    def refresh(self) -> None:
        from lab_app.core.embeddings.count_jobs import storage

        tables, result = self.page.tables, self.page.result
        if tables is None:
            self.set_hint(
                self.tr("Press Start: the sizes of sparse and dense vectors appear here.")
            )
            self.set_empty(True)
            return
        rows = [
            (self.tr("counts, word-word (sparse)"), storage(tables.counts)),
            (self.tr("PPMI (sparse)"), storage(tables.ppmi)),
            (self.tr("tf-idf, term-document (sparse)"), storage(tables.tfidf)),
        ]
        if result is not None:
            rows.append((self.tr("SVD of PPMI (dense)"), storage(result.dense.matrix)))
        vectors = self.page.state.vectors
        if vectors is not None:
            rows.append((self.tr("word2vec (dense)"), storage(np.asarray(vectors.keyed.vectors))))
        fill_table(
            self.table,
            [
                (
                    name,
                    whole(figures["rows"]),
                    whole(figures["dimension"]),
                    percent(figures["zero_share"]),
                    memory_text(figures["stored_bytes"]),
                    memory_text(figures["dense_bytes"]),
                )
                for name, figures in rows
            ],
        )
        self.quiz.setText(self._quiz_text(tables) + self._variance_text(result))
        self.set_empty(False)

    def _quiz_text(self, tables) -> str:
        return (
            self.tr(
                "Quiz: for %1 a word's sparse vector has %2 entries from the term-document matrix "
                "(one per document) and %3 from the word-word matrix (one per vocabulary word; "
                "%4 here, the words seen at least %5 times)."
            )
            .replace("%1", corpus_title(tables))
            .replace("%2", whole(tables.n_documents))
            .replace("%3", whole(tables.types))
            .replace("%4", whole(tables.counts.shape[1]))
            .replace("%5", str(tables.request.min_count))
        )

    def _variance_text(self, result) -> str:
        if result is None:
            return ""
        kept = float(np.sum(result.explained))
        return " " + self.tr(
            "The SVD keeps %1 of the PPMI matrix's variance in d = %2 dimensions."
        ).replace("%1", percent(kept)).replace("%2", str(result.dense.shape[1]))
