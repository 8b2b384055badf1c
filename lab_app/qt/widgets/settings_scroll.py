"""A page's settings column: as tall as its content where there is room, scrolling where not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class SettingsScroll(QScrollArea):
    """A settings column that scrolls when the window is too short for it, and otherwise is
    as tall as its content (a scroll area's own size hint is a few rows)."""

    def __init__(self, column: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(column)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        column = self.widget()
        hint = column.sizeHint()
        # Wrapped notes need more lines in the column's real width than in the preferred one.
        height = column.heightForWidth(self.width()) if column.hasHeightForWidth() else -1
        return QSize(hint.width(), max(hint.height(), height) + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the height the notes need changed with the width
