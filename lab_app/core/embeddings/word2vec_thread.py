"""gensim's word2vec trainer on a private thread that Stop ends within a fraction of a second.

gensim trains in C with the interpreter lock released, so the trainer keeps that path: no
Python call per word. Python runs once per sentence (the corpus iterable, which checks the stop
flag) and once per job of ``batch_words`` words (the loss tally below). The thread talks to the
generator that owns it through a bounded queue of small messages; vectors cross as copies.

The loss tally. gensim adds each job's loss to ``model.running_training_loss`` in a float32
that starts from the model's running total and is written back at the job's end (gensim issues
2617, 2735, 2743): with several workers the jobs overwrite each other's sums, and a large total
stops growing in float32 (2^27 and beyond). Here ``running_training_loss`` is per thread and
reset to 0 before each job; each job's sum is added under a lock to a Python float (double) for
the epoch. So no job is lost and each float32 sum stays small (one job: ≤ 10,000 words).
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

POLL_SECONDS = 0.05  # how long a blocked put waits before checking the stop flag again


class Stopped(Exception):
    """Raised inside gensim's ``train`` (from a callback) to end it early on Stop."""


@dataclass(frozen=True)
class VocabularyReady:
    """The vocabulary is built and the weights initialised; training starts next.

    ``words`` in index order, ``counts`` their corpus counts, and copies of the initial input
    (``vectors``) and output (``context_vectors``, gensim's ``syn1neg``: zeros) vectors."""

    words: tuple[str, ...]
    counts: np.ndarray
    vectors: np.ndarray
    context_vectors: np.ndarray


@dataclass(frozen=True)
class EpochDone:
    """One epoch's tally and copies of the vectors at its end."""

    epoch: int
    loss_sum: float
    trained_words: int
    raw_words: int
    seconds: float
    vectors: np.ndarray
    context_vectors: np.ndarray


@dataclass(frozen=True)
class TrainingEnded:
    """Every epoch ran; the model is final."""


@dataclass(frozen=True)
class TrainingFailed:
    """gensim (or the tally) raised ``error`` on the training thread."""

    error: BaseException


class StoppableSentences:
    """The training sentences as gensim iterates them, once per epoch.

    Iteration ends early once ``stop`` is set (checked per sentence: cheap next to training a
    sentence). ``consumed`` counts the sentences handed out in all epochs (progress)."""

    def __init__(self, sentences: list[list[str]], stop: threading.Event):
        self.sentences = sentences
        self.stop = stop
        self.consumed = 0

    def __iter__(self):
        stop = self.stop
        for sentence in self.sentences:
            if stop.is_set():
                return
            self.consumed += 1
            yield sentence


def put(outbox: queue.Queue, message: object, stop: threading.Event) -> bool:
    """Put ``message`` on the bounded ``outbox``, waiting while it is full unless ``stop`` is
    set; return False when it was dropped because of Stop."""
    while True:
        try:
            outbox.put(message, timeout=POLL_SECONDS)
            return True
        except queue.Full:
            if stop.is_set():
                return False


@lru_cache(maxsize=1)
def tracking_model_class() -> type:
    """Return gensim's ``Word2Vec`` subclass that tallies the loss per job (see the module's
    docstring) and skips queued jobs once Stop is set. Imports gensim on first call."""
    from gensim.models import Word2Vec

    class LossTrackingWord2Vec(Word2Vec):
        """``Word2Vec`` with an exact per-epoch loss tally; ``stop`` skips the queued jobs."""

        def __init__(self, *args: Any, stop: threading.Event | None = None, **kwargs: Any):
            self._local = threading.local()
            self._tally_lock = threading.Lock()
            self.stop = stop or threading.Event()
            self.job_error: BaseException | None = None
            self.reset_tally()
            super().__init__(*args, **kwargs)

        @property
        def running_training_loss(self) -> float:  # read and written by gensim's C code
            return getattr(self._local, "loss", 0.0)

        @running_training_loss.setter
        def running_training_loss(self, value: float) -> None:
            self._local.loss = value

        def reset_tally(self) -> None:
            """Start a new epoch's tally (no job runs between epochs)."""
            self.epoch_loss = 0.0
            self.epoch_trained = 0
            self.epoch_raw = 0

        def get_latest_training_loss(self) -> float:
            """The loss summed over the current epoch's jobs (not gensim's running total)."""
            return self.epoch_loss

        def _do_train_job(self, sentences: list, alpha: float, inits: Any) -> tuple[int, int]:
            raw = self._raw_word_count(sentences)
            if self.stop.is_set():
                return 0, raw  # Stop: let the queued jobs through untrained
            try:
                self._local.loss = 0.0
                trained, raw = super()._do_train_job(sentences, alpha, inits)
            except BaseException as error:  # a dying worker would hang gensim's epoch loop
                self.job_error = error
                self.stop.set()
                return 0, raw
            with self._tally_lock:
                self.epoch_loss += float(self._local.loss)
                self.epoch_trained += trained
                self.epoch_raw += raw
            return trained, raw

    return LossTrackingWord2Vec


class EpochReporter:
    """gensim callbacks (run on the training thread): reset the tally at each epoch's start;
    at its end, post an ``EpochDone`` with copies of the vectors. Raise ``Stopped`` on Stop so
    that ``train`` returns at once instead of running the remaining epochs empty."""

    def __init__(self, outbox: queue.Queue, stop: threading.Event):
        self.outbox = outbox
        self.stop = stop
        self.epoch = 0
        self.began = 0.0

    def on_train_begin(self, model: Any) -> None:
        pass

    def on_epoch_begin(self, model: Any) -> None:
        if self.stop.is_set():
            raise Stopped
        model.reset_tally()
        self.began = time.perf_counter()

    def on_epoch_end(self, model: Any) -> None:
        if model.job_error is not None:
            raise model.job_error
        if self.stop.is_set():
            raise Stopped
        self.epoch += 1
        done = EpochDone(
            epoch=self.epoch,
            loss_sum=model.epoch_loss,
            trained_words=model.epoch_trained,
            raw_words=model.epoch_raw,
            seconds=time.perf_counter() - self.began,
            vectors=np.array(model.wv.vectors, dtype=np.float32),
            context_vectors=np.array(model.syn1neg, dtype=np.float32),
        )
        if not put(self.outbox, done, self.stop):
            raise Stopped

    def on_train_end(self, model: Any) -> None:
        pass


def run_training(
    model: Any,
    counts: dict[str, int],
    total_words: int,
    corpus: StoppableSentences,
    epochs: int,
    outbox: queue.Queue,
) -> None:
    """Build the vocabulary from ``counts`` (the words kept by ``min_count``), post
    ``VocabularyReady``, train all epochs, post ``TrainingEnded`` (or ``TrainingFailed``).
    The body of the private training thread."""
    stop = model.stop
    try:
        model.build_vocab_from_freq(counts, corpus_count=len(corpus.sentences))
        model.corpus_total_words = total_words
        words = tuple(model.wv.index_to_key)
        ready = VocabularyReady(
            words,
            np.array(model.wv.expandos["count"], dtype=np.int64),
            np.array(model.wv.vectors, dtype=np.float32),
            np.array(model.syn1neg, dtype=np.float32),
        )
        if not put(outbox, ready, stop):
            return
        reporter = EpochReporter(outbox, stop)
        model.train(
            corpus,
            total_examples=len(corpus.sentences),
            epochs=epochs,
            compute_loss=True,
            callbacks=[reporter],
        )
    except Stopped:
        return
    except BaseException as error:  # shown by the generator, on its own thread
        put(outbox, TrainingFailed(error), stop)
        return
    put(outbox, TrainingEnded(), stop)
