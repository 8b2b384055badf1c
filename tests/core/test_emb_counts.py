"""Term-document and co-occurrence counts, against naive loops; the LabelledMatrix wrapper."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from scipy import sparse

from lab_app.core.embeddings.counts import (
    cooccurrence_matrix,
    iter_cooccurrence_matrix,
    term_document_matrix,
)
from lab_app.core.embeddings.errors import (
    CountSettingError,
    DuplicateWords,
    EmbeddingError,
    EmptyVocabulary,
    UnknownWords,
)
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.events import Progress, collect


def naive_cooccurrence(sentences, window, words):
    """Every position, every neighbour at distance 1..window in the same sentence: +1."""
    index = {w: i for i, w in enumerate(words)}
    counts = np.zeros((len(words), len(words)), dtype=np.int64)
    for sentence in sentences:
        for i, word in enumerate(sentence):
            for j in range(max(0, i - window), min(len(sentence), i + window + 1)):
                if j != i and word in index and sentence[j] in index:
                    counts[index[word], index[sentence[j]]] += 1
    return counts


def random_sentences(seed, n_sentences=30, vocabulary=12):
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(vocabulary)]
    return [
        [words[k] for k in rng.integers(0, vocabulary, rng.integers(0, 15))]
        for _ in range(n_sentences)
    ]


# -- term-document ----------------------------------------------------------------------------
def test_term_document_counts_rows_terms_columns_documents():
    docs = ["a b a c", ["b", "b", "d"], "a"]
    result = term_document_matrix(docs)
    # a: 3, b: 3 (tie → alphabetical), then c and d with 1 each.
    assert result.labels == ["a", "b", "c", "d"]
    assert result.columns == ["0", "1", "2"]
    assert sparse.issparse(result.matrix) and result.matrix.dtype == np.int64
    expected = [[2, 0, 1], [1, 2, 0], [1, 0, 0], [0, 1, 0]]
    np.testing.assert_array_equal(result.toarray(), expected)


def test_term_document_vocab_fixes_rows_and_keeps_absent_words_as_zero_rows():
    result = term_document_matrix(["x y y", "z"], vocab=["z", "missing", "y"], names=["A", "B"])
    assert result.labels == ["z", "missing", "y"] and result.columns == ["A", "B"]
    np.testing.assert_array_equal(result.toarray(), [[0, 1], [0, 0], [2, 0]])


def test_term_document_matches_counter_on_random_documents():
    docs = random_sentences(3, n_sentences=40, vocabulary=25)
    result = term_document_matrix(docs)
    for j, doc in enumerate(docs):
        counts = Counter(doc)
        for word in result.labels:
            assert result[result.index(word), j] == counts[word]


# -- co-occurrence ------------------------------------------------------------------------------
@pytest.mark.parametrize("window", [1, 2, 3, 4])
@pytest.mark.parametrize("seed", [0, 1])
def test_cooccurrence_equals_naive_double_loop_with_sentence_boundaries(window, seed):
    sentences = random_sentences(seed)
    result = cooccurrence_matrix(sentences, window)
    expected = naive_cooccurrence(sentences, window, result.labels)
    np.testing.assert_array_equal(result.toarray(), expected)
    assert (result.toarray() == result.toarray().T).all()


def test_cooccurrence_of_one_token_list_counts_across_the_whole_list():
    tokens = ["the", "cat", "sat", "on", "the", "mat"]
    result = cooccurrence_matrix(tokens, 2)
    np.testing.assert_array_equal(result.toarray(), naive_cooccurrence([tokens], 2, result.labels))
    assert result.value("cat", "sat") == 1 and result.value("the", "the") == 0
    # Split into two sentences, "sat" and "on" are no longer neighbours.
    split = cooccurrence_matrix([["the", "cat", "sat"], ["on", "the", "mat"]], 2)
    assert split.value("sat", "on") == 0 and result.value("sat", "on") == 1


def test_same_word_twice_in_the_window_counts_from_both_sides():
    result = cooccurrence_matrix("a b a", 2)
    assert result.value("a", "a") == 2 and result.value("a", "b") == 2


def test_vocab_restricts_and_min_count_drops_rare_words_keeping_distances():
    tokens = ["a", "x", "b", "a", "c", "a", "b"]  # x and c occur once
    frequent = cooccurrence_matrix(tokens, 1, min_count=2)
    assert frequent.labels == ["a", "b"]
    # x still takes its position: a and b around it are 2 apart, not neighbours at window 1.
    np.testing.assert_array_equal(frequent.toarray(), naive_cooccurrence([tokens], 1, ["a", "b"]))
    chosen = cooccurrence_matrix(tokens, 2, vocab=["c", "zzz", "a"])
    assert chosen.labels == chosen.columns == ["c", "zzz", "a"]
    np.testing.assert_array_equal(chosen.toarray(), naive_cooccurrence([tokens], 2, chosen.labels))


def test_zipf_corpus_with_20k_words_builds_sparse():
    rng = np.random.default_rng(0)
    vocabulary = 20_000
    p = 1.0 / np.arange(1, vocabulary + 1)
    ids = rng.choice(vocabulary, size=500_000, p=p / p.sum())
    tokens = [f"w{i}" for i in ids]
    result = cooccurrence_matrix(tokens, 2)
    assert result.shape[0] > 15_000 and result.shape[0] == result.shape[1]
    assert sparse.issparse(result.matrix)
    assert result.matrix.nnz < 0.01 * result.shape[0] * result.shape[1]
    # Each inner position has 4 neighbours; the ends fewer: 4·n − 2·(1 + 2) pairs.
    assert result.matrix.sum() == 4 * len(tokens) - 6


def test_cooccurrence_generator_yields_progress_and_returns_the_matrix():
    tokens = random_sentences(5, n_sentences=50)
    events, result = collect(iter_cooccurrence_matrix(tokens, 3))
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress and progress[-1].done == progress[-1].total
    np.testing.assert_array_equal(result.toarray(), cooccurrence_matrix(tokens, 3).toarray())


# -- errors -------------------------------------------------------------------------------------
@pytest.mark.parametrize("window", [0, -1, 1.5])
def test_bad_window_is_a_clear_error(window):
    with pytest.raises(CountSettingError, match="window") as info:
        cooccurrence_matrix("a b c", window)
    assert str(info.value) == str(info.value.text) and isinstance(info.value, EmbeddingError)


def test_empty_input_and_too_high_min_count_are_clear_errors():
    with pytest.raises(EmptyVocabulary, match="no tokens"):
        cooccurrence_matrix([], 2)
    with pytest.raises(EmptyVocabulary, match="at least 5 times"):
        cooccurrence_matrix("a b a", 2, min_count=5)
    with pytest.raises(DuplicateWords, match="'a'"):
        term_document_matrix(["a b"], vocab=["a", "b", "a"])


# -- LabelledMatrix -----------------------------------------------------------------------------
def test_labelled_matrix_unpacks_and_forwards_to_its_matrix():
    result = cooccurrence_matrix("a b c a", 1)
    matrix, labels = result
    assert matrix is result.matrix and labels is result.labels and len(result) == 2
    assert result[0] is matrix and result[1] is labels
    assert result[0, 1] == matrix[0, 1] and result.shape == matrix.shape
    np.testing.assert_array_equal(np.asarray(result), matrix.toarray())
    np.testing.assert_array_equal(result.row("b"), matrix.toarray()[labels.index("b")])
    assert result.index("c") == labels.index("c") and "c" in result and "z" not in result


def test_labelled_matrix_unknown_word_names_it():
    result = LabelledMatrix(np.eye(2), ["a", "b"])
    with pytest.raises(UnknownWords, match="'xyz' is not in the vocabulary") as info:
        result.row("xyz")
    assert info.value.words == ["xyz"]
    with pytest.raises(ValueError):
        LabelledMatrix(np.eye(2), ["a"])
