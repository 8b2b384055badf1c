"""The worker layer: events on the GUI thread, results, errors, Stop, stale runs dropped, runs
that start at once on the lab's own pool, and workers that are freed."""

from __future__ import annotations

import gc
import threading
import weakref

from lab_app.core.events import Progress
from lab_app.qt.workers import JobRunner, job_pool, stop_all_jobs


def count_up(n: int, label: str = ""):
    for i in range(n):
        yield Progress(done=i + 1, total=n, message=label)
    return f"{label}done {n}"


def forever(record: dict):
    try:
        while True:
            threading.Event().wait(0.01)
            yield Progress(done=1)
    finally:
        record["finally_thread"] = threading.get_ident()


def broken():
    yield Progress(done=0)
    raise ValueError("bad input in the core")


def test_events_and_result_arrive_on_the_gui_thread(qtbot):
    runner = JobRunner()
    events, threads = [], set()

    def on_event(event):
        events.append(event)
        threads.add(threading.get_ident())

    runner.event.connect(on_event)
    runner.succeeded.connect(lambda _: threads.add(threading.get_ident()))
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as result:
        runner.start(count_up, 5)
    assert result.args == ["done 5"]
    assert [e.done for e in events] == [1, 2, 3, 4, 5]
    assert threads == {threading.main_thread().ident}


def test_the_job_itself_runs_on_another_thread(qtbot):
    runner = JobRunner()
    seen = []

    def where():
        seen.append(threading.get_ident())
        yield Progress(done=1)

    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.start(where)
    assert seen and seen[0] != threading.main_thread().ident


def test_error_becomes_failed_signal(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failure:
        runner.start(broken)
    assert isinstance(failure.args[0], ValueError)
    assert "bad input" in str(failure.args[0])


def test_stop_closes_the_generator_on_its_worker_thread(qtbot):
    runner = JobRunner()
    record: dict = {}
    with qtbot.waitSignal(runner.event, timeout=5000):
        runner.start(forever, record)
    states = []
    runner.stopping_changed.connect(states.append)
    runner.stop()
    assert runner.stopping and not runner.busy
    qtbot.waitUntil(lambda: not runner.stopping, timeout=5000)
    assert states == [True, False]
    # The generator was closed on the worker thread, not later on the GUI thread.
    assert record["finally_thread"] != threading.main_thread().ident


def test_events_of_a_replaced_run_are_dropped(qtbot):
    """The old run emits after the new one started: only the run-id filter keeps it out."""
    runner = JobRunner()
    seen = []
    runner.event.connect(lambda e: seen.append(e.message))
    started, release = threading.Event(), threading.Event()

    def old_run():
        yield Progress(done=0, message="old")
        started.set()
        release.wait(5)
        yield Progress(done=1, message="old, late")  # emitted before the loop sees Stop
        yield Progress(done=2, message="old, later")

    runner.start(old_run)
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.start(count_up, 3, "new")
    release.set()
    assert stop_all_jobs(5000)
    qtbot.wait(50)  # deliver whatever the old thread emitted
    assert "new" in seen
    assert not any(message.startswith("old, late") for message in seen)


def test_a_started_job_runs_at_once_whatever_else_runs(qtbot):
    """More runs than cores, all busy: each still reports within a second."""
    runners = [JobRunner() for _ in range(6)]
    records = [{} for _ in runners]
    reported = set()
    for index, (runner, record) in enumerate(zip(runners, records)):
        runner.event.connect(lambda _e, i=index: reported.add(i))
        runner.start(forever, record)
    qtbot.waitUntil(lambda: len(reported) == len(runners), timeout=1000)
    for runner in runners:
        runner.stop()
    assert stop_all_jobs(5000)


def test_finished_runs_are_freed(qtbot):
    runner = JobRunner()
    runs = []

    def job():
        yield Progress(done=1)

    for _ in range(10):
        with qtbot.waitSignal(runner.succeeded, timeout=5000):
            runner.start(job)
            runs.append(weakref.ref(runner._run))
    assert job_pool().waitForDone(5000)
    qtbot.wait(20)
    gc.collect()
    assert sum(ref() is not None for ref in runs) == 0


class Diverged(RuntimeError):
    pass


def diverging():
    yield Progress(done=0)
    raise Diverged("loss is nan")


def test_runtime_errors_are_reported_too(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failure:
        runner.start(diverging)
    assert isinstance(failure.args[0], Diverged)


def test_a_run_whose_runner_is_gone_ends_quietly(qtbot):
    """Closing a window deletes its runners while their threads still compute."""
    runner = JobRunner()
    record: dict = {}
    with qtbot.waitSignal(runner.event, timeout=5000):
        runner.start(forever, record)
    runner.deleteLater()
    qtbot.wait(20)
    assert stop_all_jobs(3000)
    assert "finally_thread" in record
