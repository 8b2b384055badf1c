"""LSTMVis-style view: the probe text with each token's background coloured by one unit's value."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QTextBrowser, QWidget

from lab_app.qt import theme as theme_mod


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class UnitText(QTextBrowser):
    """Tokens coloured by a signed value in [−1, 1] (h_t of one unit) with a diverging map."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.colour_map = pg.colormap.get(theme_mod.DIVERGING_MAP)
        self.tokens: list[str] = []
        self.values = np.zeros(0)

    def show_values(self, tokens: Sequence[str], values: np.ndarray, joiner: str = "") -> None:
        """Colour each token by its value (−1 → one end of the map, +1 → the other)."""
        self.tokens = list(tokens)
        self.values = np.asarray(values, dtype=float)
        positions = np.clip((self.values + 1) / 2, 0, 1)
        colours = self.colour_map.map(positions, mode="qcolor")
        spans = []
        for token, value, colour in zip(self.tokens, self.values, colours):
            text_colour = "#000000" if colour.lightness() > 110 else "#ffffff"
            shown = "↵<br>" if token == "\n" else _escape(token)
            spans.append(
                f"<span style='background:{colour.name()}; color:{text_colour}' "
                f"title='{value:+.3f}'>{shown}</span>"
            )
        self.setHtml(f"<div style='font-size:large; line-height:160%'>{joiner.join(spans)}</div>")
