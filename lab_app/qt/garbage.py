"""The cyclic garbage collector runs on the GUI thread only (see ``process.collect_some``)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from lab_app import process
from lab_app.qt import preload

INTERVAL_MS = 250  # CPython collects generation 0 about this often in a busy GUI


class GuiGarbageCollector(QObject):
    """Turns automatic collection off and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        process.collect_some(self.thresholds, full_allowed=not preload.running())

    def stop(self) -> None:
        """Give collection back to the interpreter (tests)."""
        self._timer.stop()
        gc.enable()
