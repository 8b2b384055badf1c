"""A titled panel for non-plot views, and a small sortable table of labelled numbers.

``TitledPanel`` behaves like a ``PlotPanel`` inside a ``PanelGrid``: a bold title that a
double-click focuses (``focus_requested``), a hint saying what to do while it is empty.
``MatrixTable`` shows a few rows and columns of a count or weight matrix: the row word in the
first column, numbers as the UI language writes them, sorting by value (not by text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal, whole

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def whole_text(value: float) -> str:
    """A count as the UI writes it (thin-space thousands)."""
    return whole(int(round(value)))


def decimal_text(places: int = 2) -> Callable[[float], str]:
    """A formatter writing ``places`` decimals with the UI language's decimal sign."""
    return lambda value: decimal(value, places)


class TitledPanel(QWidget):
    """A bold title (double-click: ``focus_requested``), an optional caption, and ``body``; the
    body is replaced by ``hint`` text until ``set_empty(False)``."""

    focus_requested = Signal()

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.title.setToolTip(self.tr("Double-click to enlarge this panel; Esc to go back"))
        self.title.installEventFilter(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.hide()
        self.body = body
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        self.stack.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self.setMinimumSize(120, 100)

    def add_header(self, widget: QWidget) -> None:
        """Put ``widget`` above the body, shown even while the panel is empty."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.stack), widget)

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_caption(self, text: str) -> None:
        """A line under the title (rich text); empty hides it."""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def set_hint(self, text: str) -> None:
        """What to do while the panel is empty (shown until ``set_empty(False)``)."""
        self.hint.setText(text)

    def set_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.hint if empty else self.body)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.hint

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.title and event.type() == QEvent.Type.MouseButtonDblClick:
            self.focus_requested.emit()
            return True
        return super().eventFilter(watched, event)


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (``SORT_ROLE``), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class MatrixTable(QTableWidget):
    """Rows of labelled numbers: the row label in column 0, then one column per matrix column.

    Click a header to sort by it (numbers by value); zeros are drawn muted so that sparsity
    shows. Read-only. GUI thread.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setSortingEnabled(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_labels: list[str] = []
        self.column_labels: list[str] = []
        self.values = np.zeros((0, 0))
        self._corner = ""
        self._format: Callable[[float], str] = whole_text
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    def set_matrix(
        self,
        corner: str,
        rows: Sequence[str],
        columns: Sequence[str],
        values: np.ndarray,
        number_text: Callable[[float], str] = whole_text,
        column_tips: Sequence[str] = (),
    ) -> None:
        """Show ``values`` (len(rows) × len(columns)) with the row labels under ``corner``;
        ``number_text`` writes each number; ``column_tips`` are the headers' tooltips."""
        values = np.asarray(values, dtype=np.float64).reshape(len(rows), len(columns))
        self.row_labels, self.column_labels, self.values = list(rows), list(columns), values
        self._corner, self._format = corner, number_text
        self.setSortingEnabled(False)  # filling a sorted table moves rows under our feet
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns) + 1)
        self.setHorizontalHeaderLabels([corner, *columns])
        for j, tip in enumerate(column_tips):
            header = self.horizontalHeaderItem(j + 1)
            if header is not None:
                header.setToolTip(tip)
        muted = QBrush(QColor("#8a8a8a"))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, word in enumerate(rows):
            label = _Item(word)
            label.setData(SORT_ROLE, word)
            self.setItem(i, 0, label)
            for j, value in enumerate(values[i]):
                item = _Item(number_text(value))
                item.setData(SORT_ROLE, float(value))
                item.setTextAlignment(align)
                if value == 0:
                    item.setForeground(muted)
                self.setItem(i, j + 1, item)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorShown(False)

    def clear_matrix(self) -> None:
        self.row_labels, self.column_labels, self.values = [], [], np.zeros((0, 0))
        self.clear()
        self.setRowCount(0)
        self.setColumnCount(0)

    def shown_rows(self) -> list[str]:
        """The row labels in the order shown now (after any sort)."""
        return [self.item(i, 0).text() for i in range(self.rowCount())]

    def cell_text(self, row: str, column: str) -> str:
        """The text shown for (``row``, ``column``) labels (KeyError when not shown)."""
        i = self.shown_rows().index(row)
        j = self.column_labels.index(column)
        return self.item(i, j + 1).text()

    def _on_theme_changed(self, _theme) -> None:
        self.resizeColumnsToContents()
