"""Parameter counts of one LSTM layer: the lecture's formula and torch's (LECTURE.md §2, quiz 1).

The lecture has one weight matrix W (d_h, d_h + d_x) and one bias b (d_h) per gate:
4 · (d_h + d_x + 1) · d_h. torch's ``nn.LSTM`` splits W into ``weight_ih`` and ``weight_hh``
and keeps two biases, ``bias_ih`` and ``bias_hh``, whose sum plays the role of b: it has
4 · d_h · (d_x + d_h + 2) parameters, 4 · d_h more (one redundant bias vector per gate).
"""

from __future__ import annotations

from numbers import Integral
from typing import NamedTuple

from lab_app.core.messages import QT_TRANSLATE_NOOP, say

MAX_SIZE = 100_000
_D_X = QT_TRANSLATE_NOOP("core", "d_x (input/embedding size)")  # fills {name} in size errors
_D_H = QT_TRANSLATE_NOOP("core", "d_h (hidden size)")


class ParameterRow(NamedTuple):
    """One tensor of the breakdown: its name, its shape and how many numbers it holds."""

    name: str
    shape: tuple[int, ...]
    count: int


def parameter_count(d_x: int, d_h: int) -> dict:
    """Count the parameters of one LSTM layer with input size d_x and hidden size d_h.

    Returns a dict with ``lecture`` (4·(d_h + d_x + 1)·d_h), ``torch`` (4·d_h·(d_x + d_h + 2)),
    ``difference`` (torch − lecture = 4·d_h), ``breakdown_lecture`` (ParameterRow for W_f, W_i,
    W_C, W_o, b_f, b_i, b_C, b_o), ``breakdown_torch`` (weight_ih_l0, weight_hh_l0, bias_ih_l0,
    bias_hh_l0) and ``breakdown`` (both lists, lecture rows first). Pure arithmetic: any thread.
    Raises ValueError unless both sizes are integers in 1..100 000.
    """
    _check_size(_D_X, d_x)
    _check_size(_D_H, d_h)
    d_x, d_h = int(d_x), int(d_h)
    lecture = _lecture_rows(d_x, d_h)
    torch_rows = _torch_rows(d_x, d_h)
    lecture_total = sum(row.count for row in lecture)
    torch_total = sum(row.count for row in torch_rows)
    return {
        "lecture": lecture_total,
        "torch": torch_total,
        "difference": torch_total - lecture_total,
        "breakdown_lecture": lecture,
        "breakdown_torch": torch_rows,
        "breakdown": lecture + torch_rows,
    }


def torch_lstm_parameter_count(d_x: int, d_h: int) -> int:
    """Return sum(p.numel()) over the parameters of torch's own ``nn.LSTM(d_x, d_h)``.

    The module is built on torch's ``meta`` device: its tensors have shapes but no storage, so
    this costs about a millisecond at any size (a real ``nn.LSTM(2048, 2048)`` allocates 128 MB
    and takes about a second to initialise). It is still torch's module, not our arithmetic,
    so it checks ``parameter_count``'s "torch" formula. Any thread.
    Raises ValueError unless both sizes are integers in 1..100 000.
    """
    _check_size(_D_X, d_x)
    _check_size(_D_H, d_h)
    from torch import nn  # heavy: loaded only when a count is asked for, not at start-up

    module = nn.LSTM(int(d_x), int(d_h), device="meta")
    return sum(parameter.numel() for parameter in module.parameters())


def _lecture_rows(d_x: int, d_h: int) -> list[ParameterRow]:
    gates = ("f", "i", "C", "o")
    weights = [ParameterRow(f"W_{g}", (d_h, d_h + d_x), d_h * (d_h + d_x)) for g in gates]
    biases = [ParameterRow(f"b_{g}", (d_h,), d_h) for g in gates]
    return weights + biases


def _torch_rows(d_x: int, d_h: int) -> list[ParameterRow]:
    return [
        ParameterRow("weight_ih_l0", (4 * d_h, d_x), 4 * d_h * d_x),
        ParameterRow("weight_hh_l0", (4 * d_h, d_h), 4 * d_h * d_h),
        ParameterRow("bias_ih_l0", (4 * d_h,), 4 * d_h),
        ParameterRow("bias_hh_l0", (4 * d_h,), 4 * d_h),
    ]


def _check_size(name: str, value: object) -> None:
    what = say(name)  # a Text, so the size's description is translated with the sentence
    if isinstance(value, bool) or not isinstance(value, Integral):
        text = QT_TRANSLATE_NOOP("core", "{name} must be a whole number, got {value}")
        raise ValueError(say(text, name=what, value=repr(value)))
    if not 1 <= value <= MAX_SIZE:
        text = QT_TRANSLATE_NOOP("core", "{name} must be between {low} and {high}, got {value}")
        raise ValueError(say(text, name=what, low=1, high=MAX_SIZE, value=value))
