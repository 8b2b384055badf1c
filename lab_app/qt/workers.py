"""Run core generators on a background worker (superqt), one run at a time per ``JobRunner``.

A core job is a generator function that yields small frozen events and returns its result
(shared/ARCHITECTURE.md). ``JobRunner`` starts it on superqt's thread pool, forwards events to
the GUI thread, drops events from a run that a newer run replaced (napari's stale-result rule),
and turns exceptions into a ``failed`` signal with the exception, never a crash.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from superqt.utils import GeneratorWorker

log = logging.getLogger(__name__)

_run_ids = itertools.count(1)


class ClosingGeneratorWorker(GeneratorWorker):
    """A GeneratorWorker that closes its generator on the worker thread and reports every error.

    superqt's loop leaves an aborted generator suspended, so its ``finally`` blocks would run
    later on whatever thread collects it (often the GUI thread); and it swallows RuntimeError
    (and subclasses such as TrainingDiverged) as "worker deleted". This loop closes the
    generator here, right when the run stops, and lets every exception reach ``errored``.
    Pausing is not supported (the lab never pauses a run).
    """

    def work(self) -> Any:
        try:
            while not self.abort_requested:
                self.yielded.emit(self._gen.send(self._next_value()))
            self.aborted.emit()
            return None
        except StopIteration as stop:
            return stop.value
        finally:
            self._gen.close()


class JobRunner(QObject):
    """Run one core generator at a time; signals carry only the current run's events.

    Call from the GUI thread only. Signals: ``event(object)`` for every yielded event,
    ``succeeded(object)`` with the generator's return value, ``failed(object)`` with the
    exception, ``stopped()`` after a user stop, ``busy_changed(bool)``.
    """

    event = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._worker: ClosingGeneratorWorker | None = None
        self._run_id = 0
        self._stopping = False

    @property
    def busy(self) -> bool:
        """True while a run is going (including one that was asked to stop)."""
        return self._worker is not None

    @property
    def run_id(self) -> int:
        """Id of the newest run; events tagged with another id are stale."""
        return self._run_id

    def start(self, job: Callable[..., Generator], *args: Any, **kwargs: Any) -> int:
        """Stop any current run, start ``job(*args, **kwargs)`` and return the new run id."""
        self.stop()
        self._run_id = run_id = next(_run_ids)
        self._stopping = False
        worker = ClosingGeneratorWorker(job, *args, **kwargs)
        worker.yielded.connect(partial(self._on_yielded, run_id))
        worker.returned.connect(partial(self._on_returned, run_id))
        worker.errored.connect(partial(self._on_errored, run_id))
        worker.finished.connect(partial(self._on_finished, run_id, worker))
        self._worker = worker
        worker.start()
        self.busy_changed.emit(True)
        return run_id

    def stop(self) -> None:
        """Ask the current run to stop at its next yield; its later events are dropped."""
        if self._worker is None:
            return
        self._worker.quit()
        self._stopping = True
        self._forget_worker()
        self.stopped.emit()

    def send(self, value: object) -> None:
        """Send ``value`` into the running generator; it receives it at its next yield."""
        if self._worker is not None:
            self._worker.send(value)

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Stop the run and wait for worker threads to end; True when they all did."""
        self.stop()
        return wait_for_workers(timeout_ms)

    def _forget_worker(self) -> None:
        self._worker = None
        # A new id makes every signal still queued from the old run stale.
        self._run_id = next(_run_ids)
        self.busy_changed.emit(False)

    def _is_current(self, run_id: int) -> bool:
        return run_id == self._run_id

    def _on_yielded(self, run_id: int, value: object) -> None:
        if self._is_current(run_id):
            self.event.emit(value)

    def _on_returned(self, run_id: int, value: object) -> None:
        if self._is_current(run_id):
            # The run is over for the user once its result is in; the thread ends just after.
            self._forget_worker()
            self.succeeded.emit(value)

    def _on_errored(self, run_id: int, error: BaseException) -> None:
        if self._is_current(run_id):
            log.warning("job failed: %r", error, exc_info=error)
            self._forget_worker()
            self.failed.emit(error)

    def _on_finished(self, run_id: int, worker: ClosingGeneratorWorker) -> None:
        if self._is_current(run_id) and self._worker is worker:
            self._forget_worker()


def wait_for_workers(timeout_ms: int = 3000) -> bool:
    """Ask every superqt worker to quit and wait for the pool; True when all threads ended."""
    for worker in list(GeneratorWorker._worker_set):
        worker.quit()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
