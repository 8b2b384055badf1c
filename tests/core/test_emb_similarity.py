"""Cosine and nearest neighbours: simple vectors, sparse == dense, and a real corpus (Lee)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from lab_app.core.corpus import load_builtin
from lab_app.core.embeddings.counts import cooccurrence_matrix
from lab_app.core.embeddings.errors import UnknownWords
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.embeddings.lecture import lenci_cooccurrence
from lab_app.core.embeddings.similarity import cosine, cosine_table, nearest
from lab_app.core.embeddings.weighting import ppmi


@pytest.fixture(scope="module")
def lee_ppmi():
    corpus = load_builtin("lee_background")
    documents = [corpus.document_tokens(i) for i in range(len(corpus))]
    return ppmi(cooccurrence_matrix(documents, 4, min_count=5), alpha=0.75)


def test_cosine_of_orthogonal_parallel_and_opposite_vectors():
    assert cosine(np.array([1.0, 0, 0]), np.array([0, 3.0, 0])) == 0.0
    assert cosine(np.array([1.0, 2, 3]), np.array([2.0, 4, 6])) == pytest.approx(1.0)
    assert cosine(np.array([1.0, 2]), np.array([-1.0, -2])) == pytest.approx(-1.0)
    assert cosine(np.array([1.0, 1]), np.array([1.0, 0])) == pytest.approx(1 / np.sqrt(2))


def test_cosine_with_a_zero_vector_is_zero():
    assert cosine(np.zeros(3), np.array([1.0, 2, 3])) == 0.0
    assert cosine(np.zeros(3), np.zeros(3)) == 0.0


def test_cosine_of_sparse_rows_equals_dense():
    rng = np.random.default_rng(0)
    a, b = rng.random(50) * (rng.random(50) < 0.3), rng.random(50) * (rng.random(50) < 0.3)
    expected = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
    assert cosine(sparse.csr_matrix(a), sparse.csr_matrix(b)) == pytest.approx(expected)
    assert cosine(a, b) == pytest.approx(expected)
    with pytest.raises(ValueError):
        cosine(a, b[:10])


def test_nearest_on_lecture_counts_pairs_car_with_van_and_cat_with_dog():
    counts = lenci_cooccurrence()
    assert nearest(counts, "car", k=1)[0][0] == "van"
    assert nearest(counts, "cat", k=1)[0][0] == "dog"
    # car·van = 18, |car| = √18, |van| = √20; car·cat = car·dog = 4, |cat| = √15, |dog| = √17.
    expected = [("van", 18 / np.sqrt(18 * 20)), ("cat", 4 / np.sqrt(18 * 15))]
    expected.append(("dog", 4 / np.sqrt(18 * 17)))
    neighbours = nearest(counts, "car", k=3)
    assert [w for w, _ in neighbours] == [w for w, _ in expected]
    np.testing.assert_allclose([s for _, s in neighbours], [s for _, s in expected])


def test_nearest_sparse_dense_and_plain_matrix_agree():
    rng = np.random.default_rng(1)
    dense = rng.poisson(1.0, (30, 20)).astype(float)
    labels = [f"w{i}" for i in range(30)]
    from_sparse = nearest(LabelledMatrix(sparse.csr_matrix(dense), labels), "w4", k=5)
    from_dense = nearest(dense, "w4", k=5, labels=labels)
    assert [w for w, _ in from_sparse] == [w for w, _ in from_dense]
    np.testing.assert_allclose([s for _, s in from_sparse], [s for _, s in from_dense])
    brute = sorted(
        ((cosine(dense[4], dense[i]), labels[i]) for i in range(30) if i != 4), reverse=True
    )
    np.testing.assert_allclose([s for _, s in from_dense], [s for s, _ in brute[:5]])


def test_nearest_on_the_lee_corpus_is_finite_sorted_and_sensible(lee_ppmi):
    neighbours = nearest(lee_ppmi, "israeli", k=10)
    words, scores = [w for w, _ in neighbours], np.array([s for _, s in neighbours])
    assert len(neighbours) == 10 and "israeli" not in words
    assert np.isfinite(scores).all() and (scores <= 1).all() and (scores > 0).all()
    assert (np.diff(scores) <= 0).all()
    assert "palestinian" in words[:3] and {"israel", "gaza"} <= set(words)
    assert "three" in [w for w, _ in nearest(lee_ppmi, "two", k=3)]


def test_nearest_unknown_word_is_a_clear_error(lee_ppmi):
    with pytest.raises(UnknownWords, match="'xyzzy' is not in the vocabulary"):
        nearest(lee_ppmi, "xyzzy")


def test_nearest_of_a_zero_row_is_empty_and_k_is_capped():
    counts = LabelledMatrix(np.array([[0.0, 0], [1, 0], [1, 1]]), ["a", "b", "c"])
    assert nearest(counts, "a") == []
    assert [w for w, _ in nearest(counts, "b", k=10)] == ["c", "a"]


def test_cosine_table_is_symmetric_with_ones_on_the_diagonal(lee_ppmi):
    words = ["israeli", "palestinian", "fire"]
    table = cosine_table(lee_ppmi, words)
    assert table.labels == words and np.allclose(np.diag(table.matrix), 1.0)
    np.testing.assert_allclose(table.matrix, table.matrix.T)
    expected = cosine(lee_ppmi.row("israeli"), lee_ppmi.row("fire"))
    assert table.value("israeli", "fire") == pytest.approx(expected)
    with pytest.raises(UnknownWords, match="'foo', 'bar' are not in the vocabulary"):
        cosine_table(lee_ppmi, ["foo", "israeli", "bar"])
