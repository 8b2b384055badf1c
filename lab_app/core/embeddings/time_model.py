"""Meaning over time: one word2vec per period, aligned, and a word's path through them.

Each period gets its own small word2vec (gensim, skip-gram with negative sampling). Their axes
are arbitrary, so each period is turned onto the one before it with orthogonal Procrustes on
the words they share (Hamilton, Leskovec & Jurafsky 2016). Then a word's vectors in different
periods can be compared: a word whose meaning changed ends far from where it started, and its
neighbours change.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

import numpy as np

from lab_app.core.embeddings.alignment import align
from lab_app.core.embeddings.beside import run_beside
from lab_app.core.embeddings.errors import (
    CorpusTooSmall,
    PeriodSettingError,
    TooFewSharedWords,
    UnknownWords,
)
from lab_app.core.embeddings.pca import principal_scores
from lab_app.core.embeddings.periods import Period
from lab_app.core.events import HEARTBEAT, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

CHUNK_WORDS = 10_000  # words per train() call: ~20-50 ms, so Stop takes effect at once
MIN_SHARED_WORDS = 10


@dataclass(frozen=True, eq=False)
class TimeModel:
    """Aligned word vectors per period: ``vectors[i]`` (gensim ``KeyedVectors``) for
    ``periods[i]``, all in the axes of the first period. Read-only; any thread may read it."""

    periods: tuple[str, ...]
    vectors: tuple[Any, ...]
    shared_words: tuple[int, ...] = ()  # words each period shares with the one before it

    def vectors_of(self, period: str) -> Any:
        """Return the ``KeyedVectors`` of the period called ``period``."""
        return self.vectors[self.periods.index(period)]


class TrajectoryPoint(NamedTuple):
    """A word in one period: its aligned vector (a copy) and its k nearest (word, cosine)."""

    period: str
    vector: np.ndarray
    neighbours: list[tuple[str, float]]


@dataclass(frozen=True, eq=False)
class TrajectoryLayout:
    """A word's path over the periods and its neighbours, on one 2-D PCA map.

    Row i is ``labels[i]`` from period ``periods[i]``; ``coords`` (m, 2) float32; ``path`` the
    rows of the word itself, oldest period first (draw a line through them).
    """

    labels: list[str]
    periods: list[str]
    coords: np.ndarray
    path: list[int]


def train_periods(
    periods: Sequence[Period],
    *,
    vector_size: int = 50,
    window: int = 4,
    min_count: int = 3,
    sg: int = 1,
    negative: int = 5,
    epochs: int = 10,
    seed: int = 0,
) -> Generator[Any, None, TimeModel]:
    """Return the ``TimeModel`` of ``periods``: a word2vec per period, each aligned to the one
    before on their shared words; yields Progress (periods done, fraction within) and
    heartbeats at least every 0.1 s. Worker thread.

    One worker thread per model and the given ``seed``: the same input gives the same vectors.
    Training runs in short ``train()`` calls with the learning rate falling linearly over all
    epochs, as one call would. Raises ``TooFewSharedWords`` when two neighbouring periods share
    fewer than 10 words (nothing to align on), ``PeriodSettingError`` for fewer than 2 periods,
    ``CorpusTooSmall`` when no word of a period reaches ``min_count``.
    """
    if len(periods) < 2:
        text = QT_TRANSLATE_NOOP(
            "core", "Meaning over time needs at least 2 periods to compare; got {count}."
        )
        raise PeriodSettingError(say(text, count=len(periods)))
    gensim_models = yield from run_beside(_import_word2vec, name="gensim-import")
    models = []
    for index, period in enumerate(periods):
        settings = dict(vector_size=vector_size, window=window, min_count=min_count, sg=sg)
        settings.update(negative=negative, seed=seed, workers=1)
        model = gensim_models.Word2Vec(**settings)
        yield from run_beside(partial(model.build_vocab, period.sentences), "period-vocab")
        if not model.wv.index_to_key:
            text = QT_TRANSLATE_NOOP(
                "core",
                "No word of the period '{period}' occurs {min_count} times or more; lower the "
                "minimum count or add text.",
            )
            raise CorpusTooSmall(say(text, period=period.name, min_count=min_count))
        yield from _train(model, period, epochs, index, len(periods))
        models.append(model.wv)
    shared = yield from _aligned(periods, models)
    yield Progress(len(periods), len(periods), "periods", "aligning")
    return TimeModel(tuple(p.name for p in periods), tuple(models), tuple(shared))


def _import_word2vec() -> Any:
    from gensim.models import word2vec

    return word2vec


def _train(
    model: Any, period: Period, epochs: int, index: int, count: int
) -> Generator[Any, None, None]:
    """Train in chunks of ~CHUNK_WORDS words, alpha falling linearly from start to end."""
    chunks = _chunks(period.sentences, CHUNK_WORDS)
    total = max(1, epochs * len(chunks))
    pace = Pacer(HEARTBEAT_SECONDS)
    step = 0
    for _ in range(epochs):
        for chunk in chunks:
            start = model.alpha - (model.alpha - model.min_alpha) * step / total
            step += 1
            end = model.alpha - (model.alpha - model.min_alpha) * step / total
            model.train(chunk, total_examples=len(chunk), epochs=1, start_alpha=start,
                        end_alpha=end)  # fmt: skip
            if pace.due():
                yield Progress(index + step / total, count, "periods", period.name)
    yield HEARTBEAT


def _chunks(sentences: list[list[str]], words: int) -> list[list[list[str]]]:
    chunks, current, size = [], [], 0
    for sentence in sentences:
        current.append(sentence)
        size += len(sentence)
        if size >= words:
            chunks.append(current)
            current, size = [], 0
    if current:
        chunks.append(current)
    return chunks


def _aligned(periods: Sequence[Period], models: list[Any]) -> Generator[Any, None, list[int]]:
    """Turn each period's vectors onto the (already aligned) period before; return the shared
    word counts. Rotations use unit-length vectors of the shared words (Hamilton et al.)."""
    shared_counts = [0]
    for index in range(1, len(models)):
        base, other = models[index - 1], models[index]
        shared = [word for word in other.index_to_key if word in base.key_to_index]
        if len(shared) < MIN_SHARED_WORDS:
            text = QT_TRANSLATE_NOOP(
                "core",
                "The periods '{a}' and '{b}' share only {shared} words; aligning them needs at "
                "least {needed}. Lower the minimum count or add text.",
            )
            names = (periods[index - 1].name, periods[index].name)
            raise TooFewSharedWords(
                say(text, a=names[0], b=names[1], shared=len(shared), needed=MIN_SHARED_WORDS),
                names,
                len(shared),
            )
        rotation = align(_unit_rows(base, shared), _unit_rows(other, shared))
        other.vectors = (other.vectors @ rotation).astype(np.float32)
        other.fill_norms(force=True)
        shared_counts.append(len(shared))
        yield HEARTBEAT
    return shared_counts


def _unit_rows(vectors: Any, words: list[str]) -> np.ndarray:
    rows = np.asarray(vectors[words], dtype=np.float64)
    lengths = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(lengths > 0, lengths, 1.0)


def trajectory(time_model: TimeModel, word: str, k: int = 5) -> list[TrajectoryPoint]:
    """Return the word in each period that knows it, oldest first: its aligned vector and its
    ``k`` nearest neighbours by cosine in that period. Periods without the word are skipped;
    raises ``UnknownWords`` if no period has it. Any thread (fast)."""
    points = []
    for period, vectors in zip(time_model.periods, time_model.vectors, strict=True):
        if word in vectors.key_to_index:
            neighbours = [(w, float(c)) for w, c in vectors.most_similar(word, topn=k)]
            points.append(TrajectoryPoint(period, np.array(vectors[word]), neighbours))
    if not points:
        raise UnknownWords([word])
    return points


def semantic_change(time_model: TimeModel, word: str) -> float:
    """Return the cosine distance (1 − cosine) between the word's aligned vectors in the first
    and the last period that know it: 0 for no change. Raises ``UnknownWords``. Any thread."""
    points = trajectory(time_model, word, k=1)
    first, last = points[0].vector, points[-1].vector
    return float(1.0 - first @ last / (np.linalg.norm(first) * np.linalg.norm(last)))


def trajectory_layout(
    time_model: TimeModel, word: str, k: int = 5, seed: int = 0
) -> TrajectoryLayout:
    """Return a 2-D map of the word's vector in each period plus the union of its neighbours
    (each taken from the latest period where it is a neighbour), all on one PCA of their
    unit-length aligned vectors, so the word's path can be drawn among them. Any thread."""
    points = trajectory(time_model, word, k)
    labels = [f"{word} ({point.period})" for point in points]
    periods = [point.period for point in points]
    rows = [point.vector for point in points]
    latest: dict[str, str] = {}
    for point in points:
        for neighbour, _ in point.neighbours:
            latest[neighbour] = point.period
    for neighbour, period in latest.items():
        labels.append(neighbour)
        periods.append(period)
        rows.append(time_model.vectors_of(period)[neighbour])
    table = np.array(rows, dtype=np.float64)
    table /= np.linalg.norm(table, axis=1, keepdims=True).clip(1e-12)
    coords = drain(principal_scores(table, 2, seed)).astype(np.float32)
    return TrajectoryLayout(labels, periods, coords, list(range(len(points))))
