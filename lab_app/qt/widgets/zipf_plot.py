"""Zipf plot: log rank against log frequency, with the ideal f(r) = f(1) / r for comparison."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.widgets.plot_panel import PlotPanel, style_legend

SHOWN_POINTS = 2000


def _log_spaced(n: int, most: int = SHOWN_POINTS) -> np.ndarray:
    """Indices of at most ~``most`` ranks out of ``n``, evenly spread on a log axis (all of the
    first ones, ever fewer further out, where thousands of ranks share a pixel)."""
    if n <= most:
        return np.arange(n)
    return np.unique(np.geomspace(1, n, most).astype(int) - 1)


class ZipfPlot(PlotPanel):
    """Frequency of each type against its rank, both axes logarithmic."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Zipf's law: log rank vs log frequency"), parent)
        self.setToolTip(
            self.tr(
                "Zipf: the r-th most frequent word occurs about f(1)/r times, a line of slope −1"
            )
        )
        self.plot.setLogMode(x=True, y=True)
        self.plot.setLabel("bottom", self.tr("rank r"))
        self.plot.setLabel("left", self.tr("frequency f(r)"))
        self.legend = self.add_legend()
        self.curve = self.plot.plot(name=self.tr("corpus"))
        self.ideal = self.plot.plot(name=self.tr("f(1)/r"))
        for curve in (self.curve, self.ideal):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self.ranks = np.zeros(0)
        self.counts = np.zeros(0)
        for axis in ("bottom", "left"):
            self._decade_ticks(axis, 10)  # also while empty: no crowded minor labels
        self.restyle(theme_mod.current())
        self.set_hint(self.tr("Load a corpus to see its word frequencies"))

    def has_data(self) -> bool:
        return bool(len(self.counts))

    def set_vocabulary(self, vocabulary: Mapping[str, int]) -> None:
        """Plot the counts of a vocabulary ordered most frequent first."""
        self.counts = np.fromiter(vocabulary.values(), dtype=float, count=len(vocabulary))
        self.ranks = np.arange(1, len(self.counts) + 1, dtype=float)
        shown = _log_spaced(len(self.counts))
        self.curve.setData(self.ranks[shown], self.counts[shown])
        if len(self.counts):
            # A straight line on log-log axes: its two ends draw it (a dashed line through
            # 30,000 points costs ~20 ms of GUI time to paint).
            ends = self.ranks[[0, -1]]
            self.ideal.setData(ends, self.counts[0] / ends)
            self._fit(len(self.counts), self.counts[0])
        else:
            self.ideal.setData([], [])
        self._decade_ticks("bottom", len(self.counts))
        self.update_hint()
        self._decade_ticks("left", self.counts[0] if len(self.counts) else 1)

    def _fit(self, types: int, top: float) -> None:
        # Set the view at once (log10 units): auto-range would settle over two repaints.
        low = min(1.0, top / types)
        self.plot.setRange(
            xRange=(0, np.log10(max(types, 2))), yRange=(np.log10(low), np.log10(top)), padding=0.05
        )

    def _decade_ticks(self, axis: str, largest: float) -> None:
        # Only powers of ten: pyqtgraph's minor log labels (2·10¹, 3·10¹, …) overlap on small plots.
        top = int(np.ceil(np.log10(max(largest, 1)))) + 1
        ticks = [(k, whole(10**k) if k >= 0 else decimal(10.0**k, -k)) for k in range(-1, top)]
        self.plot.getAxis(axis).setTicks([ticks, []])

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        return ["rank", "frequency"], zip(
            self.ranks.astype(int).tolist(), self.counts.astype(int).tolist()
        )

    def restyle(self, theme: theme_mod.Theme) -> None:
        self.curve.setPen(pg.mkPen(theme.series_colour(0), width=theme.line_width))
        self.ideal.setPen(
            pg.mkPen(
                theme.series_colour(1), width=theme.line_width * 0.75, style=Qt.PenStyle.DashLine
            )
        )
        style_legend(self.legend, theme)
