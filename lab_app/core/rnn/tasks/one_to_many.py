"""One to many (LECTURE.md §1): text generation with a character-level RNN / GRU / LSTM.

Trained as a next-character model (h_t carries the prefix), it generates by feeding each
sampled character back in: one recurrent step per character, carrying the state, never
re-reading the prefix, so 200 characters take milliseconds.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import torch
from torch import nn

from lab_app.core.events import Notice
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.models import RecurrentLM, check_cell
from lab_app.core.rnn.tasks.base import TaskConfig, TrainedTask
from lab_app.core.rnn.tasks.char_data import CharData, CharTaskError, CharVocab, prepare_chars
from lab_app.core.rnn.tasks.char_training import (
    evaluation,
    heldout_figures,
    model_of,
    train_next_char,
)
from lab_app.core.seeding import seeded

MAX_LENGTH = 10_000


@dataclass(frozen=True)
class GenerationStep:
    """One generated character: ``char``, and the model's top-k next-character probabilities
    p(x_{t+1} | prefix) before temperature (``top_chars``, ``top_probs``, most likely first)."""

    char: str
    top_chars: tuple[str, ...]
    top_probs: tuple[float, ...]


class _GenerationFields(NamedTuple):
    text: str
    steps: tuple[GenerationStep, ...]


class Generation(_GenerationFields):
    """``(text, steps)``: the generated text (seed excluded) and one step per character.

    ``unknown`` lists the seed's characters unseen in training (read as ``<unk>``) and
    ``notice`` says so for the user (None when there are none).
    """

    unknown: tuple[str, ...] = ()
    notice: Notice | None = None


def build_one_to_many(config: TaskConfig, vocab_size: int) -> RecurrentLM:
    """Return a fresh char-level language model with ``config.cell``, weights from the seed."""
    check_cell(config.cell)
    with seeded(config.seed):
        return RecurrentLM(config.cell, vocab_size, config.embedding_dim, config.hidden_size)


def _hidden_of(model: RecurrentLM, ids: torch.Tensor) -> torch.Tensor:
    hidden, _ = model.recurrent(model.embedding(ids))
    return hidden[0]


def generate(
    trained: TrainedTask,
    seed_text: str,
    length: int = 200,
    temperature: float = 0.8,
    top_k: int = 5,
    rng_seed: int = 0,
) -> Generation:
    """Return ``Generation(text, steps)``: ``length`` characters sampled after ``seed_text``.

    Temperature T divides the logits (lower: safer, more repetitive); T = 0 takes the most
    likely character (greedy). ``<unk>`` is never produced. Unseen seed characters are read as
    ``<unk>`` and listed in ``.unknown`` / ``.notice``; an empty seed starts after a newline.
    The same ``rng_seed`` gives the same text. Raises CharTaskError for T < 0, a length
    outside 0..MAX_LENGTH or top_k < 1. Call from one thread at a time (not while training).
    """
    steps = tuple(iter_generation(trained, seed_text, length, temperature, top_k, rng_seed))
    result = Generation("".join(step.char for step in steps), steps)
    unknown = unknown_seed_chars(trained, seed_text)
    result.unknown = tuple(unknown)
    result.notice = _unknown_notice(unknown)
    return result


def unknown_seed_chars(trained: TrainedTask, seed_text: str) -> list[str]:
    """The seed's characters the model never saw (they are read as ``<unk>``)."""
    return trained.vocab.encode(seed_text or "\n")[1]


def unknown_seed_notice(trained: TrainedTask, seed_text: str) -> Notice | None:
    """A notice naming the seed's unseen characters, or None."""
    return _unknown_notice(unknown_seed_chars(trained, seed_text))


def iter_generation(
    trained: TrainedTask,
    seed_text: str,
    length: int = 200,
    temperature: float = 0.8,
    top_k: int = 5,
    rng_seed: int = 0,
) -> Iterator[GenerationStep]:
    """``generate``'s steps one at a time, for a caller that shows each as it comes (a few
    characters per event-loop turn keep the window responsive). Same arguments and errors;
    the checks run at the first ``next``."""
    _check_generation(length, temperature, top_k)
    model, vocab = trained.model, trained.vocab
    ids, _ = vocab.encode(seed_text or "\n")
    rng = np.random.default_rng(rng_seed)
    # Inference mode per step, never across a yield: it is per thread, and the caller's
    # thread runs other torch code between steps.
    with torch.inference_mode():
        out, state = model.recurrent(model.embedding(torch.from_numpy(ids)[None, :]))
        logits = model.head(out[0, -1])
    for _step in range(length):
        with torch.inference_mode():
            probs = torch.softmax(logits, dim=-1).numpy().astype(np.float64)
            next_id = _choose(probs, logits.numpy(), temperature, rng)
            out, state = model.recurrent(model.embedding(torch.tensor([[next_id]])), state)
            logits = model.head(out[0, -1])
        yield _step_of(vocab, next_id, probs, top_k)


def _check_generation(length: int, temperature: float, top_k: int) -> None:
    if not (0 <= length <= MAX_LENGTH and temperature >= 0 and top_k >= 1):
        text = QT_TRANSLATE_NOOP(
            "core",
            "Need 0 <= length <= {most}, temperature >= 0 and top-k >= 1; got length={length}, "
            "temperature={temperature}, top-k={top_k}.",
        )
        raise CharTaskError(
            say(text, most=MAX_LENGTH, length=length, temperature=temperature, top_k=top_k)
        )


def _choose(
    probs: np.ndarray, logits: np.ndarray, temperature: float, rng: np.random.Generator
) -> int:
    """Return the next id: argmax at T = 0, else a draw from softmax(logits / T), never <unk>."""
    if temperature == 0:
        return int(np.argmax(probs[1:])) + 1
    scaled = logits[1:].astype(np.float64) / temperature
    weights = np.exp(scaled - scaled.max())
    cumulative = np.cumsum(weights)
    return int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right")) + 1


def _step_of(vocab: CharVocab, next_id: int, probs: np.ndarray, top_k: int) -> GenerationStep:
    k = min(top_k, len(probs))
    top = np.argpartition(-probs, k - 1)[:k]
    top = top[np.argsort(-probs[top], kind="stable")]
    return GenerationStep(
        char=vocab.chars[next_id],
        top_chars=tuple(vocab.chars[i] for i in top),
        top_probs=tuple(float(probs[i]) for i in top),
    )


def _unknown_notice(unknown: list[str]) -> Notice | None:
    if not unknown:
        return None
    text = QT_TRANSLATE_NOOP(
        "core", "The model never saw {chars} in training: read as <unk> (unknown)."
    )
    return Notice(say(text, chars=" ".join(repr(c) for c in unknown)), level="warning")


class OneToManyTask:
    """The one-to-many task: a char-level recurrent model (``config.cell``) that generates."""

    key = "one_to_many"

    def prepare(self, source: Any = None, seed: int = 0) -> CharData:
        """Return the character data of ``source`` (None: the built-in Spanish sample); see
        ``char_data.prepare_chars``. Raises TooLittleText for an empty or one-line corpus."""
        return prepare_chars(source, seed)

    def train(self, config: TaskConfig, data: CharData) -> Generator[Any, None, TrainedTask]:
        """Train the recurrent model; see ``char_training.train_next_char`` for the events (the
        snapshot's ``hidden`` is h_t on the probe, probe length × d_h). Worker thread."""
        model = build_one_to_many(config, data.vocab_size)
        return (yield from train_next_char(self.key, model, config, data, _hidden_of))

    def evaluate(
        self,
        model: TrainedTask | nn.Module,
        data: CharData,
        one_to_one: TrainedTask | nn.Module | None = None,
    ) -> dict:
        """Return held-out accuracy ("value") and cross-entropy with their baselines; given a
        trained one-to-one model, also its figures ("one_to_one_accuracy",
        "one_to_one_cross_entropy") on the same held-out windows."""
        figures = evaluation(model_of(model), data)
        if one_to_one is not None:
            reference = heldout_figures(model_of(one_to_one), data)
            figures["one_to_one_accuracy"] = reference["accuracy"]
            figures["one_to_one_cross_entropy"] = reference["cross_entropy"]
        return figures


ONE_TO_MANY = OneToManyTask()
