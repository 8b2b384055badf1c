"""Widgets that wrap their content in rows ask for the height their width needs."""

from __future__ import annotations

from PySide6.QtGui import QFont


def test_token_chips_ask_for_the_rows_their_width_needs(qtbot):
    from lab_app.qt.widgets.bert_token_chips import TokenChips

    chips = TokenChips()
    qtbot.addWidget(chips)
    chips.resize(900, 50)
    chips.show()
    chips.set_tokens(["[CLS]", "play", "##ing", "the", "man", "[SEP]"])
    one_row = chips.minimumHeight()
    assert one_row > 0
    chips.resize(120, 50)  # narrower: the same chips wrap into more rows
    qtbot.waitUntil(lambda: chips.minimumHeight() > one_row)
    narrow = chips.minimumHeight()
    chips.set_tokens(["[CLS]", "[SEP]"])  # new content at the same width
    assert chips.minimumHeight() < narrow
    chips.set_tokens([])
    assert chips.minimumHeight() == 0
    chips.set_tokens(["[CLS]", "play", "##ing", "the", "man", "[SEP]"])
    before = chips.minimumHeight()
    font = QFont(chips.font())
    font.setPointSizeF(font.pointSizeF() * 2)  # projector mode: bigger letters, taller rows
    chips.setFont(font)
    chips.resize(121, 50)
    qtbot.waitUntil(lambda: chips.minimumHeight() > before)
