"""Pieces every RNN-tab task page shows: h_t as a heatmap, the fairness line, the input box."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import asdict, replace

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig
from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.widgets.heatmap import HeatmapView

INPUT_DELAY_MS = 250
MAX_INPUT_CHARS = 2000


def shown_token(token: str) -> str:
    """A token as an axis label: a space or a line break stays visible."""
    return {" ": "␣", "\n": "⏎", "\t": "⇥"}.get(token, token)


class HiddenView(HeatmapView):
    """h_t on a sequence: hidden units (rows) × tokens (columns), a fixed −1…1 colour range
    (tanh bounds every cell's h_t), so that snapshots of one run compare by colour."""

    step_hovered = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent, diverging=True)
        self.set_axis_titles(self.tr("hidden unit"), self.tr("token (step t)"))
        self.hint.setText(self.tr("Press Start to train"))
        self._marker = pg.QtWidgets.QGraphicsRectItem()
        self._marker.setZValue(10)
        self._marker.hide()
        self.plot.addItem(self._marker)
        self.graphics.scene().sigMouseMoved.connect(self._on_hover)
        self._restyle_marker(theme_mod.current())

    def show_snapshot(self, snapshot: HiddenSnapshot) -> None:
        hidden = np.asarray(snapshot.hidden, dtype=float)
        units = [str(i + 1) for i in range(hidden.shape[1])]
        tokens = [shown_token(t) for t in snapshot.tokens]
        self.set_matrix(hidden.T, units, tokens, levels=(-1.0, 1.0))

    def describe_cell(self, row: int, col: int) -> str:
        token = self.col_labels[col] if col < len(self.col_labels) else ""
        text = self.tr("unit %1, t = %2 (%3): h = %4")
        return (
            text.replace("%1", str(row + 1))
            .replace("%2", str(col + 1))
            .replace("%3", token)
            .replace("%4", decimal(float(self.values[row, col]), 3))
        )

    def set_highlight(self, step: int | None) -> None:
        """Outline column ``step`` (0-based), or none."""
        if step is None or not (0 <= step < self.values.shape[1]):
            self._marker.hide()
            return
        self._marker.setRect(step, 0, 1, self.values.shape[0])
        self._marker.show()

    def _on_hover(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is not None:
            self.step_hovered.emit(cell[1])

    def _restyle_marker(self, theme: theme_mod.Theme) -> None:
        pen = QPen(pg.mkColor(theme.foreground))
        pen.setWidthF(theme.line_width)
        pen.setCosmetic(True)
        self._marker.setPen(pen)

    def restyle(self, theme: theme_mod.Theme) -> None:
        super().restyle(theme)
        if hasattr(self, "_marker"):
            self._restyle_marker(theme)


class ComparisonLine(QLabel):
    """What a run holds the same as the runs drawn beside it, and what differs (the cell)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.config: TaskConfig | None = None
        self.cells: list[str] = []
        self.parameters: dict[str, int] = {}
        self.setText(
            self.tr(
                "Runs that differ only in the cell (RNN, GRU, LSTM) are drawn side by side: same "
                "data, split, seed, sizes and budget."
            )
        )

    def same_except_cell(self, config: TaskConfig) -> bool:
        return self.config is not None and replace(self.config, cell=config.cell) == config

    def show_run(self, config: TaskConfig, cell: str) -> None:
        if not self.same_except_cell(config):
            self.cells, self.parameters = [], {}
        self.config = config
        if cell not in self.cells:
            self.cells.append(cell)
        self._current = cell
        self._refresh()

    def show_parameters(self, count: int) -> None:
        if self.config is not None:
            self.parameters[self._current] = count
            self._refresh()

    def _refresh(self) -> None:
        c = self.config
        same = self.tr(
            "Held the same: data and split, seed %1, d_h = %2, d_x = %3, batch %4, %5 steps, "
            "learning rate %6."
        )
        for marker, value in (
            ("%1", str(c.seed)), ("%2", str(c.hidden_size)), ("%3", str(c.embedding_dim)),
            ("%4", str(c.batch_size)), ("%5", whole(c.max_steps)),
            ("%6", decimal(c.learning_rate, 4)),
        ):  # fmt: skip
            same = same.replace(marker, value)
        cells = ", ".join(
            f"{cell} ({whole(self.parameters[cell])})" if cell in self.parameters else cell
            for cell in self.cells
        )
        differs = self.tr("Differs: the cell — %1 (parameters).").replace("%1", cells)
        self.setText(f"{same} {differs}")

    def state(self) -> dict:
        return {
            "config": asdict(self.config) if self.config else None,
            "cells": list(self.cells),
            "parameters": dict(self.parameters),
            "current": getattr(self, "_current", ""),
        }

    def set_state(self, state: dict) -> None:
        if state["config"] is None:
            return
        self.config = TaskConfig(**state["config"])
        self.cells, self.parameters = state["cells"], state["parameters"]
        self._current = state["current"]
        self._refresh()


class TryInput(QWidget):
    """A box for any input: the trained model reads it, whatever its length T, with the same
    number of parameters (the lecture: an RNN's size does not grow with its input)."""

    text_ready = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = placeholder
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_INPUT_CHARS)
        self.edit.setToolTip(
            self.tr("The trained model reads this input one token at a time, as on the probe")
        )
        self.parameters = QLabel(self.tr("Parameters: —"))
        # Its widest text from the start: growing when a run begins re-laid the page out.
        widest = self.tr("Parameters: %1 (any T)").replace("%1", whole(999_999))
        self.parameters.setMinimumWidth(self.parameters.fontMetrics().horizontalAdvance(widest))
        self.parameters.setToolTip(
            self.tr("The same weights W, U, b serve every step t: the count does not depend on T")
        )
        self.note = QLabel(" ")
        self.note.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=INPUT_DELAY_MS)
        self._timer.timeout.connect(lambda: self.text_ready.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _: self._timer.start())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Your input:")))
        row.addWidget(self.edit, 1)
        # The count on the line below: beside the box it made a 1280-px projector too narrow.
        below = QHBoxLayout()
        below.addWidget(self.parameters)
        below.addWidget(self.note, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addLayout(below)
        self.set_enabled_for_model(False)

    def set_enabled_for_model(self, ready: bool) -> None:
        self.edit.setEnabled(ready)
        self.edit.setPlaceholderText(
            self._placeholder if ready else self.tr("Train (or load) a model first")
        )

    def show_parameters(self, count: int) -> None:
        text = self.tr("Parameters: %1 (any T)").replace("%1", whole(count))
        self.parameters.setText(text)

    def show_note(self, text: str, level: str = "info") -> None:
        colour = {"error": "#d55e00", "warning": "#e69f00"}.get(level)
        self.note.setStyleSheet(f"color: {colour};" if colour else "")
        self.note.setText(text)


class TokenOutputs(QLabel):
    """Each token with the model's output under it (a class after each word, a tag per word),
    outputs colour-coded (Okabe–Ito by label, and the label written: never colour alone)."""

    def __init__(self, labels: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.labels = list(labels)
        self.tokens: tuple[str, ...] = ()
        self.outputs: tuple[str, ...] = ()
        self.footer = ""
        self.setText(self.tr("Press Start to train"))
        # A bound method: the connection ends with this widget (a lambda's would outlive it).
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _theme) -> None:
        if shiboken6.isValid(self):  # inside a scroll area: the signal may outlive it
            self._render()

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)

    def show_outputs(self, tokens: Sequence[str], outputs: Sequence[str], footer: str = "") -> None:
        self.tokens, self.outputs, self.footer = tuple(tokens), tuple(outputs), footer
        self._render()

    def _colour(self, label: str) -> str:
        theme = theme_mod.current()
        index = self.labels.index(label) if label in self.labels else len(self.labels)
        return theme.series_colour(index)

    def _render(self) -> None:
        if not self.tokens:
            return
        cells = []
        for token, output in zip(self.tokens, self.outputs):
            colour = self._colour(output)
            cells.append(
                "<span style='white-space:nowrap'>"
                f"{html.escape(shown_token(token))}<sub style='color:{colour}'><b>"
                f"{html.escape(output)}</b></sub></span>"
            )
        text = " ".join(cells)
        if self.footer:
            text += f"<p>{self.footer}</p>"
        self.setText(text)


class ArchitectureHeader(QWidget):
    """The five architectures: the drawn strip where there is room, else one line with a list
    of their names (a 720-px projector needs the height for the plots)."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None):
        from PySide6.QtWidgets import QComboBox

        from lab_app.qt.widgets.architecture_strip import KEYS, ArchitectureStrip

        super().__init__(parent)
        self.strip = ArchitectureStrip()
        self.strip.set_current(current)
        self.strip.chosen.connect(self.chosen)
        # The strip must not make the window wider: where it does not fit, the one-line list
        # takes its place (``fits``).
        self.strip.setMinimumWidth(1)
        self.bar = QWidget()
        self.choice = QComboBox()
        for key in KEYS:
            name, task = self.strip.caption(key)
            self.choice.addItem(f"{name} — {task}", key)
        self.choice.setCurrentIndex(KEYS.index(current))
        self.choice.setToolTip(self.tr("The five architectures of the lecture: pick a task"))
        self.choice.activated.connect(lambda i: self.chosen.emit(self.choice.itemData(i)))
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Architecture:")))
        row.addWidget(self.choice)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.strip)
        column.addWidget(self.bar)
        self.compact = False
        self.bar.hide()

    def fits(self, width: int) -> bool:
        """Whether the drawn strip reads well at ``width`` pixels."""
        return width >= self.strip.minimumSizeHint().width()

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.strip.setVisible(not compact)
            self.bar.setVisible(compact)

    def set_current(self, key: str) -> None:
        self.strip.set_current(key)
        self.choice.setCurrentIndex(self.choice.findData(key))
