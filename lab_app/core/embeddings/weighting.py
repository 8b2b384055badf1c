"""Weighting raw counts: tf-idf (term-document) and PPMI (word-word), as the lecture defines them.

Both take a numpy array, a scipy.sparse matrix or a ``LabelledMatrix`` (rows are words) and give
back the same kind: sparse in → sparse out (CSR float64, computed on the non-zeros only), a
LabelledMatrix keeps its labels. Vectorised numpy, no Python loop per entry; any thread (a
20,000 × 20,000 matrix with millions of non-zeros takes well under a second).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import CountSettingError, NotCounts, TooLargeToDensify
from lab_app.core.embeddings.labelled import LabelledMatrix, is_sparse
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

# add-k smoothing fills every cell: refuse a dense result above this (200 MB of float64).
MAX_DENSE_BYTES = 200 * 1024 * 1024


def tfidf(counts: Any) -> Any:
    """Return tf·idf of a term-document count matrix (rows terms, columns documents), float64.

    tf(t, d) = f(t, d) / max{f(t', d) : t' ∈ d}, the count over the column's largest count (a
    column of zeros stays zero); idf(t, D) = ln(|D| / |{d ∈ D : t ∈ d}|), natural log, with
    |D| the number of columns; a row that occurs in no document gets 0. A term in every
    document gets idf 0, so tf·idf 0: it says nothing about which document is which.
    Same kind out as in (numpy, CSR, or LabelledMatrix with the same labels). Any thread.
    """
    if isinstance(counts, LabelledMatrix):
        return counts.with_matrix(tfidf(counts.matrix))
    if is_sparse(counts):
        return _sparse_tfidf(_checked_sparse(counts))
    return _dense_tfidf(_checked_dense(counts))


def ppmi(counts: Any, alpha: float | None = None, add_k: float = 0.0) -> Any:
    """Return positive pointwise mutual information of a co-occurrence (word × context) matrix.

    PMI(x, y) = log₂ P(x, y) / (P(x) P(y)) with P(x, y) = c(x, y) / N, P(x) = Σ_y c(x, y) / N
    (row sums), P(y) = Σ_x c(x, y) / N (column sums), N the sum of all counts; PPMI = max(PMI, 0).
    Zero counts give 0, never -inf or NaN. ``alpha`` smooths the context distribution,
    P_α(y) = c(y)^α / Σ c^α (Levy, Goldberg & Dagan 2015; 0.75 is typical), which raises the
    probability of rare contexts and so lowers their PMI. ``add_k`` adds k to every count
    (Laplace smoothing) before the probabilities: the result is dense, so it is refused with
    ``TooLargeToDensify`` when it would exceed 200 MB. Same kind out as in. Any thread.
    """
    if isinstance(counts, LabelledMatrix):
        return counts.with_matrix(ppmi(counts.matrix, alpha, add_k))
    _check_smoothing(alpha, add_k)
    if add_k > 0:
        return _add_k_ppmi(counts, alpha, add_k)
    if is_sparse(counts):
        return _sparse_ppmi(_checked_sparse(counts), alpha)
    return _dense_ppmi(_checked_dense(counts), alpha)


# -- tf-idf -----------------------------------------------------------------------------------
def _idf(document_frequency: np.ndarray, n_documents: int) -> np.ndarray:
    """idf(t) = ln(|D| / df(t)); 0 where df = 0 (the term occurs nowhere)."""
    df = document_frequency.astype(np.float64)
    ratio = np.divide(n_documents, df, out=np.ones_like(df), where=df > 0)
    return np.log(ratio)


def _dense_tfidf(f: np.ndarray) -> np.ndarray:
    column_max = f.max(axis=0, initial=0.0)
    tf = np.divide(f, column_max, out=np.zeros_like(f), where=column_max > 0)
    idf = _idf(np.count_nonzero(f > 0, axis=1), f.shape[1])
    return tf * idf[:, None]


def _sparse_tfidf(f):
    column_max = np.asarray(f.max(axis=0).todense(), dtype=np.float64).ravel()
    idf = _idf(np.diff(f.indptr), f.shape[1])  # stored zeros were removed: nnz per row = df
    rows = np.repeat(np.arange(f.shape[0]), np.diff(f.indptr))
    # A stored value is > 0, so its column's max is > 0: the division is safe.
    f.data = f.data / column_max[f.indices] * idf[rows]
    f.eliminate_zeros()  # rows in every document (idf 0) drop out
    return f


# -- PPMI ---------------------------------------------------------------------------------------
def _context_probability(column_sums: np.ndarray, alpha: float | None) -> np.ndarray:
    """P(y) = c(y) / Σ c, or with smoothing P_α(y) = c(y)^α / Σ c^α."""
    weights = column_sums if alpha is None else np.power(column_sums, alpha)
    total = weights.sum()
    return weights / total if total > 0 else np.zeros_like(weights)


def _pmi_of_counts(c, row_sums, column_probability, total, rows, columns) -> np.ndarray:
    """PMI of the positive counts ``c`` at (rows, columns): log₂ (c/N) / ((r/N) · P(y))."""
    joint = c / total
    return np.log2(joint / (row_sums[rows] / total * column_probability[columns]))


def _sparse_ppmi(c, alpha: float | None):
    if c.nnz == 0:
        return c
    row_sums = np.asarray(c.sum(axis=1), dtype=np.float64).ravel()
    column_probability = _context_probability(
        np.asarray(c.sum(axis=0), dtype=np.float64).ravel(), alpha
    )
    rows = np.repeat(np.arange(c.shape[0]), np.diff(c.indptr))
    pmi = _pmi_of_counts(c.data, row_sums, column_probability, c.data.sum(), rows, c.indices)
    c.data = np.maximum(pmi, 0.0)
    c.eliminate_zeros()
    return c


def _dense_ppmi(c: np.ndarray, alpha: float | None) -> np.ndarray:
    result = np.zeros_like(c)
    rows, columns = np.nonzero(c)
    if rows.size == 0:
        return result
    column_probability = _context_probability(c.sum(axis=0), alpha)
    pmi = _pmi_of_counts(
        c[rows, columns], c.sum(axis=1), column_probability, c.sum(), rows, columns
    )
    result[rows, columns] = np.maximum(pmi, 0.0)
    return result


def _add_k_ppmi(counts: Any, alpha: float | None, add_k: float) -> Any:
    rows, columns = counts.shape
    needed = rows * columns * 8
    if needed > MAX_DENSE_BYTES:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Add-k smoothing adds k to every cell, so the {rows} × {columns} matrix would become "
            "dense and take {megabytes} MB (at most {limit} MB). Use context smoothing (alpha) "
            "instead, or fewer words.",
        )
        raise TooLargeToDensify(
            say(
                text,
                rows=rows,
                columns=columns,
                megabytes=round(needed / 2**20),
                limit=MAX_DENSE_BYTES // 2**20,
            )
        )
    sparse_in = is_sparse(counts)
    dense = _checked_sparse(counts).toarray() if sparse_in else _checked_dense(counts)
    result = _dense_ppmi(dense + add_k, alpha)
    if sparse_in:
        from scipy import sparse

        return sparse.csr_matrix(result)
    return result


# -- input checks -------------------------------------------------------------------------------
def _check_smoothing(alpha: float | None, add_k: float) -> None:
    if alpha is not None and not (np.isfinite(alpha) and 0 < alpha <= 1):
        text = QT_TRANSLATE_NOOP(
            "core",
            "Context smoothing alpha must be above 0 and at most 1 (typically 0.75), got {alpha}.",
        )
        raise CountSettingError(say(text, alpha=alpha))
    if not (np.isfinite(add_k) and add_k >= 0):
        text = QT_TRANSLATE_NOOP("core", "Add-k smoothing needs k ≥ 0, got {k}.")
        raise CountSettingError(say(text, k=add_k))


def _check_values(values: np.ndarray) -> None:
    if values.size and not (np.all(np.isfinite(values)) and values.min() >= 0):
        bad = int(np.count_nonzero(~np.isfinite(values) | (values < 0)))
        text = QT_TRANSLATE_NOOP(
            "core",
            "Counts must be finite and ≥ 0 (found {bad} negative, infinite or missing).",
        )
        raise NotCounts(say(text, bad=bad))


def _checked_dense(counts: Any) -> np.ndarray:
    """Return a float64 copy of a 2-D array of counts; raise NotCounts for bad values."""
    dense = np.array(counts, dtype=np.float64)
    if dense.ndim != 2:
        raise ValueError(f"counts must be a 2-D matrix, got {dense.ndim} dimensions")
    _check_values(dense)
    return dense


def _checked_sparse(counts: Any):
    """Return a CSR float64 copy with sorted indices and no stored zeros."""
    from scipy import sparse

    csr = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    _check_values(csr.data)
    csr.sum_duplicates()
    csr.eliminate_zeros()
    return csr
