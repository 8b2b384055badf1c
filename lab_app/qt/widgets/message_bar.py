"""An inline message strip for a tab: what went wrong in one line, the details on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_COLOURS = {"error": "#D55E00", "warning": "#E69F00", "info": "#0072B2"}
# A message quotes user text (a pasted probe, a file name): laying out a 65 000-character label
# froze the window for 10 s. The line says what went wrong; the rest goes to Details.
MAX_SHOWN_CHARS = 300


def excerpt(text: str, most: int = MAX_SHOWN_CHARS) -> str:
    """``text`` cut to ``most`` characters with an ellipsis (whole when short)."""
    return text if len(text) <= most else text[: most - 1] + "…"


class MessageBar(QWidget):
    """Hidden until ``show_message``; a coloured line, a Details toggle and a close button."""

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
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button.clicked.connect(self.hide)
        self.level = "info"
        # No space kept while hidden (a blank band above the controls read as a layout bug):
        # a message re-lays the page out once when it appears, which is rare during a run.
        self.text.setText(" ")
        self.hide()

    def show_message(self, text: str, level: str = "info", details: str = "") -> None:
        """Show ``text`` coloured by ``level`` (error, warning, info); details behind a toggle."""
        self.level = level
        colour = _COLOURS.get(level, _COLOURS["info"])
        self.setStyleSheet(f"MessageBar {{ border-left: 6px solid {colour}; }}")
        self.text.setText(excerpt(text))
        if len(text) > MAX_SHOWN_CHARS:
            details = f"{excerpt(text, 20 * MAX_SHOWN_CHARS)}\n\n{details}".strip()
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()
