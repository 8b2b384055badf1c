"""Built-in corpora: the project's Spanish sample and three small corpora shipped with gensim.

gensim is only located (``importlib.util.find_spec``), never imported: its import costs seconds
and these are plain text files.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.errors import CorpusNotFound
from lab_app.core.corpus.loading import iter_read
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.parsing import Table
from lab_app.core.events import Notice, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP
from lab_app.resources import ResourceMissing, resource_path

_LABEL_PREFIX = "__label__"


@dataclass(frozen=True)
class _Builtin:
    title: str  # what a person calls it (a translatable template)
    language: str
    description: str
    locate: Callable[[], Path]
    fasttext_labels: bool = False  # lines start with "__label__NAME"


def _spanish_sample() -> Path:
    try:
        return resource_path("corpora", "spanish_sample")
    except ResourceMissing as error:
        raise CorpusNotFound(f"The Spanish sample corpus is missing: {error}.") from None


def _gensim_data(file_name: str) -> Callable[[], Path]:
    def locate() -> Path:
        spec = importlib.util.find_spec("gensim")
        folders = list(spec.submodule_search_locations or []) if spec else []
        for folder in folders:
            path = Path(folder, "test", "test_data", file_name)
            if path.is_file():
                return path
        raise CorpusNotFound(
            f"The built-in corpus file '{file_name}' comes with gensim, which is not installed. "
            "Install gensim (pip install gensim)."
        )

    return locate


_BUILTINS = {
    "spanish_sample": _Builtin(
        QT_TRANSLATE_NOOP("core", "Spanish sample"),
        "es",
        QT_TRANSLATE_NOOP(
            "core",
            "Spanish sample: 10 short original texts (a story, seasons, cooking, a city, neural "
            "networks, music, a letter, news...), Spanish, about 4,000 words.",
        ),
        _spanish_sample,
    ),
    "lee_background": _Builtin(
        QT_TRANSLATE_NOOP("core", "Lee news (English)"),
        "en",
        QT_TRANSLATE_NOOP(
            "core",
            "Lee background: 300 English news articles (Australian, 2001), one per line, about "
            "60,000 words.",
        ),
        _gensim_data("lee_background.cor"),
    ),
    "pang_lee_polarity": _Builtin(
        QT_TRANSLATE_NOOP("core", "Film reviews, Pang & Lee (English)"),
        "en",
        QT_TRANSLATE_NOOP(
            "core",
            "Pang & Lee polarity: 200 English film-review sentences labelled neg or pos, about "
            "4,000 words.",
        ),
        _gensim_data("pang_lee_polarity.cor"),
        fasttext_labels=True,
    ),
    "head500": _Builtin(
        QT_TRANSLATE_NOOP("core", "Wikipedia, head500 (English)"),
        "en",
        QT_TRANSLATE_NOOP(
            "core",
            "head500: 250 English Wikipedia articles, stemmed and without stop words, about "
            "300,000 words.",
        ),
        _gensim_data("head500.noblanks.cor"),
    ),
}


def builtin_corpora() -> list[str]:
    """Return the names of the built-in corpora, the default (Spanish sample) first."""
    return list(_BUILTINS)


def builtin_title(name: str) -> str:
    """Return the corpus's name as a person says it (an English template, context "core")."""
    return _builtin(name).title


def builtin_description(name: str) -> str:
    """Return one English line saying what the built-in corpus is, its language and size."""
    return _builtin(name).description


def builtin_language(name: str) -> str:
    """Return the language of a built-in corpus: "es" or "en"."""
    return _builtin(name).language


def load_builtin(name: str, **options: object) -> Corpus:
    """Return a built-in corpus, tokenised; ``options`` are ``CorpusOptions`` fields.

    ``language`` defaults to the corpus's own. Raises ``CorpusError`` (unknown name, missing
    file). Worker thread for the larger ones (head500 takes about a second).
    """
    options.setdefault("language", builtin_language(name))
    return drain(iter_load_builtin(name, CorpusOptions(**options)))  # type: ignore[arg-type]


def iter_load_builtin(
    name: str, options: CorpusOptions | None = None
) -> Generator[Progress | Notice, None, Corpus]:
    """Load a built-in corpus like ``iter_load_corpus``; return it, prepared. Worker thread.

    ``options`` None means defaults in the corpus's language.
    """
    builtin = _builtin(name)
    options = options or CorpusOptions(language=builtin.language)
    table = yield from iter_read(builtin.locate(), options)
    if builtin.fasttext_labels:
        table = _split_labels(table)
    corpus = Corpus(
        builtin.title,
        table.documents,
        labels=table.labels,
        dates=table.dates,
        source=f"builtin:{name}",
        options=options,
    )
    return (yield from corpus.iter_prepare())


def _builtin(name: str) -> _Builtin:
    try:
        return _BUILTINS[name]
    except KeyError:
        known = ", ".join(_BUILTINS)
        raise CorpusNotFound(f"No built-in corpus {name!r}. Choose one of: {known}.") from None


def _split_labels(table: Table) -> Table:
    """Move fastText-style "__label__NAME text" prefixes from the documents to the labels."""
    documents, labels = [], []
    for document in table.documents:
        label, text = "", document
        while text.startswith(_LABEL_PREFIX):
            first, _, text = text.partition(" ")
            label = label or first[len(_LABEL_PREFIX) :]
            text = text.lstrip()
        documents.append(text)
        labels.append(label)
    return Table(documents, labels, table.dates)
