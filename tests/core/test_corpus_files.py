"""Reading files: shapes, encodings, bad input, CSV/TSV, folders, progress and cancelling."""

import os
from pathlib import Path

import pytest

from lab_app.core.corpus import (
    BinaryFile,
    CorpusError,
    CorpusNotFound,
    CorpusOptions,
    EmptyCorpus,
    MissingColumn,
    NoTextFiles,
    UndecodableText,
    iter_load_corpus,
    load_corpus,
)
from lab_app.core.corpus.reading import CHUNK_BYTES
from lab_app.core.events import Progress, collect

SPANISH = "El año pasado el niño cantó una canción.\nLa señal llegó tarde.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- plain-text shapes -------------------------------------------------------------------------


def test_one_document_per_line_when_no_blank_line_separates_text(tmp_path):
    path = write(tmp_path, "lines.txt", b"\nuno dos\ntres cuatro\n  cinco  \n")
    corpus = load_corpus(path)
    assert corpus.documents == ["uno dos", "tres cuatro", "cinco"]
    assert corpus.name == "lines" and corpus.source == str(path)


def test_blocks_between_blank_lines_are_documents(tmp_path):
    text = b"Primer parrafo,\nsegunda linea.\n\n \t\nSegundo parrafo.\n\n\nTercero\ny fin.\n"
    corpus = load_corpus(write(tmp_path, "blocks.txt", text))
    assert corpus.documents == [
        "Primer parrafo,\nsegunda linea.",
        "Segundo parrafo.",
        "Tercero\ny fin.",
    ]


def test_a_single_line_is_one_document(tmp_path):
    assert load_corpus(write(tmp_path, "one.txt", b"solo una linea")).documents == [
        "solo una linea"
    ]


def test_crlf_and_cr_line_ends_leave_no_carriage_return(tmp_path):
    path = write(tmp_path, "crlf.txt", b"uno\r\ndos tres\r\n\r\ncuatro\rcinco\r\n")
    corpus = load_corpus(path)
    assert corpus.documents == ["uno\ndos tres", "cuatro\ncinco"]
    assert not any("\r" in text for text in corpus.documents + corpus.tokens())


def test_crlf_split_across_chunks_is_one_line_end(tmp_path):
    first = b"a" * (CHUNK_BYTES - 1) + b"\r"  # the CR ends the first chunk, its LF starts the next
    corpus = load_corpus(write(tmp_path, "split.txt", first + b"\nsegunda\r\ntercera\r\n"))
    assert [len(text) for text in corpus.documents] == [CHUNK_BYTES - 1, 7, 7]


# -- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_cp1252_spanish(tmp_path, encoding):
    corpus = load_corpus(write(tmp_path, "es.txt", SPANISH.encode(encoding)))
    assert corpus.documents == SPANISH.strip().split("\n")
    assert {"año", "niño", "canción", "señal"} <= set(corpus.vocabulary())


def test_cp1252_only_characters_and_undefined_bytes(tmp_path):
    data = "“Cuesta 5 €”, dijo… ‘vale’".encode("cp1252") + b" \x81\x8d"
    corpus = load_corpus(write(tmp_path, "win.txt", data), lowercase=False)
    assert corpus.documents == ["“Cuesta 5 €”, dijo… ‘vale’ \x81\x8d"]


def test_invalid_utf8_found_late_restarts_as_cp1252(tmp_path):
    data = b"plain ascii words " * 40_000 + "canción año €".encode("cp1252")
    assert len(data) > 2 * CHUNK_BYTES
    events, corpus = collect(iter_load_corpus(write(tmp_path, "late.txt", data)))
    assert corpus.documents[0].endswith("canción año €")
    reading = [event.done for event in events if event.unit == "bytes"]
    assert reading == sorted(reading) and reading[-1] == len(data)


def test_utf8_character_split_across_chunks(tmp_path):
    data = b"a" * (CHUNK_BYTES - 1) + "ñandú € fin".encode()
    corpus = load_corpus(write(tmp_path, "split.txt", data))
    assert corpus.documents[0].endswith("añandú € fin")  # not re-read as cp1252 ("Ã±")


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    corpus = load_corpus(write(tmp_path, "bom.txt", "Hola año".encode("utf-8-sig")))
    assert corpus.documents == ["Hola año"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark(tmp_path, encoding):
    data = "\ufeff".encode(encoding) + SPANISH.replace("\n", "\r\n").encode(encoding)
    corpus = load_corpus(write(tmp_path, "u16.txt", data))
    assert corpus.documents == SPANISH.strip().split("\n")


def test_utf16_with_a_broken_tail_is_undecodable(tmp_path):
    data = "\ufeffHola".encode("utf-16-le") + b"\x00"  # odd length
    with pytest.raises(UndecodableText, match="u16.txt"):
        load_corpus(write(tmp_path, "u16.txt", data))


# -- bad input ---------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    with pytest.raises(EmptyCorpus, match="empty.txt"):
        load_corpus(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file(tmp_path):
    with pytest.raises(EmptyCorpus, match="blank.txt"):
        load_corpus(write(tmp_path, "blank.txt", b" \r\n\t\n   \n"))


def test_png_renamed_to_txt_is_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(BinaryFile, match=r"'photo\.txt' is a PNG image") as caught:
        load_corpus(write(tmp_path, "photo.txt", png))
    assert caught.value.kind == "a PNG image"
    assert caught.value.path == tmp_path / "photo.txt"


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n", "PDF"), (b"PK\x03\x04rest", "ZIP"), (b"\x7fELF\x02\x01", "program")],
)
def test_other_known_binary_formats(tmp_path, data, kind):
    with pytest.raises(BinaryFile, match=kind):
        load_corpus(write(tmp_path, "file.txt", data))


def test_nul_bytes_without_byte_order_mark_are_binary(tmp_path):
    with pytest.raises(BinaryFile, match="NUL"):
        load_corpus(write(tmp_path, "data.txt", b"texto normal\x00\x01\x02 mas texto"))


def test_path_that_does_not_exist(tmp_path):
    with pytest.raises(CorpusNotFound, match="missing.txt"):
        load_corpus(tmp_path / "missing.txt")


def test_every_error_is_a_corpus_error():
    for error in (BinaryFile, CorpusNotFound, EmptyCorpus, MissingColumn, NoTextFiles):
        assert issubclass(error, CorpusError)


# -- CSV / TSV ---------------------------------------------------------------------------------


def test_csv_with_text_label_and_date_columns(tmp_path):
    data = (
        "id,date,text,label\r\n"
        '1,2020-01-01,"Hola, mundo",pos\r\n'
        '2,2020-02-01,"Una frase\r\nen dos líneas",neg\r\n'
        "3,2020-03-01,   ,neg\r\n"  # blank text: the row is skipped
        "4,2021-01-01,Adiós,pos\r\n"
    )
    path = write(tmp_path, "data.csv", data.encode())
    corpus = load_corpus(path, label_column="label", date_column="date")
    assert corpus.documents == ["Hola, mundo", "Una frase\nen dos líneas", "Adiós"]
    assert corpus.labels == ["pos", "neg", "pos"]
    assert corpus.dates == ["2020-01-01", "2020-02-01", "2021-01-01"]
    assert load_corpus(path).labels is None


def test_csv_without_a_text_column_uses_the_first_column(tmp_path):
    path = write(tmp_path, "first.csv", "frase,etiqueta\nHola,a\nAdiós,b\n".encode())
    assert load_corpus(path).documents == ["Hola", "Adiós"]


def test_csv_column_names_match_ignoring_case(tmp_path):
    path = write(tmp_path, "case.csv", b"Texto,Clase\nuno,x\ndos,y\n")
    corpus = load_corpus(path, text_column="texto", label_column="CLASE")
    assert corpus.documents == ["uno", "dos"] and corpus.labels == ["x", "y"]


def test_csv_without_the_chosen_column_lists_the_available_ones(tmp_path):
    path = write(tmp_path, "data.csv", b"id,text,label\n1,hola,pos\n")
    with pytest.raises(MissingColumn) as caught:
        load_corpus(path, label_column="sentiment")
    message = str(caught.value)
    assert "'data.csv'" in message and "'sentiment'" in message
    assert "'id', 'text', 'label'" in message
    assert caught.value.available == ["id", "text", "label"]


def test_csv_with_only_a_header_is_empty(tmp_path):
    with pytest.raises(EmptyCorpus, match="header.csv"):
        load_corpus(write(tmp_path, "header.csv", b"text,label\n"))


def test_tsv_uses_tabs(tmp_path):
    data = b'text\tlabel\nuno, con coma\tA\n"dos\tcon tab"\tB\n'
    corpus = load_corpus(write(tmp_path, "data.tsv", data), label_column="label")
    assert corpus.documents == ["uno, con coma", "dos\tcon tab"]
    assert corpus.labels == ["A", "B"]


def test_csv_in_cp1252(tmp_path):
    data = "text,label\ncanción del año,pos\n".encode("cp1252")
    assert load_corpus(write(tmp_path, "win.csv", data)).documents == ["canción del año"]


# -- folders -----------------------------------------------------------------------------------


def test_folder_of_txt_files_one_document_each_sorted_by_name(tmp_path):
    write(tmp_path, "b.txt", "Segundo documento.\n\nCon dos párrafos.".encode())
    write(tmp_path, "a.TXT", "Primer documento.".encode("cp1252"))
    write(tmp_path, "c.txt", b"")  # empty: skipped
    write(tmp_path, "notes.md", b"ignored")
    write(tmp_path, ".hidden.txt", b"\x00\x01 ignored")
    corpus = load_corpus(tmp_path)
    assert corpus.documents == ["Primer documento.", "Segundo documento.\n\nCon dos párrafos."]
    assert corpus.name == tmp_path.name
    assert corpus.stats()["sentences"] == 3


def test_folder_without_txt_files(tmp_path):
    write(tmp_path, "data.csv", b"text\nhola\n")
    with pytest.raises(NoTextFiles, match=tmp_path.name):
        load_corpus(tmp_path)


def test_folder_with_a_binary_txt_names_that_file(tmp_path):
    write(tmp_path, "good.txt", b"hola")
    write(tmp_path, "bad.txt", b"GIF89a\x01\x00")
    with pytest.raises(BinaryFile, match="'bad.txt' is a GIF image"):
        load_corpus(tmp_path)


# -- progress and cancelling -------------------------------------------------------------------


def test_iter_load_corpus_reports_each_phase_and_returns_the_same_corpus(tmp_path):
    text = "".join(f"Línea número {i}. ¿Otra frase? ¡Sí!\n" for i in range(60_000))
    path = write(tmp_path, "big.txt", text.encode())
    events, corpus = collect(iter_load_corpus(path, CorpusOptions(strip_accents=True)))
    assert all(isinstance(event, Progress) for event in events)
    phases = list(dict.fromkeys(event.message for event in events))
    assert phases == ["reading", "parsing", "tokenising"]
    for phase in phases:
        done = [event.done for event in events if event.message == phase]
        assert done == sorted(done) and len(done) >= 2
        last = [event for event in events if event.message == phase][-1]
        assert last.done == last.total and last.fraction == 1.0
    assert events[0].unit == "bytes" and events[-1].unit == "characters"
    reading = [event for event in events if event.message == "reading"]
    assert reading[-1].total == path.stat().st_size
    assert corpus.prepared
    same = load_corpus(path, strip_accents=True)
    assert corpus.documents == same.documents and len(corpus) == 60_000
    assert corpus.tokens() == same.tokens() and corpus.vocabulary() == same.vocabulary()
    assert corpus.stats() == same.stats()
    assert corpus.stats()["sentences"] == 3 * 60_000
    assert corpus.vocabulary()["linea"] == 60_000


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_closing_the_generator_mid_way_leaks_nothing(tmp_path):
    path = write(tmp_path, "big.txt", b"palabra otra\n" * 200_000)
    before = _open_descriptors()
    job = iter_load_corpus(path)
    first = next(job)
    assert first.unit == "bytes" and first.done < first.total
    assert _open_descriptors() == before  # no file held open across a yield
    job.close()
    with pytest.raises(StopIteration):
        next(job)
    assert _open_descriptors() == before
