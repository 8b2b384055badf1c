"""The jobs behind the Counts and Weighting pages: count a corpus, weight it, reduce it.

Each job is a generator for a worker thread: it yields paced ``Progress`` (and ``Notice`` when a
setting needs a word of explanation) and returns one frozen result holding sparse matrices for
the whole corpus. The pages densify only the rows and columns a person asked to see
(``chosen_block``). A corpus is a loaded ``Corpus`` or a built-in's name, loaded on the worker.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.embeddings.counts import iter_cooccurrence_matrix, iter_term_document_matrix
from lab_app.core.embeddings.errors import NoContextToCount
from lab_app.core.embeddings.jobs import load_corpus_job
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.events import HEARTBEAT, Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words that a "frequent content word" default must skip (the lecture's languages).
STOP_WORDS = {
    "en": _word_set(
        """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most mr mrs ms my myself no nor not now of off on
        once only or other our ours ourselves out over own same say says said she should so some
        such than that the their theirs them themselves then there these they this those through
        to too told under until up very was we were what when where which while who whom why
        will with would you your yours yourself yourselves one two three new also get got go
        going like may might must much many us it's that's there's don't doesn't didn't can't
        i'm he's she's they're we're you're isn't wasn't aren't won't"""
    ),
    "es": _word_set(
        """a al algo algunas algunos ante antes aquel aquella aquellas aquellos aqui aquí así
        aun aún bajo bien cada casi como cómo con contra cual cuál cuales cuando cuándo de del
        desde donde dónde dos durante e el él ella ellas ello ellos en entre era eran es esa esas
        ese eso esos esta está están estaba estas este esto estos fue fueron fui ha había han
        hasta hay la las le les lo los más me mi mí mis mucho muchos muy nada ni no nos nosotros
        o otra otras otro otros para pero poco por porque que qué quien quién quienes se sea
        ser si sí sin sino sobre su sus también tan tanto te tenía tiene tienen todo todos tu tú
        tus un una unas uno unos usted ustedes y ya yo vez hace puede son"""
    ),
}
DEFAULT_WORDS = 8  # the words shown by default in the tables: the most frequent content words
DEFAULT_WINDOW = 4


def content_words(vocabulary: Mapping[str, int], language: str = "en", count: int = 8) -> list[str]:
    """Return the ``count`` most frequent words of ``vocabulary`` (most frequent first) that are
    not function words of ``language`` ("en" or "es"), contain a letter and are at least three
    characters long. Any thread."""
    stop = STOP_WORDS.get(language, STOP_WORDS["en"]) | STOP_WORDS["en"]
    chosen = []
    for word in vocabulary:
        if len(word) >= 3 and word not in stop and any(ch.isalpha() for ch in word):
            chosen.append(word)
            if len(chosen) == count:
                break
    return chosen


def parse_words(text: str, lowercase: bool = True) -> list[str]:
    """Return the words of a comma- (or semicolon-, or space-) separated list, without repeats,
    in the order given; lower-cased when the corpus is. Any thread."""
    words = [word for word in re.split(r"[,;\s]+", text.strip()) if word]
    if lowercase:
        words = [word.lower() for word in words]
    return list(dict.fromkeys(words))


def corpus_documents(corpus: Corpus) -> Generator[Any, None, list[list[str]]]:
    """Return each document's tokens (the corpus prepared first if it was not). Worker thread."""
    if not corpus.prepared:
        yield from corpus.iter_prepare()
    pace = Pacer(HEARTBEAT_SECONDS)
    documents = []
    for index in range(len(corpus.documents)):
        documents.append(corpus.document_tokens(index))
        yield from pace.beat()
    return documents


def window_notice(documents: Sequence[Sequence[str]], window: int) -> Notice | None:
    """Return a warning when the documents are too short for a ±``window`` context to mean much
    (most fit inside one window), None otherwise. Raise ``NoContextToCount`` when no document
    has two tokens. Any thread."""
    lengths = np.fromiter((len(doc) for doc in documents), dtype=np.int64, count=len(documents))
    if lengths.size == 0 or lengths.max() < 2:
        text = QT_TRANSLATE_NOOP(
            "core",
            "No document has two words, so no word has a context to count: load a corpus with "
            "longer documents.",
        )
        raise NoContextToCount(say(text))
    median = int(np.median(lengths))
    if median <= 2 * window + 1:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Half the documents have at most {median} words, so a ±{window} window covers most of "
            "each one: the counts say little more than “in the same document”. Try a smaller "
            "window or a corpus of longer documents.",
        )
        return Notice(say(text, median=median, window=window), "warning")
    return None


def chosen_block(labelled: LabelledMatrix, rows: Sequence[str], columns: Sequence[str]):
    """Return the dense block of ``labelled`` at the labelled ``rows`` × ``columns`` (float64),
    densifying only those cells; labels it lacks raise ``UnknownWords``. Any thread."""
    row_ids = [labelled.index(word) for word in rows]
    column_ids = [labelled.column_index(column) for column in columns]
    matrix = labelled.matrix
    if labelled.sparse:
        block = matrix.tocsr()[row_ids][:, column_ids].toarray()
    else:
        block = np.asarray(matrix)[np.ix_(row_ids, column_ids)]
    return np.asarray(block, dtype=np.float64)


def top_contexts(labelled: LabelledMatrix, rows: Sequence[str], count: int) -> list[str]:
    """Return the ``count`` columns with the largest sums over ``rows`` (ties: column order),
    leaving out columns that are zero for every row. Any thread."""
    if not rows:
        return []
    ids = [labelled.index(word) for word in rows]
    matrix = labelled.matrix.tocsr() if labelled.sparse else np.asarray(labelled.matrix)
    totals = np.asarray(matrix[ids].sum(axis=0), dtype=np.float64).ravel()
    order = np.argsort(-totals, kind="stable")[:count]
    return [labelled.columns[j] for j in order if totals[j] > 0]


def known_and_unknown(labelled: LabelledMatrix, words: Sequence[str]) -> tuple[list, list]:
    """Split ``words`` into those that are rows of ``labelled`` and those that are not."""
    known = [word for word in words if word in labelled]
    return known, [word for word in words if word not in labelled]


# -- the Counts page ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CountsResult:
    """A corpus counted: its documents' tokens, the term-document matrix (every word × every
    document) and the co-occurrence matrix at ±``window`` (every word × every word), both sparse;
    ``words`` are the default words to show, ``types`` the vocabulary size."""

    corpus_name: str
    language: str
    lowercase: bool
    documents: tuple[list[str], ...]
    term_document: LabelledMatrix
    cooccurrence: LabelledMatrix
    window: int
    words: tuple[str, ...]
    types: int

    @property
    def name(self) -> str:
        """The corpus's name (so ``corpus_title`` can name it)."""
        return self.corpus_name


@dataclass(frozen=True)
class WindowCounts:
    """The co-occurrence matrix of the same documents recounted at ±``window``."""

    window: int
    cooccurrence: LabelledMatrix


def counts_job(corpus: Corpus | str, window: int) -> Generator[Any, None, CountsResult]:
    """Load the corpus (if given by name), then count it: term-document and ±``window``
    co-occurrence matrices over documents (windows never cross a document's end). Yields
    Progress, Notice; returns a ``CountsResult``. Worker thread."""
    loaded = yield from load_corpus_job(corpus)
    documents = yield from corpus_documents(loaded)
    notice = window_notice(documents, window)
    if notice is not None:
        yield notice
    names = [str(index + 1) for index in range(len(documents))]
    term_document = yield from iter_term_document_matrix(documents, names=names)
    cooccurrence = yield from iter_cooccurrence_matrix(documents, window)
    vocabulary = loaded.vocabulary()
    return CountsResult(
        corpus_name=loaded.name,
        language=loaded.options.language,
        lowercase=loaded.options.lowercase,
        documents=tuple(documents),
        term_document=term_document,
        cooccurrence=cooccurrence,
        window=window,
        words=tuple(content_words(vocabulary, loaded.options.language, DEFAULT_WORDS)),
        types=len(vocabulary),
    )


def window_job(documents: Sequence[list[str]], window: int) -> Generator[Any, None, WindowCounts]:
    """Recount the co-occurrence matrix of ``documents`` at ±``window``. Worker thread."""
    notice = window_notice(documents, window)
    if notice is not None:
        yield notice
    matrix = yield from iter_cooccurrence_matrix(list(documents), window)
    return WindowCounts(window, matrix)


# -- the Weighting page ---------------------------------------------------------------------------
@dataclass(frozen=True)
class WeightingRequest:
    """What to count and how to weight: ±``window``, words seen ≥ ``min_count`` times, context
    smoothing ``alpha`` (None: off), ``add_k`` (0: off), and the SVD's ``dimension`` d."""

    window: int = DEFAULT_WINDOW
    min_count: int = 2
    alpha: float | None = None
    add_k: float = 0.0
    dimension: int = 100
    seed: int = 0


@dataclass(frozen=True)
class SparseTables:
    """The weighted sparse matrices of one corpus, all with the same rows (the vocabulary of
    words seen ≥ min_count times): raw co-occurrence ``counts``, its ``ppmi``; the
    ``term_document`` counts and their ``tfidf``. Unit rows are cached (cosines are cheap).
    Yielded before the SVD starts, so the sparse views fill even if the SVD is stopped."""

    corpus_name: str
    language: str
    lowercase: bool
    request: WeightingRequest
    n_documents: int
    types: int
    counts: LabelledMatrix
    ppmi: LabelledMatrix
    term_document: LabelledMatrix
    tfidf: LabelledMatrix
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        """The corpus's name (so ``corpus_title`` can name it)."""
        return self.corpus_name


@dataclass(frozen=True)
class WeightingResult:
    """``tables`` plus the truncated SVD of the PPMI matrix: ``dense`` (words × d) and each
    component's ``explained`` variance ratio."""

    tables: SparseTables
    dense: LabelledMatrix
    explained: np.ndarray


def weighting_job(
    corpus: Corpus | str, request: WeightingRequest
) -> Generator[Any, None, WeightingResult]:
    """Count, weight (tf-idf, PPMI with the request's smoothing) and reduce (truncated SVD of
    PPMI to d dimensions). Yields Progress, Notice and one ``SparseTables``; returns a
    ``WeightingResult``. Stop works at every step, the SVD included. Worker thread."""
    from lab_app.core.embeddings.dense import iter_truncated_svd
    from lab_app.core.embeddings.weighting import ppmi, tfidf

    loaded = yield from load_corpus_job(corpus)
    documents = yield from corpus_documents(loaded)
    notice = window_notice(documents, request.window)
    if notice is not None:
        yield notice
    counts = yield from iter_cooccurrence_matrix(documents, request.window, None, request.min_count)
    names = [str(index + 1) for index in range(len(documents))]
    term_document = yield from iter_term_document_matrix(documents, counts.labels, names)
    weighted = ppmi(counts, request.alpha, request.add_k)
    yield HEARTBEAT
    weighted_td = tfidf(term_document)
    for matrix in (counts, weighted, term_document, weighted_td):
        matrix.unit_rows()  # cached here, so the page's neighbour lists cost one product
        yield HEARTBEAT
    vocabulary = loaded.vocabulary()
    tables = SparseTables(
        corpus_name=loaded.name,
        language=loaded.options.language,
        lowercase=loaded.options.lowercase,
        request=request,
        n_documents=len(documents),
        types=len(vocabulary),
        counts=counts,
        ppmi=weighted,
        term_document=term_document,
        tfidf=weighted_td,
        words=tuple(content_words(vocabulary, loaded.options.language, DEFAULT_WORDS)),
    )
    yield tables
    dimension = min(request.dimension, min(weighted.shape))
    if dimension < request.dimension:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The SVD keeps d = {dimension} dimensions, not {asked}: the matrix has only "
            "{dimension} rows.",
        )
        yield Notice(say(text, dimension=dimension, asked=request.dimension), "warning")
    # A copy: the page reads the PPMI matrix on the GUI thread while the SVD runs here.
    vectors, explained = yield from iter_truncated_svd(
        weighted.matrix.copy(), dimension, request.seed
    )
    dense = LabelledMatrix(vectors, weighted.labels, [str(k + 1) for k in range(dimension)])
    dense.unit_rows()
    yield Progress(1, 1, "steps", "SVD")
    return WeightingResult(tables, dense, np.asarray(explained, dtype=np.float64))


def storage(matrix: Any) -> dict[str, float]:
    """Return how ``matrix`` (sparse, dense, or a LabelledMatrix) is stored: ``rows``,
    ``dimension`` (columns), ``zero_share`` (0-1), ``stored_bytes`` (as it is kept: data and
    indices of a sparse matrix) and ``dense_bytes`` (the same numbers as a float64 array).
    Any thread."""
    from lab_app.core.embeddings.dense import sparse_dense_summary

    figures = sparse_dense_summary(matrix, np.zeros((1, 1)))
    return {
        "rows": figures["sparse_rows"],
        "dimension": figures["sparse_dimension"],
        "zero_share": figures["sparse_zero_share"],
        "stored_bytes": figures["sparse_bytes"],
        "dense_bytes": figures["sparse_as_dense_bytes"],
    }


def weighted_columns(
    counts: LabelledMatrix, weighted: LabelledMatrix, rows: Sequence[str], count: int
) -> list[str]:
    """Return the columns worth showing for ``rows``: the ``count`` with the largest raw counts
    (often function words, which weighting pushes down) then the ``count`` with the largest
    weights (rarer, telling contexts), without repeats. Any thread."""
    by_count = top_contexts(counts, rows, count)
    by_weight = top_contexts(weighted, rows, count)
    return list(dict.fromkeys(by_count + by_weight))


def idf_of(term_document: LabelledMatrix, rows: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Return (document frequency df, idf = ln(|D| / df)) of each of ``rows`` in a
    term-document count matrix (idf 0 where df = 0). Any thread."""
    csr = term_document.matrix.tocsr() if term_document.sparse else None
    df = []
    for word in rows:
        i = term_document.index(word)
        if csr is not None:
            df.append(np.count_nonzero(csr.data[csr.indptr[i] : csr.indptr[i + 1]]))
        else:
            df.append(np.count_nonzero(np.asarray(term_document.matrix)[i]))
    df_array = np.array(df, dtype=np.float64)
    n_documents = term_document.shape[1]
    ratio = np.divide(n_documents, df_array, out=np.ones_like(df_array), where=df_array > 0)
    return df_array, np.log(ratio)
