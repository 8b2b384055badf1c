"""Corpus tab: load text (file, folder, CSV/TSV, built-in), tokenise it, and look at it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from lab_app.core.events import Progress
from lab_app.core.messages import say
from lab_app.process import settle_heap
from lab_app.qt.core_text import translated
from lab_app.qt.settings import read_setting, write_setting
from lab_app.qt.state import AppState
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.panel_grid import PanelGrid

MAX_RECENT = 8
VIEW_MIN = QSize(360, 260)  # a readable table, plot or text at normal scale


class CorpusPage(RunPage):
    """Loads the corpus every tab shares; the load runs on a worker with progress and Stop."""

    demo_budget_s = 20.0

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(state, parent, with_seed=False, update_interval_ms=30)
        from lab_app.core import corpus as corpus_core
        from lab_app.qt.tabs.corpus_panels import (
            DocumentsPanel,
            OptionsPanel,
            SourcePanel,
            StatsPanel,
        )
        from lab_app.qt.widgets.vocabulary_table import VocabularyTable
        from lab_app.qt.widgets.zipf_plot import ZipfPlot

        self.core = corpus_core
        builtins = [
            (
                name,
                translated(say(corpus_core.builtin_title(name))),
                translated(say(corpus_core.builtin_description(name))),
            )
            for name in corpus_core.builtin_corpora()
        ]
        self.source = SourcePanel(builtins)
        self.options = OptionsPanel()
        self.controls.start_button.hide()
        self.stats = StatsPanel()
        self.vocabulary = VocabularyTable()
        self.zipf = ZipfPlot()
        self.documents = DocumentsPanel()
        self._layout()
        self._connect()
        self._pending_source: tuple[str, str] | None = None
        self.loaded_source: tuple[str, str] | None = None
        self._recent: list[str] | None = None  # read from the settings once
        self._refresh_recent_menu()
        if self.state.corpus is not None:
            self._show(self.state.corpus)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.source)
        left_layout.addWidget(self.options)
        left_layout.addStretch(1)
        left.setMaximumWidth(480)
        # Side by side on a desktop, one at a time (tabs) on a projector: never squeezed.
        self.views = PanelGrid(
            [self.vocabulary, self.zipf, self.documents],
            [self.tr("Vocabulary"), self.tr("Zipf plot"), self.tr("Documents and sentences")],
            3,
            VIEW_MIN,
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stats)
        right_layout.addWidget(self.views, 1)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(right, 1)
        self.place(None, body)

    def _connect(self) -> None:
        self.source.open_file_requested.connect(self.ask_open_file)
        self.source.open_folder_requested.connect(self.ask_open_folder)
        self.source.builtin_requested.connect(self.load_builtin)
        self.options.apply.clicked.connect(self._on_apply_options)

    def idle_text(self) -> str:
        return self.tr(
            "Open a file or a folder, drop one on the window, or load a built-in corpus: "
            "every tab uses it."
        )

    def start(self) -> int:
        """Load the current source again with the current options."""
        return self._on_apply_options()

    # --- public actions -----------------------------------------------------------------
    def load_path(self, path: str | Path) -> int:
        """Load a file or folder on the worker; return the run id (GUI thread)."""
        options = self._options(self.options.values())
        if options is None:
            return 0
        self._pending_source = ("path", str(path))
        self.messages.clear()
        return self.runner.start(self.core.iter_load_corpus, str(path), options)

    def load_builtin(self, name: str) -> int:
        """Load a built-in corpus on the worker (its language sets the language option)."""
        self.options.set_language(self.core.builtin_language(name))
        options = self._options(self.options.values())
        if options is None:
            return 0
        self._pending_source = ("builtin", name)
        self.messages.clear()
        return self.runner.start(self.core.iter_load_builtin, name, options)

    def ask_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open corpus file"),
            "",
            self.tr("Text and tables (*.txt *.csv *.tsv);;All files (*)"),
        )
        if path:
            self.load_path(path)

    def ask_open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of .txt files"))
        if path:
            self.load_path(path)

    def session(self) -> dict:
        from lab_app.qt.widgets.form_state import widget_values

        return {"options": widget_values(self.options.fields()), "source": self.loaded_source}

    def restore(self, session: dict) -> None:
        from lab_app.qt.widgets.form_state import set_widget_values

        set_widget_values(self.options.fields(), session["options"])
        self.loaded_source = session["source"]

    def start_demo(self) -> bool:
        return bool(self.load_builtin("spanish_sample"))

    # --- slots ----------------------------------------------------------------------------
    def _options(self, values: dict):
        try:
            return self.core.CorpusOptions(**values)
        except self.core.CorpusError as error:
            self.messages.show_message(translated(error), "error")
            return None

    def _on_apply_options(self) -> int:
        if self.loaded_source is None:
            self.messages.show_message(
                self.tr("Load a corpus first; the options apply to the next load."), "info"
            )
            return 0
        kind, value = self.loaded_source
        return self.load_builtin(value) if kind == "builtin" else self.load_path(value)

    def progress_shown(self, progress: Progress) -> Progress:
        phases = {
            "reading": self.tr("reading"),
            "parsing": self.tr("parsing"),
            "tokenising": self.tr("tokenising"),
        }
        if progress.message in phases:
            return replace(progress, message=phases[progress.message])
        return progress

    def on_succeeded(self, corpus) -> None:
        self.loaded_source = self._pending_source
        if self.loaded_source and self.loaded_source[0] == "path":
            self._remember_recent(self.loaded_source[1])
        self.state.set_corpus(corpus)
        settle_heap()
        self._show(corpus)
        super().on_succeeded(corpus)

    def _show(self, corpus) -> None:
        # One view per event-loop turn: together they would freeze the window for ~150 ms.
        vocabulary = corpus.vocabulary()
        self.updates.put("stats", lambda: self.stats.show_corpus(corpus))
        self.updates.put("vocabulary", lambda: self.vocabulary.set_vocabulary(vocabulary))
        self.updates.put("zipf", lambda: self.zipf.set_vocabulary(vocabulary))
        self.updates.put("documents", lambda: self.documents.show_corpus(corpus))
        self.updates.put("first document", self.documents.show_first)

    def failure_text(self, error: BaseException) -> str:
        source = self._pending_source[1] if self._pending_source else ""
        text = self.tr("Could not load «%1»: %2").replace("%1", Path(source).name or source)
        text = text.replace("%2", translated(error))
        if self.state.corpus is not None:
            text += " " + self.tr("The previous corpus is still loaded.")
        return text

    def on_stopped(self) -> None:
        self.messages.show_message(
            self.tr("Loading stopped. The previous corpus is still loaded."), "info"
        )

    # --- recent files ---------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        if self._recent is None:
            value = read_setting("recent_files", [])
            self._recent = [str(v) for v in ([value] if isinstance(value, str) else value or [])]
        return list(self._recent)

    def _remember_recent(self, path: str) -> None:
        self._recent = ([path] + [p for p in self.recent_files() if p != path])[:MAX_RECENT]
        write_setting("recent_files", self._recent)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = self.source.recent.menu()
        if menu is None:
            menu = QMenu(self.source.recent)  # one menu, refilled: no menu left behind per load
            self.source.recent.setMenu(menu)
        menu.clear()
        for path in self.recent_files():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.load_path(p))
        if not menu.actions():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
