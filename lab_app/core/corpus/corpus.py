"""The ``Corpus``: documents with their tokens, vocabulary and sentences under some options."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Generator, Iterable

from lab_app.core.corpus.errors import CorpusError
from lab_app.core.corpus.meter import Meter
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.text import iter_sentence_counts, pieces, split_sentences, tokenize
from lab_app.core.events import Progress, drain

_SORT_RUN = 8192  # sorting 8k strings holds the GIL ~2 ms


class Corpus:
    """Documents plus, computed on demand and cached, their tokens, vocabulary and sentences.

    ``documents`` hold the text as given; loaded from files it is decoded, with "\\n" newlines
    and no surrounding whitespace, case and accents untouched. Tokens and sentences follow
    ``options``. The first call to ``tokens()``, ``vocabulary()`` or ``stats()`` does the
    tokenising, which takes seconds on tens of megabytes: run ``iter_prepare()`` on a worker
    thread first (``load_corpus`` does). Once prepared, any thread may read it; the lists and
    dicts returned are shared, do not modify them.
    """

    def __init__(
        self,
        name: str,
        documents: Iterable[str],
        *,
        labels: Iterable[str] | None = None,
        dates: Iterable[str] | None = None,
        source: str = "",
        options: CorpusOptions | None = None,
    ):
        self.name = name
        self.documents = list(documents)
        self.labels = None if labels is None else list(labels)
        self.dates = None if dates is None else list(dates)
        self.source = source
        self.options = options or CorpusOptions()
        for what, values in (("labels", self.labels), ("dates", self.dates)):
            if values is not None and len(values) != len(self.documents):
                raise CorpusError(
                    f"Corpus {name!r} has {len(self.documents)} documents but {len(values)} {what}."
                )
        self._tokens: list[str] | None = None
        self._starts: list[int] | None = None  # where each document's tokens begin, plus the end
        self._vocabulary: dict[str, int] | None = None
        self._sentence_count: int | None = None

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"Corpus({self.name!r}, {len(self.documents)} documents, source={self.source!r})"

    @property
    def prepared(self) -> bool:
        """True when tokens, vocabulary and the sentence count are cached."""
        return self._vocabulary is not None and self._sentence_count is not None

    def iter_prepare(self) -> Generator[Progress, None, Corpus]:
        """Tokenise, count and split sentences in short pieces; return this corpus, prepared.

        Yields paced ``Progress(unit="characters", message="tokenising")`` whose total is twice
        the characters (one pass for tokens, one for sentences), a final one with done == total.
        Abandoning it leaves the corpus unprepared but consistent. Worker thread.
        """
        characters = sum(map(len, self.documents))
        meter = Meter(2 * characters, "characters", "tokenising")
        if self._vocabulary is None:
            yield from self._iter_tokenise(meter)
        meter.done = characters
        if self._sentence_count is None:
            yield from self._iter_count_sentences(meter)
        yield meter.final()
        return self

    def tokens(self) -> list[str]:
        """Return every token of every document, in order (shared list, do not modify).

        Any thread once prepared; otherwise it tokenises first, on the calling thread.
        """
        if self._tokens is None:
            drain(self._iter_tokenise(Meter(0, "characters", "tokenising")))
        assert self._tokens is not None
        return self._tokens

    def document_tokens(self, doc_index: int) -> list[str]:
        """Return the tokens of one document (a new list). Any thread."""
        document = self.documents[doc_index]
        if self._tokens is not None and self._starts is not None:
            doc_index = range(len(self.documents))[doc_index]  # negative indices, IndexError
            return self._tokens[self._starts[doc_index] : self._starts[doc_index + 1]]
        return [token for piece in pieces(document) for token in tokenize(piece, self.options)]

    def vocabulary(self) -> dict[str, int]:
        """Return token -> count, most frequent first, ties in alphabetical order.

        Shared dict, do not modify. Any thread once prepared.
        """
        if self._vocabulary is None:
            self.tokens()
        assert self._vocabulary is not None
        return self._vocabulary

    def sentences(self, doc_index: int, limit_chars: int | None = None) -> list[str]:
        """Return the sentences of one document, normalised as the options say; with
        ``limit_chars``, only of its first that many characters (the last one may be cut).

        Any thread; computed on each call (about a second per 10 MB document: a view showing
        the start of a document passes a limit).
        """
        document = self.documents[doc_index]
        if limit_chars is not None:
            document = document[:limit_chars]
        return split_sentences(document, self.options)

    def stats(self) -> dict[str, int]:
        """Return counts: documents, tokens, types, sentences, characters. Any thread once prepared."""
        if self._sentence_count is None:
            drain(self._iter_count_sentences(Meter(0, "characters", "tokenising")))
        return {
            "documents": len(self.documents),
            "tokens": len(self.tokens()),
            "types": len(self.vocabulary()),
            "sentences": self._sentence_count or 0,
            "characters": sum(map(len, self.documents)),
        }

    def with_options(self, options: CorpusOptions) -> Corpus:
        """Return a corpus with the same documents under ``options``; tokenised when needed.

        Caches that the new options cannot change (tokens, sentence count) are shared. Any thread.
        """
        other = Corpus(
            self.name,
            self.documents,
            labels=self.labels,
            dates=self.dates,
            source=self.source,
            options=options,
        )
        if options.same_tokens_as(self.options):
            other._tokens, other._starts = self._tokens, self._starts
            other._vocabulary = self._vocabulary
        if options.split_sentences == self.options.split_sentences:
            other._sentence_count = self._sentence_count
        return other

    def _iter_tokenise(self, meter: Meter) -> Generator[Progress, None, None]:
        tokens: list[str] = []
        starts = [0]
        counts: Counter[str] = Counter()
        canonical: dict[str, str] = {}  # one str object per type: 8 bytes per token, not ~55
        # The collector walks every element of a list it visits: ~130 ms, holding the GIL, for
        # the millions of tokens this list will hold. Strings do not count towards its
        # thresholds, so the list would still be young when a young collection comes, and a full
        # collection (frequent once the app has frozen its long-lived heap) walks it too.
        # Frozen while empty, it is never walked; reference counting still frees it.
        gc.freeze()
        for document in self.documents:
            for piece in pieces(document):
                found = tokenize(piece, self.options)
                found = list(map(canonical.setdefault, found, found))
                counts.update(found)  # fast: interned strings hash and compare by identity
                tokens.extend(found)
                meter.done += len(piece)
                progress = meter.poll()
                if progress is not None:
                    yield progress
            starts.append(len(tokens))
        del canonical
        vocabulary = yield from _iter_by_frequency(counts, meter)
        self._tokens, self._starts, self._vocabulary = tokens, starts, vocabulary

    def _iter_count_sentences(self, meter: Meter) -> Generator[Progress, None, None]:
        count = 0
        for document in self.documents:
            start = meter.done
            if not self.options.split_sentences:
                count += bool(document) and not document.isspace()
            else:
                for found, characters in iter_sentence_counts(document):
                    count += found
                    meter.done += characters
                    progress = meter.poll()
                    if progress is not None:
                        yield progress
            meter.done = start + len(document)
        self._sentence_count = count


def _iter_by_frequency(
    counts: Counter[str], meter: Meter
) -> Generator[Progress, None, dict[str, int]]:
    """Return ``counts`` as a dict ordered by count (descending), then token (ascending).

    Empties ``counts``.
    """
    by_count: dict[int, list[str]] = {}
    for number, (token, count) in enumerate(counts.items()):
        by_count.setdefault(count, []).append(token)
        if number % _SORT_RUN == 0:
            progress = meter.poll(moved_only=False)
            if progress is not None:
                yield progress
    counts.clear()
    vocabulary: dict[str, int] = {}
    for count in sorted(by_count, reverse=True):
        for token in _sorted_in_short_steps(by_count.pop(count)):
            vocabulary[token] = count  # not dict.fromkeys: one C call over 500k keys
        progress = meter.poll(moved_only=False)
        if progress is not None:
            yield progress
    return vocabulary


def _sorted_in_short_steps(tokens: list[str], depth: int = 0) -> list[str]:
    """Return ``tokens`` (distinct strings) sorted, with no single sort of more than 8k items.

    One ``sorted`` of half a million strings holds the GIL for a quarter of a second, so long
    lists are first split by their character at ``depth`` (a radix step, in Python bytecode,
    which lets other threads run) and each group sorted in turn.
    """
    if len(tokens) <= _SORT_RUN:
        return sorted(tokens)
    ended: list[str] = []  # at most one: the token that is exactly the common prefix
    groups: dict[str, list[str]] = {}
    for token in tokens:
        if len(token) > depth:
            groups.setdefault(token[depth], []).append(token)
        else:
            ended.append(token)
    for character in sorted(groups):
        ended.extend(_sorted_in_short_steps(groups.pop(character), depth + 1))
    return ended
