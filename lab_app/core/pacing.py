"""Decide when a loop yields: by elapsed time, not every step.

A training loop may run thousands of steps a second; the GUI needs ~20 updates a second. The
``Pacer`` answers ``due()`` at most once per ``seconds`` whatever the step rate (the same idea as
Orange3's progress throttling).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from lab_app.core.events import HEARTBEAT, Heartbeat

# Stop takes effect at a job's next yield; a beat this often keeps it well under 0.5 s.
HEARTBEAT_SECONDS = 0.1


class Pacer:
    """Say ``due()`` True at most once every ``seconds``; the first call is always due."""

    def __init__(self, seconds: float = 0.05, clock: Callable[[], float] = time.monotonic):
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds}")
        self.seconds = seconds
        self._clock = clock
        self._last: float | None = None

    def due(self) -> bool:
        """Return True when at least ``seconds`` passed since the last True; then restart."""
        now = self._clock()
        if self._last is None or now - self._last >= self.seconds:
            self._last = now
            return True
        return False

    def beat(self) -> Iterator[Heartbeat]:
        """Yield one Heartbeat when due, else nothing: ``yield from pace.beat()`` between the
        pieces of a long computation makes each a cancel point without flooding the driver."""
        if self.due():
            yield HEARTBEAT

    def reset(self) -> None:
        """Make the next ``due()`` True."""
        self._last = None
