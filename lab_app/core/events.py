"""Frozen events that long-running core generators yield to whoever drives them.

Generators yield these and *return* their result. Only copies cross threads: arrays carried by
events are numpy copies, never live tensors.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lab_app.core.messages import Text

_T = TypeVar("_T")


@dataclass(frozen=True)
class Progress:
    """How far a job has got: ``done`` out of ``total`` units (``total`` None when unknown)."""

    done: float
    total: float | None = None
    unit: str = ""
    message: str = ""

    @property
    def fraction(self) -> float | None:
        """Return done/total clipped to [0, 1], or None when the total is unknown."""
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


@dataclass(frozen=True)
class Metrics:
    """Scalar values at one training step, keyed by series name (e.g. ``train``, ``validation``)."""

    step: int
    values: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Notice:
    """A message for the user that does not stop the job (a warning or a note)."""

    text: str | Text  # a Text when the Qt layer can translate it
    level: str = "info"


@dataclass(frozen=True)
class Heartbeat:
    """Nothing new to show: a cancel point that a long computation yields about every 0.1 s.

    Stop takes effect at the job's next yield, so work that has no result to report for a while
    (an unrolled gradient probe, a long evaluation) yields this. Drivers ignore it.
    """


HEARTBEAT = Heartbeat()

#: Sent into a training generator (``JobRunner.send``): end the run at its next report and
#: return the model trained so far, so that Stop keeps a usable model.
FINISH = "finish"


def drain(job: Generator[Any, Any, _T]) -> _T:
    """Run a generator to the end, dropping its events; return its return value.

    Runs on the calling thread (a test, or a job that wants only the result).
    """
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value


def collect(job: Generator[Any, Any, _T]) -> tuple[list[Any], _T]:
    """Run a generator to the end; return (every event it yielded, its return value)."""
    events: list[Any] = []
    while True:
        try:
            events.append(next(job))
        except StopIteration as stop:
            return events, stop.value
