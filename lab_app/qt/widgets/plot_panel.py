"""Base for every plot: a titled pyqtgraph panel that follows the theme and exports itself.

Every plot can be saved as PNG and SVG, and its data as CSV, from the panel's export button or
its right-click menu (ours, translated: pyqtgraph's own menu is English-only and its SVG export
fails on Qt 6.11).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg.exporters)
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)


MINUS = "\u2212"


def local_number_text(text: str) -> str:
    """A number as pyqtgraph writes it (``-0.5``, ``1e-05``), with the UI language's decimal
    sign and a real minus (−0,5 in Spanish)."""
    point = QLocale().decimalPoint() or "."
    return text.replace(".", "\0").replace("-", MINUS).replace("\0", point)


def localize_axis(axis: pg.AxisItem) -> None:
    """Make ``axis`` write its tick numbers as the UI language does (once per axis)."""
    if getattr(axis, "_localized", False):
        return
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return [local_number_text(text) for text in plain(values, scale, spacing)]

    axis.tickStrings = tick_strings
    axis._localized = True


def style_legend(legend: pg.LegendItem, theme: theme_mod.Theme) -> None:
    """Colour and size a legend's labels for ``theme`` (existing labels re-rendered)."""
    legend.setBrush(pg.mkBrush(theme.background))
    legend.setPen(pg.mkPen(theme.foreground, width=1))
    legend.opts["labelTextColor"] = pg.mkColor(theme.foreground)
    legend.opts["labelTextSize"] = f"{theme.font_points(9):.0f}pt"
    for _, label in legend.items:
        label.setAttr("color", legend.opts["labelTextColor"])
        label.setAttr("size", legend.opts["labelTextSize"])
        label.setText(label.text)
    legend.update()


class PlotPanel(QWidget):
    """A title row with an export menu above a ``pg.GraphicsLayoutWidget`` holding ``plot``.

    ``focus_requested`` fires when the user double-clicks the title (or picks "Enlarge"): the
    page shows this panel alone, full size (``widgets.focus``).
    """

    focus_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        # Long titles wrap instead of widening the window (projector fonts are 1.7× larger).
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(60)
        self.title.setToolTip(self.tr("Double-click to enlarge this panel; Esc to go back"))
        self.title.installEventFilter(self)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self._context_menu: QMenu | None = None
        self.export_button = self._make_export_button()
        self.header.addWidget(self.export_button)
        self.graphics = pg.GraphicsLayoutWidget()
        # No pyqtgraph view menu (English-only; ours replaces it): its build was a third of a
        # plot's construction time.
        self.plot: pg.PlotItem = self.graphics.addPlot(enableMenu=False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.adopt_menus(self.plot)
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.graphics.customContextMenuRequested.connect(self._show_context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.header)
        layout.addWidget(self.graphics, 1)
        # An explicit minimum: the grids that hold panels decide what is readable (PanelGrid),
        # not pyqtgraph's sum of axis and colour-bar minimums.
        self.setMinimumSize(120, 100)
        self.empty_hint = QLabel(self.graphics)  # what to do while the plot is empty
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        manager = theme_mod.theme_manager()
        manager.changed.connect(self._on_theme_changed)
        # Subclasses style their own items at the end of their __init__ (restyle).
        self._style_axes(manager.theme)

    def adopt_menus(self, item: pg.PlotItem) -> None:
        """Make pyqtgraph's own menus of ``item`` children of this panel.

        They are created without a parent and stay referenced from Qt's side through their
        signal connections: each plot left ~8 menus alive after its window was deleted, ~290
        after 20 language switches (bench_monkey.py). Disabled anyway (ours is translated).
        """
        for menu in (getattr(item, "ctrlMenu", None), getattr(item.getViewBox(), "menu", None)):
            if menu is not None and menu.parent() is None:
                menu.setParent(self, menu.windowFlags())

    # --- legend, empty hint, focus ---------------------------------------------------------
    def add_legend(self, columns: int = 4) -> pg.LegendItem:
        """A legend under the plot, never over the data; named curves added later join it."""
        legend = pg.LegendItem(colCount=columns, verSpacing=-6, horSpacing=24)
        legend.layout.setContentsMargins(6, 0, 6, 0)
        self.graphics.ci.addItem(legend, row=1, col=0)
        self.graphics.ci.layout.setRowStretchFactor(0, 1)  # the plot takes what is left
        self.plot.legend = legend  # PlotItem.plot(name=...) adds its curves here
        return legend

    def set_hint(self, text: str) -> None:
        """The sentence shown over the empty plot (e.g. "Press Start to train")."""
        self.empty_hint.setText(text)
        self.update_hint()

    def update_hint(self) -> None:
        """Show the hint while there is nothing to plot."""
        self.empty_hint.setVisible(bool(self.empty_hint.text()) and not self.has_data())

    def has_data(self) -> bool:
        """True when the plot shows data; subclasses override."""
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.empty_hint.setGeometry(self.graphics.rect().adjusted(20, 20, -20, -20))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.title and event.type() == QEvent.Type.MouseButtonDblClick:
            self.focus_requested.emit()
            return True
        return super().eventFilter(watched, event)

    # --- export -------------------------------------------------------------------------
    def export_png(self, path: str | Path, width: int = 1600) -> None:
        """Save the plot as a PNG ``width`` pixels wide; ValueError when it has no area."""
        exporter = pg.exporters.ImageExporter(self.graphics.ci)
        area = exporter.getSourceRect()
        if area.width() < 1 or area.height() * width / area.width() < 1:
            # pyqtgraph would raise a bare Exception ("Cannot export image with size=0").
            raise ValueError(self.tr("The plot has no area to draw: make its panel larger."))
        exporter.parameters()["width"] = width
        if exporter.export(str(path)) is False:  # QImage.save's answer, else never said
            raise OSError(self.tr("could not write %1").replace("%1", str(path)))

    def export_svg(self, path: str | Path) -> None:
        """Save the plot as SVG (vector, for slides)."""
        # pyqtgraph's SVGExporter cannot parse the path data that Qt 6.11 writes; Qt's own SVG
        # generator renders the same scene as vectors.
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        size = self.graphics.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(self.graphics.viewport().rect())
        generator.setTitle(self.title.text())
        painter = QPainter()
        if not painter.begin(generator):  # Qt would only print a warning
            raise OSError(self.tr("could not write %1").replace("%1", str(path)))
        try:
            self.graphics.render(painter)
        finally:
            painter.end()

    def export_csv(self, path: str | Path) -> None:
        """Save the plotted data as CSV (header row, then one row per point or cell)."""
        header, rows = self.csv_table()
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)

    def csv_table(self) -> tuple[Sequence[str], Iterable[Sequence[object]]]:
        """Return (header, rows) of the data shown; subclasses override."""
        return [], []

    def _make_export_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText("⤓")  # a compact header leaves the title room, also in projector mode
        button.setToolTip(self.tr("Export: save this plot as PNG or SVG, or its data as CSV"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for label, suffix in (("PNG…", "png"), ("SVG…", "svg"), ("CSV…", "csv")):
            action = QAction(label, menu)
            action.triggered.connect(lambda _=False, s=suffix: self._ask_and_export(s))
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def context_menu(self) -> QMenu:
        """The right-click menu: show all the data again, and the export actions (made once)."""
        if self._context_menu is not None:
            return self._context_menu
        menu = self._context_menu = QMenu(self)
        enlarge = menu.addAction(self.tr("Enlarge / go back (Esc)"))
        enlarge.triggered.connect(self.focus_requested)
        view_all = menu.addAction(self.tr("View all"))
        view_all.setToolTip(self.tr("Fit the view to the data again after zooming or panning"))
        view_all.triggered.connect(self.view_all)
        menu.addSeparator()
        for action in self.export_button.menu().actions():
            menu.addAction(action)
        return menu

    def view_all(self) -> None:
        """Fit the view to the data (after the user zoomed or panned)."""
        self.plot.enableAutoRange()

    def _show_context_menu(self, position) -> None:
        self.context_menu().exec(self.graphics.mapToGlobal(position))

    def _ask_and_export(self, suffix: str) -> None:
        name = self.windowTitle() or "plot"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), f"{name}.{suffix}", f"{suffix.upper()} (*.{suffix})"
        )
        if not path:
            return
        try:
            getattr(self, f"export_{suffix}")(path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("Could not export: %1").replace("%1", str(error))
            )

    # --- theme --------------------------------------------------------------------------
    def _on_theme_changed(self, theme: theme_mod.Theme) -> None:
        self._style_axes(theme)
        self.restyle(theme)

    def _style_axes(self, theme: theme_mod.Theme) -> None:
        self.graphics.setBackground(theme.background)
        self.empty_hint.setStyleSheet(f"color: {theme.foreground}; background: transparent;")
        hint_font = QFont(self.font())
        hint_font.setPointSizeF(theme.font_points(11))
        self.empty_hint.setFont(hint_font)
        font = QFont(self.font())
        font.setPointSizeF(theme.font_points(9))
        for name in ("left", "bottom", "right", "top"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.foreground, width=1.5 if theme.projector else 1))
            axis.setTextPen(pg.mkPen(theme.foreground))
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
            axis.enableAutoSIPrefix(False)  # "share (x0.001)" confuses more than it helps
            localize_axis(axis)
            # Axes rarely change while data streams in: repaint them from a cached pixmap.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def restyle(self, theme: theme_mod.Theme) -> None:
        """Re-apply pens and markers for ``theme``; subclasses override."""
