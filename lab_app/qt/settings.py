"""Saved settings (QSettings), written off the GUI thread.

Writing a setting makes Qt save the whole file and ``fsync`` it. Right after a large file has
been read or written, that flush can wait for the disk for 50–150 ms: a frozen window if the
GUI thread did it. Reads stay on the caller's thread (they are cheap and never wait for a flush).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool


def read_setting(key: str, default: object = None) -> object:
    return QSettings().value(key, default)


def write_setting(key: str, value: object) -> None:
    """Save ``value`` under ``key`` on a pool thread (the window waits for the pool on close)."""

    def save() -> None:
        QSettings().setValue(key, value)  # QSettings is reentrant: one object per thread

    QThreadPool.globalInstance().start(save)
