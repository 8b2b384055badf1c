"""torch's own parameter count, taken on the meta device, agrees with real modules and formulas."""

from __future__ import annotations

import time

import pytest
from torch import nn

from lab_app.core.lstm.params import parameter_count, torch_lstm_parameter_count

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (3, 4), (32, 64), (100, 17), (300, 512)])
def test_meta_count_equals_a_real_modules_count(d_x, d_h):
    real = sum(p.numel() for p in nn.LSTM(d_x, d_h).parameters())
    assert torch_lstm_parameter_count(d_x, d_h) == real


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (7, 3), (300, 512), (2048, 2048), (100_000, 100_000)])
def test_meta_count_is_the_lecture_formula_plus_one_bias_per_gate(d_x, d_h):
    lecture = 4 * (d_h + d_x + 1) * d_h
    assert torch_lstm_parameter_count(d_x, d_h) == lecture + 4 * d_h
    assert torch_lstm_parameter_count(d_x, d_h) == parameter_count(d_x, d_h)["torch"]


def test_2048_by_2048_is_counted_without_building_real_weights():
    start = time.perf_counter()
    assert torch_lstm_parameter_count(2048, 2048) == 33_570_816
    # A real module of this size takes about a second; on the meta device it is instant.
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("d_x, d_h", [(0, 4), (4, 100_001), (2.5, 4), (True, 4)])
def test_meta_count_rejects_bad_sizes_like_the_formula(d_x, d_h):
    with pytest.raises(ValueError, match="d_"):
        torch_lstm_parameter_count(d_x, d_h)


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (3, 4), (32, 64)])
def test_breakdown_writes_shapes_as_the_slides_and_torch_do(d_x, d_h):
    counts = parameter_count(d_x, d_h)
    w_f = counts["breakdown_lecture"][0]
    # The slide: "W_f → (d_h + d_x) * d_h"; the stored matrix multiplies [h_{t−1}, x_t].
    assert w_f.written == (("d_h + d_x", d_h + d_x), ("d_h", d_h))
    assert w_f.shape == (d_h, d_h + d_x)
    real = dict(nn.LSTM(d_x, d_h).named_parameters())
    for row in counts["breakdown_torch"]:
        assert tuple(size for _, size in row.written) == tuple(real[row.name].shape)
        assert row.count == real[row.name].numel()
    for rows, total in (
        (counts["breakdown_lecture"], "lecture"),
        (counts["breakdown_torch"], "torch"),
    ):
        weights = sum(row.count for row in rows if row.kind == "weight")
        biases = sum(row.count for row in rows if row.kind == "bias")
        assert weights == 4 * (d_h + d_x) * d_h
        assert weights + biases == counts[total]


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (32, 64), (300, 512)])
def test_a_guess_is_matched_to_the_formula_it_comes_from(d_x, d_h):
    from lab_app.core.lstm.params import check_guess

    real = torch_lstm_parameter_count(d_x, d_h)
    exact = check_guess(real, d_x, d_h)
    assert exact.match == "torch" and exact.off_by_torch == 0
    assert exact.off_by_lecture == 4 * d_h
    lecture = check_guess(4 * (d_h + d_x + 1) * d_h, d_x, d_h)
    assert lecture.match == "lecture" and lecture.off_by_torch == -4 * d_h
    assert check_guess(4 * (d_h + d_x) * d_h, d_x, d_h).match == "weights_only"
    assert check_guess((d_h + d_x + 1) * d_h, d_x, d_h).match == "one_gate"
    near = check_guess(real + 1000, d_x, d_h)
    assert near.match is None and near.off_by_torch == 1000
