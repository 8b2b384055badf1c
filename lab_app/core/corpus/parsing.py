"""Turning decoded text into documents: plain-text lines and blocks, CSV/TSV rows.

Input arrives as chunks (see ``reading``); they are consumed front to back and dropped, so the
text is not held twice. A long line grows with ``+=`` on a local name, which CPython resizes in
place (the allocator can grow the block since consumed chunks are freed as we go: at most ~2 ms
per step measured on a 50 MB line), where one ``"".join`` of 50 MB holds the GIL ~40 ms.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Generator, Iterator
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from lab_app.core.corpus.errors import EmptyCorpus, MalformedTable, MissingColumn, NoTextColumn
from lab_app.core.corpus.meter import Meter
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.text import strip
from lab_app.core.events import Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

_FIELD_LIMIT = 2**31 - 1
SAMPLE_ROWS = 100  # rows looked at to choose the text column when none is named "text"
_SCORE_CHARS = 1000
_LETTER = re.compile(r"[^\W\d_]")  # a letter in any script: a word character, not digit or _


class Table(NamedTuple):
    """Documents read from a file, with labels and dates when the file has them."""

    documents: list[str]
    labels: list[str] | None = None
    dates: list[str] | None = None


def concat(chunks: list[str]) -> str:
    """Return the chunks joined, emptying ``chunks``. Short GIL holds, see the module note."""
    text = ""
    chunks.reverse()
    while chunks:
        text += chunks.pop()
    return text


def iter_lines(chunks: list[str], meter: Meter) -> Generator[Progress, None, list[str]]:
    """Return the lines of the text in ``chunks``, each stripped ("" for a blank line).

    Empties ``chunks``; adds each chunk's length to ``meter.done`` and yields paced Progress.
    """
    lines: list[str] = []
    line, spaces = "", ""  # trailing whitespace is held back until more text follows
    chunks.reverse()
    while chunks:
        chunk = chunks.pop()
        for number, part in enumerate(chunk.split("\n")):
            if number:
                lines.append(line)
                line, spaces = "", ""
            body = part.rstrip()
            if not body:
                spaces = spaces + part if line else ""
            elif line:
                line += spaces + body
                spaces = part[len(body) :]
            else:
                line = body.lstrip()
                spaces = part[len(body) :]
        meter.done += len(chunk)
        progress = meter.poll()
        if progress is not None:
            yield progress
    lines.append(line)
    return lines


def documents_from_lines(lines: list[str]) -> list[str]:
    """Return the documents of a plain-text file, given its stripped lines.

    Blank lines present between text: each block of lines between them is a document (its lines
    joined by "\\n"). No blank line between text: each non-empty line is a document.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if len(blocks) == 1:
        return blocks[0]
    return [block[0] if len(block) == 1 else "\n".join(block) for block in blocks]


def _iter_table_lines(chunks: list[str], meter: Meter) -> Iterator[str]:
    # csv.reader wants lines with their "\n" so that quoted fields may span lines.
    partial: list[str] = []
    chunks.reverse()
    while chunks:
        chunk = chunks.pop()
        meter.done += len(chunk)
        *complete, rest = chunk.split("\n")
        for part in complete:
            if partial:
                partial.append(part + "\n")
                yield "".join(partial)
                partial = []
            else:
                yield part + "\n"
        if rest:
            partial.append(rest)
    if partial:
        yield "".join(partial)


def iter_table(
    chunks: list[str], meter: Meter, path: Path, delimiter: str, options: CorpusOptions
) -> Generator[Progress | Notice, None, Table]:
    """Return the documents (and labels, dates) of a CSV/TSV file whose text is in ``chunks``.

    The first row is the header. The text column is ``options.text_column``, else "text", else
    the column that holds the most letters (see ``choose_text_column``), announced with a
    ``Notice``. Rows whose text is blank are skipped (with their label and date). Raises
    ``MissingColumn``, ``NoTextColumn``, ``MalformedTable``, ``EmptyCorpus``.
    """
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(_iter_table_lines(chunks, meter), delimiter=delimiter)
    documents: list[str] = []
    labels: list[str] = []
    dates: list[str] = []
    try:
        header = _header(reader, path)
        label_at = _column(header, options.label_column, path) if options.label_column else None
        date_at = _column(header, options.date_column, path) if options.date_column else None
        if options.text_column:
            text_at = _column(header, options.text_column, path)
        else:
            text_at = _find(header, "text")
        sample: list[list[str]] = []
        if text_at is None:
            sample = yield from _iter_sample(reader, meter)
        if text_at is None and sample:  # no rows at all: EmptyCorpus below says so
            text_at = choose_text_column(header, sample, path, skip=(label_at, date_at))
            if len(header) > 1:  # with one column there was no choice to report
                yield Notice(say(_CHOSEN, name=path.name, column=header[text_at]))
        text_at = text_at or 0
        for row in chain(sample, reader):
            text = strip(_field(row, text_at))
            if text:
                documents.append(text)
                if label_at is not None:
                    labels.append(_field(row, label_at).strip())
                if date_at is not None:
                    dates.append(_field(row, date_at).strip())
            progress = meter.poll()
            if progress is not None:
                yield progress
    except csv.Error as error:
        text = say(
            QT_TRANSLATE_NOOP("core", "'{name}' line {line}: {error}. Check its quoting."),
            name=path.name,
            line=reader.line_num,
            error=str(error),
        )
        raise MalformedTable(text, path) from None
    if not documents:
        raise EmptyCorpus(
            say(
                QT_TRANSLATE_NOOP("core", "'{name}' has a header row but no text in its rows."),
                name=path.name,
            ),
            path,
        )
    return Table(
        documents, labels if label_at is not None else None, dates if date_at is not None else None
    )


_CHOSEN = QT_TRANSLATE_NOOP(
    "core",
    "'{name}' has no column named 'text', so the text was read from column '{column}', "
    "the one with the most letters. Set the text column in the options to use another.",
)


def _header(reader: Iterator[list[str]], path: Path) -> list[str]:
    header = [name.strip() for name in next(reader, [])]
    if not any(header):
        text = QT_TRANSLATE_NOOP("core", "'{name}' has no header row with column names.")
        raise MalformedTable(say(text, name=path.name), path)
    return header


def _iter_sample(
    reader: Iterator[list[str]], meter: Meter
) -> Generator[Progress, None, list[list[str]]]:
    """Return the first ``SAMPLE_ROWS`` rows, yielding progress (rows may be long)."""
    sample: list[list[str]] = []
    for row in reader:
        sample.append(row)
        if len(sample) == SAMPLE_ROWS:
            break
        progress = meter.poll()
        if progress is not None:
            yield progress
    return sample


def choose_text_column(
    header: list[str], rows: list[list[str]], path: Path, skip: Collection[int | None] = ()
) -> int:
    """Return the index of the column that holds text, judged on ``rows`` (the first ones).

    The rule: ignore the columns in ``skip`` (the label and date columns) and those whose
    non-empty values are mostly numbers (ids, ratings); of the rest, take the one with the most
    letters per row on average (the first on a tie). Raises ``NoTextColumn`` when no column has
    any letter (all numbers or empty). Any thread.
    """
    scores = {
        index: _letters_per_row(rows, index)
        for index in range(len(header))
        if index not in skip and not _mostly_numbers(rows, index)
    }
    best = max(scores, key=scores.__getitem__, default=None)
    if best is None or scores[best] == 0:
        text = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' has no column named 'text' and none of its columns holds text "
            "(only numbers or empty values). Check that it is the right file.",
        )
        raise NoTextColumn(say(text, name=path.name), path)
    return best


def _letters_per_row(rows: list[list[str]], index: int) -> float:
    # Letters, not characters: digits and punctuation say nothing about text. Each value is
    # cut at _SCORE_CHARS, enough to tell a sentence from a label and quick on long documents.
    if not rows:
        return 0.0
    letters = sum(len(_LETTER.findall(_field(row, index)[:_SCORE_CHARS])) for row in rows)
    return letters / len(rows)


def _mostly_numbers(rows: list[list[str]], index: int) -> bool:
    values = [value for row in rows if (value := _field(row, index).strip())]
    numbers = sum(map(_is_number, values))
    return bool(values) and numbers > len(values) / 2


def _is_number(value: str) -> bool:
    try:
        float(value.replace(",", "").replace("_", ""))  # 1,234 and NaN/inf count as numbers
    except ValueError:
        return False
    return True


def _field(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _find(header: list[str], name: str) -> int | None:
    """Return the index of column ``name`` (exact name first, then ignoring case), or None."""
    if name in header:
        return header.index(name)
    folded = [column.casefold() for column in header]
    if name.casefold() in folded:
        return folded.index(name.casefold())
    return None


def _column(header: list[str], wanted: str, path: Path) -> int:
    """Return the index of column ``wanted``; raise ``MissingColumn`` listing the columns."""
    found = _find(header, wanted)
    if found is not None:
        return found
    available = ", ".join(f"'{column}'" for column in header)
    text = QT_TRANSLATE_NOOP(
        "core", "'{name}' has no column '{column}'. Available columns: {available}."
    )
    raise MissingColumn(
        say(text, name=path.name, column=wanted, available=available),
        path,
        wanted,
        header,
    )
