"""Pieces of the fine-tuning page: curves whose series differ in line style as well as colour,
the results table, the fairness line, and the note shown while there is no BERT."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from lab_app.qt.numbers import decimal, whole
from lab_app.qt.widgets.loss_curve import LossCurve
from lab_app.qt.widgets.panel_grid import PanelGrid

# The three runs: colour index, line style, and what the page calls them.
MODES = {
    "finetune": (0, Qt.PenStyle.SolidLine, QT_TRANSLATE_NOOP("FinetunePage", "fine-tuned")),
    "frozen": (1, Qt.PenStyle.DashDotLine, QT_TRANSLATE_NOOP("FinetunePage", "frozen encoder")),
    "scratch": (2, Qt.PenStyle.DotLine, QT_TRANSLATE_NOOP("FinetunePage", "from scratch")),
}
WHAT_TRAINS = {
    "finetune": QT_TRANSLATE_NOOP("FinetunePage", "all weights: encoder and new layer"),
    "frozen": QT_TRANSLATE_NOOP("FinetunePage", "the new layer only; the encoder stays fixed"),
    "scratch": QT_TRANSLATE_NOOP(
        "FinetunePage", "all weights, the encoder re-initialised at random (no pre-training)"
    ),
}
BASELINE = (7, Qt.PenStyle.DashLine)


def mode_name(mode: str) -> str:
    """A run's name in the UI's language."""
    return QCoreApplication.translate("FinetunePage", MODES[mode][2])


def baseline_name() -> str:
    return QCoreApplication.translate("FinetunePage", "always the majority class")


class StyledCurve(LossCurve):
    """A LossCurve whose series may have their own line style (dash-dot, dotted, …) and whose
    legend takes as many columns as fit (one row of long names would widen the plot past
    its panel and cut it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pen_styles: dict[str, Qt.PenStyle] = {}

    def prepare(self, names, steps=None, styles=None) -> None:
        super().prepare(names, steps, styles)
        self.fit_legend()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_legend()

    def clear(self) -> None:
        super().clear()
        self.fit_legend()

    def _add_series(self, name: str):
        series = super()._add_series(name)
        self.fit_legend()
        return series

    def fit_legend(self) -> None:
        """As many legend columns as the plot's width holds (at least one); no legend without
        entries (an empty one is a bare frame under the plot)."""
        items = self.legend.items
        self.legend.setVisible(bool(items))
        if not items:
            return
        spacing = self.legend.layout.horizontalSpacing() + 2
        widest = max(
            sample.boundingRect().width() + label.boundingRect().width() + 2 * spacing
            for sample, label in items
        )
        room = self.graphics.width() - 30
        columns = max(1, min(len(items), int(room // max(widest, 1))))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def set_style(self, name: str, colour: int, style: Qt.PenStyle) -> None:
        """Draw series ``name`` in colour ``colour`` with line ``style`` (before it exists)."""
        self.pen_styles[name] = style
        self._styles[name] = (colour, style == Qt.PenStyle.DashLine)

    def restyle(self, theme) -> None:
        super().restyle(theme)
        if hasattr(self, "pen_styles"):
            self.fit_legend()  # the fonts may have grown (projector mode)

    def _style_series(self, index, series, theme, name: str = "") -> None:
        super()._style_series(index, series, theme, name)
        style = self.pen_styles.get(name)
        if style is not None:
            pen = QPen(series.curve.opts["pen"])
            pen.setStyle(style)
            series.curve.setPen(pen)


class ModeCurve(StyledCurve):
    """The three fine-tuning runs (and the baseline), each in its colour and line style."""

    def prepare_modes(self, steps: int, baseline: bool) -> None:
        """Empty curves for the three runs (and the baseline), x axis 0…``steps``."""
        names = [mode_name(mode) for mode in MODES]
        for mode, (colour, style, _) in MODES.items():
            self.set_style(mode_name(mode), colour, style)
        if baseline:
            self.set_style(baseline_name(), *BASELINE)
            names.append(baseline_name())
        self.prepare(names, steps, dict(self._styles))


class WideLastRowGrid(PanelGrid):
    """A PanelGrid whose lone panel in a short last row spans the whole row (the training
    example under the two curves needs the width for its tokens)."""

    def _arrange_rows(self, columns: int) -> None:
        super()._arrange_rows(columns)
        last = self._rows[-1].layout() if self._rows else None
        if last is None:
            return
        for index in reversed(range(last.count())):
            item = last.itemAt(index)
            if item.spacerItem() is not None:
                last.removeItem(item)


class ResultsTable(QLabel):
    """Run → held-out accuracy, with what trains in each, and the baseline last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.accuracy: dict[str, float] = {}
        self.baseline: float | None = None
        self.steps: dict[str, int] = {}

    def clear_results(self) -> None:
        self.accuracy, self.baseline, self.steps = {}, None, {}
        self._render()

    def show_accuracy(self, mode: str, step: int, accuracy: float, baseline: float) -> None:
        self.accuracy[mode], self.steps[mode], self.baseline = accuracy, step, baseline
        self._render()

    def _render(self) -> None:
        head = (
            f"<tr><th align='left'>{html.escape(self.tr('run: what trains'))}</th>"
            f"<th align='right'>{html.escape(self.tr('held-out accuracy'))}</th></tr>"
        )
        rows = []
        for mode in MODES:
            trains = QCoreApplication.translate("FinetunePage", WHAT_TRAINS[mode])
            value = self.accuracy.get(mode)
            shown = decimal(value, 3) if value is not None else "—"
            if value is not None and mode in self.steps:
                shown += (
                    f" <small>({self.tr('step %1').replace('%1', whole(self.steps[mode]))})</small>"
                )
            rows.append(
                f"<tr><td><b>{html.escape(mode_name(mode))}</b>: {html.escape(trains)}</td>"
                f"<td align='right'>{shown}</td></tr>"
            )
        base = decimal(self.baseline, 3) if self.baseline is not None else "—"
        rows.append(
            f"<tr><td><i>{html.escape(baseline_name())}</i></td><td align='right'>{base}</td></tr>"
        )
        self.setText(f"<table cellpadding='4' width='100%'>{head}{''.join(rows)}</table>")


class EncoderBox(QGroupBox):
    """The encoder the runs start from (``state.bert``), or what to do while there is none:
    a sentence and a button to the Pre-training page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Encoder"), parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.go = QPushButton(self.tr("Go to Pre-training"))
        self.go.clicked.connect(self._on_go)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.go)

    def none_text(self) -> str:
        return self.tr(
            "No BERT to fine-tune yet: pre-train a mini-BERT on the Pre-training page, or open "
            "a checkpoint."
        )

    def show_encoder(self, source: str | None) -> None:
        """Name the encoder (``source``), or say what to do when None."""
        self.text.setText(source if source else self.none_text())
        self.go.setVisible(not source)

    def _on_go(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("bert", "pretrain")
