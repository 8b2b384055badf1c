"""The main window: topic tabs, menus, status bar, projector mode, language, drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from lab_app.qt import registry
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import corpus_title
from lab_app.qt.numbers import whole
from lab_app.qt.preload import start_preload
from lab_app.qt.state import AppState
from lab_app.qt.tabs.base import Page, TopicTab


class MainWindow(QMainWindow):
    """The lab's window. ``language_requested(str)`` asks the application to switch language."""

    first_painted = Signal()
    language_requested = Signal(str)

    def __init__(self, state: AppState, language: str = "es", parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.language = language
        self._painted = False
        self.setWindowTitle(self.tr("NLP Visual Lab — Recurrent networks, embeddings, BERT"))
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for spec in registry.TABS:
            tab = TopicTab(spec, state)
            self.tabs.addTab(tab, tab.title())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        state.corpus_changed.connect(self._on_corpus_changed)
        self._on_corpus_changed(state.corpus)
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    # --- tabs ---------------------------------------------------------------------------
    def tab(self, key: str) -> TopicTab:
        """Return the tab with ``key`` (corpus, rnn, lstm, embeddings, bert)."""
        return self.tabs.widget(registry.TAB_KEYS.index(key))

    def all_tabs(self) -> list[TopicTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_tab(self, key: str) -> TopicTab:
        """Make ``key`` the current tab, build it, and return it."""
        tab = self.tab(key)
        self.tabs.setCurrentWidget(tab)
        tab.ensure_built()
        return tab

    def show_page(self, tab_key: str, page_key: str) -> Page:
        """Make that page of that tab the visible one (building the tab) and return it."""
        return self.show_tab(tab_key).show_page(page_key)

    def busy(self) -> bool:
        return any(tab.busy() for tab in self.all_tabs())

    def shutdown(self) -> None:
        """Ask every tab's background work to stop (GUI thread). Their threads end on their own
        within a step; the application waits for them only when it quits."""
        for tab in self.all_tabs():
            tab.shutdown()

    def save_sessions(self) -> None:
        """Keep each built tab's work in the shared state, for the window that replaces this one."""
        for tab in self.all_tabs():
            session = tab.save_session()
            if session is not None:
                self.state.sessions[tab.key] = session

    def _on_tab_changed(self, index: int) -> None:
        if self._painted:
            self.tabs.widget(index).ensure_built()

    # --- painting and closing -----------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            # Heavy imports (pyqtgraph, torch) wait until the window is on screen.
            QTimer.singleShot(0, lambda: self.tabs.currentWidget().ensure_built())
            QTimer.singleShot(300, start_preload)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    # --- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.show_page("corpus", "corpus").load_path(paths[0])
            event.acceptProposedAction()

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_file = file_menu.addAction(self.tr("Open corpus &file…"))
        open_file.setShortcut(QKeySequence.StandardKey.Open)
        open_file.triggered.connect(lambda: self.show_page("corpus", "corpus").ask_open_file())
        open_folder = file_menu.addAction(self.tr("Open corpus f&older…"))
        open_folder.triggered.connect(lambda: self.show_page("corpus", "corpus").ask_open_folder())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._build_view_menu()
        self._build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About"), self._show_about)

    def _build_view_menu(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        manager = theme_mod.theme_manager()
        self.projector_action = QAction(self.tr("&Projector mode"), self, checkable=True)
        self.projector_action.setShortcut("F5")
        self.projector_action.setToolTip(self.tr("Large fonts, thick lines, high contrast"))
        self.projector_action.setChecked(manager.theme.projector)
        self.projector_action.toggled.connect(lambda on: manager.update(projector=on))
        self.fullscreen_action = QAction(self.tr("&Full screen"), self, checkable=True)
        self.fullscreen_action.setShortcut("F11")
        self.fullscreen_action.toggled.connect(self._on_fullscreen_toggled)
        self.dark_action = QAction(self.tr("&Dark theme"), self, checkable=True)
        self.dark_action.setChecked(manager.theme.dark)
        self.dark_action.toggled.connect(lambda on: manager.update(dark=on))
        for action in (self.projector_action, self.fullscreen_action, self.dark_action):
            view.addAction(action)
            self.addAction(action)  # shortcuts work even with the menu bar hidden (full screen)

    def _build_language_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self._language_actions: dict[str, QAction] = {}
        for code, name in (("es", "Español"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            self._language_actions[code] = action
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            menu.addAction(action)

    def _on_language_chosen(self, code: str) -> None:
        if code == self.language:
            return
        if self.busy() and not self._confirm_language_switch():
            self._language_actions[self.language].setChecked(True)
            return
        self.language_requested.emit(code)

    def _confirm_language_switch(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Switch language"),
            self.tr(
                "A run is in progress. Switching the language rebuilds the window and stops it; "
                "settings and results so far are kept. Switch now?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_fullscreen_toggled(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _on_theme_changed(self, theme: theme_mod.Theme) -> None:
        self.projector_action.setChecked(theme.projector)
        self.dark_action.setChecked(theme.dark)

    def _on_corpus_changed(self, corpus) -> None:
        if corpus is None:
            self.statusBar().showMessage(self.tr("No corpus loaded: open one in the Corpus tab"))
            return
        stats = corpus.stats()
        text = self.tr("Corpus: %1 — %2 documents, %3 tokens, %4 types")
        for index, value in enumerate(
            (corpus_title(corpus), stats["documents"], stats["tokens"], stats["types"]), start=1
        ):
            shown = whole(value) if isinstance(value, int) else str(value)
            text = text.replace(f"%{index}", shown)
        self.statusBar().showMessage(text)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<b>NLP Visual Lab</b><p>A visual lab for the lecture <i>Redes Neuronales "
                "Recurrentes</i>: RNN, LSTM, embeddings and BERT, trained live on your own text.</p>"
            ),
        )
