"""The worker layer: events, results, errors, Stop within 0.5 s, stale runs dropped."""

from __future__ import annotations

import threading
import time

import pytest

from lab_app.core.events import Progress
from lab_app.qt.workers import JobRunner


def count_up(n: int, delay: float = 0.0, label: str = ""):
    for i in range(n):
        if delay:
            time.sleep(delay)
        yield Progress(done=i + 1, total=n, message=label)
    return f"{label}done {n}"


def forever(record: dict):
    try:
        while True:
            time.sleep(0.01)
            yield Progress(done=1)
    finally:
        record["finally_thread"] = threading.get_ident()
        record["finally_at"] = time.monotonic()


def broken():
    yield Progress(done=0)
    raise ValueError("bad input in the core")


def test_events_and_result_arrive_on_gui_thread(qtbot):
    runner = JobRunner()
    events = []
    runner.event.connect(events.append)
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as result:
        runner.start(count_up, 5)
    assert result.args == ["done 5"]
    qtbot.waitUntil(lambda: not runner.busy, timeout=2000)
    assert [e.done for e in events] == [1, 2, 3, 4, 5]


def test_error_becomes_failed_signal(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failure:
        runner.start(broken)
    assert isinstance(failure.args[0], ValueError)
    assert "bad input" in str(failure.args[0])


def test_stop_takes_effect_within_half_a_second_on_the_worker_thread(qtbot):
    runner = JobRunner()
    record: dict = {}
    with qtbot.waitSignal(runner.event, timeout=5000):
        runner.start(forever, record)
    asked = time.monotonic()
    runner.stop()
    assert not runner.busy
    qtbot.waitUntil(lambda: "finally_at" in record, timeout=2000)
    assert record["finally_at"] - asked < 0.5
    # The generator was closed on the worker thread, not later on the GUI thread.
    assert record["finally_thread"] != threading.get_ident()


def test_events_of_a_replaced_run_are_dropped(qtbot):
    runner = JobRunner()
    seen = []
    runner.event.connect(lambda e: seen.append(e.message))
    runner.start(count_up, 200, 0.005, "old")
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as result:
        runner.start(count_up, 3, 0.0, "new")
    assert result.args == ["newdone 3"]
    first_new = seen.index("new")
    assert "old" not in seen[first_new:]


@pytest.mark.parametrize("n_runs", [3])
def test_many_runs_leave_no_worker_running(qtbot, n_runs):
    from lab_app.qt.workers import wait_for_workers

    runner = JobRunner()
    for _ in range(n_runs):
        runner.start(count_up, 1000, 0.001)
    runner.stop()
    assert wait_for_workers(3000)


class Diverged(RuntimeError):
    pass


def diverging():
    yield Progress(done=0)
    raise Diverged("loss is nan")


def test_runtime_errors_are_reported_too(qtbot):
    # superqt's own loop swallows RuntimeError as "worker deleted"; ours must not.
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failure:
        runner.start(diverging)
    assert isinstance(failure.args[0], Diverged)
