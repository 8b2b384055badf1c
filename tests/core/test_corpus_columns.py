"""CSV/TSV without a "text" column: the column that holds text is chosen and announced."""

from pathlib import Path

import pytest

from lab_app.core.corpus import (
    CorpusError,
    CorpusOptions,
    EmptyCorpus,
    NoTextColumn,
    iter_load_corpus,
    load_corpus,
)
from lab_app.core.corpus.parsing import choose_text_column
from lab_app.core.events import Notice, collect
from lab_app.core.messages import Text

REVIEWS = (
    "id,review,stars\n"
    "101,Una película preciosa y muy bien contada,5\n"
    "102,Aburrida; me dormí a la mitad,1\n"
    "103,Correcta sin más,3\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def notices(events: list) -> list[Notice]:
    return [event for event in events if isinstance(event, Notice)]


def test_the_column_with_text_is_used_not_the_first_one(tmp_path):
    events, corpus = collect(iter_load_corpus(write(tmp_path, "reviews.csv", REVIEWS)))
    assert corpus.documents[0] == "Una película preciosa y muy bien contada"
    assert len(corpus) == 3
    (notice,) = notices(events)
    assert isinstance(notice.text, Text)
    assert notice.text.values["column"] == "review"
    assert "'review'" in str(notice.text) and "reviews.csv" in str(notice.text)


def test_label_and_date_columns_are_never_chosen_as_the_text(tmp_path):
    data = "label,comment\nmuy_positiva_extraordinaria,bien\nmuy_negativa_terrible,mal\n"
    path = write(tmp_path, "labelled.csv", data)
    corpus = load_corpus(path, label_column="label")
    assert corpus.documents == ["bien", "mal"]
    assert corpus.labels == ["muy_positiva_extraordinaria", "muy_negativa_terrible"]


def test_a_text_column_or_a_chosen_column_gives_no_notice(tmp_path):
    named = write(tmp_path, "named.csv", "id,Text\n1,hola\n")
    chosen = write(tmp_path, "chosen.csv", REVIEWS)
    single = write(tmp_path, "single.csv", "frase\nhola\n")
    for path, options in (
        (named, CorpusOptions()),
        (chosen, CorpusOptions(text_column="review")),
        (single, CorpusOptions()),  # one column: nothing was chosen
    ):
        events, _ = collect(iter_load_corpus(path, options))
        assert not notices(events), path


def test_an_all_numeric_csv_raises_no_text_column(tmp_path):
    path = write(tmp_path, "numbers.csv", "id,score,year\n1,0.5,2020\n2,1e3,2021\n3,NaN,2022\n")
    with pytest.raises(NoTextColumn, match="numbers.csv") as caught:
        load_corpus(path)
    assert isinstance(caught.value, CorpusError)
    assert isinstance(caught.value.args[0], Text) and caught.value.path == path


def test_a_header_without_rows_is_still_an_empty_corpus(tmp_path):
    with pytest.raises(EmptyCorpus):
        load_corpus(write(tmp_path, "header.csv", "id,review\n"))


def test_the_rule_ignores_mostly_numeric_columns_and_prefers_more_letters():
    header = ["code", "title", "body", "year"]
    rows = [
        ["A1", "Uno", "Texto largo con muchas palabras", "1999"],
        ["B2", "Dos", "Otro texto algo más largo todavía", "2001"],
        ["C3", "", "Corto", "n/a"],  # n/a: one non-number in a numeric column
    ]
    assert choose_text_column(header, rows, Path("t.csv")) == 2
    assert choose_text_column(header, rows, Path("t.csv"), skip=(2,)) == 1
