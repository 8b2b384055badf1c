"""The parameter quiz's breakdown: every tensor of the LSTM, grouped with subtotals, as the
slides count them and as torch does (a table per count; side by side or as tabs)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.numbers import whole

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Symbolic sums of each group, as the slides and torch's documentation would write them.
GROUP_FORMULAS = {
    "lecture": {"weight": "4·(d_h + d_x)·d_h", "bias": "4·d_h", "total": "4·(d_h + d_x + 1)·d_h"},
    "torch": {"weight": "4·d_h·(d_x + d_h)", "bias": "2·4·d_h", "total": "4·d_h·(d_x + d_h + 2)"},
}


def math_html(symbols: str) -> str:
    """``"(d_h + d_x) × d_h"`` → ``(d<sub>h</sub> + d<sub>x</sub>) × d<sub>h</sub>``."""
    return re.sub(r"\b([A-Za-z])_(\w+)", r"\1<sub>\2</sub>", escape(symbols))


def wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's text as rich text (subscripts of d_h, W_f), left-aligned."""

    def _document(self, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(option.text)
        return document

    def paint(self, painter, option, index) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        document = self._document(view)
        view.text = ""  # the style draws the background; the document draws the text
        style = view.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, view.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view, view.widget)
        y = rect.top() + (rect.height() - document.size().height()) / 2
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, view.palette.color(QPalette.ColorRole.Text)
        )
        painter.save()
        painter.translate(rect.left(), y)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        # The size of the text as it reads, without the markup (subscripts are only narrower).
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        view.text = self._document(view).toPlainText()
        style = view.widget.style()
        return style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, view, QSize(), view.widget
        )


class BreakdownPanel(QWidget):
    """One source's tensors (the slides' or torch's) under its formula and its convention:
    weights, their subtotal, biases, their subtotal, then the total. The table is sized to its
    rows, so nothing hides behind a scrollbar."""

    def __init__(self, source: str, headers: list[str]):
        super().__init__()
        self.source = source  # "lecture" or "torch": which group formulas to write
        self.title = wrapping_label()
        self.note = wrapping_label()
        self.after = wrapping_label()  # under the table: why torch's count differs
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeaderItem(2).setTextAlignment(RIGHT)
        self.table.verticalHeader().hide()
        for column in (0, 1):
            self.table.setItemDelegateForColumn(column, RichTextDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.table.setHorizontalScrollBarPolicy(off)
        self.table.setVerticalScrollBarPolicy(off)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.note, self.table, self.after):
            layout.addWidget(widget)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in (self.title, self.note, self.after):
            label.clear()
        self.table.setRowCount(0)

    def fill(self, rows, labels: dict[str, str], title: str, note: str) -> None:
        """Show ``rows`` (ParameterRow) with a subtotal per kind and a total under ``title``
        and ``note``; ``labels`` names the subtotal and total rows (translated)."""
        lines = []
        for kind in ("weight", "bias"):
            group = [row for row in rows if row.kind == kind]
            lines += [self._tensor_line(row) for row in group]
            lines.append((labels[kind], self._formula(kind), sum(r.count for r in group), True))
        lines.append((labels["total"], self._formula("total"), sum(r.count for r in rows), True))
        self.table.setRowCount(len(lines))
        for index, line in enumerate(lines):
            self._set_line(index, *line)
        self.title.setText(title)
        self.note.setText(note)
        self._fit()

    def _tensor_line(self, row) -> tuple[str, str, int, bool]:
        name = math_html(row.name) if self.source == "lecture" else escape(row.name)
        # As written by the source: "(d_h + d_x) × d_h = 96 × 64", "4·d_h = 256".
        symbols = " × ".join(
            f"({symbol})" if len(row.written) > 1 and ("+" in symbol or "·" in symbol) else symbol
            for symbol, _ in row.written
        )
        sizes = " × ".join(whole(size) for _, size in row.written)
        return name, f"{math_html(symbols)} = {sizes}", row.count, False

    def _formula(self, kind: str) -> str:
        return math_html(GROUP_FORMULAS[self.source][kind])

    def _set_line(self, index: int, name: str, shape: str, count: int, bold: bool) -> None:
        items = [QTableWidgetItem(name), QTableWidgetItem(shape), QTableWidgetItem(whole(count))]
        items[2].setTextAlignment(RIGHT)  # numbers right-aligned, thin-space thousands
        font = QFont(self.table.font())
        font.setBold(bold)  # subtotals and the total stand out from the tensors
        for column, item in enumerate(items):
            item.setFont(font)
            self.table.setItem(index, column, item)

    def _fit(self) -> None:
        table = self.table
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        height = table.horizontalHeader().height() + frame
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedSize(width, height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As wide as the table: side by side, the formula and the notes wrap above and below it.
        return QSize(self.table.width(), super().sizeHint().height())


class BreakdownView(QWidget):
    """The two tables side by side when they fit the width, else one tab each: a change of
    shape, not a scrollbar (CLASSROOM_UI.md)."""

    def __init__(self, panels: list[tuple[QWidget, str]]):
        super().__init__()
        self.panels = panels
        self.side = QWidget()
        self.side_layout = QHBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side)
        layout.addWidget(self.tabs)
        # No minimum width from the side-by-side shape, or it could never switch to tabs.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tabbed: bool | None = None
        self.arrange()

    def arrange(self, force: bool = False) -> None:
        """Put the panels side by side or in tabs, whichever the current width allows;
        ``force`` after the panels' widths changed."""
        spacing = self.side_layout.spacing() * (len(self.panels) - 1)
        tabbed = self.width() < sum(p.sizeHint().width() for p, _ in self.panels) + spacing
        if tabbed == self.tabbed and not force:
            return
        self.tabbed = tabbed
        self.tabs.clear()  # forgets the tabs; the panels themselves move below
        while self.side_layout.count():
            self.side_layout.takeAt(0)
        for panel, title in self.panels:
            if tabbed:
                self.tabs.addTab(panel, title)
            else:
                self.side_layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
                panel.show()  # a tab that was not current left it hidden
        self.side_layout.addStretch(1)
        self.side.setVisible(not tabbed)
        self.tabs.setVisible(tabbed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.arrange()
