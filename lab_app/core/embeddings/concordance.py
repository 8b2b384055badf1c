"""Concordance: a word's occurrences with their ±window context, the raw material of its vector.

"... dig a [hole . The car drove away] leaving ..." — the bracket is the context window; what
it holds is exactly what ``cooccurrence_matrix`` counts in the word's row, which
``context_counts`` adds up from the same occurrences (windows never cross documents).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lab_app.core.embeddings.counts import as_sentences, check_window

DocumentsTokens = str | Sequence[str] | Sequence[Sequence[str]]


@dataclass(frozen=True)
class ConcordanceLine:
    """One occurrence of ``word``: document ``document``, token ``position`` in it, and the tokens
    around it: ``left_window`` / ``right_window`` inside the ±window context, ``left_outside`` /
    ``right_outside`` the next few beyond it (shown greyed, outside the bracket)."""

    document: int
    position: int
    left_outside: tuple[str, ...]
    left_window: tuple[str, ...]
    word: str
    right_window: tuple[str, ...]
    right_outside: tuple[str, ...]

    def text(self) -> str:
        """Return the line as plain text, the window in brackets: "a [b c word d e] f"."""
        inside = " ".join((*self.left_window, self.word, *self.right_window))
        parts = [" ".join(self.left_outside), f"[{inside}]", " ".join(self.right_outside)]
        return " ".join(part for part in parts if part)


def occurrences(documents_tokens: DocumentsTokens, word: str) -> list[tuple[int, int]]:
    """Return every (document, position) where ``word`` occurs, in reading order. Any thread."""
    found = []
    for d, tokens in enumerate(as_sentences(documents_tokens)):
        found.extend((d, i) for i, token in enumerate(tokens) if token == word)
    return found


def concordance(
    documents_tokens: DocumentsTokens, word: str, window: int, limit: int = 50, outside: int = 4
) -> list[ConcordanceLine]:
    """Return the first ``limit`` occurrences of ``word`` as ``ConcordanceLine``s.

    ``documents_tokens`` is a list of token lists (documents or sentences), or one token list
    (or a string, split on whitespace). Each line holds up to ``window`` tokens on each side
    inside the bracket and up to ``outside`` more beyond it; neither crosses a document
    boundary. A word that does not occur gives []. Any thread.
    """
    check_window(window)
    documents = as_sentences(documents_tokens)
    lines = []
    for d, i in occurrences(documents, word)[: max(0, limit)]:
        tokens = documents[d]
        start, stop = max(0, i - window), min(len(tokens), i + window + 1)
        lines.append(
            ConcordanceLine(
                document=d,
                position=i,
                left_outside=tuple(tokens[max(0, start - outside) : start]),
                left_window=tuple(tokens[start:i]),
                word=tokens[i],
                right_window=tuple(tokens[i + 1 : stop]),
                right_outside=tuple(tokens[stop : stop + outside]),
            )
        )
    return lines


def context_counts(documents_tokens: DocumentsTokens, word: str, window: int) -> dict[str, int]:
    """Return how often each token occurs within ±``window`` of ``word``, most frequent first
    (ties alphabetical), over all its occurrences.

    This is ``word``'s row of ``cooccurrence_matrix(documents_tokens, window)`` counted the slow,
    visible way: the word at distance 0 is not counted, another occurrence of the word inside
    the window is. A word that does not occur gives {}. Any thread.
    """
    check_window(window)
    documents = as_sentences(documents_tokens)
    counts: Counter[str] = Counter()
    for d, i in occurrences(documents, word):
        tokens = documents[d]
        counts.update(tokens[max(0, i - window) : i])
        counts.update(tokens[i + 1 : i + window + 1])
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
