"""Truncated SVD in small steps, so that Stop works while a big matrix is being reduced.

The same randomized algorithm as scikit-learn's ``TruncatedSVD`` (Halko, Martinsson & Tropp 2011:
a random range finder plus power iterations), written so that every large product runs in row
blocks with a cancel point between blocks. scikit-learn's own call cannot be interrupted: a
20,000 × 20,000 PPMI matrix to 300 dimensions takes it ~30 s on two cores, far beyond the 0.5 s
a Stop may take. The numbers agree with scikit-learn and with an exact SVD (see the tests).

Steps, with A the n × m matrix and l = dim + oversampling columns:
1. Y = A Ω (Ω random m × l), orthonormalised → Q, whose columns span roughly A's top range;
2. power iterations Q ← orth(A orth(Aᵀ Q)) sharpen it towards the top singular vectors;
3. Bᵀ = Aᵀ Q (m × l); the eigen-decomposition of B Bᵀ (l × l) = Û S² Ûᵀ gives the singular
   values S and the vectors A V = Q Û S, the rows' coordinates in the new dense space.
Orthonormalisation is SVQB (Stathopoulos & Wu 2002): Y ← Y W Λ^(-1/2) from the eigenpairs of
YᵀY, which drops directions that A does not reach (a matrix of low rank) instead of failing.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

import numpy as np

from lab_app.core.embeddings.labelled import is_sparse
from lab_app.core.events import Heartbeat, Progress
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

OVERSAMPLES = 10  # extra random directions: the top ``dim`` come out accurate (scikit-learn's 10)
POWER_ITERATIONS = 5  # scikit-learn's TruncatedSVD default
_BLOCK_WORK = 8_000_000  # multiply-adds per block: ~10-30 ms on one core
_DROP = 1e-12  # SVQB: eigenvalues of YᵀY below this × the largest are directions A misses

SvdEvent = Progress | Heartbeat


def iter_randomized_svd(
    matrix: Any, dim: int, seed: int = 0, n_iter: int = POWER_ITERATIONS
) -> Generator[SvdEvent, None, tuple[np.ndarray, np.ndarray]]:
    """Yield paced ``Progress`` (unit "steps") and heartbeats; return (vectors, singular_values).

    ``vectors`` (n × dim, float64) = U S, the rows' coordinates on the top ``dim`` singular
    directions, each column's largest entry made positive (a fixed sign, reproducible);
    ``singular_values`` (dim) descending. Directions beyond A's rank come out as zeros. The
    caller checks ``1 ≤ dim ≤ min(n, m)``. Seeded by ``seed`` alone (a local generator). Worker
    thread.
    """
    pace = Pacer(HEARTBEAT_SECONDS)
    a, a_t = yield from _operands(matrix, pace)
    n, m = a.shape
    width = min(dim + OVERSAMPLES, n, m)
    steps = _Steps(total=4 + 3 * n_iter)
    omega = yield from _standard_normal(np.random.default_rng(seed), (m, width), pace)
    q = yield from _product(a, omega, pace)
    q = yield from _orthonormal(q, pace)
    yield from steps.advance(2, pace)
    for _ in range(n_iter):
        z = yield from _product(a_t, q, pace)
        z = yield from _orthonormal(z, pace)
        q = yield from _product(a, z, pace)
        q = yield from _orthonormal(q, pace)
        yield from steps.advance(3, pace)
    q = yield from _orthonormal(q, pace)  # a second pass: Q orthonormal to rounding
    b_t = yield from _product(a_t, q, pace)
    gram = yield from _gram(b_t, pace)
    eigenvalues, u_small = np.linalg.eigh(gram)
    order = np.argsort(eigenvalues)[::-1][:dim]
    singular = np.sqrt(np.clip(eigenvalues[order], 0.0, None))
    vectors = yield from _product(q, u_small[:, order] * singular, pace)
    yield from steps.advance(2, pace, final=True)
    vectors = _fixed_signs(vectors)
    yield from pace.beat()
    return _padded(vectors, singular, n, dim)


def total_variance(matrix: Any) -> float:
    """Return the sum of the column variances of a dense or sparse matrix (population, ddof 0):
    the denominator of the explained variance ratio. Sparse: from the non-zeros only."""
    if is_sparse(matrix):
        csr = matrix.tocsr()
        data = csr.data.astype(np.float64, copy=False)
        column_sums = np.bincount(csr.indices, weights=data, minlength=csr.shape[1])
        rows = csr.shape[0]
        return max(0.0, float(np.dot(data, data)) / rows - float(np.sum((column_sums / rows) ** 2)))
    return float(np.var(np.asarray(matrix, dtype=np.float64), axis=0).sum())


class _Steps:
    """Counts the algorithm's phases for Progress events."""

    def __init__(self, total: int):
        self.total = total
        self.done = 0

    def advance(self, by: int, pace: Pacer, final: bool = False) -> Iterator[Progress]:
        self.done += by
        if final or pace.due():
            yield Progress(self.total if final else self.done, self.total, "steps", "SVD")


def _operands(matrix: Any, pace: Pacer) -> Generator[Heartbeat, None, tuple[Any, Any]]:
    """Return A and Aᵀ, both row-sliceable: CSR float64 for sparse input, C-ordered arrays else."""
    if is_sparse(matrix):
        a = matrix.tocsr().astype(np.float64, copy=False)
        yield from pace.beat()
        a_t = a.T.tocsr()
    else:
        a = np.ascontiguousarray(matrix, dtype=np.float64)
        yield from pace.beat()
        a_t = np.ascontiguousarray(a.T)
    yield from pace.beat()
    return a, a_t


def _standard_normal(
    rng: np.random.Generator, shape: tuple[int, int], pace: Pacer
) -> Generator[Heartbeat, None, np.ndarray]:
    """Return rng.standard_normal(shape), drawn in row blocks (the same numbers, in order)."""
    out = np.empty(shape)
    for start, stop in _row_blocks(shape[0], 20.0 * shape[1]):  # a draw costs ~20 multiply-adds
        out[start:stop] = rng.standard_normal((stop - start, shape[1]))
        yield from pace.beat()
    return out


def _row_blocks(rows: int, work_per_row: float) -> Iterator[tuple[int, int]]:
    """Yield (start, stop) row ranges of about ``_BLOCK_WORK`` multiply-adds each."""
    size = max(1, int(_BLOCK_WORK // max(work_per_row, 1.0)))
    for start in range(0, rows, size):
        yield start, min(start + size, rows)


def _sparse_blocks(a: Any, columns: int) -> Iterator[tuple[int, int]]:
    """Row ranges of a CSR matrix holding about ``_BLOCK_WORK / columns`` non-zeros each."""
    per_block = max(1, _BLOCK_WORK // max(columns, 1))
    cuts = np.searchsorted(a.indptr, np.arange(per_block, a.nnz, per_block), side="left")
    bounds = np.unique(np.concatenate(([0], cuts, [a.shape[0]])))
    yield from zip(bounds[:-1].tolist(), bounds[1:].tolist())


def _product(a: Any, dense: np.ndarray, pace: Pacer) -> Generator[Heartbeat, None, np.ndarray]:
    """Return a @ dense, computed in row blocks of ``a`` with a cancel point between blocks."""
    out = np.empty((a.shape[0], dense.shape[1]), dtype=np.float64)
    if is_sparse(a):
        blocks = _sparse_blocks(a, dense.shape[1])
    else:
        blocks = _row_blocks(a.shape[0], a.shape[1] * dense.shape[1])
    for start, stop in blocks:
        block = a[start:stop] @ dense
        out[start:stop] = block.toarray() if is_sparse(block) else block
        yield from pace.beat()
    return out


def _gram(y: np.ndarray, pace: Pacer) -> Generator[Heartbeat, None, np.ndarray]:
    """Return Yᵀ Y summed over row blocks of Y (a cancel point between blocks)."""
    gram = np.zeros((y.shape[1], y.shape[1]))
    for start, stop in _row_blocks(y.shape[0], y.shape[1] ** 2):
        gram += y[start:stop].T @ y[start:stop]
        yield from pace.beat()
    return gram


def _orthonormal(y: np.ndarray, pace: Pacer) -> Generator[Heartbeat, None, np.ndarray]:
    """Return an orthonormal basis of Y's column space (SVQB), dropping directions of ~0 length."""
    gram = yield from _gram(y, pace)
    eigenvalues, w = np.linalg.eigh(gram)
    top = eigenvalues.max(initial=0.0)
    keep = eigenvalues > _DROP * top if top > 0 else np.zeros(eigenvalues.size, dtype=bool)
    scale = w[:, keep] / np.sqrt(eigenvalues[keep])
    return (yield from _product(y, scale, pace))


def _fixed_signs(vectors: np.ndarray) -> np.ndarray:
    """Flip each column so that its largest entry (in absolute value) is positive."""
    if vectors.size == 0:
        return vectors
    biggest = vectors[np.argmax(np.abs(vectors), axis=0), np.arange(vectors.shape[1])]
    return vectors * np.where(biggest < 0, -1.0, 1.0)


def _padded(vectors: np.ndarray, singular: np.ndarray, rows: int, dim: int):
    """Pad with zero columns when A's rank is below ``dim`` (those directions carry nothing)."""
    if vectors.shape[1] == dim:
        return vectors, singular
    padded = np.zeros((rows, dim))
    padded[:, : vectors.shape[1]] = vectors
    return padded, np.concatenate((singular, np.zeros(dim - singular.size)))
