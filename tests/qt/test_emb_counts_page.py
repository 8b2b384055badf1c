"""The Counts page: the lecture's tables, a corpus counted on the worker, the window slider,
unknown words, short documents, and a session that outlives the window."""

from __future__ import annotations

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
]


def tiny_corpus(documents=DOCUMENTS) -> Corpus:
    return Corpus("tiny test corpus", documents, options=CorpusOptions(language="en"))


def tokens_of(documents=DOCUMENTS) -> list[list[str]]:
    return [doc.split() for doc in documents]


def window_counts(documents: list[list[str]], word: str, window: int) -> Counter:
    """The words within ±window of each occurrence of ``word``, counted by hand."""
    found: Counter = Counter()
    for tokens in documents:
        for i, token in enumerate(tokens):
            if token == word:
                found.update(tokens[max(0, i - window) : i] + tokens[i + 1 : i + 1 + window])
    return found


@pytest.fixture
def page(qtbot, state):
    from lab_app.qt.tabs.emb_counts_page import CountsPage

    state.set_corpus(tiny_corpus())
    page = CountsPage(state)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    yield page
    page.shutdown()


def run(page, qtbot) -> None:
    with qtbot.waitSignal(page.finished, timeout=30000):
        assert page.start()


def table_values(table) -> dict[tuple[str, str], float]:
    """Each shown cell by (row label, column label), read back from the items' sort values."""
    from lab_app.qt.widgets.matrix_table import SORT_ROLE

    values = {}
    for i in range(table.rowCount()):
        row = table.item(i, 0).text()
        for j, column in enumerate(table.column_labels):
            values[row, column] = table.item(i, j + 1).data(SORT_ROLE)
    return values


def test_the_lecture_tables_show_without_start(page):
    from lab_app.core.embeddings.lecture import LENCI_COUNTS, SHAKESPEARE_COUNTS

    assert page.settings.source.currentData() == "shakespeare"
    cells = table_values(page.table)
    assert cells["fool", "Twelfth Night"] == SHAKESPEARE_COUNTS[2][1] == 58
    assert cells["clown", "Henry V"] == 0
    assert len(page.vectors.items) == 4  # one arrow per word
    assert page.vectors.plot.getAxis("bottom").labelText == "Twelfth Night (count)"
    page.settings.source.setCurrentIndex(page.settings.source.findData("lenci"))
    cells = table_values(page.table)
    assert cells["van", "the"] == LENCI_COUNTS[3][5] == 3
    assert page.vectors.chosen()[:2] == ("drive", "eat")


def test_the_battle_fool_picture_draws_the_plays_as_arrows(page):
    page.vectors.choose("battle", "fool", "columns")
    names = [label.toPlainText() for _, label in page.vectors.items]
    assert names == ["As You Like It", "Twelfth Night", "Julius Caesar", "Henry V"]
    tips = [tuple(arrow.points[1]) for arrow, _ in page.vectors.items]
    assert tips == [(1, 37), (1, 58), (8, 1), (15, 5)]  # (battle, fool) of each play
    assert page.vectors.plot.getAxis("left").labelText == "fool (count)"


def test_a_run_fills_both_corpus_tables_with_the_counts(page, qtbot):
    page.settings.context_window.setValue(2)
    run(page, qtbot)
    assert page.settings.source.currentData() == "corpus_td"  # the lecture table made way
    page.settings.words.setText("the, cat, drove")
    page.settings.words.editingFinished.emit()
    cells = table_values(page.table)
    for d, tokens in enumerate(tokens_of()):
        counts = Counter(tokens)
        for word in ("the", "cat", "drove"):
            assert cells[word, f"doc {d + 1}"] == counts[word]
    page.settings.source.setCurrentIndex(page.settings.source.findData("corpus_ww"))
    cells = table_values(page.table)
    for word in ("the", "cat", "drove"):
        by_hand = window_counts(tokens_of(), word, 2)
        for other in ("the", "cat", "drove"):
            assert cells[word, other] == by_hand[other], (word, other)
    page.settings.columns.setCurrentIndex(page.settings.columns.findData("contexts"))
    top = page.table.column_labels
    by_hand = window_counts(tokens_of(), "the", 2) + window_counts(tokens_of(), "cat", 2)
    by_hand += window_counts(tokens_of(), "drove", 2)
    assert top[0] == by_hand.most_common(1)[0][0]
    assert len(page.vectors.items) == 3


def test_the_window_slider_moves_the_brackets_and_the_counts_together(page, qtbot):
    page.settings.context_window.setValue(1)
    run(page, qtbot)
    page.settings.word.setText("drove")
    page.settings.word.editingFinished.emit()
    html = page.concordance.toHtml()
    assert "[car" in html and "on]" in html and "[van" in html
    assert [line.document for line in page.concordance.lines] == [2, 2]  # the third document
    contexts = table_values(page.contexts)
    assert {word: contexts[word, "count"] for word, _ in contexts} == dict(
        window_counts(tokens_of(), "drove", 1)
    )
    with qtbot.waitSignal(page.finished, timeout=30000):  # the word-word matrix is recounted
        page.settings.context_window.setValue(3)
    html = page.concordance.toHtml()
    assert "[the car" in html and "on the road]" in html and "[and the van" in html
    contexts = table_values(page.contexts)
    by_hand = window_counts(tokens_of(), "drove", 3)
    assert {word: contexts[word, "count"] for word, _ in contexts} == dict(by_hand)
    assert page.result.window == 3
    row = page.result.cooccurrence.row("drove")
    labels = page.result.cooccurrence.labels
    assert {labels[j]: int(row[j]) for j in np.flatnonzero(row)} == dict(by_hand)


def test_unknown_words_get_a_message_not_a_crash(page, qtbot):
    run(page, qtbot)
    page.settings.words.setText("cat, zebraq, unicornz")
    page.settings.words.editingFinished.emit()
    message = page.messages.text.text()
    assert "zebraq" in message and "unicornz" in message
    assert page.table.row_labels == ["cat"]
    page.settings.words.setText("zebraq")
    page.settings.words.editingFinished.emit()
    assert page.table_panel.is_empty()
    page.settings.word.setText("zebraq")
    page.settings.word.editingFinished.emit()
    assert page.concordance_panel.is_empty()
    assert "does not occur" in page.concordance_panel.hint.text()


def test_documents_too_short_for_the_window_are_explained(page, qtbot, state):
    state.set_corpus(tiny_corpus(["one two three", "four five six seven", "eight nine"]))
    page.settings.context_window.setValue(10)
    run(page, qtbot)
    assert page.messages.level == "warning"
    assert "±10" in page.messages.text.text()
    state.set_corpus(tiny_corpus(["one", "two", "three"]))
    with qtbot.waitSignal(page.runner.failed, timeout=30000):
        page.start()
    assert page.messages.level == "error"
    assert "no word has a context" in page.messages.text.text()


def test_the_session_survives_a_new_page(page, qtbot, state):
    from lab_app.qt.tabs.emb_counts_page import CountsPage

    run(page, qtbot)
    page.settings.source.setCurrentIndex(page.settings.source.findData("corpus_ww"))
    page.settings.words.setText("the, sat, dog")
    page.settings.words.editingFinished.emit()
    page.vectors.choose("sat", "dog")
    session = page.session()
    again = CountsPage(state)
    qtbot.addWidget(again)
    again.restore(session)
    assert again.result is page.result
    assert again.settings.source.currentData() == "corpus_ww"
    assert table_values(again.table) == table_values(page.table)
    assert again.vectors.chosen() == ("sat", "dog", "rows")
    assert again.concordance.toHtml() == page.concordance.toHtml()
    again.shutdown()
