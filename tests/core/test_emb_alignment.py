"""Orthogonal Procrustes (``align``) and the smooth 2-D map update (``align_2d``)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.linalg import orthogonal_procrustes
from scipy.stats import ortho_group

from lab_app.core.embeddings.alignment import align, align_2d
from lab_app.core.embeddings.errors import InvalidVectors, TooFewPoints
from lab_app.core.messages import Text


def random_orthogonal(d: int, seed: int, reflect: bool = False) -> np.ndarray:
    q = ortho_group.rvs(d, random_state=seed)
    if (np.linalg.det(q) < 0) != reflect:
        q[:, 0] *= -1
    return q


@pytest.mark.parametrize("reflect", [False, True])
def test_align_recovers_a_random_rotation(reflect):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 8))
    q = random_orthogonal(8, seed=1, reflect=reflect)
    other = x @ q
    r = align(x, other)
    np.testing.assert_allclose(other @ r, x, atol=1e-6)
    np.testing.assert_allclose(r, q.T, atol=1e-6)
    np.testing.assert_allclose(r @ r.T, np.eye(8), atol=1e-10)


def test_align_matches_scipy_on_noisy_vectors():
    rng = np.random.default_rng(2)
    base = rng.normal(size=(60, 5))
    other = base @ random_orthogonal(5, seed=3) + 0.3 * rng.normal(size=(60, 5))
    expected, _ = orthogonal_procrustes(other, base)
    np.testing.assert_allclose(align(base, other), expected, atol=1e-10)
    # The best rotation: any other orthogonal matrix fits worse.
    best = np.linalg.norm(other @ align(base, other) - base)
    assert best < np.linalg.norm(other @ random_orthogonal(5, seed=4) - base)


def test_align_2d_undoes_rotation_reflection_scale_and_shift():
    rng = np.random.default_rng(5)
    previous = rng.normal(size=(30, 2)).astype(np.float32)
    turn = np.array([[np.cos(1.0), -np.sin(1.0)], [np.sin(1.0), np.cos(1.0)]])
    flip = np.diag([1.0, -1.0])
    new = 3.5 * previous @ turn @ flip + np.array([10.0, -4.0])
    moved = align_2d(previous, new)
    assert moved.dtype == np.float32
    np.testing.assert_allclose(moved, previous, atol=1e-4)


def test_align_2d_keeps_the_new_shape():
    """Only a similarity transform is applied: distances between words scale uniformly."""
    rng = np.random.default_rng(6)
    previous, new = rng.normal(size=(20, 2)), rng.normal(size=(20, 2))
    moved = align_2d(previous, new).astype(np.float64)

    def distances(points):
        return np.linalg.norm(points[:, None] - points[None], axis=-1)[np.triu_indices(20, 1)]

    ratio = distances(moved) / distances(new)
    np.testing.assert_allclose(ratio, ratio[0], rtol=1e-4)
    # ... and it is the best such fit: closer to the previous map than the raw new one.
    assert np.linalg.norm(moved - previous) < np.linalg.norm(new - previous)


def test_align_2d_of_a_single_point_only_shifts():
    previous = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0]])
    moved = align_2d(previous, np.full((3, 2), 7.0))
    np.testing.assert_allclose(moved, np.tile(previous.mean(axis=0), (3, 1)))


def test_align_rejects_different_shapes_with_a_translatable_message():
    with pytest.raises(InvalidVectors) as caught:
        align(np.zeros((5, 3)), np.zeros((4, 3)))
    assert isinstance(caught.value.text, Text)
    assert str(caught.value) == (
        "The two vectors must have the same shape (the same words in the same order); "
        "got (5, 3) and (4, 3)."
    )


def test_align_rejects_non_finite_rows_and_empty_tables():
    base = np.ones((4, 2))
    other = base.copy()
    other[2, 1] = np.nan
    with pytest.raises(InvalidVectors) as caught:
        align(base, other)
    assert caught.value.rows == [2]
    assert "(1 of 4)" in str(caught.value)
    with pytest.raises(TooFewPoints):
        align_2d(np.zeros((0, 2)), np.zeros((0, 2)))
