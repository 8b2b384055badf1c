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
    ):
        super().__init__(title, parent)
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.plot.setLogMode(x=False, y=log_y)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.reference: pg.InfiniteLine | None = None
        self.restyle(theme_mod.current())

    def set_curve(self, name: str, x: Sequence[float], y: Sequence[float]) -> None:
        """Show (x, y) as the curve called ``name`` (created on first use)."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if name not in self.curves:
            self.curves[name] = self.plot.plot(name=name)
            self._style(len(self.curves) - 1, self.curves[name], theme_mod.current())
        self.curves[name].setData(x, y)
        self.data[name] = (x, y)

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

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        rows = [(name, x, y) for name, (xs, ys) in self.data.items() for x, y in zip(xs, ys)]
        return ["series", "x", "y"], rows

    def _style(self, index: int, curve: pg.PlotDataItem, theme: theme_mod.Theme) -> None:
        colour = theme.series_colour(index)
        curve.setPen(pg.mkPen(colour, width=theme.line_width))
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
        for index, curve in enumerate(self.curves.values()):
            self._style(index, curve, theme)
        self._style_reference(theme)
        style_legend(self.legend, theme)
