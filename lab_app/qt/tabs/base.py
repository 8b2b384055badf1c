"""A topic tab and its pages, built from the registry (``lab_app.qt.registry``).

The window paints before pyqtgraph, torch and friends load: a tab builds its pages only when it
is first shown (or for a screenshot), never during start-up.

A page is small and uniform (Orange3's widgets share one base the same way): it owns its
runner, settings and views, and knows how to save and restore its session and run its demo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from lab_app.process import settle_heap
from lab_app.qt import registry
from lab_app.qt.state import AppState


class Page(QWidget):
    """Base of every page. ``finished`` fires when a run or demo ends (not after Stop).

    Subclasses with background work set ``runner`` (a ``JobRunner``); those with a demo
    override ``start_demo``.
    """

    finished = Signal()
    #: How long ``--demo`` lets this page's demo run before a screenshot, in seconds.
    demo_budget_s = 5.0

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.runner = None

    def session(self) -> object | None:
        """Return the user's work on this page (settings, results) to outlive the window."""
        return None

    def restore(self, session: object) -> None:
        """Put back what ``session`` returned, in a page just built."""

    def start_demo(self) -> bool:
        """Start the built-in demo; return False when the page has none. Emits ``finished``."""
        return False

    def end_demo(self) -> None:
        """Show the demo's final state (called when it finished or its budget ran out)."""

    def busy(self) -> bool:
        return self.runner is not None and self.runner.busy

    def shutdown(self) -> None:
        """Stop background work; called when the window closes or rebuilds."""
        if self.runner is not None:
            self.runner.stop()


class TopicTab(QWidget):
    """One tab of the registry: its pages in an inner tab bar (or one page alone).

    Pages are built when first shown: building the four LSTM pages at once took 0.3 s, which a
    language switch (it rebuilds the window) would pay every time.
    """

    def __init__(self, spec: registry.TabSpec, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.key = spec.key
        self.state = state
        self.built = False
        self.pages: dict[str, Page] = {}  # the pages built so far
        self._slots: dict[str, QWidget] = {}  # where each page goes once built
        self._pending: dict[str, object] = {}  # sessions of pages not built yet
        self.page_tabs: QTabWidget | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 8, 8, 8)

    def title(self) -> str:
        """The tab's translated title."""
        return QCoreApplication.translate(registry.CONTEXT, self.spec.title)

    def ensure_built(self) -> None:
        """Lay out the page slots once and build the visible page (GUI thread); put back a
        session kept by an older window."""
        if self.built:
            return
        self.built = True
        if len(self.spec.pages) > 1:
            self.page_tabs = QTabWidget()
            # Scroll buttons keep the bar from forcing the window wider; _fit_page_titles
            # switches to short titles so that they are rarely needed.
            self.page_tabs.tabBar().setUsesScrollButtons(True)
            self.outer.addWidget(self.page_tabs)
        for spec in self.spec.pages:
            slot = self._slots[spec.key] = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            if self.page_tabs is None:
                self.outer.addWidget(slot)
            else:
                title = QCoreApplication.translate(registry.CONTEXT, spec.title)
                self.page_tabs.addTab(slot, title)
        session = self.state.sessions.pop(self.key, None)
        if session is not None:
            self.restore_session(session)
        self._build(self.current_page_key())
        if self.page_tabs is not None:
            self.page_tabs.currentChanged.connect(self._on_page_changed)
            self._fit_page_titles()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.page_tabs is not None:
            self._fit_page_titles()

    def _fit_page_titles(self) -> None:
        """Full page titles when they fit the tab bar, short ones when not (never cut)."""
        bar = self.page_tabs.tabBar()
        titles = [QCoreApplication.translate(registry.CONTEXT, p.title) for p in self.spec.pages]
        padding = bar.tabSizeHint(0).width() - bar.fontMetrics().horizontalAdvance(bar.tabText(0))
        need = sum(bar.fontMetrics().horizontalAdvance(t) + padding for t in titles)
        if need > self.page_tabs.width() - 4:
            titles = [
                QCoreApplication.translate(registry.CONTEXT, p.short or p.title)
                for p in self.spec.pages
            ]
        for index, title in enumerate(titles):
            if bar.tabText(index) != title:
                bar.setTabText(index, title)

    def _on_page_changed(self, index: int) -> None:
        self._build(self.spec.pages[index].key)

    def _build(self, key: str) -> Page:
        page = self.pages.get(key)
        if page is None:
            page = self.pages[key] = registry.load(self.spec.page(key).target)(self.state)
            self._slots[key].layout().addWidget(page)
            if key in self._pending:
                page.restore(self._pending.pop(key))
            settle_heap()
        return page

    def page(self, key: str) -> Page:
        """The page ``key``, built if it was not yet (KeyError for a key the tab lacks)."""
        self.ensure_built()
        return self._build(key)

    def show_page(self, key: str) -> Page:
        """Make ``key`` the visible page and return it."""
        page = self.page(key)
        if self.page_tabs is not None:
            self.page_tabs.setCurrentWidget(self._slots[key])
        return page

    def current_page_key(self) -> str:
        if self.page_tabs is None:
            return self.spec.pages[0].key
        return self.spec.pages[max(0, self.page_tabs.currentIndex())].key

    def save_session(self) -> dict | None:
        """Each page's work and the visible page, to outlive the window."""
        if not self.built:
            return None
        pages = {**self._pending, **{key: page.session() for key, page in self.pages.items()}}
        return {"current": self.current_page_key(), "pages": pages}

    def restore_session(self, session: dict) -> None:
        """Keep each page's session until the page is built, and show the page that was shown."""
        known = set(self.spec.page_keys)
        self._pending.update(
            {k: v for k, v in session["pages"].items() if k in known and v is not None}
        )
        for key in list(self._pending):
            if key in self.pages:
                self.pages[key].restore(self._pending.pop(key))
        if session["current"] in known and self.page_tabs is not None:
            self.page_tabs.setCurrentWidget(self._slots[session["current"]])

    def busy(self) -> bool:
        """True while any page runs background work."""
        return any(page.busy() for page in self.pages.values())

    def shutdown(self) -> None:
        """Stop every page's background work."""
        for page in self.pages.values():
            page.shutdown()

    def run_demo_blocking(self, key: str | None = None, budget_s: float | None = None) -> None:
        """Show page ``key`` (default: the first), run its demo and wait, processing events,
        until it ends or its budget runs out; then show its final state."""
        page = self.show_page(key or self.spec.pages[0].key)
        loop, done = QEventLoop(), []

        def on_finished() -> None:
            done.append(True)
            loop.quit()

        page.finished.connect(on_finished)
        try:
            if not page.start_demo():
                return
            if not done:  # a demo may end inside start_demo (an error shown at once)
                QTimer.singleShot(int(1000 * (budget_s or page.demo_budget_s)), loop.quit)
                loop.exec()
        finally:
            page.finished.disconnect(on_finished)
        page.shutdown()
        page.end_demo()
