"""Principal components in short steps: the scores of the first ``k`` components of a table.

A generator, so a worker can stop it between steps. Small tables (one side ≤ ``EXACT_LIMIT``)
get the exact answer from the covariance (or Gram) matrix, accumulated block by block; larger
ones a randomized range finder (Halko, Martinsson & Tropp 2011) with a few power iterations,
seeded by the caller. Either way the rows are centred, and each component's sign is fixed
(its largest score is positive) so the same input always gives the same picture.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import numpy as np

from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

EXACT_LIMIT = 2000  # an eigendecomposition of 2000 x 2000 takes ~1 s; beyond, randomized
_BLOCK_FLOPS = 20_000_000  # one block's product takes ~10 ms: a cancel point every block
_OVERSAMPLE = 10
_POWER_ITERATIONS = 4


def principal_scores(
    matrix: Any, k: int = 2, seed: int = 0, exact_limit: int = EXACT_LIMIT
) -> Generator[Any, None, np.ndarray]:
    """Return the scores (n, k) float64 of the rows of ``matrix`` (dense or scipy sparse, n x d)
    on its first ``k`` principal components; columns past min(n, d) are zeros.

    Yields heartbeats between blocks. Any thread; meant for a worker.
    """
    n, d = matrix.shape
    pace = Pacer(HEARTBEAT_SECONDS)
    mean = yield from _column_mean(matrix, pace)
    rank = min(k, n, d)
    if min(n, d) <= exact_limit:
        scores = yield from _exact_scores(matrix, mean, rank, pace)
    else:
        scores = yield from _randomized_scores(matrix, mean, rank, seed, pace)
    out = np.zeros((n, k))
    out[:, :rank] = _fixed_signs(scores)
    return out


def _blocks(matrix: Any, width: int) -> tuple[range, int]:
    """Row starts of blocks whose product with a (d x width) matrix costs ~_BLOCK_FLOPS."""
    n, d = matrix.shape
    rows = max(1, _BLOCK_FLOPS // max(1, d * max(1, width)))
    return range(0, n, rows), rows


def _dense_block(matrix: Any, start: int, stop: int, mean: np.ndarray) -> np.ndarray:
    block = matrix[start:stop]
    if hasattr(block, "toarray"):  # scipy sparse: a block is small enough to densify
        block = block.toarray()
    return np.asarray(block, dtype=np.float64) - mean


def _column_mean(matrix: Any, pace: Pacer) -> Generator[Any, None, np.ndarray]:
    n, d = matrix.shape
    total = np.zeros(d)
    starts, rows = _blocks(matrix, 1)
    for start in starts:
        block = matrix[start : start + rows]
        total += np.asarray(block.sum(axis=0), dtype=np.float64).ravel()
        yield from pace.beat()
    return total / max(n, 1)


def _exact_scores(
    matrix: Any, mean: np.ndarray, rank: int, pace: Pacer
) -> Generator[Any, None, np.ndarray]:
    """Scores from the eigenvectors of XᵀX (d ≤ n) or of XXᵀ (n < d), X centred."""
    n, d = matrix.shape
    if d <= n:
        covariance = np.zeros((d, d))
        starts, rows = _blocks(matrix, d)
        for start in starts:
            block = _dense_block(matrix, start, start + rows, mean)
            covariance += block.T @ block
            yield from pace.beat()
        axes = _top_eigenvectors(covariance, rank)
        return (yield from _times(matrix, mean, axes, pace))
    gram = np.zeros((n, n))
    starts, rows = _blocks(matrix, n)
    for start in starts:
        product = matrix[start : start + rows] @ matrix.T  # raw products: sparse stays sparse
        gram[start : start + rows] = product.toarray() if hasattr(product, "toarray") else product
        yield from pace.beat()
    # Centring the rows' columns is double-centring their Gram matrix: J G J, J = I − 11ᵀ/n.
    gram -= gram.mean(axis=0, keepdims=True)
    gram -= gram.mean(axis=1, keepdims=True)
    values, vectors = np.linalg.eigh(gram)
    order = np.argsort(values)[::-1][:rank]
    # Gram eigenvectors u with eigenvalue λ give scores u·√λ (the SVD X = U S Vᵀ, scores U S).
    return vectors[:, order] * np.sqrt(np.clip(values[order], 0.0, None))


def _top_eigenvectors(symmetric: np.ndarray, rank: int) -> np.ndarray:
    values, vectors = np.linalg.eigh(symmetric)
    order = np.argsort(values)[::-1][:rank]
    return vectors[:, order]


def _times(
    matrix: Any, mean: np.ndarray, right: np.ndarray, pace: Pacer
) -> Generator[Any, None, np.ndarray]:
    """Return (X − mean) @ right, block by block."""
    n = matrix.shape[0]
    out = np.empty((n, right.shape[1]))
    starts, rows = _blocks(matrix, right.shape[1])
    for start in starts:
        out[start : start + rows] = _dense_block(matrix, start, start + rows, mean) @ right
        yield from pace.beat()
    return out


def _transposed_times(
    matrix: Any, mean: np.ndarray, left: np.ndarray, pace: Pacer
) -> Generator[Any, None, np.ndarray]:
    """Return (X − mean)ᵀ @ left, block by block."""
    out = np.zeros((matrix.shape[1], left.shape[1]))
    starts, rows = _blocks(matrix, left.shape[1])
    for start in starts:
        block = _dense_block(matrix, start, start + rows, mean)
        out += block.T @ left[start : start + rows]
        yield from pace.beat()
    return out


def _randomized_scores(
    matrix: Any, mean: np.ndarray, rank: int, seed: int, pace: Pacer
) -> Generator[Any, None, np.ndarray]:
    """Halko et al.'s range finder: Q spans (X Xᵀ)^q X Ω; then the SVD of the small Qᵀ X."""
    rng = np.random.default_rng(seed)
    width = min(rank + _OVERSAMPLE, *matrix.shape)
    omega = rng.standard_normal((matrix.shape[1], width))
    basis, _ = np.linalg.qr((yield from _times(matrix, mean, omega, pace)))
    for _ in range(_POWER_ITERATIONS):
        # Re-orthonormalising each half-step keeps the small singular values from underflowing.
        back, _ = np.linalg.qr((yield from _transposed_times(matrix, mean, basis, pace)))
        basis, _ = np.linalg.qr((yield from _times(matrix, mean, back, pace)))
    small = (yield from _transposed_times(matrix, mean, basis, pace)).T  # Qᵀ X, width x d
    left, singular, _ = np.linalg.svd(small, full_matrices=False)
    return basis @ (left[:, :rank] * singular[:rank])


def _fixed_signs(scores: np.ndarray) -> np.ndarray:
    """Flip each column so that its largest absolute entry is positive."""
    if scores.size == 0:
        return scores
    largest = np.abs(scores).argmax(axis=0)
    signs = np.sign(scores[largest, np.arange(scores.shape[1])])
    signs[signs == 0] = 1.0
    return scores * signs
