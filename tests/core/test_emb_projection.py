"""2-D maps: input checks, PCA, live t-SNE (against openTSNE itself) and word-pair axes."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.decomposition import PCA

from lab_app.core.embeddings.errors import (
    IdenticalVectors,
    InvalidVectors,
    ProjectionSettingError,
    TooFewPoints,
    UndefinedAxis,
    UnknownWords,
)
from lab_app.core.embeddings.pca import principal_scores
from lab_app.core.embeddings.projection import LayoutFrame, pair_axes, project_pca
from lab_app.core.embeddings.tsne import _Run, project_tsne
from lab_app.core.events import Notice, Progress, collect, drain
from lab_app.core.messages import Text


def clusters(n_per: int = 40, d: int = 10, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three well-separated Gaussian clusters: (vectors, labels)."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 8, size=(3, d))
    labels = np.repeat(np.arange(3), n_per)
    return centres[labels] + rng.normal(size=(3 * n_per, d)), labels


def same_up_to_sign(a: np.ndarray, b: np.ndarray, atol: float) -> None:
    signs = np.sign((a * b).sum(axis=0))
    np.testing.assert_allclose(a, b * signs, atol=atol)


def nearest_label_accuracy(layout: np.ndarray, labels: np.ndarray) -> float:
    distances = np.linalg.norm(layout[:, None] - layout[None], axis=-1)
    np.fill_diagonal(distances, np.inf)
    return float((labels[distances.argmin(axis=1)] == labels).mean())


# -- input checks ------------------------------------------------------------------------------


def test_non_finite_rows_are_counted_and_named():
    vectors = np.ones((10, 3))
    vectors[[2, 7], 1] = [np.nan, np.inf]
    vectors[:, 0] = np.arange(10)
    with pytest.raises(InvalidVectors) as caught:
        drain(project_pca(vectors))
    assert caught.value.rows == [2, 7]
    assert isinstance(caught.value.text, Text)
    assert str(caught.value).startswith(
        "2 of the 10 vectors hold NaN or infinite values (rows 2, 7)"
    )


def test_too_few_points_identical_vectors_and_zero_rows():
    with pytest.raises(TooFewPoints) as caught:
        drain(project_tsne(np.eye(4)))
    assert (caught.value.needed, caught.value.found) == (5, 4)
    assert str(caught.value) == "t-SNE needs at least 5 words; got 4."
    with pytest.raises(IdenticalVectors):
        drain(project_pca(np.zeros((6, 3))))
    vectors = np.vstack([np.zeros((2, 3)), np.eye(3)])
    events, _ = collect(project_pca(vectors))
    notices = [e for e in events if isinstance(e, Notice)]
    assert len(notices) == 1 and notices[0].level == "warning"
    assert str(notices[0].text).startswith("2 of the 5 vectors are all zeros")


def test_a_table_is_required():
    with pytest.raises(InvalidVectors, match="got the shape"):
        drain(project_pca(np.arange(5.0)))


# -- PCA -----------------------------------------------------------------------------------------


def test_pca_matches_scikit_learn():
    vectors, _ = clusters()
    events, layout = collect(project_pca(vectors))
    assert any(isinstance(e, Progress) for e in events)
    assert layout.shape == (120, 2) and layout.dtype == np.float32
    same_up_to_sign(layout, PCA(2).fit_transform(vectors), atol=1e-4)


def test_pca_signs_are_fixed():
    vectors, _ = clusters(seed=3)
    layout = drain(project_pca(vectors))
    largest = np.abs(layout).argmax(axis=0)
    assert (layout[largest, [0, 1]] > 0).all()
    np.testing.assert_array_equal(layout, drain(project_pca(-vectors)))


def test_pca_of_wide_and_sparse_tables_matches_dense():
    """The Gram path (fewer rows than columns) and a scipy sparse input give the same scores."""
    rng = np.random.default_rng(1)
    wide = rng.poisson(0.3, size=(30, 200)).astype(float)
    expected = PCA(2).fit_transform(wide)
    same_up_to_sign(drain(project_pca(wide)), expected, atol=1e-4)
    same_up_to_sign(drain(project_pca(sp.csr_matrix(wide))), expected, atol=1e-4)


def test_randomized_pca_matches_exact():
    rng = np.random.default_rng(2)
    low_rank = rng.normal(size=(300, 3)) @ rng.normal(size=(3, 40)) * [[5.0]]
    noisy = low_rank + 0.01 * rng.normal(size=(300, 40))
    exact = drain(principal_scores(noisy, 3))
    randomized = drain(principal_scores(noisy, 3, seed=4, exact_limit=10))
    same_up_to_sign(randomized, exact, atol=1e-6)


# -- t-SNE ---------------------------------------------------------------------------------------


def test_tsne_in_chunks_equals_opentsne_fit():
    """With Barnes-Hut and no early stop, the chunked run is openTSNE's own optimisation."""
    import openTSNE

    vectors, _ = clusters(n_per=30)
    ours = drain(project_tsne(vectors, perplexity=10, gradient="bh", kl_tolerance=0, n_jobs=1))
    tsne = openTSNE.TSNE(perplexity=10, random_state=0, negative_gradient_method="bh")
    theirs = np.asarray(tsne.fit(vectors))
    np.testing.assert_allclose(ours, theirs, atol=1e-3)


def test_tsne_frames_show_the_map_forming():
    vectors, labels = clusters()
    events, layout = collect(project_tsne(vectors, perplexity=15, n_jobs=1))
    frames = [e for e in events if isinstance(e, LayoutFrame)]
    iterations = [f.iteration for f in frames]
    assert iterations[0] == 0 and iterations == sorted(iterations) and len(frames) > 10
    assert {f.phase for f in frames} == {"early exaggeration", "normal"}
    assert frames[-1].iteration == frames[-1].total
    np.testing.assert_array_equal(frames[-1].coords, layout)
    # Frames are copies: the optimiser went on moving points after the first frame.
    assert not np.array_equal(frames[0].coords, frames[-1].coords)
    measured = [f.kl for f in frames if f.phase == "normal" and f.kl is not None]
    assert measured[-1] < measured[0]
    assert layout.dtype == np.float32 and layout.shape == (120, 2)
    assert nearest_label_accuracy(layout, labels) == 1.0


def test_tsne_stops_when_the_divergence_settles():
    vectors, _ = clusters(n_per=20)
    frames, _ = collect(project_tsne(vectors, perplexity=10, kl_tolerance=0.5, n_jobs=1))
    last = [f for f in frames if isinstance(f, LayoutFrame)][-1]
    # The first check (iteration 100 of the normal phase) already settles within 50 %.
    assert last.iteration == last.total == 250 + 100


def test_tsne_perplexity_is_clamped_with_a_notice():
    vectors, _ = clusters(n_per=10)
    events, layout = collect(project_tsne(vectors, perplexity=30, iterations=50, n_jobs=1))
    notices = [e for e in events if isinstance(e, Notice)]
    assert [str(n.text) for n in notices] == [
        "Perplexity 30 is too high for 30 words (it must stay below n/3); using 9.67."
    ]
    assert np.isfinite(layout).all()


def test_tsne_settings_are_checked():
    vectors, _ = clusters(n_per=5)
    for bad in ({"perplexity": 0}, {"gradient": "exact"}, {"kl_tolerance": 1.5}):
        with pytest.raises(ProjectionSettingError):
            drain(project_tsne(vectors, **bad))


def test_tsne_can_be_stopped_and_restores_its_affinities():
    vectors, _ = clusters(n_per=20)
    job = project_tsne(vectors, perplexity=10, n_jobs=1)
    frame = next(e for e in job if isinstance(e, LayoutFrame) and e.iteration > 0)
    run = job.gi_frame.f_locals["run"]
    p_sum = run.embedding.affinities.P.sum()
    job.close()  # Stop, in the early exaggeration phase: P is exaggerated ×12 until then
    assert frame.phase == "early exaggeration"
    assert run.embedding.affinities.P.sum() == pytest.approx(p_sum / 12)


def test_gradient_choice_follows_the_layout_size():
    def uses_fft(n: int, extent: float, jobs: int = 1) -> bool:
        layout = np.zeros((n, 2))
        layout[0] = extent
        return _Run(layout, 750, jobs, "auto")._use_fft()

    assert uses_fft(10_000, 60)  # small map, many points: the FFT grid is cheap
    assert not uses_fft(10_000, 150)  # a spread-out map: Barnes-Hut
    assert not uses_fft(10_000, 80, jobs=2)  # two threads speed up Barnes-Hut only
    assert not uses_fft(1_000, 5)  # few points: Barnes-Hut, as openTSNE picks below 10k


# -- axes from word pairs ------------------------------------------------------------------------


@pytest.fixture
def word_vectors() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    words = ["hombre", "mujer", "rey", "reina", "niño", "niña", "viejo", "joven"]
    return {word: rng.normal(size=6) for word in words}


def test_pair_axes_project_on_the_two_directions(word_vectors):
    words = ["rey", "reina", "niño"]
    layout = pair_axes(word_vectors, words, ("hombre", "mujer"), ("joven", "viejo"))
    unit = {w: v / np.linalg.norm(v) for w, v in word_vectors.items()}
    x = unit["mujer"] - unit["hombre"]
    x /= np.linalg.norm(x)
    y = unit["viejo"] - unit["joven"]
    y -= (y @ x) * x  # Gram-Schmidt against x
    y /= np.linalg.norm(y)
    expected = np.array([[unit[w] @ x, unit[w] @ y] for w in words])
    np.testing.assert_allclose(layout, expected, atol=1e-6)
    assert layout.dtype == np.float32


def test_pair_axes_accepts_gensim_keyed_vectors(word_vectors):
    from gensim.models import KeyedVectors

    kv = KeyedVectors(6)
    kv.add_vectors(list(word_vectors), np.array(list(word_vectors.values())))
    pairs = (("hombre", "mujer"), ("joven", "viejo"))
    np.testing.assert_allclose(
        pair_axes(kv, ["rey"], *pairs), pair_axes(word_vectors, ["rey"], *pairs), atol=1e-6
    )


def test_pair_axes_errors(word_vectors):
    with pytest.raises(UnknownWords) as caught:
        pair_axes(word_vectors, ["rey", "duque"], ("hombre", "princesa"), ("joven", "viejo"))
    assert caught.value.words == ["duque", "princesa"]
    same = dict(word_vectors, gemelo=word_vectors["hombre"])
    with pytest.raises(UndefinedAxis, match="have the same vector"):
        pair_axes(same, ["rey"], ("hombre", "gemelo"), ("joven", "viejo"))
    with pytest.raises(UndefinedAxis, match="points along the x axis"):
        pair_axes(word_vectors, ["rey"], ("hombre", "mujer"), ("mujer", "hombre"))
