"""A sortable, filterable table of the vocabulary: rank, token, count, share of all tokens."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget


class VocabularyModel(QAbstractTableModel):
    """Rows of (rank, token, count, percent) from a token → count mapping (most frequent first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str, int, float]] = []

    def set_vocabulary(self, vocabulary: Mapping[str, int]) -> None:
        """Replace the rows; ``vocabulary`` must already be ordered most frequent first."""
        total = sum(vocabulary.values()) or 1
        self.beginResetModel()
        self._rows = [
            (rank, token, count, 100.0 * count / total)
            for rank, (token, count) in enumerate(vocabulary.items(), start=1)
        ]
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
            return f"{row[3]:.3f}" if column == 3 else str(row[column])
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers sort as numbers
            return row[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class VocabularyTable(QWidget):
    """The vocabulary table with a filter field above it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = VocabularyModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tokens…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)

    def set_vocabulary(self, vocabulary: Mapping[str, int]) -> None:
        self.model.set_vocabulary(vocabulary)
