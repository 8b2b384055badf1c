"""Uncaught exceptions are logged and reported, never a silent abort."""

from __future__ import annotations

import sys

from lab_app.qt.errors import ErrorReporter, log_file, setup_logging


def test_uncaught_exception_is_logged_and_shown(qtbot):
    setup_logging()
    reporter = ErrorReporter()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        info = sys.exc_info()
    with qtbot.waitSignal(reporter.reported, timeout=2000) as signal:
        reporter.report(*info)
    summary, details = signal.args
    assert summary == "RuntimeError: boom in a slot"
    assert "Traceback" in details
    assert "boom in a slot" in log_file().read_text(encoding="utf-8")
    assert len(reporter.dialogs) == 1
    dialog = reporter.dialogs[0]
    assert dialog.detailedText() == details
    dialog.close()
