"""An inline message strip for a tab: what went wrong in one line, the details on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_COLOURS = {"error": "#D55E00", "warning": "#E69F00", "info": "#0072B2"}
STRIPE_PX = 6
# A message quotes user text (a pasted probe, a file name): laying out a 65 000-character label
# froze the window for 10 s. The line says what went wrong; the rest goes to Details.
MAX_SHOWN_CHARS = 300


def excerpt(text: str, most: int = MAX_SHOWN_CHARS) -> str:
    """``text`` cut to ``most`` characters with an ellipsis (whole when short)."""
    return text if len(text) <= most else text[: most - 1] + "…"


class MessageBar(QWidget):
    """A line above a page's controls: the page's hint while idle (``set_idle_text``), or a
    coloured message with a Details toggle and a close button (``show_message``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        # Messages quote user text (file names, pasted probes): never read it as HTML.
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.close_button = QPushButton("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setFlat(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)
        self.details.hide()
        for button in (self.details_button, self.close_button):
            # Room kept while hidden: a button appearing must not change the line's height,
            # which re-laid out the whole page (nine plots: ~0.2 s of GUI time mid-run).
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6 + STRIPE_PX, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button.clicked.connect(self.clear)
        self.level = "idle"
        # Always there, saying what the page does when there is nothing else to say: a hidden
        # bar left a blank band, and showing and hiding it re-laid the whole page out at every
        # run's start (a 0.5 s stall while training).
        self.idle_text = ""
        self.clear()

    def set_idle_text(self, text: str) -> None:
        """The page's hint, shown whenever no message is."""
        self.idle_text = text
        if self.level == "idle":
            self.clear()

    def clear(self) -> None:
        """Back to the page's hint."""
        self.level = "idle"
        self.update()
        self.text.setText(self.idle_text or " ")
        self.text.setEnabled(False)  # drawn muted: a hint, not a message
        self.details.clear()
        self.details_button.hide()
        self.close_button.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # A painted stripe, not a style sheet: changing a style sheet re-polishes the widget
        # and can re-lay the page out at every message.
        super().paintEvent(event)
        if self.level in _COLOURS:
            painter = QPainter(self)
            painter.fillRect(0, 0, STRIPE_PX, self.height(), QColor(_COLOURS[self.level]))
            painter.end()

    def show_message(self, text: str, level: str = "info", details: str = "") -> None:
        """Show ``text`` coloured by ``level`` (error, warning, info); details behind a toggle."""
        self.level = level
        self.update()  # the stripe's colour (paintEvent)
        self.text.setText(excerpt(text))
        if len(text) > MAX_SHOWN_CHARS:
            details = f"{excerpt(text, 20 * MAX_SHOWN_CHARS)}\n\n{details}".strip()
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.text.setEnabled(True)
        self.close_button.show()
