"""How good are the vectors? Analogies (king − man + woman ≈ queen) and human similarity ratings.

The numbers come from gensim's own functions, so they agree with what gensim prints:
``KeyedVectors.evaluate_word_analogies`` on Mikolov's ``questions-words.txt`` (19,544 questions
"a b c d": b − a + c ≈ d) and ``evaluate_word_pairs`` on WordSim-353 and SimLex-999 (Spearman ρ
between the cosine of two words and people's ratings). The data sets ship with gensim
(``gensim/test/test_data``); nothing is downloaded. They are English: a Spanish corpus counts
no question (the scores are then None).

Questions and pairs with a word outside the vocabulary are excluded, as gensim does by default;
each score says how many were counted. To keep an evaluation per epoch cheap, analogies look at
the ``restrict_vocab`` most frequent words only (30,000, as Mikolov et al. did) and at a fixed,
seeded sample of at most ``max_questions`` of the questions those words cover; the sample is
fed to gensim in small pieces, so the generator yields between them (a cancel point). Cost on
lee_background (4,000 words, 668 questions counted, both rating sets): about 0.1 s an epoch on
a 2-core EPYC (``tests/benchmarks/bench_word2vec.py``); the first call also reads the three
files (~0.15 s, then cached).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Generator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from lab_app.core.events import HEARTBEAT, Heartbeat

RESTRICT_VOCAB = 30_000  # the most frequent words an analogy answer is searched among
MAX_QUESTIONS = 1_000  # a fixed sample of at most this many counted questions per evaluation
MIN_PAIRS = 3  # fewer rated pairs than this give no Spearman ρ (None)
PAIR_SETS = {"wordsim353": "wordsim353.tsv", "simlex999": "simlex999.txt"}
QUESTIONS_FILE = "questions-words.txt"
_PIECE_SECONDS = 0.03  # each call into gensim lasts about this long (the cancel points' spacing)


@dataclass(frozen=True)
class AnalogyScore:
    """Analogy accuracy: ``correct`` / ``counted``, None when no question was counted.

    ``counted`` questions were asked (all four words among the ``restrict_vocab`` most frequent
    ones; a sample when more than ``max_questions`` qualify); ``in_vocabulary`` questions
    qualified; ``total`` is every question in the file (the rest had an unknown word and were
    excluded).
    """

    accuracy: float | None
    correct: int
    counted: int
    in_vocabulary: int
    total: int


@dataclass(frozen=True)
class PairScore:
    """Agreement with human similarity ratings: ``spearman`` ρ (and ``pearson`` r) over the
    ``counted`` pairs whose two words are known, None when fewer than 3 are; ``oov_ratio`` is
    the fraction (0–1, gensim reports percent) of the file's ``total`` pairs excluded."""

    spearman: float | None
    pearson: float | None
    counted: int
    total: int
    oov_ratio: float


@dataclass(frozen=True)
class Evaluation:
    """All three scores for one set of vectors."""

    analogies: AnalogyScore
    wordsim: PairScore
    simlex: PairScore


def data_path(name: str) -> str:
    """Return the path of a data file gensim ships (``questions-words.txt``, ...)."""
    from gensim.test.utils import datapath

    return datapath(name)


@lru_cache(maxsize=4)
def analogy_questions(
    path: str | None = None,
) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Return every question as (section, (a, b, c, d), (A, B, C, D)): words as written and
    upper-cased (how gensim compares them), read once and cached.

    Lines that are not four words are skipped, as gensim skips them. Any thread.
    """
    questions: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    section = ""
    with open(path or data_path(QUESTIONS_FILE), encoding="utf-8") as file:
        for line in file:
            if line.startswith(": "):
                section = line[2:].strip()
                continue
            words = tuple(line.split())
            if len(words) == 4 and section:
                questions.append((section, words, tuple(w.upper() for w in words)))
    return tuple(questions)


@lru_cache(maxsize=4)
def rated_pairs(path: str) -> tuple[tuple[str, str], ...]:
    """Return the (word, word) pairs of a tab-separated rating file, as gensim reads it:
    lines starting with ``#`` are comments, other lines must be "word<TAB>word<TAB>number"."""
    pairs: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            try:
                float(parts[2])
            except (IndexError, ValueError):
                continue
            if len(parts) == 3:
                pairs.append((parts[0], parts[1]))
    return tuple(pairs)


def load_data_sets() -> None:
    """Read and cache the three data sets (0.1–0.2 s, once per process). Any thread."""
    analogy_questions()
    for name in PAIR_SETS.values():
        rated_pairs(data_path(name))


def private_view(kv: Any) -> Any:
    """Return KeyedVectors sharing ``kv``'s vectors and words but with a dictionary of its own.

    gensim's evaluations swap ``key_to_index`` while they run; on a view, a thread reading
    ``kv`` meanwhile (the analogy panel, the map) never sees the swap. Any thread.
    """
    from gensim.models import KeyedVectors

    view = KeyedVectors(kv.vector_size, count=0, dtype=kv.vectors.dtype)
    view.vectors = kv.vectors
    view.index_to_key = kv.index_to_key
    view.key_to_index = dict(kv.key_to_index)
    view.norms = getattr(kv, "norms", None)
    return view


def _upper_vocabulary(kv: Any, restrict_vocab: int) -> set[str]:
    """The words gensim's case-insensitive evaluations recognise: the first ``restrict_vocab``
    words, upper-cased."""
    return {word.upper() for word in kv.index_to_key[:restrict_vocab]}


def iter_evaluate_analogies(
    kv: Any,
    restrict_vocab: int = RESTRICT_VOCAB,
    max_questions: int | None = MAX_QUESTIONS,
    seed: int = 0,
    path: str | None = None,
) -> Generator[Heartbeat, None, AnalogyScore]:
    """Evaluate b − a + c ≈ d on the analogy questions; return an ``AnalogyScore``.

    Case-insensitive (gensim's default). Questions are fed to gensim's
    ``evaluate_word_analogies`` in pieces of about 0.03 s; a ``HEARTBEAT`` is yielded between
    pieces. With ``max_questions`` None or at least the qualifying count, the result equals
    gensim's over the whole file. Worker thread (any thread: ``kv`` is not modified).
    """
    questions = analogy_questions(path)
    known = _upper_vocabulary(kv, restrict_vocab)
    yield HEARTBEAT
    # Exactly the questions gensim would not skip as out-of-vocabulary.
    usable = [q for q in questions if known.issuperset(q[2])]
    yield HEARTBEAT
    chosen = usable
    if max_questions is not None and len(usable) > max_questions:
        rng = np.random.default_rng(seed)
        picked = np.sort(rng.choice(len(usable), size=max_questions, replace=False))
        chosen = [usable[i] for i in picked]
    correct = 0
    if chosen:
        view = private_view(kv)
        with tempfile.TemporaryDirectory(prefix="lab_app_analogies_") as folder:
            piece_path = os.path.join(folder, "questions.txt")
            start, size = 0, 20
            while start < len(chosen):
                piece = chosen[start : start + size]
                began = time.perf_counter()
                correct += _correct_in(view, piece, piece_path, restrict_vocab)
                elapsed = time.perf_counter() - began
                start += len(piece)
                # Aim the next piece at ~0.03 s of gensim work (more when training competes).
                size = int(np.clip(size * _PIECE_SECONDS / max(elapsed, 1e-4), 5, 2000))
                yield HEARTBEAT
    counted = len(chosen)
    accuracy = correct / counted if counted else None
    return AnalogyScore(accuracy, correct, counted, len(usable), len(questions))


def _correct_in(view: Any, piece: list, piece_path: str, restrict_vocab: int) -> int:
    """Write ``piece`` in the questions file format, let gensim evaluate it; return how many
    it answered correctly."""
    lines: list[str] = []
    section = None
    for name, words, _ in piece:
        if name != section:
            lines.append(f": {name}")
            section = name
        lines.append(" ".join(words))
    with open(piece_path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    _, sections = view.evaluate_word_analogies(
        piece_path, restrict_vocab=restrict_vocab, case_insensitive=True
    )
    total = sections[-1]  # gensim appends the "Total accuracy" section last
    return len(total["correct"])


def evaluate_analogies(
    kv: Any,
    restrict_vocab: int = RESTRICT_VOCAB,
    max_questions: int | None = MAX_QUESTIONS,
    seed: int = 0,
    path: str | None = None,
) -> AnalogyScore:
    """``iter_evaluate_analogies`` run to the end (any thread)."""
    from lab_app.core.events import drain

    return drain(iter_evaluate_analogies(kv, restrict_vocab, max_questions, seed, path))


def evaluate_word_pairs(
    kv: Any, dataset: str = "wordsim353", restrict_vocab: int = 300_000
) -> PairScore:
    """Return Spearman ρ between cosine similarity and human ratings on ``dataset``
    ("wordsim353", "simlex999" or the path of a tab-separated file of the same form).

    Case-insensitive; pairs with an unknown word are excluded (``oov_ratio``). None instead of
    ρ when fewer than 3 pairs are known (gensim would fail or return NaN). Uses gensim's
    ``evaluate_word_pairs``, on a private view of ``kv``. Any thread.
    """
    path = data_path(PAIR_SETS[dataset]) if dataset in PAIR_SETS else dataset
    pairs = rated_pairs(path)
    known = _upper_vocabulary(kv, restrict_vocab)
    counted = sum(1 for a, b in pairs if a.upper() in known and b.upper() in known)
    oov_ratio = (len(pairs) - counted) / len(pairs) if pairs else 1.0
    if counted < MIN_PAIRS:
        return PairScore(None, None, counted, len(pairs), oov_ratio)
    pearson, spearman, gensim_oov = private_view(kv).evaluate_word_pairs(
        path, delimiter="\t", restrict_vocab=restrict_vocab, case_insensitive=True
    )
    return PairScore(
        _finite(spearman[0]), _finite(pearson[0]), counted, len(pairs), gensim_oov / 100.0
    )


def _finite(value: float) -> float | None:
    value = float(value)
    return value if np.isfinite(value) else None


def iter_evaluate(
    kv: Any,
    restrict_vocab: int = RESTRICT_VOCAB,
    max_questions: int | None = MAX_QUESTIONS,
    seed: int = 0,
) -> Generator[Heartbeat, None, Evaluation]:
    """Run the three evaluations, yielding heartbeats between pieces; return an ``Evaluation``.
    Worker thread."""
    analogies = yield from iter_evaluate_analogies(kv, restrict_vocab, max_questions, seed)
    wordsim = evaluate_word_pairs(kv, "wordsim353")
    yield HEARTBEAT
    simlex = evaluate_word_pairs(kv, "simlex999")
    return Evaluation(analogies, wordsim, simlex)
