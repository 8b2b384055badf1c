"""Run core generators on the lab's own thread pool, one run at a time per ``JobRunner``.

A core job is a generator function that yields small frozen events and returns its result
(shared/ARCHITECTURE.md). ``JobRunner`` runs it on a pool thread, forwards events to the GUI
thread, drops events from a run that a newer run replaced (napari's stale-result rule), and
turns exceptions into a ``failed`` signal with the exception, never a crash.

Why not superqt's ``GeneratorWorker``: it always starts on Qt's global pool, which has one
thread per core. On a 2-core laptop a corpus load and one training run filled it, and a third
job (or a Start right after Stop) waited unseen for a free thread. Here every run gets a thread
at once, and the loop is written against Qt's public API only.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from lab_app import process

log = logging.getLogger(__name__)

_run_ids = itertools.count(1)
# Runs the UI allows at once: one per page with a runner (corpus, gates, gradients, memory and
# the coming tabs' pages), plus runs still winding down after Stop. Threads beyond the running
# jobs cost nothing: the pool creates them on demand and lets idle ones expire.
MAX_JOB_THREADS = 32
_pool: QThreadPool | None = None


def job_pool() -> QThreadPool:
    """The pool every ``JobRunner`` starts its runs on (created on first use, GUI thread)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("lab-app jobs")
        _pool.setMaxThreadCount(MAX_JOB_THREADS)
        _pool.setExpiryTimeout(10_000)
    return _pool


class _RunSignals(QObject):
    """Signals a run's thread emits; they reach the runner's slots queued on the GUI thread."""

    yielded = Signal(int, object)
    returned = Signal(int, object)
    errored = Signal(int, object)
    ended = Signal(int)


class _Run:
    """One run of a generator on a pool thread. A plain object: freed when its thread ends."""

    def __init__(self, run_id: int, generator: Generator, signals: _RunSignals):
        self.run_id = run_id
        self.generator = generator
        self.signals = signals
        self.stop_requested = threading.Event()
        self.incoming: object = None

    def __call__(self) -> None:
        try:
            self._loop()
        except StopIteration as stop:
            self._emit(self.signals.returned, stop.value)
        except BaseException as error:  # every error reaches the tab, RuntimeError included
            self._emit(self.signals.errored, error)
        finally:
            # Close here, on the worker thread, so ``finally`` blocks in the job run now and not
            # later on whichever thread collects the generator.
            self.generator.close()
            # What the run allocated and freed (batches, activations, gradients) stays in glibc's
            # heap of this thread: without this the lab's RSS only grew, to 2.4-3 GB in a
            # monkey run, with a few MB of it alive (process.release_free_memory).
            process.release_free_memory()
            self._emit(self.signals.ended)

    def _loop(self) -> None:
        while not self.stop_requested.is_set():
            value, self.incoming = self.incoming, None
            event = self.generator.send(value)
            if not self._emit(self.signals.yielded, event):
                return

    def _emit(self, signal, *values: object) -> bool:
        """Emit with this run's id; False when the receiver is gone (its window was closed)."""
        try:
            signal.emit(self.run_id, *values)
        except RuntimeError:  # "Signal source has been deleted": nobody is listening any more
            self.stop_requested.set()
            return False
        return True


class JobRunner(QObject):
    """Run one core generator at a time; signals carry only the current run's events.

    Call from the GUI thread only. Signals: ``event(object)`` for every yielded event,
    ``succeeded(object)`` with the generator's return value, ``failed(object)`` with the
    exception, ``stopped()`` after a user stop, ``busy_changed(bool)`` when a run starts or its
    result is in, ``stopping_changed(bool)`` while a stopped run's thread is still ending.
    """

    event = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()
    busy_changed = Signal(bool)
    stopping_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _RunSignals(self)
        self._signals.yielded.connect(self._on_yielded)
        self._signals.returned.connect(self._on_returned)
        self._signals.errored.connect(self._on_errored)
        self._signals.ended.connect(self._on_ended)
        self._run: _Run | None = None
        self._ending: dict[int, _Run] = {}  # stopped runs whose threads have not ended yet

    @property
    def busy(self) -> bool:
        """True while the current run goes (until its result is in or it is stopped)."""
        return self._run is not None

    @property
    def stopping(self) -> bool:
        """True while a stopped run's thread is still computing its last step."""
        return bool(self._ending)

    def start(self, job: Callable[..., Generator], *args: Any, **kwargs: Any) -> int:
        """Stop any current run, start ``job(*args, **kwargs)`` and return the new run id."""
        self.stop()
        run = _Run(next(_run_ids), job(*args, **kwargs), self._signals)
        self._run = run
        job_pool().start(run)
        self.busy_changed.emit(True)
        return run.run_id

    def stop(self) -> None:
        """Ask the current run to stop at its next yield; its later events are dropped."""
        run = self._run
        if run is None:
            return
        run.stop_requested.set()
        self._run = None
        self._ending[run.run_id] = run
        self.busy_changed.emit(False)
        if len(self._ending) == 1:
            self.stopping_changed.emit(True)
        self.stopped.emit()

    def send(self, value: object) -> None:
        """Send ``value`` into the running generator; it receives it at its next yield."""
        if self._run is not None:
            self._run.incoming = value

    def _current(self, run_id: int) -> bool:
        return self._run is not None and self._run.run_id == run_id

    def _on_yielded(self, run_id: int, value: object) -> None:
        if self._current(run_id):
            self.event.emit(value)

    def _on_returned(self, run_id: int, value: object) -> None:
        if self._current(run_id):
            self._run = None
            self.busy_changed.emit(False)
            self.succeeded.emit(value)

    def _on_errored(self, run_id: int, error: BaseException) -> None:
        if self._current(run_id):
            log.warning("job failed: %r", error, exc_info=error)
            self._run = None
            self.busy_changed.emit(False)
            self.failed.emit(error)

    def _on_ended(self, run_id: int) -> None:
        if self._ending.pop(run_id, None) is not None and not self._ending:
            self.stopping_changed.emit(False)


def stop_all_jobs(timeout_ms: int = 1000) -> bool:
    """Wait for every job thread to end (after their runners were stopped); True if all did."""
    return _pool is None or _pool.waitForDone(timeout_ms)
