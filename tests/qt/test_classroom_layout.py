"""Readable on a classroom projector: every page at 1280×720 in projector mode, nothing cut.

Renders every page of every tab (the registry) in the real window and compares each visible
label, button, check box and combo box's text width with the room it has.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QToolButton,
)

from lab_app.qt import registry
from lab_app.qt import theme as theme_mod

PAGES = [(tab.key, page.key) for tab in registry.TABS for page in tab.pages]
INDICATOR_PX = 24  # a check box's box and gap; a combo box's arrow


def text_width(widget, text: str) -> float:
    rich = isinstance(widget, QLabel) and widget.textFormat() != widget.textFormat().PlainText
    if rich and "<" in text:
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setHtml(text)
        return document.idealWidth() - 2 * document.documentMargin()
    return widget.fontMetrics().horizontalAdvance(text.replace("&", ""))


def cut_texts(window) -> list[str]:
    """Descriptions of the visible widgets whose text does not fit their width."""
    cut = []
    for widget in (
        window.findChildren(QLabel)
        + window.findChildren(QAbstractButton)
        + window.findChildren(QComboBox)
    ):
        if not widget.isVisibleTo(window) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text().strip():
                continue
            need, room = text_width(widget, widget.text()), widget.contentsRect().width()
        elif isinstance(widget, QComboBox):
            need, room = text_width(widget, widget.currentText()) + INDICATOR_PX, widget.width()
        elif isinstance(widget, QCheckBox):
            need, room = text_width(widget, widget.text()) + INDICATOR_PX, widget.width()
        elif isinstance(widget, (QPushButton, QToolButton)):
            if not widget.text() or widget.text() in ("✕", "⤓"):
                continue
            need, room = text_width(widget, widget.text()) + 8, widget.width()
        else:
            continue
        if need > room + 1:
            cut.append(
                f"{type(widget).__name__} {widget.text() if hasattr(widget, 'text') else widget.currentText()!r}: {need:.0f} > {room}"
            )
    return cut


@pytest.mark.parametrize("language", ["es", "en"])
def test_nothing_is_cut_at_1280x720_in_projector_mode(qapp, state, qtbot, language):
    from lab_app.qt.i18n import Translations
    from lab_app.qt.main_window import MainWindow

    translations = Translations()
    translations.install(language)
    theme_mod.theme_manager().update(projector=True)
    window = MainWindow(state, language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    problems = []
    try:
        for tab, page in PAGES:
            window.show_page(tab, page)
            for _ in range(3):
                QApplication.processEvents()
            assert (window.width(), window.height()) == (1280, 720), (tab, page, window.size())
            problems += [f"{tab}/{page}: {text}" for text in cut_texts(window)]
    finally:
        window.shutdown()
        translations.install("en")
    assert problems == []


def test_the_check_sees_a_cut_label_and_combo_box(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    label, combo = QLabel("Longitud de secuencia"), QComboBox()
    combo.addItem("caracteres")
    for widget in (label, combo):
        widget.setFixedWidth(60)
    row = QHBoxLayout(window)
    row.addWidget(label)
    row.addWidget(combo)
    window.show()
    assert len(cut_texts(window)) == 2
