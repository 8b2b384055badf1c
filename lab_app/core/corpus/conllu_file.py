"""Read part-of-speech tagged sentences from a CoNLL-U file (Universal Dependencies format).

Only the word lines count: multiword-token ranges ("1-2 del") and empty nodes ("3.1") are
skipped, so each sentence is the list of its syntactic words with their UPOS tags.
"""

from __future__ import annotations

import re
from pathlib import Path

from lab_app.core.corpus.errors import (
    CorpusNotFound,
    EmptyCorpus,
    MalformedConllu,
    UndecodableText,
    UnreadableFile,
    os_reason,
)
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

N_FIELDS = 10  # ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
_ID = re.compile(r"^(\d+|\d+-\d+|\d+\.\d+)$")


def load_conllu(path: str | Path) -> list[list[tuple[str, str]]]:
    """Return the sentences of a CoNLL-U file, each a list of (form, UPOS) pairs.

    Raises CorpusNotFound (no such file), UnreadableFile (the system refused), UndecodableText
    (not UTF-8), MalformedConllu naming the first bad line (not 10 tab-separated fields, a bad
    ID, a word without a form or a UPOS tag), EmptyCorpus (no sentence). Any thread may call it;
    it reads the whole file at once (a treebank of a few MB takes well under a second).
    """
    import conllu

    path = Path(path)
    text = _read_text(path)
    _check_lines(text, path)
    sentences = []
    for tokens in conllu.parse(text):
        words = [(t["form"], t["upos"]) for t in tokens if isinstance(t["id"], int)]
        if words:
            sentences.append(words)
    if not sentences:
        message = QT_TRANSLATE_NOOP("core", "'{name}' holds no tagged sentence.")
        raise EmptyCorpus(say(message, name=path.name), path)
    return sentences


def _read_text(path: Path) -> str:
    if not path.is_file():
        message = QT_TRANSLATE_NOOP("core", "The file '{name}' does not exist.")
        raise CorpusNotFound(say(message, name=path.name), path)
    try:
        data = path.read_bytes()
    except OSError as error:
        message = QT_TRANSLATE_NOOP("core", "Cannot read '{name}': {reason}.")
        raise UnreadableFile(say(message, name=path.name, reason=os_reason(error)), path) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = QT_TRANSLATE_NOOP(
            "core", "'{name}' is not UTF-8 text (byte {offset}); CoNLL-U files are UTF-8."
        )
        raise UndecodableText(say(message, name=path.name, offset=error.start), path) from error


def _check_lines(text: str, path: Path) -> None:
    """Raise MalformedConllu at the first token line the format does not allow."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != N_FIELDS:
            problem = say(
                QT_TRANSLATE_NOOP("core", "{count} tab-separated fields instead of 10"),
                count=len(fields),
            )
        elif not _ID.match(fields[0]):
            problem = say(
                QT_TRANSLATE_NOOP("core", "the ID {value} is not a number"), value=fields[0]
            )
        elif fields[0].isdigit() and (not fields[1] or fields[3] in ("", "_")):
            problem = say(QT_TRANSLATE_NOOP("core", "a word without its form or UPOS tag"))
        else:
            continue
        message = QT_TRANSLATE_NOOP("core", "'{name}', line {line}: {problem}.")
        raise MalformedConllu(
            say(message, name=path.name, line=number, problem=problem), path, number
        )
