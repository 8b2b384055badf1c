"""Orthogonal Procrustes: turn one set of vectors to match another, row for row.

Two word2vec runs (two periods of a corpus, two seeds) learn the same geometry in differently
turned axes: the training is blind to rotations. ``align`` finds the rotation (or reflection)
that best lays one run over the other on their shared words, so vectors can be compared across
runs (Hamilton, Leskovec & Jurafsky 2016, "Diachronic word embeddings reveal statistical laws
of semantic change"). ``align_2d`` does the same for two maps of the same words, also allowing
a uniform scale and a shift, so a map redrawn after more training moves smoothly instead of
turning or flipping.
"""

from __future__ import annotations

import numpy as np

from lab_app.core.embeddings.errors import InvalidVectors, TooFewPoints
from lab_app.core.messages import QT_TRANSLATE_NOOP, say


def align(base: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Return the orthogonal (d x d) matrix R minimising ‖other @ R − base‖ (Frobenius): the
    rotation, possibly with a reflection, that lays ``other`` over ``base``.

    Rows are the same words in both (n x d each). With U S Vᵀ the SVD of otherᵀ base,
    R = U Vᵀ (Schönemann 1966). Raises ``InvalidVectors`` for different shapes or non-finite
    values, ``TooFewPoints`` for no rows. Any thread (one d x d SVD).
    """
    base, other = _checked_pair(base, other, "vectors")
    left, _, right = np.linalg.svd(other.T @ base)
    return left @ right


def align_2d(previous_layout: np.ndarray, new_layout: np.ndarray) -> np.ndarray:
    """Return ``new_layout`` (n x 2) moved onto ``previous_layout`` as closely as a rotation,
    a reflection, a uniform scale and a shift allow; float32.

    For maps redrawn as training goes on: the words keep their relative positions in the new
    map, but the whole map no longer jumps, turns or flips between frames. A new map that is a
    single point is only shifted. Any thread.
    """
    previous, new = _checked_pair(previous_layout, new_layout, "maps")
    previous_centre, new_centre = previous.mean(axis=0), new.mean(axis=0)
    previous_c, new_c = previous - previous_centre, new - new_centre
    spread = float((new_c**2).sum())
    if spread == 0.0:
        return np.broadcast_to(previous_centre, new.shape).astype(np.float32)
    left, singular, right = np.linalg.svd(new_c.T @ previous_c)
    rotation = left @ right
    # The least-squares scale for the best rotation: trace(S) / ‖new_c‖².
    scale = singular.sum() / spread
    return (scale * new_c @ rotation + previous_centre).astype(np.float32)


def _checked_pair(base: np.ndarray, other: np.ndarray, what: str) -> tuple[np.ndarray, np.ndarray]:
    base = np.asarray(base, dtype=np.float64)
    other = np.asarray(other, dtype=np.float64)
    if base.ndim != 2 or base.shape != other.shape:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The two {what} must have the same shape (the same words in the same order); got "
            "{a} and {b}.",
        )
        raise InvalidVectors(say(text, what=what, a=str(base.shape), b=str(other.shape)))
    if base.shape[0] == 0:
        text = QT_TRANSLATE_NOOP("core", "Aligning needs at least {needed} word; got {found}.")
        raise TooFewPoints(say(text, needed=1, found=0), 1, 0)
    bad = np.flatnonzero(~(np.isfinite(base).all(axis=1) & np.isfinite(other).all(axis=1)))
    if bad.size:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Some rows hold NaN or infinite values ({count} of {total}); they cannot be aligned.",
        )
        raise InvalidVectors(say(text, count=int(bad.size), total=base.shape[0]), bad.tolist())
    return base, other
