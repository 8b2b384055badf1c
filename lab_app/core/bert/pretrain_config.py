"""Settings, events and result of mini-BERT pre-training (see ``pretraining.pretrain``).

Light to import (numpy only): the Qt layer builds settings forms and reads events from here
without loading torch or transformers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lab_app.core.bert.errors import BadSetting
from lab_app.core.messages import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class Preset:
    """The encoder's shape: layers, attention heads, hidden size d and feed-forward size."""

    layers: int
    heads: int
    hidden: int
    intermediate: int


# Sized for a 2-core laptop CPU. "tiny" (batch 32, 64 tokens, vocabulary 4,000): a step takes
# ~75 ms on one thread of an idle core, ~35 ms on two. With held-out passes, 16-18 steps/s on one
# thread of a shared machine at load 2-3, ~9.5 at load 6 (tests/benchmarks/bench_bert_pretraining.py).
# "small" is ~4x slower per step.
PRESETS: dict[str, Preset] = {
    "tiny": Preset(layers=2, heads=2, hidden=64, intermediate=256),
    "small": Preset(layers=4, heads=4, hidden=128, intermediate=512),
}


@dataclass(frozen=True)
class PretrainConfig:
    """Settings of one pre-training run; the same settings and seed give the same run.

    ``vocab_size`` caps the WordPiece vocabulary trained on the corpus; ``max_len`` caps a
    "[CLS] A [SEP] B [SEP]" pair (and sets the position embeddings and the tokenizer's
    ``model_max_length``). The learning rate warms up linearly over ``warmup_steps`` and then
    decays linearly to 0 at ``max_steps`` (BERT's schedule). ``held_out_fraction`` of the
    documents are kept aside for the held-out MLM loss and NSP accuracy.
    """

    preset: str = "tiny"
    vocab_size: int = 4000
    max_len: int = 64
    batch_size: int = 32
    learning_rate: float = 1e-3
    # Masked LM learns from the start; next-sentence accuracy leaves chance only after a few
    # thousand steps (held-out 60% after 6,000 on Lee news: about 5.5 minutes on one core).
    max_steps: int = 6000
    seed: int = 0
    mask_probability: float = 0.15
    device: str = "cpu"
    lowercase: bool = True
    warmup_steps: int = 100
    weight_decay: float = 0.01
    clip: float = 1.0
    held_out_fraction: float = 0.1
    held_out_pairs: int = 256

    def __post_init__(self) -> None:
        check_pretrain_config(self)

    @property
    def shape(self) -> Preset:
        """The encoder's shape for ``preset``."""
        return PRESETS[self.preset]


def check_pretrain_config(config: PretrainConfig) -> None:
    """Raise BadSetting for the first setting out of range."""
    if config.preset not in PRESETS:
        text = QT_TRANSLATE_NOOP("core", "Unknown preset {preset}: choose one of {choices}.")
        raise BadSetting(say(text, preset=repr(config.preset), choices=", ".join(PRESETS)))
    _at_least("max_len", config.max_len, 8)
    _at_least("batch_size", config.batch_size, 1)
    _at_least("max_steps", config.max_steps, 1)
    _at_least("held_out_pairs", config.held_out_pairs, 1)
    _at_least("warmup_steps", config.warmup_steps, 0)
    if not config.learning_rate > 0:
        _out_of_range("learning_rate", config.learning_rate, "> 0")
    if not 0.0 < config.mask_probability < 1.0:
        _out_of_range("mask_probability", config.mask_probability, "in (0, 1)")
    if not 0.0 <= config.held_out_fraction <= 0.5:
        _out_of_range("held_out_fraction", config.held_out_fraction, "in [0, 0.5]")


def _at_least(name: str, value: int, least: int) -> None:
    if value < least:
        _out_of_range(name, value, f">= {least}")


def _out_of_range(name: str, value: object, wanted: str) -> None:
    text = QT_TRANSLATE_NOOP("core", "The setting {name} must be {wanted}, got {value}.")
    raise BadSetting(say(text, name=name, wanted=wanted, value=value))


@dataclass(frozen=True)
class PretrainMetrics:
    """Losses at one step. ``mlm_loss`` and ``nsp_loss``: means over the steps since the
    previous PretrainMetrics; ``nsp_accuracy``: over the last ``RECENT_BATCHES`` batches.
    ``held_out_mlm_loss`` and ``held_out_nsp_accuracy`` are set about once a second (less often
    when a held-out pass is slow: it never takes more than ~10% of the time), on a fixed set of
    pairs from documents never trained on, else None."""

    step: int
    mlm_loss: float
    nsp_loss: float
    nsp_accuracy: float
    learning_rate: float
    held_out_mlm_loss: float | None = None
    held_out_nsp_accuracy: float | None = None


@dataclass(frozen=True)
class PretrainExample:
    """One training pair as the model saw it at ``step``.

    ``tokens`` and ``segments`` (0 = A, 1 = B) per position, as fed to the model, [MASK] and
    random replacements included. For each chosen position (``masked_positions``, in order):
    ``mask_kinds`` ("mask", "random" or "kept"), ``original_tokens`` (what the model had to
    guess) and ``predicted_tokens`` (its top guess at that step). ``is_next`` is the pair's
    truth; ``is_next_probability`` the model's P(IsNext).
    """

    step: int
    tokens: tuple[str, ...]
    segments: tuple[int, ...]
    masked_positions: tuple[int, ...]
    mask_kinds: tuple[str, ...]
    original_tokens: tuple[str, ...]
    predicted_tokens: tuple[str, ...]
    is_next: bool
    is_next_probability: float


@dataclass
class Pretrained:
    """A pre-trained mini-BERT: ``model`` (transformers BertForPreTraining, eager attention),
    ``tokenizer`` (its WordPiece BertTokenizerFast), the ``config`` that made it, ``steps``
    done, ``history`` rows (step, mlm_loss, nsp_loss, nsp_accuracy) at every step and
    ``held_out`` rows (step, mlm_loss, nsp_accuracy).

    Use from one thread at a time (the GUI thread once the worker has returned it).
    """

    model: Any
    tokenizer: Any
    config: PretrainConfig
    steps: int = 0
    history: list[tuple[int, float, float, float]] = field(default_factory=list)
    held_out: list[tuple[int, float, float]] = field(default_factory=list)

    def save(self, folder: str) -> None:
        """Write the model and tokenizer with ``save_pretrained`` (safetensors) into ``folder``,
        loadable by ``lab_app.core.bert.load_model``. Any thread that owns the object."""
        self.model.save_pretrained(folder)
        self.tokenizer.save_pretrained(folder)
