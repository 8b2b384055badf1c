"""A fair comparison of RNN, GRU and LSTM: one seed gives every cell the same embedding and
output layer, and one gate initialisation applies to every cell that has a keep gate."""

from __future__ import annotations

import math

import pytest
import torch

from lab_app.core.messages import Text
from lab_app.core.rnn import (
    CELLS,
    GATE_INITS,
    GateInit,
    GradientConfig,
    GradientProfile,
    RecurrentLM,
    chrono_biases,
    compare_gradients,
    long_memory_sweep,
    make_memory_model,
)
from lab_app.core.seeding import seeded

pytestmark = pytest.mark.usefixtures("one_thread")

D_H = 8
GAP = 30  # sequence length T = 32


def _summed_bias(model, rows: slice) -> torch.Tensor:
    recurrent = model.recurrent
    return (recurrent.bias_ih_l0 + recurrent.bias_hh_l0)[rows].detach()


def _rows(gate: int) -> slice:
    return slice(gate * D_H, (gate + 1) * D_H)


LSTM_F, LSTM_I, GRU_Z = _rows(1), _rows(0), _rows(1)  # torch's rows: i f g o; r z n


@pytest.mark.parametrize("gate_init", GATE_INITS)
@pytest.mark.parametrize("seed", [0, 7])
def test_every_cell_gets_the_same_embedding_and_output_layer(seed, gate_init):
    models = [make_memory_model(c, 4, D_H, seed, GAP, gate_init=gate_init) for c in CELLS]
    first = models[0]
    for other in models[1:]:
        assert torch.equal(other.embedding.weight, first.embedding.weight), other.cell
        assert torch.equal(other.head.weight, first.head.weight), other.cell
        assert torch.equal(other.head.bias, first.head.bias), other.cell


def test_the_language_model_heads_match_too():
    models = []
    for cell in CELLS:
        with seeded(3):
            models.append(RecurrentLM(cell, vocab_size=11, embedding_dim=5, hidden_size=D_H))
    for other in models[1:]:
        assert torch.equal(other.embedding.weight, models[0].embedding.weight)
        assert torch.equal(other.head.weight, models[0].head.weight)


def test_chrono_sets_the_lstm_forget_gate_and_the_gru_update_gate_alike():
    lstm = make_memory_model("lstm", 4, D_H, 2, GAP, gate_init="chrono")
    gru = make_memory_model("gru", 4, D_H, 2, GAP, gate_init="chrono")
    forget, update = _summed_bias(lstm, LSTM_F), _summed_bias(gru, GRU_Z)
    # b = log u, u ~ U[1, T − 1], T = GAP + 2: spans spread between 2 and T steps.
    assert (forget >= 0).all() and (forget <= math.log(GAP + 1)).all()
    assert forget.max() > math.log(GAP / 2)  # some units reach far, not all near 1
    torch.testing.assert_close(_summed_bias(lstm, LSTM_I), -forget)  # b_i = −b_f
    torch.testing.assert_close(update, forget)  # one draw for both: the same spans
    torch.testing.assert_close(update, chrono_biases(D_H, GAP + 2, 2))


def test_bias_1_sets_both_keep_gates_to_one():
    lstm = make_memory_model("lstm", 4, D_H, 2, GAP, gate_init="bias_1")
    gru = make_memory_model("gru", 4, D_H, 2, GAP, gate_init="bias_1")
    assert torch.equal(_summed_bias(lstm, LSTM_F), torch.ones(D_H))
    assert torch.equal(_summed_bias(gru, GRU_Z), torch.ones(D_H))


@pytest.mark.parametrize("cell", ["gru", "lstm"])
def test_options_differ_only_in_the_gate_biases(cell):
    """All weights but the keep gate's (and the LSTM's input gate's) bias rows are shared."""
    builds = {
        k: make_memory_model(cell, 4, D_H, 5, GAP, gate_init=k).state_dict() for k in GATE_INITS
    }
    gate_rows = {"lstm": slice(0, 2 * D_H), "gru": GRU_Z}[cell]
    plain = builds["torch"]
    for kind in ("chrono", "bias_1"):
        for name, value in builds[kind].items():
            if name.startswith("recurrent.bias"):
                kept = torch.ones(len(value), dtype=torch.bool)
                kept[gate_rows] = False
                assert torch.equal(value[kept], plain[name][kept]), (kind, name)
                assert not torch.equal(value[gate_rows], plain[name][gate_rows]), (kind, name)
            else:
                assert torch.equal(value, plain[name]), (kind, name)


def test_the_rnn_has_no_gate_and_is_the_same_whatever_the_option():
    builds = [
        make_memory_model("rnn", 4, D_H, 5, GAP, gate_init=k).state_dict() for k in GATE_INITS
    ]
    for other in builds[1:]:
        assert all(torch.equal(other[name], builds[0][name]) for name in builds[0])


def test_chrono_draws_from_its_own_generator():
    torch.random.manual_seed(123)  # the test's own global state, not core's
    before = torch.random.get_rng_state()
    first = chrono_biases(16, 100, seed=4)
    assert torch.equal(torch.random.get_rng_state(), before)
    torch.random.manual_seed(999)
    assert torch.equal(chrono_biases(16, 100, seed=4), first)
    assert not torch.equal(chrono_biases(16, 100, seed=5), first)


def test_an_unknown_gate_initialisation_is_refused_with_a_translatable_message():
    for attempt in (
        lambda: GateInit("zeros"),
        lambda: make_memory_model("gru", 4, D_H, 0, GAP, gate_init="zeros"),
        lambda: next(long_memory_sweep([5], gate_init="zeros")),
        lambda: GradientConfig(gate_init="zeros"),
    ):
        with pytest.raises(ValueError, match="gate_init") as caught:
            attempt()
        assert isinstance(caught.value.args[0], Text)


def test_with_the_default_both_gated_cells_carry_the_gradient_and_the_rnn_does_not():
    cfg = GradientConfig(gap=60, max_steps=1, seed=0)
    assert cfg.gate_init == "chrono"
    job = compare_gradients(cfg)
    profile = next(e for e in job if isinstance(e, GradientProfile))
    job.close()
    # Measured at k = 50: RNN ~4e-15, GRU ~0.2, LSTM ~2e-3 (see gradients.py).
    assert profile.relative("gru")[50] > 1e-3
    assert profile.relative("lstm")[50] > 1e-4
    assert profile.relative("rnn")[50] < 1e-10
