"""Projector mode enlarges every widget's text, in the dark theme too (its style sheet used to
keep the old size on widgets already shown)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@pytest.mark.parametrize("dark", [False, True])
def test_projector_toggle_reaches_widgets_already_shown(qtbot, dark):
    from lab_app.qt import theme as theme_mod

    manager = theme_mod.theme_manager()
    manager.set_theme(theme_mod.Theme(dark=dark))
    window = QWidget()
    label = QLabel("h_t", window)
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    window.show()
    normal = label.font().pointSizeF()
    manager.update(projector=True)
    qtbot.wait(1)  # the font change reaches widgets through posted events
    assert label.font().pointSizeF() >= 1.6 * normal
    manager.update(projector=False)
    qtbot.wait(1)
    assert label.font().pointSizeF() == pytest.approx(normal)
