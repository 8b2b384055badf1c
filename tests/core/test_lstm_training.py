"""The LSTM language model: data, probe, config checks, learning, snapshots and divergence."""

from __future__ import annotations

import math
from itertools import islice

import numpy as np
import pytest
import torch

from lab_app.core.budget import TooLarge
from lab_app.core.events import Metrics, Progress, collect
from lab_app.core.lstm import (
    ConfigError,
    DataError,
    GateSnapshot,
    LstmConfig,
    ProbeError,
    SettingsTooLarge,
    TrainedLM,
    TrainingDiverged,
    build_sequence_data,
    encode_probe,
    record_gates,
    train_language_model,
    unit_activation,
)
from lab_app.core.messages import Text

PARAGRAPH = (
    "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que "
    "vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo "
    "corredor. Una olla de algo más vaca que carnero, salpicón las más noches, duelos y "
    "quebrantos los sábados, lentejas los viernes, algún palomino de añadidura los domingos, "
    "consumían las tres partes de su hacienda.\n"
)
TEXT = PARAGRAPH * 6  # about 2.3 KB
SMALL = dict(embedding_dim=16, hidden_size=32, seq_len=32, batch_size=16, learning_rate=0.01)


pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def char_data():
    return build_sequence_data(TEXT, "char", seq_len=32, validation_fraction=0.1)


@pytest.fixture(scope="module")
def trained(char_data):
    torch.set_num_threads(1)
    cfg = LstmConfig(max_steps=200, snapshot_every_s=0.0, **SMALL)
    probe = encode_probe(char_data, "El hidalgo dijo: «mañana lloverá».\n")
    return collect(train_language_model(cfg, char_data, probe))


def test_char_lm_learns_below_uniform_guess(trained, char_data):
    events, result = trained
    assert isinstance(result, TrainedLM)
    assert result.steps == 200 and len(result.history) == 200
    uniform = math.log(char_data.vocab_size)
    start = np.mean([loss for _, loss in result.history[:10]])
    end = np.mean([loss for _, loss in result.history[-20:]])
    assert start > uniform - 0.3
    assert end < uniform - 1.5
    validations = [
        e.values["validation"]
        for e in events
        if isinstance(e, Metrics) and "validation" in e.values
    ]
    assert validations and validations[-1] < uniform - 1.0
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == progress[-1].total == 200 and progress[-1].unit == "steps"


def test_snapshots_have_the_promised_shapes_and_saturation(trained):
    events, result = trained
    snapshots = [e for e in events if isinstance(e, GateSnapshot)]
    assert snapshots[0].step == 0 and snapshots[-1].step == 200
    last = snapshots[-1]
    assert len(last.labels) == 35 and last.labels[2] == "␣" and last.labels[-1] == "↵"
    for key in ("f", "i", "g", "o", "c", "h", "zf", "zi", "zg", "zo", "c_prev"):
        assert last.gates[key].shape == (35, 32) and last.gates[key].dtype == np.float32
    for gate in ("f", "i", "o"):
        values = last.gates[gate]
        assert last.saturation[gate] == pytest.approx(
            (np.mean(values < 0.1), np.mean(values > 0.9))
        )
    magnitude = np.abs(last.gates["g"])
    assert last.saturation["g"] == pytest.approx(
        (np.mean(magnitude < 0.1), np.mean(magnitude > 0.9))
    )
    np.testing.assert_array_equal(unit_activation(last, 3), last.gates["h"][:, 3])


def test_last_snapshot_matches_the_returned_model(trained, char_data):
    events, result = trained
    last = [e for e in events if isinstance(e, GateSnapshot)][-1]
    probe = encode_probe(char_data, "El hidalgo dijo: «mañana lloverá».\n")
    with torch.no_grad():
        x = result.model.embedding(probe.ids)
    independent = record_gates(result.model.lstm, x)
    np.testing.assert_allclose(last.gates["h"], independent["h"][:, 0], atol=1e-6)
    with torch.no_grad():
        result.model.lstm.weight_hh_l0.mul_(-3.0)  # mutating the model leaves the snapshot alone
    np.testing.assert_allclose(last.gates["h"], independent["h"][:, 0], atol=1e-6)


def test_generator_can_be_sliced_and_closed(char_data):
    cfg = LstmConfig(max_steps=500, snapshot_every_s=0.0, **SMALL)
    generator = train_language_model(cfg, char_data, encode_probe(char_data, "la Mancha"))
    first = list(islice(generator, 50))
    assert len(first) == 50
    assert {type(e) for e in first} == {Metrics, Progress, GateSnapshot}
    snapshot = next(e for e in first if isinstance(e, GateSnapshot))
    saved = {key: value.copy() for key, value in snapshot.gates.items()}
    list(islice(generator, 20))  # more training: the earlier snapshot must not change
    for key, value in saved.items():
        np.testing.assert_array_equal(snapshot.gates[key], value)
    generator.close()
    with pytest.raises(StopIteration):
        next(generator)


def test_sending_a_probe_switches_the_snapshot(char_data):
    cfg = LstmConfig(max_steps=100, snapshot_every_s=0.0, **SMALL)
    generator = train_language_model(cfg, char_data, encode_probe(char_data, "la Mancha"))
    assert next(generator).labels[:2] == ("l", "a")
    generator.send(encode_probe(char_data, "un hidalgo"))
    snapshot = next(e for e in generator if isinstance(e, GateSnapshot))
    assert snapshot.labels == tuple("un␣hidalgo")
    generator.close()


def test_a_probe_of_another_vocabulary_of_the_same_size_is_refused(char_data):
    """Same number of units, other units: ids from the wrong vocabulary must not get in."""
    from lab_app.core.events import Notice

    shifted = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in TEXT)
    other = build_sequence_data(shifted, "char", seq_len=32, validation_fraction=0.1)
    assert other.vocab_size == char_data.vocab_size and other.vocab != char_data.vocab
    stranger = encode_probe(other, "la Mancha")
    cfg = LstmConfig(max_steps=100, snapshot_every_s=0.0, **SMALL)
    with pytest.raises(ProbeError):
        next(train_language_model(cfg, char_data, stranger))
    generator = train_language_model(cfg, char_data, encode_probe(char_data, "la Mancha"))
    next(generator)
    assert isinstance(generator.send(stranger), Notice)
    snapshot = next(e for e in generator if isinstance(e, GateSnapshot))
    assert snapshot.labels[:2] == ("l", "a")  # the old probe is kept
    generator.close()


def test_same_seed_same_run(char_data):
    cfg = LstmConfig(max_steps=15, **SMALL)
    probe = encode_probe(char_data, "la")
    _, first = collect(train_language_model(cfg, char_data, probe, should_record=False))
    _, second = collect(train_language_model(cfg, char_data, probe, should_record=False))
    assert first.history == second.history


def test_huge_learning_rate_diverges_and_keeps_last_good_weights(char_data):
    cfg = LstmConfig(**{**SMALL, "learning_rate": 10.0}, clip=0.0, max_steps=300)
    probe = encode_probe(char_data, "la Mancha")
    with pytest.raises(TrainingDiverged) as caught:
        collect(train_language_model(cfg, char_data, probe))
    error = caught.value
    assert error.step <= 300
    assert not math.isfinite(error.loss) or error.loss > 10 * math.log(char_data.vocab_size)
    assert "diverged" in str(error) and "learning rate" in str(error)
    assert isinstance(error.args[0], Text) and error.args[0].values["step"] == error.step
    last_good = error.last_good
    assert isinstance(last_good, TrainedLM) and last_good.steps < error.step
    assert len(last_good.history) == last_good.steps
    for tensor in last_good.model.state_dict().values():
        assert torch.isfinite(tensor).all()
    assert set(error.model_state) == set(last_good.model.state_dict())
    assert last_good.snapshot(probe).gates["h"].shape == (9, 32)


def test_generate_samples_text(trained):
    _, result = trained
    text = result.generate("En un ", n=40, temperature=0.5)
    assert isinstance(text, str) and len(text) == 40
    assert text == result.generate("En un ", n=40, temperature=0.5)  # seeded


def test_probe_reports_unseen_characters_and_shows_whitespace(char_data):
    probe = encode_probe(char_data, "¿Qué\tpasa? ZZ\n")
    assert probe.unknown == ("¿", "Q", "é", "\t", "?", "Z")
    assert probe.labels[4] == "⇥" and probe.labels[-1] == "↵"
    assert int(probe.ids[0]) == 0  # <unk>
    assert len(probe) == len("¿Qué\tpasa? ZZ\n")


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_probe_raises_probe_error(char_data, text):
    with pytest.raises(ProbeError, match="empty"):
        encode_probe(char_data, text)


def test_too_little_text_raises_data_error():
    with pytest.raises(DataError, match="Too little text"):
        build_sequence_data("hola mundo", "char", seq_len=64)
    with pytest.raises(DataError, match="list of tokens"):
        build_sequence_data(TEXT, "word", seq_len=8)


def test_word_level_data_and_training():
    tokens = TEXT.replace(",", " ,").replace(".", " .").split()
    data = build_sequence_data(tokens, "word", seq_len=8, max_vocab=30)
    assert data.vocab_size == 30 and data.vocab[0] == "<unk>"
    assert data.vocab[1] == ","  # most frequent first
    probe = encode_probe(data, "El hidalgo de la Mancha.")
    assert probe.labels == ("El", "hidalgo", "de", "la", "Mancha", ".")
    assert "El" in probe.unknown
    ids, unknown = data.encode(["de", "xyz"])
    assert ids.tolist()[1] == 0 and unknown == ["xyz"]
    inputs, targets = next(data.batches(4, torch.Generator().manual_seed(0)))
    assert inputs.shape == targets.shape == (4, 8)
    assert torch.equal(inputs[:, 1:], targets[:, :-1])
    cfg = LstmConfig(
        level="word", max_steps=30, seq_len=8, **{k: v for k, v in SMALL.items() if k != "seq_len"}
    )
    events, result = collect(train_language_model(cfg, data, probe))
    assert isinstance(events[0], GateSnapshot) and result.steps == 30
    assert len(result.generate("de la", n=5).split()) == 5


@pytest.mark.parametrize(
    "changes, name",
    [
        ({"hidden_size": 0}, "hidden_size"),
        ({"hidden_size": 513}, "hidden_size"),
        ({"embedding_dim": 513}, "embedding_dim"),
        ({"seq_len": 1001}, "seq_len"),
        ({"batch_size": 1025}, "batch_size"),
        ({"embedding_dim": -1}, "embedding_dim"),
        ({"level": "byte"}, "level"),
        ({"learning_rate": 0.0}, "learning_rate"),
        ({"learning_rate": float("nan")}, "learning_rate"),
        ({"clip": -1.0}, "clip"),
        ({"validation_fraction": 0.9}, "validation_fraction"),
        ({"seq_len": 2.5}, "seq_len"),
        ({"batch_size": True}, "batch_size"),
        ({"max_steps": 0}, "max_steps"),
        ({"probe": None}, "probe"),
    ],
)
def test_bad_config_raises_config_error(changes, name):
    with pytest.raises(ConfigError, match=name) as caught:
        LstmConfig(**changes)
    assert issubclass(ConfigError, ValueError)
    assert isinstance(caught.value.args[0], Text)


def test_sizes_allowed_alone_but_too_slow_together_are_refused():
    LstmConfig(hidden_size=512, embedding_dim=64, seq_len=64, batch_size=4)
    with pytest.raises(SettingsTooLarge, match="one training step would take about") as caught:
        LstmConfig(hidden_size=512, embedding_dim=64, seq_len=1000, batch_size=1024)
    assert isinstance(caught.value, ConfigError) and isinstance(caught.value, TooLarge)
    # The gate snapshot replays a probe of up to 400 units without a yield: d_x counts too.
    with pytest.raises(SettingsTooLarge, match="recording the gates"):
        LstmConfig(hidden_size=512, embedding_dim=512, seq_len=8, batch_size=1)
    # A word vocabulary makes the softmax the larger part: checked with max_vocab.
    LstmConfig(level="word", hidden_size=64, seq_len=64, batch_size=32, max_vocab=5000)
    with pytest.raises(SettingsTooLarge):
        LstmConfig(level="word", hidden_size=64, seq_len=64, batch_size=32, max_vocab=100_000)


def test_training_checks_the_budget_with_the_real_vocabulary(char_data):
    cfg = LstmConfig(max_steps=3, **SMALL)
    huge = build_sequence_data(
        [str(i) for i in range(60_000)] * 2, "word", seq_len=32, max_vocab=1_000_000
    )
    with pytest.raises(TooLarge, match="Language model"):
        next(train_language_model(cfg, huge, encode_probe(huge, "1 2")))
