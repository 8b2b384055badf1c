"""Word-vector files: load pretrained vectors, export the current ones.

Formats read, told apart by their content (not their extension):

- word2vec text: a first line "count dimension", then "word v1 … vD" per line. fastText's
  ``.vec`` files are this format.
- GloVe text: the same lines without the first line (gensim's ``no_header=True``).
- word2vec binary: the same first line, then per word its bytes, a space and D float32 values.
- any of these compressed with gzip or bzip2 (``.gz``, ``.bz2``), read as they decompress.

Anything else gets a specific error: a missing file, an empty one, a damaged line, a file cut
short, something that is not word vectors (a text corpus, an image, a ZIP archive, a fastText
``.bin`` model), vectors holding NaN or infinite values. The result is gensim ``KeyedVectors``
with the words in file order and made-up descending counts, as gensim's own loader gives.

Exports: the TensorFlow Embedding Projector's pair of files (``vectors.tsv``, ``metadata.tsv``)
and the word2vec text format.
"""

from __future__ import annotations

import bz2
import gzip
import os
from collections.abc import Generator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from lab_app.core.corpus.errors import os_reason
from lab_app.core.embeddings import vectors_read
from lab_app.core.embeddings.errors import (
    CannotWriteVectors,
    EmptyVectorFile,
    NonFiniteVectors,
    NotAVectorFile,
    UnreadableVectorFile,
    VectorFileNotFound,
)
from lab_app.core.events import HEARTBEAT, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import Pacer

SNIFF_BYTES = 1 << 16
_LARGEST_VALUE = 1e4  # word vectors' values are small (|v| < 10 for word2vec, GloVe, fastText)
_GZIP, _BZIP2 = b"\x1f\x8b", b"BZh"
_A_KIND = QT_TRANSLATE_NOOP("core", "'{name}' is {kind}, not word vectors.")
_NOT_VECTORS = (  # (magic bytes, the sentence that says what the file is, its kind)
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is a ZIP archive. Extract the vector file (.txt, .vec or .bin) from it "
            "and load that.",
        ),
        "",
    ),
    (
        b"\xba\x16\x4f\x2f",
        QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is a fastText model, not word vectors. Load the .vec file that comes "
            "with it.",
        ),
        "",
    ),
    (b"\x89PNG", _A_KIND, QT_TRANSLATE_NOOP("core", "a PNG image")),
    (b"\xff\xd8\xff", _A_KIND, QT_TRANSLATE_NOOP("core", "a JPEG image")),
    (b"GIF8", _A_KIND, QT_TRANSLATE_NOOP("core", "a GIF image")),
    (b"%PDF", _A_KIND, QT_TRANSLATE_NOOP("core", "a PDF document")),
    (b"\x80\x02", _A_KIND, QT_TRANSLATE_NOOP("core", "a model saved by Python (pickle)")),
    (b"\x80\x03", _A_KIND, QT_TRANSLATE_NOOP("core", "a model saved by Python (pickle)")),
    (b"\x80\x04", _A_KIND, QT_TRANSLATE_NOOP("core", "a model saved by Python (pickle)")),
)


@dataclass(frozen=True)
class VectorFormat:
    """What a vector file holds: ``kind`` ("word2vec-text", "glove-text" or
    "word2vec-binary"), ``compression`` ("", "gzip" or "bzip2"), ``count`` (from the header;
    None for GloVe) and ``dimension``."""

    kind: str
    compression: str
    count: int | None
    dimension: int


def load_vectors(path: str | os.PathLike, limit: int | None = None) -> Any:
    """Return gensim ``KeyedVectors`` read from ``path`` (at most ``limit`` vectors).
    ``iter_load_vectors`` run to the end; see it for the errors. Worker thread."""
    return drain(iter_load_vectors(path, limit))


def iter_load_vectors(
    path: str | os.PathLike, limit: int | None = None
) -> Generator[Any, None, Any]:
    """Read a vector file in ~1 MB pieces; return gensim ``KeyedVectors``.

    Yields ``Progress`` in bytes of the file (compressed bytes for .gz/.bz2), about 20 times a
    second, and a heartbeat after every piece, so closing it (Stop) takes effect within a piece.
    Raises ``VectorFileNotFound``, ``UnreadableVectorFile``, ``EmptyVectorFile``,
    ``NotAVectorFile``, ``MalformedVectorFile``, ``TruncatedVectorFile`` or
    ``NonFiniteVectors``. Words repeated in the file keep their first vector. Worker thread.
    """
    if limit is not None and limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    path = Path(path)
    size = _file_size(path)
    pace = Pacer(0.05)
    with ExitStack() as stack:
        raw = stack.enter_context(_open(path))
        found, stream = _sniff(path, raw, stack)
        wanted = found.count if limit is None else min(found.count or limit, limit)

        def tick() -> Generator[Any, None, None]:
            if pace.due():
                yield Progress(raw.tell(), size, "bytes", "reading vectors")
            else:
                yield HEARTBEAT

        if found.kind == "word2vec-binary":
            stream.readline()  # the header line
            collected = yield from vectors_read.read_binary(
                stream, path, found.dimension, wanted, tick
            )
        else:
            has_header = found.kind == "word2vec-text"
            collected = yield from vectors_read.read_text(
                stream, path, found.dimension, wanted, has_header, tick
            )
    if collected.non_finite:
        raise _non_finite(path, collected)
    if not collected.words:
        raise _empty(path)
    keyed = yield from _keyed_vectors(collected, wanted)
    yield Progress(size, size, "bytes", "reading vectors")
    return keyed


def detect_format(path: str | os.PathLike) -> VectorFormat:
    """Return the format of the vector file at ``path`` from its first 64 KB (decompressed).
    Raises the same errors as ``iter_load_vectors`` for a file that is not word vectors."""
    path = Path(path)
    _file_size(path)
    with ExitStack() as stack:
        raw = stack.enter_context(_open(path))
        found, _ = _sniff(path, raw, stack)
    return found


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        template = QT_TRANSLATE_NOOP("core", "The vector file '{name}' does not exist.")
        raise VectorFileNotFound(say(template, name=path.name), path) from None
    except OSError as error:
        raise _unreadable(path, error) from error


def _open(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")
    except OSError as error:
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: OSError) -> UnreadableVectorFile:
    template = QT_TRANSLATE_NOOP("core", "Cannot read '{name}': {reason}.")
    return UnreadableVectorFile(say(template, name=path.name, reason=os_reason(error)), path)


def _sniff(path: Path, raw: IO[bytes], stack: ExitStack) -> tuple[VectorFormat, IO[bytes]]:
    """Return the file's format and a stream of its (decompressed) bytes from the start."""
    head = raw.read(SNIFF_BYTES)
    raw.seek(0)
    compression = ""
    stream: IO[bytes] = raw
    if head.startswith(_GZIP):
        compression, stream = "gzip", stack.enter_context(gzip.GzipFile(fileobj=raw))
    elif head.startswith(_BZIP2):
        compression, stream = "bzip2", stack.enter_context(bz2.BZ2File(raw))
    if compression:
        try:
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
        except (OSError, EOFError) as error:  # a damaged or truncated archive
            raise _not_vectors(path) from error
    for magic, template, kind in _NOT_VECTORS:
        if head.startswith(magic):
            values = {"name": path.name, "kind": say(kind)} if kind else {"name": path.name}
            raise NotAVectorFile(say(template, **values), path)
    if not head.strip():
        raise _empty(path)
    return _classify(path, head, compression), stream


def _classify(path: Path, head: bytes, compression: str) -> VectorFormat:
    """Tell the three layouts apart from the first lines."""
    first, _, rest = head.partition(b"\n")
    if b"\x00" in first:
        raise _not_vectors(path)
    fields = first.split()
    if len(fields) == 2 and all(f.isdigit() for f in fields):
        count, dimension = int(fields[0]), int(fields[1])
        if count == 0:
            raise _empty(path)
        if dimension == 0:
            raise _not_vectors(path)
        second = rest.partition(b"\n")[0].split()
        if len(second) >= 2 and _all_numbers(second[1:]):
            # Text; a wrong number of values is reported by the reader, naming the line.
            return VectorFormat("word2vec-text", compression, count, dimension)
        if _plausible_binary(rest, dimension):
            return VectorFormat("word2vec-binary", compression, count, dimension)
        raise _not_vectors(path)
    if len(fields) >= 2 and _all_numbers(fields[1:]):
        return VectorFormat("glove-text", compression, None, len(fields) - 1)
    raise _not_vectors(path)


def _plausible_binary(rest: bytes, dimension: int) -> bool:
    """True when the bytes after the header can start a binary record: a word, a space, then
    values that are finite, below 10,000 and not text (256 bytes of real float32 values are
    never all printable characters; random bytes read as float32 are mostly huge or tiny). A record cut short by the end of the file is accepted: reading
    reports it as truncated."""
    space = rest.find(b" ", 0, vectors_read.MAX_WORD_BYTES)
    if space < 0:
        return len(rest) < 64  # a first word cut off by the end of the file
    values = rest[space + 1 : space + 1 + 4 * min(dimension, 64)]
    values = values[: len(values) - len(values) % 4]
    if not values:
        return True
    if all(32 <= byte < 127 or byte in b"\t\r\n" for byte in values):
        return False
    floats = np.frombuffer(values, dtype="<f4")
    return bool(np.isfinite(floats).all() and (np.abs(floats) < _LARGEST_VALUE).all())


def _all_numbers(fields: Sequence[bytes]) -> bool:
    try:
        for field in fields:
            float(field)
    except ValueError:
        return False
    return True


def _not_vectors(path: Path) -> NotAVectorFile:
    template = QT_TRANSLATE_NOOP(
        "core",
        "'{name}' does not look like word vectors: its first line should be 'count dimension' "
        "(word2vec) or 'word value value …' (GloVe).",
    )
    return NotAVectorFile(say(template, name=path.name), path)


def _empty(path: Path) -> EmptyVectorFile:
    template = QT_TRANSLATE_NOOP("core", "'{name}' holds no vectors (it is empty).")
    return EmptyVectorFile(say(template, name=path.name), path)


def _non_finite(path: Path, collected: vectors_read.Collected) -> NonFiniteVectors:
    template = QT_TRANSLATE_NOOP(
        "core",
        "{count} words in '{name}' have NaN or infinite values (the first: '{word}'). "
        "The vectors are damaged; export or download them again.",
    )
    text = say(
        template, count=collected.non_finite, name=path.name, word=collected.first_non_finite
    )
    return NonFiniteVectors(text, path, collected.non_finite)


def _keyed_vectors(
    collected: vectors_read.Collected, wanted: int | None
) -> Generator[Any, None, Any]:
    """Assemble gensim KeyedVectors piece by piece (a heartbeat between pieces), with the
    made-up counts gensim's loader gives: (vectors announced) − (row)."""
    from gensim.models import KeyedVectors

    rows = len(collected.words)
    vectors = np.empty((rows, collected.dimension), dtype=np.float32)
    start = 0
    for piece in collected.pieces:
        vectors[start : start + len(piece)] = piece
        start += len(piece)
        yield HEARTBEAT
    collected.pieces.clear()
    keyed = KeyedVectors(collected.dimension, count=0, dtype=np.float32)
    keyed.index_to_key = collected.words
    keyed.key_to_index = collected.index
    keyed.vectors = vectors
    keyed.allocate_vecattrs(["count"], [np.int64])
    announced = wanted if wanted is not None else collected.rows
    keyed.expandos["count"][:] = announced - np.arange(rows, dtype=np.int64)
    return keyed


# --- export --------------------------------------------------------------------------------


def export_projector_tsv(
    kv: Any, folder: str | os.PathLike, metadata: Mapping[str, Sequence] | None = None
) -> tuple[Path, Path]:
    """Write ``vectors.tsv`` and ``metadata.tsv`` for the TensorFlow Embedding Projector
    (projector.tensorflow.org, "Load"); return their paths. ``iter_export_projector_tsv`` run
    to the end."""
    return drain(iter_export_projector_tsv(kv, folder, metadata))


def iter_export_projector_tsv(
    kv: Any, folder: str | os.PathLike, metadata: Mapping[str, Sequence] | None = None
) -> Generator[Any, None, tuple[Path, Path]]:
    """Write the Projector's two files into ``folder`` (created if needed), 2,000 rows at a
    time with a Progress (rows) between; return (vectors path, metadata path).

    ``vectors.tsv``: one vector per line, values tab-separated, no header. ``metadata.tsv``:
    one word per line, no header; with ``metadata`` (column name -> one value per word) a
    header row "word<TAB>column…" and one row per word. Tabs and newlines inside words become
    spaces. Raises ``CannotWriteVectors``. Worker thread.
    """
    folder = Path(folder)
    words = list(kv.index_to_key)
    columns = {name: list(values) for name, values in (metadata or {}).items()}
    for values in columns.values():
        if len(values) != len(words):
            raise ValueError(f"metadata columns need {len(words)} values, got {len(values)}")
    vectors_path, metadata_path = folder / "vectors.tsv", folder / "metadata.tsv"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with (
            open(vectors_path, "w", encoding="utf-8", newline="\n") as vectors_file,
            open(metadata_path, "w", encoding="utf-8", newline="\n") as metadata_file,
        ):
            if columns:
                metadata_file.write("\t".join(["word", *map(_cell, columns)]) + "\n")
            row_format = "\t".join(["%.6g"] * kv.vector_size)
            for start in range(0, len(words), 2000):
                stop = min(start + 2000, len(words))
                block = np.asarray(kv.vectors[start:stop], dtype=np.float64)
                vectors_file.writelines(row_format % tuple(row) + "\n" for row in block)
                for i in range(start, stop):
                    cells = [_cell(words[i]) or "<empty>"]
                    cells += [_cell(values[i]) for values in columns.values()]
                    metadata_file.write("\t".join(cells) + "\n")
                yield Progress(stop, len(words), "words", "exporting")
    except OSError as error:
        raise _cannot_write(vectors_path.parent, error) from error
    return vectors_path, metadata_path


def _cell(value: object) -> str:
    return " ".join(str(value).replace("\t", " ").splitlines())


def export_word2vec_text(kv: Any, path: str | os.PathLike) -> Path:
    """Write ``kv`` in the word2vec text format; return the path. ``iter_export_word2vec_text``
    run to the end."""
    return drain(iter_export_word2vec_text(kv, path))


def iter_export_word2vec_text(kv: Any, path: str | os.PathLike) -> Generator[Any, None, Path]:
    """Write "count dimension", then "word v1 … vD" per word (9 significant digits: float32
    values read back exactly), 2,000 words at a time with a Progress between; return the path.
    Whitespace inside a word becomes "_" (the format splits on spaces). Raises
    ``CannotWriteVectors``. Worker thread."""
    path = Path(path)
    words = list(kv.index_to_key)
    row_format = " ".join(["%.9g"] * kv.vector_size)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as file:
            file.write(f"{len(words)} {kv.vector_size}\n")
            for start in range(0, len(words), 2000):
                stop = min(start + 2000, len(words))
                block = np.asarray(kv.vectors[start:stop], dtype=np.float64)
                file.writelines(
                    "_".join(words[i].split()) + " " + row_format % tuple(block[i - start]) + "\n"
                    for i in range(start, stop)
                )
                yield Progress(stop, len(words), "words", "exporting")
    except OSError as error:
        raise _cannot_write(path, error) from error
    return path


def _cannot_write(path: Path, error: OSError) -> CannotWriteVectors:
    template = QT_TRANSLATE_NOOP("core", "Cannot write '{name}': {reason}.")
    return CannotWriteVectors(say(template, name=path.name, reason=os_reason(error)), path)
