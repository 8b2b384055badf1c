"""Paced, never-decreasing progress for one phase of a job."""

from __future__ import annotations

from lab_app.core.events import Progress
from lab_app.core.pacing import Pacer


class Meter:
    """Paced Progress for one phase of a job; ``done`` never goes back in what it reports."""

    def __init__(self, total: float, unit: str, message: str):
        self.total = total
        self.unit = unit
        self.message = message
        self.done = 0.0
        self._reported = -1.0
        self._pacer = Pacer(0.05)

    def poll(self, moved_only: bool = True) -> Progress | None:
        """Return a Progress when one is due (and ``done`` moved, if ``moved_only``), else None."""
        if (moved_only and self.done <= self._reported) or not self._pacer.due():
            return None
        self._reported = self.done
        return Progress(self.done, self.total, self.unit, self.message)

    def final(self) -> Progress:
        """Return the closing Progress, done == total."""
        self.done = self._reported = self.total
        return Progress(self.total, self.total, self.unit, self.message)
