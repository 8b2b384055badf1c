"""Vector files: the same vectors as gensim's loader on gensim's own files, formats told apart
by content, clear errors for broken files, cancel points, and the two exports."""

from __future__ import annotations

import bz2
import gzip
import os
import shutil

import numpy as np
import pytest

from lab_app.core.embeddings import vectors_io, vectors_read
from lab_app.core.embeddings.errors import (
    CannotWriteVectors,
    EmptyVectorFile,
    MalformedVectorFile,
    NonFiniteVectors,
    NotAVectorFile,
    TruncatedVectorFile,
    UnreadableVectorFile,
    VectorFileError,
    VectorFileNotFound,
)
from lab_app.core.events import Progress, collect
from lab_app.core.messages import Text


def shipped(name: str) -> str:
    from gensim.test.utils import datapath

    return datapath(name)


def gensim_load(path, **options):
    from gensim.models import KeyedVectors

    return KeyedVectors.load_word2vec_format(path, **options)


def assert_same(mine, reference):
    assert mine.index_to_key == reference.index_to_key
    np.testing.assert_array_equal(mine.vectors, reference.vectors)
    np.testing.assert_array_equal(mine.expandos["count"], reference.expandos["count"])


@pytest.mark.parametrize(
    ("name", "options", "kind"),
    [
        ("euclidean_vectors.bin", {"binary": True}, "word2vec-binary"),
        ("poincare_vectors.bin", {"binary": True}, "word2vec-binary"),
        ("lee_fasttext.vec", {}, "word2vec-text"),
        ("crime-and-punishment.vec", {}, "word2vec-text"),
        ("test_glove.txt", {"no_header": True}, "glove-text"),
        ("high_precision.kv.txt", {}, "word2vec-text"),
    ],
)
def test_shipped_files_match_gensim(name, options, kind):
    path = shipped(name)
    assert vectors_io.detect_format(path).kind == kind
    assert_same(vectors_io.load_vectors(path), gensim_load(path, **options))


@pytest.mark.parametrize(("name", "options"), [("lee_fasttext.vec", {}), ("test_glove.txt", {"no_header": True}), ("euclidean_vectors.bin", {"binary": True})])  # fmt: skip
def test_limit_matches_gensim(name, options):
    path = shipped(name)
    mine = vectors_io.load_vectors(path, limit=7)
    assert len(mine) == 7
    assert_same(mine, gensim_load(path, limit=7, **options))


@pytest.mark.parametrize("name", ["lee_fasttext.vec", "euclidean_vectors.bin", "test_glove.txt"])
def test_small_pieces_give_the_same_vectors(name, monkeypatch):
    """Pieces of 97 bytes cut words, numbers and binary records anywhere."""
    path = shipped(name)
    whole = vectors_io.load_vectors(path)
    monkeypatch.setattr(vectors_read, "CHUNK_BYTES", 97)
    events, pieced = collect(vectors_io.iter_load_vectors(path))
    assert_same(pieced, whole)
    # A cancel point after every piece (the heartbeats and progress are what Stop waits for).
    assert len(events) >= (os.path.getsize(path) // 97)


def test_progress_reports_bytes():
    path = shipped("lee_fasttext.vec")
    events, _ = collect(vectors_io.iter_load_vectors(path))
    progress = [e for e in events if isinstance(e, Progress)]
    size = os.path.getsize(path)
    assert progress[-1].done == progress[-1].total == size


def test_closing_stops_reading(monkeypatch):
    monkeypatch.setattr(vectors_read, "CHUNK_BYTES", 64)
    job = vectors_io.iter_load_vectors(shipped("lee_fasttext.vec"))
    for _ in range(3):
        next(job)
    job.close()  # no error; nothing else is read
    with pytest.raises(StopIteration):
        next(job)


@pytest.mark.parametrize("opener", [gzip.open, bz2.open])
def test_compressed(tmp_path, opener):
    path = shipped("lee_fasttext.vec")
    packed = tmp_path / "vectors.vec.pack"  # the content says it is compressed, not the name
    with open(path, "rb") as source, opener(packed, "wb") as target:
        shutil.copyfileobj(source, target)
    assert vectors_io.detect_format(packed).compression in ("gzip", "bzip2")
    assert_same(vectors_io.load_vectors(packed), gensim_load(path))


def _write_text(path, lines, header=True, dimension=3):
    text = (f"{len(lines)} {dimension}\n" if header else "") + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_glove_without_header_and_content_not_extension(tmp_path):
    path = _write_text(tmp_path / "vectors.bin", ["año 1 2 3", "niño 4 5 6"], header=False)
    found = vectors_io.detect_format(path)
    assert (found.kind, found.count, found.dimension) == ("glove-text", None, 3)
    kv = vectors_io.load_vectors(path)
    assert kv.index_to_key == ["año", "niño"]
    np.testing.assert_array_equal(kv["niño"], [4, 5, 6])


def test_duplicates_keep_the_first_vector(tmp_path):
    path = _write_text(tmp_path / "d.txt", ["a 1 2 3", "b 4 5 6", "a 7 8 9"])
    kv = vectors_io.load_vectors(path)
    assert kv.index_to_key == ["a", "b"]
    np.testing.assert_array_equal(kv["a"], [1, 2, 3])
    # gensim's made-up counts: announced − row (gensim itself leaves a None word behind here)
    assert list(kv.expandos["count"]) == [3, 2]


def _binary(path, words, vectors):
    """Write the binary format as the original C tool does (a newline after each vector)."""
    with open(path, "wb") as file:
        file.write(f"{len(words)} {vectors.shape[1]}\n".encode())
        for word, vector in zip(words, vectors):
            file.write(word.encode() + b" " + np.asarray(vector, dtype="<f4").tobytes() + b"\n")
    return path


def test_errors_are_specific(tmp_path):
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(4, 5)).astype(np.float32)
    cases = {
        "missing": (tmp_path / "nope.vec", VectorFileNotFound),
        "folder": (tmp_path, UnreadableVectorFile),
        "empty": (tmp_path / "empty.vec", EmptyVectorFile),
        "blank": (tmp_path / "blank.vec", EmptyVectorFile),
        "none announced": (tmp_path / "zero.vec", EmptyVectorFile),
        "truncated text": (tmp_path / "short.vec", TruncatedVectorFile),
        "truncated binary": (tmp_path / "short.bin", TruncatedVectorFile),
        "corpus": (tmp_path / "corpus.txt", NotAVectorFile),
        "png": (tmp_path / "picture.vec", NotAVectorFile),
        "random bytes": (tmp_path / "noise.bin", NotAVectorFile),
        "fastText model": (shipped("toy-model.bin"), NotAVectorFile),
        "questions": (shipped("questions-words.txt"), NotAVectorFile),
    }
    (tmp_path / "empty.vec").write_bytes(b"")
    (tmp_path / "blank.vec").write_text("  \n\n \n")
    (tmp_path / "zero.vec").write_text("0 50\n")
    (tmp_path / "short.vec").write_text("5 3\na 1 2 3\nb 1 2 3\n")
    whole = _binary(tmp_path / "whole.bin", ["uno", "dos", "tres", "cuatro"], vectors)
    (tmp_path / "short.bin").write_bytes(whole.read_bytes()[:-10])
    (tmp_path / "corpus.txt").write_text("En un lugar de la Mancha\nde cuyo nombre no quiero\n")
    (tmp_path / "picture.vec").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "noise.bin").write_bytes(b"12 50\n" + rng.bytes(2000))
    assert vectors_io.load_vectors(whole).index_to_key == ["uno", "dos", "tres", "cuatro"]
    for label, (path, error) in cases.items():
        with pytest.raises(error) as caught:
            vectors_io.load_vectors(path)
        assert isinstance(caught.value, VectorFileError), label
        assert isinstance(caught.value.text, Text), label
        assert str(caught.value) == str(caught.value.text), label
    with pytest.raises(TruncatedVectorFile, match="after 3 of the 4"):
        vectors_io.load_vectors(tmp_path / "short.bin")


def test_malformed_lines_are_named(tmp_path):
    lines = ["a 1 2 3", "b 1 2", "c 1 2 3"]
    with pytest.raises(MalformedVectorFile, match="Line 3 of 'wrong.vec' has 2 values") as caught:
        vectors_io.load_vectors(_write_text(tmp_path / "wrong.vec", lines))
    assert caught.value.line == 3  # the header is line 1
    lines = ["a 1 2 3", "b 1 x 3"]
    with pytest.raises(MalformedVectorFile, match="'x' is not a number") as caught:
        vectors_io.load_vectors(_write_text(tmp_path / "glove.txt", lines, header=False))
    assert caught.value.line == 2


def test_nan_and_infinite_vectors_are_counted(tmp_path):
    lines = ["a 1 2 3", "b nan 2 3", "c 1 inf 3", "d 1 2 -inf", "b 4 5 nan"]
    with pytest.raises(NonFiniteVectors, match="3 words") as caught:
        vectors_io.load_vectors(_write_text(tmp_path / "nan.vec", lines))
    assert caught.value.count == 3  # the duplicate "b" is dropped first
    assert "'b'" in str(caught.value)
    vectors = np.array([[1, 2], [np.nan, 0]], dtype=np.float32)
    with pytest.raises(NonFiniteVectors, match="1 words"):
        vectors_io.load_vectors(_binary(tmp_path / "nan.bin", ["x", "y"], vectors))


def test_word2vec_text_export_round_trips(tmp_path):
    kv = vectors_io.load_vectors(shipped("lee_fasttext.vec"))
    path = vectors_io.export_word2vec_text(kv, tmp_path / "out.txt")
    back = vectors_io.load_vectors(path)
    assert back.index_to_key == kv.index_to_key
    np.testing.assert_array_equal(back.vectors, kv.vectors)  # 9 digits: float32 exactly
    assert_same(back, gensim_load(path))


def test_projector_export(tmp_path):
    kv = vectors_io.load_vectors(shipped("test_glove.txt"), limit=20)
    kv.index_to_key[3] = "tab\tword"  # a tab would shift the columns
    vectors_path, metadata_path = vectors_io.export_projector_tsv(kv, tmp_path / "projector")
    table = np.loadtxt(vectors_path, delimiter="\t")
    np.testing.assert_allclose(table, kv.vectors, rtol=1e-5, atol=1e-7)
    words = metadata_path.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(words) == 20 and words[0] == kv.index_to_key[0] and words[3] == "tab word"
    counts = [int(c) for c in kv.expandos["count"]]
    vectors_io.export_projector_tsv(kv, tmp_path / "with", {"count": counts})
    rows = (tmp_path / "with" / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "word\tcount" and rows[1] == f"{kv.index_to_key[0]}\t{counts[0]}"
    assert len(rows) == 21


def test_export_errors(tmp_path):
    kv = vectors_io.load_vectors(shipped("toy-model.vec"))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CannotWriteVectors):
        vectors_io.export_projector_tsv(kv, blocker / "sub")
    with pytest.raises(CannotWriteVectors):
        vectors_io.export_word2vec_text(kv, blocker / "out.txt")
