"""A plot of whole curves replaced at once (gradient norm against k, accuracy against gap)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.plot_panel import PlotPanel, style_legend


class CurvePlot(PlotPanel):
    """Named curves with markers; ``set_curve`` replaces one, ``set_reference`` draws a dashed line."""

    def __init__(
        self,
        title: str,
        x_label: str,
        y_label: str,
        parent: QWidget | None = None,
        log_y: bool = False,
        steady_range: bool = False,
        markers: bool = True,
    ):
        """``steady_range``: the view only grows, in whole steps, when ``widen_range`` is called
        (for curves replaced many times a second); otherwise it follows each curve."""
        super().__init__(title, parent)
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.plot.setLogMode(x=False, y=log_y)
        self.legend = self.add_legend()
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.reference: pg.InfiniteLine | None = None
        self.log_y = log_y
        self.steady_range = steady_range
        self.markers = markers  # off for long curves: a hundred markers each cost paint time
        self._range: tuple[float, float, float, float] | None = None
        if steady_range:
            self.plot.vb.disableAutoRange()
        self.restyle(theme_mod.current())
        self.set_hint(self.tr("Press Start to train"))

    def has_data(self) -> bool:
        return any(x.size for x, _ in self.data.values())

    def set_curve(self, name: str, x: Sequence[float], y: Sequence[float]) -> None:
        """Show (x, y) as the curve called ``name`` (created on first use); points that are not
        finite (or not positive on a log axis) are left out, the line broken there."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        # An exploding gradient gives inf; a path through inf is undefined for Qt's painter.
        drawable = np.isfinite(x) & np.isfinite(y) & ((y > 0) if self.log_y else True)
        y = np.where(drawable, y, np.nan)
        if name not in self.curves:
            self._add_curve(name)
        self.curves[name].setData(x, y, connect="finite")
        self.data[name] = (x, y)
        if self.empty_hint.isVisible():
            self.update_hint()

    def prepare(
        self,
        names: Sequence[str],
        x_range: tuple[float, float] | None = None,
        y_range: tuple[float, float] | None = None,
    ) -> None:
        """Empty curves ``names``, made now, while idle: adding a curve and its legend entry
        while a run sends results stalls the window ~15 ms.

        Steady-range plots can be given the view the run is expected to need (y in decades on
        a log axis); ``widen_range`` then leaves it alone unless a curve leaves it.
        """
        if list(self.curves) != list(names):
            self.clear_curves()
            for name in names:
                self._add_curve(name)
        for curve in self.curves.values():
            curve.setData([], [])
        self.data.clear()
        self.update_hint()
        self._range = None
        if self.steady_range and x_range and y_range:
            self._range = (*x_range, *y_range)
            self.plot.setRange(xRange=x_range, yRange=y_range, padding=0.02)

    def widen_range(self) -> None:
        """Grow the view (steady-range plots) to hold every curve, whole decades on a log axis.

        The view never shrinks during a run: each rescale redraws both axes (~15 ms).
        """
        bounds = self._data_bounds()
        if bounds is None:
            return
        x_low, x_high, y_low, y_high = bounds
        if self.log_y:
            y_low, y_high = float(np.floor(y_low) - 1), float(np.ceil(y_high) + 0.2)
        else:
            margin = 0.1 * ((y_high - y_low) or 1.0)
            y_low, y_high = y_low - margin, y_high + margin
        if self._range is not None:
            old = self._range
            if (
                old[0] <= bounds[0]
                and bounds[1] <= old[1]
                and old[2] <= bounds[2]
                and bounds[3] <= old[3]
            ):
                return
            # A side the data still fits keeps its place.
            x_low, x_high = min(x_low, old[0]), max(x_high, old[1])
            y_low = old[2] if old[2] <= bounds[2] else y_low
            y_high = old[3] if bounds[3] <= old[3] else y_high
        self._range = (x_low, x_high, y_low, y_high)
        self.plot.setRange(xRange=(x_low, x_high), yRange=(y_low, y_high), padding=0.02)

    def view_all(self) -> None:
        if not self.steady_range:
            super().view_all()
            return
        self._range = None
        self.widen_range()

    def _data_bounds(self) -> tuple[float, float, float, float] | None:
        xs = [x for x, _ in self.data.values() if x.size]
        ys = [y for _, y in self.data.values() if y.size]
        if not xs:
            return None
        x, y = np.concatenate(xs), np.concatenate(ys)
        if self.log_y:
            y = np.log10(y[y > 0])
        y = y[np.isfinite(y)]
        if not y.size:
            return None
        return float(x.min()), float(x.max()), float(y.min()), float(y.max())

    def _add_curve(self, name: str) -> None:
        self.curves[name] = self.plot.plot(name=name)
        self._style(len(self.curves) - 1, self.curves[name], theme_mod.current(), name)

    def set_reference(self, y: float, label: str) -> None:
        """Draw a dashed horizontal line at ``y`` (such as the chance level)."""
        if self.reference is None:
            self.reference = pg.InfiniteLine(
                angle=0, movable=False, label=label, labelOpts={"position": 0.9}
            )
            self.plot.addItem(self.reference)
        self.reference.setValue(y)
        self.reference.label.setFormat(label)
        self._style_reference(theme_mod.current())

    def clear_curves(self) -> None:
        for curve in self.curves.values():
            self.plot.removeItem(curve)
            self.legend.removeItem(curve)
        self.curves.clear()
        self.data.clear()
        self._range = None
        self.update_hint()

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        rows = [(name, x, y) for name, (xs, ys) in self.data.items() for x, y in zip(xs, ys)]
        return ["series", "x", "y"], rows

    def _style(
        self, index: int, curve: pg.PlotDataItem, theme: theme_mod.Theme, name: str = ""
    ) -> None:
        colour = theme.series_colour(index, name)
        curve.setPen(pg.mkPen(colour, width=theme.line_width))
        if not self.markers:
            return
        curve.setSymbol("o")
        curve.setSymbolSize(theme.marker_size)
        curve.setSymbolBrush(pg.mkBrush(colour))
        curve.setSymbolPen(pg.mkPen(colour))

    def _style_reference(self, theme: theme_mod.Theme) -> None:
        if self.reference is not None:
            self.reference.setPen(
                pg.mkPen(theme.foreground, width=theme.line_width / 2, style=Qt.PenStyle.DashLine)
            )
            self.reference.label.setColor(theme.foreground)

    def restyle(self, theme: theme_mod.Theme) -> None:
        for index, (name, curve) in enumerate(self.curves.items()):
            self._style(index, curve, theme, name)
        self._style_reference(theme)
        style_legend(self.legend, theme)
