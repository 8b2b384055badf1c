"""Concordance lines and context counts, which must agree with the co-occurrence matrix's row."""

from __future__ import annotations

import numpy as np
import pytest

from lab_app.core.corpus import load_builtin
from lab_app.core.embeddings.concordance import (
    ConcordanceLine,
    concordance,
    context_counts,
    occurrences,
)
from lab_app.core.embeddings.counts import cooccurrence_matrix
from lab_app.core.embeddings.errors import CountSettingError

TEXT = [
    [
        "we",
        "had",
        "to",
        "dig",
        "a",
        "hole",
        ".",
        "the",
        "car",
        "drove",
        "away",
        "leaving",
        "us",
        "there",
    ],
    [
        "a",
        "car",
        "is",
        "not",
        "a",
        "van",
        "but",
        "the",
        "car",
        "and",
        "the",
        "van",
        "share",
        "a",
        "road",
    ],
]


def test_concordance_line_splits_window_and_outside():
    lines = concordance(TEXT, "car", window=3, outside=2)
    first = lines[0]
    assert isinstance(first, ConcordanceLine) and (first.document, first.position) == (0, 8)
    assert first.left_outside == ("dig", "a")
    assert first.left_window == ("hole", ".", "the")
    assert first.word == "car"
    assert first.right_window == ("drove", "away", "leaving")
    assert first.right_outside == ("us", "there")
    assert first.text() == "dig a [hole . the car drove away leaving] us there"


def test_concordance_stops_at_document_edges_and_respects_limit():
    lines = concordance(TEXT, "car", window=3, outside=4)
    assert [(line.document, line.position) for line in lines] == [(0, 8), (1, 1), (1, 8)]
    second = lines[1]
    assert second.left_window == ("a",) and second.left_outside == ()  # nothing from document 0
    assert len(concordance(TEXT, "car", window=3, limit=2)) == 2
    assert concordance(TEXT, "zebra", window=3) == []


def test_context_counts_by_hand():
    counts = context_counts(["a", "b", "a", "c"], "a", 1)
    # a@0 sees b; a@2 sees b and c.
    assert counts == {"b": 2, "c": 1}
    assert context_counts(["a", "b", "a"], "a", 2) == {"a": 2, "b": 2}
    assert context_counts(TEXT, "zebra", 2) == {}


def row_as_dict(matrix, word):
    row = matrix.row(word)
    return {matrix.columns[j]: int(row[j]) for j in np.flatnonzero(row)}


@pytest.mark.parametrize("window", [1, 2, 3, 5, 8])
def test_context_counts_agree_with_the_cooccurrence_row(window):
    corpus = load_builtin("lee_background")
    documents = [corpus.document_tokens(i) for i in range(40)]
    matrix = cooccurrence_matrix(documents, window)
    for word in ("the", "police", "said", "fire"):
        assert context_counts(documents, word, window) == row_as_dict(matrix, word)


def test_every_concordance_window_sums_to_the_context_counts():
    window = 2
    lines = concordance(TEXT, "van", window=window, limit=1000)
    total: dict[str, int] = {}
    for line in lines:
        for token in (*line.left_window, *line.right_window):
            total[token] = total.get(token, 0) + 1
    assert total == context_counts(TEXT, "van", window)
    assert len(lines) == len(occurrences(TEXT, "van")) == 2


def test_bad_window_is_refused():
    with pytest.raises(CountSettingError):
        concordance(TEXT, "car", window=0)
    with pytest.raises(CountSettingError):
        context_counts(TEXT, "car", window=-2)
