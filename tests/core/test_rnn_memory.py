"""Long memory: at a gap of 50 the plain RNN guesses, the GRU and the LSTM remember."""

from __future__ import annotations

import pytest
import torch

from lab_app.core.events import Progress, collect
from lab_app.core.messages import Text
from lab_app.core.rnn import (
    CELLS,
    MemoryResult,
    long_memory_batch,
    long_memory_sweep,
    make_memory_model,
)
from lab_app.core.rnn.memory import MAX_GAP
from lab_app.core.rnn.models import GateInit, make_recurrent
from lab_app.core.seeding import seeded

pytestmark = pytest.mark.usefixtures("one_thread")


def test_rnn_at_chance_gru_and_lstm_remember_at_gap_50():
    """With the default gate initialisation (chrono, for both gated cells): ~5 s."""
    sweep = long_memory_sweep([50], CELLS, steps_per_gap=200, seed=0, hidden_size=32)
    events, results = collect(sweep)
    assert [r for r in events if isinstance(r, MemoryResult)] == results
    by_cell = {r.cell: r for r in results}
    assert by_cell["rnn"].chance == pytest.approx(0.25)
    assert abs(by_cell["rnn"].accuracy - 0.25) < 0.08
    assert by_cell["gru"].accuracy >= 0.9
    assert by_cell["lstm"].accuracy >= 0.9
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == progress[-1].total == 600


def test_memory_batch_layout():
    ids, targets = long_memory_batch(3, 5, 4, torch.Generator().manual_seed(0), n_distractors=2)
    assert ids.shape == (5, 5)
    assert torch.equal(ids[:, 0], targets) and (targets < 4).all()
    assert ((ids[:, 1:4] >= 4) & (ids[:, 1:4] < 6)).all()
    assert (ids[:, -1] == 6).all()
    with pytest.raises(ValueError):
        long_memory_batch(3, 5, 1, torch.Generator())


def test_cells_and_chrono_init():
    for cell in CELLS:
        assert make_recurrent(cell, 3, 4).batch_first
    with seeded(0):
        lstm = make_recurrent("lstm", 3, 8, GateInit("chrono", span=50))
    forget = (lstm.bias_ih_l0 + lstm.bias_hh_l0)[8:16]
    inputs = (lstm.bias_ih_l0 + lstm.bias_hh_l0)[:8]
    assert (forget >= 0).all() and (forget <= torch.log(torch.tensor(49.0))).all()
    torch.testing.assert_close(inputs, -forget)
    with pytest.raises(ValueError, match="cell"):
        make_recurrent("lstmx", 3, 4)
    with pytest.raises(ValueError, match="cell"):
        next(long_memory_sweep([5], cells=("rnn", "bogus")))


def test_initialisations_differ_only_in_the_lstm_gate_biases():
    chrono = make_memory_model("lstm", 4, 8, seed=5, gap=30).state_dict()
    plain = make_memory_model("lstm", 4, 8, seed=5, gap=30, gate_init="torch").state_dict()
    for name, value in chrono.items():
        if name.startswith("recurrent.bias"):
            gates_i_f = slice(0, 16)  # torch's rows: i, f, g, o
            assert not torch.equal(value[gates_i_f], plain[name][gates_i_f])
            assert torch.equal(value[16:], plain[name][16:])
        else:
            assert torch.equal(value, plain[name]), name


@pytest.mark.parametrize(
    "arguments",
    [{"gaps": []}, {"gaps": [5, MAX_GAP + 1]}, {"gaps": [-1]}, {"gaps": [5], "steps_per_gap": 0}],
)
def test_sweep_settings_out_of_range_are_refused(arguments):
    with pytest.raises(ValueError) as caught:
        next(long_memory_sweep(**arguments))
    assert isinstance(caught.value.args[0], Text)
