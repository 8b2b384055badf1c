"""Errors a user can see in the Embeddings tab: one base class, ``EmbeddingError``, and a
subclass per case.

Each carries its message as a translatable ``Text`` (see ``lab_app.core.messages``) in ``.text``
and as its first argument, so the Qt layer shows it in the user's language; ``str(error)`` is
the English sentence. Subclasses are added at the end of this file, one per case.
"""

from __future__ import annotations

from collections.abc import Iterable

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say


class EmbeddingError(Exception):
    """Bad input or settings for an embeddings computation; ``text`` is the message."""

    def __init__(self, text: Text | str):
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return str(self.text)


class UnknownWords(EmbeddingError):
    """Words asked for are not in the vocabulary; ``words`` lists them in the order given."""

    def __init__(self, words: Iterable[str]):
        self.words = list(dict.fromkeys(words))  # unique, order kept
        quoted = ", ".join(repr(w) for w in self.words)
        if len(self.words) == 1:
            template = QT_TRANSLATE_NOOP("core", "{words} is not in the vocabulary")
        else:
            template = QT_TRANSLATE_NOOP("core", "{words} are not in the vocabulary")
        super().__init__(say(template, words=quoted))


# -- counts, weighting, similarity (counts.py, weighting.py, similarity.py, dense.py) ------------


class CountSettingError(EmbeddingError):
    """A setting of a count, weighting or SVD computation is out of range (window, alpha, ...)."""


class DuplicateWords(EmbeddingError):
    """A vocabulary given to fix the rows lists a word more than once."""


class EmptyVocabulary(EmbeddingError):
    """Nothing is left to count: no tokens, or none reaches the minimum count."""


class NotCounts(EmbeddingError):
    """A matrix given as counts holds negative, infinite or missing (NaN) values."""


class TooLargeToDensify(EmbeddingError):
    """A computation would turn a sparse matrix dense and exceed the memory allowed for it."""


# -- word2vec, evaluation, analogies, vector files (word2vec.py, vectors_io.py, ...) ----------


class Word2VecSettingError(EmbeddingError, ValueError):
    """A word2vec setting is out of range (window, vector size, epochs, ...).

    Also a ``ValueError``, so a settings form that catches ``ValueError`` catches it."""


class CorpusTooSmall(EmbeddingError):
    """word2vec cannot train on the corpus: too few tokens, or no word reaches ``min_count``."""


class NotTokenised(EmbeddingError):
    """word2vec was given texts (strings) where it needs sentences as lists of words."""


class VectorFileError(EmbeddingError):
    """A word-vector file cannot be read or written; ``path`` is the file."""

    def __init__(self, text: Text | str, path: object = None):
        super().__init__(text)
        self.path = path


class VectorFileNotFound(VectorFileError):
    """The vector file does not exist."""


class UnreadableVectorFile(VectorFileError):
    """The operating system refused to read the file (permissions, a folder, ...)."""


class EmptyVectorFile(VectorFileError):
    """The file holds no vectors (0 bytes, only whitespace, or a header announcing none)."""


class NotAVectorFile(VectorFileError):
    """The file is something else: a text corpus, an image, an archive, a fastText model, ..."""


class MalformedVectorFile(VectorFileError):
    """A line of a text vector file is broken: a wrong number of values, or a value that is not
    a number; ``line`` is its 1-based number."""

    def __init__(self, text: Text | str, path: object = None, line: int = 0):
        super().__init__(text, path)
        self.line = line


class TruncatedVectorFile(VectorFileError):
    """The file ends before all the vectors its header announces (a download cut short)."""


class NonFiniteVectors(VectorFileError):
    """Some vectors hold NaN or infinite values; ``count`` words are affected."""

    def __init__(self, text: Text | str, path: object = None, count: int = 0):
        super().__init__(text, path)
        self.count = count


class CannotWriteVectors(VectorFileError):
    """The operating system refused to write an export (permissions, a full disk, ...)."""


# -- 2-D maps, alignment, meaning over time (projection.py, tsne.py, alignment.py, periods.py) --


class ProjectionSettingError(EmbeddingError, ValueError):
    """A map's setting is out of range (perplexity, neighbours, minimum distance, ...)."""


class InvalidVectors(EmbeddingError):
    """Vectors to project or align are not a 2-D table of finite numbers; ``rows`` lists the
    first offending rows (0-based) when some hold NaN or infinite values."""

    def __init__(self, text: Text | str, rows: Iterable[int] = ()):
        super().__init__(text)
        self.rows = list(rows)


class TooFewPoints(EmbeddingError):
    """A map or an alignment needs more words than it was given; ``needed`` and ``found``."""

    def __init__(self, text: Text | str, needed: int = 0, found: int = 0):
        super().__init__(text)
        self.needed = needed
        self.found = found


class IdenticalVectors(EmbeddingError):
    """All the vectors are the same (often all zeros): a map would put every word on one point."""


class UndefinedAxis(EmbeddingError):
    """A word-pair axis has no direction: its two words have the same vector, or the y pair
    points along the x pair."""


class NoDates(EmbeddingError):
    """Periods were asked for by date, but the corpus has no dates."""


class UnparseableDates(EmbeddingError):
    """Some dates hold no year; ``examples`` are a few of them and ``count`` how many."""

    def __init__(self, text: Text | str, examples: Iterable[str] = (), count: int = 0):
        super().__init__(text)
        self.examples = list(examples)
        self.count = count


class PeriodSettingError(EmbeddingError, ValueError):
    """Periods asked for cannot be made: fewer than 1, more than the years the dates span, or
    a period name list that does not match the documents."""


class EmptyPeriod(EmbeddingError):
    """A period holds no text (no documents, or only empty ones); ``period`` is its name."""

    def __init__(self, text: Text | str, period: str = ""):
        super().__init__(text)
        self.period = period


class TooFewSharedWords(EmbeddingError):
    """Two periods share too few words to align their vectors; ``periods`` names them."""

    def __init__(self, text: Text | str, periods: tuple[str, str] = ("", ""), shared: int = 0):
        super().__init__(text)
        self.periods = periods
        self.shared = shared


# -- the Counts and Weighting pages' jobs (count_jobs.py) --------------------------------------


class NoContextToCount(EmbeddingError):
    """No document holds two tokens: no word has a neighbour within any window."""


class UmapUnavailable(EmbeddingError):
    """umap-learn cannot be imported: the installers leave it and numba out (size budget)."""
