"""Saved settings (QSettings), written off the GUI thread.

Writing a setting makes Qt save the whole file and ``fsync`` it. Right after a large file has
been read or written, that flush can wait for the disk for 50–150 ms: a frozen window if the
GUI thread did it. Reads stay on the caller's thread (they are cheap and never wait for a flush).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool

_pool: QThreadPool | None = None


def settings_pool() -> QThreadPool:
    """One thread of its own: writes keep their order and never wait behind a training job."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("lab-app settings")
        _pool.setMaxThreadCount(1)
    return _pool


def read_setting(key: str, default: object = None) -> object:
    return QSettings().value(key, default)


def write_setting(key: str, value: object) -> None:
    """Save ``value`` under ``key`` on the settings thread (the window waits for it on close)."""

    def save() -> None:
        QSettings().setValue(key, value)  # QSettings is reentrant: one object per thread

    settings_pool().start(save)


def wait_for_settings(timeout_ms: int = 1000) -> bool:
    """Wait until every queued write is on disk; True when they all are."""
    return _pool is None or _pool.waitForDone(timeout_ms)
