"""From sparse to dense vectors: truncated SVD, and the numbers the sparse/dense panel compares.

A count (or PPMI) row has one dimension per document or per vocabulary word (20,000-50,000,
mostly zeros); its truncated SVD gives 50-1,000 dimensions, nearly all non-zero — the lecture's
"dense vectors", here obtained by factorising counts rather than by predicting (word2vec).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import CountSettingError
from lab_app.core.embeddings.labelled import LabelledMatrix, is_sparse
from lab_app.core.embeddings.svd import (
    POWER_ITERATIONS,
    SvdEvent,
    iter_randomized_svd,
    total_variance,
)
from lab_app.core.events import HEARTBEAT, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say


def truncated_svd(
    matrix: Any, dim: int, seed: int = 0, n_iter: int = POWER_ITERATIONS
) -> tuple[np.ndarray, np.ndarray]:
    """Return (vectors, explained_variance_ratio) of the rank-``dim`` truncated SVD of ``matrix``.

    ``matrix``: numpy, scipy.sparse or ``LabelledMatrix`` (rows are words; never densified).
    ``vectors`` (rows × dim, float64) = U_k Σ_k, each row a word's dense vector, components by
    decreasing singular value, each column's largest entry positive. ``explained_variance_ratio``
    (dim) is the variance of each component over the total variance of the matrix's columns, as
    scikit-learn's ``TruncatedSVD.explained_variance_ratio_``. Raises ``CountSettingError`` unless
    1 ≤ dim ≤ min(rows, columns). Any thread; a big matrix takes seconds, so on a worker use
    ``iter_truncated_svd`` (Stop-able).
    """
    return drain(iter_truncated_svd(matrix, dim, seed, n_iter))


def iter_truncated_svd(
    matrix: Any, dim: int, seed: int = 0, n_iter: int = POWER_ITERATIONS
) -> Generator[SvdEvent, None, tuple[np.ndarray, np.ndarray]]:
    """``truncated_svd`` as a generator: yields paced ``Progress`` and heartbeats (a cancel point
    at least every ~0.1 s), returns (vectors, explained_variance_ratio). Worker thread."""
    if isinstance(matrix, LabelledMatrix):
        matrix = matrix.matrix
    check_dimension(dim, matrix.shape)
    total = total_variance(matrix)
    yield HEARTBEAT  # each step here takes ~50 ms on a 20,000-word matrix: a cancel point
    vectors, _ = yield from iter_randomized_svd(matrix, dim, seed, n_iter)
    yield HEARTBEAT
    explained = np.var(vectors, axis=0)
    ratio = explained / total if total > 0 else np.zeros(dim)
    return vectors, ratio


def check_dimension(dim: int, shape: tuple[int, ...]) -> None:
    """Raise ``CountSettingError`` unless 1 ≤ dim ≤ min(shape) (a whole number)."""
    most = int(min(shape))
    if isinstance(dim, bool) or int(dim) != dim or not 1 <= dim <= most:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The dense dimension must be a whole number from 1 to {most} (the smaller side of "
            "the {rows} × {columns} matrix), got {dim}.",
        )
        raise CountSettingError(say(text, most=most, rows=shape[0], columns=shape[1], dim=dim))


def sparse_dense_summary(sparse_matrix: Any, dense_vectors: Any) -> dict[str, Any]:
    """Return the figures that compare a sparse matrix with dense vectors for the same words.

    Keys: ``sparse_rows``, ``sparse_dimension``, ``sparse_nonzeros``, ``sparse_zero_share``
    (0-1), ``sparse_bytes`` (data + indices + indptr of a scipy.sparse matrix; the array's bytes
    when it is dense), ``sparse_as_dense_bytes`` (the same matrix stored dense, float64),
    ``dense_rows``, ``dense_dimension``, ``dense_zero_share``, ``dense_bytes``. Any thread.
    """
    if isinstance(sparse_matrix, LabelledMatrix):
        sparse_matrix = sparse_matrix.matrix
    rows, columns = sparse_matrix.shape
    if is_sparse(sparse_matrix):
        csr = sparse_matrix.tocsr()
        nonzeros = int(np.count_nonzero(csr.data))
        stored = csr.data.nbytes + csr.indices.nbytes + csr.indptr.nbytes
    else:
        array = np.asarray(sparse_matrix)
        nonzeros, stored = int(np.count_nonzero(array)), array.nbytes
    dense = np.asarray(dense_vectors)
    return {
        "sparse_rows": rows,
        "sparse_dimension": columns,
        "sparse_nonzeros": nonzeros,
        "sparse_zero_share": 1.0 - nonzeros / (rows * columns) if rows * columns else 0.0,
        "sparse_bytes": int(stored),
        "sparse_as_dense_bytes": rows * columns * 8,
        "dense_rows": dense.shape[0],
        "dense_dimension": dense.shape[1] if dense.ndim == 2 else 1,
        "dense_zero_share": 1.0 - np.count_nonzero(dense) / dense.size if dense.size else 0.0,
        "dense_bytes": int(dense.nbytes),
    }


def sparse_dimension(n_documents: int, vocabulary_size: int) -> dict[str, int]:
    """Return the dimension of a word's sparse vector (the lecture's quiz): ``term_document`` =
    the number of documents (one column each), ``word_word`` = the vocabulary size (one context
    word per column). E.g. 1,000 documents, 20,000 words → 1,000 and 20,000. Any thread."""
    for value in (n_documents, vocabulary_size):
        if isinstance(value, bool) or int(value) != value or value < 0:
            raise ValueError(f"counts must be whole numbers ≥ 0, got {value!r}")
    return {"term_document": int(n_documents), "word_word": int(vocabulary_size)}
