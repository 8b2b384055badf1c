"""Long memory: at a gap of 50 the plain RNN guesses, the LSTM remembers."""

from __future__ import annotations

import pytest
import torch

from lab_app.core.events import Progress
from lab_app.core.rnn import CELLS, MemoryResult, long_memory_batch, long_memory_sweep
from lab_app.core.rnn.models import make_recurrent

pytestmark = pytest.mark.usefixtures("one_thread")


def test_rnn_at_chance_lstm_remembers_at_gap_50():
    events = []
    generator = long_memory_sweep([50], steps_per_gap=200, seed=0, hidden_size=32)
    while True:
        try:
            events.append(next(generator))
        except StopIteration as stop:
            results = stop.value
            break
    assert [r for r in events if isinstance(r, MemoryResult)] == results
    by_cell = {r.cell: r for r in results}
    assert by_cell["rnn"].chance == pytest.approx(0.25)
    assert abs(by_cell["rnn"].accuracy - 0.25) < 0.08
    assert by_cell["lstm"].accuracy >= 0.9
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == progress[-1].total == 400


def test_memory_batch_layout():
    ids, targets = long_memory_batch(3, 5, 4, torch.Generator().manual_seed(0), n_distractors=2)
    assert ids.shape == (5, 5)
    assert torch.equal(ids[:, 0], targets) and (targets < 4).all()
    assert ((ids[:, 1:4] >= 4) & (ids[:, 1:4] < 6)).all()
    assert (ids[:, -1] == 6).all()
    with pytest.raises(ValueError):
        long_memory_batch(3, 5, 1, torch.Generator())


def test_cells_and_chrono_init():
    torch.manual_seed(0)
    for cell in CELLS:
        assert make_recurrent(cell, 3, 4).batch_first
    lstm = make_recurrent("lstm", 3, 8, chrono_max=50)
    forget = (lstm.bias_ih_l0 + lstm.bias_hh_l0)[8:16]
    inputs = (lstm.bias_ih_l0 + lstm.bias_hh_l0)[:8]
    assert (forget >= 0).all() and (forget <= torch.log(torch.tensor(49.0))).all()
    torch.testing.assert_close(inputs, -forget)
    with pytest.raises(ValueError, match="cell"):
        make_recurrent("lstmx", 3, 4)
    with pytest.raises(ValueError, match="cell"):
        next(long_memory_sweep([5], cells=("rnn", "bogus")))
