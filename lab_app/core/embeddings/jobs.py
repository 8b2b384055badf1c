"""The Embeddings tab's jobs: one corpus flows from the Corpus tab into word2vec and the maps.

Each job is a generator for a worker thread (events out, result returned). A corpus may be given
as a loaded ``Corpus`` or as a built-in's name, which is then loaded on the worker.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import numpy as np

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.meter import Meter
from lab_app.core.corpus.text import tokenize
from lab_app.core.events import Progress

DEFAULT_CORPUS = "lee_background"  # 60,000 words of news: enough for word2vec to find neighbours
MAP_WORDS = 500  # the live map's most frequent words: labelled, they are what a class reads


@dataclass(frozen=True)
class MapFrame:
    """The live map after an epoch: the most frequent ``words`` at PCA ``coords`` (n × 2),
    aligned to the previous frame so that points move instead of jumping or flipping."""

    epoch: int
    words: tuple[str, ...]
    coords: np.ndarray
    counts: np.ndarray


def load_corpus_job(corpus: Corpus | str) -> Generator[Any, None, Corpus]:
    """Return ``corpus``, loading it first when it is a built-in's name. Worker thread."""
    if isinstance(corpus, Corpus):
        return corpus
    from lab_app.core.corpus import iter_load_builtin

    return (yield from iter_load_builtin(corpus))


def corpus_sentences(corpus: Corpus) -> Generator[Progress, None, list[list[str]]]:
    """Return the corpus as sentences of tokens (word2vec's input), normalised by the corpus's
    own options; yields paced Progress over characters. Worker thread (seconds on 10 MB)."""
    meter = Meter(sum(map(len, corpus.documents)), "characters", "splitting sentences")
    sentences: list[list[str]] = []
    for index, document in enumerate(corpus.documents):
        for sentence in corpus.sentences(index):
            tokens = tokenize(sentence, corpus.options)
            if tokens:
                sentences.append(tokens)
        meter.done += len(document)
        progress = meter.poll()
        if progress is not None:
            yield progress
    yield meter.final()
    return sentences


def word2vec_job(corpus: Corpus | str, config: Any, evaluate: bool = True) -> Generator:
    """Load (if needed), split into sentences and train word2vec; return the
    ``Word2VecResult`` with the trained corpus attached as ``corpus``. Worker thread."""
    from lab_app.core.embeddings.word2vec import train_word2vec

    loaded = yield from load_corpus_job(corpus)
    sentences = yield from corpus_sentences(loaded)
    training = train_word2vec(sentences, config, evaluate=evaluate)
    previous: np.ndarray | None = None
    try:
        event = next(training)
        while True:
            yield event
            frame = _map_frame(event, previous)
            if frame is not None:
                previous = frame.coords
                yield frame
            event = next(training)
    except StopIteration as stop:
        return stop.value
    finally:
        training.close()  # Stop: the trainer ends its thread before this job ends


def _map_frame(event: Any, previous: np.ndarray | None) -> MapFrame | None:
    """A MapFrame for an epoch's vectors (None for other events). Worker thread: PCA of 500
    words takes about a millisecond."""
    vectors = getattr(event, "vectors", None)
    if vectors is None or len(vectors) < 3:
        return None
    count = min(MAP_WORDS, len(vectors))
    matrix = np.asarray(vectors[:count], dtype=np.float64)
    mean, components = pca_basis(matrix)
    coords = (matrix - mean) @ components.T
    if previous is not None and len(previous) == count:
        from lab_app.core.embeddings.alignment import align_2d

        coords = align_2d(previous, coords)
    words = tuple(event.words[:count])
    counts = np.arange(count, 0, -1, dtype=np.float64)  # most frequent first
    return MapFrame(event.epoch, words, coords.astype(np.float32), counts)


def pca_basis(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mean of ``vectors`` (rows) and their first two principal directions (2 × d): a
    word v lands at (v − mean) · directionsᵀ. Any thread (milliseconds for a few thousand)."""
    mean = vectors.mean(axis=0)
    _, _, components = np.linalg.svd(vectors - mean, full_matrices=False)
    return mean, components[:2]


@dataclass(frozen=True)
class MapRequest:
    """What the Map page asks for: how many words (the most frequent) plus ``pinned`` ones,
    the ``method`` (pca, tsne, umap or pairs) and its parameters, and how to colour."""

    count: int = 2000
    method: str = "pca"
    pinned: tuple[str, ...] = ()
    perplexity: float = 30.0
    neighbours: int = 15
    x_pair: tuple[str, str] = ("", "")
    y_pair: tuple[str, str] = ("", "")
    colour_by: str = "none"  # "none", "clusters" (k-means, ``clusters`` of them) or "label"
    clusters: int = 6
    seed: int = 0


@dataclass(frozen=True)
class MapLayout:
    """Map coordinates of ``words``; ``groups`` (cluster numbers) when asked; ``basis`` the
    PCA's (mean, components) so that other words can be placed on a PCA map later."""

    words: tuple[str, ...]
    coords: np.ndarray
    counts: np.ndarray
    groups: tuple[int | str, ...] | None = None
    basis: tuple[np.ndarray, np.ndarray] | None = None
    method: str = "pca"
    final: bool = True


def map_words(vectors: Any, request: MapRequest) -> tuple[list[str], np.ndarray]:
    """The most frequent ``count`` words plus the pinned ones the vectors know, and their
    vectors (float64 rows)."""
    words, _ = vectors.top(request.count)
    known = set(words)
    for word in request.pinned:
        found = vectors.find(word)
        if found is not None and found not in known:
            words.append(found)
            known.add(found)
    keyed = vectors.keyed
    matrix = np.array([keyed[word] for word in words], dtype=np.float64)
    return words, matrix


def map_job(
    vectors: Any, request: MapRequest, corpus: Corpus | None = None
) -> Generator[Any, None, MapLayout]:
    """Project the request's words to 2-D, yielding ``MapLayout(final=False)`` frames while a
    t-SNE forms; return the final MapLayout. ``corpus``: for colouring by its labels. Worker
    thread."""
    from lab_app.core.embeddings import projection

    words, matrix = map_words(vectors, request)
    counts = vectors.counts(words)
    groups = None
    if request.colour_by == "clusters":
        groups = yield from _clusters(matrix, request.clusters, request.seed)
    elif request.colour_by == "label" and corpus is not None and corpus.labels:
        from lab_app.core.embeddings.metadata import label_of_words

        groups = yield from label_of_words(corpus, words)
    basis = None
    if request.method == "pca":
        basis = pca_basis(matrix)
        coords = (matrix - basis[0]) @ basis[1].T
        yield Progress(1, 1, "", "projecting")
    elif request.method == "pairs":
        coords = projection.pair_axes(vectors.keyed, words, request.x_pair, request.y_pair)
    elif request.method == "tsne":
        from lab_app.core.embeddings.tsne import project_tsne

        tsne = project_tsne(matrix, perplexity=request.perplexity, seed=request.seed)
        coords = yield from _frames(tsne, words, counts, groups, request.method)
    else:
        from lab_app.core.embeddings.umap_map import project_umap

        umap = project_umap(matrix, n_neighbors=request.neighbours, seed=request.seed)
        coords = yield from _frames(umap, words, counts, groups, request.method)
    return MapLayout(
        tuple(words), np.asarray(coords, dtype=np.float32), counts, groups, basis, request.method
    )


def _frames(job: Generator, words: list[str], counts: np.ndarray, groups, method: str) -> Generator:
    """Pass a projection's events on, turning its layout frames into MapLayouts (and the
    iterations into Progress)."""
    try:
        event = next(job)
        while True:
            coords = getattr(event, "coords", None)
            if coords is not None:
                yield MapLayout(tuple(words), coords, counts, groups, method=method, final=False)
                if getattr(event, "total", None):
                    yield Progress(event.iteration, event.total, "iterations", "projecting")
            else:
                yield event
            event = next(job)
    except StopIteration as stop:
        return stop.value
    finally:
        job.close()


def _clusters(matrix: np.ndarray, k: int, seed: int) -> Generator[Any, None, tuple[int, ...]]:
    """k-means clusters of the rows, on unit vectors (so cosine decides). Worker thread."""
    from sklearn.cluster import KMeans

    yield Progress(0, 1, "", "clustering")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit = matrix / np.where(norms > 0, norms, 1.0)
    k = max(1, min(k, len(unit)))
    labels = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(unit)
    return tuple(int(label) for label in labels)


@dataclass(frozen=True)
class TimeRequest:
    """Meaning over time: the ``source`` (``demo`` or ``corpus``: the loaded corpus by its date
    column, in ``periods`` equal year ranges) and word2vec's settings for every period."""

    source: str = "demo"
    periods: int = 2
    vector_size: int = 50
    window: int = 4
    min_count: int = 3
    epochs: int = 10
    seed: int = 0


def time_job(corpus: Corpus | None, request: TimeRequest) -> Generator[Any, None, Any]:
    """Split into periods, train one word2vec per period and align them; return the
    ``TimeModel``. Worker thread."""
    from lab_app.core.embeddings.periods import iter_split_periods
    from lab_app.core.embeddings.time_demo import time_demo_documents
    from lab_app.core.embeddings.time_model import train_periods

    if request.source == "demo" or corpus is None:
        documents, dates = time_demo_documents(request.seed)
        periods = yield from iter_split_periods(documents, dates)
    else:
        periods = yield from iter_split_periods(corpus, periods=request.periods)
    return (
        yield from train_periods(
            periods,
            vector_size=request.vector_size,
            window=request.window,
            min_count=request.min_count,
            epochs=request.epochs,
            seed=request.seed,
        )
    )
