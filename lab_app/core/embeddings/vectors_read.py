"""Reading word-vector files in pieces: the word2vec text format (with or without its header
line, so GloVe and fastText ``.vec`` too) and the word2vec binary format.

Each reader is a generator that reads about a megabyte at a time and yields after each piece,
so Stop takes effect within a piece (~0.05–0.1 s) and progress can be shown by bytes. Values
are parsed in bulk by numpy (``loadtxt`` on a piece's lines: ~0.2 µs a value, as fast as
gensim's line-by-line loader or faster). Format detection and the public API are in
``vectors_io``. Worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import numpy as np

from lab_app.core.embeddings.errors import MalformedVectorFile, TruncatedVectorFile
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

CHUNK_BYTES = 1 << 20  # one piece: ~100,000 values, ~0.05 s to parse
MAX_WORD_BYTES = 4096  # a longer "word" in a binary file means the file is not what it claims


@dataclass
class Collected:
    """Words and vector pieces gathered so far; duplicates keep their first vector (as gensim)."""

    dimension: int
    words: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    pieces: list[np.ndarray] = field(default_factory=list)
    duplicates: int = 0
    non_finite: int = 0
    first_non_finite: str = ""
    rows: int = 0  # vectors read, duplicates included

    def add(self, words: list[bytes], vectors: np.ndarray) -> None:
        """Add a piece's words (undecoded) and their vectors (float32 rows)."""
        self.rows += len(words)
        keep = np.ones(len(words), dtype=bool)
        for row, raw in enumerate(words):
            word = raw.decode("utf-8", errors="replace")
            if word in self.index:
                keep[row] = False
                self.duplicates += 1
            else:
                self.index[word] = len(self.words)
                self.words.append(word)
        vectors = vectors[keep] if not keep.all() else vectors
        bad = ~np.isfinite(vectors).all(axis=1)
        if bad.any():
            if not self.non_finite:
                first = int(np.flatnonzero(bad)[0])
                self.first_non_finite = self.words[len(self.words) - len(vectors) + first]
            self.non_finite += int(bad.sum())
        self.pieces.append(vectors)


def read_text(
    stream: IO[bytes],
    path: Path,
    dimension: int,
    wanted: int | None,
    skip_header: bool,
    tick: Callable[[], Generator[Any, None, None]],
) -> Generator[Any, None, Collected]:
    """Read "word v1 … vD" lines (after the header line when ``skip_header``) until ``wanted``
    vectors (None: the end of the file); return what was collected.

    Blank lines are skipped. Raises ``MalformedVectorFile`` for a line with the wrong number of
    values or a value that is not a number (naming the line), ``TruncatedVectorFile`` when the
    file ends before ``wanted`` vectors and ``wanted`` came from the header. ``tick`` is
    called after each piece (it yields progress)."""
    collected = Collected(dimension)
    pending, line_number, header_left = b"", 0, skip_header
    while wanted is None or collected.rows < wanted:
        block = stream.read(CHUNK_BYTES)
        lines = (pending + block).split(b"\n")
        pending = lines.pop() if block else b""
        if not block and lines == [b""]:
            lines = []
        if header_left and lines:
            lines.pop(0)
            line_number += 1
            header_left = False
        words, values, numbers = [], [], []
        for line in lines:
            line_number += 1
            parts = line.split(None, 1)
            if not parts:
                continue
            words.append(parts[0])
            values.append(parts[1] if len(parts) > 1 else b"")
            numbers.append(line_number)
        if wanted is not None:
            room = wanted - collected.rows
            words, values, numbers = words[:room], values[:room], numbers[:room]
        if words:
            collected.add(words, _parse_values(values, numbers, dimension, path))
        yield from tick()
        if not block:
            break
    if wanted is not None and collected.rows < wanted and skip_header:
        raise _truncated(path, collected.rows, wanted)
    return collected


def _parse_values(
    values: list[bytes], numbers: list[int], dimension: int, path: Path
) -> np.ndarray:
    """Parse each line's values into an n × dimension float32 array, or raise
    ``MalformedVectorFile`` naming the first bad line."""
    try:
        parsed = np.loadtxt(values, dtype=np.float64, comments=None, ndmin=2)
    except ValueError:
        parsed = None
    if parsed is not None and parsed.shape == (len(values), dimension):
        return parsed.astype(np.float32)
    for text, number in zip(values, numbers):
        fields = text.split()
        if len(fields) != dimension:
            template = QT_TRANSLATE_NOOP(
                "core",
                "Line {line} of '{name}' has {found} values, but the vectors have {expected}. "
                "The file is damaged or mixes vectors of different sizes.",
            )
            found = len(fields)
            raise MalformedVectorFile(
                say(template, line=number, name=path.name, found=found, expected=dimension),
                path,
                number,
            )
        for value in fields:
            try:
                float(value)
            except ValueError:
                template = QT_TRANSLATE_NOOP(
                    "core", "Line {line} of '{name}': '{value}' is not a number."
                )
                shown = value.decode("utf-8", errors="replace")[:40]
                raise MalformedVectorFile(
                    say(template, line=number, name=path.name, value=shown), path, number
                ) from None
    raise MalformedVectorFile(  # numpy refused something float() accepts: say where it is
        say(
            QT_TRANSLATE_NOOP("core", "'{name}' holds a value that is not a number."),
            name=path.name,
        ),
        path,
        numbers[0] if numbers else 0,
    )


def read_binary(
    stream: IO[bytes],
    path: Path,
    dimension: int,
    wanted: int,
    tick: Callable[[], Generator[Any, None, None]],
) -> Generator[Any, None, Collected]:
    """Read ``wanted`` records "word<space><dimension float32, little-endian>" (each optionally
    preceded by a newline, as the original C tool writes) after the header line, which the
    caller has read. Raises ``TruncatedVectorFile`` when the file ends too soon and
    ``MalformedVectorFile`` when a record's word is not followed by a space in reach."""
    collected = Collected(dimension)
    record = 4 * dimension
    buffer, position, ended = b"", 0, False
    while collected.rows < wanted:
        block = stream.read(CHUNK_BYTES)
        ended = not block
        buffer = buffer[position:] + block
        position = 0
        words: list[bytes] = []
        starts: list[int] = []
        while collected.rows + len(words) < wanted:
            space = buffer.find(b" ", position, position + MAX_WORD_BYTES)
            if space < 0:
                if len(buffer) - position >= MAX_WORD_BYTES:
                    raise _bad_record(path, collected.rows + len(words) + 1)
                break
            if space + 1 + record > len(buffer):
                break
            words.append(buffer[position:space].lstrip(b"\n"))
            starts.append(space + 1)
            position = space + 1 + record
        if words:
            view = np.frombuffer(buffer, dtype=np.uint8)
            rows = np.stack([view[s : s + record] for s in starts])
            collected.add(words, rows.view("<f4").astype(np.float32).reshape(len(words), -1))
        yield from tick()
        if ended:
            break
    if collected.rows < wanted:
        raise _truncated(path, collected.rows, wanted)
    return collected


def _truncated(path: Path, found: int, expected: int) -> TruncatedVectorFile:
    template = QT_TRANSLATE_NOOP(
        "core",
        "'{name}' ends after {found} of the {expected} vectors its first line announces: the "
        "file is incomplete (an interrupted download?). Download or export it again.",
    )
    return TruncatedVectorFile(say(template, name=path.name, found=found, expected=expected), path)


def _bad_record(path: Path, number: int) -> MalformedVectorFile:
    template = QT_TRANSLATE_NOOP(
        "core",
        "Vector {number} of '{name}' is damaged: its word does not end where the binary "
        "word2vec format says it should.",
    )
    return MalformedVectorFile(say(template, number=number, name=path.name), path, number)
