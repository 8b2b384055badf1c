"""Sequences for a char- or word-level language model, and the probe sentence.

A *unit* is what the model reads at one time step: a character (char level) or a token
(word level). The vocabulary is built from the training split only, so "unseen" means unseen
in training; index 0 is ``<unk>``, which every unseen unit maps to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import torch

from lab_app.core.messages import QT_TRANSLATE_NOOP, say

UNK = "<unk>"
LEVELS = ("char", "word")
MAX_PROBE_UNITS = 400
_CHUNK = 65_536
# Whitespace made visible in heatmap labels (char level).
VISIBLE_WHITESPACE = {" ": "␣", "\n": "↵", "\t": "⇥", "\r": "␍", "\u00a0": "⍽"}
_WORD_PATTERN = re.compile(r"\w+|[^\w\s]")


class DataError(ValueError):
    """The corpus cannot make training sequences (too little text, wrong kind of input)."""


class ProbeError(ValueError):
    """The probe sentence cannot be shown (empty, only whitespace, or too long)."""


def simple_word_tokens(text: str) -> list[str]:
    """Split text into words and punctuation marks (the default word-level tokeniser)."""
    return _WORD_PATTERN.findall(text)


@dataclass
class SequenceData:
    """Encoded corpus: vocabulary, training and validation ids (1-D LongTensors).

    Build it with ``build_sequence_data``. Read-only after construction; any thread may read it.
    """

    level: str
    vocab: tuple[str, ...]
    train_ids: torch.Tensor
    val_ids: torch.Tensor
    seq_len: int
    tokenize: Callable[[str], list[str]] = field(default=simple_word_tokens, repr=False)
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {unit: i for i, unit in enumerate(self.vocab)}

    @property
    def vocab_size(self) -> int:
        """Number of units the model can predict, ``<unk>`` included."""
        return len(self.vocab)

    def encode(self, units: str | Sequence[str]) -> tuple[torch.Tensor, list[str]]:
        """Return (ids as a 1-D LongTensor, the distinct units not in the vocabulary, in order).

        Char level takes a string (each character a unit); word level a list of tokens (a
        string is split with ``tokenize``). Unknown units become id 0 (``<unk>``).
        """
        units = self.split(units)
        ids = [self.index.get(unit, 0) for unit in units]
        unknown = list(dict.fromkeys(u for u in units if u not in self.index and u != UNK))
        return torch.tensor(ids, dtype=torch.long), unknown

    def decode(self, ids: Sequence[int] | torch.Tensor) -> list[str]:
        """Return the units for ids (a list of strings)."""
        return [self.vocab[int(i)] for i in ids]

    def split(self, units: str | Sequence[str]) -> list[str]:
        """Return the units of a text: its characters, or its tokens at word level."""
        if isinstance(units, str):
            return list(units) if self.level == "char" else self.tokenize(units)
        return list(units)

    def batches(
        self, batch_size: int, generator: torch.Generator
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Yield (inputs, targets), each (batch_size, seq_len), forever: random training windows.

        Targets are the inputs shifted one unit ahead. ``generator`` makes runs reproducible.
        """
        starts_limit = len(self.train_ids) - self.seq_len
        offsets = torch.arange(self.seq_len + 1)
        while True:
            starts = torch.randint(0, starts_limit, (batch_size,), generator=generator)
            windows = self.train_ids[starts[:, None] + offsets]
            yield windows[:, :-1], windows[:, 1:]

    def validation_batch(self, max_windows: int = 16) -> tuple[torch.Tensor, torch.Tensor] | None:
        """Return a fixed, small validation batch (evenly spaced windows), or None when too short.

        Windows are ``seq_len`` long, or shorter when the validation split is short.
        """
        length = min(self.seq_len, len(self.val_ids) - 1)
        if length < 1:
            return None
        last_start = len(self.val_ids) - length - 1
        count = max(1, min(max_windows, last_start // length + 1))
        starts = torch.linspace(0, last_start, count).long()
        windows = self.val_ids[starts[:, None] + torch.arange(length + 1)]
        return windows[:, :-1], windows[:, 1:]


def build_sequence_data(
    units: str | Sequence[str],
    level: str = "char",
    seq_len: int = 64,
    validation_fraction: float = 0.1,
    max_vocab: int = 5000,
    tokenize: Callable[[str], list[str]] | None = None,
) -> SequenceData:
    """Split a corpus into training and validation ids and build the vocabulary.

    ``units``: at char level the text as a string; at word level a list of tokens. The last
    ``validation_fraction`` of the units is the validation split. The vocabulary (at most
    ``max_vocab`` entries, ``<unk>`` first, then by frequency) comes from the training split.
    ``tokenize`` splits a probe or prompt into tokens at word level; use the corpus's tokeniser
    (default: words and punctuation marks, case kept). Raises DataError when the training split
    has fewer than seq_len + 1 units. Any thread may call it (workers should, for big corpora).
    """
    if level not in LEVELS:
        raise DataError(f"level must be 'char' or 'word', got {level!r}")
    if level == "word" and isinstance(units, str):
        raise DataError("word level needs a list of tokens; tokenise the text first")
    if level == "char" and not isinstance(units, str):
        units = "".join(units)
    if not 0.0 <= validation_fraction <= 0.5:
        raise DataError(f"validation_fraction must be in [0, 0.5], got {validation_fraction}")
    units = list(units)
    n_val = int(round(len(units) * validation_fraction))
    train_units, val_units = units[: len(units) - n_val], units[len(units) - n_val :]
    if len(train_units) < seq_len + 1:
        what = "characters" if level == "char" else "tokens"
        raise DataError(
            f"Too little text: training needs at least seq_len + 1 = {seq_len + 1} {what}, "
            f"but the corpus gives {len(train_units)} after keeping "
            f"{validation_fraction:.0%} for validation. Add text or shorten the sequence length."
        )
    vocab = _build_vocab(train_units, max_vocab)
    index = {unit: i for i, unit in enumerate(vocab)}
    return SequenceData(
        level=level,
        vocab=vocab,
        train_ids=_ids(train_units, index),
        val_ids=_ids(val_units, index),
        seq_len=seq_len,
        tokenize=tokenize or simple_word_tokens,
    )


def _build_vocab(units: list[str], max_vocab: int) -> tuple[str, ...]:
    if max_vocab < 2:
        raise DataError(f"max_vocab must be at least 2 (<unk> and one unit), got {max_vocab}")
    counts: Counter[str] = Counter()
    for start in range(0, len(units), _CHUNK):  # short C calls: other threads keep running
        counts.update(units[start : start + _CHUNK])
    counts.pop(UNK, None)
    # Most frequent first; ties by the unit itself so that the order is reproducible.
    ranked = sorted(counts, key=lambda unit: (-counts[unit], unit))
    return (UNK, *ranked[: max_vocab - 1])


def _ids(units: list[str], index: dict[str, int]) -> torch.Tensor:
    # One torch.tensor over millions of ints would hold the GIL for ~100 ms: build in chunks.
    parts = [
        torch.tensor(
            [index.get(unit, 0) for unit in units[start : start + _CHUNK]], dtype=torch.long
        )
        for start in range(0, len(units), _CHUNK)
    ]
    return torch.cat(parts) if parts else torch.zeros(0, dtype=torch.long)


@dataclass(frozen=True)
class Probe:
    """The sentence whose gates are shown: display labels, ids and units unseen in training."""

    text: str
    units: tuple[str, ...]
    labels: tuple[str, ...]
    ids: torch.Tensor
    unknown: tuple[str, ...]
    vocab_size: int

    def __len__(self) -> int:
        return len(self.units)


def encode_probe(data: SequenceData, probe: str) -> Probe:
    """Encode the probe sentence with the data's vocabulary.

    Returns a Probe: ``labels`` for the heatmap axis (whitespace made visible at char level),
    ``ids`` (1-D LongTensor) and ``unknown`` (distinct units unseen in training, mapped to
    ``<unk>``). Raises ProbeError for an empty or whitespace-only probe, or one longer than
    400 units. Any thread may call it.
    """
    if not isinstance(probe, str) or not probe.strip():
        text = QT_TRANSLATE_NOOP(
            "core", "The probe sentence is empty: type a sentence to watch the gates on."
        )
        raise ProbeError(say(text))
    units = data.split(probe)
    if not units:
        raise ProbeError(
            say(
                QT_TRANSLATE_NOOP("core", "The probe {probe} has no tokens to show."),
                probe=repr(probe),
            )
        )
    if len(units) > MAX_PROBE_UNITS:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The probe has {units} units; at most {most} fit a heatmap. Use a shorter sentence.",
        )
        raise ProbeError(say(text, units=len(units), most=MAX_PROBE_UNITS))
    ids, unknown = data.encode(units)
    return Probe(
        text=probe,
        units=tuple(units),
        labels=tuple(display_label(u, data.level) for u in units),
        ids=ids,
        unknown=tuple(unknown),
        vocab_size=data.vocab_size,
    )


def display_label(unit: str, level: str = "char") -> str:
    """Return a visible label for a unit: whitespace characters become symbols (␣, ↵, ⇥)."""
    if level == "char":
        if unit in VISIBLE_WHITESPACE:
            return VISIBLE_WHITESPACE[unit]
        if not unit.isprintable():
            return f"U+{ord(unit):04X}" if len(unit) == 1 else repr(unit)
    return unit
