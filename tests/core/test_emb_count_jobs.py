"""The Counts and Weighting pages' jobs: defaults, checks, the blocks the tables show, and the
weighting job's events and result."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.corpus.options import CorpusOptions
from lab_app.core.embeddings import count_jobs
from lab_app.core.embeddings.counts import cooccurrence_matrix, term_document_matrix
from lab_app.core.embeddings.errors import NoContextToCount, UnknownWords
from lab_app.core.events import Notice, Progress, collect

DOCUMENTS = [
    "the cat sat on the mat and the dog sat on the rug",
    "a dog and a cat play in the garden while the bird sings",
    "the car drove on the road and the van drove on the motorway",
]


def test_content_words_skip_function_words_in_both_languages():
    english = {"the": 9, "of": 8, "said": 7, "fire": 6, "it's": 5, "42": 4, "crews": 3}
    assert count_jobs.content_words(english, "en", 3) == ["fire", "crews"]
    spanish = {"de": 9, "la": 8, "faro": 7, "que": 6, "isla": 5}
    assert count_jobs.content_words(spanish, "es", 2) == ["faro", "isla"]


def test_words_are_parsed_from_a_list_without_repeats():
    assert count_jobs.parse_words(" Car, road;fire  car ,, ") == ["car", "road", "fire"]
    assert count_jobs.parse_words("Car, car", lowercase=False) == ["Car", "car"]
    assert count_jobs.parse_words("  ") == []


def test_short_documents_get_a_warning_and_single_words_an_error():
    long_documents = [["w"] * 40, ["w"] * 50]
    assert count_jobs.window_notice(long_documents, 4) is None
    notice = count_jobs.window_notice([["a", "b", "c"], ["d", "e"]], 5)
    assert isinstance(notice, Notice) and notice.level == "warning"
    assert "±5" in str(notice.text) and "at most 2 words" in str(notice.text)
    with pytest.raises(NoContextToCount) as error:
        count_jobs.window_notice([["a"], ["b"]], 2)
    assert str(error.value).startswith("No document has two words")
    assert error.value.text.template.startswith("No document has two words")


def test_the_chosen_block_is_the_dense_matrix_at_those_labels():
    labelled = cooccurrence_matrix([doc.split() for doc in DOCUMENTS], 2)
    dense = labelled.toarray()
    rows, columns = ["cat", "drove"], ["the", "on", "sat"]
    block = count_jobs.chosen_block(labelled, rows, columns)
    expected = dense[
        np.ix_([labelled.index(w) for w in rows], [labelled.index(w) for w in columns])
    ]
    assert np.array_equal(block, expected)
    with pytest.raises(UnknownWords):
        count_jobs.chosen_block(labelled, ["cat", "zebra"], columns)
    top = count_jobs.top_contexts(labelled, ["drove"], 3)
    row = dense[labelled.index("drove")]
    assert [row[labelled.index(w)] for w in top] == sorted(row, reverse=True)[:3]


def test_idf_is_the_log_of_documents_over_document_frequency():
    labelled = term_document_matrix([doc.split() for doc in DOCUMENTS])
    df, idf = count_jobs.idf_of(labelled, ["the", "cat", "drove"])
    assert df.tolist() == [3, 2, 1]
    assert idf == pytest.approx([0.0, math.log(3 / 2), math.log(3)])


def test_storage_counts_what_a_sparse_matrix_keeps():
    labelled = cooccurrence_matrix([doc.split() for doc in DOCUMENTS], 2)
    figures = count_jobs.storage(labelled)
    csr = labelled.matrix
    assert figures["stored_bytes"] == csr.data.nbytes + csr.indices.nbytes + csr.indptr.nbytes
    assert figures["dense_bytes"] == csr.shape[0] * csr.shape[1] * 8
    assert figures["zero_share"] == pytest.approx(1 - csr.nnz / (csr.shape[0] * csr.shape[1]))


def test_the_weighting_job_shows_sparse_tables_before_the_svd():
    corpus = Corpus("three", DOCUMENTS, options=CorpusOptions(language="en"))
    request = count_jobs.WeightingRequest(window=2, min_count=1, dimension=500)
    events, result = collect(count_jobs.weighting_job(corpus, request))
    kinds = [type(event).__name__ for event in events]
    first_svd = next(
        i for i, e in enumerate(events) if isinstance(e, Progress) and e.message == "SVD"
    )
    assert kinds.index("SparseTables") < first_svd
    notices = [e for e in events if isinstance(e, Notice)]
    rows = result.tables.counts.shape[0]
    assert any(f"d = {rows}" in str(n.text) for n in notices)  # d lowered to the matrix size
    assert result.dense.shape == (rows, rows)
    assert result.dense.labels == result.tables.ppmi.labels == result.tables.tfidf.labels
    assert 0.999 < result.explained.sum() <= 1.0 + 1e-9  # all components: all the variance
