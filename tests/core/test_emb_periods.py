"""Meaning over time: periods from dates or names, aligned word2vec per period, the demo."""

from __future__ import annotations

import numpy as np
import pytest

from lab_app.core.corpus.corpus import Corpus
from lab_app.core.embeddings.alignment import align
from lab_app.core.embeddings.errors import (
    EmptyPeriod,
    NoDates,
    PeriodSettingError,
    TooFewSharedWords,
    UnknownWords,
    UnparseableDates,
)
from lab_app.core.embeddings.periods import Period, parse_year, split_periods
from lab_app.core.embeddings.time_demo import (
    ANIMAL_WORDS,
    COMPUTER_WORDS,
    HOME_WORDS,
    WEATHER_WORDS,
    time_demo_corpus,
    time_demo_documents,
)
from lab_app.core.embeddings.time_model import (
    semantic_change,
    train_periods,
    trajectory,
    trajectory_layout,
)
from lab_app.core.events import Progress, collect, drain
from lab_app.core.messages import Text

DOCS = ["El gato come. El perro duerme.", "Llueve mucho.", "Sale el sol.", "Hace frío."]


# -- splitting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "year"),
    [
        ("1990", 1990),
        ("1990-05-01", 1990),
        ("05/1990", 1990),
        ("1/5/1990", 1990),
        ("May 1990", 1990),
        ("1990s", 1990),
        (" 2014 ", 2014),
        (2014, 2014),
        ("1990-1995", 1990),
        ("90", None),
        ("", None),
        ("sin fecha", None),
        ("12345", None),
    ],
)
def test_parse_year(date, year):
    assert parse_year(date) == year


def test_split_by_decade_from_corpus_dates():
    corpus = Corpus("c", DOCS, dates=["1984", "1989-12-31", "2011", "05/2019"])
    periods = split_periods(corpus)
    assert [p.name for p in periods] == ["1980s", "2010s"]
    assert [(p.first_year, p.last_year, p.documents) for p in periods] == [
        (1980, 1989, 2),
        (2010, 2019, 2),
    ]
    assert periods[0].sentences == [
        ["el", "gato", "come"],
        ["el", "perro", "duerme"],
        ["llueve", "mucho"],
    ]
    assert periods[1].tokens == 5


def test_split_into_equal_width_bins_and_given_ranges():
    dates = ["1990", "1994", "1995", "1999"]
    periods = split_periods(DOCS, dates, periods=2)
    assert [(p.name, p.documents) for p in periods] == [("1990–1994", 2), ("1995–1999", 2)]
    three = split_periods(DOCS, ["1990", "1991", "1992", "1993"], periods=3)
    assert [p.name for p in three] == ["1990", "1991", "1992–1993"]
    named = split_periods(DOCS, dates, periods=[("antes", 1990, 1994), ("después", 1999, 2005)])
    assert [(p.name, p.documents) for p in named] == [("antes", 2), ("después", 1)]


def test_split_by_names_keeps_first_appearance_order():
    periods = split_periods(DOCS, names=["nuevo", "viejo", "nuevo", "viejo"])
    assert [(p.name, p.documents) for p in periods] == [("nuevo", 2), ("viejo", 2)]
    assert periods[1].sentences == [["llueve", "mucho"], ["hace", "frío"]]


def test_split_errors_are_specific():
    with pytest.raises(NoDates) as caught:
        split_periods(Corpus("c", DOCS))
    assert isinstance(caught.value.text, Text)
    with pytest.raises(UnparseableDates) as caught:
        split_periods(DOCS, ["1990", "ayer", "", "1999"])
    assert caught.value.count == 2 and caught.value.examples == ["ayer", ""]
    assert str(caught.value).startswith("2 of the 4 dates hold no year (for example 'ayer', '')")
    with pytest.raises(EmptyPeriod) as caught:
        split_periods(DOCS, ["1990"] * 4, periods=[("a", 1990, 1990), ("vacío", 2000, 2009)])
    assert caught.value.period == "vacío"
    assert str(caught.value) == "The period 'vacío' (2000–2009) has no documents."
    with pytest.raises(EmptyPeriod, match="'2000s' has no text"):
        split_periods(["Hola.", " ... ", "Adiós."], ["1990", "2001", "1991"])
    with pytest.raises(PeriodSettingError, match="the dates span 2 years"):
        split_periods(DOCS, ["1990", "1990", "1991", "1991"], periods=3)
    with pytest.raises(PeriodSettingError):
        split_periods(DOCS, names=["a", "b"])


# -- training and alignment ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_models() -> dict[int, object]:
    """The demo trained with seeds 0..4 (corpus and word2vec), as the app offers them."""
    return {seed: drain(train_periods(time_demo_corpus(seed), seed=seed)) for seed in range(5)}


def share(neighbours, words) -> int:
    return sum(word in words for word, _ in neighbours)


@pytest.mark.parametrize("seed", range(5))
def test_demo_raton_moves_from_animals_to_computers(demo_models, seed):
    model = demo_models[seed]
    assert model.periods == ("1980s", "2010s")
    early, late = trajectory(model, "ratón", k=5)
    assert share(early.neighbours, ANIMAL_WORDS - {"ratón"}) >= 4
    assert share(late.neighbours, COMPUTER_WORDS - {"ratón", "nube"}) >= 4
    cloud_early, cloud_late = trajectory(model, "nube", k=5)
    assert share(cloud_early.neighbours, WEATHER_WORDS) >= 4
    assert share(cloud_late.neighbours, COMPUTER_WORDS) >= 4


@pytest.mark.parametrize("seed", range(5))
def test_demo_control_words_keep_their_neighbours(demo_models, seed):
    model = demo_models[seed]
    for control, kind in (("perro", ANIMAL_WORDS), ("casa", HOME_WORDS)):
        early, late = trajectory(model, control, k=5)
        # Its neighbours are of the same kind in both periods (which five of the eight
        # interchangeable animals come first varies).
        assert share(early.neighbours, kind) >= 4
        assert share(late.neighbours, kind) >= 4
    # After alignment a control word stays put while the shifting words move far.
    stable = max(semantic_change(model, "perro"), semantic_change(model, "casa"))
    assert stable < 0.2
    assert min(semantic_change(model, "ratón"), semantic_change(model, "nube")) > 2 * stable


def test_periods_are_aligned_on_their_shared_words(demo_models):
    first, second = demo_models[0].vectors
    shared = [w for w in second.index_to_key if w in first.key_to_index]
    assert demo_models[0].shared_words == (0, len(shared))

    def unit(kv):
        rows = np.asarray(kv[shared], dtype=np.float64)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    # Aligned already: the best further rotation is the identity.
    np.testing.assert_allclose(align(unit(first), unit(second)), np.eye(50), atol=1e-4)
    # Unaligned (a random turn of the second period), the shared words would be far apart.
    turned = unit(second) @ np.linalg.qr(np.random.default_rng(0).normal(size=(50, 50)))[0]
    assert np.linalg.norm(unit(second) - unit(first)) < 0.5 * np.linalg.norm(turned - unit(first))


def test_training_is_reproducible_and_reports_progress():
    periods = time_demo_corpus(seed=1)
    events, model = collect(train_periods(periods, seed=3, epochs=2))
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress and progress[-1].done == progress[-1].total == 2
    again = drain(train_periods(periods, seed=3, epochs=2))
    np.testing.assert_array_equal(model.vectors[1]["ratón"], again.vectors[1]["ratón"])


def test_training_can_be_stopped():
    job = train_periods(time_demo_corpus(seed=0), seed=0)
    assert any(isinstance(event, Progress) for event, _ in zip(job, range(1000), strict=False))
    job.close()


def test_training_errors():
    one = Period("solo", [["a", "b", "c"]] * 20)
    with pytest.raises(PeriodSettingError):
        drain(train_periods([one]))
    other = Period("otro", [["x", "y", "z"]] * 20)
    with pytest.raises(TooFewSharedWords) as caught:
        drain(train_periods([one, other], vector_size=8, epochs=1))
    assert caught.value.periods == ("solo", "otro") and caught.value.shared == 0


def test_trajectory_and_layout(demo_models):
    model = demo_models[0]
    with pytest.raises(UnknownWords):
        trajectory(model, "unicornio")
    # "ordenador" appears only in the 2010s: one point.
    assert [p.period for p in trajectory(model, "ordenador")] == ["2010s"]
    layout = trajectory_layout(model, "ratón", k=3)
    assert layout.path == [0, 1]
    assert layout.labels[:2] == ["ratón (1980s)", "ratón (2010s)"]
    assert layout.coords.shape == (len(layout.labels), 2) and layout.coords.dtype == np.float32
    assert 2 + 3 <= len(layout.labels) <= 2 + 6
    # The word's two positions are far apart on the map compared with its neighbours' spread.
    start, end = layout.coords[layout.path]
    assert np.linalg.norm(end - start) > 0.5 * np.ptp(layout.coords, axis=0).max()


def test_demo_corpus_is_deterministic_and_dated():
    documents, dates = time_demo_documents(seed=2)
    assert (documents, dates) == time_demo_documents(seed=2)
    assert documents != time_demo_documents(seed=3)[0]
    assert len(documents) == 600
    assert all(1980 <= parse_year(d) <= 1989 for d in dates[:300])
    assert all(2010 <= parse_year(d) <= 2019 for d in dates[300:])
    periods = time_demo_corpus(seed=2)
    assert [len(p.sentences) for p in periods] == [3000, 3000]
