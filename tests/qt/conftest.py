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
