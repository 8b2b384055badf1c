"""The RNN tab's painted widgets: the five-architecture strip and the unrolled network."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage

from lab_app.qt import theme as theme_mod
from lab_app.qt.widgets.architecture_strip import ArchitectureStrip
from lab_app.qt.widgets.rnn_diagram import (
    KEYS,
    blend,
    diagram_colours,
    ui_font,
    viridis,
)
from lab_app.qt.widgets.unrolled_network import UnrolledNetworkView


def _image(widget) -> QImage:
    return widget.grab().toImage()


def _share_of(image: QImage, rect, colour: QColor, tolerance: int = 6) -> float:
    """The fraction of ``rect``'s pixels within ``tolerance`` of ``colour`` (each channel)."""
    hits = total = 0
    for y in range(rect.top() + 2, rect.bottom() - 1, 2):
        for x in range(rect.left() + 2, rect.right() - 1, 2):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += all(
                abs(a - b) <= tolerance
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            )
    return hits / max(total, 1)


def _set_theme(qtbot, **changes: bool) -> None:
    theme_mod.theme_manager().set_theme(theme_mod.Theme(**changes))
    qtbot.wait(1)  # font-change events reach the widgets


@pytest.fixture
def strip(qtbot):
    widget = ArchitectureStrip()
    qtbot.addWidget(widget)
    widget.resize(1200, widget.heightForWidth(1200))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot):
    widget = UnrolledNetworkView()
    qtbot.addWidget(widget)
    widget.resize(1024, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- the strip --------------------------------------------------------------------------------
def test_set_current_lights_exactly_one_tile(strip):
    colours = diagram_colours(theme_mod.current())
    lit_background = blend(colours.background, colours.frame, 0.12)
    strip.set_current("many_to_one")
    image = _image(strip)
    shares = {key: _share_of(image, strip.tile_rect(key), lit_background) for key in KEYS}
    assert shares["many_to_one"] > 0.3
    assert all(share < 0.01 for key, share in shares.items() if key != "many_to_one")
    with pytest.raises(ValueError):
        strip.set_current("two_to_two")


def test_a_click_chooses_the_tile_under_the_mouse(strip, qtbot):
    for key in ("many_to_many_seq2seq", "one_to_one"):
        with qtbot.waitSignal(strip.chosen, timeout=1000) as signal:
            qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.tile_rect(key).center())
        assert signal.args == [key]
        assert strip.current == key


def test_keyboard_moves_between_tiles_and_chooses(strip, qtbot):
    assert strip.focusPolicy() == Qt.FocusPolicy.StrongFocus
    strip.set_current("one_to_one")
    chosen: list[str] = []
    strip.chosen.connect(chosen.append)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert chosen == []  # moving does not choose
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    qtbot.keyClick(strip, Qt.Key.Key_Space)
    qtbot.keyClick(strip, Qt.Key.Key_End)
    qtbot.keyClick(strip, Qt.Key.Key_Right)  # already last: stays
    qtbot.keyClick(strip, Qt.Key.Key_Enter)
    assert chosen == ["many_to_one", "one_to_many", "many_to_many_seq2seq"]
    assert strip.current == "many_to_many_seq2seq"


def test_the_focus_ring_shows_in_dark_mode(strip, qtbot):
    _set_theme(qtbot, dark=True)
    strip.set_current("one_to_one")
    before = _image(strip)
    strip.activateWindow()
    strip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(strip.hasFocus, timeout=1000)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    after = _image(strip)
    white = QColor(theme_mod.current().foreground)
    tile = strip.tile_rect("one_to_many")
    # The ring is drawn in the foreground colour (white) around the focused tile only.
    assert _share_of(after, tile, white, 40) > _share_of(before, tile, white, 40) + 0.01
    other = strip.tile_rect("many_to_one")
    assert _share_of(after, other, white, 40) == pytest.approx(_share_of(before, other, white, 40))


def test_captions_name_the_architecture_and_its_task(strip):
    assert strip.caption("one_to_one") == ("one to one", "next character (no\u00a0memory)")
    name, task = strip.caption("many_to_many_seq2seq")
    assert name == "many to many (x\u00a0≠\u00a0y)"  # "(x ≠ y)" never splits over two lines
    assert task == "translation (seq2seq)"
    assert strip.caption("many_to_many_aligned")[1] == "part-of-speech tags"


def test_the_strip_fits_a_1024_projector_without_cutting_text(strip, qtbot):
    normal = strip.sizeHint().height()
    assert 100 <= normal <= 120  # about 110 px at normal scale
    _set_theme(qtbot, projector=True)
    assert strip.sizeHint().height() > normal * 1.5  # follows the projector scale
    assert strip.minimumSizeHint().width() <= 1000  # fits 1024 px with the page's margins
    width = 1000
    room = width / len(KEYS) - strip._tile_chrome_px()
    bold = QFontMetrics(strip._name_font())
    plain = QFontMetrics(ui_font())
    needed = 0
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
    for key in KEYS:
        name, task = strip.caption(key)
        for metrics, text in ((bold, name), (plain, task)):
            # Every unbreakable piece fits the tile: wrapping, never cutting.
            assert max(metrics.horizontalAdvance(w) for w in text.split(" ")) <= room
        lines = bold.boundingRect(0, 0, int(room), 10_000, flags, name).height()
        needed = max(
            needed, lines + plain.boundingRect(0, 0, int(room), 10_000, flags, task).height()
        )
    assert strip.heightForWidth(width) >= needed + 20  # the captions and a diagram above them


# --- the unrolled network ---------------------------------------------------------------------
def _roles(network) -> Counter:
    return Counter(box.role for box in network.layout_boxes())


def test_boxes_per_architecture(view):
    network = view.network
    view.set_network("one_to_one", ["h"], ["o"], cell="MLP")
    assert _roles(network) == {"hidden": 1, "input": 1, "output": 1}
    assert len(network.placed.arrows["solid"].lines) == 2  # x → h → y, no recurrent arrow

    view.set_network("many_to_many_aligned", list("abcde"), list("ABCDE"))
    assert _roles(network) == {"hidden": 5, "input": 5, "output": 5}
    assert len(network.placed.arrows["solid"].lines) == 5 + 5 + 4

    view.set_network("many_to_one", list("abcde"), ["pos"])
    outputs = [box for box in network.layout_boxes() if box.role == "output"]
    assert [(box.step, box.text) for box in outputs] == [(4, "pos")]  # only above the last
    assert _roles(network)["hidden"] == 5

    view.set_network("one_to_many", ["E"], list("lgo"))
    boxes = network.layout_boxes()
    assert [b.text for b in boxes if b.role == "input"] == ["E", "l", "g"]  # fed back
    assert [b.text for b in boxes if b.role == "output"] == ["l", "g", "o"]
    assert len(network.placed.arrows["feedback"].heads) == 2  # y_t ⇢ x_{t+1}
    assert network.placed.arrows["feedback"].dashes


def test_seq2seq_has_encoder_and_decoder_steps(view):
    network = view.network
    view.set_network("many_to_many_seq2seq", list("1203"), ["mil", "doscientos", "tres"],
                     decoder_inputs=["<s>", "mil", "doscientos"])  # fmt: skip
    roles = _roles(network)
    assert roles == {"hidden": 4, "decoder": 3, "input": 7, "output": 3}
    assert network.steps() == 7
    assert len(network.placed.arrows["context"].heads) == 1  # last encoder box → decoder
    hidden = [b for b in network.layout_boxes() if b.role in ("hidden", "decoder")]
    last_encoder = max((b for b in hidden if b.role == "hidden"), key=lambda b: b.step)
    (context,) = network.placed.arrows["context"].lines
    assert context.x1() == pytest.approx(last_encoder.rect.right())
    assert "<s>" in [b.text for b in network.layout_boxes()]
    assert "attention" not in [text for _, text, _ in network.placed.labels]
    view.set_network("many_to_many_seq2seq", list("12"), ["doce"], attention=True)
    assert "attention" in [text for _, text, _ in network.placed.labels]
    assert view.title.text() == "Unrolled over the input (T = 3 steps)"


def test_invisible_characters_are_quoted(view):
    view.set_network("many_to_many_aligned", [" ", "\n", "a b", "\t", ""], ["x"] * 5)
    inputs = [b.text for b in view.network.layout_boxes() if b.role == "input"]
    assert inputs == ["␣", "⏎", "a␣b", "⇥", "∅"]


def test_long_inputs_scroll_and_keep_every_token(view, qtbot):
    words = [f"palabra{t}" for t in range(64)]
    view.set_network("many_to_many_aligned", words, ["NOUN"] * 64)
    qtbot.wait(1)
    assert view.title.text() == "Unrolled over the input (T = 64 steps)"
    assert view.widget() is view.network
    assert view.network.width() > view.viewport().width()
    assert view.horizontalScrollBar().maximum() > 0
    inputs = [b.text for b in view.network.layout_boxes() if b.role == "input"]
    assert inputs == words  # never every other token
    # The whole drawing fits the view's height: nothing hides behind the scroll bar.
    assert view.viewport().height() >= view.network.content_size().height()


def test_highlight_frames_a_step_and_scrolls_to_it(view, qtbot):
    view.set_network("many_to_many_aligned", [f"w{t}" for t in range(64)], ["X"] * 64)
    qtbot.wait(1)
    assert view.horizontalScrollBar().value() == 0
    view.set_highlight(50)
    assert view.network.highlight == 50
    column = view.network.step_rect(50)
    left = view.network.mapTo(view.viewport(), QPoint(round(column.left()), 0)).x()
    right = view.network.mapTo(view.viewport(), QPoint(round(column.right()), 0)).x()
    assert left >= 0 and right <= view.viewport().width()
    colours = diagram_colours(theme_mod.current())
    band = blend(colours.background, colours.frame, 0.18)
    image = _image(view.network)
    assert _share_of(image, column.toRect(), band) > 0.05
    assert _share_of(image, view.network.step_rect(48).toRect(), band) == 0
    view.set_highlight(None)
    assert view.network.highlight is None
    view.set_highlight(64)  # past the end: nothing
    assert view.network.highlight is None


def test_hovering_a_step_reports_it(view, qtbot):
    view.set_network("many_to_many_aligned", list("abcd"), list("ABCD"))
    network = view.network
    centre = network.step_rect(2).center().toPoint()
    with qtbot.waitSignal(view.step_hovered, timeout=1000) as signal:
        qtbot.mouseMove(network, centre)
    assert signal.args == [2]
    assert network.step_at(QPointF(network.step_rect(0).center())) == 0
    assert network.step_at(QPointF(-5.0, 5.0)) is None


def test_the_same_network_again_changes_nothing(view):
    view.set_network("many_to_one", list("abc"), ["neg"], cell="GRU")
    placed = view.network.placed
    view.network.set_highlight(1)
    view.set_network("many_to_one", ("a", "b", "c"), ("neg",), cell="GRU")
    assert view.network.placed is placed and view.network.highlight == 1
    view.set_network("many_to_one", list("abc"), ["pos"], cell="GRU")
    assert view.network.placed is not placed and view.network.highlight is None
    assert "GRU" in [text for _, text, _ in view.network.placed.labels]


def test_hidden_norms_shade_the_boxes_with_viridis(view):
    view.set_network("many_to_many_aligned", list("abc"), list("ABC"))
    view.set_hidden_norms([1.0, 2.0])  # not one per step: ignored
    assert view.network.norms is None
    view.set_hidden_norms([2.0, 4.0, 3.0])
    assert list(view.network.norms) == [0.0, 1.0, 0.5]
    image = _image(view.network)
    for step, value in ((0, 0.0), (1, 1.0)):
        (box,) = [b for b in view.network.layout_boxes() if b.step == step and b.role == "hidden"]
        corner = box.rect.topLeft() + QPointF(view.network._offset() + 5, 5)
        pixel = image.pixelColor(corner.toPoint())
        expected = viridis(value)
        assert abs(pixel.red() - expected.red()) <= 8 and abs(pixel.green() - expected.green()) <= 8


def test_projector_mode_makes_everything_larger(view, qtbot):
    view.set_network("many_to_many_aligned", list("abc"), list("ABC"))
    normal = view.network.content_size()
    _set_theme(qtbot, projector=True, dark=True)
    larger = view.network.content_size()
    assert larger.width() > normal.width() * 1.4 and larger.height() > normal.height() * 1.4
    assert view.height() >= larger.height()
    assert view.network.placed.line >= 3  # lines at least 3 px on the projector
