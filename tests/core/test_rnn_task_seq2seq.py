"""The many-to-many (x ≠ y) task: Spanish number words → digits with attention."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lab_app.core.events import collect, drain
from lab_app.core.pacing import Pacer
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics
from lab_app.core.rnn.tasks.number_words import (
    BadNumber,
    Seq2SeqError,
    number_pairs,
    spanish_number_words,
)
from lab_app.core.rnn.tasks.seq2seq import (
    SEQ2SEQ,
    BadSettings,
    Seq2SeqTask,
    TrainingDiverged,
    build_model,
    iter_outputs,
    translate,
)
from lab_app.core.rnn.tasks.seq2seq_data import BadPairs, NumberSource, UnknownWords

KNOWN = {
    0: "cero",
    1: "uno",
    15: "quince",
    16: "dieciséis",
    20: "veinte",
    21: "veintiuno",
    22: "veintidós",
    23: "veintitrés",
    26: "veintiséis",
    30: "treinta",
    31: "treinta y uno",
    99: "noventa y nueve",
    100: "cien",
    101: "ciento uno",
    123: "ciento veintitrés",
    200: "doscientos",
    500: "quinientos",
    700: "setecientos",
    900: "novecientos",
    999: "novecientos noventa y nueve",
    1000: "mil",
    1001: "mil uno",
    1100: "mil cien",
    2001: "dos mil uno",
    21000: "veintiún mil",
    31000: "treinta y un mil",
    100000: "cien mil",
    101000: "ciento un mil",
    500500: "quinientos mil quinientos",
    999999: "novecientos noventa y nueve mil novecientos noventa y nueve",
}


@pytest.mark.parametrize(("n", "words"), sorted(KNOWN.items()))
def test_known_number_words(n, words):
    assert spanish_number_words(n) == words


_VALUES = {w: i for i, w in enumerate(
    ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
)}  # fmt: skip
_VALUES |= {"un": 1, "veintiún": 21, "cien": 100, "ciento": 100}
_VALUES |= dict(zip(["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
                    range(30, 100, 10)))  # fmt: skip
_VALUES |= dict(zip(
    ["doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"], range(200, 1000, 100)))  # fmt: skip


def _parse(words: str) -> int:
    """An independent reader: add word values; "mil" multiplies what came before by 1000."""
    total, part = 0, 0
    for word in words.split():
        if word == "mil":
            total, part = (part or 1) * 1000, 0
        elif word != "y":
            part += _VALUES[word]
    return total + part


def test_words_read_back_to_their_number():
    numbers = list(range(2100)) + list(range(2100, 1_000_000, 97)) + [21_021, 31_031, 999_999]
    assert all(_parse(spanish_number_words(n)) == n for n in numbers)


@pytest.mark.parametrize("bad", [-1, 1_000_000, 1.5, True, "3"])
def test_bad_numbers_raise(bad):
    with pytest.raises(BadNumber) as error:
        spanish_number_words(bad)
    assert "0 to 999,999" in str(error.value)
    assert error.value.text.template.startswith("Number words cover")


def test_number_pairs_are_distinct_and_seeded():
    pairs = number_pairs(300, seed=4, max_value=999)
    assert pairs == number_pairs(300, seed=4, max_value=999)
    assert pairs != number_pairs(300, seed=5, max_value=999)
    assert len({digits for _, digits in pairs}) == 300
    assert all(spanish_number_words(int(d)) == w for w, d in pairs)
    with pytest.raises(BadNumber):
        number_pairs(1001, seed=0, max_value=999)
    with pytest.raises(BadNumber):
        number_pairs(5, seed=0, max_value=1_000_000)


def test_prepare_splits_by_seed_and_baseline():
    data = SEQ2SEQ.prepare(seed=1)
    assert (len(data.train), len(data.held_out)) == (800, 200)
    assert set(data.train.targets).isdisjoint(data.held_out.targets)
    assert data.held_out.targets == SEQ2SEQ.prepare(seed=1).held_out.targets
    assert data.held_out.targets != SEQ2SEQ.prepare(seed=2).held_out.targets
    assert data.probe == ("ciento", "veintitrés")
    # Majority string: 3 digits (900 of 1000 numbers), then the commonest digit per position.
    assert len(data.baseline) == 3
    threes = [t for t in data.train.targets if len(t) == 3]
    for i, char in enumerate(data.baseline):
        counts = {c: sum(t[i] == c for t in threes) for c in "0123456789"}
        assert counts[char] == max(counts.values())


@pytest.mark.parametrize(
    "source",
    ["ciento uno 101", [("uno", "1")], [("uno", "1"), ("", "2")], [("uno", "1"), ("dos",)], 5],
)
def test_bad_sources_raise(source):
    with pytest.raises(BadPairs):
        SEQ2SEQ.prepare(source)


def test_bad_settings_raise():
    data = SEQ2SEQ.prepare(NumberSource(count=20, max_value=99))
    with pytest.raises(BadSettings):
        drain(SEQ2SEQ.train(TaskConfig(max_steps=0), data))
    with pytest.raises(BadSettings):
        drain(SEQ2SEQ.train(TaskConfig(learning_rate=float("nan")), data))
    with pytest.raises(ValueError):
        drain(SEQ2SEQ.train(TaskConfig(cell="transformer"), data))
    with pytest.raises(ValueError):
        Seq2SeqTask(attention="cosine")


@pytest.fixture(scope="module")
def trained():
    """An LSTM with additive attention, 150 steps on numbers 0–999 (about 2 s)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    data = SEQ2SEQ.prepare(seed=0)
    events, result = collect(SEQ2SEQ.train(TaskConfig(cell="lstm", max_steps=150), data))
    torch.set_num_threads(before)
    return data, events, result


def test_beats_the_baseline_on_held_out_numbers(trained):
    data, _, result = trained
    scores = SEQ2SEQ.evaluate(result, data)
    assert scores["metric"] == "exact_match" and scores["baseline_name"] == "majority string"
    assert scores["baseline"] <= 0.01
    assert scores["value"] > 0.6
    assert scores["char_accuracy"] > scores["baseline_char_accuracy"] + 0.5


def test_evaluate_agrees_with_translating_one_by_one(trained):
    # The batched, padded greedy decoding must give what each sentence gives on its own.
    data, _, result = trained
    outputs = drain(iter_outputs(result.model, data.held_out, data.vocab, Pacer()))
    known = set(data.vocab.source)
    checked = 0
    for tokens, output in zip(data.held_out.tokens, outputs):
        if known.issuperset(tokens):  # translate refuses words unseen in training ("cero")
            assert translate(result, list(tokens))[0] == output
            checked += 1
    assert checked > 190
    exact = np.mean([o == t for o, t in zip(outputs, data.held_out.targets)])
    assert SEQ2SEQ.evaluate(result.model, data)["value"] == pytest.approx(exact)


def test_translate_gives_attention_rows_summing_to_one(trained):
    _, _, result = trained
    digits, attention = translate(result, "ciento veintitrés")
    assert digits == "123"
    assert attention.shape == (3, 2)
    np.testing.assert_allclose(attention.sum(axis=1), 1.0, rtol=1e-5)
    # "ciento" gives the hundreds digit: the first row looks at the first word.
    assert attention[0].argmax() == 0
    with pytest.raises(UnknownWords) as error:
        translate(result, "ciento veintitrés trillones")
    assert error.value.words == ["trillones"]
    assert isinstance(error.value, Seq2SeqError)


def test_events_carry_metrics_and_snapshots(trained):
    data, events, result = trained
    snapshots = [e for e in events if isinstance(e, HiddenSnapshot)]
    assert snapshots[0].step == 0 and snapshots[-1].step == 150
    last = snapshots[-1]
    assert last.tokens == ("ciento", "veintitrés")
    assert last.hidden.shape == (2, 64)
    assert last.attention.shape == (len(last.outputs), 2)
    np.testing.assert_allclose(last.attention.sum(axis=1), 1.0, rtol=1e-5)
    scored = [e for e in events if isinstance(e, TaskMetrics) and e.metric is not None]
    assert scored[-1].step == 150 and scored[-1].baseline is not None
    assert [m.step for m in result.history] == list(range(1, 151))
    assert result.history[-1].metric == SEQ2SEQ.evaluate(result, data)["value"]


@pytest.mark.parametrize("cell", ["rnn", "gru", "lstm"])
@pytest.mark.parametrize("attention", ["additive", "dot"])
def test_same_seed_same_curve(one_thread, cell, attention):
    data = SEQ2SEQ.prepare(NumberSource(count=200, max_value=999), seed=3)
    task = Seq2SeqTask(attention)

    def curve(seed):
        config = TaskConfig(cell=cell, hidden_size=16, embedding_dim=8, max_steps=15, seed=seed)
        return [m.loss for m in drain(task.train(config, data)).history]

    first = curve(0)
    assert first == curve(0)
    assert first != curve(1)


def test_divergence_raises_and_keeps_last_good_weights(one_thread):
    data = SEQ2SEQ.prepare(NumberSource(count=100, max_value=999))
    config = TaskConfig(hidden_size=16, embedding_dim=8, learning_rate=1e6, max_steps=50)
    with pytest.raises(TrainingDiverged) as error:
        drain(SEQ2SEQ.train(config, data))
    good = error.value.last_good
    assert error.value.step >= 2 and "diverged" in str(error.value)
    # The only checkpoint before it blew up is the first step's: the initial weights.
    initial = build_model(config, data.vocab, "additive").state_dict()
    for name, tensor in good.model.state_dict().items():
        torch.testing.assert_close(tensor, initial[name])
