"""Errors for bad corpus input: one base class, ``CorpusError``, and a subclass per case.

Messages are short English sentences that name the file, say what is wrong and what to do; the
Qt layer shows them as they are (or translates around them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class CorpusError(Exception):
    """Bad corpus input. ``path`` is the offending file or folder when there is one."""

    def __init__(self, message: str, path: Path | str | None = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None


class CorpusNotFound(CorpusError):
    """The path does not exist, or a built-in corpus is unknown or missing."""


class EmptyCorpus(CorpusError):
    """The input holds no text (0 bytes, only whitespace, or only empty rows)."""


class NoTextFiles(CorpusError):
    """A folder was given but it holds no ``.txt`` file."""


class BinaryFile(CorpusError):
    """The file is not text: an image, a PDF, an archive, a program, ..."""

    def __init__(self, message: str, path: Path | str | None = None, kind: str = "binary data"):
        super().__init__(message, path)
        self.kind = kind


class UndecodableText(CorpusError):
    """The file declares an encoding (a byte-order mark) but its bytes do not follow it."""


class MissingColumn(CorpusError):
    """A CSV/TSV column chosen in the options is not in the header row."""

    def __init__(
        self, message: str, path: Path | str | None, column: str, available: Sequence[str]
    ):
        super().__init__(message, path)
        self.column = column
        self.available = list(available)


class MalformedTable(CorpusError):
    """A CSV/TSV file cannot be parsed (no header row, broken quoting, ...)."""


class UnreadableFile(CorpusError):
    """The operating system refused to read the file (permissions, a device, ...)."""


def quoted_name(path: Path | str) -> str:
    """Return the file's name in quotes, for messages."""
    return f"'{Path(path).name}'"
