"""Sequences for a char- or word-level language model, and the probe sentence.

A *unit* is what the model reads at one time step: a character (char level) or a token
(word level). The vocabulary is built from the training split only, so "unseen" means unseen
in training; index 0 is ``<unk>``, which every unseen unit maps to.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field

import torch

from lab_app.core.events import HEARTBEAT, Heartbeat, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

UNK = "<unk>"
LEVELS = ("char", "word")
MAX_PROBE_UNITS = 400
_CHUNK = 65_536
_NUMPY_PIECE = 131_072  # code points per numpy call at char level (about a millisecond)
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
    has fewer than seq_len + 1 units. Any thread may call it; a job on a worker uses
    ``iter_build_sequence_data``, which is the same with cancel points.
    """
    return drain(
        iter_build_sequence_data(units, level, seq_len, validation_fraction, max_vocab, tokenize)
    )


def iter_build_sequence_data(
    units: str | Sequence[str],
    level: str = "char",
    seq_len: int = 64,
    validation_fraction: float = 0.1,
    max_vocab: int = 5000,
    tokenize: Callable[[str], list[str]] | None = None,
    beat: Pacer | None = None,
) -> Generator[Heartbeat, None, SequenceData]:
    """``build_sequence_data`` as a generator: yields a Heartbeat when ``beat`` is due (every
    0.1 s by default; 2 M characters take ~0.4 s), returns the SequenceData."""
    units = _checked_units(units, level, validation_fraction, max_vocab)
    n_val = int(round(len(units) * validation_fraction))
    if len(units) - n_val < seq_len + 1:
        raise _too_little_text(level, seq_len, len(units) - n_val, validation_fraction)
    beat = beat or Pacer(HEARTBEAT_SECONDS)
    if level == "char":
        vocab, train_ids, val_ids = yield from _char_ids(units, n_val, max_vocab, beat)
    else:
        vocab, train_ids, val_ids = yield from _word_ids(units, n_val, max_vocab, beat)
    return SequenceData(
        level=level,
        vocab=vocab,
        train_ids=train_ids,
        val_ids=val_ids,
        seq_len=seq_len,
        tokenize=tokenize or simple_word_tokens,
    )


def _word_ids(
    units: list[str], n_val: int, max_vocab: int, beat: Pacer
) -> Generator[Heartbeat, None, tuple[tuple[str, ...], torch.Tensor, torch.Tensor]]:
    """Word level: the training split's vocabulary and the ids of both splits."""
    train_units, val_units = units[: len(units) - n_val], units[len(units) - n_val :]
    vocab = yield from _build_vocab(train_units, max_vocab, beat)
    index = {unit: i for i, unit in enumerate(vocab)}
    train_ids = yield from _ids(train_units, index, beat)
    val_ids = yield from _ids(val_units, index, beat)
    return vocab, train_ids, val_ids


def _checked_units(
    units: str | Sequence[str], level: str, validation_fraction: float, max_vocab: int
) -> str | list[str]:
    """Return the units: the text (char level) or a list of tokens; raise DataError for a
    wrong level, input or setting."""
    if level not in LEVELS:
        text = QT_TRANSLATE_NOOP("core", "level must be 'char' or 'word', got {level}")
        raise DataError(say(text, level=repr(level)))
    if level == "word" and isinstance(units, str):
        text = QT_TRANSLATE_NOOP(
            "core", "word level needs a list of tokens; tokenise the text first"
        )
        raise DataError(say(text))
    if not 0.0 <= validation_fraction <= 0.5:
        text = QT_TRANSLATE_NOOP(
            "core", "validation_fraction must be in [0, 0.5], got {validation_fraction}"
        )
        raise DataError(say(text, validation_fraction=validation_fraction))
    if max_vocab < 2:
        text = QT_TRANSLATE_NOOP(
            "core", "max_vocab must be at least 2 (<unk> and one unit), got {max_vocab}"
        )
        raise DataError(say(text, max_vocab=max_vocab))
    if level == "char":
        return units if isinstance(units, str) else "".join(units)
    return list(units)


def _too_little_text(level: str, seq_len: int, found: int, validation_fraction: float) -> DataError:
    if level == "char":
        text = QT_TRANSLATE_NOOP(
            "core",
            "Too little text: training needs at least seq_len + 1 = {needed} characters, but "
            "the corpus gives {found} after keeping {percent}% for validation. Add text or "
            "shorten the sequence length.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Too little text: training needs at least seq_len + 1 = {needed} tokens, but "
            "the corpus gives {found} after keeping {percent}% for validation. Add text or "
            "shorten the sequence length.",
        )
    percent = round(validation_fraction * 100)
    return DataError(say(text, needed=seq_len + 1, found=found, percent=percent))


def _char_ids(
    text: str, n_val: int, max_vocab: int, beat: Pacer
) -> Generator[Heartbeat, None, tuple[tuple[str, ...], torch.Tensor, torch.Tensor]]:
    """Char level with numpy on code points: the vocabulary of the training split (most
    frequent first, ties by character) and the ids of both splits.

    numpy's sort and search release the interpreter lock. Python loops over millions of
    one-character strings held it in C calls of 5-15 ms, and the window waited that long each
    time it needed the lock (a 170 ms stall as a gates run started, bench_gui.py). Yields a
    Heartbeat between the steps (each under ~0.1 s for the 2 M characters a run reads).
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    yield HEARTBEAT
    train = codes[: len(codes) - n_val]
    kinds, counts = np.unique(train, return_counts=True)
    yield HEARTBEAT
    ranked = kinds[np.lexsort((kinds, -counts))][: max_vocab - 1]  # -count, then character
    vocab = (UNK, *map(chr, ranked.tolist()))
    order = np.argsort(ranked)
    known = ranked[order]

    def ids(part: np.ndarray) -> Generator[Heartbeat, None, torch.Tensor]:
        # In pieces: indexing millions of entries holds the lock ~10 ms per call; the window
        # needs it many times a frame (each Python paint), so calls stay near a millisecond.
        result = np.zeros(len(part), dtype=np.int64)
        for start in range(0, len(part), _NUMPY_PIECE):
            piece = part[start : start + _NUMPY_PIECE]
            where = np.searchsorted(known, piece).clip(0, max(len(known) - 1, 0))
            found = known[where] == piece if len(known) else np.zeros(len(piece), dtype=bool)
            result[start : start + len(piece)] = np.where(found, order[where] + 1, 0)
            yield from beat.beat()
        return torch.from_numpy(result)

    train_ids = yield from ids(train)
    yield HEARTBEAT
    val_ids = yield from ids(codes[len(codes) - n_val :])
    return vocab, train_ids, val_ids


def _build_vocab(
    units: list[str], max_vocab: int, beat: Pacer
) -> Generator[Heartbeat, None, tuple[str, ...]]:
    counts: Counter[str] = Counter()
    for start in range(0, len(units), _CHUNK):  # short C calls: other threads keep running
        counts.update(units[start : start + _CHUNK])
        yield from beat.beat()
    counts.pop(UNK, None)
    # Most frequent first; ties by the unit itself so that the order is reproducible.
    ranked = sorted(counts, key=lambda unit: (-counts[unit], unit))
    return (UNK, *ranked[: max_vocab - 1])


def _ids(
    units: list[str], index: dict[str, int], beat: Pacer
) -> Generator[Heartbeat, None, torch.Tensor]:
    # One torch.tensor over millions of ints would hold the GIL for ~100 ms: build in chunks.
    parts = []
    for start in range(0, len(units), _CHUNK):
        chunk = [index.get(unit, 0) for unit in units[start : start + _CHUNK]]
        parts.append(torch.tensor(chunk, dtype=torch.long))
        yield from beat.beat()
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
    # The vocabulary the ids index (the data's own tuple, shared): two corpora can both reach
    # the 5,000-word cap, so equal sizes do not mean the same ids.
    vocab: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.units)

    def encoded_with(self, vocab: tuple[str, ...]) -> bool:
        """True when the ids index ``vocab`` (the same units in the same order)."""
        return self.vocab is vocab or self.vocab == vocab


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
        vocab=data.vocab,
    )


def display_label(unit: str, level: str = "char") -> str:
    """Return a visible label for a unit: whitespace characters become symbols (␣, ↵, ⇥)."""
    if level == "char":
        if unit in VISIBLE_WHITESPACE:
            return VISIBLE_WHITESPACE[unit]
        if not unit.isprintable():
            return f"U+{ord(unit):04X}" if len(unit) == 1 else repr(unit)
    return unit
