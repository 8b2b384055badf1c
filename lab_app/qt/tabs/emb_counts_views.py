"""The Counts page's views: count vectors drawn as arrows, the concordance with its window in
brackets, and the settings column."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.embedding_map_overlays import ArrowPath
from lab_app.qt.widgets.plot_panel import PlotPanel
from lab_app.qt.widgets.run_controls import SteadyLabel

MAX_WINDOW = 10
SOURCES = ("shakespeare", "lenci", "corpus_td", "corpus_ww")


class VectorPlot(PlotPanel):
    """Each row of a small count table as an arrow from the origin to (count in column X, count
    in column Y), labelled; two combo boxes choose X and Y, a third whether the arrows are the
    rows (words) or the columns (documents or contexts) of the table."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.x_column, self.y_column, self.arrows_for = QComboBox(), QComboBox(), QComboBox()
        self.arrows_for.addItem(self.tr("rows"), "rows")
        self.arrows_for.addItem(self.tr("columns"), "columns")
        self.arrows_for.setToolTip(
            self.tr(
                "<b>rows</b>: each word is a vector (its counts in two columns). <b>columns</b>: "
                "each document (or context) is a vector in the space of two words: the "
                "lecture's picture of plays on the axes battle and fool."
            )
        )
        for box, axis in ((self.x_column, "x"), (self.y_column, "y")):
            box.setToolTip(
                self.tr("The column whose counts give the arrows' %1").replace("%1", axis)
            )
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._redraw)
        self.arrows_for.currentIndexChanged.connect(self._on_arrows_for)
        row = QHBoxLayout()
        for label, box in (("x", self.x_column), ("y", self.y_column)):
            row.addWidget(QLabel(label))
            row.addWidget(box, 1)
        row.addWidget(self.arrows_for)
        self.layout().insertLayout(1, row)
        self.plot.setAspectLocked(True)  # angles are what the cosine measures: keep them true
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values = np.zeros((0, 0))
        self.unit = ""
        self.items: list[tuple[ArrowPath, pg.TextItem]] = []
        self.set_hint(self.tr("Choose a table: its words appear here as arrows"))

    def has_data(self) -> bool:
        return bool(self.items)

    def set_table(
        self,
        rows: Sequence[str],
        columns: Sequence[str],
        values: np.ndarray,
        unit: str,
        axes: tuple[str, str] | None = None,
    ) -> None:
        """Use the table ``values`` (rows × columns); ``unit`` goes in the axis titles (such as
        "count"); ``axes`` picks the two columns (default: the first two)."""
        self.rows, self.columns = list(rows), list(columns)
        self.values = np.asarray(values, dtype=np.float64).reshape(len(rows), len(columns))
        self.unit = unit
        self._fill_axes(axes)

    def chosen(self) -> tuple[str, str, str]:
        """(x column, y column, "rows" or "columns")."""
        return (
            self.x_column.currentText(),
            self.y_column.currentText(),
            self.arrows_for.currentData(),
        )

    def choose(self, x: str, y: str, arrows_for: str = "rows") -> None:
        """Pick the arrows' kind and the two axes by label (labels not offered are ignored)."""
        self.arrows_for.blockSignals(True)
        self.arrows_for.setCurrentIndex(max(0, self.arrows_for.findData(arrows_for)))
        self.arrows_for.blockSignals(False)
        self._fill_axes((x, y))

    def _axis_labels(self) -> list[str]:
        return self.columns if self.arrows_for.currentData() == "rows" else self.rows

    def _fill_axes(self, axes: tuple[str, str] | None) -> None:
        labels = self._axis_labels()
        for box in (self.x_column, self.y_column):
            box.blockSignals(True)
            box.clear()
            box.addItems(labels)
            box.blockSignals(False)
        x, y = axes or self._busiest(labels)
        self.x_column.setCurrentIndex(max(0, labels.index(x)) if x in labels else 0)
        default_y = 1 if len(labels) > 1 else 0
        self.y_column.setCurrentIndex(labels.index(y) if y in labels else default_y)
        self._redraw()

    def _busiest(self, labels: list[str]) -> tuple[str, str]:
        """The two axes with the largest totals: the arrows then spread out the most."""
        if len(labels) < 2:
            return (labels + ["", ""])[0], ""
        axis = 0 if self.arrows_for.currentData() == "rows" else 1
        totals = self.values.sum(axis=axis)
        first, second = np.argsort(-totals, kind="stable")[:2]
        return labels[int(first)], labels[int(second)]

    def _on_arrows_for(self) -> None:
        self._fill_axes(None)

    def _vectors(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The arrows' names and their (x, y) for the current choice."""
        x, y = self.x_column.currentIndex(), self.y_column.currentIndex()
        if self.arrows_for.currentData() == "rows":
            return self.rows, self.values[:, x], self.values[:, y]
        return self.columns, self.values[x, :], self.values[y, :]

    def _redraw(self) -> None:
        for arrow, label in self.items:
            self.plot.removeItem(arrow)
            self.plot.removeItem(label)
        self.items = []
        if self.values.size and self.x_column.count():
            names, xs, ys = self._vectors()
            for name, x, y in zip(names, xs, ys):
                arrow = ArrowPath(np.array([[0.0, 0.0], [x, y]]))
                label = pg.TextItem(name, anchor=(0.0, 1.0))
                label.setPos(float(x), float(y))
                self.plot.addItem(arrow)
                self.plot.addItem(label)
                self.items.append((arrow, label))
            unit = f" ({self.unit})" if self.unit else ""
            self.plot.setLabel("bottom", self.x_column.currentText() + unit)
            self.plot.setLabel("left", self.y_column.currentText() + unit)
            top = max(float(np.max(xs, initial=0)), float(np.max(ys, initial=0)), 1.0)
            self.plot.setXRange(0, top * 1.15)
            self.plot.setYRange(0, top * 1.15)
        self.restyle(theme_mod.current())
        self.update_hint()

    def restyle(self, theme: theme_mod.Theme) -> None:
        font = QFont(self.font())
        font.setPointSizeF(theme.font_points(10))
        font.setBold(True)
        for index, (arrow, label) in enumerate(self.items):
            colour = QColor(theme.series_colour(index))
            arrow.set_style(pg.mkPen(colour, width=theme.line_width), 4 * theme.line_width + 6, 0)
            label.setColor(colour)
            label.setFont(font)

    def csv_table(self):
        names, xs, ys = self._vectors() if self.values.size else ([], [], [])
        return ["vector", self.x_column.currentText(), self.y_column.currentText()], list(
            zip(names, xs, ys)
        )


def concordance_html(lines: Sequence, theme: theme_mod.Theme) -> str:
    """The concordance as HTML, one row per line, the word in one column so that it lines up
    (keyword in context): the document number, the text outside the window muted, the window in
    brackets in the theme's accent colour, the word bold."""
    accent = theme.series_colours[0]
    muted = "#9a9a9a" if theme.dark else "#707070"
    rows = []
    for line in lines:
        left_in = escape(" ".join(line.left_window))
        right_in = escape(" ".join(line.right_window))
        cells = (
            f"<td align='right' style='color:{muted}'>{line.document + 1}&nbsp;</td>",
            f"<td align='right' style='color:{muted}'>{escape(' '.join(line.left_outside))}</td>",
            f"<td align='right' style='color:{accent}'>[{left_in}</td>",
            f"<td align='center' style='color:{accent}'><b><u>{escape(line.word)}</u></b></td>",
            f"<td style='color:{accent}'>{right_in}]</td>",
            f"<td style='color:{muted}'>{escape(' '.join(line.right_outside))}</td>",
        )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"


class ConcordanceText(QTextBrowser):
    """Read-only rich text of concordance lines, redrawn in the theme's colours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.lines: list = []
        # Owned by the view: a pending centring dies with it (a bare singleShot would not).
        self._centre = QTimer(self, singleShot=True, interval=0)
        self._centre.timeout.connect(self.centre_keyword)
        theme_mod.theme_manager().changed.connect(self._redraw)

    def show_lines(self, lines: Sequence) -> None:
        self.lines = list(lines)
        self._redraw()

    def _redraw(self, *_: object) -> None:
        self.setHtml(concordance_html(self.lines, theme_mod.current()))
        self._centre.start()  # once the new text is laid out

    def centre_keyword(self) -> None:
        """Scroll sideways so that the keyword column (the lines' middle) is in view: a wide
        window makes lines longer than the panel."""
        bar = self.horizontalScrollBar()
        bar.setValue(bar.maximum() // 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._centre.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._centre.start()


class CountsSettings(QWidget):
    """Which table, the concordance word, the window, the words for the corpus tables."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = QComboBox()
        self.source.addItem(self.tr("Shakespeare (lecture)"), "shakespeare")
        self.source.addItem(self.tr("car, cat, dog, van (lecture)"), "lenci")
        self.source.addItem(self.tr("Corpus: term-document"), "corpus_td")
        self.source.addItem(self.tr("Corpus: word-word"), "corpus_ww")
        self.source.setToolTip(
            self.tr(
                "The lecture's two tables: counts of battle, soldier, fool, clown in four "
                "Shakespeare plays (term-document), and contexts of car, cat, dog, van "
                "(word-word, after Lenci). Or the loaded corpus counted (press Start)."
            )
        )
        self.word = QLineEdit()
        self.word.setMaxLength(60)
        self.word.setPlaceholderText(self.tr("a frequent word"))
        self.word.setToolTip(self.tr("The word whose occurrences and contexts are listed"))
        self.context_window = QSlider(Qt.Orientation.Horizontal)
        self.context_window.setRange(1, MAX_WINDOW)
        self.context_window.setValue(4)
        self.context_window.setPageStep(1)
        self.context_window.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.context_window.setToolTip(
            self.tr(
                "Context window ±w: the w words on each side of a word are its context. It "
                "changes the brackets, the context counts and the word-word table together."
            )
        )
        self.window_text = SteadyLabel("±4", "±10")
        self.context_window.valueChanged.connect(lambda v: self.window_text.setText(f"±{v}"))
        self.words = QLineEdit()
        self.words.setMaxLength(300)
        self.words.setPlaceholderText(self.tr("e.g. car, road, fire"))
        self.words.setToolTip(
            self.tr("Rows of the corpus tables, separated by commas (Enter to show them)")
        )
        self.columns = QComboBox()
        self.columns.addItem(self.tr("the chosen words"), "words")
        self.columns.addItem(self.tr("their top contexts"), "contexts")
        self.columns.setToolTip(
            self.tr(
                "Columns of the word-word table: the chosen words themselves, or the context "
                "words that occur most often around them"
            )
        )
        self.corpus = QLabel()
        self.corpus.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        table = QGroupBox(self.tr("Table"))
        form = QFormLayout(table)
        form.addRow(self.source)
        form.addRow(QLabel(self.tr("Words (rows)")))
        form.addRow(self.words)
        form.addRow(QLabel(self.tr("Word-word columns")))
        form.addRow(self.columns)
        contexts = QGroupBox(self.tr("Contexts"))
        form = QFormLayout(contexts)
        form.addRow(QLabel(self.tr("Word")))
        form.addRow(self.word)
        slider = QHBoxLayout()
        slider.addWidget(self.context_window, 1)
        slider.addWidget(self.window_text)
        form.addRow(QLabel(self.tr("Window")))
        form.addRow(slider)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        layout.addWidget(contexts)
        layout.addWidget(self.corpus)
        layout.addStretch(1)

    def fields(self) -> dict[str, QWidget]:
        return {
            "source": self.source,
            "word": self.word,
            "window": self.context_window,
            "words": self.words,
            "columns": self.columns,
        }
