"""The Corpus tab: built-in and file loads, bad input messages, Stop, recent files."""

from __future__ import annotations

import pytest


@pytest.fixture
def corpus_tab(window, qtbot):
    window.show()
    tab = window.show_page("corpus", "corpus")
    return tab


def load(tab, qtbot, path=None, builtin=None):
    with qtbot.waitSignals([tab.runner.succeeded], timeout=30000):
        tab.load_builtin(builtin) if builtin else tab.load_path(path)
    tab.updates.flush()


def test_builtin_spanish_sample_fills_every_view(corpus_tab, qtbot, window):
    load(corpus_tab, qtbot, builtin="spanish_sample")
    corpus = window.state.corpus
    stats = corpus.stats()
    assert corpus_tab.stats.numbers["tokens"].text().replace("\u202f", "") == str(stats["tokens"])
    assert corpus_tab.vocabulary.model.rowCount() == stats["types"]
    first = corpus_tab.vocabulary.model.index(0, 1).data()
    assert first == next(iter(corpus.vocabulary()))
    assert len(corpus_tab.zipf.counts) == stats["types"]
    assert corpus_tab.documents.list.count() == stats["documents"]
    # The name a person says, not the internal key.
    assert "Spanish sample" in window.statusBar().currentMessage()
    assert "spanish_sample" not in window.statusBar().currentMessage()
    assert corpus_tab.source.builtin.currentText() == "Spanish sample"
    assert not corpus_tab.controls.stop_button.isEnabled()


def test_a_long_document_is_shown_cut_short(corpus_tab, qtbot, tmp_path):
    from lab_app.qt.tabs.corpus_panels import DocumentsPanel

    path = tmp_path / "long.txt"
    path.write_text(("palabra " * 40_000).strip(), encoding="utf-8")  # one sentence, 320k chars
    load(corpus_tab, qtbot, path=path)
    shown = corpus_tab.documents.viewer.toPlainText()
    assert shown.startswith("1. palabra palabra")
    assert shown.endswith("…")
    assert len(shown) < DocumentsPanel.MAX_SHOWN_CHARS + 100


def test_vocabulary_filter_and_numeric_sort(corpus_tab, qtbot):
    from PySide6.QtCore import Qt

    load(corpus_tab, qtbot, builtin="spanish_sample")
    view = corpus_tab.vocabulary
    view.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    model = view.model
    counts = [int(model.index(r, 2).data().replace(",", "")) for r in range(model.rowCount())]
    assert counts == sorted(counts)  # numbers sort as numbers, not as text
    view.filter.setText("niñ")
    tokens = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert tokens and all("niñ" in t for t in tokens)


BAD_INPUTS = {
    "empty": (b"", "empty"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "png"),
    "missing": (None, "not"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_shows_a_message_and_keeps_the_previous_corpus(
    case, corpus_tab, qtbot, window, tmp_path
):
    load(corpus_tab, qtbot, builtin="spanish_sample")
    before = window.state.corpus
    content, expected = BAD_INPUTS[case]
    path = tmp_path / f"{case}.txt"
    if content is not None:
        path.write_bytes(content)
    with qtbot.waitSignal(corpus_tab.runner.failed, timeout=10000):
        corpus_tab.load_path(path)
    assert window.state.corpus is before
    bar = corpus_tab.messages
    assert bar.isVisibleTo(corpus_tab) and bar.level == "error"
    assert expected in bar.text.text().lower()
    assert "previous corpus is still loaded" in bar.text.text()


def test_csv_without_the_column_names_the_columns(corpus_tab, qtbot, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("review,stars\nmuy buena,5\nmala,1\n", encoding="utf-8")
    corpus_tab.options.text_column.setText("texto")
    with qtbot.waitSignal(corpus_tab.runner.failed, timeout=10000):
        corpus_tab.load_path(path)
    text = corpus_tab.messages.text.text()
    assert "texto" in text and "review" in text


def test_stop_ends_a_large_load_and_says_stopping_until_its_thread_ends(
    corpus_tab, qtbot, tmp_path, window
):
    path = tmp_path / "big.txt"
    path.write_text(("una línea de texto bastante larga\n") * 1_500_000, encoding="utf-8")
    corpus_tab.load_path(path)
    qtbot.waitUntil(lambda: corpus_tab.controls.progress.value() > 0, timeout=10000)
    corpus_tab.controls.stop_button.click()
    # The thread is still ending its chunk: the page says so and Start waits.
    assert corpus_tab.runner.stopping
    assert "…" in corpus_tab.controls.eta.text()
    # Stop ends the thread within 0.5 s (tests/benchmarks measure it); 3 s leaves a loaded CI
    # machine its margin.
    qtbot.waitUntil(lambda: not corpus_tab.runner.stopping, timeout=3000)
    assert corpus_tab.controls.eta.text() == ""
    assert window.state.corpus is None
    assert "stopped" in corpus_tab.messages.text.text().lower()


def test_recent_files_are_remembered(corpus_tab, qtbot, tmp_path):
    path = tmp_path / "mi_texto.txt"
    path.write_text("Hola mundo.\nAdiós mundo.\n", encoding="utf-8")
    load(corpus_tab, qtbot, path=path)
    assert corpus_tab.recent_files()[0] == str(path)
    actions = corpus_tab.source.recent.menu().actions()
    assert actions[0].text() == str(path)
    # Saved on the settings thread (an fsync can stall for 100 ms after big file I/O).
    from PySide6.QtCore import QSettings

    from lab_app.qt.settings import wait_for_settings

    assert wait_for_settings(5000)
    saved = QSettings().value("recent_files")
    assert (saved if isinstance(saved, list) else [saved])[0] == str(path)


def test_apply_options_reloads_with_new_tokenisation(corpus_tab, qtbot, window):
    load(corpus_tab, qtbot, builtin="spanish_sample")
    assert "canción" in window.state.corpus.vocabulary()
    corpus_tab.options.strip_accents.setChecked(True)
    with qtbot.waitSignal(corpus_tab.runner.succeeded, timeout=30000):
        corpus_tab.options.apply.click()
    corpus_tab.updates.flush()
    vocabulary = window.state.corpus.vocabulary()
    assert "cancion" in vocabulary and "canción" not in vocabulary
