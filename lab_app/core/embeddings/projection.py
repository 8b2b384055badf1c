"""Word vectors on a 2-D map: PCA, t-SNE, UMAP, and axes from two word pairs.

``project_pca`` and ``pair_axes`` live here; ``project_tsne`` (``tsne.py``) and
``project_umap`` (``umap_map.py``) are imported so that this module offers every map; the
checks they share are in ``map_inputs.py``. Each ``project_*`` is a generator for a worker
thread that yields events and returns the map as an ``(n, 2)`` float32 array, row i for word i.
``pair_axes`` is word2viz's map: the x axis goes from one word to another (e.g. "hombre" →
"mujer"), the y axis along a second pair.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import UndefinedAxis, UnknownWords
from lab_app.core.embeddings.map_inputs import LayoutFrame, check_vectors
from lab_app.core.embeddings.pca import principal_scores
from lab_app.core.embeddings.tsne import project_tsne
from lab_app.core.embeddings.umap_map import configure_numba_cache, project_umap
from lab_app.core.events import Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

__all__ = [
    "LayoutFrame",
    "configure_numba_cache",
    "pair_axes",
    "project_pca",
    "project_tsne",
    "project_umap",
]


def project_pca(vectors: Any, seed: int = 0) -> Generator[Any, None, np.ndarray]:
    """Return the rows of ``vectors`` (n x d, dense or scipy sparse) on their first two
    principal components, (n, 2) float32; yields Progress, notices and heartbeats.

    Centred, exact for tables with a side ≤ 2000, randomized (seeded by ``seed``) beyond; signs
    fixed so the same input always gives the same map. Worker thread.
    """
    matrix, notices = check_vectors(vectors, needed=2, method="PCA")
    yield from notices
    yield Progress(0, 1, "", "PCA")
    scores = yield from principal_scores(matrix, 2, seed)
    yield Progress(1, 1, "", "PCA")
    return scores.astype(np.float32)


def pair_axes(
    kv_or_vectors: Any,
    words: Sequence[str],
    x_pair: tuple[str, str],
    y_pair: tuple[str, str],
    normalize: bool = True,
) -> np.ndarray:
    """Return (len(words), 2) float32: x is each word's projection on the unit direction
    v(b) − v(a) for ``x_pair`` = (a, b), y its projection on v(d) − v(c) for ``y_pair`` = (c, d)
    made orthogonal to x (Gram-Schmidt), so the two axes are perpendicular as drawn.

    ``kv_or_vectors``: gensim ``KeyedVectors`` or any mapping word -> vector. With ``normalize``
    every vector is scaled to length 1 first (cosine geometry, as in analogies). Raises
    ``UnknownWords`` listing every missing word, ``UndefinedAxis`` when a pair has no direction
    or y points along x. Any thread (fast: one matrix product).
    """
    asked = [*words, *x_pair, *y_pair]
    missing = [word for word in asked if word not in kv_or_vectors]
    if missing:
        raise UnknownWords(missing)

    def vector(word: str) -> np.ndarray:
        value = np.asarray(kv_or_vectors[word], dtype=np.float64)
        length = np.linalg.norm(value)
        return value / length if normalize and length > 0 else value

    x_axis = _direction(vector(x_pair[1]) - vector(x_pair[0]), x_pair)
    y_raw = vector(y_pair[1]) - vector(y_pair[0])
    y_axis = _direction(y_raw, y_pair)
    y_axis = y_axis - (y_axis @ x_axis) * x_axis
    if np.linalg.norm(y_axis) < 1e-6:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The y axis ({c} → {d}) points along the x axis ({a} → {b}); choose another pair.",
        )
        a, b = x_pair
        c, d = y_pair
        raise UndefinedAxis(say(text, a=a, b=b, c=c, d=d))
    y_axis /= np.linalg.norm(y_axis)
    if not words:
        return np.zeros((0, 2), dtype=np.float32)
    table = np.array([vector(word) for word in words]).reshape(len(words), -1)
    return (table @ np.column_stack([x_axis, y_axis])).astype(np.float32)


def _direction(difference: np.ndarray, pair: tuple[str, str]) -> np.ndarray:
    length = np.linalg.norm(difference)
    if length < 1e-12:
        text = QT_TRANSLATE_NOOP(
            "core",
            "'{a}' and '{b}' have the same vector: the axis from one to the other has no "
            "direction. Choose two different words.",
        )
        raise UndefinedAxis(say(text, a=pair[0], b=pair[1]))
    return difference / length
