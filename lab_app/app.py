"""Command line and application start: ``lab-app`` / ``python -m lab_app``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TAB_NAMES = ("corpus", "rnn", "lstm", "embeddings", "bert")
SCREENSHOT_SIZE = (1600, 1000)


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
        "--tab", choices=TAB_NAMES, help="tab to open (or the only tab to screenshot)"
    )
    parser.add_argument(
        "--screenshot", metavar="DIR", type=Path, help="render tabs to DIR/<tab>.png and exit"
    )
    parser.add_argument(
        "--demo", action="store_true", help="with --screenshot: run each tab's demo first"
    )
    return parser.parse_args(argv)


class Lab:
    """The running application: state, translations, theme and the (rebuildable) window."""

    def __init__(self, args: argparse.Namespace):
        from PySide6.QtCore import QSettings

        from lab_app.qt import theme as theme_mod
        from lab_app.qt.errors import ErrorReporter, setup_logging
        from lab_app.qt.i18n import Translations, system_language
        from lab_app.qt.state import AppState

        setup_logging()
        self.errors = ErrorReporter()
        self.errors.install()
        self.state = AppState()
        self.translations = Translations()
        settings = QSettings()
        language = args.lang or settings.value("language") or system_language()
        self.translations.install(language)
        theme_mod.theme_manager().set_theme(
            theme_mod.Theme(dark=args.dark, projector=args.projector)
        )
        self.window = None
        self.build_window(args.tab)

    def build_window(self, tab: str | None = None) -> None:
        """Create the window (again, after a language switch) over the same state."""
        from lab_app.qt.main_window import MainWindow

        geometry = None
        if self.window is not None:
            geometry = self.window.saveGeometry()
            tab = tab or self.window.tabs.currentWidget().key
            self.window.shutdown()
            self.window.save_sessions()
            self.window.deleteLater()
        self.window = MainWindow(self.state, language=self.translations.language)
        self.window.language_requested.connect(self.set_language)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1400, 900)
        if tab:
            self.window.tabs.setCurrentWidget(self.window.tab(tab))

    def set_language(self, language: str) -> None:
        """Switch language: install translators and rebuild the window, keeping the state."""
        from lab_app.qt.settings import write_setting

        write_setting("language", language)
        self.translations.install(language)
        visible = self.window is not None and self.window.isVisible()
        self.build_window()
        if visible:
            self.window.show()


def take_screenshots(lab: Lab, out_dir: Path, tabs: list[str], demo: bool) -> list[Path]:
    """Render each tab (after its demo, with ``demo``) to ``out_dir/<tab>.png``."""
    from PySide6.QtWidgets import QApplication

    out_dir.mkdir(parents=True, exist_ok=True)
    window = lab.window
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    written = []
    for key in tabs:
        tab = window.show_tab(key)
        if demo:
            tab.run_demo_blocking()
        for _ in range(3):  # let layouts and plots settle
            QApplication.processEvents()
        path = out_dir / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Start the lab; return the process exit code."""
    args = parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("lab-app")
    app.setApplicationName("lab-app")
    app.setApplicationDisplayName("NLP Visual Lab")
    lab = Lab(args)
    if args.screenshot is not None:
        tabs = [args.tab] if args.tab else list(TAB_NAMES)
        for path in take_screenshots(lab, args.screenshot, tabs, args.demo):
            print(path)
        lab.window.shutdown()
        return 0
    lab.window.show()
    return app.exec()
