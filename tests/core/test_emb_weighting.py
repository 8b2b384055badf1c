"""tf-idf and PPMI: the lecture's formulas by hand, an independent numpy formula, sparse == dense."""

from __future__ import annotations

from math import log, log2

import numpy as np
import pytest
from scipy import sparse

from lab_app.core.embeddings.errors import CountSettingError, NotCounts, TooLargeToDensify
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.embeddings.lecture import shakespeare_term_document
from lab_app.core.embeddings.weighting import ppmi, tfidf


def random_counts(seed, shape=(15, 9), density=0.4):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(3.0, shape) * (rng.random(shape) < density)
    counts[2, :] = 0  # a word seen nowhere
    counts[:, 3] = 0  # an empty document / context
    return counts


def independent_tfidf(f):
    f = f.astype(float)
    tf = np.zeros_like(f)
    for j in range(f.shape[1]):
        if f[:, j].max() > 0:
            tf[:, j] = f[:, j] / f[:, j].max()
    idf = np.array([log(f.shape[1] / (row > 0).sum()) if (row > 0).any() else 0.0 for row in f])
    return tf * idf[:, None]


def independent_ppmi(c, alpha=None):
    c = c.astype(float)
    p = c / c.sum()
    p_word = p.sum(axis=1)
    context = c.sum(axis=0) if alpha is None else c.sum(axis=0) ** alpha
    p_context = context / context.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log2(p / np.outer(p_word, p_context))
    return np.where(c > 0, np.maximum(pmi, 0.0), 0.0)


# -- tf-idf -----------------------------------------------------------------------------------
def test_tfidf_by_hand_on_three_terms_four_documents():
    counts = np.array([[3, 0, 1, 2], [0, 2, 2, 0], [1, 1, 0, 0]])
    # tf divides by each column's max (3, 2, 2, 2); idf = ln(4 / df), df = 3, 2, 2.
    expected = np.array(
        [
            [1 * log(4 / 3), 0, 0.5 * log(4 / 3), 1 * log(4 / 3)],
            [0, 1 * log(2), 1 * log(2), 0],
            [1 / 3 * log(2), 0.5 * log(2), 0, 0],
        ]
    )
    np.testing.assert_allclose(tfidf(counts), expected, rtol=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_tfidf_matches_an_independent_formula_sparse_and_dense(seed):
    counts = random_counts(seed)
    expected = independent_tfidf(counts)
    dense = tfidf(counts)
    from_sparse = tfidf(sparse.csr_matrix(counts))
    assert isinstance(dense, np.ndarray) and dense.dtype == np.float64
    assert sparse.issparse(from_sparse)
    np.testing.assert_allclose(dense, expected, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(from_sparse.toarray(), expected, rtol=1e-12, atol=1e-15)


def test_tfidf_of_shakespeare_keeps_only_clown_which_two_plays_lack():
    weighted = tfidf(shakespeare_term_document())
    assert isinstance(weighted, LabelledMatrix) and weighted.labels[3] == "clown"
    # battle, soldier, fool occur in all four plays: idf = ln(4/4) = 0.
    np.testing.assert_array_equal(weighted.toarray()[:3], 0.0)
    # clown: 6 and 117 over the column maxima 37 and 117, times ln(4/2).
    np.testing.assert_allclose(weighted.row("clown"), [6 / 37 * log(2), log(2), 0, 0])


# -- PPMI ---------------------------------------------------------------------------------------
def test_ppmi_by_hand():
    counts = np.array([[4, 0, 2], [2, 2, 0]])
    # N = 10; P(w) = 0.6, 0.4; P(c) = 0.6, 0.2, 0.2.
    expected = np.array(
        [
            [log2(0.4 / (0.6 * 0.6)), 0, log2(0.2 / (0.6 * 0.2))],
            [0, log2(0.2 / (0.4 * 0.2)), 0],  # (1, 0): log2(0.2 / 0.24) < 0 → 0
        ]
    )
    np.testing.assert_allclose(ppmi(counts), expected, rtol=1e-12)


@pytest.mark.parametrize("alpha", [None, 0.75])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ppmi_matches_an_independent_formula_sparse_and_dense(seed, alpha):
    counts = random_counts(seed)
    expected = independent_ppmi(counts, alpha)
    dense = ppmi(counts, alpha=alpha)
    from_sparse = ppmi(sparse.csr_matrix(counts), alpha=alpha)
    assert sparse.issparse(from_sparse) and np.isfinite(dense).all()
    np.testing.assert_allclose(dense, expected, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(from_sparse.toarray(), expected, rtol=1e-12, atol=1e-14)


def test_context_smoothing_lowers_the_pmi_of_rare_contexts():
    counts = np.array([[10, 1], [10, 0], [0, 5]])
    plain, smoothed = ppmi(counts), ppmi(counts, alpha=0.75)
    # Context 1 is rarer: P_α raises its probability, so its PMI with word 2 falls.
    assert smoothed[2, 1] < plain[2, 1]


def test_add_k_smoothing_equals_the_formula_on_counts_plus_k():
    counts = random_counts(4)
    expected = independent_ppmi(counts + 2.0)
    np.testing.assert_allclose(ppmi(counts, add_k=2.0), expected, rtol=1e-12, atol=1e-14)
    from_sparse = ppmi(sparse.csr_matrix(counts), add_k=2.0)
    assert sparse.issparse(from_sparse)
    np.testing.assert_allclose(from_sparse.toarray(), expected, rtol=1e-12, atol=1e-14)


def test_add_k_refuses_a_dense_result_over_200_mb():
    big = sparse.csr_matrix((10_000, 10_000))
    with pytest.raises(TooLargeToDensify, match="763 MB") as info:
        ppmi(big, add_k=1.0)
    assert "dense" in str(info.value) and "alpha" in str(info.value)


def test_zero_rows_and_columns_give_zeros_not_nan():
    counts = np.zeros((3, 3))
    counts[0, 1] = 5
    for result in (ppmi(counts), ppmi(sparse.csr_matrix(counts)).toarray(), ppmi(counts * 0)):
        assert np.isfinite(result).all()
    assert ppmi(counts)[1:].sum() == 0


@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_negative_or_non_finite_counts_are_refused(bad):
    counts = np.ones((2, 2))
    counts[0, 0] = bad
    for weigh in (ppmi, tfidf):
        with pytest.raises(NotCounts, match="found 1 negative"):
            weigh(counts)
        with pytest.raises(NotCounts):
            weigh(sparse.csr_matrix(counts))


@pytest.mark.parametrize("setting", [{"alpha": 0.0}, {"alpha": 1.5}, {"add_k": -1.0}])
def test_bad_smoothing_settings_are_refused(setting):
    with pytest.raises(CountSettingError):
        ppmi(np.ones((2, 2)), **setting)


def test_labelled_in_labelled_out_and_input_untouched():
    counts = sparse.csr_matrix(random_counts(7))
    before = counts.copy()
    labelled = LabelledMatrix(counts, [f"w{i}" for i in range(15)], [f"c{j}" for j in range(9)])
    result = ppmi(labelled)
    assert result.labels == labelled.labels and result.columns == labelled.columns
    assert (counts != before).nnz == 0
