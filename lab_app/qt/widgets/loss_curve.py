"""Live training curves: one line per series (train, validation, rnn, gru, lstm, …).

Points go into preallocated arrays that double when full, and the plot uses peak downsampling
and clip-to-view, so a run of 100k steps stays smooth (pyqtgraph ``scrollingPlots`` example).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.plot_panel import PlotPanel, style_legend


class _Series:
    """A growing (x, y) buffer and the curve that shows it."""

    def __init__(self, curve: pg.PlotDataItem, capacity: int = 1024):
        self.curve = curve
        self.x = np.empty(capacity)
        self.y = np.empty(capacity)
        self.size = 0

    def append(self, x: float, y: float) -> None:
        if self.size == len(self.x):
            self.x = np.resize(self.x, 2 * self.size)
            self.y = np.resize(self.y, 2 * self.size)
        self.x[self.size] = x
        self.y[self.size] = y
        self.size += 1

    def refresh(self) -> None:
        self.curve.setData(self.x[: self.size], self.y[: self.size])


class LossCurve(PlotPanel):
    """Loss (or any metric) against training step, with a log-scale toggle."""

    def __init__(
        self,
        title: str = "",
        parent: QWidget | None = None,
        y_label: str = "",
        y_range: tuple[float, float] | None = None,
    ):
        super().__init__(title or self.tr("Loss"), parent)
        self._series: dict[str, _Series] = {}
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", y_label or self.tr("loss"))
        self.log_toggle = QCheckBox("log")
        self.log_toggle.setToolTip(
            self.tr("Logarithmic y axis (log scale): equal steps are equal ratios")
        )
        self.log_toggle.toggled.connect(self._on_log_toggled)
        self.header.insertWidget(1, self.log_toggle)
        # The view range grows in jumps instead of following every point: a range change
        # regenerates both axes (~15 ms of GUI time), a plain redraw costs ~3 ms.
        self.plot.vb.disableAutoRange()
        self.plot.vb.sigRangeChangedManually.connect(self._on_user_range)
        self.follow = True
        self._refit = True
        self.y_range = y_range  # a fixed y range (shares in [0, 1]); None follows the data
        self.restyle(theme_mod.current())

    def append(self, step: float, values: Mapping[str, float], redraw: bool = True) -> None:
        """Add one point to each named series (creating series on first sight).

        With ``redraw=False`` only the data grows; call ``redraw()`` later (batched updates).
        """
        for name, value in values.items():
            if value is None or not np.isfinite(value):
                continue
            series = self._series.get(name) or self._add_series(name)
            series.append(step, value)
        if redraw:
            self.redraw()

    def redraw(self) -> None:
        """Show the data appended so far, widening the view when a point falls outside it."""
        for series in self._series.values():
            series.refresh()
        if self.follow:
            self._widen_range()

    def redraw_parts(self) -> list[tuple[str, Callable[[], None]]]:
        """The pieces of ``redraw`` (one per series, then the range), to spread over several
        event-loop turns: redrawing six series at once would stall the window."""
        parts = [(name, series.refresh) for name, series in self._series.items()]
        if self.follow:
            parts.append(("range", self._widen_range))
        return parts

    def clear(self) -> None:
        """Remove every series and follow the data again."""
        for series in self._series.values():
            self.plot.removeItem(series.curve)
            self.legend.removeItem(series.curve)
        self._series.clear()
        self.follow = True
        self._refit = True

    def _data_bounds(self) -> tuple[float, float, float, float] | None:
        xs = [s.x[: s.size] for s in self._series.values() if s.size]
        ys = [s.y[: s.size] for s in self._series.values() if s.size]
        if not xs:
            return None
        x, y = np.concatenate(xs), np.concatenate(ys)
        if self.log_toggle.isChecked():
            y = np.log10(y[y > 0])
            if not y.size:
                return None
        return float(x.min()), float(x.max()), float(y.min()), float(y.max())

    def _widen_range(self) -> None:
        bounds = self._data_bounds()
        if bounds is None:
            return
        x_low, x_high, y_low, y_high = bounds
        (_, view_x_high), (view_y_low, view_y_high) = self.plot.vb.viewRange()
        if self.y_range is not None:
            y_low, y_high = max(y_low, self.y_range[0]), min(y_high, self.y_range[1])
        inside = x_high <= view_x_high and view_y_low <= y_low and y_high <= view_y_high
        if inside and not self._refit:
            return
        self._refit = False
        span = (y_high - y_low) or abs(y_high) or 1.0
        # Headroom below: a falling loss crosses the floor a handful of times, not every step.
        y_range = self.y_range or (y_low - 0.3 * span, y_high + 0.05 * span)
        self.plot.setRange(
            xRange=(x_low, x_low + max(2 * (x_high - x_low), 10)), yRange=y_range, padding=0
        )

    def _on_user_range(self, *_: object) -> None:
        self.follow = False  # the user zoomed or panned: leave the view alone

    def series_names(self) -> list[str]:
        return list(self._series)

    def series_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Return copies of (steps, values) of one series."""
        series = self._series[name]
        return series.x[: series.size].copy(), series.y[: series.size].copy()

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        rows = []
        for name, series in self._series.items():
            name = html.unescape(name)  # series names are legend HTML
            rows.extend(
                (name, x, y) for x, y in zip(series.x[: series.size], series.y[: series.size])
            )
        return ["series", "step", "value"], rows

    def _add_series(self, name: str) -> _Series:
        curve = self.plot.plot(name=name)
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        curve.setSkipFiniteCheck(True)  # append() drops NaN and inf already
        series = _Series(curve)
        self._series[name] = series
        self._style_series(len(self._series) - 1, series, theme_mod.current())
        return series

    def _style_series(self, index: int, series: _Series, theme: theme_mod.Theme) -> None:
        series.curve.setPen(pg.mkPen(theme.series_colour(index), width=theme.line_width))

    def restyle(self, theme: theme_mod.Theme) -> None:
        for index, series in enumerate(self._series.values()):
            self._style_series(index, series, theme)
        style_legend(self.legend, theme)

    def _on_log_toggled(self, on: bool) -> None:
        self.plot.setLogMode(x=False, y=on)
        self._refit = True
        self.redraw()
