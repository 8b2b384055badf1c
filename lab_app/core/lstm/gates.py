"""Record an LSTM's gates with the lecture's equations (LECTURE.md §2), from the module's weights.

torch's fused ``nn.LSTM`` returns only h_t and C_t. To show f_t, i_t, C̃_t and o_t we recompute
layer 0 step by step from the module's own weights:

    f_t = σ(W_f·[h_{t−1}, x_t] + b_f)        i_t = σ(W_i·[h_{t−1}, x_t] + b_i)
    C̃_t = tanh(W_C·[h_{t−1}, x_t] + b_C)     o_t = σ(W_o·[h_{t−1}, x_t] + b_o)
    C_t = f_t * C_{t−1} + i_t * C̃_t          h_t = o_t * tanh(C_t)

torch packs the rows of ``weight_ih_l0``/``weight_hh_l0`` as i, f, g, o (g is C̃_t) and keeps
two biases, b_ih and b_hh; the lecture's b is their sum. Only the probe pass goes through this
Python loop; training always uses the fused module.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

# Lecture order of the gates and torch's packing order of the same rows.
LECTURE_GATES = ("f", "i", "g", "o")
TORCH_GATE_ORDER = ("i", "f", "g", "o")
STATE_KEYS = ("c", "h")
PREACTIVATION_KEYS = ("zf", "zi", "zg", "zo", "c_prev", "h_prev")


def lecture_weights(lstm: nn.LSTM) -> dict[str, torch.Tensor]:
    """Return layer 0's weights in the lecture's form, as detached tensors.

    Keys ``W_f, W_i, W_C, W_o`` (each (d_h, d_h + d_x), acting on [h_{t−1}, x_t]) and
    ``b_f, b_i, b_C, b_o`` (each (d_h,), = b_ih + b_hh). Any thread may call it while no other
    thread updates the module.
    """
    _check_supported(lstm)
    d_h = lstm.hidden_size
    w_ih = lstm.weight_ih_l0.detach()
    w_hh = lstm.weight_hh_l0.detach()
    bias = _summed_bias(lstm)
    names = {"f": "f", "i": "i", "g": "C", "o": "o"}
    out: dict[str, torch.Tensor] = {}
    for gate in LECTURE_GATES:
        rows = slice(TORCH_GATE_ORDER.index(gate) * d_h, (TORCH_GATE_ORDER.index(gate) + 1) * d_h)
        out[f"W_{names[gate]}"] = torch.cat([w_hh[rows], w_ih[rows]], dim=1)
        out[f"b_{names[gate]}"] = bias[rows]
    return out


def record_gates(
    lstm: nn.LSTM,
    x: torch.Tensor,
    *,
    preactivations: bool = False,
    state: tuple[torch.Tensor, torch.Tensor] | None = None,
) -> dict[str, np.ndarray]:
    """Run layer 0 of ``lstm`` over ``x`` with the lecture's equations and return every gate.

    ``x`` is layer 0's input (already embedded): (batch, time, d_x) when ``lstm.batch_first``,
    else (time, batch, d_x); a 2-D (time, d_x) input is one unbatched sequence (batch 1).
    ``state`` is torch's optional (h_0, C_0), each (layers·directions, batch, d_h) (or without the
    batch axis for unbatched input); only layer 0's forward entry is used. For a bidirectional
    module only the forward direction is recorded.

    Returns numpy copies (float32), each shaped (time, batch, d_h): ``f, i, g, o`` (g = C̃_t),
    ``c`` (C_t), ``h`` (h_t); with ``preactivations=True`` also ``zf, zi, zg, zo``
    (W·[h_{t−1}, x_t] + b per gate), ``c_prev`` (C_{t−1}) and ``h_prev`` (h_{t−1}).
    Raises ValueError for ``proj_size > 0`` or an input of the wrong shape. Runs under
    ``torch.no_grad()``; call it on the thread that owns the model (the training worker).
    """
    _check_supported(lstm)
    with torch.no_grad():
        inputs = _time_first(lstm, x)
        h, c = _initial_state(lstm, state, batch=inputs.shape[1])
        weight, bias = _stacked_lecture_weights(lstm)
    # The probe pass is a few dozen tiny steps: numpy's per-call cost is a fraction of torch's,
    # and float64 keeps the replay within ~1e-7 of torch's float32 kernels.
    weight, bias = weight.double().cpu().numpy(), bias.double().cpu().numpy()
    h, c = h.double().cpu().numpy(), c.double().cpu().numpy()
    steps = []
    for x_t in inputs.double().cpu().numpy():
        values = _lstm_step(weight, bias, h, c, x_t)
        h, c = values["h"], values["c"]
        steps.append(values)
    keys = LECTURE_GATES + STATE_KEYS + (PREACTIVATION_KEYS if preactivations else ())
    return {key: np.stack([s[key] for s in steps]).astype(np.float32) for key in keys}


def _lstm_step(
    weight: np.ndarray, bias: np.ndarray, h_prev: np.ndarray, c_prev: np.ndarray, x_t: np.ndarray
) -> dict[str, np.ndarray]:
    """One time step of the lecture's equations; returns every intermediate, keyed as above."""
    z = np.concatenate([h_prev, x_t], axis=1) @ weight.T + bias  # W·[h_{t−1}, x_t] + b
    d_h = h_prev.shape[1]
    zf, zi, zg, zo = (z[:, k * d_h : (k + 1) * d_h] for k in range(4))
    gates = _sigmoid(z)  # one call for all four blocks; the g block is replaced by tanh
    forget_gate, input_gate, output_gate = (
        gates[:, :d_h],
        gates[:, d_h : 2 * d_h],
        gates[:, 3 * d_h :],
    )
    candidate = np.tanh(zg)
    cell_state = forget_gate * c_prev + input_gate * candidate
    hidden = output_gate * np.tanh(cell_state)
    return {
        "f": forget_gate, "i": input_gate, "g": candidate, "o": output_gate,
        "c": cell_state, "h": hidden, "zf": zf, "zi": zi, "zg": zg, "zo": zo,
        "c_prev": c_prev, "h_prev": h_prev,
    }  # fmt: skip


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # tanh form: no overflow warning for large negative z, unlike 1 / (1 + exp(−z)).
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _stacked_lecture_weights(lstm: nn.LSTM) -> tuple[torch.Tensor, torch.Tensor]:
    """Return W (4·d_h, d_h + d_x) with rows in lecture order f, i, C, o, and b (4·d_h,)."""
    w = lecture_weights(lstm)
    weight = torch.cat([w["W_f"], w["W_i"], w["W_C"], w["W_o"]], dim=0)
    bias = torch.cat([w["b_f"], w["b_i"], w["b_C"], w["b_o"]], dim=0)
    return weight, bias


def _summed_bias(lstm: nn.LSTM) -> torch.Tensor:
    if not lstm.bias:
        return torch.zeros(4 * lstm.hidden_size, dtype=lstm.weight_ih_l0.dtype)
    return (lstm.bias_ih_l0 + lstm.bias_hh_l0).detach()


def _check_supported(lstm: nn.LSTM) -> None:
    if not isinstance(lstm, nn.LSTM):
        raise ValueError(f"record_gates needs a torch.nn.LSTM, got {type(lstm).__name__}")
    if lstm.proj_size > 0:
        raise ValueError(
            f"LSTM with proj_size={lstm.proj_size} is not the lecture's LSTM "
            "(h_t is projected); use proj_size=0"
        )


def _time_first(lstm: nn.LSTM, x: torch.Tensor) -> torch.Tensor:
    """Return x as (time, batch, d_x) in the module's dtype, or raise ValueError."""
    if not isinstance(x, torch.Tensor):
        raise ValueError(f"x must be a torch.Tensor, got {type(x).__name__}")
    if x.dim() not in (2, 3) or x.shape[-1] != lstm.input_size:
        layout = "(batch, time, d_x)" if lstm.batch_first else "(time, batch, d_x)"
        raise ValueError(
            f"x must be {layout} or (time, d_x) with d_x = input_size = {lstm.input_size}; "
            f"got shape {tuple(x.shape)}"
        )
    x = x.detach().to(lstm.weight_ih_l0.dtype)
    if x.dim() == 2:
        x = x.unsqueeze(1)
    elif lstm.batch_first:
        x = x.transpose(0, 1)
    if x.shape[0] == 0 or x.shape[1] == 0:
        raise ValueError(
            f"x must have at least one time step and one sequence; got {tuple(x.shape)}"
        )
    return x


def _initial_state(
    lstm: nn.LSTM, state: tuple[torch.Tensor, torch.Tensor] | None, batch: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Return layer 0's forward (h_0, C_0), each (batch, d_h); zeros when ``state`` is None."""
    dtype = lstm.weight_ih_l0.dtype
    if state is None:
        zeros = torch.zeros(batch, lstm.hidden_size, dtype=dtype)
        return zeros, zeros.clone()
    expected = (batch, lstm.hidden_size)
    # torch's state is (layers·directions, batch, d_h), or (layers·directions, d_h) unbatched.
    h0, c0 = (s.detach().to(dtype)[0].reshape(-1, lstm.hidden_size) for s in state)
    if tuple(h0.shape) != expected or tuple(c0.shape) != expected:
        raise ValueError(
            f"state must be torch's (h_0, C_0) for this input (layer 0 gives {expected}); "
            f"got {tuple(h0.shape)} and {tuple(c0.shape)}"
        )
    return h0, c0
