"""Shared shape of the topic tabs: a light shell at start-up, content built on first show.

The window paints before pyqtgraph, torch and friends load: a tab's ``build()`` runs only when
the tab is first shown (or for a screenshot), never during start-up.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEventLoop, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab_app.qt.state import AppState


def settle_heap() -> None:
    """Exempt every object alive now from the cyclic garbage collector (``gc.freeze``).

    After torch's imports or a large corpus load, the heap holds millions of long-lived objects.
    Each full collection would walk them all, holding the GIL for 50–250 ms on whichever thread
    triggers it: a stutter in the window. Frozen objects are still freed by reference counting.
    """
    gc.freeze()


class TopicTab(QWidget):
    """Base class: subclasses set ``key`` and implement ``title()`` and ``build()``."""

    key = ""
    demo_finished = Signal()
    #: How long ``--demo`` lets this tab's demo run before a screenshot, in seconds.
    demo_budget_s = 5.0

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.built = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 8, 8, 8)

    def title(self) -> str:
        """Return the tab's translated title."""
        raise NotImplementedError

    def ensure_built(self) -> None:
        """Build the tab's content once (GUI thread)."""
        if not self.built:
            self.built = True
            self.build()
            session = self.state.sessions.pop(self.key, None)
            if session is not None:
                self.restore_session(session)
            settle_heap()

    def build(self) -> None:
        """Create the widgets; called once, on first show."""

    def save_session(self) -> object | None:
        """Return the user's work in this tab (settings, results) to outlive the window."""
        return None

    def restore_session(self, session: object) -> None:
        """Put back what ``save_session`` returned, in a tab just built."""

    def busy(self) -> bool:
        """True while the tab runs background work."""
        return False

    def shutdown(self) -> None:
        """Stop background work; called when the window closes or rebuilds."""

    def start_demo(self) -> bool:
        """Start the built-in demo; return False when the tab has none. Emits demo_finished."""
        return False

    def run_demo_blocking(self, budget_s: float | None = None) -> None:
        """Run the demo and wait (processing events) until it ends or the budget runs out."""
        self.ensure_built()
        loop = QEventLoop()
        self.demo_finished.connect(loop.quit)
        if not self.start_demo():
            return
        QTimer.singleShot(int(1000 * (budget_s or self.demo_budget_s)), loop.quit)
        loop.exec()
        self.demo_finished.disconnect(loop.quit)
        self.stop_demo()

    def stop_demo(self) -> None:
        """Stop a demo that outlived its budget (the screenshot shows the state so far)."""
        self.shutdown()
