"""The Weighting page: tf-idf and PPMI tables equal to the lecture's formulas computed here by
hand, neighbours side by side, sparse against dense, Stop during the SVD, sessions."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.options import CorpusOptions

DOCUMENTS = [
    "the cat sat on the mat and the dog sat on the rug",
    "a dog and a cat play in the garden while the bird sings",
    "the car drove on the road and the van drove on the motorway",
    "fast cars and slow vans share the road with the bus",
    "the dog chased the cat around the garden and the cat ran",
]
WINDOW = 2


def tokens_of() -> list[list[str]]:
    return [doc.split() for doc in DOCUMENTS]


def vocabulary() -> list[str]:
    counts = Counter(token for doc in tokens_of() for token in doc)
    return sorted(counts, key=lambda w: (-counts[w], w))


def counts_by_hand() -> np.ndarray:
    """c(x, y): the words within ±WINDOW of x, over every occurrence of x (the vocabulary's
    order)."""
    words = vocabulary()
    index = {w: i for i, w in enumerate(words)}
    c = np.zeros((len(words), len(words)))
    for tokens in tokens_of():
        for i, x in enumerate(tokens):
            for y in tokens[max(0, i - WINDOW) : i] + tokens[i + 1 : i + 1 + WINDOW]:
                c[index[x], index[y]] += 1
    return c


def ppmi_by_hand(c: np.ndarray) -> np.ndarray:
    """The lecture: PMI = log2 P(x, y) / (P(x) P(y)), PPMI = max(PMI, 0), entry by entry."""
    n = c.sum()
    result = np.zeros_like(c)
    for x in range(c.shape[0]):
        for y in range(c.shape[1]):
            if c[x, y] > 0:
                pmi = math.log2((c[x, y] / n) / ((c[x].sum() / n) * (c[:, y].sum() / n)))
                result[x, y] = max(pmi, 0.0)
    return result


def tfidf_by_hand(word: str, document: int) -> float:
    docs = [Counter(tokens) for tokens in tokens_of()]
    tf = docs[document][word] / max(docs[document].values())
    df = sum(1 for counts in docs if counts[word])
    return tf * math.log(len(docs) / df)


@pytest.fixture
def page(qtbot, state):
    from lab_app.qt.tabs.emb_weighting_page import WeightingPage

    state.set_corpus(Corpus("tiny test corpus", DOCUMENTS, options=CorpusOptions(language="en")))
    page = WeightingPage(state)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.settings.context_window.setValue(WINDOW)
    page.settings.min_count.setValue(1)
    page.settings.dimension.setValue(4)
    yield page
    page.shutdown()


def run(page, qtbot) -> None:
    with qtbot.waitSignal(page.finished, timeout=30000):
        assert page.start()


def cells(table) -> dict[tuple[str, str], float]:
    from lab_app.qt.widgets.matrix_table import SORT_ROLE

    return {
        (table.item(i, 0).text(), column): table.item(i, j + 1).data(SORT_ROLE)
        for i in range(table.rowCount())
        for j, column in enumerate(table.column_labels)
    }


def test_the_formulas_show_the_options_in_use(page):
    text = page.formulas.text()
    assert "PMI(x, y) = log<sub>2</sub> P(x, y) / (P(x) P(y))" in text
    assert "idf(t, D) = log(|D| / |{d ∈ D : t ∈ d}|)" in text
    assert "context smoothing off" in text and "add-k off" in text
    assert not page.settings.k.isEnabled()
    page.settings.alpha.setChecked(True)
    page.settings.add_k.setChecked(True)
    assert page.settings.k.isEnabled()
    assert "0.75" in page.formulas.text() and "c(x, y) + 1.0" in page.formulas.text()
    assert "α" in page.settings.alpha.toolTip() and "every count" in page.settings.add_k.toolTip()
    assert page.request().alpha == 0.75 and page.request().add_k == 1.0


def test_the_tables_hold_the_lecture_weights(page, qtbot):
    run(page, qtbot)
    page.settings.words.setText("cat, drove, garden")
    page.settings.words.editingFinished.emit()
    words = vocabulary()
    c, weights = counts_by_hand(), ppmi_by_hand(counts_by_hand())
    raw, ppmi = cells(page.raw), cells(page.weighted)
    assert page.raw.row_labels == ["cat", "drove", "garden"]
    assert len(page.raw.column_labels) >= 6
    for (word, context), value in ppmi.items():
        x, y = words.index(word), words.index(context)
        assert raw[word, context] == c[x, y]
        assert value == pytest.approx(weights[x, y])
    page.settings.kind.setCurrentIndex(page.settings.kind.findData("tfidf"))
    raw, tfidf = cells(page.raw), cells(page.weighted)
    assert raw["cat", "df"] == 3 and tfidf["cat", "idf"] == pytest.approx(math.log(5 / 3))
    for (word, column), value in tfidf.items():
        if column != "idf":
            document = int(column.split()[-1]) - 1
            assert value == pytest.approx(tfidf_by_hand(word, document)), (word, column)


def test_neighbours_in_each_space_are_the_highest_cosines(page, qtbot):
    run(page, qtbot)
    page.settings.query.setText("cat")
    page.settings.other.setText("dog")
    page.settings.query.editingFinished.emit()
    words = vocabulary()
    weights = ppmi_by_hand(counts_by_hand())
    unit = weights / np.linalg.norm(weights, axis=1, keepdims=True)
    scores = unit @ unit[words.index("cat")]
    scores[words.index("cat")] = -1
    best = [words[j] for j in np.argsort(-scores, kind="stable")[:3]]
    view = page.comparison.columns_view
    headers = [view.table.horizontalHeaderItem(j).text() for j in range(view.table.columnCount())]
    assert headers[:4] == ["raw counts", "tf-idf", "PPMI", "SVD (d = 4)"]
    assert view.cell_words(2)[:3] == best
    assert len(view.cell_words(3)) == 10  # the SVD's neighbours are in
    assert "train word2vec" in view.table.item(0, 4).text().lower()
    same = view.comparison.text()
    assert "tiny test corpus" in same and "±2" in same
    cosine = unit[words.index("cat")] @ unit[words.index("dog")]
    assert "cos(“cat”, “dog”)" in view.cosines.text()
    assert f"PPMI {cosine:.2f}" in view.cosines.text()


def test_word2vec_vectors_join_the_comparison(page, qtbot, state):
    from gensim.models import KeyedVectors

    from lab_app.core.embeddings.wordvectors import WordVectors

    run(page, qtbot)
    keyed = KeyedVectors(3)
    keyed.add_vectors(["cat", "dog", "car"], np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 0, 1.0]]))
    state.set_vectors(WordVectors(keyed, "test vectors"))
    page.settings.query.setText("cat")
    page.settings.query.editingFinished.emit()
    view = page.comparison.columns_view
    assert view.cell_words(4) == ["dog", "car"]
    assert view.table.horizontalHeaderItem(4).text() == "word2vec (d = 3)"
    names = [
        page.sparse_dense.table.item(i, 0).text() for i in range(page.sparse_dense.table.rowCount())
    ]
    assert names[-1] == "word2vec (dense)"


def test_sparse_and_dense_figures_and_the_quiz_answer(page, qtbot):
    run(page, qtbot)
    c = counts_by_hand()
    table = page.sparse_dense.table
    assert table.item(0, 2).text() == str(len(vocabulary()))  # word-word: |V| columns
    zeros = 100 * (1 - np.count_nonzero(c) / c.size)
    assert table.item(0, 3).text() == f"{zeros:.2f} %"
    assert table.item(2, 2).text() == "5"  # tf-idf rows: one entry per document
    assert table.item(3, 2).text() == "4" and table.item(3, 3).text() == "0.00 %"
    quiz = page.sparse_dense.quiz.text()
    assert "5 entries from the term-document matrix" in quiz
    assert f"{len(vocabulary())} from the word-word matrix" in quiz
    explained = page.result.explained
    assert page.variance.data["PPMI"][1][-1] == pytest.approx(explained.sum())


def test_unknown_words_are_named(page, qtbot):
    run(page, qtbot)
    page.settings.words.setText("cat, qwertz")
    page.settings.words.editingFinished.emit()
    assert "qwertz" in page.messages.text.text()
    assert page.raw.row_labels == ["cat"]
    page.settings.query.setText("qwertz")
    page.settings.query.editingFinished.emit()
    assert "not among the" in page.comparison.columns_view.table.item(0, 0).text()


def test_stop_during_the_svd_ends_the_job_and_keeps_the_sparse_views(page, qtbot, state):
    state.set_corpus(None)  # the default corpus: its SVD to d = 300 takes seconds
    page.settings.min_count.setValue(1)
    page.settings.dimension.setValue(300)
    with qtbot.waitSignal(page.runner.event, timeout=60000, check_params_cb=is_tables):
        page.start()
    assert page.tables is not None and page.svd_state == "running"
    with qtbot.waitSignal(
        page.runner.stopping_changed, timeout=2000, check_params_cb=lambda s: not s
    ):
        page.runner.stop()
    assert not page.runner.busy and page.result is None
    assert page.svd_state == "stopped"
    assert "Stopped" in page.comparison.columns_view.table.item(0, 3).text()
    assert page.raw.rowCount() > 0


def is_tables(event) -> bool:
    from lab_app.core.embeddings.count_jobs import SparseTables

    return isinstance(event, SparseTables)


def test_the_session_survives_a_new_page(page, qtbot, state):
    from lab_app.qt.tabs.emb_weighting_page import WeightingPage

    run(page, qtbot)
    page.settings.kind.setCurrentIndex(page.settings.kind.findData("tfidf"))
    page.settings.alpha.setChecked(True)
    session = page.session()
    again = WeightingPage(state)
    qtbot.addWidget(again)
    again.restore(session)
    assert again.result is page.result and again.tables is page.tables
    assert again.settings.kind.currentData() == "tfidf" and again.settings.alpha.isChecked()
    assert cells(again.weighted) == cells(page.weighted)
    assert again.comparison.columns_view.cell_words(2) == page.comparison.columns_view.cell_words(2)
    assert again.variance.has_data()
    again.shutdown()
