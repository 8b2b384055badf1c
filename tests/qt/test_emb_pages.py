"""The Embeddings tab's word2vec, Map and Quiz pages, driven as a student would."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture
def emb_tab(window, qtbot):
    window.show()
    return window.show_tab("embeddings")


@pytest.fixture
def lee(state):
    from lab_app.core.corpus import load_builtin

    corpus = load_builtin("lee_background")
    state.set_corpus(corpus)
    return corpus


def train(page, qtbot, epochs=3, **settings):
    page.settings.dimension.setValue(settings.get("dimension", 20))
    page.settings.min_count.setValue(settings.get("min_count", 3))
    page.settings.evaluate.setChecked(settings.get("evaluate", False))
    with qtbot.waitSignal(page.finished, timeout=120000):
        assert page.start(epochs=epochs)
    page.updates.flush()


def test_word2vec_page_trains_shares_vectors_and_draws_every_view(emb_tab, lee, state, qtbot):
    page = emb_tab.page("word2vec")
    train(page, qtbot, epochs=8)
    assert state.vectors is not None and state.vectors.dimension == 20
    assert sorted(page.curves["held-out"]) == list(range(1, 9))
    # The held-out loss is the negative-sampling loss of real vectors: it falls as they train.
    held_out = page.curves["held-out"]
    assert held_out[8] < held_out[1]
    assert page.loss.has_data()
    assert page.map.has_data() and page.frame.epoch == 8
    assert len(page.frame.words) == min(500, len(state.vectors))
    epoch, sentence, pairs, scores = page.pairs.state()
    assert epoch == 8 and pairs and len(scores) == len(pairs)
    real = np.array([p[2] for p in pairs])
    assert scores[real].mean() > scores[~real].mean()  # σ(c·w) tells real pairs from negatives


def test_word2vec_page_refuses_a_corpus_too_small_with_a_message(emb_tab, state, qtbot):
    from lab_app.core.corpus import Corpus

    state.set_corpus(Corpus("tiny", ["uno dos tres"]))
    page = emb_tab.page("word2vec")
    page.settings.min_count.setValue(5)
    with qtbot.waitSignal(page.runner.failed, timeout=30000):
        page.start(epochs=1)
    assert "min_count" in page.messages.text.text()
    assert state.vectors is None


def test_map_page_projects_highlights_and_draws_an_analogy(emb_tab, lee, state, qtbot):
    train(emb_tab.page("word2vec"), qtbot, epochs=3)
    page = emb_tab.show_page("map")
    page.settings.count.setValue(300)
    with qtbot.waitSignal(page.finished, timeout=60000):
        assert page.start("pca")
    layout = page.layout_shown
    assert layout is not None and layout.coords.shape == (300, 2)
    assert np.isfinite(layout.coords).all()
    word = layout.words[10]
    page.settings.search.setText(word)
    page.settings.search.returnPressed.emit()
    assert page.neighbours.list.count() == 10
    # An analogy of words on the map: the parallelogram is drawn (four arrows).
    a, b, c = layout.words[20], layout.words[21], layout.words[22]
    page.analogy.a.setText(a)
    page.analogy.b.setText(b)
    page.analogy.c.setText(c)
    answers = page.analogy.solve()
    assert answers and page.analogy_words[:3] == (a, b, c)
    assert len(page.map.overlays.arrows) == 4


def test_map_page_without_vectors_says_what_to_do(emb_tab):
    page = emb_tab.show_page("map")
    assert page.start() == 0
    assert "word2vec" in page.messages.text.text()


def test_analogy_names_unknown_words(emb_tab, lee, state, qtbot):
    train(emb_tab.page("word2vec"), qtbot, epochs=1)
    panel = emb_tab.show_page("map").analogy
    panel.a.setText("zzqx")
    panel.b.setText("the")
    panel.c.setText("qqwy")
    assert panel.solve() == []
    shown = panel.answers.item(0).text()
    assert "zzqx" in shown and "qqwy" in shown


def test_quiz_keeps_answers_hidden_until_revealed(emb_tab, lee):
    page = emb_tab.show_page("quiz")
    dimension = page.questions[-1]
    assert all(not q.answer.isVisible() for q in page.questions)
    dimension.guess.setText("20000")
    dimension.reveal()
    assert dimension.answer.isVisible()
    text = dimension.answer.text()
    assert "1,000" in text and "20,000" in text
    assert f"{len(lee):,}" in text  # worked out for the loaded corpus too
    choice = page.questions[0]
    choice.group.button(0).setChecked(True)
    choice.reveal()
    assert "Not quite" in choice.answer.text()


def test_time_page_trains_periods_and_draws_a_words_path(emb_tab, qtbot):
    from lab_app.core.embeddings.time_demo import ANIMAL_WORDS, COMPUTER_WORDS

    page = emb_tab.show_page("time")
    with qtbot.waitSignal(page.finished, timeout=120000):
        assert page.start_demo()
    assert page.model.periods == ("1980s", "2010s")
    assert page.map.overlays.path is not None  # ratón's path, 1980s → 2010s
    assert page.table.columnCount() == 2
    first = {page.table.item(r, 0).text().split()[0] for r in range(page.table.rowCount())}
    last = {page.table.item(r, 1).text().split()[0] for r in range(page.table.rowCount())}
    assert len(first & ANIMAL_WORDS) > len(first & COMPUTER_WORDS)
    assert len(last & COMPUTER_WORDS) > len(last & ANIMAL_WORDS)
    page.settings.word.setText("zzqx")
    page.show_word()
    assert "zzqx" in page.messages.text.text()


def test_time_page_asks_for_a_corpus_with_dates(emb_tab):
    page = emb_tab.show_page("time")
    page.settings.source.setCurrentIndex(1)
    assert page.start() == 0
    assert "date" in page.messages.text.text()


def test_vector_files_load_share_and_export(emb_tab, state, qtbot, tmp_path):
    from gensim.test.utils import datapath

    page = emb_tab.page("word2vec")
    with qtbot.waitSignal(page.files.runner.succeeded, timeout=30000):
        page.files.load(datapath("test_glove.txt"))
    assert state.vectors is not None and not state.vectors.trained
    assert "test_glove.txt" in page.messages.text.text()
    with qtbot.waitSignal(page.files.runner.succeeded, timeout=30000):
        page.files.export(state.vectors, str(tmp_path), "projector")
    rows = (tmp_path / "vectors.tsv").read_text(encoding="utf-8").splitlines()
    words = (tmp_path / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(words) == len(state.vectors)
    assert len(rows[0].split("\t")) == state.vectors.dimension


def test_a_broken_vector_file_gets_a_message_and_keeps_the_vectors(emb_tab, state, qtbot, tmp_path):
    page = emb_tab.page("word2vec")
    broken = tmp_path / "broken.txt"
    broken.write_text("3 4\nuno 0.1 0.2 0.3 0.4\ndos 0.1 zz\n", encoding="utf-8")
    with qtbot.waitSignal(page.files.runner.failed, timeout=30000):
        page.files.load(str(broken))
    assert state.vectors is None
    assert page.messages.level == "error"


def test_map_colours_words_by_the_corpus_label(emb_tab, state, qtbot):
    from lab_app.core.corpus import load_builtin

    state.set_corpus(load_builtin("pang_lee_polarity"))
    train(emb_tab.page("word2vec"), qtbot, epochs=2, min_count=2)
    page = emb_tab.show_page("map")
    page.settings.count.setValue(100)
    page.settings.colour.setCurrentIndex(page.settings.colour.findData("label"))
    with qtbot.waitSignal(page.finished, timeout=60000):
        assert page.start("pca")
    groups = set(page.layout_shown.groups)
    assert groups <= {"neg", "pos", "—"} and {"neg", "pos"} <= groups
    assert set(page.map.legend_names()) >= {"neg", "pos"}


def test_colouring_by_label_needs_a_labelled_corpus(emb_tab, lee, state, qtbot):
    train(emb_tab.page("word2vec"), qtbot, epochs=1)
    page = emb_tab.show_page("map")
    page.settings.colour.setCurrentIndex(page.settings.colour.findData("label"))
    assert page.start("pca") == 0
    assert "label" in page.messages.text.text()


def test_map_t_sne_forms_live_and_ends_on_its_own_result(emb_tab, lee, state, qtbot):
    train(emb_tab.page("word2vec"), qtbot, epochs=2)
    page = emb_tab.show_page("map")
    page.settings.count.setValue(200)
    frames = []
    page.runner.event.connect(
        lambda e: frames.append(e) if getattr(e, "final", True) is False else None
    )
    with qtbot.waitSignal(page.finished, timeout=120000):
        assert page.start("tsne")
    assert frames  # the map was drawn while t-SNE iterated
    final = page.layout_shown
    assert final.final and final.method == "tsne" and final.coords.shape == (200, 2)
    assert np.allclose(page.map.coords, final.coords)
    assert "t-SNE" in page.map.plot.getAxis("bottom").labelText


def test_map_without_umap_greys_it_and_says_why(emb_tab, lee, state, qtbot, monkeypatch):
    """The installers leave umap-learn out: the entry stays, disabled, and a UMAP map asked for
    anyway (a session saved by a pip install) ends with the reason, not a crash."""
    from lab_app.qt.tabs.emb_map_settings import MapSettings

    monkeypatch.setitem(__import__("sys").modules, "umap", None)  # as if not installed
    settings = MapSettings()
    item = settings.method_box.model().item(settings.method_box.findData("umap"))
    assert not item.isEnabled() and "pip" in item.toolTip()
    assert all(
        settings.method_box.model().item(settings.method_box.findData(m)).isEnabled()
        for m in ("pca", "tsne", "pairs")
    )
    train(emb_tab.page("word2vec"), qtbot, epochs=1)
    page = emb_tab.show_page("map")
    page.settings.count.setValue(100)
    with qtbot.waitSignal(page.finished, timeout=60000):
        assert page.start("umap")
    assert "pip" in page.messages.text.text()
    assert page.start("pca")  # the page still works
