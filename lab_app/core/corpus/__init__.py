"""Corpora: reading files (encodings, CSV/TSV, folders), tokenising, vocabulary, built-ins.

Qt-free and light to import (no torch, gensim, sklearn or transformers). Long work is a
generator yielding ``lab_app.core.events.Progress`` and returning the result
(``iter_load_corpus``, ``iter_load_builtin``, ``Corpus.iter_prepare``); ``load_corpus`` and
``load_builtin`` drain them on the calling thread.
"""

from lab_app.core.corpus.builtin import (
    builtin_corpora,
    builtin_description,
    builtin_language,
    builtin_title,
    iter_load_builtin,
    load_builtin,
)
from lab_app.core.corpus.conllu_file import load_conllu
from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.errors import (
    BinaryFile,
    CorpusError,
    CorpusNotFound,
    EmptyCorpus,
    MalformedTable,
    MissingColumn,
    NoTextColumn,
    NoTextFiles,
    UndecodableText,
    UnreadableFile,
)
from lab_app.core.corpus.loading import iter_load_corpus, load_corpus
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.corpus.text import split_sentences, tokenize
from lab_app.core.events import drain  # the shared helper, kept importable from here

__all__ = [
    "BinaryFile",
    "Corpus",
    "CorpusError",
    "CorpusNotFound",
    "CorpusOptions",
    "EmptyCorpus",
    "MalformedTable",
    "MissingColumn",
    "NoTextColumn",
    "NoTextFiles",
    "UndecodableText",
    "UnreadableFile",
    "builtin_corpora",
    "builtin_description",
    "builtin_title",
    "builtin_language",
    "drain",
    "iter_load_builtin",
    "iter_load_corpus",
    "load_builtin",
    "load_conllu",
    "load_corpus",
    "split_sentences",
    "tokenize",
]
