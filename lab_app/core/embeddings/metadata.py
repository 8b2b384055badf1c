"""Metadata to colour a map by: each word's corpus label (where the corpus has a label column)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Sequence
from typing import Any

from lab_app.core.pacing import Pacer

NO_LABEL = "—"  # a word the labelled documents never use


def label_of_words(corpus: Any, words: Sequence[str]) -> Generator[Any, None, tuple[str, ...]]:
    """Return, for each word, the label of the documents in which it is relatively most
    frequent: count(word, label) / tokens(label), so that a large class does not win every
    word. Words the documents never use get ``NO_LABEL``. Needs ``corpus.labels``. Yields
    heartbeats; worker thread."""
    pace = Pacer(0.1)
    counts: dict[str, Counter[str]] = {}
    sizes: Counter[str] = Counter()
    for index, label in enumerate(corpus.labels):
        tokens = corpus.document_tokens(index)
        counts.setdefault(label, Counter()).update(tokens)
        sizes[label] += len(tokens)
        yield from pace.beat()
    labels = sorted(counts)
    result = []
    for word in words:
        shares = [(counts[label][word] / max(sizes[label], 1), label) for label in labels]
        share, label = max(shares, default=(0.0, NO_LABEL))
        result.append(label if share > 0 else NO_LABEL)
    return tuple(result)
