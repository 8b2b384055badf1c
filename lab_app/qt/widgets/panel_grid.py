"""Panels that change shape to fit, and one panel focused full size.

``PanelGrid`` lays its panels out in a grid of as many columns as fit (each panel needs a
minimum size, larger with projector fonts); when they do not all fit, each group of panels gets
a tab (a grid per group), and when a group does not fit either, each panel gets a tab: text
never shrinks or hides behind a scrollbar (CLASSROOM_UI.md).
A panel whose ``focus_requested`` fires (double-click on a plot's title) fills the grid's whole
area; Esc, or the same double-click, brings the layout back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod

SLACK_PX = 60


class PanelGrid(QStackedWidget):
    """``panels`` (with their tab ``titles``) in a grid of at most ``columns`` columns, or in
    tabs when the grid does not fit; ``min_size``: a panel's smallest readable size at normal
    scale (projector mode scales it)."""

    def __init__(
        self,
        panels: Sequence[QWidget],
        titles: Sequence[str],
        columns: int,
        min_size: QSize,
        parent: QWidget | None = None,
        groups: Sequence[tuple[str, int]] = (),
        first_row_height: int = 0,
    ):
        """``groups``: (tab title, number of panels) in order, for the middle shape;
        ``first_row_height``: the first grid row's height at normal scale, in pixels (a row
        holding text, such as worked equations, needs more than a plot); 0: equal rows."""
        super().__init__(parent)
        self.panels, self.titles = list(panels), list(titles)
        self.groups = list(groups)
        self.first_row_height = first_row_height
        self._group_pages: list[QWidget] = []
        self.max_columns, self.base_min = columns, min_size
        # The grid is rows in a vertical splitter: the first row can be given more height (a
        # QGridLayout gave its row minimum away to expanding rows), and a teacher can drag.
        self.grid_page, self.tabs, self.focus_page = (
            QSplitter(Qt.Orientation.Vertical),
            QTabWidget(),
            QWidget(),
        )
        self.grid_page.setChildrenCollapsible(False)
        self._rows: list[QWidget] = []
        QVBoxLayout(self.focus_page).setContentsMargins(0, 0, 0, 0)
        for page in (self.grid_page, self.tabs, self.focus_page):
            self.addWidget(page)
        self.mode = ""  # "grid", "tabs" or "focus"
        self.columns = 0
        self.focused: QWidget | None = None
        self._shape_before_focus = ""
        for panel in self.panels:
            signal = getattr(panel, "focus_requested", None)
            if signal is not None:
                signal.connect(lambda p=panel: self.toggle_focus(p))
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.unfocus)
        self._refit_when_shown = False
        self._refit_timer = QTimer(self, singleShot=True, interval=0)
        self._refit_timer.timeout.connect(self.refit)
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        # An explicit minimum: the grid of all panels must not force the window larger; when
        # they do not fit, the grid becomes tabs instead.
        self.setMinimumSize(QSize(200, 120))
        self._arrange("grid", columns)

    # --- shape ----------------------------------------------------------------------------
    def min_panel_size(self) -> QSize:
        scale = theme_mod.current().scale
        return QSize(int(self.base_min.width() * scale), int(self.base_min.height() * scale))

    def _columns_fitting(self, count: int, size: QSize, first_row: int = 0) -> int:
        """The most columns (0: none) whose rows of ``count`` panels all fit ``size``; the
        first row at least ``first_row`` pixels tall."""
        need = self.min_panel_size()
        for columns in range(min(self.max_columns, count), 0, -1):
            rows = -(-count // columns)
            height = max(need.height(), first_row) + (rows - 1) * need.height()
            if columns * need.width() <= size.width() and height <= size.height():
                return columns
        return 0

    def fitting_shape(self, size: QSize) -> tuple[str, int]:
        """("grid", columns) when every panel fits, else ("groups", columns) when every group
        fits in its tab, else ("tabs", 1)."""
        first_row = int(self.first_row_height * theme_mod.current().scale)
        columns = self._columns_fitting(len(self.panels), size, first_row)
        if columns:
            return "grid", columns
        if self.groups:
            tab_size = QSize(size.width(), size.height() - self.tabs.tabBar().sizeHint().height())
            fits = [self._columns_fitting(count, tab_size) for _, count in self.groups]
            if all(fits):
                return "groups", min(fits)
        return "tabs", 1

    def refit(self) -> None:
        """Re-arrange for the current size (not while a panel is focused). A hidden grid (a
        page not shown) waits until it is shown: a projector toggle re-arranged every built
        page's plots at once, a second's stall with all pages built."""
        if self.mode == "focus" or self.width() <= 0:
            return
        if not self.isVisible():
            self._refit_when_shown = True
            return
        mode, columns = self.fitting_shape(self.size())
        if (mode, columns) == (self.mode, self.columns):
            return
        # A shape that almost fits stays: a message bar appearing above (a few dozen pixels)
        # must not re-arrange nine plots mid-run (a 0.5 s stall while training).
        roomier = self.size() + QSize(SLACK_PX, SLACK_PX)
        if self.mode and self.fitting_shape(roomier) == (self.mode, self.columns):
            return
        self._arrange(mode, columns)

    def _arrange(self, mode: str, columns: int) -> None:
        current = self.current_panel()
        self.mode, self.columns = mode, columns
        for panel in self.panels:
            panel.setParent(None)
        self.tabs.clear()
        for page in self._group_pages + self._rows:
            page.setParent(None)
            page.deleteLater()
        self._group_pages, self._rows = [], []
        if mode == "grid":
            self._arrange_rows(columns)
            self.setCurrentWidget(self.grid_page)
        elif mode == "groups":
            self._arrange_groups(columns, current)
            return
        else:
            for panel, title in zip(self.panels, self.titles):
                self.tabs.addTab(panel, title)
            if current is not None:
                self.tabs.setCurrentWidget(current)
            self.setCurrentWidget(self.tabs)
            return  # the tab widget shows its current panel only
        for panel in self.panels:
            panel.show()

    def _arrange_rows(self, columns: int) -> None:
        for start in range(0, len(self.panels), columns):
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            for panel in self.panels[start : start + columns]:
                box.addWidget(panel, 1)
            for _ in range(columns - len(self.panels[start : start + columns])):
                box.addStretch(1)  # a short last row keeps the columns' width
            self.grid_page.addWidget(row)
            self._rows.append(row)
        first = int(self.first_row_height * theme_mod.current().scale)
        rest = len(self._rows) - 1
        for index in range(len(self._rows)):
            # A taller first row keeps its height when the window grows; the others share.
            self.grid_page.setStretchFactor(index, 0 if first and rest and index == 0 else 1)
        if first and rest:
            other = max(100, (self.height() - first) // rest)
            self.grid_page.setSizes([first] + [other] * rest)
        else:
            self.grid_page.setSizes([1000] * len(self._rows))

    def _arrange_groups(self, columns: int, current: QWidget | None) -> None:
        start = 0
        for title, count in self.groups:
            page = QWidget()
            grid = QGridLayout(page)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, panel in enumerate(self.panels[start : start + count]):
                grid.addWidget(panel, index // columns, index % columns)
            _equal_cells(grid, columns)
            self.tabs.addTab(page, title)
            self._group_pages.append(page)
            start += count
        self.setCurrentWidget(self.tabs)
        if current is not None:
            self.show_panel(current)

    def current_panel(self) -> QWidget | None:
        """The panel on show in tabs mode (None in a grid)."""
        return self.tabs.currentWidget() if self.mode == "tabs" else None

    def show_panel(self, panel: QWidget) -> None:
        """Bring ``panel`` into view (its tab, or its group's tab)."""
        if self.mode == "tabs":
            self.tabs.setCurrentWidget(panel)
        elif self.mode == "groups":
            for page in self._group_pages:
                if page.isAncestorOf(panel):
                    self.tabs.setCurrentWidget(page)

    # --- focus ------------------------------------------------------------------------------
    def toggle_focus(self, panel: QWidget) -> None:
        """Fill the grid's area with ``panel``, or bring the layout back if it is focused."""
        if self.focused is panel:
            self.unfocus()
            return
        if self.focused is not None:
            self.unfocus()
        self._shape_before_focus = self.mode
        self.focused = panel
        panel.setParent(None)
        self.focus_page.layout().addWidget(panel)
        panel.show()
        self.mode = "focus"
        self.setCurrentWidget(self.focus_page)
        panel.setFocus()

    def unfocus(self) -> None:
        """Back to the grid or the tabs."""
        if self.focused is None:
            return
        panel, self.focused = self.focused, None
        self.mode = ""
        self._arrange(*self.fitting_shape(self.size()))
        self.show_panel(panel)

    # --- events -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._refit_timer.start()

    def _on_theme_changed(self, _theme) -> None:
        self._refit_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._refit_when_shown:
            self._refit_when_shown = False
            self.refit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        need = self.min_panel_size()
        return QSize(need.width() * self.max_columns, need.height())


def _equal_cells(grid: QGridLayout, columns: int) -> None:
    """Every column gets the same width and every row the same height, whatever the panels'
    size hints say."""
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 1)
