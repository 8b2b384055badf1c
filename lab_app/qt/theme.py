"""Look of the lab: light or dark palette, normal or projector scale, colour-blind-safe maps.

Projector mode is for the back row of a classroom: fonts ×1.7, thicker lines, larger markers and
a high-contrast palette. Widgets read ``current()`` when they build and listen to
``ThemeManager.changed`` to restyle.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

PROJECTOR_SCALE = 1.7

# Okabe–Ito: a qualitative palette that stays distinct under the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
OKABE_ITO_DARK = [
    "#56B4E9",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#0072B2",
    "#D55E00",
    "#F0E442",
    "#FFFFFF",
]

SEQUENTIAL_MAP = "viridis"
# Colour-blind-safe diverging map (blue–grey–yellow, CET-CBD1) for signed values such as h_t.
DIVERGING_MAP = "CET-CBD1"


@dataclass(frozen=True)
class Theme:
    """One look: ``dark`` palette or light, ``projector`` scale or normal."""

    dark: bool = False
    projector: bool = False

    @property
    def scale(self) -> float:
        return PROJECTOR_SCALE if self.projector else 1.0

    @property
    def background(self) -> str:
        if self.dark:
            return "#000000" if self.projector else "#1e1f22"
        return "#ffffff"

    @property
    def foreground(self) -> str:
        if self.dark:
            return "#ffffff" if self.projector else "#e6e6e6"
        return "#000000" if self.projector else "#202124"

    @property
    def line_width(self) -> float:
        return 4.0 if self.projector else 2.0

    @property
    def marker_size(self) -> float:
        return 12.0 if self.projector else 6.0

    @property
    def series_colours(self) -> list[str]:
        return OKABE_ITO_DARK if self.dark else OKABE_ITO

    def series_colour(self, index: int) -> str:
        colours = self.series_colours
        return colours[index % len(colours)]

    def font_points(self, base: float = 10.0) -> float:
        return base * self.scale


class ThemeManager(QObject):
    """Holds the current theme for the whole application and applies it."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.theme = Theme()
        self._base_font_points: float | None = None

    def set_theme(self, theme: Theme) -> None:
        """Apply ``theme`` to the application and tell every widget."""
        self.theme = theme
        app = QApplication.instance()
        if app is not None:
            self._apply(app, theme)
        self.changed.emit(theme)

    def update(self, **changes: bool) -> None:
        """Change some fields of the current theme (``dark=``, ``projector=``)."""
        self.set_theme(replace(self.theme, **changes))

    def _apply(self, app: QApplication, theme: Theme) -> None:
        if self._base_font_points is None:
            size = app.font().pointSizeF()
            self._base_font_points = size if size > 0 else 10.0
        font = QFont(app.font())
        font.setPointSizeF(self._base_font_points * theme.scale)
        app.setFont(font)
        # Bold tabs read better from the back row. A class font, not a style sheet: an
        # application style sheet re-polishes every widget, 0.3 s per projector toggle.
        tabs = QFont(font)
        tabs.setBold(theme.projector)
        app.setFont(tabs, "QTabBar")
        app.setPalette(_palette(theme))


def _palette(theme: Theme) -> QPalette:
    palette = QPalette()
    if not theme.dark and not theme.projector:
        return QApplication.style().standardPalette()
    base, text = QColor(theme.background), QColor(theme.foreground)
    window = QColor("#2b2d31") if theme.dark else QColor("#f2f2f2")
    if theme.dark and theme.projector:
        window = QColor("#000000")
    button = window.lighter(130) if theme.dark else QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Highlight: QColor("#0072B2"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#888888"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    # setColor(role, …) sets every colour group: give disabled widgets a visibly dimmer text.
    disabled = QColor("#8a8a8a") if theme.dark else QColor("#9a9a9a")
    for role in (
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_manager: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """Return the application's ThemeManager (GUI thread only)."""
    global _manager
    if _manager is None:
        _manager = ThemeManager()
    return _manager


def current() -> Theme:
    """Return the theme in force."""
    return theme_manager().theme
