"""SnapshotHistory keeps gate snapshots within a byte budget and a count, spanning the run."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from lab_app.core.lstm.history import SnapshotHistory
from lab_app.core.lstm.snapshot import GateSnapshot

GATE_KEYS = ("f", "i", "g", "o", "c", "h", "zf", "zi", "zg", "zo", "c_prev", "h_prev")
BUDGET = 256 * 2**20


def fake_snapshot(step: int, time: int = 400, d_h: int = 1024) -> GateSnapshot:
    """A snapshot shaped like one from ``take_snapshot`` (np.zeros: no pages touched)."""
    gates = {key: np.zeros((time, d_h), dtype=np.float32) for key in GATE_KEYS}
    saturation = {gate: (0.0, 0.0) for gate in ("f", "i", "g", "o")}
    labels = tuple(f"t{t}" for t in range(time))
    return GateSnapshot(step=step, labels=labels, gates=gates, saturation=saturation)


def steps(history: SnapshotHistory) -> list[int]:
    return [snapshot.step for snapshot in history]


def test_snapshot_nbytes_is_the_sum_of_its_arrays():
    snapshot = fake_snapshot(0, time=400, d_h=1024)
    assert snapshot.nbytes == 12 * 400 * 1024 * 4  # ~20 MB: why a budget is needed


def test_a_thousand_large_snapshots_stay_within_the_budget_and_span_the_run():
    history = SnapshotHistory(budget_bytes=BUDGET, max_count=400)
    for step in range(1000):
        history.append(fake_snapshot(10 * step))
        assert history.nbytes <= BUDGET
    kept = steps(history)
    assert history.nbytes == sum(snapshot.nbytes for snapshot in history) <= BUDGET
    assert len(history) >= 2
    assert kept[0] == 0  # the start of the run is still there
    assert kept[-1] == 9990 and history.last.step == 9990 and history[-1].step == 9990
    assert kept == sorted(set(kept))  # strictly increasing
    # Evenly spaced: one gap between kept grid snapshots (the newest may sit off the grid).
    assert len(set(np.diff(kept[:-1]))) == 1


def test_under_a_roomy_budget_it_thins_at_max_count_like_the_old_list():
    history = SnapshotHistory(budget_bytes=2**62, max_count=400)
    old: list[int] = []  # what the gates page did with a plain list
    for step in range(401):
        history.append(fake_snapshot(step, time=2, d_h=3))
        old.append(step)
        if len(old) > 400:
            old = old[:1] + old[2::2]
    assert steps(history) == old and len(history) == 201
    for step in range(401, 5000):
        history.append(fake_snapshot(step, time=2, d_h=3))
        assert len(history) <= 400
    kept = steps(history)
    assert kept[0] == 0 and kept[-1] == 4999 and len(history) > 200
    assert len(set(np.diff(kept[:-1]))) == 1


def test_without_thinning_the_count_and_bytes_would_grow():
    # Guards the thinning itself: the history must drop snapshots once either limit is hit.
    history = SnapshotHistory(budget_bytes=3 * fake_snapshot(0, 4, 4).nbytes, max_count=400)
    for step in range(50):
        history.append(fake_snapshot(step, 4, 4))
    assert len(history) == 3 < 50
    assert steps(history)[0] == 0 and steps(history)[-1] == 49


def test_a_snapshot_larger_than_the_budget_is_kept_alone():
    history = SnapshotHistory(budget_bytes=100)
    history.append(fake_snapshot(0, 4, 4))  # 768 bytes
    assert steps(history) == [0]
    history.append(fake_snapshot(1, 4, 4))
    assert steps(history) == [1] and history.nbytes == history[0].nbytes


def test_indexing_iteration_clear_and_restore():
    history = SnapshotHistory(max_count=10)
    for step in range(5):
        history.append(fake_snapshot(step, 2, 2))
    assert history[0].step == 0 and history[-2].step == 3
    assert [s.step for s in history[1:3]] == [1, 2]
    with pytest.raises(IndexError):
        history[5]
    restored = SnapshotHistory(max_count=10, snapshots=list(history))
    assert steps(restored) == steps(history) and restored.nbytes == history.nbytes
    history.restore([fake_snapshot(7, 2, 2)])
    assert steps(history) == [7]
    history.clear()
    assert len(history) == 0 and history.nbytes == 0 and history.last is None and not history


def test_it_pickles_with_its_spacing_for_a_saved_session():
    history = SnapshotHistory(max_count=4)
    for step in range(9):
        history.append(fake_snapshot(step, 2, 2))
    copy = pickle.loads(pickle.dumps(history))
    assert steps(copy) == steps(history) and copy.stride == history.stride > 1


def test_bad_limits_are_refused():
    with pytest.raises(ValueError):
        SnapshotHistory(max_count=0)
    with pytest.raises(ValueError):
        SnapshotHistory(budget_bytes=-1)
