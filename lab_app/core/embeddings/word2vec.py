"""Train word2vec (skip-gram or CBOW with negative sampling) with gensim, epoch by epoch, live.

``train_word2vec`` is a generator for a worker thread. gensim trains on a private thread of its
own (``word2vec_thread``) at its full C speed; the generator waits on that thread's messages
and yields ``Progress`` about 20 times a second, then after each epoch a ``PairSnapshot`` (what
the lecture's classifier says about one sentence's pairs) and an ``EpochResult`` (losses, speed,
analogy and similarity scores, a copy of the vectors). Closing the generator (Stop) stops the
thread and waits for it: gensim finishes the job in hand (sized to last ≤ ~0.1 s) and skips the
rest. The lecture's settings: context window 2–10, k negatives drawn at random, vectors of
dimension 50–1,000.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lab_app.core.embeddings import word2vec_corpus as corpus_part
from lab_app.core.embeddings import word2vec_thread as thread_part
from lab_app.core.embeddings.beside import run_beside
from lab_app.core.embeddings.errors import Word2VecSettingError
from lab_app.core.embeddings.skipgram import Pair, pair_scores, training_pairs
from lab_app.core.embeddings.word2vec_loss import LossSample, build_loss_sample, sample_loss
from lab_app.core.events import HEARTBEAT, Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import Pacer

JOB_SECONDS = 0.1  # a gensim job lasts about this long at most, so Stop waits no longer
MAX_BATCH_WORDS = 10_000  # gensim's default job size (and its longest sentence)


def default_workers() -> int:
    """gensim threads: every core but one (the window keeps one), at least 1."""
    return max(1, (os.cpu_count() or 2) - 1)


@dataclass(frozen=True)
class Word2VecConfig:
    """word2vec's settings. ``sg`` True: skip-gram (predict each context word from the
    target); False: CBOW (predict the target from its window). ``window`` words on each side
    (the lecture: 2–10), ``negative`` k random words per real pair, ``sample`` the threshold
    for dropping very frequent words at random (0: keep all), ``alpha`` the initial learning
    rate. ``heldout_fraction`` of the sentences (fixed by ``seed``) are kept out of training
    for the held-out loss. ``demo_sentence`` is the index of the sentence whose pairs are
    shown (None: the first with 5 known words)."""

    sg: bool = True
    vector_size: int = 50
    window: int = 5
    negative: int = 5
    epochs: int = 5
    min_count: int = 2
    seed: int = 0
    workers: int = field(default_factory=default_workers)
    sample: float = 1e-3
    alpha: float = 0.025
    heldout_fraction: float = 0.05
    demo_sentence: int | None = None

    def validate(self) -> Word2VecConfig:
        """Return self; raise ``Word2VecSettingError`` naming the first setting out of range."""
        whole = (
            ("vector_size", 2, 1000),
            ("window", 2, 10),
            ("negative", 1, 20),
            ("epochs", 1, 1000),
            ("min_count", 1, 1_000_000),
            ("workers", 1, 64),
            ("seed", 0, 2**32 - 1),
        )
        for name, low, high in whole:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise _out_of_range(name, value, low, high)
        real = (("sample", 0.0, 0.1), ("alpha", 1e-5, 1.0), ("heldout_fraction", 0.0, 0.5))
        for name, low, high in real:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not low <= value <= high:
                raise _out_of_range(name, value, low, high)
        demo = self.demo_sentence
        if demo is not None and (isinstance(demo, bool) or not isinstance(demo, int) or demo < 0):
            raise _out_of_range("demo_sentence", demo, 0, "∞")
        return self


def _out_of_range(name: str, value: object, low: object, high: object) -> Word2VecSettingError:
    text = QT_TRANSLATE_NOOP("core", "{name} must be between {low} and {high}, got {value}.")
    return Word2VecSettingError(say(text, name=name, low=low, high=high, value=repr(value)))


@dataclass(frozen=True)
class PairSnapshot:
    """σ(c·w) for every pair of the demonstration ``sentence`` after ``epoch`` (0: before
    training). ``pairs`` (the same each epoch) and ``scores`` (float64) are aligned."""

    epoch: int
    sentence: tuple[str, ...]
    pairs: tuple[Pair, ...]
    scores: np.ndarray


@dataclass(frozen=True)
class EpochResult:
    """What one epoch achieved (epochs count from 1).

    ``loss_gensim``: gensim's loss terms (−log σ for the positive and each negative) summed
    over the epoch, divided by the number of words trained that epoch (gensim's "effective
    words": kept by ``min_count`` and not dropped by ``sample``). CBOW makes one prediction per
    such word, so it is a loss per prediction; skip-gram makes one per (target, context) pair,
    about window + 1 per word (gensim shrinks each window at random), so it is about window + 1
    times a pair's loss. gensim reads a table and skips terms with |c·w| ≥ 6 (slightly low).
    ``loss_heldout``: the exact mean loss per example (skip-gram: per (target, context,
    k negatives) triple; CBOW: per prediction) on a fixed sample; ``heldout_source`` in the
    result says whether it is held-out text or, for a tiny corpus, training text.
    ``words_trained``: that divisor. ``words_per_second``: corpus words (before ``min_count``
    and ``sample``) per second of the epoch.
    Analogy and similarity scores are None when not evaluated or when no question counts.
    ``vectors`` is a float32 copy of the input vectors, rows in the order of ``words``.
    """

    epoch: int
    loss_gensim: float | None
    loss_heldout: float | None
    words_per_second: float
    analogy_accuracy: float | None
    analogy_counted: int
    wordsim_spearman: float | None
    simlex_spearman: float | None
    vectors: np.ndarray
    words: tuple[str, ...]
    words_trained: int = 0


@dataclass
class Word2VecResult:
    """The trained ``keyed_vectors`` (gensim ``KeyedVectors``, words by frequency), one
    ``EpochResult`` per epoch, the ``config``, the output vectors (``context_vectors``, gensim's
    ``syn1neg``) and where the held-out loss came from (``heldout_source``)."""

    keyed_vectors: Any
    epochs: list[EpochResult]
    config: Word2VecConfig
    context_vectors: np.ndarray | None = None
    heldout_source: str = "held-out"


@dataclass
class _Run:
    """What the generator knows once the vocabulary is ready."""

    words: tuple[str, ...] = ()
    index: dict[str, int] = field(default_factory=dict)
    loss_sample: LossSample | None = None
    demo_tokens: tuple[str, ...] = ()
    demo_pairs: tuple[Pair, ...] = ()


def train_word2vec(
    sentences: Sequence[Sequence[str]], config: Word2VecConfig, evaluate: bool = True
) -> Generator[Any, None, Word2VecResult]:
    """Train word2vec on ``sentences`` (lists of tokens); return a ``Word2VecResult``.

    Yields ``Progress`` (sentences handed to gensim / sentences × epochs), a ``Notice`` saying
    where the held-out loss comes from, ``PairSnapshot`` at epoch 0 and after each epoch, and
    ``EpochResult`` after each epoch (with analogy and similarity scores when ``evaluate``).
    Raises ``Word2VecSettingError``, ``NotTokenised`` or ``CorpusTooSmall`` before training.
    Worker thread; closing the generator stops and joins the training thread.
    """
    config.validate()
    if not isinstance(sentences, Sequence):
        sentences = list(sentences)  # read more than once
    if config.demo_sentence is not None:
        corpus_part.demo_tokens(sentences, {}, config.demo_sentence)  # out of range: raise now
    pace = Pacer(0.05)
    batch_words = job_words(config)
    pieces = yield from corpus_part.checked_sentences(sentences, batch_words, pace)
    training, heldout = corpus_part.split_heldout(pieces, config.heldout_fraction, config.seed)
    counts = yield from corpus_part.count_words(training, pace)
    corpus_part.check_corpus(counts, config.window, config.min_count)
    kept = yield from corpus_part.kept_words(counts, config.min_count, pace)
    stop = threading.Event()
    model_class = yield from run_beside(thread_part.tracking_model_class, "word2vec-import")
    model = model_class(
        stop=stop, sg=int(config.sg), hs=0, vector_size=config.vector_size,
        window=config.window, negative=config.negative, min_count=config.min_count,
        sample=config.sample, alpha=config.alpha, seed=config.seed, workers=config.workers,
        epochs=config.epochs, batch_words=batch_words,
    )  # fmt: skip
    corpus = thread_part.StoppableSentences(training, stop)
    outbox: queue.Queue = queue.Queue(maxsize=2)  # a slow evaluation holds training back
    worker = threading.Thread(
        target=thread_part.run_training,
        args=(model, kept, sum(counts.values()), corpus, config.epochs, outbox),
        name="word2vec-training",
        daemon=True,
    )
    worker.start()
    run, results = _Run(), []
    total = len(training) * config.epochs
    try:
        while True:
            try:
                message = outbox.get(timeout=thread_part.POLL_SECONDS)
            except queue.Empty:  # every wait ends in a yield: a cancel point each 0.05 s
                if pace.due():
                    yield Progress(corpus.consumed, total, "sentences", "training")
                else:
                    yield HEARTBEAT
                continue
            if isinstance(message, thread_part.VocabularyReady):
                run = yield from _prepare(message, sentences, training, heldout, config, evaluate)
            elif isinstance(message, thread_part.EpochDone):
                yield Progress(corpus.consumed, total, "sentences", "training")
                epoch = yield from _finish_epoch(message, run, config, evaluate)
                results.append(epoch)
            elif isinstance(message, thread_part.TrainingFailed):
                raise message.error
            else:
                break
    finally:
        stop.set()  # Stop (GeneratorExit), an error, or the end: the thread ends within ~0.1 s
        worker.join()
    source = run.loss_sample.source if run.loss_sample is not None else "none"
    return Word2VecResult(model.wv, results, config, np.array(model.syn1neg), source)


def job_words(config: Word2VecConfig) -> int:
    """Words per gensim job: as many as take about 0.1 s (at most gensim's 10,000).

    A job cannot be interrupted; its cost grows with pairs × (1 + k) × dimension. Fitted on a
    2-core EPYC (skip-gram, d = 300, window 10, k = 20: ~50 µs per word), with a margin."""
    pairs = config.window + 1 if config.sg else 1 + config.window / (config.negative + 1)
    seconds_per_word = 1e-6 * (2.0 + 1e-3 * pairs * (config.negative + 1) * config.vector_size)
    return int(min(MAX_BATCH_WORDS, max(200, JOB_SECONDS / seconds_per_word)))


def _prepare(
    ready: thread_part.VocabularyReady,
    sentences: Sequence[Sequence[str]],
    training: list[list[str]],
    heldout: list[list[str]],
    config: Word2VecConfig,
    evaluate: bool,
) -> Generator[Any, None, _Run]:
    """Fix the loss sample and the demonstration pairs; yield a Notice and the epoch-0
    PairSnapshot; read the evaluation files (when ``evaluate``). Runs while gensim trains the
    first epoch."""
    index = {word: i for i, word in enumerate(ready.words)}
    yield HEARTBEAT  # each step below takes a few hundredths of a second
    settings = (config.window, config.negative, config.sg)
    sample = None
    if heldout:
        sample = build_loss_sample(heldout, index, ready.counts, *settings, seed=config.seed)
        yield HEARTBEAT
    if sample is None or len(sample) < corpus_part.MIN_HELDOUT_EXAMPLES:
        sample = build_loss_sample(
            training, index, ready.counts, *settings, seed=config.seed, source="training"
        )
    yield Notice(corpus_part.heldout_notice(sample, len(heldout)))
    tokens = corpus_part.demo_tokens(sentences, index, config.demo_sentence)
    vocab_counts = dict(zip(ready.words, ready.counts.tolist()))
    pairs = tuple(training_pairs(tokens, config.window, config.negative, vocab_counts, config.seed))
    run = _Run(ready.words, index, sample, tokens, pairs)
    yield _snapshot(run, 0, ready.vectors, ready.context_vectors)
    if evaluate:
        from lab_app.core.embeddings.evaluation import load_data_sets

        yield from run_beside(load_data_sets, "word2vec-evaluation-files")
    return run


def _snapshot(run: _Run, epoch: int, vectors: np.ndarray, context: np.ndarray) -> PairSnapshot:
    scores = pair_scores(run.demo_pairs, vectors, context, run.index)
    return PairSnapshot(epoch, run.demo_tokens, run.demo_pairs, scores)


def _finish_epoch(
    done: thread_part.EpochDone, run: _Run, config: Word2VecConfig, evaluate: bool
) -> Generator[Any, None, EpochResult]:
    """Compute the held-out loss and (if asked) the evaluations of an epoch's vectors; yield
    its PairSnapshot and EpochResult; return the EpochResult. gensim trains the next epoch
    meanwhile (on copies, so nothing changes under these computations)."""
    yield _snapshot(run, done.epoch, done.vectors, done.context_vectors)
    heldout = None
    if run.loss_sample is not None:
        heldout = sample_loss(run.loss_sample, done.vectors, done.context_vectors)
    scores: dict[str, Any] = {"analogy": None, "counted": 0, "wordsim": None, "simlex": None}
    if evaluate:
        from lab_app.core.embeddings.evaluation import iter_evaluate

        keyed = keyed_vectors(run.words, run.index, done.vectors)
        yield HEARTBEAT
        evaluation = yield from iter_evaluate(keyed, seed=config.seed)
        scores = {
            "analogy": evaluation.analogies.accuracy,
            "counted": evaluation.analogies.counted,
            "wordsim": evaluation.wordsim.spearman,
            "simlex": evaluation.simlex.spearman,
        }
    result = EpochResult(
        epoch=done.epoch,
        loss_gensim=done.loss_sum / done.trained_words if done.trained_words else None,
        loss_heldout=heldout,
        words_per_second=done.raw_words / done.seconds if done.seconds > 0 else 0.0,
        analogy_accuracy=scores["analogy"],
        analogy_counted=scores["counted"],
        wordsim_spearman=scores["wordsim"],
        simlex_spearman=scores["simlex"],
        vectors=done.vectors,
        words=run.words,
        words_trained=done.trained_words,
    )
    yield result
    return result


def keyed_vectors(words: Sequence[str], index: dict[str, int], vectors: np.ndarray) -> Any:
    """Return gensim ``KeyedVectors`` over ``vectors`` (no copy) with ``words`` in row order.
    Any thread."""
    from gensim.models import KeyedVectors

    keyed = KeyedVectors(vectors.shape[1], count=0, dtype=np.float32)
    keyed.vectors = vectors
    keyed.index_to_key = list(words)
    keyed.key_to_index = dict(index)
    return keyed
