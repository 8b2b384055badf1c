"""The head view strokes only the visible part of each line (a long input's lines run far past
the rows on screen)."""

from __future__ import annotations

import pytest


def test_a_line_is_cut_to_the_band_and_stays_on_its_course():
    from lab_app.qt.widgets.attention_lines import _clipped

    line = _clipped(0.0, -100.0, 100.0, 300.0, 0.0, 200.0)  # from above the band to below it
    assert (line.y1(), line.y2()) == (0.0, 200.0)
    assert (line.x1(), line.x2()) == pytest.approx((25.0, 75.0))  # the same slope
    inside = _clipped(10.0, 20.0, 90.0, 180.0, 0.0, 200.0)
    assert (inside.x1(), inside.y1(), inside.x2(), inside.y2()) == (10.0, 20.0, 90.0, 180.0)
    flat = _clipped(0.0, 50.0, 100.0, 50.0, 0.0, 200.0)
    assert (flat.x1(), flat.x2()) == (0.0, 100.0)
