"""Analogies (a − b + c) against an independent computation, unknown words, the ready examples
on lee_background, and the evaluation numbers against gensim's own."""

from __future__ import annotations

import numpy as np
import pytest

from lab_app.core.corpus import load_builtin
from lab_app.core.embeddings.analogies import (
    READY_EXAMPLES,
    analogy,
    available_examples,
)
from lab_app.core.embeddings.errors import UnknownWords
from lab_app.core.embeddings.evaluation import (
    data_path,
    evaluate_analogies,
    evaluate_word_pairs,
    iter_evaluate_analogies,
)
from lab_app.core.embeddings.jobs import corpus_sentences
from lab_app.core.embeddings.word2vec import Word2VecConfig, train_word2vec
from lab_app.core.events import Heartbeat, collect, drain
from lab_app.core.messages import Text


def keyed(words: list[str], vectors) -> object:
    from gensim.models import KeyedVectors

    kv = KeyedVectors(len(vectors[0]))
    kv.add_vectors(words, np.asarray(vectors, dtype=np.float32))
    return kv


@pytest.fixture(scope="module")
def random_kv():
    rng = np.random.default_rng(0)
    words = ["king", "man", "woman", "queen"] + [f"w{i}" for i in range(60)]
    return keyed(words, rng.normal(size=(len(words), 8)))


@pytest.fixture(scope="module")
def lee_kv():
    """Skip-gram on lee_background with the form's defaults (10 epochs, min_count 3), seed 0,
    one worker."""
    sentences = drain(corpus_sentences(load_builtin("lee_background")))
    config = Word2VecConfig(epochs=10, min_count=3, workers=1, seed=0)
    return drain(train_word2vec(sentences, config, evaluate=False)).keyed_vectors


def _unit(m):
    m = np.asarray(m, dtype=np.float64)
    return m / np.linalg.norm(m, axis=-1, keepdims=True)


def test_3cosadd_matches_numpy(random_kv):
    units = _unit(random_kv.vectors)
    index = random_kv.key_to_index
    target = _unit(units[index["king"]] - units[index["man"]] + units[index["woman"]])
    scores = units @ target
    order = [
        i for i in np.argsort(-scores) if random_kv.index_to_key[i] not in ("king", "man", "woman")
    ]
    expected = [(random_kv.index_to_key[i], scores[i]) for i in order[:5]]
    got = analogy(random_kv, "king", "man", "woman", k=5)
    assert [w for w, _ in got] == [w for w, _ in expected]
    np.testing.assert_allclose([s for _, s in got], [s for _, s in expected], rtol=1e-5)


def test_3cosmul_matches_numpy(random_kv):
    units = _unit(random_kv.vectors)
    index = random_kv.key_to_index

    def shifted(word):  # Levy & Goldberg: cosines moved to [0, 1]
        return (1 + units @ units[index[word]]) / 2

    scores = shifted("king") * shifted("woman") / (shifted("man") + 1e-6)
    order = [
        i for i in np.argsort(-scores) if random_kv.index_to_key[i] not in ("king", "man", "woman")
    ]
    got = analogy(random_kv, "king", "man", "woman", k=3, method="3cosmul")
    assert [w for w, _ in got] == [random_kv.index_to_key[i] for i in order[:3]]
    np.testing.assert_allclose([s for _, s in got], scores[order[:3]], rtol=1e-4)


def test_the_lecture_example_on_planted_vectors():
    # queen = king − man + woman exactly; the distractors are far away.
    rng = np.random.default_rng(1)
    royal, male, female = rng.normal(size=(3, 10))
    words = ["king", "man", "woman", "queen", "x", "y"]
    vectors = [royal + male, male, female, royal + female, -royal, rng.normal(size=10)]
    kv = keyed(words, vectors)
    for method in ("3cosadd", "3cosmul"):
        answers = analogy(kv, "King", "MAN", "woman", k=2, method=method)  # case is forgiven
        assert answers[0][0] == "queen"
        assert {"king", "man", "woman"}.isdisjoint(w for w, _ in answers)


def test_unknown_words_are_named(random_kv):
    with pytest.raises(UnknownWords) as caught:
        analogy(random_kv, "rey", "man", "mujer")
    assert caught.value.words == ["rey", "mujer"]
    assert isinstance(caught.value.text, Text)
    assert "'rey'" in str(caught.value) and "'mujer'" in str(caught.value)


def test_available_examples_ignore_case():
    words = ["rey", "hombre", "mujer", "reina", "madrid", "españa", "francia", "parís"]
    kv = keyed(words, np.eye(8))
    available = available_examples(kv)
    assert [e.expected for e in available] == ["reina", "París"]
    assert all(len(e) == 5 and e[:4] == tuple(e)[:4] for e in READY_EXAMPLES)
    assert ("king", "man", "woman", "queen") in [tuple(e[:4]) for e in READY_EXAMPLES]


@pytest.mark.parametrize("example", [READY_EXAMPLES[4], READY_EXAMPLES[5]])
def test_lee_background_examples_work(lee_kv, example):
    assert example in available_examples(lee_kv)
    answers = [word for word, _ in analogy(lee_kv, *example[:3], k=5)]
    assert example.expected in answers


def test_analogy_accuracy_equals_gensims(lee_kv):
    score = evaluate_analogies(lee_kv, max_questions=None)
    accuracy, sections = lee_kv.evaluate_word_analogies(
        data_path("questions-words.txt"), restrict_vocab=30_000
    )
    total = sections[-1]
    assert score.counted == len(total["correct"]) + len(total["incorrect"]) > 300
    assert score.correct == len(total["correct"]) > 0
    assert score.accuracy == pytest.approx(accuracy)
    assert score.in_vocabulary == score.counted and score.total == 19_544


def test_analogy_sample_is_fixed_and_yields(lee_kv):
    events, first = collect(iter_evaluate_analogies(lee_kv, max_questions=100, seed=3))
    again = evaluate_analogies(lee_kv, max_questions=100, seed=3)
    assert first == again and first.counted == 100 and first.in_vocabulary > 100
    assert events and all(isinstance(e, Heartbeat) for e in events)


@pytest.mark.parametrize("dataset", ["wordsim353", "simlex999"])
def test_word_pairs_equal_gensims(lee_kv, dataset):
    score = evaluate_word_pairs(lee_kv, dataset)
    name = {"wordsim353": "wordsim353.tsv", "simlex999": "simlex999.txt"}[dataset]
    pearson, spearman, oov_percent = lee_kv.evaluate_word_pairs(data_path(name))
    assert score.spearman == pytest.approx(spearman[0])
    assert score.pearson == pytest.approx(pearson[0])
    assert score.oov_ratio == pytest.approx(oov_percent / 100)
    assert score.counted == round(score.total * (1 - score.oov_ratio))


def test_no_known_words_give_none_not_nan():
    kv = keyed(["perro", "gato", "casa"], np.eye(3))
    for dataset in ("wordsim353", "simlex999"):
        score = evaluate_word_pairs(kv, dataset)
        assert score.spearman is None and score.counted == 0 and score.oov_ratio == 1.0
    analogies = evaluate_analogies(kv)
    assert analogies.accuracy is None and analogies.counted == 0
