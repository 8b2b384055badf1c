"""record_gates recomputes nn.LSTM with the lecture's equations; parameter counts match torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from lab_app.core.lstm import lecture_weights, parameter_count, record_gates

pytestmark = pytest.mark.usefixtures("one_thread")


def _random_lstm(d_x: int, d_h: int, **kwargs) -> nn.LSTM:
    torch.manual_seed(0)
    lstm = nn.LSTM(d_x, d_h, **kwargs)
    with torch.no_grad():
        for parameter in lstm.parameters():
            parameter.normal_(0, 0.5)  # larger than the default so the gates really vary
    return lstm


@pytest.mark.parametrize("batch_first", [True, False])
def test_recorded_h_and_c_equal_nn_lstm(batch_first):
    lstm = _random_lstm(5, 7, batch_first=batch_first)
    x = torch.randn(3, 11, 5) if batch_first else torch.randn(11, 3, 5)
    output, (h_n, c_n) = lstm(x)
    gates = record_gates(lstm, x)
    expected_h = output.transpose(0, 1) if batch_first else output
    assert set(gates) == {"f", "i", "g", "o", "c", "h"}
    assert gates["h"].shape == (11, 3, 7)
    np.testing.assert_allclose(gates["h"], expected_h.detach().numpy(), atol=1e-5)
    np.testing.assert_allclose(gates["c"][-1], c_n[0].detach().numpy(), atol=1e-5)
    np.testing.assert_allclose(gates["h"][-1], h_n[0].detach().numpy(), atol=1e-5)


def test_every_cell_state_matches_stepping_nn_lstm():
    lstm = _random_lstm(4, 6, batch_first=True)
    x = torch.randn(2, 9, 4)
    gates = record_gates(lstm, x)
    state = None
    for t in range(9):
        _, state = lstm(x[:, t : t + 1], state)
        np.testing.assert_allclose(gates["c"][t], state[1][0].detach().numpy(), atol=1e-5)


def test_two_layers_record_layer_zero_only():
    lstm = _random_lstm(4, 6, num_layers=2, batch_first=True)
    layer0 = nn.LSTM(4, 6, batch_first=True)
    layer0.load_state_dict({k: v for k, v in lstm.state_dict().items() if k.endswith("_l0")})
    x = torch.randn(2, 8, 4)
    expected, _ = layer0(x)
    gates = record_gates(lstm, x)
    np.testing.assert_allclose(gates["h"], expected.transpose(0, 1).detach().numpy(), atol=1e-5)


def test_unbatched_input_and_initial_state():
    lstm = _random_lstm(3, 5)
    x = torch.randn(6, 3)
    h0, c0 = torch.randn(1, 5), torch.randn(1, 5)
    output, _ = lstm(x, (h0, c0))
    gates = record_gates(lstm, x, state=(h0, c0))
    assert gates["h"].shape == (6, 1, 5)
    np.testing.assert_allclose(gates["h"][:, 0], output.detach().numpy(), atol=1e-5)


def test_preactivations_fill_in_the_lecture_equations():
    lstm = _random_lstm(3, 4, batch_first=True)
    x = torch.randn(1, 5, 3)
    g = record_gates(lstm, x, preactivations=True)
    w = {k: v.numpy().astype(np.float64) for k, v in lecture_weights(lstm).items()}
    t, unit = 3, 2
    h_x = np.concatenate([g["h"][t - 1, 0], x[0, t].numpy()])  # [h_{t−1}, x_t]
    assert g["zf"][t, 0, unit] == pytest.approx(w["W_f"][unit] @ h_x + w["b_f"][unit], abs=1e-5)
    assert g["zg"][t, 0, unit] == pytest.approx(w["W_C"][unit] @ h_x + w["b_C"][unit], abs=1e-5)
    np.testing.assert_allclose(g["f"], sigmoid(g["zf"]), atol=1e-6)
    np.testing.assert_allclose(g["g"], np.tanh(g["zg"]), atol=1e-6)
    np.testing.assert_allclose(g["c"], g["f"] * g["c_prev"] + g["i"] * g["g"], atol=1e-6)
    np.testing.assert_allclose(g["h"], g["o"] * np.tanh(g["c"]), atol=1e-6)
    np.testing.assert_allclose(g["c_prev"][1:], g["c"][:-1])
    assert not g["c_prev"][0].any()


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def test_recorded_arrays_are_copies():
    lstm = _random_lstm(3, 4)
    x = torch.randn(5, 1, 3)
    gates = record_gates(lstm, x)
    before = gates["h"].copy()
    with torch.no_grad():
        lstm.weight_hh_l0.add_(1.0)
    assert isinstance(gates["h"], np.ndarray)
    np.testing.assert_array_equal(gates["h"], before)


def test_bad_modules_and_inputs_raise_value_error():
    with pytest.raises(ValueError, match="proj_size"):
        record_gates(nn.LSTM(3, 4, proj_size=2), torch.randn(5, 3))
    with pytest.raises(ValueError, match="input_size = 3"):
        record_gates(nn.LSTM(3, 4), torch.randn(5, 1, 7))
    with pytest.raises(ValueError):
        record_gates(nn.LSTM(3, 4), torch.randn(5))


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (3, 4), (32, 64), (100, 17), (300, 512)])
def test_parameter_counts_match_torch(d_x, d_h):
    counts = parameter_count(d_x, d_h)
    torch_total = sum(p.numel() for p in nn.LSTM(d_x, d_h).parameters())
    assert counts["torch"] == torch_total == 4 * d_h * (d_x + d_h + 2)
    assert counts["lecture"] == 4 * (d_h + d_x + 1) * d_h
    assert counts["difference"] == 4 * d_h == counts["torch"] - counts["lecture"]
    assert sum(row.count for row in counts["breakdown_lecture"]) == counts["lecture"]
    shapes = {row.name: row.shape for row in counts["breakdown_torch"]}
    assert shapes == {name: tuple(p.shape) for name, p in nn.LSTM(d_x, d_h).named_parameters()}
    assert [row.name for row in counts["breakdown_lecture"]][:4] == ["W_f", "W_i", "W_C", "W_o"]
    assert counts["breakdown_lecture"][0].shape == (d_h, d_h + d_x)


@pytest.mark.parametrize("d_x, d_h", [(0, 4), (4, -1), (4, 100_001), (2.5, 4), (True, 4)])
def test_parameter_count_rejects_bad_sizes(d_x, d_h):
    with pytest.raises(ValueError, match="d_"):
        parameter_count(d_x, d_h)
