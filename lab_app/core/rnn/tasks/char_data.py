"""Character-level data shared by the one-to-one and one-to-many tasks: text, vocabulary, splits.

Both tasks predict the next character x_{t+1}; they read the same ``CharData`` (the same
vocabulary, the same training windows, the same held-out windows), so their held-out
cross-entropies (nats per character) can share one plot: the gap between them is what memory
(the recurrent state h_t) buys. Index 0 of the vocabulary is ``<unk>``: characters not seen in
training map to it. numpy only: no torch here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say
from lab_app.core.rnn.tasks.base import TaskDiverged

UNK = "<unk>"
DEFAULT_CORPUS = "spanish_sample"
# Less text than this cannot give a training split and a held-out split worth a number.
MIN_TEXT_CHARS = 500
HELDOUT_FRACTION = 0.1
SEQ_LEN = 64
PROBE_CHARS = 48


class CharTaskError(ValueError):
    """Bad input for a character task. ``text`` is the translatable sentence (``str`` is English)."""

    def __init__(self, text: Text | str):
        super().__init__(str(text))
        self.text = text


class TooLittleText(CharTaskError):
    """The corpus is empty, a single line, or too short to split into training and held-out."""


class CharTrainingDiverged(TaskDiverged, CharTaskError):
    """The loss became NaN/inf or exploded (see ``TaskDiverged``); a character task's error."""


@dataclass(frozen=True)
class CharVocab:
    """The characters a model reads and predicts; ``chars[0]`` is ``<unk>``. Any thread."""

    chars: tuple[str, ...]
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {c: i for i, c in enumerate(self.chars)})

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> tuple[np.ndarray, list[str]]:
        """Return (int64 ids, the distinct characters not in the vocabulary, in order)."""
        ids = np.fromiter((self.index.get(c, 0) for c in text), dtype=np.int64, count=len(text))
        unknown = list(dict.fromkeys(c for c in text if c not in self.index))
        return ids, unknown

    def decode(self, ids: Sequence[int] | np.ndarray) -> str:
        """Return the text of ``ids`` (``<unk>`` written as U+FFFD, one character per id)."""
        return "".join("\ufffd" if int(i) == 0 else self.chars[int(i)] for i in ids)


@dataclass(frozen=True)
class CharData:
    """A text encoded for next-character prediction, split into training and held-out parts.

    ``train_ids`` / ``heldout_ids``: int64 ids; ``heldout_inputs`` / ``heldout_targets``: the
    fixed held-out windows (n × seq_len, targets one character ahead); ``probe``: the fixed text
    whose hidden states the snapshots show; ``most_frequent``: the id of the most frequent
    training character. Read-only; any thread may read it.
    """

    text: str
    vocab: CharVocab
    train_ids: np.ndarray
    heldout_ids: np.ndarray
    heldout_inputs: np.ndarray
    heldout_targets: np.ndarray
    seq_len: int
    probe: str
    seed: int
    train_counts: np.ndarray  # count of each id in the training split

    @property
    def vocab_size(self) -> int:
        """V, ``<unk>`` included."""
        return len(self.vocab)

    @property
    def most_frequent(self) -> int:
        """Id of the most frequent training character (the unigram baseline's guess)."""
        return int(np.argmax(self.train_counts))

    @property
    def probe_ids(self) -> np.ndarray:
        """The probe's ids (int64)."""
        return self.vocab.encode(self.probe)[0]


def corpus_text(source: Any = None) -> str:
    """Return the text of ``source``: None (the built-in Spanish sample), a built-in corpus name
    prefixed ``builtin:``, a ``Corpus`` (its documents, one per line), a string, or a sequence of
    strings (one per line). Loading a built-in corpus reads a file: worker thread."""
    if source is None or (isinstance(source, str) and source.startswith("builtin:")):
        from lab_app.core.corpus import load_builtin

        name = DEFAULT_CORPUS if source is None else source.removeprefix("builtin:")
        source = load_builtin(name)
    if isinstance(source, str):
        return source
    documents = getattr(source, "documents", source)
    if isinstance(documents, Sequence) and all(isinstance(d, str) for d in documents):
        return "\n".join(documents)
    text = QT_TRANSLATE_NOOP("core", "Expected a corpus or a text, got {kind}.")
    raise CharTaskError(say(text, kind=type(source).__name__))


def prepare_chars(
    source: Any = None,
    seed: int = 0,
    seq_len: int = SEQ_LEN,
    heldout_fraction: float = HELDOUT_FRACTION,
) -> CharData:
    """Return the ``CharData`` of ``source`` (see ``corpus_text``).

    The held-out split is one contiguous stretch of ``heldout_fraction`` of the text whose
    place is drawn from ``seed`` (the same seed, the same split); the vocabulary comes from the
    rest. Raises TooLittleText for an empty or one-line corpus or fewer than MIN_TEXT_CHARS
    characters. Worker thread for a built-in corpus (it reads a file), else any thread.
    """
    text = corpus_text(source)
    _check_enough(text)
    train_text, heldout_text = _split(text, seed, heldout_fraction)
    counts = Counter(train_text)
    vocab = CharVocab((UNK, *sorted(counts, key=lambda c: (-counts[c], c))))
    train_ids, _ = vocab.encode(train_text)
    heldout_ids, _ = vocab.encode(heldout_text)
    seq_len = max(1, min(seq_len, len(heldout_ids) - 1))
    inputs, targets = _windows(heldout_ids, seq_len)
    train_counts = np.bincount(train_ids, minlength=len(vocab)).astype(np.int64)
    return CharData(
        text=text,
        vocab=vocab,
        train_ids=train_ids,
        heldout_ids=heldout_ids,
        heldout_inputs=inputs,
        heldout_targets=targets,
        seq_len=seq_len,
        probe=heldout_text[:PROBE_CHARS],
        seed=seed,
        train_counts=train_counts,
    )


def _check_enough(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or len(text.strip()) < MIN_TEXT_CHARS:
        message = QT_TRANSLATE_NOOP(
            "core",
            "The corpus is too small for a character model: {chars} characters in {lines} "
            "lines. Load a text of at least {minimum} characters over several lines.",
        )
        raise TooLittleText(
            say(message, chars=len(text.strip()), lines=len(lines), minimum=MIN_TEXT_CHARS)
        )


def _split(text: str, seed: int, fraction: float) -> tuple[str, str]:
    """Return (training text, held-out text): the held-out part is contiguous, placed by seed."""
    size = max(2, int(len(text) * fraction))
    start = int(np.random.default_rng(seed).integers(0, len(text) - size + 1))
    # One seam where the held-out stretch was cut out: a single odd transition, harmless.
    return text[:start] + text[start + size :], text[start : start + size]


def _windows(ids: np.ndarray, seq_len: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut ids into consecutive windows: inputs (n, seq_len), targets shifted by one."""
    count = (len(ids) - 1) // seq_len
    inputs = ids[: count * seq_len].reshape(count, seq_len)
    targets = ids[1 : count * seq_len + 1].reshape(count, seq_len)
    return inputs.copy(), targets.copy()


def train_windows(
    data: CharData, batch_size: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Return one random training batch: (inputs, targets), each (batch_size, seq_len)."""
    starts = rng.integers(0, len(data.train_ids) - data.seq_len, size=batch_size)
    windows = data.train_ids[starts[:, None] + np.arange(data.seq_len + 1)]
    return windows[:, :-1], windows[:, 1:]


def baseline_figures(data: CharData) -> dict[str, float]:
    """Return the baselines on the held-out targets: ``accuracy`` of always guessing the most
    frequent training character, and ``cross_entropy`` (nats/char) of the unigram model of the
    training split (add-one smoothed, so an unseen character costs a finite amount)."""
    targets = data.heldout_targets.ravel()
    unigram = (data.train_counts + 1.0) / (data.train_counts.sum() + len(data.train_counts))
    return {
        "accuracy": float(np.mean(targets == data.most_frequent)),
        "cross_entropy": float(-np.mean(np.log(unigram[targets]))),
    }
