"""Uncaught exceptions end in a dialog with the details and a line in the log file.

Exceptions on any thread are logged to ``<user log dir>/lab-app.log`` (platformdirs) and shown
on the GUI thread; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("lab_app")


def log_file() -> Path:
    """Return the log file's path, creating its folder."""
    folder = Path(user_log_dir("lab-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "lab-app.log"


def setup_logging() -> Path:
    """Send the ``lab_app`` logger to the log file (once); return its path."""
    path = log_file()
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


class ErrorReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    reported = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.reported.connect(self._show)
        self.dialogs: list[QMessageBox] = []
        self.show_dialogs = True

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.report
        threading.excepthook = lambda args: self.report(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def report(self, exc_type, exc_value, exc_tb) -> None:
        """Log the exception and ask the GUI thread to show it (any thread may call)."""
        details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        log.error("uncaught exception\n%s", details)
        self.reported.emit(f"{exc_type.__name__}: {exc_value}", details)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if not self.show_dialogs or QApplication.instance() is None:
            return
        from lab_app.qt.widgets.message_bar import excerpt

        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"), excerpt(summary))
        box.setInformativeText(
            self.tr("The lab keeps running. The details are also in %1").replace(
                "%1", str(log_file())
            )
        )
        box.setDetailedText(details)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no dialog left behind per error
        box.open()
        self.dialogs.append(box)
        box.finished.connect(
            lambda _=0, b=box: self.dialogs.remove(b) if b in self.dialogs else None
        )
