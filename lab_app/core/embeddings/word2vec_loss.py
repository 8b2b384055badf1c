"""The word2vec loss computed from the vectors themselves, as a cross-check of gensim's tally.

Skip-gram with negative sampling (SGNS) minimises, for a target w, a context word c and k
negatives c_1..c_k drawn from unigram^0.75:

    L(w, c) = −log σ(c·w) − Σ_k log σ(−c_k·w)

CBOW uses the same loss with w replaced by h, the mean of the input vectors of the words around
the centre, and c the centre's output vector. ``LossSample`` fixes a seeded set of examples once;
``sample_loss`` evaluates their mean loss for any vectors, so the value can be followed epoch by
epoch. Pure numpy; any thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from lab_app.core.embeddings.skipgram import UNIGRAM_POWER, draw_indices

SAMPLE_SIZE = 2000  # examples in a loss sample: ±2 % noise on the mean, ~1 ms per evaluation
_CANDIDATES_PER_EXAMPLE = 10  # read this many candidates per example, then sample


@dataclass(frozen=True)
class LossSample:
    """Fixed examples for the loss: ``n`` rows, each an input, an output and k negatives.

    Skip-gram: ``inputs`` is n × 1, the target w's row; ``outputs`` the context c's row.
    CBOW: ``inputs`` is n × 2·window, the rows of the words around the centre (−1 pads);
    ``outputs`` is the centre's row. ``negatives`` is n × k rows drawn from unigram^0.75;
    ``keep`` is False where a negative equals the output (gensim skips such draws).
    ``source`` says where the examples come from ("held-out" or "training").
    """

    sg: bool
    inputs: np.ndarray
    outputs: np.ndarray
    negatives: np.ndarray
    keep: np.ndarray
    source: str

    def __len__(self) -> int:
        return len(self.outputs)


def build_loss_sample(
    sentences: Sequence[Sequence[str]],
    index: Mapping[str, int],
    counts: np.ndarray,
    window: int,
    negative: int,
    sg: bool = True,
    size: int = SAMPLE_SIZE,
    seed: int = 0,
    source: str = "held-out",
) -> LossSample | None:
    """Return up to ``size`` seeded examples read from ``sentences``, or None when they hold no
    pair of known words.

    ``index`` maps a word to its row, ``counts`` holds each row's corpus count (for the
    negatives). Unknown words are dropped before the window is laid, and each target's window
    is shrunk at random to 1..window words on each side, as gensim trains (so near words weigh
    more). Sentences are read in a seeded random order and reading stops after ten candidates
    per example, so a large held-out set costs no more than a small one. Any thread.
    """
    rng = np.random.default_rng(seed)
    wanted = size * _CANDIDATES_PER_EXAMPLE
    inputs: list[list[int]] = []
    outputs: list[int] = []
    for s in rng.permutation(len(sentences)):
        known = [index[token] for token in sentences[s] if token in index]
        shrink = rng.integers(0, window, size=len(known)) if len(known) > 1 else ()
        for i, cut in enumerate(shrink):
            reach = window - int(cut)
            around = known[max(0, i - reach) : i] + known[i + 1 : i + 1 + reach]
            if sg:
                inputs.extend([known[i]] for _ in around)
                outputs.extend(around)
            elif around:
                inputs.append(around)
                outputs.append(known[i])
        if len(outputs) >= wanted:
            break
    if not outputs:
        return None
    chosen = np.sort(rng.choice(len(outputs), size=min(size, len(outputs)), replace=False))
    width = 1 if sg else 2 * window
    padded = np.full((len(chosen), width), -1, dtype=np.int64)
    for row, c in enumerate(chosen):
        padded[row, : len(inputs[c])] = inputs[c]
    output_rows = np.asarray(outputs, dtype=np.int64)[chosen]
    cumulative = np.cumsum(np.asarray(counts, dtype=np.float64) ** UNIGRAM_POWER)
    negatives = draw_indices(rng, cumulative, (len(chosen), negative))
    keep = negatives != output_rows[:, None]
    return LossSample(bool(sg), padded, output_rows, negatives, keep, source)


def sample_loss(sample: LossSample, w_vectors: np.ndarray, c_vectors: np.ndarray) -> float:
    """Return the mean loss −log σ(c·w) − Σ_k log σ(−c_k·w) over the sample's examples.

    ``w_vectors`` are the input vectors (gensim's ``wv.vectors``), ``c_vectors`` the output
    vectors (``syn1neg``). For CBOW, w is the mean input vector of the words around the centre.
    Computed in float64 and exactly (gensim's own tally uses a lookup table and skips terms with
    |c·w| ≥ 6, so it reads a little lower). Any thread.
    """
    w_all = np.asarray(w_vectors, dtype=np.float64)
    c_all = np.asarray(c_vectors, dtype=np.float64)
    if sample.sg:
        w = w_all[sample.inputs[:, 0]]
    else:
        present = (sample.inputs >= 0).astype(np.float64)
        rows = w_all[np.where(sample.inputs >= 0, sample.inputs, 0)]
        w = np.einsum("nm,nmd->nd", present, rows) / present.sum(axis=1, keepdims=True)
    positive = np.einsum("nd,nd->n", w, c_all[sample.outputs])
    negative = np.einsum("nd,nkd->nk", w, c_all[sample.negatives])
    # −log σ(x) = log(1 + e^−x) and −log σ(−x) = log(1 + e^x), both without overflow.
    loss = np.logaddexp(0.0, -positive) + (np.logaddexp(0.0, negative) * sample.keep).sum(axis=1)
    return float(loss.mean())
