"""Horizontal probability bars for the playgrounds: the top-k tokens for one [MASK], and the
two next-sentence labels (IsNextSentence / NotNextSentence)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal
from lab_app.qt.widgets.plot_panel import PlotPanel

BAR_HEIGHT = 0.7


class ProbabilityBars(PlotPanel):
    """Labelled horizontal bars, the first on top, each with its value written at its end."""

    def __init__(self, title: str, parent: QWidget | None = None, x_max: float | None = None):
        """``x_max``: a fixed right end (1 for two complementary probabilities); None fits
        the largest bar (top-k over a whole vocabulary are often small)."""
        super().__init__(title, parent)
        self.x_max = x_max
        self.labels: list[str] = []
        self.values = np.zeros(0)
        self.highlight = -1
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self.plot.addItem(self.bars)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", self.tr("probability"))
        self.texts: list[pg.TextItem] = []
        self.restyle(theme_mod.current())

    def has_data(self) -> bool:
        return bool(self.labels)

    def set_bars(self, labels: Sequence[str], values: Sequence[float], highlight: int = -1) -> None:
        """Show ``values`` (probabilities) labelled by ``labels``, top to bottom; bar
        ``highlight`` in the second colour (the expected answer, or the chosen label)."""
        self.labels, self.values = list(labels), np.asarray(values, dtype=float)
        self.highlight = highlight
        count = len(self.labels)
        self._brush()
        y = np.arange(count)
        self.bars.setOpts(x0=np.zeros(count), y=y, height=BAR_HEIGHT, width=self.values)
        self.plot.getAxis("left").setTicks([[(i, label) for i, label in enumerate(self.labels)]])
        right = self.x_max or max(float(self.values.max()) if count else 1.0, 1e-6) * 1.3
        self.plot.setRange(xRange=(0, right), yRange=(-0.6, max(count, 1) - 0.4), padding=0)
        self._write_values(right)
        self.update_hint()

    def _write_values(self, right: float) -> None:
        theme = theme_mod.current()
        while len(self.texts) < len(self.labels):
            text = pg.TextItem(anchor=(0, 0.5))
            self.plot.addItem(text)
            self.texts.append(text)
        for index, text in enumerate(self.texts):
            shown = index < len(self.labels)
            text.setVisible(shown)
            if shown:
                value = float(self.values[index])
                text.setText(decimal(value, 3))
                text.setColor(theme.foreground)
                text.setPos(min(value, right * 0.8), index)

    def _brush(self) -> None:
        if not self.labels:
            return  # pyqtgraph fails on empty brush and pen lists
        theme = theme_mod.current()
        brushes = [
            pg.mkBrush(theme.series_colour(1 if i == self.highlight else 0))
            for i in range(len(self.labels))
        ]
        self.bars.setOpts(brushes=brushes, pens=[pg.mkPen(None)] * len(self.labels))

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        return ["label", "probability"], zip(self.labels, self.values.tolist(), strict=True)

    def restyle(self, theme: theme_mod.Theme) -> None:
        if self.labels:
            self._brush()
            self._write_values(self.plot.vb.viewRange()[0][1])


class NextSentenceBars(ProbabilityBars):
    """P(IsNextSentence) and P(NotNextSentence) with the 0.5 line (a coin toss)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent, x_max=1.0)
        self.chance = pg.InfiniteLine(pos=0.5, angle=90, movable=False)
        self.plot.addItem(self.chance)
        self._style_chance(theme_mod.current())

    def _style_chance(self, theme: theme_mod.Theme) -> None:
        self.chance.setPen(
            pg.mkPen(theme.foreground, width=theme.line_width / 2, style=Qt.PenStyle.DashLine)
        )

    def restyle(self, theme: theme_mod.Theme) -> None:
        super().restyle(theme)
        if hasattr(self, "chance"):
            self._style_chance(theme)
