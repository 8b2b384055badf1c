"""The RNN tab's task pages: training fills the views, Stop keeps the model, any input runs,
cells compare side by side, bad input gets a message, the strip navigates."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture
def rnn_tab(window, qtbot):
    window.show()
    return window.show_tab("rnn")


def small(page, steps=30, hidden=12):
    s = page.settings
    s.d_h.setValue(hidden)
    s.d_x.setValue(8)
    s.batch.setValue(8)
    s.steps.setValue(steps)
    return page


def train(page, qtbot, steps=None, timeout=60000):
    with qtbot.waitSignal(page.finished, timeout=timeout):
        assert page.start(max_steps=steps)
    page.updates.flush()


@pytest.mark.parametrize("key", ["generation", "sentiment", "tagging", "translation"])
def test_training_fills_loss_score_hidden_state_and_unrolled_network(rnn_tab, qtbot, key):
    page = small(rnn_tab.show_page(key))
    train(page, qtbot, 25)
    assert page.trained is not None and page.trained.key == page.task_key
    assert page.loss.series_data("LSTM" if key != "translation" else "GRU")[0].size > 0
    assert page.score.has_data()
    snapshot_tokens = page.hidden.col_labels
    assert page.hidden.values.shape == (12, len(snapshot_tokens))
    assert page.unrolled.network.steps() >= 1
    assert page.try_input.edit.isEnabled()


def test_generation_types_text_and_shows_top_k_bars(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("generation"))
    train(page, qtbot, 20)
    page.generation.finish_typing()
    text = page.generation.output.toPlainText()
    assert text.startswith(page.generation.seed.text())
    assert len(text) == len(page.generation.seed.text()) + page.generation.length.value()
    heights = page.generation.bars.bars.opts["height"]
    assert len(heights) == page.generation.top_k.value()
    assert np.all(np.diff(heights) <= 0)  # most likely first


def test_temperature_zero_is_greedy_and_repeatable(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("generation"))
    train(page, qtbot, 20)
    page.generation.temperature.setValue(0)
    page.generate(animate=False)
    first = page.generation.output.toPlainText()
    page.controls.seed.setValue(7)  # another sampling seed: greedy does not sample
    page.generate(animate=False)
    assert page.generation.output.toPlainText() == first
    assert "greedy" in page.generation.temperature_label.text()


def test_any_input_length_keeps_the_parameter_count(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("sentiment"))
    train(page, qtbot, 20)
    counts = set()
    for text in ("buena", "la película fue muy buena y la música también, pero el final no"):
        page._on_input(text)
        assert page.hidden.values.shape[1] == len(page.try_input_tokens(text))
        counts.add(page.try_input.parameters.text())
    assert len(counts) == 1 and any(ch.isdigit() for ch in counts.pop())


def test_a_much_longer_input_than_training_gets_a_warning_not_a_crash(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("tagging"))
    train(page, qtbot, 10)
    page._on_input(" ".join(["el perro come"] * 30))
    assert "longer than any training input" in page.try_input.note.text()


def test_stop_keeps_the_model_trained_so_far(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("generation"), steps=100_000)
    page.start()
    qtbot.waitUntil(lambda: page.loss.has_data(), timeout=30000)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.controls.stop_requested.emit()
    assert page.trained is not None
    assert 0 < len(page.trained.history) < 100_000
    assert page.generation.button.isEnabled()


def test_cells_are_drawn_side_by_side_when_only_the_cell_differs(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("sentiment"), steps=10)
    train(page, qtbot)
    page.settings.cell.setCurrentIndex(page.settings.cell.findData("gru"))
    train(page, qtbot)
    assert {"LSTM", "GRU"} <= set(page.loss.series_names())
    assert "GRU" in page.comparison.text() and "LSTM" in page.comparison.text()
    page.settings.d_h.setValue(13)  # now the runs differ in more than the cell: start afresh
    train(page, qtbot)
    assert "LSTM" not in page.loss.series_names()


def test_divergence_keeps_the_last_good_weights(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("generation"), steps=200)
    page.settings.learning_rate.setValue(50.0)
    train(page, qtbot)
    assert "diverged" in page.messages.text.text().lower()
    assert page.trained is not None
    for parameter in page.trained.model.parameters():
        assert bool(parameter.detach().isfinite().all())


def test_a_csv_with_one_class_gets_a_message(rnn_tab, qtbot, tmp_path):
    path = tmp_path / "one_class.csv"
    path.write_text("text,label\nmuy buena,pos\nbuena,pos\nexcelente,pos\n", encoding="utf-8")
    page = small(rnn_tab.show_page("sentiment"))
    page.source.choose_file(path)
    train(page, qtbot)
    assert "class" in page.messages.text.text()
    assert page.trained is None


def test_a_malformed_conllu_file_names_its_line(rnn_tab, qtbot, tmp_path):
    path = tmp_path / "bad.conllu"
    good = "\t".join(["1", "El", "el", "DET", "_", "_", "2", "det", "_", "_"])
    path.write_text(f"{good}\n2\tperro\n\n", encoding="utf-8")
    page = small(rnn_tab.show_page("tagging"))
    page.source.choose_file(path)
    train(page, qtbot)
    assert "line 2" in page.messages.text.text()


def test_translation_shows_attention_rows_that_sum_to_one(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("translation"), hidden=16)
    train(page, qtbot, 30)
    page._on_input("ciento veintitrés")
    values = page.attention.values
    assert values.shape[1] == 2
    assert np.allclose(values.sum(axis=1), 1.0, atol=1e-5)
    # Words the model never saw: a note under the input, not an uncaught error (the monkey
    # typed a Spanish sentence here).
    page._on_input("la niña lee un libro")
    note = page.try_input.note.text()
    assert "niña" in note and "vocabulary" in note
    assert page.attention.values.shape[1] == 2  # the last good view stays


def test_save_and_load_give_the_same_generation(rnn_tab, qtbot, tmp_path):
    page = small(rnn_tab.show_page("generation"))
    train(page, qtbot, 15)
    page.generation.temperature.setValue(0)
    page.generate(animate=False)
    before = page.generation.output.toPlainText()
    assert page.files.save(tmp_path / "model.safetensors") is not None
    other = small(rnn_tab.show_page("generation"))
    other.trained = None
    assert other.files.load(tmp_path / "model.safetensors")
    other.generate(animate=False)
    assert other.generation.output.toPlainText() == before
    # A model of another task is refused on this page, with a message.
    tagging = small(rnn_tab.show_page("tagging"))
    assert not tagging.files.load(tmp_path / "model.safetensors")
    assert "another task" in tagging.messages.text.text()


def test_the_strip_opens_the_page_of_an_architecture(rnn_tab):
    page = rnn_tab.show_page("generation")
    page.strip.chosen.emit("many_to_many_seq2seq")
    assert rnn_tab.current_page_key() == "translation"
    assert page.strip.current == "one_to_many"


def test_memory_page_draws_both_networks_on_one_plot(rnn_tab, qtbot):
    page = small(rnn_tab.show_page("one_to_one"))
    train(page, qtbot, 20)
    names = page.loss.series_names()
    assert len(names) == 2 and "LSTM" in names
    assert all(page.loss.series_data(name)[0].size > 0 for name in names)
    assert page.no_memory.values.shape[0] == 12
    assert "with memory" in page.messages.text.text()


def test_on_a_short_projector_page_the_strip_becomes_one_line(rnn_tab, qtbot):
    from lab_app.qt import theme as theme_mod

    page = rnn_tab.show_page("sentiment")
    page.window().resize(1400, 900)
    qtbot.waitUntil(lambda: not page.header.compact)
    theme_mod.theme_manager().update(projector=True)
    page.window().resize(1280, 720)
    qtbot.waitUntil(lambda: page.header.compact)
    assert page.header.bar.isVisible() and not page.strip.isVisible()
    page.header.choice.activated.emit(page.header.choice.findData("many_to_many_aligned"))
    assert rnn_tab.current_page_key() == "tagging"


def test_a_one_line_corpus_for_generation_gets_a_message(rnn_tab, qtbot, tmp_path):
    from lab_app.core.corpus import load_corpus

    path = tmp_path / "one_line.txt"
    path.write_text("hola mundo\n", encoding="utf-8")
    rnn_tab.state.set_corpus(load_corpus(path))
    page = small(rnn_tab.show_page("generation"))
    assert page.source.source() is rnn_tab.state.corpus  # loading a corpus selects it
    train(page, qtbot)
    assert "one line" in page.messages.text.text() or "characters" in page.messages.text.text()
    assert page.trained is None


def test_the_settings_column_is_as_tall_as_its_content_where_there_is_room(rnn_tab, qtbot):
    from lab_app.qt.widgets.settings_scroll import SettingsScroll

    page = rnn_tab.show_page("translation")
    page.window().resize(1600, 1000)
    scroll = page.settings.findChild(SettingsScroll)
    qtbot.waitUntil(lambda: scroll.height() >= scroll.widget().sizeHint().height())
    assert not scroll.verticalScrollBar().isVisible()
