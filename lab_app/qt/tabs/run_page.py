"""A page that runs one core job: message bar, run controls, a settings column beside a body."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.events import FINISH, Notice, Progress
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.state import AppState
from lab_app.qt.tabs.base import Page
from lab_app.qt.widgets.message_bar import MessageBar
from lab_app.qt.widgets.run_controls import RunControls
from lab_app.qt.widgets.update_queue import UpdateQueue
from lab_app.qt.workers import JobRunner

SETTINGS_WIDTH = 300


class RunPage(Page):
    """A page with a ``JobRunner``. Subclasses implement ``start`` and ``on_event``.

    ``finished`` fires when a run ends, whether it succeeded or failed (not after Stop).
    ``finish_on_stop``: Stop sends ``FINISH`` to a job that returns its model early.
    """

    finish_on_stop = False
    finish_grace_ms = 1500

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        *,
        with_seed: bool = True,
        update_interval_ms: int = 12,
    ):
        super().__init__(state, parent)
        self.runner = JobRunner(self)
        self.messages = MessageBar()
        self.controls = RunControls(with_seed=with_seed)
        self.updates = UpdateQueue(self, update_interval_ms)  # one view redraw per turn
        self.controls.start_requested.connect(self.start)
        self.controls.stop_requested.connect(self._on_stop_requested)
        # Stop that keeps the model: the job is sent FINISH and ends at its next report; past
        # ``finish_grace_ms`` it is cut off as any job.
        self._finish_timer = QTimer(self, singleShot=True, interval=self.finish_grace_ms)
        self._finish_timer.timeout.connect(self.runner.stop)
        self.runner.busy_changed.connect(self.controls.set_busy)
        self.runner.busy_changed.connect(self._on_busy_changed_for_finish)
        self.runner.stopping_changed.connect(self.controls.set_stopping)
        self.runner.event.connect(self._on_event)
        self.runner.succeeded.connect(self.on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.stopped.connect(self.on_stopped)
        self.messages.set_idle_text(self.idle_text())

    def _on_stop_requested(self) -> None:
        if not self.finish_on_stop:
            self.runner.stop()
        elif self.runner.busy:
            self.runner.send(FINISH)
            self._finish_timer.start()
            self.controls.set_stopping(True)

    def _on_busy_changed_for_finish(self, busy: bool) -> None:
        if not busy and self._finish_timer.isActive():
            self._finish_timer.stop()
            self.controls.set_stopping(False)

    def idle_text(self) -> str:
        """The hint the message line shows while there is no message."""
        return self.tr("Press Start to run in the background; Stop keeps what was computed so far.")

    def start(self) -> int:
        """Start the page's job; return the run id (0 when the settings were refused)."""
        raise NotImplementedError

    def on_event(self, event: object) -> None:
        """Handle an event other than Progress and Notice (those the page shows itself)."""

    def on_succeeded(self, result: object) -> None:
        self.finished.emit()

    def on_stopped(self) -> None:
        """The user stopped the run (its thread may still be ending)."""

    def failure_text(self, error: BaseException) -> str:
        """The one-line message shown when the job raises ``error``."""
        return self.tr("The run stopped: %1").replace("%1", translated(error))

    def end_demo(self) -> None:
        self.updates.flush()  # the screenshot shows the final state

    def place(self, settings: QWidget | None, body: QWidget | QLayout) -> None:
        """Lay out messages and controls above the settings column and the body."""
        row = QHBoxLayout()
        if settings is not None:
            self._settings = settings
            for form in settings.findChildren(QFormLayout):
                # A label too long for the column goes above its field, never cut.
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            row.addWidget(settings, 0, Qt.AlignmentFlag.AlignTop)
            self._add_settings_toggle(settings)
            theme_mod.theme_manager().changed.connect(self._fit_settings)
            self._fit_settings(theme_mod.current())
        _add(row, body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.messages)
        layout.addWidget(self.controls)
        layout.addLayout(row, 1)

    def _add_settings_toggle(self, settings: QWidget) -> None:
        """A button that hides the settings column: the views get the whole width."""
        toggle = QToolButton()
        toggle.setText(self.tr("Settings"))
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.setToolTip(self.tr("Show or hide the settings column"))
        toggle.toggled.connect(settings.setVisible)
        self.controls.layout().insertWidget(0, toggle)
        self.settings_toggle = toggle

    def _fit_settings(self, theme: theme_mod.Theme) -> None:
        # Wider with projector fonts, but less than the fonts grow: the views need room too.
        self._settings.setFixedWidth(int(SETTINGS_WIDTH * (1 + (theme.scale - 1) / 2)))

    def _on_event(self, event: object) -> None:
        if isinstance(event, Progress):
            self.controls.show_progress(self.progress_shown(event))
        elif isinstance(event, Notice):
            self.messages.show_message(translated(event), event.level)
        else:
            self.on_event(event)

    def progress_shown(self, progress: Progress) -> Progress:
        """The Progress as the controls show it (a page may translate its phase names)."""
        return progress

    def _on_failed(self, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        self.messages.show_message(self.failure_text(error), "error", details)
        self.finished.emit()


def _add(box: QBoxLayout, item: QWidget | QLayout) -> None:
    if isinstance(item, QLayout):
        box.addLayout(item, 1)
    else:
        box.addWidget(item, 1)
