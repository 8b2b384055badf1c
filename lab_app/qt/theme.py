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

# A model keeps its colour on every page (indices into the Okabe–Ito list): the vanishing-
# gradient and long-memory pages draw the same three cells.
MODEL_COLOURS = {"RNN": 0, "RNN (tanh)": 0, "GRU": 1, "LSTM": 2}

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

    def series_colour(self, index: int, name: str = "") -> str:
        """The colour of a series: its model's own (``MODEL_COLOURS``), else by position."""
        colours = self.series_colours
        return colours[MODEL_COLOURS.get(name, index) % len(colours)]

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
        windows = [w for w in (app.topLevelWidgets() if app else []) if w.isVisible()]
        # One repaint at the end instead of one per restyled widget and plot.
        for window in windows:
            window.setUpdatesEnabled(False)
        try:
            if app is not None:
                self._apply(app, theme)
            self.changed.emit(theme)
        finally:
            for window in windows:
                window.setUpdatesEnabled(True)

    def update(self, **changes: bool) -> None:
        """Change some fields of the current theme (``dark=``, ``projector=``)."""
        self.set_theme(replace(self.theme, **changes))

    def _apply(self, app: QApplication, theme: Theme) -> None:
        if self._base_font_points is None:
            size = app.font().pointSizeF()
            self._base_font_points = size if size > 0 else 10.0
        font = QFont(app.font())
        font.setPointSizeF(self._base_font_points * theme.scale)
        font_changed = font.pointSizeF() != app.font().pointSizeF()
        app.setFont(font)
        # Bold tabs read better from the back row. A class font, not a style sheet: an
        # application style sheet re-polishes every widget, 0.3 s per projector toggle.
        tabs = QFont(font)
        tabs.setBold(theme.projector)
        app.setFont(tabs, "QTabBar")
        app.setPalette(_palette(theme))
        sheet = _dark_frames(theme)
        if app.styleSheet() != sheet:  # a style sheet re-polishes every widget: only on change
            app.setStyleSheet(sheet)
        elif sheet and font_changed:
            # Under a style sheet, widgets keep the font they were polished with: a new
            # application font reaches them only when the sheet is applied again. Cleared
            # first: the font then spreads as without a sheet; a changed sheet instead gave
            # each widget a font of its own, 3.1 s against 0.7 s with every page built.
            app.setStyleSheet("")
            app.setStyleSheet(sheet)


def _palette(theme: Theme) -> QPalette:
    palette = QPalette()
    if not theme.dark and not theme.projector:
        return QApplication.style().standardPalette()
    base, text = QColor(theme.background), QColor(theme.foreground)
    window = QColor("#2b2d31") if theme.dark else QColor("#f2f2f2")
    if theme.dark and theme.projector:
        window = QColor("#000000")
    # Not window.lighter(): black stays black, and buttons vanished on the projector.
    button = QColor("#3c4046") if theme.dark else QColor("#e6e6e6")
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


def _dark_frames(theme: Theme) -> str:
    """Visible frames and focus rings on a dark background (empty for the light themes).

    Qt's Fusion style draws frames a shade darker than the window: on a black or near-black
    window, spin boxes, fields, check boxes and slider handles had no visible edge.
    """
    if not theme.dark:
        return ""
    # Sizes do not follow projector mode: the sheet then stays the same when the projector
    # is toggled, and Qt skips the re-polish of every widget (1.8 s once, under load).
    edge, focus, px = "#a0a4aa", "#56B4E9", 18
    fields = "QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QPlainTextEdit, QTextEdit"
    return (
        f"{fields} {{ border: 1px solid {edge}; border-radius: 3px; padding: 1px 3px; }}"
        f" {fields.replace(',', ':focus,')}:focus {{ border: 2px solid {focus}; }}"
        f" QCheckBox::indicator {{ width: {px}px; height: {px}px; border: 1px solid {edge};"
        " background: #000000; }"
        f" QCheckBox::indicator:checked {{ background: {focus}; }}"
        f" QSlider::groove:horizontal {{ height: 4px; background: {edge}; }}"
        # Arrows drawn as triangles: a styled spin box or combo box loses its own glyphs.
        f" QAbstractSpinBox::up-arrow {{ {_triangle('bottom', edge)} }}"
        f" QAbstractSpinBox::down-arrow, QComboBox::down-arrow {{ {_triangle('top', edge)} }}"
        f" QSlider::handle:horizontal {{ width: {px}px; margin: -{px // 2 - 2}px 0;"
        f" border-radius: {px // 2}px; background: #e8e8e8; border: 1px solid {focus}; }}"
    )


def _triangle(side: str, colour: str) -> str:
    """Style-sheet rules that draw a small triangle pointing away from ``side``."""
    half, tall = 5, 6
    return (
        f"width: 0; height: 0; border-left: {half}px solid transparent;"
        f" border-right: {half}px solid transparent; border-{side}: {tall}px solid {colour};"
    )


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
