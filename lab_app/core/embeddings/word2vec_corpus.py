"""word2vec's input: sentences checked and cut to size, a held-out part, the word counts, the
demonstration sentence. Pure Python; generators yield heartbeats on long corpora (worker
thread), the rest may run on any thread."""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Sequence
from itertools import islice
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import CorpusTooSmall, NotTokenised, Word2VecSettingError
from lab_app.core.embeddings.word2vec_loss import LossSample
from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say
from lab_app.core.pacing import Pacer

MIN_SENTENCES_TO_HOLD_OUT = 20  # fewer sentences: the held-out loss samples the training text
MIN_HELDOUT_EXAMPLES = 100  # a held-out sample smaller than this is too noisy to plot
DEMO_MIN_WORDS = 5  # the demonstration sentence: the first with this many known words
DEMO_MAX_WORDS = 12  # ... cut after this many known words (a table a class can read)
DEMO_SEARCH = 10_000  # ... looked for among this many first sentences


def checked_sentences(
    sentences: Sequence[Sequence[str]], batch_words: int, pace: Pacer
) -> Generator[Any, None, list[list[str]]]:
    """Return the non-empty sentences, each longer than ``batch_words`` cut into pieces (one
    job never exceeds ``batch_words``; gensim would drop words past 10,000). Raise
    ``NotTokenised`` for texts given as strings."""
    if isinstance(sentences, str) or any(isinstance(s, str) for s in islice(sentences, 5)):
        text = QT_TRANSLATE_NOOP(
            "core",
            "word2vec needs sentences as lists of words, but got text (strings). "
            "Split the text into sentences of tokens first.",
        )
        raise NotTokenised(say(text))
    pieces: list[list[str]] = []
    for number, sentence in enumerate(sentences):
        if len(sentence) <= batch_words:
            if sentence:
                pieces.append(sentence if isinstance(sentence, list) else list(sentence))
        else:
            pieces.extend(
                list(sentence[i : i + batch_words]) for i in range(0, len(sentence), batch_words)
            )
        if number % 1024 == 0:
            yield from pace.beat()
    return pieces


def split_heldout(
    sentences: list[list[str]], fraction: float, seed: int
) -> tuple[list[list[str]], list[list[str]]]:
    """Return (training, held-out) sentences: a fixed ``fraction`` (chosen by ``seed``) is held
    out, none when the fraction is 0 or there are fewer than 20 sentences. Any thread."""
    count = round(fraction * len(sentences))
    if fraction <= 0 or len(sentences) < MIN_SENTENCES_TO_HOLD_OUT or count < 1:
        return sentences, []
    rng = np.random.default_rng(seed)
    chosen = set(rng.choice(len(sentences), size=count, replace=False).tolist())
    training = [s for i, s in enumerate(sentences) if i not in chosen]
    return training, [sentences[i] for i in sorted(chosen)]


def count_words(sentences: list[list[str]], pace: Pacer) -> Generator[Any, None, Counter[str]]:
    """Count every token (the raw vocabulary, first occurrence first, as gensim scans it)."""
    counts: Counter[str] = Counter()
    for number, sentence in enumerate(sentences):
        counts.update(sentence)
        if number % 256 == 0:
            yield from pace.beat()
    return counts


def kept_words(
    counts: Counter[str], min_count: int, pace: Pacer
) -> Generator[Any, None, dict[str, int]]:
    """Return the words occurring at least ``min_count`` times with their counts, in the
    counts' order. gensim then builds its vocabulary from these alone: the same vocabulary,
    without a Python loop over every rare word on the training thread (Stop waits for it)."""
    kept: dict[str, int] = {}
    for number, (word, count) in enumerate(counts.items()):
        if count >= min_count:
            kept[word] = count
        if number % 65_536 == 0:
            yield from pace.beat()
    return kept


def check_corpus(counts: Counter[str], window: int, min_count: int) -> None:
    """Raise ``CorpusTooSmall`` when the counted tokens cannot train word2vec: fewer than two
    different words, fewer than two words occurring ``min_count`` times (checked first: the
    setting to lower), or fewer than window + 1 tokens. Any thread."""
    tokens = sum(counts.values())
    top = counts.most_common(2)
    if tokens and len(top) < 2:
        text = QT_TRANSLATE_NOOP(
            "core", "word2vec needs at least two different words, but the text has one. Add text."
        )
        raise CorpusTooSmall(say(text))
    kept = sum(1 for _, count in top if count >= min_count)
    if tokens and kept < 2:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Too few words occur min_count = {min_count} times or more ({kept}); word2vec "
            "needs at least 2. Lower min_count to {second} or less, or add text.",
        )
        raise CorpusTooSmall(say(text, min_count=min_count, kept=kept, second=top[1][1]))
    if tokens < window + 1:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Too little text: word2vec needs at least window + 1 = {needed} words, but the "
            "training text has {found}. Add text or lower the window.",
        )
        raise CorpusTooSmall(say(text, needed=window + 1, found=tokens))


def heldout_notice(sample: LossSample | None, heldout_sentences: int) -> Text:
    """The Notice's sentence: where the held-out loss is measured."""
    if sample is not None and sample.source == "held-out":
        text = QT_TRANSLATE_NOOP(
            "core",
            "The held-out loss is measured on {examples} examples from {sentences} sentences "
            "kept out of training.",
        )
        return say(text, examples=len(sample), sentences=heldout_sentences)
    text = QT_TRANSLATE_NOOP(
        "core",
        "The corpus is too small to keep sentences out of training: the held-out loss is "
        "measured on a sample of the training text.",
    )
    return say(text)


def demo_tokens(
    sentences: Sequence[Sequence[str]], index: dict[str, int], chosen: int | None
) -> tuple[str, ...]:
    """Return the demonstration sentence's tokens, cut after 12 known words: sentence
    ``chosen``, else the first with at least 5 known words, else (among the first 10,000) the
    one with the most."""
    if chosen is not None:
        if chosen >= len(sentences):
            text = QT_TRANSLATE_NOOP(
                "core", "demo_sentence is {chosen}, but the corpus has {count} sentences."
            )
            raise Word2VecSettingError(say(text, chosen=chosen, count=len(sentences)))
        candidate = sentences[chosen]
    else:
        candidate, best = (), -1
        for sentence in islice(sentences, DEMO_SEARCH):
            known = sum(1 for token in sentence if token in index)
            if known > best:
                candidate, best = sentence, known
            if known >= DEMO_MIN_WORDS:
                break
    kept, known = [], 0
    for token in candidate:
        if known == DEMO_MAX_WORDS:
            break
        kept.append(token)
        known += token in index
    return tuple(kept)
