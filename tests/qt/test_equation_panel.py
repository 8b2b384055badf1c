"""The equation panel: worked numbers in the classroom's notation, a readable C̃, no hidden results."""

from __future__ import annotations

import pytest

MINUS = "\u2212"
CELL = {
    "f": 0.95,
    "i": 0.78,
    "g": -0.99,
    "o": 0.01,
    "c": -8.80,
    "h": -0.0099,
    "zf": 3.30,
    "zi": 1.24,
    "zg": -2.92,
    "zo": -4.90,
    "c_prev": -7.2,
}


@pytest.fixture
def panel(qtbot):
    from lab_app.qt.widgets.equation_panel import EquationPanel

    widget = EquationPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def test_negative_factors_get_a_real_minus_and_parentheses(spanish):
    from lab_app.qt.widgets.equation_panel import filled_lines

    lines = filled_lines(CELL)
    assert lines["c"] == f"0,95 · ({MINUS}7,20) + 0,78 · ({MINUS}0,99) = {MINUS}8,80"
    assert lines["g"] == f"tanh({MINUS}2,92) = {MINUS}0,99"  # already inside parentheses
    assert lines["h"] == f"0,01 · tanh({MINUS}8,80) = 0,01 · ({MINUS}1,00) = {MINUS}0,01"
    assert not any("-" in line for line in lines.values())  # no hyphen-minus anywhere


def test_english_numbers_use_a_point(qapp):
    from lab_app.qt.widgets.equation_panel import filled_lines, signed

    assert filled_lines(CELL)["f"] == "σ(3.30) = 0.95"
    assert signed(-0.001) == "0.00"  # rounds to zero: no sign


def test_both_columns_use_the_same_product_sign(panel):
    from lab_app.qt.widgets.equation_panel import EQUATIONS

    panel.show_cell(CELL, unit=3, token="a", t=17)
    text = panel.body.toPlainText()
    assert "*" not in text
    symbolic = dict(EQUATIONS)
    assert "f<sub>t</sub> · C<sub>t−1</sub>" in symbolic["c"]
    assert "o<sub>t</sub> · tanh" in symbolic["h"]
    assert "0.95 · (" + MINUS + "7.20)" in text


def test_a_narrow_panel_puts_the_numbers_under_each_equation(panel, qtbot):
    panel.show_cell(CELL, unit=0, token="a", t=17)
    assert not panel.stacked
    panel.resize(330, 600)
    qtbot.waitUntil(lambda: panel.stacked)
    bar = panel.body.horizontalScrollBar()
    assert not bar.isVisible() or bar.maximum() == 0  # nothing to scroll to: all is shown
    panel.resize(900, 400)
    qtbot.waitUntil(lambda: not panel.stacked)


def test_the_candidate_tilde_is_drawn_thick_above_the_c(panel):
    from PySide6.QtGui import QColor, QFontMetricsF

    from lab_app.qt.widgets.equation_panel import CandidateSymbol

    panel.show_cell(CELL)
    assert CandidateSymbol.URL in panel.body.toHtml()
    font = panel.body.document().defaultFont()
    image = panel.symbol.image(font, QColor("black"), 1.0)
    top_of_c = image.height() - round(QFontMetricsF(font).capHeight())

    def inked(y: int) -> bool:
        return any(image.pixelColor(x, y).alpha() > 128 for x in range(image.width()))

    assert sum(inked(y) for y in range(top_of_c - 1)) >= 2  # a stroke, not a hairline
    assert not inked(top_of_c - 1)  # and clear of the letter: reads as C̃, not a blot
