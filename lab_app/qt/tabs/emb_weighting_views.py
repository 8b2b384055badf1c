"""The Weighting page's views: its settings, the lecture's formulas, the neighbour lists side by
side, and the sparse-versus-dense figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal
from lab_app.qt.widgets.form_fields import spin_box

NEIGHBOURS = 10
SENTENCE_PX = 170  # a neighbour column that explains why it is empty


class WeightingSettings(QWidget):
    """Counting (window, min count), weighting options (α, add-k), the words to compare, d."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.context_window = spin_box(
            1, 10, 4, self.tr("±window: context words counted on each side of a word")
        )
        self.min_count = spin_box(
            1,
            1000,
            2,
            self.tr(
                "Rows and columns: the words seen at least this many times (fewer rows: a "
                "faster SVD; rare words have too few contexts to compare anyway)"
            ),
        )
        self.alpha = QCheckBox(self.tr("Smooth contexts: α = 0.75"))
        self.alpha.setToolTip(
            self.tr(
                "Context-distribution smoothing (Levy, Goldberg &amp; Dagan 2015): P(y) becomes "
                "P<sub>α</sub>(y) = c(y)<sup>α</sup> / Σ<sub>y′</sub> c(y′)<sup>α</sup> with α = "
                "0.75. It raises the probability of rare contexts a little, so a word seen once "
                "next to a rare context no longer gets a huge PMI. Off: the lecture's formula."
            )
        )
        self.add_k = QCheckBox(self.tr("Add-k smoothing"))
        self.add_k.setToolTip(
            self.tr(
                "Laplace smoothing: add k to every count c(x, y) before the probabilities. It "
                "lowers the PMI of pairs seen only a few times, but fills every cell: the matrix "
                "becomes dense (refused when it would not fit in memory). Off: the lecture's "
                "formula."
            )
        )
        self.k = QDoubleSpinBox()
        self.k.setRange(0.1, 10.0)
        self.k.setSingleStep(0.5)
        self.k.setValue(1.0)
        self.k.setPrefix("k = ")
        self.k.setToolTip(self.add_k.toolTip())
        self.k.setEnabled(False)
        self.add_k.toggled.connect(self.k.setEnabled)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("PPMI (word-word)"), "ppmi")
        self.kind.addItem(self.tr("tf-idf (term-document)"), "tfidf")
        self.kind.setToolTip(self.tr("Which weighted matrix the table shows"))
        self.words = QLineEdit()
        self.words.setMaxLength(300)
        self.words.setToolTip(
            self.tr("Rows of the table, separated by commas (Enter to show them)")
        )
        self.query = QLineEdit()
        self.query.setMaxLength(60)
        self.query.setToolTip(self.tr("The word whose nearest neighbours are listed"))
        self.other = QLineEdit()
        self.other.setMaxLength(60)
        self.other.setToolTip(self.tr("A second word: its cosine with the first, in each space"))
        self.dimension = spin_box(
            2,
            1000,
            100,
            self.tr("d: dimensions kept by the truncated SVD of the PPMI matrix (dense vectors)"),
        )
        self.corpus = QLabel()
        self.corpus.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        counting = QGroupBox(self.tr("Counts and weighting"))
        form = QFormLayout(counting)
        form.addRow(self.tr("Window ±"), self.context_window)
        form.addRow(self.tr("Min. count"), self.min_count)
        form.addRow(self.alpha)
        k_row = QHBoxLayout()
        k_row.addWidget(self.add_k)
        k_row.addWidget(self.k)
        form.addRow(k_row)
        form.addRow(self.tr("SVD d"), self.dimension)
        compare = QGroupBox(self.tr("Words"))
        form = QFormLayout(compare)
        form.addRow(self.tr("Rows"), self.words)
        form.addRow(self.tr("Query"), self.query)
        form.addRow(self.tr("Cosine with"), self.other)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(counting)
        layout.addWidget(compare)
        layout.addWidget(self.corpus)
        layout.addStretch(1)

    def fields(self) -> dict[str, QWidget]:
        return {
            "window": self.context_window,
            "min_count": self.min_count,
            "alpha": self.alpha,
            "add_k": self.add_k,
            "k": self.k,
            "kind": self.kind,
            "words": self.words,
            "query": self.query,
            "other": self.other,
            "dimension": self.dimension,
        }


# The longest formula line of each block: two blocks side by side need room for both.
WIDEST_LINES = (
    "idf(t, D) = log(|D| / |{d ∈ D : t ∈ d}|)",
    "P(x, y) = c(x, y) / N, P(x) = Σ c(x, y) / N",
)
LARGE = 1.2  # "font-size: large" in Qt's rich text, relative to the label's font


class FormulaText(QLabel):
    """The lecture's tf-idf and PPMI formulas as rich text, one size up, side by side when they
    fit (else one above the other), with the smoothing now in use below them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.options: tuple[float | None, float] = (None, 0.0)
        self.side_by_side = False
        self.show_options(None, 0.0)

    def show_options(self, alpha: float | None, add_k: float) -> None:
        self.options = (alpha, add_k)
        self.setText(self.html(alpha, add_k, self.side_by_side))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        need = LARGE * sum(metrics.horizontalAdvance(line) for line in WIDEST_LINES) + 48
        wide = self.width() >= need
        if wide != self.side_by_side:  # only on a change: setText re-lays out the label
            self.side_by_side = wide
            self.setText(self.html(*self.options, wide))

    def html(self, alpha: float | None, add_k: float, side_by_side: bool = True) -> str:
        """The formulas as rich text (two columns, or one block under the other)."""
        if alpha is None:
            smoothing = self.tr("context smoothing off: P(y) as above")
        else:
            smoothing = self.tr(
                "context smoothing on: P(y) → P<sub>α</sub>(y) = c(y)<sup>%1</sup> / Σ "
                "c<sup>%1</sup>"
            ).replace("%1", decimal(alpha, 2))
        if add_k > 0:
            smoothing += "; " + self.tr("add-k on: c(x, y) → c(x, y) + %1").replace(
                "%1", decimal(add_k, 1)
            )
        else:
            smoothing += "; " + self.tr("add-k off")
        tfidf = (
            "<b>tf-idf</b> "
            + self.tr("(term t, document d, collection D)")
            + "<br>tf(t, d) = f(t, d) / max{f(t′, d) : t′ ∈ d}"
            + "<br>idf(t, D) = log(|D| / |{d ∈ D : t ∈ d}|)"
            + "<br>tf-idf(t, d) = tf(t, d) · idf(t, D)"
        )
        ppmi = (
            "<b>PPMI</b> "
            + self.tr("(word x, context y, counts c(x, y), N = Σ c)")
            + "<br>PMI(x, y) = log<sub>2</sub> P(x, y) / (P(x) P(y))"
            + "<br>P(x, y) = c(x, y) / N, P(x) = Σ<sub>y</sub> c(x, y) / N,"
            + "<br>P(y) = Σ<sub>x</sub> c(x, y) / N"
            + "<br>PPMI(x, y) = max(PMI(x, y), 0)"
        )
        if side_by_side:
            blocks = (
                "<table cellspacing='0' cellpadding='0'><tr>"
                f"<td valign='top' style='padding-right:24px'>{tfidf}</td>"
                f"<td valign='top'>{ppmi}</td></tr></table>"
            )
        else:
            blocks = f"<p>{tfidf}</p><p>{ppmi}</p>"
        note = self.tr("log: natural log; a term in every document gets idf 0.")
        # One size up: the formulas are what the room reads from this panel.
        return f"<div style='font-size:large'>{blocks}<p><i>{note} {smoothing}</i></p></div>"


def text_table(headers: Sequence[str], tips: Sequence[str] = ()) -> QTableWidget:
    """A read-only table of text cells with ``headers`` (and their tooltips)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    for column, tip in enumerate(tips):
        table.horizontalHeaderItem(column).setToolTip(tip)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], right_from: int = 1) -> None:
    """Replace the cells by ``rows`` of text; columns from ``right_from`` on align right."""
    table.setRowCount(len(rows))
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            if j >= right_from:
                item.setTextAlignment(align)
            table.setItem(i, j, item)


class NeighbourColumns(QWidget):
    """What the comparison holds the same, one column of nearest neighbours per kind of vector,
    and the cosine of two words in each space."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.comparison.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Columns as wide as their words and scores (never elided: the score is the point);
        # a column that holds a sentence instead gets a fixed width and wraps it.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setWordWrap(True)
        self.cosines = QLabel()
        self.cosines.setWordWrap(True)
        self.cosines.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comparison)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cosines)
        self.columns: dict[str, list[tuple[str, float]] | str] = {}
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    def show_columns(
        self, headers: Sequence[str], tips: Sequence[str], columns: Sequence[list | str]
    ) -> None:
        """One column per kind of vector: a list of (word, cosine), or a sentence saying why
        there is none (shown in the first cell, wrapped)."""
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setRowCount(NEIGHBOURS)
        self.table.setVerticalHeaderLabels([str(rank + 1) for rank in range(NEIGHBOURS)])
        self.table.clearSpans()
        for j, column in enumerate(columns):
            if isinstance(column, str):
                item = QTableWidgetItem(column)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(column)
                self.table.setItem(0, j, item)
                self.table.setSpan(0, j, NEIGHBOURS, 1)
                continue
            for i, (word, score) in enumerate(column[:NEIGHBOURS]):
                item = QTableWidgetItem(f"{word}  {decimal(score, 2)}")
                item.setToolTip(f"cos = {decimal(score, 4)}")
                self.table.setItem(i, j, item)
        self._fit_columns(columns)

    def _fit_columns(self, columns: Sequence[list | str]) -> None:
        """Word columns as wide as their longest cell; sentence columns a fixed width."""
        self.table.resizeColumnsToContents()
        sentence_width = int(SENTENCE_PX * theme_mod.current().scale)
        for j, column in enumerate(columns):
            if isinstance(column, str):
                self.table.setColumnWidth(j, sentence_width)

    def _on_theme_changed(self, _theme) -> None:
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def cell_words(self, column: int) -> list[str]:
        """The words listed in ``column`` (the first token of each filled cell)."""
        words = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            if item is not None and item.text():
                words.append(item.text().split("  ")[0])
        return words
