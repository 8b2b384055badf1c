"""The parameter quiz: predict, then reveal; counts from torch's own module; grouped tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from torch import nn

from lab_app.qt.numbers import whole


@pytest.fixture
def page(qtbot, state):
    from lab_app.qt.tabs.lstm_params_page import ParamsPage

    widget = ParamsPage(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def real_count(d_x: int, d_h: int) -> int:
    return sum(p.numel() for p in nn.LSTM(d_x, d_h).parameters())


def shown_text(page) -> str:
    """Every label's text and every table cell of the page, visible or not."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    for table in page.findChildren(QTableWidget):
        texts += [
            table.item(r, c).text()
            for r in range(table.rowCount())
            for c in range(table.columnCount())
        ]
    return "\n".join(texts)


def answers(d_x: int, d_h: int) -> list[str]:
    """The counts as the page writes them, and the slides' formula (itself the answer)."""
    lecture = 4 * (d_h + d_x + 1) * d_h
    return [whole(real_count(d_x, d_h)), whole(lecture), "d<sub>x</sub> + 1)"]


def set_sizes(page, d_x: int, d_h: int) -> None:
    page.d_x.setValue(d_x)
    page.d_h.setValue(d_h)


def test_the_answer_is_nowhere_before_reveal(page):
    assert not any(answer in shown_text(page) for answer in answers(32, 64))  # a fresh page
    set_sizes(page, 20, 30)
    page.guess.setText("12345")
    text = shown_text(page)
    raw = [str(real_count(20, 30)), str(4 * (30 + 20 + 1) * 30)]
    assert not any(answer in text for answer in answers(20, 30) + raw)
    assert "How many parameters" in page.question.text()
    assert page.reveal_button.isEnabled() and page.breakdown.isHidden()
    page.reveal_button.click()
    text = shown_text(page)
    assert all(answer in text for answer in answers(20, 30))
    assert not page.breakdown.isHidden()


@pytest.mark.parametrize("d_x, d_h", [(1, 1), (3, 5), (20, 30)])
def test_revealed_counts_match_a_real_torch_module(page, d_x, d_h):
    set_sizes(page, d_x, d_h)
    page.reveal()
    real = real_count(d_x, d_h)
    assert f"= <b>{whole(real)}</b>" in page.torch.text()
    assert f"= <b>{whole(real)}</b>" in page.real.text()
    assert f"= <b>{whole(4 * (d_h + d_x + 1) * d_h)}</b>" in page.lecture.text()
    torch_table, lecture_table = page.torch_panel.table, page.lecture_panel.table
    assert torch_table.item(torch_table.rowCount() - 1, 2).text() == whole(real)
    assert lecture_table.item(lecture_table.rowCount() - 1, 2).text() == whole(
        4 * (d_h + d_x + 1) * d_h
    )
    # Two groups per table, each with its subtotal: weights, then biases, then the total.
    rows = [torch_table.item(r, 0).text() for r in range(torch_table.rowCount())]
    assert rows == ["weight_ih_l0", "weight_hh_l0", "weights", "bias_ih_l0", "bias_hh_l0"] + [
        "biases",
        "total",
    ]
    assert torch_table.item(2, 2).text() == whole(4 * d_h * (d_x + d_h))
    assert torch_table.item(5, 2).text() == whole(8 * d_h)
    assert lecture_table.item(9, 2).text() == whole(4 * d_h)


def test_the_slides_shape_convention_is_written_out(page):
    page.reveal()
    lecture_table = page.lecture_panel.table
    assert lecture_table.item(0, 0).text() == "W<sub>f</sub>"
    assert lecture_table.item(0, 1).text() == (
        "(d<sub>h</sub> + d<sub>x</sub>) × d<sub>h</sub> = 96 × 64"
    )
    assert (
        page.torch_panel.table.item(0, 1).text() == "(4·d<sub>h</sub>) × d<sub>x</sub> = 256 × 32"
    )
    assert "(d<sub>h</sub> + d<sub>x</sub>) × d<sub>h</sub>" in page.lecture_panel.note.text()
    assert "weight_ih as (4·d<sub>h</sub>) × d<sub>x</sub>" in page.torch_panel.note.text()


def test_every_count_is_right_aligned(page):
    page.reveal()
    for table in (page.lecture_panel.table, page.torch_panel.table):
        assert table.rowCount() > 0
        for row in range(table.rowCount()):
            assert table.item(row, 2).textAlignment() & Qt.AlignmentFlag.AlignRight
        assert table.horizontalHeaderItem(2).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_a_guess_of_torchs_count_is_exact(page):
    set_sizes(page, 20, 30)
    page.guess.setText(str(real_count(20, 30)))
    page.reveal()
    assert page.verdict.text().startswith("<b>Exact!</b>")
    assert page.guess.text() == whole(real_count(20, 30))  # grouped like the answer


@pytest.mark.parametrize(
    "guess, expected",
    [
        (4 * (30 + 20 + 1) * 30, "<b>Exact</b> with the slides' formula"),
        (4 * (30 + 20) * 30, "not the biases"),
        ((30 + 20 + 1) * 30, "one gate"),
        (6_000, f"Off by {whole(real_count(20, 30) - 6_000)} from torch's count"),
    ],
)
def test_the_verdict_says_which_formula_a_guess_matches(page, guess, expected):
    set_sizes(page, 20, 30)
    page.guess.setText(f"{guess:,}")  # typed with commas: still read as a whole number
    page.reveal()
    assert expected in page.verdict.text()


def test_no_guess_still_reveals(page):
    page.reveal()
    assert "No answer" in page.verdict.text()
    assert whole(real_count(32, 64)) in page.torch.text()


def test_new_sizes_are_a_new_question(page):
    page.reveal()
    assert page.revealed
    page.d_h_slider.setValue(65)
    assert not page.revealed and page.breakdown.isHidden()
    assert not any(answer in shown_text(page) for answer in answers(32, 64) + answers(32, 65))


def test_the_button_hides_the_answer_again(page):
    page.reveal_button.click()
    assert page.revealed and page.reveal_button.text() == "Hide the answer"
    page.reveal_button.click()
    assert not page.revealed and whole(real_count(32, 64)) not in shown_text(page)


def test_bad_sizes_show_a_message_and_no_answer(page):
    page.reveal()
    page.d_h.setValue(0)
    assert not page.error.isHidden() and "d_h" in page.error.text()
    assert not page.reveal_button.isEnabled() and not page.revealed


def test_guess_and_reveal_survive_a_session(page, qtbot, state):
    from lab_app.qt.tabs.lstm_params_page import ParamsPage

    set_sizes(page, 10, 12)
    page.guess.setText("999")
    page.reveal()
    session = page.session()
    assert session == {"d_x": 10, "d_h": 12, "guess": "999", "revealed": True}
    again = ParamsPage(state)
    qtbot.addWidget(again)
    again.restore(session)
    assert again.revealed and again.d_x.value() == 10 and again.guess.text() == "999"
    assert whole(real_count(10, 12)) in again.torch.text()
    older = ParamsPage(state)
    qtbot.addWidget(older)
    older.restore({"d_x": 5, "d_h": 6})  # a session from before the quiz had a guess
    assert not older.revealed and older.d_h.value() == 6


def test_tables_sit_side_by_side_when_wide_and_become_tabs_when_narrow(page, qtbot):
    page.reveal()
    view = page.breakdown
    qtbot.waitUntil(lambda: view.tabbed is False)
    assert page.lecture_panel.isVisible() and page.torch_panel.isVisible()
    page.resize(700, 700)
    qtbot.waitUntil(lambda: view.tabbed is True)
    assert view.tabs.count() == 2 and page.lecture_panel.isVisible()
    page.resize(1366, 700)
    qtbot.waitUntil(lambda: view.tabbed is False)
    assert page.lecture_panel.isVisible() and page.torch_panel.isVisible()
