"""Settings of an LSTM language-model run, checked when the config is made."""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real

from lab_app.core.messages import QT_TRANSLATE_NOOP, say

DEFAULT_PROBE = "El niño dijo: «mañana lloverá».\n"


class ConfigError(ValueError):
    """A setting is out of range; the message names it and says what is allowed."""


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
            raise ConfigError(f"level must be 'char' or 'word', got {self.level!r}")
        _check_int("embedding_dim (d_x)", self.embedding_dim, 1, 4096)
        _check_int("hidden_size (d_h)", self.hidden_size, 1, 4096)
        _check_int("seq_len", self.seq_len, 1, 10_000)
        _check_int("batch_size", self.batch_size, 1, 4096)
        _check_int("max_steps", self.max_steps, 1, 10_000_000)
        _check_int("seed", self.seed, 0, 2**63 - 1)
        _check_int("max_vocab", self.max_vocab, 2, 1_000_000)
        _check_real("learning_rate", self.learning_rate, 0.0, 100.0, low_open=True)
        _check_real("clip", self.clip, 0.0, 1e6)
        _check_real("validation_fraction", self.validation_fraction, 0.0, 0.5)
        _check_real("snapshot_every_s", self.snapshot_every_s, 0.0, 3600.0)
        _check_real("validation_every_s", self.validation_every_s, 0.0, 3600.0)
        if not isinstance(self.probe, str):
            raise ConfigError(f"probe must be a string, got {type(self.probe).__name__}")


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
