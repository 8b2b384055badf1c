"""Truncated SVD (sparse → dense), the sparse/dense comparison figures and the quiz's dimensions."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from lab_app.core.corpus import load_builtin
from lab_app.core.embeddings.counts import cooccurrence_matrix, term_document_matrix
from lab_app.core.embeddings.dense import (
    iter_truncated_svd,
    sparse_dense_summary,
    sparse_dimension,
    truncated_svd,
)
from lab_app.core.embeddings.errors import CountSettingError
from lab_app.core.embeddings.lecture import shakespeare_term_document
from lab_app.core.embeddings.similarity import cosine
from lab_app.core.embeddings.weighting import ppmi
from lab_app.core.events import Progress, collect


def decaying_matrix(seed, shape=(120, 80), rank=30, rate=0.3):
    """A matrix with singular values 2^0, 2^-rate, 2^-2·rate, ...: the top ones well separated
    (rate 1: ill-conditioned, singular values down to 2^-29)."""
    rng = np.random.default_rng(seed)
    u, _ = np.linalg.qr(rng.standard_normal((shape[0], rank)))
    v, _ = np.linalg.qr(rng.standard_normal((shape[1], rank)))
    return (u * 2.0 ** (-rate * np.arange(rank))) @ v.T


def assert_same_up_to_sign(actual, expected, **tolerance):
    signs = np.sign(np.sum(actual * expected, axis=0))
    np.testing.assert_allclose(actual * signs, expected, **tolerance)


# rate 1 with 15 dimensions: an ill-conditioned range (singular values 1 to 2^-24), which one
# orthonormalisation pass leaves ~1e-5 off orthogonal.
@pytest.mark.parametrize(("rate", "dim"), [(0.3, 5), (1.0, 15)])
@pytest.mark.parametrize("as_sparse", [False, True])
def test_vectors_equal_the_exact_svd_u_times_sigma(as_sparse, rate, dim):
    matrix = decaying_matrix(0, rate=rate)
    u, s, _ = np.linalg.svd(matrix, full_matrices=False)
    vectors, ratio = truncated_svd(sparse.csr_matrix(matrix) if as_sparse else matrix, dim)
    assert vectors.shape == (120, dim) and ratio.shape == (dim,)
    assert_same_up_to_sign(vectors, u[:, :dim] * s[:dim], atol=1e-11)
    exact = np.var(u[:, :dim] * s[:dim], axis=0) / np.var(matrix, axis=0).sum()
    np.testing.assert_allclose(ratio, exact, rtol=1e-8)


def test_explained_variance_ratio_matches_scikit_learn_on_lee_ppmi():
    from sklearn.decomposition import TruncatedSVD

    corpus = load_builtin("lee_background")
    documents = [corpus.document_tokens(i) for i in range(len(corpus))]
    weighted = ppmi(cooccurrence_matrix(documents, 4, min_count=5), alpha=0.75)
    vectors, ratio = truncated_svd(weighted, 10)
    exact = TruncatedSVD(10, algorithm="arpack").fit(weighted.matrix).explained_variance_ratio_
    # Randomized: the leading components to a fraction of a percent, the last within a few.
    np.testing.assert_allclose(ratio[:5], exact[:5], rtol=0.005)
    np.testing.assert_allclose(ratio, exact, rtol=0.06)
    assert vectors.shape == (weighted.shape[0], 10) and np.isfinite(vectors).all()


def textbook_randomized_svd(a, dim, seed, n_iter=5):
    """Halko et al.'s algorithm with QR normalisation, in one piece: same Ω as the blocked one."""
    omega = np.random.default_rng(seed).standard_normal((a.shape[1], dim + 10))
    q = omega
    for _ in range(n_iter):
        q, _ = np.linalg.qr(a @ q)
        q, _ = np.linalg.qr(a.T @ q)
    q, _ = np.linalg.qr(a @ q)
    u, s, _ = np.linalg.svd(q.T @ a, full_matrices=False)
    return (q @ u)[:, :dim] * s[:dim]


def test_blocked_steps_equal_the_textbook_algorithm_on_a_sparse_matrix(monkeypatch):
    from lab_app.core.embeddings import svd

    monkeypatch.setattr(svd, "_BLOCK_WORK", 2_000)  # many small blocks
    rng = np.random.default_rng(5)
    matrix = sparse.random(300, 200, density=0.05, random_state=rng, format="csr")
    vectors, _ = truncated_svd(matrix, 8, seed=2)
    assert_same_up_to_sign(vectors, textbook_randomized_svd(matrix.toarray(), 8, 2), atol=1e-9)


def test_same_seed_same_vectors_and_signs_fixed():
    matrix = sparse.csr_matrix(decaying_matrix(1))
    first, _ = truncated_svd(matrix, 4, seed=3)
    np.testing.assert_array_equal(first, truncated_svd(matrix, 4, seed=3)[0])
    other, _ = truncated_svd(matrix, 4, seed=4)
    np.testing.assert_allclose(other, first, atol=1e-8)  # same signs: largest entry positive
    biggest = first[np.argmax(np.abs(first), axis=0), np.arange(4)]
    assert (biggest > 0).all()


def test_rank_below_dim_gives_zero_columns_and_all_variance_explained():
    rng = np.random.default_rng(2)
    low_rank = rng.random((30, 2)) @ rng.random((2, 20))
    vectors, ratio = truncated_svd(low_rank, 5)
    np.testing.assert_allclose(vectors[:, 2:], 0.0, atol=1e-6)
    assert ratio.sum() == pytest.approx(1.0, abs=1e-6)
    zeros, zero_ratio = truncated_svd(sparse.csr_matrix((6, 4)), 2)
    assert not zeros.any() and not zero_ratio.any()


def test_shakespeare_in_two_dimensions_separates_comedies_words_from_histories_words():
    counts = shakespeare_term_document()
    vectors, _ = truncated_svd(counts, 2)
    battle, soldier, fool, clown = vectors
    assert cosine(battle, soldier) > 0.99
    assert cosine(battle, soldier) > cosine(battle, fool) > cosine(battle, clown)


@pytest.mark.parametrize("dim", [0, 81, 2.5, True])
def test_bad_dimension_is_refused(dim):
    with pytest.raises(CountSettingError, match="from 1 to 80"):
        truncated_svd(decaying_matrix(0), dim)


def test_svd_generator_reports_progress_and_can_be_closed():
    matrix = sparse.csr_matrix(decaying_matrix(0))
    events, (vectors, _) = collect(iter_truncated_svd(matrix, 3))
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == progress[-1].total and progress[-1].unit == "steps"
    job = iter_truncated_svd(matrix, 3)
    next(job)
    job.close()  # Stop: nothing left running, no error


def test_sparse_dense_summary_counts_bytes_and_zeros():
    matrix = sparse.csr_matrix(np.eye(4) * 2.0)
    dense = np.array([[1.0, 0.0], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]])
    summary = sparse_dense_summary(matrix, dense)
    assert matrix.indices.dtype == np.int32  # 4 bytes per column index, 4 per row pointer
    assert summary["sparse_bytes"] == 4 * 8 + 4 * 4 + 5 * 4
    assert summary["sparse_as_dense_bytes"] == 16 * 8
    assert summary["sparse_zero_share"] == 0.75 and summary["sparse_nonzeros"] == 4
    assert summary["sparse_dimension"] == 4 and summary["dense_dimension"] == 2
    assert summary["dense_zero_share"] == 1 / 8 and summary["dense_bytes"] == 64


def test_quiz_dimensions_are_the_columns_of_the_real_matrices():
    assert sparse_dimension(1_000, 20_000) == {"term_document": 1_000, "word_word": 20_000}
    documents = ["a b c", "b c d e", "a a"]
    answer = sparse_dimension(len(documents), 5)
    assert term_document_matrix(documents).shape[1] == answer["term_document"]
    assert cooccurrence_matrix([d.split() for d in documents], 2).shape[1] == answer["word_word"]
