"""Memory the lab frees is given back: the C heap after each run (on the run's own thread), and
the old window's Python objects after a language switch, frozen or not."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from lab_app import process
from lab_app.core.events import Progress
from lab_app.qt.workers import JobRunner


@pytest.fixture
def trims(monkeypatch):
    """Each ``release_free_memory`` call: (thread, whether the job's ``finally`` had run)."""
    calls: list[tuple[int, bool]] = []
    closed = threading.Event()

    def record() -> bool:
        calls.append((threading.get_ident(), closed.is_set()))
        return True

    monkeypatch.setattr(process, "release_free_memory", record)
    return calls, closed


def test_a_finished_run_releases_the_heap_on_its_thread_after_closing(qtbot, trims):
    calls, closed = trims

    def job():
        try:
            yield Progress(done=1)
        finally:
            closed.set()
        return "done"

    runner = JobRunner()
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.start(job)
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert len(calls) == 1
    thread, after_close = calls[0]
    assert thread != threading.main_thread().ident
    assert after_close


def test_a_stopped_run_releases_the_heap_too(qtbot, trims):
    calls, closed = trims

    def forever():
        try:
            while True:
                threading.Event().wait(0.01)
                yield Progress(done=1)
        finally:
            closed.set()

    runner = JobRunner()
    runner.start(forever)
    qtbot.wait(50)
    with qtbot.waitSignal(runner.stopping_changed, timeout=5000):
        runner.stop()  # True at once, then False when the thread has ended
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert calls[0][1]


class _Cycle:
    """A reference cycle hung on a page, as pyqtgraph's items and menus make."""

    def __init__(self) -> None:
        self.me = self


def test_a_rebuild_frees_the_old_windows_frozen_cycles(lab):
    page = lab.window.show_page("lstm", "parameters")
    page.cycle = _Cycle()
    cycle = weakref.ref(page.cycle)
    del page
    process.settle_heap()  # what the next page build, corpus load or warm-up does
    lab.build_window()  # a language switch
    gc.collect()
    assert cycle() is None
