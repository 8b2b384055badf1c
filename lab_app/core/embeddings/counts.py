"""Count-based sparse vectors: the term-document matrix and the word-word co-occurrence matrix.

A word's row is its sparse vector: of dimension |D| (documents) in the term-document matrix, of
dimension |V| (vocabulary) in the co-occurrence matrix. Both are built as scipy.sparse CSR with
int64 counts and never densified (a 20,000 × 20,000 vocabulary would take 3.2 GB dense).

Each matrix has a generator (``iter_...``) for a worker thread, which yields paced ``Progress``
and returns the ``LabelledMatrix``, and a plain function that runs it to the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable, Sequence
from itertools import repeat

import numpy as np

from lab_app.core.embeddings.errors import CountSettingError, DuplicateWords, EmptyVocabulary
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.events import Heartbeat, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

Document = str | Sequence[str]
CountEvent = Progress | Heartbeat

# Token positions handled per vectorised step: ~10-30 ms of numpy work, so a job yields often.
_CHUNK = 131_072


# -- term-document ------------------------------------------------------------------------------
def term_document_matrix(
    docs: Iterable[Document], vocab: Sequence[str] | None = None, names: Sequence[str] | None = None
) -> LabelledMatrix:
    """Return the term-document count matrix f(t, d): rows terms, columns documents (CSR int64).

    ``docs`` are token lists or strings (a string is split on whitespace). ``vocab`` fixes the
    rows and their order (its words absent from ``docs`` get zero rows, other words are left
    out); by default every term, by total count descending, ties alphabetical. ``names`` label
    the columns (default "0", "1", ...). Any thread; for a big corpus on a worker use
    ``iter_term_document_matrix``.
    """
    return drain(iter_term_document_matrix(docs, vocab, names))


def iter_term_document_matrix(
    docs: Iterable[Document], vocab: Sequence[str] | None = None, names: Sequence[str] | None = None
) -> Generator[CountEvent, None, LabelledMatrix]:
    """Build ``term_document_matrix`` in steps; yield paced ``Progress`` (documents), return it.

    Worker thread.
    """
    from scipy import sparse

    documents = [as_tokens(doc) for doc in docs]
    names = [str(i) for i in range(len(documents))] if names is None else list(names)
    if len(names) != len(documents):
        raise ValueError(f"{len(documents)} documents but {len(names)} names")
    pace = Pacer(HEARTBEAT_SECONDS)
    total = yield from _iter_counts(documents, pace)
    words = vocabulary_order(total, vocab)
    index = {word: i for i, word in enumerate(words)}
    rows, columns, pending = [], [], 0
    matrix = sparse.csr_matrix((len(words), len(documents)), dtype=np.int64)
    for j, doc in enumerate(documents):
        ids = token_ids(doc, index)
        ids = ids[ids >= 0]
        rows.append(ids)
        columns.append(np.full(ids.size, j, dtype=np.int64))
        pending += ids.size
        if pending >= _CHUNK or j == len(documents) - 1:
            matrix = matrix + _csr_counts(
                np.concatenate(rows), np.concatenate(columns), matrix.shape
            )
            rows, columns, pending = [], [], 0
        if pace.due():
            yield Progress(j + 1, len(documents), "documents", "counting")
    yield Progress(len(documents), len(documents), "documents", "counting")
    return LabelledMatrix(_tidy(matrix), words, names)


# -- word-word co-occurrence -------------------------------------------------------------------
def cooccurrence_matrix(
    tokens: Document | Sequence[Sequence[str]],
    window: int,
    vocab: Sequence[str] | None = None,
    min_count: int = 1,
) -> LabelledMatrix:
    """Return the symmetric word-word co-occurrence matrix for a ±``window`` context (CSR int64).

    Entry (x, y) counts, over every occurrence of x, the tokens y at distance 1..window on either
    side (the word itself at distance 0 is not counted; two occurrences of the same word within
    the window add 2 to its diagonal, one from each side). ``tokens`` is one token list (or a
    string, split on whitespace) or a list of token lists (sentences or documents): windows never
    cross their boundaries. Distances are measured in the text as given, so words left out of the
    vocabulary still take up their positions. ``vocab`` fixes rows and columns (same order);
    by default the words seen at least ``min_count`` times, most frequent first, ties
    alphabetical. Any thread; for a big corpus on a worker use ``iter_cooccurrence_matrix``.
    """
    return drain(iter_cooccurrence_matrix(tokens, window, vocab, min_count))


def iter_cooccurrence_matrix(
    tokens: Document | Sequence[Sequence[str]],
    window: int,
    vocab: Sequence[str] | None = None,
    min_count: int = 1,
) -> Generator[CountEvent, None, LabelledMatrix]:
    """Build ``cooccurrence_matrix`` in steps; yield paced ``Progress`` (token positions × offset),
    return it. Worker thread.

    Vectorised over offsets 1..window and chunks of positions: for each offset k the pairs
    (ids[i], ids[i + k]) of one chunk become a sparse matrix that is added to the total, whose
    transpose then adds the other direction. No Python loop per token pair, nothing dense.
    """
    check_window(window)
    if int(min_count) != min_count or min_count < 1:
        raise CountSettingError(
            say(
                QT_TRANSLATE_NOOP("core", "The minimum count must be a whole number ≥ 1, got {n}."),
                n=min_count,
            )
        )
    sentences = as_sentences(tokens)
    pace = Pacer(HEARTBEAT_SECONDS)
    total = yield from _iter_counts(sentences, pace)
    words = vocabulary_order(total, vocab, min_count)
    index = {word: i for i, word in enumerate(words)}
    ids = yield from _iter_ids_with_gaps(sentences, index, window, pace)
    shape = (len(words), len(words))
    forward = yield from _iter_forward_pairs(ids, window, shape, pace)
    both = yield from _iter_symmetric(forward, pace)
    return LabelledMatrix(both, words, words)


def _iter_forward_pairs(ids: np.ndarray, window: int, shape: tuple[int, int], pace: Pacer):
    """Return the CSR counts of pairs (ids[i], ids[i + k]) for k = 1..window, both ids ≥ 0."""
    from scipy import sparse

    forward = sparse.csr_matrix(shape, dtype=np.int64)
    steps = window * ids.size
    for k in range(1, window + 1):
        for start in range(0, max(ids.size - k, 0), _CHUNK):
            stop = min(start + _CHUNK, ids.size - k)
            left, right = ids[start:stop], ids[start + k : stop + k]
            keep = (left >= 0) & (right >= 0)
            forward = forward + _csr_counts(left[keep], right[keep], shape)
            if pace.due():
                yield Progress((k - 1) * ids.size + stop, steps, "positions", "counting")
    yield Progress(steps, steps, "positions", "counting")
    return forward


# -- shared pieces -----------------------------------------------------------------------------
def as_tokens(document: Document) -> list[str]:
    """Return a document's tokens: a string split on whitespace, a token sequence as a list
    (a list is returned as is, not copied: callers only read it)."""
    if isinstance(document, str):
        return document.split()
    return document if isinstance(document, list) else list(document)


def as_sentences(tokens: Document | Sequence[Sequence[str]]) -> list[list[str]]:
    """Return token lists whose boundaries windows must not cross.

    A string (split on whitespace) or a sequence of strings is one list; a sequence of
    sequences (sentences, documents) stays a list of lists.
    """
    if isinstance(tokens, str):
        return [tokens.split()]
    items = list(tokens)
    if not items or isinstance(items[0], str):
        return [items]
    return [as_tokens(item) for item in items]


def vocabulary_order(
    counts: Counter, vocab: Sequence[str] | None = None, min_count: int = 1
) -> list[str]:
    """Return the row words: ``vocab`` as given, or words counted ≥ ``min_count`` times by count
    descending, ties alphabetical. Raise ``DuplicateWords`` or ``EmptyVocabulary``."""
    if vocab is not None:
        words = [str(word) for word in vocab]
        repeated = [word for word, n in Counter(words).items() if n > 1]
        if repeated:
            text = QT_TRANSLATE_NOOP(
                "core", "The vocabulary lists {words} more than once; each word must be one row."
            )
            raise DuplicateWords(say(text, words=", ".join(repr(w) for w in repeated[:5])))
        return words
    words = sorted((w for w, n in counts.items() if n >= min_count), key=lambda w: (-counts[w], w))
    if not words:
        if counts:
            text = QT_TRANSLATE_NOOP(
                "core",
                "No word occurs at least {min_count} times; lower the minimum count or use a "
                "bigger corpus.",
            )
            raise EmptyVocabulary(say(text, min_count=min_count))
        raise EmptyVocabulary(say(QT_TRANSLATE_NOOP("core", "There are no tokens to count.")))
    return words


def token_ids(tokens: Sequence[str | None], index: dict[str, int]) -> np.ndarray:
    """Return each token's row number (int64), -1 for tokens not in ``index``."""
    # map over dict.get runs at C speed: no Python-level loop per token.
    return np.fromiter(map(index.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))


def check_window(window: int) -> None:
    """Raise ``CountSettingError`` unless ``window`` is a whole number ≥ 1."""
    if isinstance(window, bool) or int(window) != window or window < 1:
        text = QT_TRANSLATE_NOOP(
            "core", "The context window must be a whole number of words ≥ 1, got {window}."
        )
        raise CountSettingError(say(text, window=window))


def _iter_counts(sentences: list[list[str]], pace: Pacer) -> Generator[Heartbeat, None, Counter]:
    """Return how often each token occurs, counted in pieces with cancel points between."""
    total: Counter = Counter()
    for sentence in sentences:
        for start in range(0, len(sentence), _CHUNK):
            total.update(sentence[start : start + _CHUNK])
            yield from pace.beat()
    return total


def _iter_ids_with_gaps(
    sentences: list[list[str]], index: dict[str, int], window: int, pace: Pacer
) -> Generator[Heartbeat, None, np.ndarray]:
    """Return all token ids in one array with ``window`` -1 entries between sentences, so that
    no pair within the window spans two sentences (converted in pieces, with cancel points)."""
    pieces: list[np.ndarray] = []
    flat: list[str | None] = []
    gap = [None] * window
    for sentence in sentences:
        for start in range(0, len(sentence), _CHUNK):
            flat.extend(sentence[start : start + _CHUNK])
            if len(flat) >= _CHUNK:
                pieces.append(token_ids(flat, index))
                flat = []
                yield from pace.beat()
        flat.extend(gap)
    pieces.append(token_ids(flat, index))
    return np.concatenate(pieces)


def _csr_counts(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]):
    """Return the CSR matrix counting each (row, column) pair (duplicates summed)."""
    from scipy import sparse

    ones = np.ones(rows.size, dtype=np.int64)
    return sparse.coo_matrix((ones, (rows, columns)), shape=shape).tocsr()


def _iter_symmetric(forward, pace: Pacer) -> Generator[Heartbeat, None, object]:
    """Return forward + forwardᵀ: each pair counted once from each side (steps of ~50 ms)."""
    backward = forward.T.tocsr()
    yield from pace.beat()
    both = forward + backward
    yield from pace.beat()
    return _tidy(both)


def _tidy(matrix):
    """Return ``matrix`` as CSR int64 with sorted indices and no stored zeros (no copy when it
    already is)."""
    matrix = matrix.tocsr().astype(np.int64, copy=False)
    matrix.eliminate_zeros()
    matrix.sort_indices()
    return matrix
