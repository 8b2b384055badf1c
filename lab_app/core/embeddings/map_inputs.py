"""What every 2-D map checks and shares: the input checks, the frame a forming map yields,
and the reduction of wide inputs before a neighbour search.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import IdenticalVectors, InvalidVectors, TooFewPoints
from lab_app.core.embeddings.pca import principal_scores
from lab_app.core.events import Notice
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

_SHOWN_ROWS = 5  # rows named in an error message; the exception keeps them all
# Nearest-neighbour search (t-SNE, UMAP) slows down with the dimension: wider inputs (count
# vectors, 300-d pretrained vectors) are first reduced to their main principal components.
MAX_INPUT_DIMENSIONS = 100
REDUCED_DIMENSIONS = 50


@dataclass(frozen=True, eq=False)
class LayoutFrame:
    """A map in the making: the layout after ``iteration`` of ``total`` optimisation steps.

    ``coords`` is an (n, 2) float32 copy (the optimiser goes on changing its own array); ``kl``
    the Kullback-Leibler divergence t-SNE minimises, as last measured (None before the first
    measurement); ``phase`` "early exaggeration" or "normal" for t-SNE.
    """

    iteration: int
    total: int
    coords: np.ndarray
    kl: float | None = None
    phase: str = ""


def check_vectors(vectors: Any, needed: int, method: str) -> tuple[Any, list[Notice]]:
    """Return ``vectors`` as a float64 array (scipy sparse matrices stay sparse) and the notices
    to show; raise ``InvalidVectors`` (not a table, NaN or infinite values), ``TooFewPoints``
    (fewer than ``needed`` rows) or ``IdenticalVectors`` (all rows equal). Any thread.

    ``method`` names the map in messages ("PCA", "t-SNE", ...). Rows that are all zeros are
    allowed (a word never seen in a context) but get a notice: they all land on one point.
    """
    matrix = vectors.astype(np.float64) if _is_sparse(vectors) else np.asarray(vectors, float)
    if matrix.ndim != 2 or matrix.shape[1] < 1:
        text = QT_TRANSLATE_NOOP(
            "core", "The vectors must be a table with one row per word; got the shape {shape}."
        )
        raise InvalidVectors(say(text, shape=str(tuple(matrix.shape))))
    n = matrix.shape[0]
    if n < needed:
        text = QT_TRANSLATE_NOOP("core", "{method} needs at least {needed} words; got {found}.")
        raise TooFewPoints(say(text, method=method, needed=needed, found=n), needed, n)
    bad = _non_finite_rows(matrix)
    if bad.size:
        text = QT_TRANSLATE_NOOP(
            "core",
            "{count} of the {total} vectors hold NaN or infinite values (rows {rows}); "
            "remove those words or train again.",
        )
        rows = ", ".join(str(r) for r in bad[:_SHOWN_ROWS])
        if bad.size > _SHOWN_ROWS:
            rows += ", …"
        raise InvalidVectors(say(text, count=int(bad.size), total=n, rows=rows), bad.tolist())
    if _all_rows_equal(matrix):
        text = QT_TRANSLATE_NOOP(
            "core",
            "All {total} vectors are the same (all zeros?): a map would put every word on one "
            "point. Train the vectors first.",
        )
        raise IdenticalVectors(say(text, total=n))
    return matrix, _zero_row_notices(matrix)


def _is_sparse(matrix: Any) -> bool:
    return hasattr(matrix, "tocsr") and hasattr(matrix, "nnz")


def _non_finite_rows(matrix: Any) -> np.ndarray:
    if _is_sparse(matrix):
        csr = matrix.tocsr()
        bad = ~np.isfinite(csr.data)
        row_of_value = np.repeat(np.arange(csr.shape[0]), np.diff(csr.indptr))
        return np.unique(row_of_value[bad])
    return np.flatnonzero(~np.isfinite(matrix).all(axis=1))


def _all_rows_equal(matrix: Any) -> bool:
    if _is_sparse(matrix):
        spread = matrix.max(axis=0) - matrix.min(axis=0)
        return not np.asarray(spread.todense() if hasattr(spread, "todense") else spread).any()
    return not np.ptp(matrix, axis=0).any()


def _zero_row_notices(matrix: Any) -> list[Notice]:
    if _is_sparse(matrix):
        zero = int((matrix.tocsr().getnnz(axis=1) == 0).sum())
    else:
        zero = int((~matrix.any(axis=1)).sum())
    if not zero:
        return []
    text = QT_TRANSLATE_NOOP(
        "core",
        "{count} of the {total} vectors are all zeros (words with no context?); they share "
        "one point on the map.",
    )
    return [Notice(say(text, count=zero, total=matrix.shape[0]), level="warning")]


def dense_vectors(matrix: Any) -> np.ndarray:
    """Return a C-contiguous float64 copy-or-view of a checked matrix (sparse made dense)."""
    if _is_sparse(matrix):
        matrix = matrix.toarray()
    return np.ascontiguousarray(matrix, dtype=np.float64)


def narrowed(matrix: Any, seed: int, method: str) -> Generator[Any, None, np.ndarray]:
    """Return a checked matrix as a dense float64 array, reduced to its first 50 principal
    components (with a notice) when wider than 100 dimensions. Worker thread."""
    if matrix.shape[1] <= MAX_INPUT_DIMENSIONS:
        return dense_vectors(matrix)
    text = QT_TRANSLATE_NOOP(
        "core",
        "The vectors have {d} dimensions; {method} works on their first {k} principal components.",
    )
    yield Notice(say(text, d=matrix.shape[1], method=method, k=REDUCED_DIMENSIONS))
    return (yield from principal_scores(matrix, REDUCED_DIMENSIONS, seed))
