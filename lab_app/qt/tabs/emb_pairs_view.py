"""What skip-gram learns from: the (target, context) pairs of one sentence, the random
negatives drawn for each, and the classifier's σ(c·w) for every pair, updated each epoch."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal

MAX_ROWS = 60  # a sentence's pairs: more would not be read in class anyway


def _score_colour(score: float, dark: bool) -> QColor:
    """Light (low) to saturated blue (high): readable with black or white text."""
    score = float(np.clip(score, 0.0, 1.0))
    if dark:
        return QColor.fromHsvF(0.6, 0.2 + 0.6 * score, 0.25 + 0.35 * score)
    return QColor.fromHsvF(0.6, 0.05 + 0.45 * score, 1.0)


class SkipGramPairs(QWidget):
    """A table of pairs: target w, context c, real (+) or negative (−), σ(c·w), per epoch."""

    focus_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("What skip-gram learns from"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.title.setToolTip(
            self.tr(
                "A binary classifier (logistic regression) sees pairs (w, c): real pairs from the "
                "window around w, and k random words drawn as negatives for each. It learns "
                "σ(c·w) = 1 / (1 + e^(−c·w)): close to 1 for real pairs, to 0 for negatives. The "
                "hidden-layer weights w are the word's vector. Double-click to enlarge."
            )
        )
        self.title.installEventFilter(self)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("target w"), self.tr("context c"), self.tr("pair"), "σ(c·w)"]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Press Start: the pairs of one sentence appear here."))
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.sentence)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.setMinimumSize(120, 100)
        self._last: tuple | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        from PySide6.QtCore import QEvent

        if watched is self.title and event.type() == QEvent.Type.MouseButtonDblClick:
            self.focus_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.sentence.clear()
        self.summary.clear()
        self.hint.show()
        self._last = None

    def show_pairs(
        self,
        epoch: int,
        sentence: list[str],
        pairs: list[tuple[str, str, bool]],
        scores: np.ndarray,
    ) -> None:
        """Show ``pairs`` (target, context, real?) with their σ(c·w) after ``epoch``."""
        self._last = (epoch, list(sentence), list(pairs), np.asarray(scores))
        self.hint.hide()
        words = " ".join(sentence[:40]) + (" …" if len(sentence) > 40 else "")
        self.sentence.setText(self.tr("Sentence: <i>%1</i>").replace("%1", _escape(words)))
        scores = np.asarray(scores, dtype=float)
        real = np.array([p[2] for p in pairs], dtype=bool)
        if real.any() and (~real).any():
            self.summary.setText(
                self.tr("Epoch %1: mean σ(c·w) real pairs %2, negatives %3")
                .replace("%1", str(epoch))
                .replace("%2", decimal(float(scores[real].mean())))
                .replace("%3", decimal(float(scores[~real].mean())))
            )
        self._fill(pairs[:MAX_ROWS], scores[:MAX_ROWS])

    def _fill(self, pairs: list[tuple[str, str, bool]], scores: np.ndarray) -> None:
        dark = theme_mod.current().dark
        self.table.setRowCount(len(pairs))
        for row, ((target, context, real), score) in enumerate(zip(pairs, scores)):
            kind = self.tr("real +") if real else self.tr("negative −")
            cells = (target, context, kind, decimal(float(score)))
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                if column == 3:
                    item.setBackground(QBrush(_score_colour(score, dark)))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )

    def state(self) -> tuple | None:
        return self._last


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
