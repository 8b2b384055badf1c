"""The same seed gives the same model, also when other pages train at the same time."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture
def pages(window, qtbot):
    window.show()
    gates = window.show_page("lstm", "gates")
    settings = gates.settings
    settings.d_x.setValue(8)
    settings.d_h.setValue(16)
    settings.seq_len.setValue(16)
    settings.batch_size.setValue(4)
    gradients = window.tab("lstm").page("gradients")
    gradients.gap.setValue(10)
    memory = window.tab("lstm").page("memory")
    return gates, gradients, memory


def first_snapshot(gates, qtbot, start_others=()) -> np.ndarray:
    """Start the gates page (and ``start_others`` right after it); return its step-0 h_t."""
    gates.start(max_steps=3)
    for start in start_others:
        start()
    qtbot.waitUntil(lambda: len(gates.snapshots) > 0, timeout=30000)
    first = gates.snapshots[0]
    assert first.step == 0
    return np.stack([first.gates[key] for key in ("f", "i", "g", "o", "h")])


def test_two_pages_started_together_build_the_same_model_as_one_alone(pages, qtbot):
    gates, gradients, memory = pages
    alone = first_snapshot(gates, qtbot)
    qtbot.waitUntil(lambda: not gates.runner.busy, timeout=30000)
    for _ in range(3):
        together = first_snapshot(
            gates,
            qtbot,
            (lambda: gradients.start(max_steps=200), lambda: memory.start(gaps=[5], steps=200)),
        )
        assert np.array_equal(together, alone)
        for page in (gates, gradients, memory):
            page.runner.stop()
        qtbot.waitUntil(
            lambda: not any(p.runner.stopping for p in (gates, gradients, memory)), timeout=10000
        )


def test_a_run_repeated_with_its_seed_gives_the_same_loss_curve(pages, qtbot):
    gates = pages[0]
    curves = []
    for _ in range(2):
        with qtbot.waitSignal(gates.finished, timeout=60000):
            gates.start(max_steps=25)
        curves.append([loss for _, loss in gates.trained.history])
    assert len(curves[0]) == 25
    assert curves[0] == curves[1]
