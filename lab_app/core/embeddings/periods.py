"""A corpus cut into periods of time, each period's text ready for its own word2vec.

The lecture's "Tiempo": train vectors on the texts of each period, align them, and watch a
word's neighbours change. Periods come from a date per document (``Corpus.dates``: "1990",
"1990-05-01", "05/1990", ... only the year counts), grouped by decade, into equal-width bins or
into named year ranges; or from a period name per document (e.g. from its file name).
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.meter import Meter
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.text import split_sentences, tokenize
from lab_app.core.embeddings.errors import (
    EmptyPeriod,
    NoDates,
    PeriodSettingError,
    UnparseableDates,
)
from lab_app.core.events import Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

# A year: four digits from 1000 to 2999 not inside a longer number ("1990", "05/1990",
# "1990-05-01", "1990s"); in "1990-1995" the first one counts.
_YEAR = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")
_SHOWN_EXAMPLES = 3

YearRange = tuple[str, int, int]  # (name, first year, last year), both years included


@dataclass(frozen=True, eq=False)
class Period:
    """One period: its name and its text as sentences of tokens (word2vec's input).

    ``first_year``/``last_year`` are the years it covers (None for periods given by name);
    ``documents`` how many documents it holds.
    """

    name: str
    sentences: list[list[str]]
    first_year: int | None = None
    last_year: int | None = None
    documents: int = 0

    @property
    def tokens(self) -> int:
        """Number of tokens in the period's sentences."""
        return sum(map(len, self.sentences))


def parse_year(date: object) -> int | None:
    """Return the year in a date such as "1990", "1990-05-01", "05/1990" or "May 1990"; None
    when it holds no four-digit year (1000–2999). Any thread."""
    if date is None:
        return None
    found = _YEAR.search(str(date))
    return int(found.group(1)) if found else None


def split_periods(
    corpus_or_docs: Corpus | Sequence[str],
    dates: Sequence[object] | None = None,
    periods: int | Sequence[YearRange] | None = None,
    names: Sequence[str] | None = None,
) -> list[Period]:
    """Return the periods of a corpus, oldest first (see ``iter_split_periods``).

    Tokenises every document: run ``iter_split_periods`` on a worker for large corpora.
    """
    return drain(iter_split_periods(corpus_or_docs, dates, periods, names))


def iter_split_periods(
    corpus_or_docs: Corpus | Sequence[str],
    dates: Sequence[object] | None = None,
    periods: int | Sequence[YearRange] | None = None,
    names: Sequence[str] | None = None,
) -> Generator[Progress, None, list[Period]]:
    """Return the periods of a corpus; yields paced Progress over documents. Worker thread.

    With ``names`` (one period name per document, e.g. from file names), documents are grouped
    by name in the order the names first appear. Otherwise by year, from ``dates`` (default: the
    corpus's dates), and ``periods`` says how: None, one period per decade that has documents
    ("1980s"); an int k, k equal-width year ranges from the first year to the last; or a list of
    (name, first year, last year), documents outside every range left out.

    Raises ``NoDates`` (no dates), ``UnparseableDates`` (dates without a year: how many, a few
    examples), ``EmptyPeriod`` (a period with no text, named).
    """
    documents, options = _documents(corpus_or_docs)
    if names is not None:
        groups = _groups_by_name(documents, names)
    else:
        if dates is None and isinstance(corpus_or_docs, Corpus):
            dates = corpus_or_docs.dates
        groups = _groups_by_year(documents, dates, periods)
    meter = Meter(sum(len(group[3]) for group in groups), "documents", "splitting periods")
    result = []
    for name, first, last, members in groups:
        sentences = []
        for index in members:
            sentences += _sentences(documents[index], options)
            meter.done += 1
            progress = meter.poll()
            if progress is not None:
                yield progress
        if not sentences:
            text = QT_TRANSLATE_NOOP(
                "core", "The period '{period}' has no text: {count} documents, no words."
            )
            raise EmptyPeriod(say(text, period=name, count=len(members)), name)
        result.append(Period(name, sentences, first, last, len(members)))
    yield meter.final()
    return result


def _documents(corpus_or_docs: Corpus | Sequence[str]) -> tuple[list[str], CorpusOptions]:
    if isinstance(corpus_or_docs, Corpus):
        return corpus_or_docs.documents, corpus_or_docs.options
    return [str(document) for document in corpus_or_docs], CorpusOptions()


def _sentences(document: str, options: CorpusOptions) -> list[list[str]]:
    tokenised = (tokenize(sentence, options) for sentence in split_sentences(document, options))
    return [tokens for tokens in tokenised if tokens]


_Group = tuple[str, int | None, int | None, list[int]]


def _groups_by_name(documents: list[str], names: Sequence[str]) -> list[_Group]:
    if len(names) != len(documents):
        text = QT_TRANSLATE_NOOP(
            "core", "There are {names} period names for {documents} documents; give one each."
        )
        raise PeriodSettingError(say(text, names=len(names), documents=len(documents)))
    groups: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        groups.setdefault(str(name).strip(), []).append(index)
    return [(name, None, None, members) for name, members in groups.items()]


def _groups_by_year(
    documents: list[str],
    dates: Sequence[object] | None,
    periods: int | Sequence[YearRange] | None,
) -> list[_Group]:
    if dates is None or not documents:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The corpus has no dates, so it cannot be split into periods. Load a table with a "
            "date column, or name a period for each document.",
        )
        raise NoDates(say(text))
    years = [parse_year(date) for date in dates]
    unparsed = [str(date) for date, year in zip(dates, years, strict=True) if year is None]
    if unparsed:
        text = QT_TRANSLATE_NOOP(
            "core",
            "{count} of the {total} dates hold no year (for example {examples}); write them as "
            "1990, 1990-05-01 or 05/1990.",
        )
        examples = ", ".join(repr(d) for d in unparsed[:_SHOWN_EXAMPLES])
        raise UnparseableDates(
            say(text, count=len(unparsed), total=len(years), examples=examples),
            unparsed[:_SHOWN_EXAMPLES],
            len(unparsed),
        )
    ranges = _year_ranges(min(years), max(years), periods, years)
    groups = []
    for name, first, last in ranges:
        members = [i for i, year in enumerate(years) if first <= year <= last]
        if not members:
            text = QT_TRANSLATE_NOOP(
                "core", "The period '{period}' ({first}–{last}) has no documents."
            )
            raise EmptyPeriod(say(text, period=name, first=str(first), last=str(last)), name)
        groups.append((name, first, last, members))
    return groups


def _year_ranges(
    first: int, last: int, periods: int | Sequence[YearRange] | None, years: list[int]
) -> list[YearRange]:
    """Named year ranges: the decades present, k equal-width ranges, or the given ones."""
    if periods is None:
        decades = sorted({year // 10 * 10 for year in years})
        return [(f"{decade}s", decade, decade + 9) for decade in decades]
    if isinstance(periods, int):
        span = last - first + 1
        if not 1 <= periods <= span:
            text = QT_TRANSLATE_NOOP(
                "core",
                "Cannot make {k} periods: the dates span {span} years ({first}–{last}); "
                "choose from 1 to {span}.",
            )
            raise PeriodSettingError(
                say(text, k=periods, span=span, first=str(first), last=str(last))
            )
        ranges = []
        for k in range(periods):
            # Widths differ by at most one year when k does not divide the span.
            start, end = first + k * span // periods, first + (k + 1) * span // periods - 1
            ranges.append((str(start) if start == end else f"{start}–{end}", start, end))
        return ranges
    return [(str(name), int(start), int(end)) for name, start, end in periods]
