"""The window: tabs, projector mode, languages, drag and drop, closing cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from lab_app.qt import theme as theme_mod
from lab_app.qt.registry import TAB_KEYS


def test_every_tab_builds_and_has_a_title(window):
    assert TAB_KEYS == ("corpus", "rnn", "lstm", "embeddings", "bert")
    for key in TAB_KEYS:
        tab = window.show_tab(key)
        assert tab.built
        assert window.tabs.tabText(window.tabs.indexOf(tab)) == tab.title() != ""


def test_projector_mode_scales_fonts_by_at_least_1_6(window, qtbot):
    base = QApplication.font().pointSizeF()
    window.projector_action.setChecked(True)
    assert theme_mod.current().projector
    assert QApplication.font().pointSizeF() >= 1.6 * base
    window.projector_action.setChecked(False)
    assert QApplication.font().pointSizeF() == base


def test_f5_and_f11_are_window_shortcuts(window):
    assert window.projector_action.shortcut().toString() == "F5"
    assert window.fullscreen_action.shortcut().toString() == "F11"
    assert window.projector_action in window.actions()


def test_spanish_translation_is_installed_and_used(qapp, state, qtbot):
    from lab_app.qt.i18n import Translations
    from lab_app.qt.main_window import MainWindow

    translations = Translations()
    translations.install("es")
    try:
        assert translations.loaded
        spanish = MainWindow(state, language="es")
        qtbot.addWidget(spanish)
        titles = [spanish.tabs.tabText(i) for i in range(spanish.tabs.count())]
        assert "Redes recurrentes" in titles
        assert spanish.menuBar().actions()[0].text() == "&Archivo"
    finally:
        translations.install("en")


def test_dropping_a_file_loads_it_in_the_corpus_tab(window, qtbot, tmp_path):
    path = tmp_path / "texto.txt"
    path.write_text("El niño juega.\nLa niña canta una canción.\n", encoding="utf-8")
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    corpus_tab = window.tab("corpus")
    corpus_page = corpus_tab.page("corpus")
    with qtbot.waitSignal(corpus_page.runner.succeeded, timeout=10000):
        window.dropEvent(event)
    assert window.tabs.currentWidget() is corpus_tab
    assert window.state.corpus.name
    assert "canción" in window.state.corpus.vocabulary()


def test_closing_during_a_run_exits_cleanly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(("palabra " * 200_000 + "\n") * 60, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from lab_app.qt.main_window import MainWindow
        from lab_app.qt.state import AppState
        app = QApplication([])
        window = MainWindow(AppState(), language="en")
        window.show()
        tab = window.show_page("corpus", "corpus")
        def go():
            tab.load_path({str(big)!r})
            QTimer.singleShot(300, lambda: print("busy", tab.busy(), flush=True) or window.close())
        QTimer.singleShot(100, go)
        QTimer.singleShot(300, lambda: None)
        sys.exit(app.exec())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "busy True" in result.stdout
    assert "QThread" not in result.stderr
    assert "Traceback" not in result.stderr


def test_heavy_libraries_load_in_the_background_after_the_first_paint(window, qtbot):
    import gc
    import sys

    from lab_app.qt.preload import wait_for_preload

    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=5000)
    assert wait_for_preload(120)
    # The first optimizer's import of torch._dynamo is paid here, not mid-training.
    assert "torch._dynamo" in sys.modules
    assert gc.get_freeze_count() > 0
