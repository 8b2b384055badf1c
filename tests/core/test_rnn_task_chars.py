"""One to one and one to many (character level): data, training, evaluation, generation."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
import torch

from lab_app.core.events import Progress, collect, drain
from lab_app.core.messages import Text
from lab_app.core.rnn.tasks import char_training
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics, TrainedTask
from lab_app.core.rnn.tasks.char_data import (
    CharTaskError,
    CharTrainingDiverged,
    TooLittleText,
    prepare_chars,
)
from lab_app.core.rnn.tasks.char_training import CharMetrics, parameter_count
from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY, generate
from lab_app.core.rnn.tasks.one_to_one import ONE_TO_ONE

CONFIG = TaskConfig(cell="lstm", hidden_size=48, embedding_dim=24, learning_rate=0.01, seed=0)


@pytest.fixture(scope="module")
def data():
    return ONE_TO_ONE.prepare(seed=0)


@pytest.fixture(scope="module")
def trained_pair(data):
    """(one-to-one, one-to-many LSTM), 250 steps each on the Spanish sample, one thread."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        config = TaskConfig(**{**CONFIG.__dict__, "max_steps": 250})
        return drain(ONE_TO_ONE.train(config, data)), drain(ONE_TO_MANY.train(config, data))
    finally:
        torch.set_num_threads(before)


def test_split_is_fixed_by_the_seed_and_vocab_from_training(data):
    again, other = prepare_chars(None, seed=0), prepare_chars(None, seed=1)
    assert np.array_equal(again.heldout_ids, data.heldout_ids)
    assert not np.array_equal(other.heldout_ids, data.heldout_ids)
    assert data.vocab.chars[0] == "<unk>"
    assert set(data.vocab.chars[1:]) <= set(data.text)
    assert len(data.heldout_ids) + len(data.train_ids) == len(data.text)
    # Held-out targets are the inputs shifted one character ahead.
    assert np.array_equal(data.heldout_inputs[:, 1:], data.heldout_targets[:, :-1])


@pytest.mark.parametrize("text", ["", "   \n\n", "Hola mundo, una sola línea." * 40, "a\nb\nc"])
def test_too_little_text_is_a_clear_error(text):
    with pytest.raises(TooLittleText) as caught:
        ONE_TO_MANY.prepare(text)
    assert isinstance(caught.value.text, Text)
    assert str(caught.value) == str(caught.value.text)
    assert "too small" in str(caught.value)


def test_bad_settings_are_refused(data):
    with pytest.raises(ValueError, match="cell must be one of"):
        drain(ONE_TO_MANY.train(TaskConfig(cell="transformer", max_steps=1), data))
    with pytest.raises(CharTaskError, match="learning rate"):
        drain(ONE_TO_ONE.train(TaskConfig(learning_rate=0.0, max_steps=1), data))


def test_baselines_match_an_independent_count(data, trained_pair):
    heldout = [data.vocab.chars[i] for i in data.heldout_targets.ravel()]
    train_chars = [data.vocab.chars[i] for i in data.train_ids]
    most_frequent = Counter(train_chars).most_common(1)[0][0]
    figures = ONE_TO_ONE.evaluate(trained_pair[0], data)
    assert figures["baseline"] == pytest.approx(heldout.count(most_frequent) / len(heldout))
    assert figures["baseline_name"] == "most frequent character"


def test_one_to_one_beats_the_baseline_and_matches_a_direct_count(one_thread, data, trained_pair):
    one_to_one = trained_pair[0]
    figures = ONE_TO_ONE.evaluate(one_to_one, data)
    assert figures["value"] > figures["baseline"] + 0.05
    assert figures["cross_entropy"] < figures["baseline_cross_entropy"] - 0.4
    # No memory: each prediction depends on the current character only, so scoring every
    # held-out character from a lookup table over the vocabulary gives the same accuracy.
    with torch.no_grad():
        table = one_to_one.model(torch.arange(data.vocab_size)).argmax(dim=1).numpy()
    inputs, targets = data.heldout_inputs.ravel(), data.heldout_targets.ravel()
    assert figures["value"] == pytest.approx(np.mean(table[inputs] == targets))


def test_memory_helps_one_to_many_beats_one_to_one(one_thread, data, trained_pair):
    one_to_one, one_to_many = trained_pair
    figures = ONE_TO_MANY.evaluate(one_to_many, data, one_to_one=one_to_one)
    assert figures["value"] > figures["baseline"] + 0.15
    assert figures["cross_entropy"] < figures["one_to_one_cross_entropy"] - 0.1
    assert figures["value"] > figures["one_to_one_accuracy"]
    # Both tasks report the same held-out cross-entropy as evaluate, on the same windows.
    for trained, task in zip(trained_pair, (ONE_TO_ONE, ONE_TO_MANY), strict=True):
        last = trained.history[-1]
        assert isinstance(last, CharMetrics) and last.metric_name == "heldout_accuracy"
        assert last.heldout_loss == pytest.approx(task.evaluate(trained, data)["cross_entropy"])
        assert last.baseline_loss == pytest.approx(figures["baseline_cross_entropy"])


def test_same_seed_same_loss_curve(one_thread, data):
    config = TaskConfig(cell="gru", hidden_size=16, embedding_dim=8, max_steps=15, seed=3)
    curves = [[m.loss for m in drain(ONE_TO_MANY.train(config, data)).history] for _ in "ab"]
    other = drain(ONE_TO_MANY.train(TaskConfig(**{**config.__dict__, "seed": 4}), data))
    assert len(curves[0]) == 15 and curves[0] == curves[1]
    assert [m.loss for m in other.history] != curves[0]


@pytest.mark.parametrize("task", [ONE_TO_ONE, ONE_TO_MANY])
def test_events_and_hidden_snapshot_shape(one_thread, data, task):
    config = TaskConfig(cell="rnn", hidden_size=12, embedding_dim=8, max_steps=5)
    events, trained = collect(task.train(config, data))
    snapshots = [e for e in events if isinstance(e, HiddenSnapshot)]
    assert snapshots[0].step == 0 and snapshots[-1].step == 5
    for snapshot in snapshots:
        assert snapshot.hidden.shape == (len(data.probe), 12)
        assert snapshot.tokens == tuple(data.probe)
        assert len(snapshot.outputs) == len(data.probe)
    metrics = [e for e in events if isinstance(e, TaskMetrics)]
    assert metrics[-1].step == 5 and metrics[-1].metric is not None
    assert metrics[-1].baseline is not None
    assert [e for e in events if isinstance(e, Progress)][-1].done == 5
    assert isinstance(trained, TrainedTask) and trained.key == task.key


def test_divergence_keeps_the_last_good_weights(one_thread, data, monkeypatch):
    config = TaskConfig(cell="lstm", hidden_size=8, embedding_dim=4, max_steps=10)
    reference = drain(ONE_TO_MANY.train(TaskConfig(**{**config.__dict__, "max_steps": 1}), data))
    real_loss, calls = char_training.batch_loss, []

    def nan_at_third_step(model, inputs, targets):
        calls.append(1)
        loss = real_loss(model, inputs, targets)
        return loss * float("nan") if len(calls) == 3 else loss

    monkeypatch.setattr(char_training, "batch_loss", nan_at_third_step)
    with pytest.raises(CharTrainingDiverged) as caught:
        drain(ONE_TO_MANY.train(config, data))
    error = caught.value
    assert error.step == 3 and isinstance(error.text, Text) and "diverged" in str(error)
    # Step 2 gave the last finite loss: the kept weights are those before its update.
    assert len(error.last_good.history) == 1 and "step 1 are kept" in str(error)
    kept = error.last_good.model.state_dict()
    for name, value in reference.model.state_dict().items():
        assert torch.equal(kept[name], value), name


def test_parameter_count_does_not_depend_on_input_length(one_thread):
    text = "\n".join(f"línea {i}: el faro y la isla pequeña." for i in range(60))
    short = prepare_chars(text, seq_len=8)
    long = prepare_chars(text + "\n" + text, seq_len=96)
    assert sorted(short.vocab.chars) == sorted(long.vocab.chars) and short.seq_len != long.seq_len
    config = TaskConfig(cell="lstm", hidden_size=10, embedding_dim=6, max_steps=2)
    counts = [parameter_count(drain(ONE_TO_MANY.train(config, d))) for d in (short, long)]
    v, d_x, d_h = short.vocab_size, 6, 10
    lstm = 4 * (d_x * d_h + d_h * d_h + 2 * d_h)
    assert counts == [v * d_x + lstm + d_h * v + v] * 2
    one_to_one = drain(ONE_TO_ONE.train(config, short))
    assert parameter_count(one_to_one) == v * d_x + d_x * d_h + d_h + d_h * v + v
    for length in (3, 30):  # the same weights read a sequence of any length
        assert one_to_one.model(torch.zeros(1, length, dtype=torch.long)).shape == (1, length, v)


def test_generation_steps_carry_the_state(one_thread, data, trained_pair):
    trained = trained_pair[1]
    result = generate(trained, "El faro ", length=40, temperature=0, top_k=5)
    text, steps = result
    assert len(text) == 40 and len(steps) == 40 and result.notice is None
    # Greedy, step by step, must equal argmax over the whole prefix recomputed from scratch.
    prefix = "El faro "
    with torch.no_grad():
        for step in steps[:10]:
            ids = torch.from_numpy(trained.vocab.encode(prefix)[0])[None, :]
            probs = torch.softmax(trained.model(ids)[0, -1], dim=-1).numpy()
            assert step.char == trained.vocab.chars[int(np.argmax(probs[1:])) + 1]
            assert step.top_probs[0] == pytest.approx(probs.max(), abs=1e-5)
            prefix += step.char
    for step in steps:
        assert len(step.top_chars) == 5 and list(step.top_probs) == sorted(step.top_probs)[::-1]
        assert step.char == step.top_chars[0]  # greedy picks the most likely


def test_sampling_is_seeded_and_temperature_matters(data, trained_pair):
    trained = trained_pair[1]
    first = generate(trained, "La ", 60, temperature=0.8, rng_seed=1)
    assert first == generate(trained, "La ", 60, temperature=0.8, rng_seed=1)
    assert first.text != generate(trained, "La ", 60, temperature=0.8, rng_seed=2).text
    hot = generate(trained, "La ", 200, temperature=5.0, rng_seed=1).text
    cold = generate(trained, "La ", 200, temperature=0.2, rng_seed=1).text
    assert len(set(hot)) > len(set(cold))  # a hot softmax spreads over more characters
    with pytest.raises(CharTaskError, match="temperature"):
        generate(trained, "La ", 10, temperature=-1)


def test_unseen_seed_characters_are_read_as_unknown(data, trained_pair):
    result = generate(trained_pair[1], "Ωλ faro", 20, rng_seed=0)
    assert result.unknown == ("Ω", "λ")
    assert result.notice is not None and "<unk>" in str(result.notice.text)
    assert len(result.text) == 20 and "\ufffd" not in result.text
    assert len(generate(trained_pair[1], "", 5).text) == 5  # an empty seed starts a line
