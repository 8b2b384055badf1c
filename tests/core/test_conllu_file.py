"""Reading (form, UPOS) sentences from CoNLL-U files."""

from __future__ import annotations

import pytest

from lab_app.core.corpus.conllu_file import load_conllu
from lab_app.core.corpus.errors import CorpusNotFound, EmptyCorpus, MalformedConllu
from lab_app.resources import resource_path

GOOD = (
    "# text = Vamos del cine.\n"
    "1\tVamos\tir\tVERB\t_\t_\t0\troot\t_\t_\n"
    "2-3\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tde\tde\tADP\t_\t_\t4\tcase\t_\t_\n"
    "3\tel\tel\tDET\t_\t_\t4\tdet\t_\t_\n"
    "4\tcine\tcine\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n"
    "\n"
    "1\tHola\thola\tINTJ\t_\t_\t0\troot\t_\t_\n"
    "\n"
)


def test_reads_words_and_skips_multiword_ranges(tmp_path):
    path = tmp_path / "a.conllu"
    path.write_text(GOOD, encoding="utf-8")
    assert load_conllu(path) == [
        [("Vamos", "VERB"), ("de", "ADP"), ("el", "DET"), ("cine", "NOUN"), (".", "PUNCT")],
        [("Hola", "INTJ")],
    ]


def test_malformed_line_is_named(tmp_path):
    lines = GOOD.splitlines()
    lines[4] = "4\tcine\tcine\tNOUN"  # 4 fields: the fifth line of the file
    path = tmp_path / "bad.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(MalformedConllu, match="line 5: 4 tab-separated") as caught:
        load_conllu(path)
    assert caught.value.line == 5
    assert caught.value.text.values["line"] == 5


def test_word_without_tag_and_bad_id(tmp_path):
    path = tmp_path / "c.conllu"
    path.write_text("1\tHola\thola\t_\t_\t_\t0\troot\t_\t_\n", encoding="utf-8")
    with pytest.raises(MalformedConllu, match="line 1: a word without"):
        load_conllu(path)
    path.write_text("# c\nx\tHola\thola\tINTJ\t_\t_\t0\troot\t_\t_\n", encoding="utf-8")
    with pytest.raises(MalformedConllu, match="line 2: the ID x"):
        load_conllu(path)


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(CorpusNotFound):
        load_conllu(tmp_path / "none.conllu")
    (tmp_path / "e.conllu").write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(EmptyCorpus):
        load_conllu(tmp_path / "e.conllu")


def test_shipped_sample_is_valid():
    sentences = load_conllu(resource_path("corpora", "spanish_tagged.conllu"))
    assert len(sentences) == 500
    assert all(sentence[-1] == (".", "PUNCT") for sentence in sentences)
