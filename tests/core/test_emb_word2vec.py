"""word2vec through ``train_word2vec``: same vectors as bare gensim, exact loss tally, held-out
loss, pair snapshots, Stop, errors raised from the training thread, bad settings and corpora."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from lab_app.core.corpus import load_builtin
from lab_app.core.embeddings import word2vec_thread
from lab_app.core.embeddings.errors import (
    CorpusTooSmall,
    EmbeddingError,
    NotTokenised,
    Word2VecSettingError,
)
from lab_app.core.embeddings.jobs import corpus_sentences
from lab_app.core.embeddings.skipgram import Pair, pair_scores, training_pairs
from lab_app.core.embeddings.word2vec import (
    EpochResult,
    PairSnapshot,
    Word2VecConfig,
    train_word2vec,
)
from lab_app.core.embeddings.word2vec_corpus import split_heldout
from lab_app.core.embeddings.word2vec_loss import LossSample, build_loss_sample, sample_loss
from lab_app.core.events import Notice, Progress, collect, drain
from lab_app.core.messages import Text


@pytest.fixture(scope="module")
def lee() -> list[list[str]]:
    """lee_background as the app feeds it: sentences of lower-cased tokens (60,000 words)."""
    return drain(corpus_sentences(load_builtin("lee_background")))


@pytest.fixture(scope="module")
def trained(lee):
    """Ten epochs of skip-gram on lee_background, evaluated each epoch (one worker: the same
    numbers on every machine)."""
    config = Word2VecConfig(epochs=10, min_count=3, workers=1, seed=0)
    return collect(train_word2vec(lee, config, evaluate=True))


def _gensim(sentences, config: Word2VecConfig):
    from gensim.models import Word2Vec

    return Word2Vec(
        sentences, sg=int(config.sg), hs=0, vector_size=config.vector_size,
        window=config.window, negative=config.negative, min_count=config.min_count,
        sample=config.sample, alpha=config.alpha, seed=config.seed, workers=config.workers,
        epochs=config.epochs, compute_loss=True,
    )  # fmt: skip


@pytest.mark.parametrize("sg", [True, False])
def test_same_vectors_and_loss_as_bare_gensim(lee, sg):
    config = Word2VecConfig(sg=sg, epochs=2, workers=1, heldout_fraction=0.0)
    events, result = collect(train_word2vec(lee, config, evaluate=False))
    bare = _gensim(lee, config)
    assert result.keyed_vectors.index_to_key == bare.wv.index_to_key
    np.testing.assert_array_equal(result.keyed_vectors.vectors, bare.wv.vectors)
    # One worker: gensim's float32 running total is right (no job overwrites another) and far
    # from saturating; our per-epoch tally times its divisor must add up to it.
    epochs = [e for e in events if isinstance(e, EpochResult)]
    tallied = sum(e.loss_gensim * e.words_trained for e in epochs)
    assert tallied == pytest.approx(bare.get_latest_training_loss(), rel=1e-3)


def test_loss_tally_keeps_every_job_with_several_workers(lee):
    """gensim's own running loss loses the jobs that overlap (issue 2617: with 3 workers it
    reads about a third); the per-job tally does not."""
    config = Word2VecConfig(epochs=1, workers=1, heldout_fraction=0.0)
    one = drain(train_word2vec(lee, config, evaluate=False)).epochs[0]
    three = drain(train_word2vec(lee, replace(config, workers=3), evaluate=False)).epochs[0]
    assert three.words_trained == pytest.approx(one.words_trained, rel=0.02)
    assert three.loss_gensim == pytest.approx(one.loss_gensim, rel=0.05)


def test_epoch_events(trained):
    events, result = trained
    epochs = [e for e in events if isinstance(e, EpochResult)]
    assert [e.epoch for e in epochs] == list(range(1, 11))
    assert result.epochs == epochs
    words = tuple(result.keyed_vectors.index_to_key)
    for epoch in epochs:
        assert epoch.words == words
        assert epoch.vectors.dtype == np.float32 and epoch.vectors.shape == (len(words), 50)
        assert epoch.words_per_second > 0 and epoch.words_trained > 0
        assert 0 <= epoch.analogy_accuracy <= 1 and epoch.analogy_counted > 100
        assert -1 <= epoch.wordsim_spearman <= 1 and -1 <= epoch.simlex_spearman <= 1
    # Copies: each epoch's vectors differ, and the last equal the returned model's.
    assert not np.array_equal(epochs[0].vectors, epochs[1].vectors)
    np.testing.assert_array_equal(epochs[-1].vectors, result.keyed_vectors.vectors)
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress and all(0 <= p.done <= p.total for p in progress)
    assert any(isinstance(e, Notice) for e in events)


def test_losses_fall(trained):
    events, result = trained
    epochs = [e for e in events if isinstance(e, EpochResult)]
    untrained = 6 * np.log(2)  # syn1neg starts at 0: σ = 1/2 for the positive and 5 negatives
    assert result.heldout_source == "held-out"
    assert epochs[-1].loss_heldout < epochs[0].loss_heldout < untrained
    assert epochs[-1].loss_gensim < epochs[0].loss_gensim


def test_heldout_loss_is_recomputed_from_the_vectors(trained, lee):
    events, result = trained
    config = result.config
    training, heldout = split_heldout(lee, config.heldout_fraction, config.seed)
    kv = result.keyed_vectors
    counts = np.array([kv.get_vecattr(w, "count") for w in kv.index_to_key])
    sample = build_loss_sample(
        heldout, kv.key_to_index, counts, config.window, config.negative, seed=config.seed
    )
    assert len(sample) == 2000
    last = [e for e in events if isinstance(e, EpochResult)][-1]
    assert sample_loss(sample, kv.vectors, result.context_vectors) == pytest.approx(
        last.loss_heldout
    )
    # And it is the mean SGNS loss, term by term.
    assert _naive_loss(sample, kv.vectors, result.context_vectors) == pytest.approx(
        last.loss_heldout, rel=1e-9
    )


def _naive_loss(sample: LossSample, w_vectors, c_vectors) -> float:
    def log_sigmoid(x: float) -> float:
        return -np.log1p(np.exp(-x)) if x > 0 else x - np.log1p(np.exp(x))

    total = 0.0
    for row in range(len(sample)):
        inputs = [i for i in sample.inputs[row] if i >= 0]
        w = np.mean([np.float64(w_vectors[i]) for i in inputs], axis=0)
        total -= log_sigmoid(float(w @ np.float64(c_vectors[sample.outputs[row]])))
        for negative, keep in zip(sample.negatives[row], sample.keep[row]):
            if keep:
                total -= log_sigmoid(-float(w @ np.float64(c_vectors[negative])))
    return total / len(sample)


def test_cbow_loss_sample_matches_naive():
    rng = np.random.default_rng(3)
    words = [f"w{i}" for i in range(30)]
    sentences = [list(rng.choice(words, size=12)) for _ in range(40)]
    index = {w: i for i, w in enumerate(words)}
    sample = build_loss_sample(
        sentences, index, np.arange(30, 0, -1), window=3, negative=4, sg=False, size=200
    )
    assert sample.inputs.shape == (200, 6) and not sample.sg
    w, c = rng.normal(size=(30, 8)), rng.normal(size=(30, 8))
    assert sample_loss(sample, w, c) == pytest.approx(_naive_loss(sample, w, c), rel=1e-9)


def test_pair_snapshots_show_learning(trained):
    events, _ = trained
    snapshots = [e for e in events if isinstance(e, PairSnapshot)]
    assert [s.epoch for s in snapshots] == list(range(0, 11))
    first, last = snapshots[0], snapshots[-1]
    np.testing.assert_allclose(first.scores, 0.5)  # output vectors start at zero
    positive = np.array([p.positive for p in last.pairs])
    assert positive.any() and (~positive).any()
    assert last.scores[positive].mean() > last.scores[~positive].mean() + 0.03
    assert all(s.pairs == first.pairs for s in snapshots)  # the same pairs, followed


def test_positives_beat_negatives_across_sentences(trained, lee):
    _, result = trained
    kv = result.keyed_vectors
    counts = {w: kv.get_vecattr(w, "count") for w in kv.index_to_key}
    pairs = [p for s in lee[:100] for p in training_pairs(s, 5, 5, counts, seed=1)]
    scores = pair_scores(pairs, kv.vectors, result.context_vectors, kv.key_to_index)
    positive = np.array([p.positive for p in pairs])
    assert scores[positive].mean() > scores[~positive].mean() + 0.02


def test_training_pairs_follow_the_window():
    counts = {"a": 5, "b": 4, "c": 3, "d": 2, "e": 1}
    sentence = ["a", "zz", "b", "c", "d", "e"]  # "zz" unknown: skipped before the window
    pairs = training_pairs(sentence, window=2, negative=3, vocab_counts=counts, seed=0)
    positives = [(p.target, p.context) for p in pairs if p.positive]
    expected = []
    known = ["a", "b", "c", "d", "e"]
    for i, target in enumerate(known):
        for j in range(max(0, i - 2), min(len(known), i + 3)):
            if j != i:
                expected.append((target, known[j]))
    assert positives == expected
    for pair in pairs:
        if not pair.positive:
            source = pairs[pair.source]
            assert source.positive and pair.target == source.target
            assert pair.context != source.context and pair.context_position is None
    assert sum(not p.positive for p in pairs) == 3 * len(expected)
    assert pairs == training_pairs(sentence, 2, 3, counts, seed=0)


def test_negatives_follow_unigram_to_the_075():
    counts = {"often": 1000, "rare": 10, "x": 1}
    pairs = training_pairs(["x", "x"], window=1, negative=4000, vocab_counts=counts, seed=0)
    drawn = [p.context for p in pairs if not p.positive]
    share = drawn.count("rare") / len(drawn)
    # P(rare | not x) = 10^.75 / (1000^.75 + 10^.75)
    assert share == pytest.approx(10**0.75 / (1000**0.75 + 10**0.75), abs=0.01)


def test_pair_scores_are_sigmoid_of_dot():
    rng = np.random.default_rng(0)
    w, c = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    index = {"a": 0, "b": 1, "c": 2}
    pairs = [Pair("a", "b", True, 0, 1), Pair("c", "a", False, 2)]
    expected = [1 / (1 + np.exp(-w[0] @ c[1])), 1 / (1 + np.exp(-w[2] @ c[0]))]
    np.testing.assert_allclose(pair_scores(pairs, w, c, index), expected)


def _training_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "word2vec-training"]


def test_stop_ends_the_training_thread(lee):
    config = Word2VecConfig(epochs=50, workers=1)
    job = train_word2vec(lee, config, evaluate=False)
    for event in job:
        if isinstance(event, EpochResult):
            break
    assert _training_threads()
    job.close()
    assert not _training_threads()


def test_stop_before_training_starts(lee):
    job = train_word2vec(lee, Word2VecConfig(workers=1), evaluate=False)
    next(job)
    job.close()
    assert not _training_threads()


def test_error_on_training_thread_is_raised_not_hung(lee, monkeypatch):
    from gensim.models import Word2Vec

    def broken(self, sentences, alpha, inits):
        raise RuntimeError("broken job")

    monkeypatch.setattr(Word2Vec, "_do_train_job", broken)
    with pytest.raises(RuntimeError, match="broken job"):
        drain(train_word2vec(lee[:200], Word2VecConfig(workers=1, epochs=3), evaluate=False))
    assert not _training_threads()


def test_skipped_jobs_after_stop_flag():
    model_class = word2vec_thread.tracking_model_class()
    stop = threading.Event()
    model = model_class(stop=stop, vector_size=4, min_count=1, workers=1)
    model.build_vocab([["a", "b", "c"]])
    stop.set()
    before = model.wv.vectors.copy()
    assert model._do_train_job([["a", "b", "c"]], 0.025, model._get_thread_working_mem()) == (0, 3)
    np.testing.assert_array_equal(model.wv.vectors, before)


@pytest.mark.parametrize(
    ("field", "value"),
    [("window", 1), ("window", 11), ("vector_size", 0), ("negative", 0), ("epochs", 0),
     ("min_count", 0), ("workers", 0), ("sample", -0.1), ("alpha", 0.0), ("seed", -1),
     ("heldout_fraction", 0.9), ("demo_sentence", -2), ("epochs", 2.5)],
)  # fmt: skip
def test_bad_settings(field, value):
    with pytest.raises(Word2VecSettingError) as caught:
        Word2VecConfig(**{field: value}).validate()
    assert isinstance(caught.value, ValueError)  # the settings form catches ValueError
    assert isinstance(caught.value.text, Text) and field in str(caught.value)


def test_corpus_errors():
    with pytest.raises(CorpusTooSmall, match="window"):
        drain(train_word2vec([["a", "b", "c"]], Word2VecConfig(window=5, min_count=1)))
    with pytest.raises(CorpusTooSmall, match="min_count = 5"):  # the setting to lower first
        drain(train_word2vec([["a", "b", "c"]], Word2VecConfig(window=5, min_count=5)))
    with pytest.raises(CorpusTooSmall, match="two different words"):
        drain(train_word2vec([["a"] * 20], Word2VecConfig(min_count=1)))
    with pytest.raises(CorpusTooSmall, match="window"):
        drain(train_word2vec([[], []], Word2VecConfig()))
    words = [f"w{i}" for i in range(40)]
    with pytest.raises(CorpusTooSmall, match="min_count = 2") as caught:
        drain(train_word2vec([words], Word2VecConfig(min_count=2)))
    assert "Lower min_count to 1" in str(caught.value)
    with pytest.raises(NotTokenised):
        drain(train_word2vec(["a sentence as text", "another"], Word2VecConfig()))
    with pytest.raises(Word2VecSettingError, match="demo_sentence"):
        drain(train_word2vec([words * 3], Word2VecConfig(demo_sentence=5, workers=1)))


def test_tiny_corpus_measures_loss_on_training_text():
    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(12)]
    sentences = [list(rng.choice(words, size=10)) for _ in range(10)]  # < 20: nothing held out
    events, result = collect(
        train_word2vec(sentences, Word2VecConfig(epochs=2, workers=1), evaluate=True)
    )
    assert result.heldout_source == "training"
    last = result.epochs[-1]
    assert np.isfinite(last.loss_heldout)
    # English benchmarks cover none of these words: no score, no crash.
    assert last.analogy_accuracy is None and last.analogy_counted == 0
    assert last.wordsim_spearman is None and last.simlex_spearman is None
    assert isinstance(EmbeddingError("x"), Exception)
