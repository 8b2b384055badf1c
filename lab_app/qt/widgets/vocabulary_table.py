"""A sortable, filterable table of the vocabulary: rank, token, count, share of all tokens.

The model sorts and filters its own rows in Python (one list sort) rather than through a
QSortFilterProxyModel, whose per-row ``data()`` calls freeze the window for seconds on a
vocabulary of 100k types.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.widgets.message_bar import excerpt

MAX_TOKEN_SHOWN = 60  # characters of a token shown in its cell

Row = tuple[int, str, int]


class VocabularyModel(QAbstractTableModel):
    """Rows of (rank, token, count, percent) from a token → count mapping (most frequent first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Row] = []
        self._rows: list[Row] = []
        self._filter = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._total = 1

    def set_vocabulary(self, vocabulary: Mapping[str, int]) -> None:
        """Replace the rows; ``vocabulary`` must already be ordered most frequent first."""
        # Built with C-level loops only: a 150k-type vocabulary takes milliseconds, not a freeze.
        self._total = sum(vocabulary.values()) or 1
        self._all = list(zip(range(1, len(vocabulary) + 1), vocabulary.keys(), vocabulary.values()))
        self._refresh()

    def set_filter(self, text: str) -> None:
        """Keep only tokens containing ``text`` (case-insensitive)."""
        self._filter = text.casefold()
        self._refresh()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        self._sort = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        rows = self._all
        if self._filter:
            rows = [row for row in rows if self._filter in row[1].casefold()]
        column, order = self._sort
        if (column, order) != (0, Qt.SortOrder.AscendingOrder):
            key = itemgetter(2 if column == 3 else column)  # percent sorts like count
            rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("rank"), self.tr("token"), self.tr("count"), "%")[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                # Text without spaces makes tokens of 65 536 characters; laying one out in a
                # cell stalls the window, and nobody reads past the first few dozen.
                return excerpt(row[1], MAX_TOKEN_SHOWN)
            # Numbers as the user's locale writes them: 1.234 and 4,352 in Spanish.
            if column == 3:
                return decimal(100.0 * row[2] / self._total, 3)
            return whole(row[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class VocabularyTable(QWidget):
    """The vocabulary table with a filter field above it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = VocabularyModel(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tokens…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every one of 100k rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._widths = ((0, 70), (2, 90), (3, 70))
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        self._on_theme_changed(theme_mod.current())
        self.view.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)

    def set_vocabulary(self, vocabulary: Mapping[str, int]) -> None:
        self.model.set_vocabulary(vocabulary)

    def _on_theme_changed(self, theme: theme_mod.Theme) -> None:
        for column, width in self._widths:
            self.view.setColumnWidth(column, int(width * theme.scale))
