"""Many to one: the sentiment task learns, is reproducible and refuses bad corpora."""

from __future__ import annotations

import numpy as np
import pytest

from lab_app.core.corpus import Corpus
from lab_app.core.events import collect
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics
from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE
from lab_app.core.rnn.tasks.word_tasks import TaskDataError, TrainingDiverged

CONFIG = TaskConfig(
    cell="lstm", hidden_size=32, embedding_dim=16, max_steps=150, learning_rate=0.01
)


@pytest.fixture(scope="module")
def data():
    return MANY_TO_ONE.prepare(seed=0)


def test_beats_majority_baseline_on_held_out(one_thread, data):
    events, trained = collect(MANY_TO_ONE.train(CONFIG, data))
    result = MANY_TO_ONE.evaluate(trained, data)
    gold = [data.labels[r] for r in data.held_out]
    majority = np.bincount([data.labels[r] for r in data.train]).argmax()
    assert result["baseline"] == pytest.approx(np.mean(np.array(gold) == majority))
    assert result["value"] >= result["baseline"] + 0.2
    scored = [e for e in events if isinstance(e, TaskMetrics) and e.metric is not None]
    assert scored[-1].metric == pytest.approx(result["value"])
    assert set(data.train).isdisjoint(data.held_out)


def test_same_seed_same_loss_curve(one_thread, data):
    config = TaskConfig(cell="gru", hidden_size=16, embedding_dim=8, max_steps=20)
    first = collect(MANY_TO_ONE.train(config, data))[1].history
    second = collect(MANY_TO_ONE.train(config, data))[1].history
    assert [m.loss for m in first] == [m.loss for m in second]
    other = MANY_TO_ONE.prepare(seed=1)
    assert other.held_out != data.held_out


def test_hidden_snapshot_shape(one_thread, data):
    config = TaskConfig(cell="rnn", hidden_size=12, embedding_dim=8, max_steps=3)
    events, _ = collect(MANY_TO_ONE.train(config, data))
    snapshots = [e for e in events if isinstance(e, HiddenSnapshot)]
    assert snapshots[0].step == 0
    for snapshot in snapshots:
        assert snapshot.hidden.shape == (len(data.probe), 12)
        assert snapshot.tokens == tuple(data.probe)
        assert len(snapshot.outputs) == len(data.probe)
        assert set(snapshot.outputs) <= set(data.classes)


def test_longer_input_than_any_seen_in_training(one_thread, data):
    config = TaskConfig(cell="lstm", hidden_size=16, embedding_dim=8, max_steps=5)
    _, trained = collect(MANY_TO_ONE.train(config, data))
    longest = max(len(data.sentences[r]) for r in data.train)
    words = (data.sentences[data.train[0]] * 5)[: 3 * longest]
    assert len(words) > longest
    assert MANY_TO_ONE.classify(trained, words) in data.classes
    # Padding never reaches h_T: a sentence alone or in a batch with a longer one agrees.
    from lab_app.core.rnn.tasks.sentiment import predict_tokens

    alone = trained.model(*_batch(data, [words[:4]]))
    padded = trained.model(*_batch(data, [words[:4], words]))
    assert np.allclose(alone.detach().numpy()[0], padded.detach().numpy()[0], atol=1e-5)
    assert predict_tokens(trained.model, data, [[]]) in ([0], [1])


def _batch(data, sentences):
    from lab_app.core.rnn.tasks.word_tasks import encode, pad

    return pad([encode(s, data.index) for s in sentences])


def test_one_class_corpus_is_refused():
    corpus = Corpus("solo", ["muy bueno", "genial", "estupendo"], labels=["pos"] * 3)
    with pytest.raises(TaskDataError, match="at least two labels") as caught:
        MANY_TO_ONE.prepare(corpus)
    assert "solo" in str(caught.value)
    assert caught.value.text.values["count"] == 1


def test_unlabelled_corpus_is_refused():
    with pytest.raises(TaskDataError, match="no labels"):
        MANY_TO_ONE.prepare(Corpus("plain", ["uno", "dos"]))


def test_english_builtin_with_labels_prepares():
    data = MANY_TO_ONE.prepare("pang_lee_polarity", seed=0, min_count=1)
    assert data.classes == ("neg", "pos")
    assert len(data.held_out) == 40 and data.baseline == pytest.approx(0.5)


def test_nan_loss_raises_and_keeps_last_good_weights(one_thread, data):
    config = TaskConfig(cell="rnn", hidden_size=8, embedding_dim=4, max_steps=10)
    job = MANY_TO_ONE.train(config, data)
    next(job)  # the step-0 snapshot; the model now exists inside the generator
    model = job.gi_frame.f_locals["model"]
    with __import__("torch").no_grad():
        model.head.bias.fill_(float("nan"))
    with pytest.raises(TrainingDiverged, match="diverged at step 1") as caught:
        collect(job)
    assert caught.value.last_good.key == "many_to_one"
