"""Errors for bad corpus input: one base class, ``CorpusError``, and a subclass per case.

Messages are short sentences that name the file, say what is wrong and what to do, carried as
translatable ``Text`` (see ``lab_app.core.messages``); the Qt layer shows them in the user's
language. ``os_reason`` does the same for the operating system's part of a message.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say

# The operating system words its errors in its own language (English on most machines), so a
# Spanish window would say "Permission denied": the common cases get a translatable phrase.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "it does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("core", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core", "part of its path is a file, not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "the disk is full"),
}


class CorpusError(Exception):
    """Bad corpus input. ``path`` is the offending file or folder when there is one."""

    def __init__(self, message: str, path: Path | str | None = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None


class CorpusNotFound(CorpusError):
    """The path does not exist, or a built-in corpus is unknown or missing."""


class EmptyCorpus(CorpusError):
    """The input holds no text (0 bytes, only whitespace, or only empty rows)."""


class NoTextColumn(CorpusError):
    """A CSV/TSV file has no "text" column and none of its columns holds text (all numbers)."""


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


def os_reason(error: OSError) -> Text | str:
    """Return why the operating system refused, as a translatable phrase for common cases.

    The phrase fills the ``{reason}`` of a sentence such as "Cannot read '{name}': {reason}.";
    other errors give the system's own wording (``strerror``), which may stay in English.
    """
    phrase = _OS_REASONS.get(error.errno) if error.errno is not None else None
    if phrase is not None:
        return say(phrase)
    return error.strerror or str(error)


class MalformedConllu(CorpusError):
    """A CoNLL-U file has a token line the format does not allow; ``line`` is its number (1-based)."""

    def __init__(self, message: str, path: Path | str | None, line: int):
        super().__init__(message, path)
        self.line = line
        self.text = message
