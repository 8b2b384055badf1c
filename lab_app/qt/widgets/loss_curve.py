"""Live training curves: one line per series (train, validation, rnn, gru, lstm, …).

Points go into preallocated arrays that double when full, and the plot uses peak downsampling
and clip-to-view, so a run of 100k steps stays smooth (pyqtgraph ``scrollingPlots`` example).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
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
            self.x = np.resize(self.x, max(2 * self.size, 1024))
            self.y = np.resize(self.y, max(2 * self.size, 1024))
        self.x[self.size] = x
        self.y[self.size] = y
        self.size += 1

    def replace(self, x: np.ndarray, y: np.ndarray) -> None:
        self.x, self.y = np.array(x, dtype=float), np.array(y, dtype=float)
        self.size = len(self.x)

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
        self._styles: dict[str, tuple[int, bool]] = {}
        self.legend = self.add_legend()
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
        self.x_span: float | None = None  # the run's length, when known: a fixed x axis
        self.restyle(theme_mod.current())
        self.set_hint(self.tr("Press Start to train"))

    def has_data(self) -> bool:
        return any(series.size for series in self._series.values())

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
        if self.empty_hint.isVisible():
            self.update_hint()

    def prepare(
        self,
        names: Sequence[str],
        steps: float | None = None,
        styles: Mapping[str, tuple[int, bool]] | None = None,
    ) -> None:
        """Get ready for a run: empty series ``names`` and, when the run's length is known, an
        x axis from 0 to ``steps``.

        Call it while idle: adding a series to the plot and its legend stalls the window for
        ~15 ms, and a fixed x axis is never rescaled on the way (a rescale redraws both axes).
        Series already there keep their curve, colour and legend entry. ``styles``: per name,
        (colour index, dashed): pairs that differ in one respect differ in line style too.
        """
        if styles is not None:
            self._styles = dict(styles)
        if list(self._series) != list(names):
            self.clear()
            for name in names:
                self._add_series(name)
        for series in self._series.values():
            series.size = 0
            series.refresh()
        self.follow = True
        self._refit = True
        self.x_span = steps
        if steps:
            y_range = self.y_range or tuple(self.plot.vb.viewRange()[1])
            self.plot.setRange(xRange=(0, steps), yRange=y_range, padding=0)
        self.update_hint()

    def reset_series(self, name: str, style: tuple[int, bool] | None = None) -> None:
        """Empty the series ``name`` (adding it when new) and keep the others: a new run drawn
        beside earlier ones. ``style``: (colour index, dashed), as in ``prepare``."""
        if style is not None:
            self._styles[name] = style
        series = self._series.get(name) or self._add_series(name)
        series.size = 0
        series.refresh()
        self._refit = True
        self.update_hint()

    def queue_redraw(self, updates, every_s: float) -> None:
        """Put a redraw on an ``UpdateQueue``, applied at most every ``every_s``.

        One redraw for all series: each change repaints the whole plot (~8 ms), so series
        redrawn one by one would cost that many repaints.
        """
        updates.put(id(self), self.redraw, every_s=every_s)

    def clear(self) -> None:
        """Remove every series and follow the data again."""
        for series in self._series.values():
            self.plot.removeItem(series.curve)
            self.legend.removeItem(series.curve)
        self._series.clear()
        self.follow = True
        self._refit = True
        self.x_span = None
        self.update_hint()

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
        if self.y_range is not None:
            y_range = self.y_range
        elif y_low >= 0 and not self.log_toggle.isChecked():
            # A loss is never negative: from 0 the whole fall is in view and the floor stays put.
            y_range = (0.0, 1.1 * y_high or 1.0)
        else:
            # Headroom below: a falling loss crosses the floor a handful of times, not every step.
            y_range = (y_low - 0.3 * span, y_high + 0.05 * span)
        if self.x_span and x_high <= self.x_span:
            x_range = (0, self.x_span)
        else:
            x_range = (x_low, x_low + max(2 * (x_high - x_low), 10))
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)

    def view_all(self) -> None:
        """Follow the data again: the view grows with it as during a run."""
        self.follow = True
        self._refit = True
        self._widen_range()

    def _on_user_range(self, *_: object) -> None:
        self.follow = False  # the user zoomed or panned: leave the view alone

    def data(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Copies of every series, by name (to restore with ``load``)."""
        return {name: self.series_data(name) for name in self._series}

    def load(self, data: Mapping[str, tuple[np.ndarray, np.ndarray]], steps: float | None) -> None:
        """Show the series of ``data`` (from ``data()``) in place of the current ones."""
        self.prepare(list(data), steps)
        for name, (x, y) in data.items():
            self._series[name].replace(x, y)
        self.redraw()

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
        self._style_series(len(self._series) - 1, series, theme_mod.current(), name)
        return series

    def _style_series(
        self, index: int, series: _Series, theme: theme_mod.Theme, name: str = ""
    ) -> None:
        colour, dashed = self._styles.get(name, (index, False))
        pen = pg.mkPen(theme.series_colour(colour, name), width=theme.line_width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.curve.setPen(pen)

    def restyle(self, theme: theme_mod.Theme) -> None:
        for index, (name, series) in enumerate(self._series.items()):
            self._style_series(index, series, theme, name)
        style_legend(self.legend, theme)

    def _on_log_toggled(self, on: bool) -> None:
        self.plot.setLogMode(x=False, y=on)
        self._refit = True
        self.redraw()
