"""Spread view updates over several event-loop turns so the GUI thread never stalls.

Qt repaints every widget made dirty since the last paint in one pass. Redrawing six heatmaps and
two plots at once costs ~80 ms on a 2-core laptop, a visible stutter; one view at a time costs
~8 ms. ``UpdateQueue`` keeps the newest update per view (older ones are dropped) and applies one
per timer tick.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer


class UpdateQueue(QObject):
    """Apply queued callables one per ``interval_ms``; a newer update for a key replaces the older."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 12):
        super().__init__(parent)
        self._pending: OrderedDict[Hashable, Callable[[], None]] = OrderedDict()
        self._every: dict[Hashable, float] = {}
        self._last: dict[Hashable, float] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._apply_one)

    def put(self, key: Hashable, update: Callable[[], None], every_s: float = 0.0) -> None:
        """Queue ``update`` for view ``key``, replacing one still waiting for the same view.

        ``every_s``: apply this view's updates at most that often (costly views such as curves
        that rescale their axes).
        """
        self._every[key] = every_s
        self._pending.pop(key, None)
        self._pending[key] = update
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Apply everything still queued now (for a final state, or a screenshot)."""
        while self._pending:
            _, update = self._pending.popitem(last=False)
            update()

    def pending(self) -> int:
        return len(self._pending)

    def _apply_one(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        now = time.monotonic()
        for key in self._pending:
            if now - self._last.get(key, -1e9) >= self._every.get(key, 0.0):
                update = self._pending.pop(key)
                self._last[key] = now
                update()
                return
