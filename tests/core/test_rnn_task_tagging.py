"""Many to many aligned: the tagger beats the most-frequent-tag baseline, reproducibly."""

from __future__ import annotations

from collections import Counter

import pytest

from lab_app.core.events import collect
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig
from lab_app.core.rnn.tasks.tagging import MANY_TO_MANY_ALIGNED as TAGGING
from lab_app.core.rnn.tasks.word_tasks import TaskDataError

CONFIG = TaskConfig(
    cell="lstm", hidden_size=32, embedding_dim=16, max_steps=200, learning_rate=0.01
)


@pytest.fixture(scope="module")
def data():
    return TAGGING.prepare(seed=0)


def _baseline_by_hand(data) -> float:
    counts: dict[str, Counter] = {}
    overall: Counter = Counter()
    for r in data.train:
        for word, tag in zip(data.sentences[r], data.tag_ids[r], strict=True):
            counts.setdefault(word, Counter())[tag] += 1
            overall[tag] += 1
    common = overall.most_common(1)[0][0]
    hits = total = 0
    for r in data.held_out:
        for word, tag in zip(data.sentences[r], data.tag_ids[r], strict=True):
            guess = counts[word].most_common(1)[0][0] if word in counts else common
            hits += guess == tag
            total += 1
    return hits / total


def test_beats_most_frequent_tag_baseline(one_thread, data):
    _, trained = collect(TAGGING.train(CONFIG, data))
    result = TAGGING.evaluate(trained, data)
    assert result["baseline"] == pytest.approx(_baseline_by_hand(data), abs=0.01)
    assert result["value"] > result["baseline"] + 0.01
    assert set(result["per_tag"]) <= set(data.tags)
    assert 0 <= min(result["per_tag"].values()) <= 1
    assert TAGGING.tag(trained, ["el", "perro", "come"]) == ["DET", "NOUN", "VERB"]


def test_same_seed_same_loss_curve(one_thread, data):
    config = TaskConfig(cell="gru", hidden_size=16, embedding_dim=8, max_steps=20)
    first = collect(TAGGING.train(config, data))[1].history
    second = collect(TAGGING.train(config, data))[1].history
    assert [m.loss for m in first] == [m.loss for m in second]


def test_hidden_snapshot_shape(one_thread, data):
    config = TaskConfig(cell="rnn", hidden_size=10, embedding_dim=8, max_steps=3)
    events, _ = collect(TAGGING.train(config, data))
    snapshots = [e for e in events if isinstance(e, HiddenSnapshot)]
    assert len(snapshots) >= 2
    for snapshot in snapshots:
        assert snapshot.hidden.shape == (len(data.probe), 10)
        assert len(snapshot.outputs) == len(data.probe)
        assert set(snapshot.outputs) <= set(data.tags)


def test_too_few_sentences_or_one_tag_is_refused():
    with pytest.raises(TaskDataError, match="at least 5"):
        TAGGING.prepare([[("hola", "INTJ")]])
    with pytest.raises(TaskDataError, match="nothing to learn"):
        TAGGING.prepare([[("a", "X"), ("b", "X")]] * 6)
