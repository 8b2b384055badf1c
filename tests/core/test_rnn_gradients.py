"""Gradient through time: exact against a hand-unrolled RNN; the LSTM's reaches much further."""

from __future__ import annotations

from itertools import islice

import numpy as np
import pytest
import torch
from torch import nn

from lab_app.core.events import Metrics, Progress
from lab_app.core.rnn import (
    GradientConfig,
    GradientProfile,
    RecurrentClassifier,
    RecurrentLM,
    compare_gradients,
    gradient_through_time,
    long_memory_batch,
)

pytestmark = pytest.mark.usefixtures("one_thread")


def _hand_unrolled_rnn_norms(model: RecurrentClassifier, ids, targets) -> np.ndarray:
    """h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh), written out, with retain_grad."""
    rnn = model.recurrent
    x = model.embedding(ids)
    h = torch.zeros(ids.shape[0], rnn.hidden_size)
    states = []
    for t in range(ids.shape[1]):
        h = torch.tanh(
            x[:, t] @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + h @ rnn.weight_hh_l0.T + rnn.bias_hh_l0
        )
        h.retain_grad()
        states.append(h)
    loss = nn.functional.cross_entropy(model.head(h), targets, reduction="sum")
    loss.backward()
    return np.array([s.grad.norm(dim=1).mean().item() for s in reversed(states)])


def test_gradient_through_time_matches_a_hand_unrolled_rnn():
    torch.manual_seed(0)
    model = RecurrentClassifier("rnn", vocab_size=7, n_classes=3, hidden_size=8)
    ids = torch.randint(0, 7, (5, 12))
    targets = torch.randint(0, 3, (5,))
    norms = gradient_through_time(model, (ids, targets))
    assert norms.shape == (12,)
    assert all(p.grad is None for p in model.parameters())  # parameter gradients untouched
    np.testing.assert_allclose(norms, _hand_unrolled_rnn_norms(model, ids, targets), rtol=1e-4)


@pytest.mark.parametrize("cell", ["rnn", "gru", "lstm"])
def test_language_model_uses_the_last_step_loss(cell):
    torch.manual_seed(0)
    model = RecurrentLM(cell, vocab_size=6, hidden_size=8)
    ids = torch.randint(0, 6, (3, 10))
    norms = gradient_through_time(model, (ids, torch.randint(0, 6, (3, 10))))
    assert norms.shape == (10,) and np.all(np.isfinite(norms)) and norms[0] > 0


def test_lstm_gradient_survives_fifty_steps_where_the_rnn_vanishes():
    cfg = GradientConfig(gap=60, max_steps=1, seed=0)
    profile = next(compare_gradients(cfg))  # at initialisation, same seed and probe batch
    assert isinstance(profile, GradientProfile) and profile.step == 0
    assert set(profile.norms) == {"rnn", "gru", "lstm"}
    assert profile.norms["rnn"].shape == (62,)
    rnn, lstm = profile.relative("rnn")[50], profile.relative("lstm")[50]
    assert lstm > 1e-5
    assert lstm / max(rnn, 1e-300) > 1e6  # orders of magnitude, not a close call


def test_compare_gradients_streams_losses_and_profiles():
    cfg = GradientConfig(gap=20, max_steps=12, batch_size=8, probe_size=4, seed=1)
    generator = compare_gradients(cfg)
    events = []
    while True:
        try:
            events.append(next(generator))
        except StopIteration as stop:
            final = stop.value
            break
    metrics = [e for e in events if isinstance(e, Metrics)]
    profiles = [e for e in events if isinstance(e, GradientProfile)]
    assert metrics[-1].step == 12 and set(metrics[-1].values) == {"rnn", "gru", "lstm"}
    assert profiles[0].step == 0 and profiles[-1].step == 12
    assert any(isinstance(e, Progress) for e in events)
    assert final is profiles[-1]


def test_compare_gradients_can_stop_early():
    generator = compare_gradients(GradientConfig(gap=10, max_steps=1000, probe_size=2))
    assert len(list(islice(generator, 5))) == 5
    generator.close()


def test_same_batch_for_every_cell_and_bad_config():
    first = long_memory_batch(5, 4, 3, torch.Generator().manual_seed(2))
    second = long_memory_batch(5, 4, 3, torch.Generator().manual_seed(2))
    assert torch.equal(first[0], second[0]) and first[0].shape == (4, 7)
    assert torch.equal(first[0][:, 0], first[1])
    with pytest.raises(ValueError, match="cells"):
        GradientConfig(cells=("rnn", "transformer"))
    with pytest.raises(ValueError, match="gap"):
        GradientConfig(gap=-1)
