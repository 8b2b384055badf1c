"""Data of the translation task: word-level source, character-level target, a held-out split.

Why word-level in, char-level out: a Spanish number word is a unit of meaning ("ciento",
"veintitrés") that maps to one digit or two, so word tokens keep the input short (at most 10
tokens below a million) and make each attention row a readable "which word gives this digit";
spelled out letter by letter the same input is ~30 steps long and the model would first have
to learn spelling. The output is digits, and a digit is a character.

Vocabularies come from the training split only: index 0 is ``<pad>`` and 1 ``<unk>`` on the
source side; ``<pad>``, ``<s>`` (start) and ``</s>`` (end) on the target side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch

from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.tasks.number_words import Seq2SeqError, number_pairs

PAD, UNK, SOS, EOS = "<pad>", "<unk>", "<s>", "</s>"
HELD_OUT_FRACTION = 0.2
MAX_SOURCE_TOKENS = 40
MAX_TARGET_CHARS = 40
PROBE = ("ciento veintitrés", "123")


class BadPairs(Seq2SeqError):
    """The source cannot make translation pairs (wrong type, too few, empty or too long)."""


class UnknownWords(Seq2SeqError):
    """Words to translate are not in the training vocabulary; ``words`` lists them."""

    def __init__(self, words: Sequence[str]):
        self.words = list(dict.fromkeys(words))
        text = QT_TRANSLATE_NOOP("core", "Not in the training vocabulary: {words}")
        super().__init__(say(text, words=", ".join(repr(w) for w in self.words)))


@dataclass(frozen=True)
class NumberSource:
    """Pairs (Spanish number words, digits) for ``count`` distinct numbers in 0..max_value."""

    count: int = 1000
    max_value: int = 999


@dataclass(frozen=True)
class Vocabularies:
    """The source words and target characters a model was trained with (read-only)."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    max_target_len: int

    def source_ids(self, tokens: Sequence[str], strict: bool = False) -> list[int]:
        """Return the ids of ``tokens`` (unknown → ``<unk>``; raise UnknownWords if strict)."""
        index = {w: i for i, w in enumerate(self.source)}
        unknown = [t for t in tokens if t not in index or t in (PAD, UNK)]
        if strict and unknown:
            raise UnknownWords(unknown)
        return [index.get(t, 1) for t in tokens]

    def target_text(self, ids: Sequence[int]) -> str:
        """Return the characters for target ids, up to (not including) the first ``</s>``."""
        chars = []
        for i in ids:
            if int(i) == 2:
                break
            chars.append(self.target[int(i)] if int(i) > 2 else "")
        return "".join(chars)


@dataclass(frozen=True)
class Split:
    """One split as padded tensors: source ids (N, T) with lengths (N,), decoder input
    (N, L + 1) starting with ``<s>``, decoder target (N, L + 1) ending with ``</s>``."""

    tokens: tuple[tuple[str, ...], ...]
    targets: tuple[str, ...]
    source: torch.Tensor
    lengths: torch.Tensor
    decoder_input: torch.Tensor
    decoder_target: torch.Tensor

    def __len__(self) -> int:
        return len(self.targets)


@dataclass(frozen=True)
class Seq2SeqData:
    """Train and held-out splits, vocabularies, the probe and the baseline string."""

    train: Split
    held_out: Split
    vocab: Vocabularies
    probe: tuple[str, ...]
    baseline: str


def prepare_pairs(source: object = None, seed: int = 0) -> Seq2SeqData:
    """Return the task's data from ``source``: None (numbers 0–999), a ``NumberSource`` or a
    sequence of (source text, target text) pairs. The held-out 20 % is drawn by ``seed``.

    Raises BadPairs (or BadNumber) for a source that cannot make pairs. Any thread may call it.
    """
    pairs = _pairs_of(source, seed)
    order = np.random.default_rng(seed).permutation(len(pairs))
    n_held = max(1, round(HELD_OUT_FRACTION * len(pairs)))
    held = [pairs[i] for i in order[:n_held]]
    train = [pairs[i] for i in order[n_held:]]
    words = Counter(w for tokens, _ in train for w in tokens)
    chars = Counter(c for _, target in train for c in target)
    vocab = Vocabularies(
        source=(PAD, UNK, *sorted(words)),
        target=(PAD, SOS, EOS, *sorted(chars)),
        max_target_len=max(len(t) for _, t in pairs) + 2,
    )
    probe_tokens = tuple(PROBE[0].split())
    if not all(w in words for w in probe_tokens):
        probe_tokens = held[0][0]
    return Seq2SeqData(
        _split(train, vocab), _split(held, vocab), vocab, probe_tokens, baseline_string(train)
    )


def baseline_string(pairs: Sequence[tuple[tuple[str, ...], str]]) -> str:
    """Return the "majority string": the most frequent target length L in ``pairs``, each of
    its L positions filled with the most frequent character there among targets of length L
    (ties: the smallest). It ignores the input: the score to beat without reading anything."""
    lengths = Counter(len(t) for _, t in pairs)
    length = min(lengths, key=lambda n: (-lengths[n], n))
    same = [t for _, t in pairs if len(t) == length]
    chars = []
    for i in range(length):
        counts = Counter(t[i] for t in same)
        chars.append(min(counts, key=lambda c: (-counts[c], c)))
    return "".join(chars)


def _pairs_of(source: object, seed: int) -> list[tuple[tuple[str, ...], str]]:
    if source is None:
        source = NumberSource()
    if isinstance(source, NumberSource):
        source = number_pairs(source.count, seed, source.max_value)
    if isinstance(source, (str, bytes)) or not isinstance(source, Sequence):
        text = QT_TRANSLATE_NOOP(
            "core", "Give translation pairs as a list of (source text, target text); got {kind}"
        )
        raise BadPairs(say(text, kind=type(source).__name__))
    if len(source) < 2:
        text = QT_TRANSLATE_NOOP("core", "Need at least 2 translation pairs; got {count}")
        raise BadPairs(say(text, count=len(source)))
    return [_pair(item, row) for row, item in enumerate(source, start=1)]


def _pair(item: object, row: int) -> tuple[tuple[str, ...], str]:
    ok = isinstance(item, (tuple, list)) and len(item) == 2
    ok = ok and all(isinstance(part, str) and part.strip() for part in item)
    if not ok:
        text = QT_TRANSLATE_NOOP(
            "core", "Pair {row} must be two non-empty texts (source, target); got {item}"
        )
        raise BadPairs(say(text, row=row, item=repr(item)[:80]))
    tokens, target = tuple(item[0].split()), item[1].strip()
    if len(tokens) > MAX_SOURCE_TOKENS or len(target) > MAX_TARGET_CHARS:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Pair {row} is too long: at most {words} source words and {chars} target characters",
        )
        raise BadPairs(say(text, row=row, words=MAX_SOURCE_TOKENS, chars=MAX_TARGET_CHARS))
    return tokens, target


def _split(pairs: list[tuple[tuple[str, ...], str]], vocab: Vocabularies) -> Split:
    """Encode pairs as padded tensors (characters unseen in training become ``<pad>``, which
    the loss and the scores ignore: such a target can only be matched by chance)."""
    index = {c: i for i, c in enumerate(vocab.target)}
    n, width = len(pairs), max(len(tokens) for tokens, _ in pairs)
    depth = max(len(t) for _, t in pairs) + 1
    source = torch.zeros(n, width, dtype=torch.long)
    decoder_input = torch.zeros(n, depth, dtype=torch.long)
    decoder_target = torch.zeros(n, depth, dtype=torch.long)
    for row, (tokens, target) in enumerate(pairs):
        source[row, : len(tokens)] = torch.tensor(vocab.source_ids(tokens))
        ids = [index.get(c, 0) for c in target]
        decoder_input[row, : len(ids) + 1] = torch.tensor([1, *ids])
        decoder_target[row, : len(ids) + 1] = torch.tensor([*ids, 2])
    lengths = torch.tensor([len(tokens) for tokens, _ in pairs])
    tokens = tuple(tokens for tokens, _ in pairs)
    targets = tuple(target for _, target in pairs)
    return Split(tokens, targets, source, lengths, decoder_input, decoder_target)
