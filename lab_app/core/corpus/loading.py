"""Loading a corpus from a file or folder: ``load_corpus`` and its generator form.

Accepted input (decided by what the path is and its extension):

* a folder: one document per ``.txt`` file in it, sorted by name (other files, hidden files and
  subfolders are ignored; empty files are skipped);
* ``.csv`` / ``.tsv``: a header row, then one document per row (see ``CorpusOptions`` for the
  text, label and date columns);
* anything else is plain text: when blank lines separate the text, each block between them is
  a document; when there is no blank line between text, each non-empty line is a document.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.errors import (
    CorpusNotFound,
    EmptyCorpus,
    NoTextFiles,
    UnreadableFile,
    os_reason,
)
from lab_app.core.corpus.meter import Meter
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.parsing import (
    Table,
    concat,
    documents_from_lines,
    iter_lines,
    iter_table,
)
from lab_app.core.corpus.reading import iter_decode
from lab_app.core.corpus.text import PIECE_CHARS, strip
from lab_app.core.events import Notice, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}


def load_corpus(path: str | Path, **options: object) -> Corpus:
    """Return the corpus at ``path``, tokenised; ``options`` are ``CorpusOptions`` fields.

    Raises a ``CorpusError`` subclass for bad input. Blocks for seconds on large files: call it
    on a worker thread, or drive ``iter_load_corpus`` there.
    """
    return drain(iter_load_corpus(path, CorpusOptions(**options)))  # type: ignore[arg-type]


def iter_load_corpus(
    path: str | Path, options: CorpusOptions | None = None
) -> Generator[Progress | Notice, None, Corpus]:
    """Load and tokenise the corpus at ``path``; return it, prepared (see ``Corpus``).

    Yields paced Progress in three phases, each closed by a Progress with done == total:
    "reading" (unit "bytes"), "parsing" and "tokenising" (unit "characters"). May also yield a
    ``Notice`` for the user (a CSV/TSV whose text column had to be guessed). Every yield is a
    cancel point; no file is open across one. Raises ``CorpusError`` subclasses. Worker thread.
    """
    options = options or CorpusOptions()
    path = Path(path).expanduser()
    table = yield from iter_read(path, options)
    corpus = Corpus(
        path.name if path.is_dir() else path.stem,
        table.documents,
        labels=table.labels,
        dates=table.dates,
        source=str(path),
        options=options,
    )
    corpus = yield from corpus.iter_prepare()
    notice = cut_tokens_notice(corpus)
    if notice is not None:
        yield notice
    return corpus


def cut_tokens_notice(corpus: Corpus) -> Notice | None:
    """A Notice when text without spaces was cut into tokens of ``PIECE_CHARS`` characters.

    Such "words" (a file that is one long line without spaces, base64, minified code) are no
    words at all: the user should know why the vocabulary looks odd. Looks at the vocabulary's
    types only, so it is cheap on millions of tokens.
    """
    long = [count for token, count in corpus.vocabulary().items() if len(token) >= PIECE_CHARS]
    if not long:
        return None
    text = QT_TRANSLATE_NOOP(
        "core",
        "{count} stretches of text without spaces were longer than {most} characters: each was "
        "cut into tokens of {most} characters. Is this file really text with words?",
    )
    return Notice(say(text, count=sum(long), most=PIECE_CHARS), level="warning")


def iter_read(path: Path, options: CorpusOptions) -> Generator[Progress | Notice, None, Table]:
    """Read and parse ``path`` into documents without tokenising them. Worker thread."""
    if not path.exists():
        text = say(
            QT_TRANSLATE_NOOP("core", "'{name}' does not exist. Check the path."), name=path.name
        )
        raise CorpusNotFound(text, path)
    if path.is_dir():
        return (yield from _iter_read_folder(path))
    return (yield from _iter_read_file(path, options))


def _iter_read_file(
    path: Path, options: CorpusOptions
) -> Generator[Progress | Notice, None, Table]:
    size = _size(path)
    if size == 0:
        text = QT_TRANSLATE_NOOP("core", "'{name}' is empty (0 bytes). Choose a file with text.")
        raise EmptyCorpus(say(text, name=path.name), path)
    meter = Meter(size, "bytes", "reading")
    chunks = yield from iter_decode(path, meter)
    yield meter.final()
    if all(chunk.isspace() for chunk in chunks):
        text = say(
            QT_TRANSLATE_NOOP("core", "'{name}' holds only blank space, no text."), name=path.name
        )
        raise EmptyCorpus(text, path)
    meter = Meter(sum(map(len, chunks)), "characters", "parsing")
    delimiter = TABLE_DELIMITERS.get(path.suffix.lower())
    if delimiter:
        table = yield from iter_table(chunks, meter, path, delimiter, options)
    else:
        lines = yield from iter_lines(chunks, meter)
        table = Table(documents_from_lines(lines))
    yield meter.final()
    return table


def _iter_read_folder(folder: Path) -> Generator[Progress, None, Table]:
    files = _text_files(folder)
    if not files:
        text = QT_TRANSLATE_NOOP(
            "core", "Folder '{name}' has no .txt files. Put one document per .txt file."
        )
        raise NoTextFiles(say(text, name=folder.name), folder)
    meter = Meter(sum(_size(file) for file in files), "bytes", "reading")
    documents = []
    for file in files:
        chunks = yield from iter_decode(file, meter)
        document = strip(concat(chunks))
        if document:
            documents.append(document)
    yield meter.final()
    if not documents:
        text = say(
            QT_TRANSLATE_NOOP("core", "The .txt files in '{name}' hold no text."), name=folder.name
        )
        raise EmptyCorpus(text, folder)
    return Table(documents)


def _text_files(folder: Path) -> list[Path]:
    try:
        files = [
            entry
            for entry in folder.iterdir()
            if entry.suffix.lower() == ".txt" and not entry.name.startswith(".") and entry.is_file()
        ]
    except OSError as error:
        text = QT_TRANSLATE_NOOP("core", "Cannot list folder '{name}': {reason}.")
        raise UnreadableFile(say(text, name=folder.name, reason=os_reason(error)), folder) from None
    return sorted(files, key=lambda file: (file.name.casefold(), file.name))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        text = say(
            QT_TRANSLATE_NOOP("core", "Cannot read '{name}': {reason}."),
            name=path.name,
            reason=os_reason(error),
        )
        raise UnreadableFile(text, path) from None
