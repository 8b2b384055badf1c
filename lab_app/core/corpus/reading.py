"""Reading files as text: binary detection, encodings, newlines, in chunks with paced progress.

Encodings: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); without one the file is
decoded as UTF-8 and, at the first invalid byte (early or late), decoded again from the start as
Windows-1252, whose five undefined bytes fall back to Latin-1. Newlines become LF.

No file stays open across a ``yield``: each chunk is read with its own ``open``, so a generator
abandoned mid-way (``close()``, or garbage collection on another thread) holds nothing.
"""

from __future__ import annotations

import codecs
from collections.abc import Generator
from pathlib import Path

from lab_app.core.corpus.errors import BinaryFile, UndecodableText, UnreadableFile, os_reason
from lab_app.core.corpus.meter import Meter
from lab_app.core.events import Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

CHUNK_BYTES = 256 * 1024
SNIFF_BYTES = 8 * 1024

_FALLBACK = "lab_app_latin1_fallback"


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined; Latin-1 maps every byte.
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_FALLBACK, _latin1_fallback)

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_OFFICE = QT_TRANSLATE_NOOP(
    "core", "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)"
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("core", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("core", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("core", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("core", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("core", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("core", "a TIFF image")),
    (b"%PDF-", QT_TRANSLATE_NOOP("core", "a PDF document")),
    (b"PK\x03\x04", _OFFICE),
    (b"PK\x05\x06", _OFFICE),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        QT_TRANSLATE_NOOP("core", "an old Microsoft Office document (.doc, .xls)"),
    ),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("core", "a gzip archive")),
    (b"\xfd7zXZ\x00", QT_TRANSLATE_NOOP("core", "an xz archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("core", "a 7-Zip archive")),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("core", "a RAR archive")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("core", "a program (ELF executable)")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("core", "an SQLite database")),
    (b"\x93NUMPY", QT_TRANSLATE_NOOP("core", "a NumPy array file")),
    (b"OggS", QT_TRANSLATE_NOOP("core", "an Ogg audio file")),
    (b"fLaC", QT_TRANSLATE_NOOP("core", "a FLAC audio file")),
    (b"RIFF", QT_TRANSLATE_NOOP("core", "a media file (WAV, AVI or WebP)")),
)


def read_at(path: Path, offset: int, size: int) -> bytes:
    """Return up to ``size`` bytes of ``path`` from ``offset``; the file is closed on return."""
    try:
        with open(path, "rb") as file:
            file.seek(offset)
            return file.read(size)
    except OSError as error:
        text = say(
            QT_TRANSLATE_NOOP("core", "Cannot read '{name}': {reason}."),
            name=path.name,
            reason=os_reason(error),
        )
        raise UnreadableFile(text, path) from error


def sniff_encoding(path: Path, head: bytes) -> str | None:
    """Return the encoding a byte-order mark declares, or None (then UTF-8, else cp1252).

    Raises ``BinaryFile`` for a known binary format or NUL bytes in the first 8 KB.
    """
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            text = QT_TRANSLATE_NOOP(
                "core", "'{name}' is {kind}, not text. Choose a .txt, .csv or .tsv file."
            )
            raise BinaryFile(say(text, name=path.name, kind=say(kind)), path, kind)
    if b"\x00" in head[:SNIFF_BYTES]:
        text = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' holds binary data (NUL bytes), not text. "
            "If it is UTF-16 text, save it again as UTF-8.",
        )
        raise BinaryFile(say(text, name=path.name), path)
    return None


class _NotUtf8(Exception):
    def __init__(self, position: int):
        self.position = position


def iter_decode(path: Path, meter: Meter) -> Generator[Progress, None, list[str]]:
    """Read and decode one file; return its text as chunks with LF newlines.

    Yields paced Progress from ``meter``, whose ``done`` holds the bytes of earlier files on
    entry and this file's bytes too on return. Raises ``BinaryFile``,
    ``UndecodableText`` or ``UnreadableFile``. Any thread.
    """
    declared = sniff_encoding(path, read_at(path, 0, SNIFF_BYTES))
    base = meter.done
    try:
        return (yield from _iter_decode_as(path, declared or "utf-8", meter, base))
    except _NotUtf8 as failure:
        if declared:
            text = QT_TRANSLATE_NOOP(
                "core",
                "'{name}' starts with a {encoding} byte-order mark but byte {position} "
                "is not {encoding}. Save it again as UTF-8.",
            )
            values = {"name": path.name, "encoding": declared.upper(), "position": failure.position}
            raise UndecodableText(say(text, **values), path) from None
    # Not UTF-8 somewhere, possibly late: start over so no chunk mixes two encodings.
    return (yield from _iter_decode_as(path, "cp1252", meter, base))


def _iter_decode_as(
    path: Path, encoding: str, meter: Meter, base: float
) -> Generator[Progress, None, list[str]]:
    errors = _FALLBACK if encoding == "cp1252" else "strict"
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    chunks: list[str] = []
    offset, carriage_return = 0, False
    while True:
        data = read_at(path, offset, CHUNK_BYTES)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            raise _NotUtf8(offset + error.start) from None
        offset += len(data)
        if carriage_return:
            text = "\r" + text
        # A CR at the end of a chunk may be half of a CRLF split across chunks: hold it back.
        carriage_return = bool(data) and text.endswith("\r")
        if carriage_return:
            text = text[:-1]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text:
            chunks.append(text)
        if not data:
            return chunks
        meter.done = max(meter.done, base + offset)
        progress = meter.poll()
        if progress is not None:
            yield progress
