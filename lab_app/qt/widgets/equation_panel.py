"""The LSTM equations in the lecture's notation, filled in with the numbers of one cell."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lab_app.qt import theme as theme_mod

# Lecture §2: forget, input, candidate, cell update, output, hidden state.
EQUATIONS = (
    ("f", "f<sub>t</sub> = σ(W<sub>f</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>f</sub>)"),
    ("i", "i<sub>t</sub> = σ(W<sub>i</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>i</sub>)"),
    ("g", "C̃<sub>t</sub> = tanh(W<sub>C</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>C</sub>)"),
    ("c", "C<sub>t</sub> = f<sub>t</sub> * C<sub>t−1</sub> + i<sub>t</sub> * C̃<sub>t</sub>"),
    ("o", "o<sub>t</sub> = σ(W<sub>o</sub>·[h<sub>t−1</sub>, x<sub>t</sub>] + b<sub>o</sub>)"),
    ("h", "h<sub>t</sub> = o<sub>t</sub> * tanh(C<sub>t</sub>)"),
)


def _n(value: float) -> str:
    """Two decimals with the locale's decimal sign (0,95 in Spanish); huge values as 1,2E+05."""
    return QLocale().toString(float(value), "f" if abs(value) < 1e4 else "e", 2)


def filled_lines(cell: dict[str, float]) -> dict[str, str]:
    """Return, per equation key, the right-hand side with the cell's numbers substituted."""
    return {
        "f": f"σ({_n(cell['zf'])}) = {_n(cell['f'])}",
        "i": f"σ({_n(cell['zi'])}) = {_n(cell['i'])}",
        "g": f"tanh({_n(cell['zg'])}) = {_n(cell['g'])}",
        "c": f"{_n(cell['f'])} · {_n(cell['c_prev'])} + {_n(cell['i'])} · {_n(cell['g'])} = {_n(cell['c'])}",
        "o": f"σ({_n(cell['zo'])}) = {_n(cell['o'])}",
        "h": f"{_n(cell['o'])} · tanh({_n(cell['c'])}) = {_n(cell['o'])} · {_n(math.tanh(cell['c']))} = {_n(cell['h'])}",
    }


class EquationPanel(QWidget):
    """Shows the six equations; ``show_cell`` fills them in for one (unit, time step)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        # A text browser, not a label: its new text never re-lays out the window, and the numbers
        # change ten times a second while training with a cell selected.
        self.body = QTextBrowser()
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.cell: dict[str, float] | None = None
        self.show_cell(None)

    def show_cell(
        self, cell: dict[str, float] | None, unit: int = 0, token: str = "", t: int = 0
    ) -> None:
        """Fill the equations with ``cell`` (keys f, i, g, o, c, h, zf, zi, zg, zo, c_prev)."""
        self.cell = cell
        if cell is None:
            self.heading.setText(self.tr("<b>Equations</b> — click a heatmap cell to fill them in"))
            rows = [f"<tr><td>{eq}</td></tr>" for _, eq in EQUATIONS]
        else:
            heading = self.tr("<b>Unit %1, step t = %2</b> (token «%3»)")
            self.heading.setText(
                heading.replace("%1", str(unit)).replace("%2", str(t)).replace("%3", token)
            )
            values = filled_lines(cell)
            accent = theme_mod.current().series_colour(0)
            # Equation and numbers side by side, each cell kept on one line.
            rows = [
                f"<tr><td style='white-space:nowrap'>{eq}</td>"
                f"<td style='white-space:nowrap; color:{accent}'>&nbsp;= {values[key]}</td></tr>"
                for key, eq in EQUATIONS
            ]
        self.body.setHtml(f"<table cellspacing='4'>{''.join(rows)}</table>")
