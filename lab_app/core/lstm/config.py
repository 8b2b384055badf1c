"""Settings of an LSTM language-model run, checked when the config is made."""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real

from lab_app.core.budget import (
    RecurrentShape,
    TooLarge,
    check_fits,
    check_step,
    forward_seconds,
    snapshot_seconds,
    step_seconds,
    training_bytes,
    with_batch,
)
from lab_app.core.lstm.data import MAX_PROBE_UNITS
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

DEFAULT_PROBE = "El niño dijo: «mañana lloverá».\n"

# Ranges of the settings a lesson needs. One training step (plus the validation pass after it)
# must also stay under budget.MAX_STEP_SECONDS, checked on the combination (``check_budget``):
# measured, one thread, char level (V ≈ 100): d_h 256 × seq 64 × batch 32 0.05 s; d_h 512 ×
# d_x 512 × seq 128 × batch 8 0.15 s; d_h 256 × seq 256 × batch 64 0.55 s (refused); word
# level V = 5000, d_h 64 × seq 64 × batch 32 0.17 s (the softmax over V dominates).
# So must a gate snapshot of the longest probe (400 units), which replays the equations one
# unit at a time: 0.11 s at d_x 64, d_h 512; 0.35–0.44 s at d_x = d_h = 512 (refused). d_h and
# d_x stop at 512: at d_h = 1024 W_hh (16 MB) leaves the cache and a snapshot takes 1–3 s.
LIMITS = {
    "embedding_dim": (1, 512),
    "hidden_size": (1, 512),
    "seq_len": (1, 1000),
    "batch_size": (1, 1024),
    "max_steps": (1, 1_000_000),
}
# Distinct characters of a typical corpus, for the check made before the vocabulary is known;
# training checks again with the real one.
NOMINAL_CHAR_VOCAB = 128
# Windows of the fixed validation batch (SequenceData.validation_batch).
VALIDATION_WINDOWS = 16
LANGUAGE_MODEL = QT_TRANSLATE_NOOP("core", "Language model")
SMALLER_MODEL = QT_TRANSLATE_NOOP(
    "core",
    "Use fewer units d_h or d_x, shorter sequences, a smaller batch or, for words, a smaller "
    "vocabulary.",
)


class ConfigError(ValueError):
    """A setting is out of range; the message names it and says what is allowed."""


class SettingsTooLarge(ConfigError, TooLarge):
    """The settings are each in range, but together one training step would be too slow."""


@dataclass(frozen=True)
class LstmConfig:
    """Hyper-parameters of a language model Embedding → LSTM → Linear (lecture notation).

    ``embedding_dim`` is d_x and ``hidden_size`` d_h. ``learning_rate`` is Adam's; ``clip`` is
    the gradient-norm limit (0 turns clipping off). ``snapshot_every_s`` paces gate snapshots,
    ``validation_every_s`` the validation loss. ``max_vocab`` caps the vocabulary (word level).
    Raises ConfigError on construction when a value is out of range.
    """

    level: str = "char"
    embedding_dim: int = 32
    hidden_size: int = 64
    seq_len: int = 64
    batch_size: int = 32
    learning_rate: float = 0.01
    max_steps: int = 2000
    seed: int = 0
    probe: str = DEFAULT_PROBE
    clip: float = 1.0
    validation_fraction: float = 0.1
    snapshot_every_s: float = 0.1
    validation_every_s: float = 0.5
    max_vocab: int = 5000

    def __post_init__(self) -> None:
        if self.level not in ("char", "word"):
            text = QT_TRANSLATE_NOOP("core", "level must be 'char' or 'word', got {level}")
            raise ConfigError(say(text, level=repr(self.level)))
        _check_int("embedding_dim (d_x)", self.embedding_dim, *LIMITS["embedding_dim"])
        _check_int("hidden_size (d_h)", self.hidden_size, *LIMITS["hidden_size"])
        _check_int("seq_len", self.seq_len, *LIMITS["seq_len"])
        _check_int("batch_size", self.batch_size, *LIMITS["batch_size"])
        _check_int("max_steps", self.max_steps, *LIMITS["max_steps"])
        _check_int("seed", self.seed, 0, 2**63 - 1)
        _check_int("max_vocab", self.max_vocab, 2, 1_000_000)
        _check_real("learning_rate", self.learning_rate, 0.0, 100.0, low_open=True)
        _check_real("clip", self.clip, 0.0, 1e6)
        _check_real("validation_fraction", self.validation_fraction, 0.0, 0.5)
        _check_real("snapshot_every_s", self.snapshot_every_s, 0.0, 3600.0)
        _check_real("validation_every_s", self.validation_every_s, 0.0, 3600.0)
        if not isinstance(self.probe, str):
            text = QT_TRANSLATE_NOOP("core", "probe must be a string, got {kind}")
            raise ConfigError(say(text, kind=type(self.probe).__name__))
        nominal = NOMINAL_CHAR_VOCAB if self.level == "char" else self.max_vocab
        try:
            self.check_speed(nominal)
        except TooLarge as error:
            raise SettingsTooLarge(*error.args, error.needed, error.allowed) from None

    def shape(self, vocab_size: int) -> RecurrentShape:
        """Return the shape of one training batch, for the budget estimates."""
        return RecurrentShape(
            "lstm",
            self.batch_size,
            self.seq_len,
            self.hidden_size,
            self.embedding_dim,
            vocab_size,
            vocab_size,
            self.seq_len,
        )

    def step_seconds(self, vocab_size: int) -> float:
        """Return the estimated seconds between two cancel points of training: one step and the
        validation pass that may follow it."""
        shape = self.shape(vocab_size)
        return step_seconds(shape) + forward_seconds(with_batch(shape, VALIDATION_WINDOWS))

    def memory_bytes(self, vocab_size: int) -> int:
        """Return the estimated peak memory of training (validation counted as a batch)."""
        shape = self.shape(vocab_size)
        return training_bytes(shape) + training_bytes(with_batch(shape, VALIDATION_WINDOWS))

    def check_speed(self, vocab_size: int) -> None:
        """Raise TooLarge when a training step or a snapshot of the longest probe (each done
        without a yield) would keep Stop waiting. Any thread."""
        what, advice = say(LANGUAGE_MODEL), say(SMALLER_MODEL)
        check_step(self.step_seconds(vocab_size), what, advice)
        snapshot = snapshot_seconds(self.embedding_dim, self.hidden_size, MAX_PROBE_UNITS)
        check_step(snapshot, what, advice, snapshot=True)

    def check_budget(self, vocab_size: int) -> None:
        """Raise TooLarge when, with this vocabulary, a step is too slow or the run too big
        for the free memory. Any thread; training calls it before building the model."""
        self.check_speed(vocab_size)
        check_fits(self.memory_bytes(vocab_size), say(LANGUAGE_MODEL), say(SMALLER_MODEL))


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, Integral):
        text = QT_TRANSLATE_NOOP("core", "{name} must be a whole number, got {value}")
        raise ConfigError(say(text, name=name, value=repr(value)))
    if not low <= value <= high:
        text = QT_TRANSLATE_NOOP("core", "{name} must be between {low} and {high}, got {value}")
        raise ConfigError(say(text, name=name, low=low, high=high, value=value))


def _check_real(name: str, value: object, low: float, high: float, low_open: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        text = QT_TRANSLATE_NOOP("core", "{name} must be a finite number, got {value}")
        raise ConfigError(say(text, name=name, value=repr(value)))
    too_low = value <= low if low_open else value < low
    if too_low or value > high:
        bracket = "(" if low_open else "["
        text = QT_TRANSLATE_NOOP("core", "{name} must be in {bracket}{low}, {high}], got {value}")
        raise ConfigError(say(text, name=name, bracket=bracket, low=low, high=high, value=value))
