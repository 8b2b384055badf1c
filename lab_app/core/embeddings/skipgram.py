"""What skip-gram learns from: (target, context) pairs inside the window, and random negatives.

The lecture's skip-gram with negative sampling is a binary logistic-regression classifier: for a
target word w and a word c, P(+ | w, c) = σ(c·w). Real pairs (c inside w's context window) are
positives; for each, k "negative" words are drawn at random from the unigram distribution raised
to the power 0.75, which gives rare words a little more weight than their counts. Training makes
σ(c·w) rise for positives and fall for negatives; the hidden-layer weights are the vectors.

In gensim's terms, w is a row of ``model.wv.vectors`` (input vectors) and c a row of
``model.syn1neg`` (output, "context" vectors). Pure numpy; any thread may call these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

UNIGRAM_POWER = 0.75  # word2vec's smoothing of the unigram distribution for negatives


@dataclass(frozen=True)
class Pair:
    """One example of the classifier: ``target`` w, ``context`` c, and whether c really occurs
    in w's window (``positive``) or was drawn at random (a negative).

    ``target_position`` and ``context_position`` index the sentence the pair came from; a
    negative's ``context_position`` is None (it was drawn, not read), and ``source`` is then the
    index (in the list of pairs) of the positive pair it was drawn for.
    """

    target: str
    context: str
    positive: bool
    target_position: int
    context_position: int | None = None
    source: int | None = None


def unigram_distribution(
    counts: Mapping[str, int], power: float = UNIGRAM_POWER
) -> tuple[list[str], np.ndarray]:
    """Return (words, probabilities): P(word) ∝ count(word)^power, words in the mapping's order.

    Raises ValueError when no word has a positive count. Any thread.
    """
    words = list(counts)
    weights = np.array([max(float(counts[w]), 0.0) for w in words], dtype=np.float64) ** power
    total = weights.sum()
    if not words or total <= 0:
        raise ValueError("the unigram distribution needs at least one word with a positive count")
    return words, weights / total


def window_positions(known: Sequence[int], i: int, window: int) -> list[int]:
    """Return the positions of the context of ``known[i]``: up to ``window`` known words on each
    side, skipping unknown words (as gensim does: they are dropped before the window is laid)."""
    low, high = max(0, i - window), min(len(known), i + window + 1)
    return [known[j] for j in range(low, high) if j != i]


def training_pairs(
    sentence_tokens: Sequence[str],
    window: int,
    negative: int,
    vocab_counts: Mapping[str, int],
    seed: int = 0,
) -> list[Pair]:
    """Return the pairs skip-gram learns from in one sentence.

    For each target word (in sentence order) its positive pairs (target, context) with every
    context word at most ``window`` known words away, each followed by ``negative`` negatives
    (target, random word) drawn from the unigram^0.75 distribution of ``vocab_counts``. A negative
    never equals the positive's context word (redrawn; gensim skips such draws). Words missing
    from ``vocab_counts`` are skipped, as in training; the full window is used (gensim shrinks it
    at random for each target, which weights near words more). The same seed gives the same
    pairs. Any thread.
    """
    if window < 1 or negative < 0:
        raise ValueError(f"window must be >= 1 and negative >= 0, got {window}, {negative}")
    known = [i for i, token in enumerate(sentence_tokens) if token in vocab_counts]
    if len(known) < 2:
        return []
    words, probabilities = unigram_distribution(vocab_counts)
    cumulative = np.cumsum(probabilities)
    rng = np.random.default_rng(seed)
    pairs: list[Pair] = []
    for i, position in enumerate(known):
        target = sentence_tokens[position]
        for context_position in window_positions(known, i, window):
            context = sentence_tokens[context_position]
            source = len(pairs)
            pairs.append(Pair(target, context, True, position, context_position))
            for drawn in _negatives(rng, words, cumulative, context, negative):
                pairs.append(Pair(target, drawn, False, position, None, source))
    return pairs


def _negatives(
    rng: np.random.Generator, words: list[str], cumulative: np.ndarray, avoid: str, k: int
) -> list[str]:
    """Draw k words from the distribution, none equal to ``avoid`` (unless it is the only word)."""
    if len(words) == 1:
        return [words[0]] * k
    drawn: list[str] = []
    while len(drawn) < k:
        for index in draw_indices(rng, cumulative, k - len(drawn)):
            if words[index] != avoid:
                drawn.append(words[index])
    return drawn


def draw_indices(rng: np.random.Generator, cumulative: np.ndarray, size: int | tuple) -> np.ndarray:
    """Draw indices from the distribution whose cumulative sums are ``cumulative`` (a table
    like gensim's ``cum_table``, built once; each draw is a binary search)."""
    uniform = rng.random(size) * cumulative[-1]
    return np.minimum(np.searchsorted(cumulative, uniform, side="right"), len(cumulative) - 1)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """σ(x) = 1 / (1 + e^−x), without overflow for large |x|."""
    x = np.asarray(x, dtype=np.float64)
    return np.exp(-np.logaddexp(0.0, -x))


def pair_scores(
    pairs: Sequence[Pair],
    w_vectors: np.ndarray,
    c_vectors: np.ndarray,
    index: Mapping[str, int],
) -> np.ndarray:
    """Return σ(c·w) for every pair (float64, in the pairs' order): the classifier's
    probability that ``context`` occurs near ``target``.

    ``w_vectors`` are the input (target) vectors, ``c_vectors`` the output (context) vectors,
    ``index`` maps a word to its row in both. Any thread.
    """
    if not pairs:
        return np.zeros(0, dtype=np.float64)
    targets = np.fromiter((index[p.target] for p in pairs), dtype=np.int64, count=len(pairs))
    contexts = np.fromiter((index[p.context] for p in pairs), dtype=np.int64, count=len(pairs))
    w = np.asarray(w_vectors, dtype=np.float64)[targets]
    c = np.asarray(c_vectors, dtype=np.float64)[contexts]
    return sigmoid(np.einsum("ij,ij->i", w, c))
