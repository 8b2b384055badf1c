"""Gradient through time: exact against a hand-unrolled RNN; the LSTM's reaches much further."""

from __future__ import annotations

from itertools import islice

import numpy as np
import pytest
import torch
from torch import nn

from lab_app.core.budget import TooLarge
from lab_app.core.events import Heartbeat, Metrics, Progress, collect
from lab_app.core.messages import Text
from lab_app.core.pacing import Pacer
from lab_app.core.rnn import (
    GradientConfig,
    GradientProfile,
    RecurrentClassifier,
    RecurrentLM,
    compare_gradients,
    gradient_through_time,
    iter_gradient_through_time,
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


def test_hand_unrolled_lstm_agrees_with_the_step_wise_backward():
    """The probe splits backward at every state; the chain rule through (h, C) must be exact."""
    torch.manual_seed(3)
    model = RecurrentClassifier("lstm", vocab_size=5, n_classes=2, hidden_size=6)
    ids, targets = torch.randint(0, 5, (4, 9)), torch.randint(0, 2, (4,))
    hidden, _ = model.recurrent(model.embedding(ids))  # fused, whole sequence
    lstm = model.recurrent
    h = c = torch.zeros(4, 6)
    states = []
    for t in range(9):
        gates = model.embedding(ids[:, t]) @ lstm.weight_ih_l0.T + h @ lstm.weight_hh_l0.T
        i, f, g, o = (gates + lstm.bias_ih_l0 + lstm.bias_hh_l0).chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        h.retain_grad()
        states.append(h)
    torch.testing.assert_close(h, hidden[:, -1])
    nn.functional.cross_entropy(model.head(h), targets, reduction="sum").backward()
    expected = [s.grad.norm(dim=1).mean().item() for s in reversed(states)]
    np.testing.assert_allclose(gradient_through_time(model, (ids, targets)), expected, rtol=1e-4)


def test_the_probe_yields_heartbeats_between_time_steps():
    torch.manual_seed(0)
    model = RecurrentClassifier("gru", vocab_size=5, n_classes=2, hidden_size=4)
    batch = torch.randint(0, 5, (2, 30)), torch.randint(0, 2, (2,))
    events, norms = collect(iter_gradient_through_time(model, batch, Pacer(0.0)))  # always due
    # One cancel point after every forward step and every backward step but the first.
    assert len(events) == 30 + 29 and all(isinstance(e, Heartbeat) for e in events)
    np.testing.assert_array_equal(norms, gradient_through_time(model, batch))


def test_lstm_gradient_survives_fifty_steps_where_the_rnn_vanishes():
    cfg = GradientConfig(gap=60, max_steps=1, seed=0)
    # At initialisation, same seed and probe batch.
    profile = next(e for e in compare_gradients(cfg) if isinstance(e, GradientProfile))
    assert isinstance(profile, GradientProfile) and profile.step == 0
    assert set(profile.norms) == {"rnn", "gru", "lstm"}
    assert profile.norms["rnn"].shape == (62,)
    rnn, lstm = profile.relative("rnn")[50], profile.relative("lstm")[50]
    assert lstm > 1e-5
    assert lstm / max(rnn, 1e-300) > 1e6  # orders of magnitude, not a close call


def test_compare_gradients_streams_losses_and_profiles():
    cfg = GradientConfig(gap=20, max_steps=12, batch_size=8, probe_size=4, seed=1)
    events, final = collect(compare_gradients(cfg))
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


@pytest.mark.parametrize(
    "changes, name",
    [
        ({"gap": 501}, "gap"),
        ({"hidden_size": 513}, "hidden_size"),
        ({"max_steps": 0}, "max_steps"),
        ({"learning_rate": 0.0}, "learning_rate"),
        ({"learning_rate": float("nan")}, "learning_rate"),
        ({"profile_every_s": -1.0}, "profile_every_s"),
        ({"gate_init": "zeros"}, "gate_init"),
        ({"batch_size": True}, "batch_size"),
    ],
)
def test_settings_out_of_range_are_refused_with_a_translatable_message(changes, name):
    with pytest.raises(ValueError, match=name) as caught:
        GradientConfig(**changes)
    assert isinstance(caught.value.args[0], Text)


def test_a_combination_too_slow_for_stop_is_refused():
    GradientConfig(gap=500, hidden_size=32)  # each setting alone is allowed
    with pytest.raises(TooLarge, match="one training step would take about") as caught:
        GradientConfig(gap=500, hidden_size=512)
    assert caught.value.needed > caught.value.allowed
