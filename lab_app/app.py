"""Command line and application start: ``lab-app`` / ``python -m lab_app``."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from lab_app.qt import registry

SCREENSHOT_SIZE = (1600, 1000)


def window_size(text: str) -> tuple[int, int]:
    """Parse ``WxH`` (for ``--size``), e.g. ``1280x720``."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        message = f"expected WIDTHxHEIGHT such as 1280x720, got {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line (see README)."""
    parser = argparse.ArgumentParser(prog="lab-app", description="NLP Visual Lab")
    parser.add_argument(
        "--lang", choices=("es", "en"), help="interface language (default: system, else es)"
    )
    parser.add_argument(
        "--projector", action="store_true", help="projector mode: large fonts, thick lines"
    )
    parser.add_argument("--dark", action="store_true", help="dark theme")
    parser.add_argument(
        "--tab", choices=registry.TAB_KEYS, help="tab to open (or the only tab to screenshot)"
    )
    parser.add_argument(
        "--page",
        choices=registry.all_page_keys(),
        help="page of --tab to open (or the only page to screenshot)",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help=f"window size, e.g. 1280x720 (screenshots: {'x'.join(map(str, SCREENSHOT_SIZE))})",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="render every page to DIR/<tab>.png (first page) or DIR/<tab>-<page>.png and exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run the opened page's demo at start (with --screenshot: each page's, first)",
    )
    parser.add_argument(
        "--demo-seconds",
        type=float,
        metavar="S",
        help="with --demo: stop each demo after S seconds (default: each page's own budget)",
    )
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="S",
        help="close the window after S seconds, as a user would (for tests and benchmarks)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="offscreen self-test: build every page (of --tab), run each demo briefly, check the "
        "libraries; print a JSON summary; exit 1 on any error (lab_app/smoke.py)",
    )
    args = parser.parse_args(argv)
    if args.page is not None:
        if args.tab is None:
            parser.error("--page needs --tab")
        if args.page not in registry.tab_spec(args.tab).page_keys:
            keys = ", ".join(registry.tab_spec(args.tab).page_keys)
            parser.error(f"tab {args.tab} has the pages: {keys}")
    return args


class Lab:
    """The running application: state, translations, theme and the (rebuildable) window."""

    def __init__(self, args: argparse.Namespace):
        from PySide6.QtCore import QSettings

        from lab_app.qt import theme as theme_mod
        from lab_app.qt.errors import ErrorReporter, setup_logging
        from lab_app.qt.garbage import GuiGarbageCollector
        from lab_app.qt.i18n import Translations, system_language
        from lab_app.qt.state import AppState

        setup_logging()
        self.errors = ErrorReporter()
        self.errors.install()
        self.garbage = GuiGarbageCollector()
        self.state = AppState()
        self.translations = Translations()
        settings = QSettings()
        language = args.lang or settings.value("language") or system_language()
        self.translations.install(language)
        theme_mod.theme_manager().set_theme(
            theme_mod.Theme(dark=args.dark, projector=args.projector)
        )
        self.window = None
        self.build_window(args.tab, args.page, args.size)

    def build_window(
        self, tab: str | None = None, page: str | None = None, size: tuple[int, int] | None = None
    ) -> None:
        """Create the window (again, after a language switch) over the same state."""
        from PySide6.QtCore import Qt

        from lab_app.qt.main_window import MainWindow

        geometry = None
        if self.window is not None:
            geometry = self.window.saveGeometry()
            tab = tab or self.window.tabs.currentWidget().key
            self._drop_window()
        self.window = MainWindow(self.state, language=self.translations.language)
        # Queued: the old window is deleted at once, so not from inside its own menu's signal.
        self.window.language_requested.connect(
            self.set_language, Qt.ConnectionType.QueuedConnection
        )
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(*(size or (1400, 900)))
        if tab:
            self.window.tabs.setCurrentWidget(self.window.tab(tab))
        if page:
            self.window.show_page(tab, page)

    def _drop_window(self) -> None:
        """Stop the old window's work, keep its sessions, and free it now, on this thread."""
        from PySide6.QtCore import QCoreApplication, QEvent

        from lab_app.process import settle_heap

        old, self.window = self.window, None
        old.shutdown()
        old.save_sessions()
        old.deleteLater()
        # Only the old window's own deletion (its children go with it): flushing every
        # pending deferred delete could free objects that code further up the stack still uses.
        QCoreApplication.sendPostedEvents(old, QEvent.Type.DeferredDelete)
        # Its Python side (pyqtgraph's menus, the widgets' wrappers, in reference cycles) goes
        # now, on the GUI thread. Unfrozen first: each page was frozen when it was built
        # (settle_heap), the collector never looks at frozen objects, and every switch kept
        # the old window's ~13,000 cyclic objects for good. The survivors are frozen again.
        # A full collection: the switch takes 0.5 s instead of 0.15 s with every page built.
        gc.unfreeze()
        settle_heap()

    def start_demo(self) -> None:
        """Start the visible page's demo (it runs in the background like a user's run)."""
        tab = self.window.tabs.currentWidget()
        tab.page(tab.current_page_key()).start_demo()

    def set_language(self, language: str) -> None:
        """Switch language: install translators and rebuild the window, keeping the state."""
        from lab_app.qt.settings import write_setting

        write_setting("language", language)
        self.translations.install(language)
        visible = self.window is not None and self.window.isVisible()
        self.build_window()
        if visible:
            self.window.show()


def screenshot_targets(tab: str | None, page: str | None) -> list[tuple[str, str, str]]:
    """The (tab, page, file name) to render: one page, one tab's pages, or every page.

    A tab's first page is written as ``<tab>.png``, every other page as ``<tab>-<page>.png``.
    """
    targets = []
    for spec in registry.TABS if tab is None else [registry.tab_spec(tab)]:
        for index, key in enumerate(spec.page_keys):
            if page is None or key == page:
                targets.append((spec.key, key, spec.key if index == 0 else f"{spec.key}-{key}"))
    return targets


def take_screenshots(
    lab: Lab,
    out_dir: Path,
    targets: list[tuple[str, str, str]],
    demo: bool,
    size: tuple[int, int] = SCREENSHOT_SIZE,
    demo_seconds: float | None = None,
) -> list[Path]:
    """Render each (tab, page) to ``out_dir/<name>.png``, after its demo with ``demo``."""
    from PySide6.QtWidgets import QApplication

    out_dir.mkdir(parents=True, exist_ok=True)
    window = lab.window
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    written = []
    for tab_key, page_key, name in targets:
        window.show_page(tab_key, page_key)
        if demo:
            window.tab(tab_key).run_demo_blocking(page_key, demo_seconds)
        for _ in range(3):  # let layouts and plots settle
            QApplication.processEvents()
        path = out_dir / f"{name}.png"
        if (window.width(), window.height()) != tuple(size):
            # The page's minimum size is larger than asked: say so rather than hide it.
            print(
                f"{name}: the window needs {window.width()}x{window.height()}, "
                f"more than {size[0]}x{size[1]}",
                file=sys.stderr,
            )
        window.grab().save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Start the lab; return the process exit code."""
    args = parse_args(argv)
    from lab_app import process

    process.configure()
    if args.smoke:
        from lab_app.smoke import run_smoke

        return run_smoke(args)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("lab-app")
    app.setApplicationName("lab-app")
    app.setApplicationDisplayName("NLP Visual Lab")
    lab = Lab(args)
    if args.screenshot is not None:
        targets = screenshot_targets(args.tab, args.page)
        size = args.size or SCREENSHOT_SIZE
        shots = take_screenshots(lab, args.screenshot, targets, args.demo, size, args.demo_seconds)
        for path in shots:
            print(path)
        lab.window.shutdown()
        return 0
    lab.window.show()
    from PySide6.QtCore import QTimer

    if args.demo:
        QTimer.singleShot(0, lab.start_demo)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), lab.window.close)
    return app.exec()


def run() -> None:
    """The ``lab-app`` entry point: run the lab, then end the process at once.

    The interpreter's own teardown would destroy Qt's objects while a background thread may
    still be importing torch (the warm-up), which crashed 4–10 of 12 quits made ~1 s after
    start. By the time ``main`` returns, the window is closed, the jobs were asked to stop and
    the settings are written: flush what is buffered, wait briefly for the job threads, and
    leave without a teardown.
    """
    import logging

    code = main()
    from lab_app.qt.settings import wait_for_settings
    from lab_app.qt.workers import stop_all_jobs

    stop_all_jobs(500)
    wait_for_settings(500)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
