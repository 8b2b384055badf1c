"""The BERT tab's view pages (Attention, Inside, Playground) on a tiny random BERT: the views
show the core's numbers, bad input gets a message, a new shared model refreshes the views, the
demo pre-trains when there is no model, and no page attribute hides a Qt method."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from transformers import BertConfig, BertForMaskedLM, BertForPreTraining, BertTokenizerFast

from lab_app.core.bert.attention import attentions, encode_for, encoded_attentions, head_lines
from lab_app.core.bert.contexts import contextual_neighbours, layer_cosines, unidirectional_mask
from lab_app.core.bert.playground import LECTURE_EXAMPLES, next_sentence, predict_masked
from lab_app.core.bert.representation import input_representation
from lab_app.qt.tabs.bert_model import BertModel
from lab_app.qt.widgets.attention_grid import attention_mosaic

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = (
    "the man went to store buy a gallon of milk he bought penguins are flightless "
    "me sente en el banco del parque saque dinero"
)
LETTERS = list("abcdefghijklmnopqrstuvwxyz.,") + [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
VOCAB = SPECIALS + WORDS.split() + LETTERS
STORE, PENGUINS = LECTURE_EXAMPLES.next_sentence


def tiny(model_class=BertForPreTraining, seed: int = 0, layers: int = 2, heads: int = 2):
    config = BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=32,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=64,
        max_position_embeddings=40,
        attn_implementation="eager",
    )
    with torch.random.fork_rng():  # a local seed: the global generator is left as it was
        torch.manual_seed(seed)
        model = model_class(config).eval()
    tokenizer = BertTokenizerFast(vocab={token: i for i, token in enumerate(VOCAB)})
    tokenizer.model_max_length = 40
    return model, tokenizer


@pytest.fixture(scope="module")
def bert():
    model, tokenizer = tiny()
    return BertModel(model, tokenizer, "tiny test BERT")


@pytest.fixture
def shown(window):
    window.show()
    return window


def drawn(page, qtbot, runner=None) -> None:
    """Wait until the page's job is done and every queued view is drawn."""
    runner = runner or page.runner

    def done() -> bool:
        seen = page._bert is page.state.bert and not page._stale  # the page took the model
        return seen and not runner.busy and page.updates.pending() == 0

    qtbot.waitUntil(done, timeout=20000)


def open_page(window, qtbot, key, bert):
    window.state.set_bert(bert)
    page = window.show_page("bert", key)
    drawn(page, qtbot)
    return page


# ---- no model ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["attention", "inside", "playground"])
def test_without_a_model_the_page_says_what_to_do_and_goes_there(shown, qtbot, key, monkeypatch):
    page = shown.show_page("bert", key)
    assert page.stack.currentWidget() is page.no_model
    assert "Pre-train" in page.no_model.text.text()
    visited = []
    monkeypatch.setattr(shown, "show_page", lambda tab, name: visited.append((tab, name)))
    page.no_model.pretrain_button.click()
    assert visited == [("bert", "pretrain")]


# ---- attention ---------------------------------------------------------------------------


def test_attention_views_show_the_cores_attention(shown, qtbot, bert):
    page = open_page(shown, qtbot, "attention", bert)
    tokens, expected = attentions(bert.model, bert.tokenizer, STORE[0], STORE[1])
    assert page.input.tokens.tokens == tokens
    np.testing.assert_allclose(page.matrix.values, expected[0, 0], rtol=1e-6)
    assert page.matrix.row_labels == tokens == page.matrix.col_labels
    assert page.grid.mosaic.shape == attention_mosaic(expected).shape
    page.grid.head_chosen.emit(1, 1)  # a click on layer 2, head 2 of the model view
    drawn(page, qtbot)
    assert (page.layer.value(), page.head.value()) == (2, 2)
    np.testing.assert_allclose(page.matrix.values, expected[1, 1], rtol=1e-6)
    threshold = page.lines.threshold_value()
    assert page.lines.canvas.lines == head_lines(expected[1, 1], threshold, False, tokens)
    page.lines.hide_special.setChecked(True)
    lines = page.lines.canvas.lines
    assert lines == head_lines(expected[1, 1], threshold, True, tokens)
    assert all(tokens[i] not in ("[CLS]", "[SEP]") for i, j, _ in lines)


def test_hovering_a_token_keeps_its_lines_only(shown, qtbot, bert):
    page = open_page(shown, qtbot, "attention", bert)
    page.lines.threshold.setValue(0)
    canvas = page.lines.canvas
    canvas.set_focus(("left", 2))
    assert canvas.shown_lines() and all(i == 2 for i, _, _ in canvas.shown_lines())
    assert "attends most to" in page.lines.readout.text()
    canvas.set_focus(None)
    assert canvas.shown_lines() == canvas.lines


def test_the_model_view_mosaic_scales_each_head_to_its_maximum():
    rng = np.random.default_rng(0)
    attention = rng.random((2, 3, 5, 5)).astype(np.float32)
    mosaic = attention_mosaic(attention, tile_max=32, gap=1)
    assert mosaic.shape == (2 * 6 - 1, 3 * 6 - 1)
    np.testing.assert_allclose(mosaic[6:11, 12:17], attention[1, 2] / attention[1, 2].max())
    assert np.isnan(mosaic[5]).all() and np.isnan(mosaic[:, 5]).all()  # the gaps
    long = rng.random((1, 1, 70, 70)).astype(np.float32)
    shrunk = attention_mosaic(long, tile_max=32)
    assert shrunk.shape == (24, 24)  # 70 tokens in blocks of 3
    block = long[0, 0, :3, :3].mean()
    assert shrunk[0, 0] == pytest.approx(block / np.nanmax(_blocks(long[0, 0], 3)), rel=1e-5)


def _blocks(matrix, factor):
    side = -(-len(matrix) // factor)
    padded = np.full((side * factor,) * 2, np.nan)
    padded[: len(matrix), : len(matrix)] = matrix
    return np.nanmean(padded.reshape(side, factor, side, factor), axis=(1, 3))


def test_a_too_long_input_is_cut_and_said(shown, qtbot, bert):
    page = open_page(shown, qtbot, "attention", bert)
    page.input.set_pair("the man went to the store " * 12, "")
    page.start()
    drawn(page, qtbot)
    assert "cut to 40 tokens" in page.messages.text.text()
    assert page.matrix.values.shape == (40, 40)


def test_a_new_shared_model_refreshes_the_visible_page_and_later_the_hidden_one(shown, qtbot, bert):
    page = open_page(shown, qtbot, "attention", bert)
    inside = shown.tab("bert").page("inside")
    other_model, tokenizer = tiny(seed=1, layers=3)
    with qtbot.waitSignal(page.finished, timeout=20000):
        shown.state.set_bert(BertModel(other_model, tokenizer, "another"))
    drawn(page, qtbot)
    _, expected = attentions(other_model, tokenizer, STORE[0], STORE[1])
    np.testing.assert_allclose(page.matrix.values, expected[0, 0], rtol=1e-6)
    assert page.layer.maximum() == 3
    assert "another" in page.messages.text.text()
    assert inside.result is None  # not on show: nothing computed yet
    shown.show_page("bert", "inside")
    drawn(inside, qtbot)
    rep = input_representation(other_model, tokenizer, STORE[0], STORE[1])
    np.testing.assert_allclose(inside.embeddings[0].values, rep.token_embeddings.T, rtol=1e-6)


# ---- inside --------------------------------------------------------------------------------


def test_representation_heatmaps_are_the_cores_and_share_one_scale(shown, qtbot, bert):
    page = open_page(shown, qtbot, "inside", bert)
    rep = input_representation(bert.model, bert.tokenizer, STORE[0], STORE[1])
    parts = (rep.token_embeddings, rep.segment_embeddings, rep.position_embeddings, rep.summed)
    for view, part in zip(page.embeddings, parts, strict=True):
        np.testing.assert_allclose(view.values, part.T, rtol=1e-6)
        assert view.col_labels == list(rep.tokens)
    levels = {tuple(view.colour_bar.levels()) for view in page.embeddings}
    assert len(levels) == 1
    assert "E<sub>token</sub> + E<sub>segment</sub> + E<sub>position</sub>" in (
        page.embeddings[3].title.text()
    )


def test_one_way_and_both_ways_masks_and_attention(shown, qtbot, bert):
    page = open_page(shown, qtbot, "inside", bert)
    page.sections.setCurrentIndex(1)
    drawn(page, qtbot)
    length = len(page.result.representation.tokens)
    np.testing.assert_array_equal(page.masks[0].values, unidirectional_mask(length))
    assert page.masks[1].values.min() == 1  # every token sees every token
    page.mask_mode.setCurrentIndex(1)
    drawn(page, qtbot)
    encoded = encode_for(bert.model, bert.tokenizer, STORE[0], STORE[1])
    causal = encoded_attentions(bert.model, encoded, causal=True)
    np.testing.assert_allclose(page.masks[0].values, causal[0].mean(axis=0), rtol=1e-5)
    assert np.allclose(np.triu(page.masks[0].values, 1), 0)  # no token sees a later one


def test_static_vs_contextual_vectors_and_a_missing_word(shown, qtbot, bert):
    page = open_page(shown, qtbot, "inside", bert)
    page.sections.setCurrentIndex(2)
    drawn(page, qtbot)
    first, second = LECTURE_EXAMPLES.banco
    expected = layer_cosines(bert.model, bert.tokenizer, first, second, "banco")
    np.testing.assert_allclose(page.context.result.cosines, expected, rtol=1e-5)
    name = next(iter(page.context.cosines.data))
    np.testing.assert_allclose(page.context.cosines.data[name][1], expected, rtol=1e-5)
    near = contextual_neighbours(bert.model, bert.tokenizer, first, "banco", 5)
    assert page.context.neighbours.cell_text(0, 1).startswith(near[0].token)
    assert "banco" in page.messages.text.text()
    page.context.word.setText("bancos")
    page.context.submitted.emit()
    drawn(page, qtbot)
    assert "is not in the sentence" in page.messages.text.text()
    assert page.messages.level == "error"


# ---- playground ------------------------------------------------------------------------------


def test_masked_lm_bars_are_the_cores_probabilities(shown, qtbot, bert):
    page = open_page(shown, qtbot, "playground", bert)
    drawn(page, qtbot, page.next_runner)
    expected = predict_masked(bert.model, bert.tokenizer, LECTURE_EXAMPLES.masked_lm, 5)
    shown_charts = [chart for chart in page.charts if chart.isVisibleTo(page)]
    assert len(shown_charts) == len(expected) == 2
    for chart, prediction in zip(shown_charts, expected, strict=True):
        assert chart.labels == list(prediction.tokens)
        np.testing.assert_allclose(chart.values, prediction.probabilities, rtol=1e-6)
        np.testing.assert_allclose(chart.bars.opts["width"], prediction.probabilities, rtol=1e-6)


def test_no_mask_says_so_and_a_click_masks_a_word(shown, qtbot, bert):
    page = open_page(shown, qtbot, "playground", bert)
    page.sentence.setText("the man bought milk")
    page.start()
    drawn(page, qtbot)
    assert "[MASK]" in page.mask_note.text() and "click a word" in page.mask_note.text()
    assert not any(chart.isVisibleTo(page) for chart in page.charts)
    page.tokens.token_clicked.emit(3)  # "milk"
    drawn(page, qtbot)
    assert page.sentence.text() == "the man bought [MASK]"
    expected = predict_masked(bert.model, bert.tokenizer, "the man bought [MASK]", 5)
    np.testing.assert_allclose(page.charts[0].values, expected[0].probabilities, rtol=1e-6)


def test_next_sentence_label_and_bar(shown, qtbot, bert):
    page = open_page(shown, qtbot, "playground", bert)
    page._next_example(PENGUINS[0], PENGUINS[1])
    drawn(page, qtbot, page.next_runner)
    label, probability = next_sentence(bert.model, bert.tokenizer, PENGUINS[0], PENGUINS[1])
    assert page.next_label.text().startswith(label)
    chosen = page.next_bars.labels.index(label)
    assert page.next_bars.values[chosen] == pytest.approx(probability, rel=1e-6)
    assert page.next_bars.values.sum() == pytest.approx(1.0)


def test_a_model_without_the_heads_gets_clear_messages(shown, qtbot):
    model, tokenizer = tiny(BertForMaskedLM)  # no pooler, no next-sentence head
    page = open_page(shown, qtbot, "playground", BertModel(model, tokenizer, "MLM only"))
    drawn(page, qtbot, page.next_runner)
    assert "no trained next-sentence head" in page.next_label.text()
    assert not page.next_bars.labels
    assert page.charts and page.charts[0].values.size == 5  # the masked LM still works


# ---- demo, session, names -----------------------------------------------------------------


def test_the_demo_pretrains_when_there_is_no_model(shown, qtbot, monkeypatch):
    from lab_app.core.bert.pretrain_config import PretrainConfig, Pretrained
    from lab_app.core.events import Progress
    from lab_app.qt.tabs import bert_view_base

    model, tokenizer = tiny()

    def quick_pretraining():
        yield Progress(1, 2, "steps", "pretrain")
        return Pretrained(model, tokenizer, PretrainConfig(max_steps=5), steps=5)

    monkeypatch.setattr(bert_view_base, "demo_pretraining", quick_pretraining)
    page = shown.show_page("bert", "attention")
    with qtbot.waitSignal(page.finished, timeout=20000):
        assert page.start_demo()
    page.end_demo()
    assert shown.state.bert.model is model
    assert "demo" in shown.state.bert.source
    _, expected = attentions(model, tokenizer, STORE[0], STORE[1])
    np.testing.assert_allclose(page.matrix.values, expected[0, 0], rtol=1e-6)


def test_a_demo_cut_short_says_so(shown, qtbot):
    page = shown.show_page("bert", "playground")
    assert page.start_demo()
    page.shutdown()
    page.end_demo()
    assert "cut short" in page.messages.text.text()
    assert shown.state.bert is None


def test_session_survives_a_window_rebuild(shown, qtbot, bert):
    page = open_page(shown, qtbot, "attention", bert)
    page.input.set_pair("he bought milk", "")
    page.lines.threshold.setValue(20)
    page._on_head_chosen(1, 0)
    kept = page.session()
    rebuilt = shown.tab("bert").page("attention").__class__(shown.state)
    rebuilt.restore(kept)
    assert rebuilt.session() == kept
    rebuilt.deleteLater()


@pytest.mark.parametrize("key", ["attention", "inside", "playground"])
def test_no_attribute_hides_a_qt_method(shown, key):
    page = shown.show_page("bert", key)
    widgets = [page, *page.findChildren(QWidget)]
    ours = ("bert_attention", "bert_inside", "bert_playground", "bert_view", "attention_")
    clashes = set()
    for widget in widgets:
        if not type(widget).__module__.split(".")[-1].startswith(ours):
            continue
        qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
        clashes |= {
            f"{type(widget).__name__}.{name}"
            for name in vars(widget)
            if hasattr(qt_class, name) and not isinstance(getattr(qt_class, name), Signal)
        }
    assert not clashes


def test_building_the_pages_loads_neither_torch_nor_transformers():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from lab_app.qt.state import AppState\n"
        "from lab_app.qt.tabs.bert_attention_page import AttentionPage\n"
        "from lab_app.qt.tabs.bert_inside_page import InsidePage\n"
        "from lab_app.qt.tabs.bert_playground_page import PlaygroundPage\n"
        "state = AppState()\n"
        "pages = [page(state) for page in (AttentionPage, InsidePage, PlaygroundPage)]\n"
        "print(sorted(m for m in ('torch', 'transformers', 'tokenizers') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
