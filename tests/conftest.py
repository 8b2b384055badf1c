"""Shared test set-up: offscreen Qt, isolated settings, one torch thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's process settings (switch interval; torch and BLAS threads: every core but one),
# before numpy or torch load.
from lab_app import process  # noqa: E402

process.configure()

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory):
    """Keep QSettings (recent files, language) and logs out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # core-only environments
        yield
        return
    QCoreApplication.setOrganizationName("lab-app-tests")
    QCoreApplication.setApplicationName("lab-app-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    yield
