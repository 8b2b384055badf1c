"""Fixtures for the Qt tests: a fresh theme per test and a window over a fresh state."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _reset_theme(qapp):
    from lab_app.qt import theme as theme_mod

    yield
    theme_mod.theme_manager().set_theme(theme_mod.Theme())


@pytest.fixture
def state(qapp):
    from lab_app.qt.state import AppState

    return AppState()


@pytest.fixture
def window(qtbot, state):
    from lab_app.qt.main_window import MainWindow

    win = MainWindow(state, language="en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    yield win
    win.shutdown()


@pytest.fixture
def spanish(qapp):
    """The Spanish translation installed for one test (English again afterwards)."""
    from lab_app.qt.i18n import Translations

    translations = Translations()
    translations.install("es")
    yield
    translations.install("en")


@pytest.fixture
def lab(qapp, monkeypatch):
    """The real application object (its excepthooks and collector undone after the test)."""
    import sys
    import threading

    from lab_app.app import Lab, parse_args

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    lab = Lab(parse_args(["--lang", "en"]))
    lab.errors.show_dialogs = False
    yield lab
    lab.window.shutdown()
    lab.window.deleteLater()
    lab.garbage.stop()
