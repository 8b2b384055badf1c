"""A page that runs one core job: message bar, run controls, a settings column beside a body."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from lab_app.core.events import Progress
from lab_app.qt.core_text import translated
from lab_app.qt.widgets.message_bar import MessageBar
from lab_app.qt.widgets.run_controls import RunControls
from lab_app.qt.widgets.update_queue import UpdateQueue
from lab_app.qt.workers import JobRunner

SETTINGS_WIDTH = 300


class RunPage(QWidget):
    """Base of the LSTM tab's pages. Subclasses implement ``start`` and ``on_event``.

    ``finished`` fires when a run ends, whether it succeeded or failed (not after Stop).
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = JobRunner(self)
        self.messages = MessageBar()
        self.controls = RunControls()
        self.updates = UpdateQueue(self)  # views redraw one per event-loop turn
        self.controls.start_requested.connect(self.start)
        self.controls.stop_requested.connect(self.runner.stop)
        self.runner.busy_changed.connect(self.controls.set_busy)
        self.runner.event.connect(self._on_event)
        self.runner.succeeded.connect(self.on_succeeded)
        self.runner.failed.connect(self._on_failed)

    def start(self) -> int:
        """Start the page's job; return the run id (0 when the settings were refused)."""
        raise NotImplementedError

    def on_event(self, event: object) -> None:
        """Handle an event other than Progress."""

    def on_succeeded(self, result: object) -> None:
        self.finished.emit()

    def failure_text(self, error: BaseException) -> str:
        """The one-line message shown when the job raises ``error``."""
        return self.tr("The run stopped: %1").replace("%1", translated(error))

    def place(self, settings: QWidget, body: QWidget | QLayout) -> None:
        """Lay out messages and controls above the settings column and the body."""
        settings.setMaximumWidth(SETTINGS_WIDTH)
        row = QHBoxLayout()
        row.addWidget(settings, 0, Qt.AlignmentFlag.AlignTop)
        if isinstance(body, QLayout):
            row.addLayout(body, 1)
        else:
            row.addWidget(body, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.messages)
        layout.addWidget(self.controls)
        layout.addLayout(row, 1)

    def _on_event(self, event: object) -> None:
        if isinstance(event, Progress):
            self.controls.show_progress(event)
        else:
            self.on_event(event)

    def _on_failed(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        self.messages.show_message(self.failure_text(error), "error", details)
        self.finished.emit()
