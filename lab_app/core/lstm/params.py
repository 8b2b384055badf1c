"""Parameter counts of one LSTM layer: the lecture's formula and torch's (LECTURE.md §2, quiz 1).

The lecture has one weight matrix W and one bias b (d_h) per gate: 4 · (d_h + d_x + 1) · d_h.
The slides write W as (d_h + d_x) × d_h; as a matrix that multiplies [h_{t−1}, x_t] it is
stored (d_h, d_h + d_x), which is ``ParameterRow.shape``. torch's ``nn.LSTM`` stacks the four
gates, splits W into ``weight_ih`` (4·d_h, d_x) and ``weight_hh`` (4·d_h, d_h) and keeps two
biases, ``bias_ih`` and ``bias_hh``, whose sum plays the role of b: it has
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
    """One tensor of the breakdown: its name, its shape and how many numbers it holds.

    ``written`` is the shape as its source writes it, one (symbol, size) per dimension: the
    slides write W as ((d_h + d_x), d_h), torch's documentation weight_ih as (4·d_h, d_x).
    ``kind`` is "weight" or "bias": the breakdown's groups.
    """

    name: str
    shape: tuple[int, ...]
    count: int
    written: tuple[tuple[str, int], ...] = ()
    kind: str = "weight"


# Guesses a student is likely to give, in the order they are recognised (LECTURE.md §2).
# None of them can equal another for sizes ≥ 1 (they differ by 4·d_h, by the biases, or by ×4).
KNOWN_COUNTS = ("torch", "lecture", "weights_only", "one_gate")


class GuessCheck(NamedTuple):
    """How a student's guess compares with the counts of ``parameter_count``.

    ``match`` is the name in KNOWN_COUNTS the guess equals, or None: "torch" (nn.LSTM's count),
    "lecture" (the slides' formula), "weights_only" (the lecture's weights, biases forgotten),
    "one_gate" (one gate's W and b, the ×4 forgotten). ``off_by_torch`` and ``off_by_lecture``
    are guess − count (negative: too few).
    """

    guess: int
    match: str | None
    off_by_torch: int
    off_by_lecture: int
    counts: dict


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


def check_guess(guess: int, d_x: int, d_h: int) -> GuessCheck:
    """Compare ``guess`` with torch's count, the slides' formula and two usual slips.

    Pure arithmetic: any thread. Raises ValueError for sizes ``parameter_count`` rejects.
    """
    counts = parameter_count(d_x, d_h)
    d_x, d_h = int(d_x), int(d_h)
    known = {
        "torch": counts["torch"],
        "lecture": counts["lecture"],
        "weights_only": 4 * (d_h + d_x) * d_h,
        "one_gate": (d_h + d_x + 1) * d_h,
    }
    guess = int(guess)
    match = next((name for name in KNOWN_COUNTS if known[name] == guess), None)
    return GuessCheck(
        guess, match, guess - counts["torch"], guess - counts["lecture"], counts | known
    )


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
    # Written as the slide writes it: "W_f → (d_h + d_x) * d_h", "b_f → d_h".
    w_written = (("d_h + d_x", d_h + d_x), ("d_h", d_h))
    weights = [
        ParameterRow(f"W_{g}", (d_h, d_h + d_x), d_h * (d_h + d_x), w_written) for g in gates
    ]
    biases = [ParameterRow(f"b_{g}", (d_h,), d_h, (("d_h", d_h),), "bias") for g in gates]
    return weights + biases


def _torch_rows(d_x: int, d_h: int) -> list[ParameterRow]:
    stacked = ("4·d_h", 4 * d_h)  # the four gates' rows, one under the other
    return [
        ParameterRow("weight_ih_l0", (4 * d_h, d_x), 4 * d_h * d_x, (stacked, ("d_x", d_x))),
        ParameterRow("weight_hh_l0", (4 * d_h, d_h), 4 * d_h * d_h, (stacked, ("d_h", d_h))),
        ParameterRow("bias_ih_l0", (4 * d_h,), 4 * d_h, (stacked,), "bias"),
        ParameterRow("bias_hh_l0", (4 * d_h,), 4 * d_h, (stacked,), "bias"),
    ]


def _check_size(name: str, value: object) -> None:
    what = say(name)  # a Text, so the size's description is translated with the sentence
    if isinstance(value, bool) or not isinstance(value, Integral):
        text = QT_TRANSLATE_NOOP("core", "{name} must be a whole number, got {value}")
        raise ValueError(say(text, name=what, value=repr(value)))
    if not 1 <= value <= MAX_SIZE:
        text = QT_TRANSLATE_NOOP("core", "{name} must be between {low} and {high}, got {value}")
        raise ValueError(say(text, name=what, low=1, high=MAX_SIZE, value=value))
