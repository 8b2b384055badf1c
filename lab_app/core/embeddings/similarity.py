"""Comparing word vectors: the cosine of two vectors and a word's nearest neighbours.

cos(u, v) = u · v / (|u| |v|). Count vectors are never negative, so their cosine lies in [0, 1];
weighted or dense vectors may give values down to -1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import UnknownWords
from lab_app.core.embeddings.labelled import LabelledMatrix, is_sparse


def cosine(u: Any, v: Any) -> float:
    """Return the cosine of vectors ``u`` and ``v`` (numpy 1-D, or 1 × n sparse rows).

    Returns 0.0 when either vector is all zeros: such a word has no context to compare, and
    0 ("nothing in common") is what the formula tends to, rather than NaN. Any thread.
    """
    a, b = _vector(u), _vector(v)
    if a.shape != b.shape:
        raise ValueError(f"vectors of different dimension: {a.size} and {b.size}")
    norm_a, norm_b = np.linalg.norm(a), np.linalg.norm(b)
    if norm_a == 0 or norm_b == 0:
        return 0.0
    # Clip: rounding can put the cosine of parallel vectors a hair above 1.
    return float(np.clip(np.dot(a, b) / (norm_a * norm_b), -1.0, 1.0))


def nearest(
    matrix_or_labelled: Any, word: str, k: int = 10, labels: Sequence[str] | None = None
) -> list[tuple[str, float]]:
    """Return the ``k`` words whose rows have the highest cosine with ``word``'s row, best first.

    ``matrix_or_labelled`` is a ``LabelledMatrix`` (its labels are used and its unit-length rows
    are cached, so later calls cost one sparse matrix-vector product) or a numpy / sparse matrix
    with ``labels`` for its rows. The word itself is left out; ties keep row order. Sparse rows
    stay sparse. A word whose row is all zeros has no neighbours: returns []. Raises
    ``UnknownWords`` for a word that is not a row. Any thread.
    """
    if isinstance(matrix_or_labelled, LabelledMatrix):
        labelled = matrix_or_labelled
    else:
        if labels is None:
            raise ValueError("a plain matrix needs labels for its rows")
        labelled = LabelledMatrix(matrix_or_labelled, labels, [""] * matrix_or_labelled.shape[1])
    i = labelled.index(word)
    units = labelled.unit_rows()
    scores = _row_cosines(units, i)
    if not scores.any():
        return []
    scores[i] = -np.inf  # never its own neighbour
    order = np.argsort(-scores, kind="stable")[: max(0, min(k, scores.size - 1))]
    return [(labelled.labels[j], float(min(scores[j], 1.0))) for j in order]


def cosine_table(labelled: LabelledMatrix, words: Sequence[str]) -> LabelledMatrix:
    """Return the cosines between every pair of ``words`` (a dense words × words table).

    Raises ``UnknownWords`` listing every word that is not a row. Any thread.
    """
    missing = [word for word in words if word not in labelled]
    if missing:
        raise UnknownWords(missing)
    units = labelled.unit_rows()
    chosen = units[[labelled.index(word) for word in words]]
    table = chosen @ chosen.T
    table = table.toarray() if is_sparse(table) else np.asarray(table)
    return LabelledMatrix(np.clip(table, -1.0, 1.0), list(words), list(words))


def _row_cosines(units: Any, i: int) -> np.ndarray:
    """Return the dot products of unit row ``i`` with every unit row (= cosines), dense 1-D."""
    if is_sparse(units):
        # A sparse matrix times one sparse row: cost ∝ the non-zeros it touches.
        product = units @ units[[i], :].T
        return np.asarray(product.toarray(), dtype=np.float64).ravel()
    return units @ units[i]


def _vector(x: Any) -> np.ndarray:
    if is_sparse(x):
        if min(x.shape) != 1:
            raise ValueError(f"expected one row, got a matrix of shape {x.shape}")
        return x.toarray().ravel().astype(np.float64)
    a = np.asarray(x, dtype=np.float64)
    if a.ndim != 1:
        a = a.ravel() if a.ndim == 2 and min(a.shape) == 1 else a
    if a.ndim != 1:
        raise ValueError(f"expected a 1-D vector, got shape {a.shape}")
    return a
