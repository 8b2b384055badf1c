"""One seed in this process: the real lab in a temporary home, the monkey's run, its JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from .actions import Actions
from .config import (
    ALWAYS_POSSIBLE,
    FIRST_DISTINCT,
    GAP_LIMIT_S,
    START_SIZE,
    TRAIL,
    WEIGHTS,
)
from .measure import Measure, _ru_maxrss


def isolate_home() -> Path:
    """Settings, logs and caches in a temporary home (never the user's)."""
    home = Path(tempfile.mkdtemp(prefix="lab-monkey-home-"))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[name] = str(home / name.lower())
    return home


def make_fixtures(folder: Path) -> dict[str, list[str]]:
    """Files and folders the replaced file dialogs hand out."""
    folder.mkdir(parents=True, exist_ok=True)
    small = folder / "pequeno.txt"
    small.write_text(
        "El perro ladra al cartero.\n\nLa niña lee un libro en el parque.\n\n"
        "Mañana lloverá, dijo el hombre del tiempo.\n",
        encoding="utf-8",
    )
    binary = folder / "datos.bin.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = folder / "vacio.txt"
    empty.write_bytes(b"")
    numbers = folder / "numeros.csv"
    numbers.write_text("1,2,3\n4,5,6\n7,8,9\n", encoding="utf-8")
    texts = folder / "textos"
    texts.mkdir(exist_ok=True)
    for index in range(3):
        (texts / f"doc{index}.txt").write_text(
            f"Documento {index}. El sol sale por el este.\n", encoding="utf-8"
        )
    empty_dir = folder / "carpeta_vacia"
    empty_dir.mkdir(exist_ok=True)
    binary_dir = folder / "binarios"
    binary_dir.mkdir(exist_ok=True)
    (binary_dir / "x.txt").write_bytes(b"\xff\xfe\x00\x00" * 100)
    missing = str(folder / "no_existe" / "nada.txt")
    exports = folder / "exports"
    exports.mkdir(exist_ok=True)
    return {
        "files": ["", str(small), missing, str(binary), str(empty), str(numbers)],
        "folders": ["", str(texts), str(folder / "no_existe"), str(empty_dir), str(binary_dir)],
        "save": [
            "",
            str(exports / "plot"),
            str(folder / "no_existe" / "plot"),
            str(texts),  # a folder: the export fails with OSError
        ],
    }


class Monkey(Measure, Actions):
    """Drives the lab with seeded random actions and records what goes wrong."""

    def __init__(self, seed: int, n_actions: int, out: Path | None):
        import random
        import threading
        from collections import Counter, deque

        self.seed = seed
        self.n_actions = n_actions
        self.out = out
        self.rng = random.Random(seed)
        self.dialog_rng = random.Random(seed + 10_000)
        self.lock = threading.Lock()
        self.trail: deque[str] = deque(maxlen=TRAIL)
        self.done = 0
        self.counts: Counter[str] = Counter()
        self.exceptions: dict[tuple, dict] = {}
        self.exception_count = 0
        self.gaps: list[dict] = []
        self.longest: list[dict] = []
        self.gap_values: list[float] = []
        self.slow_actions: list[dict] = []
        self.job_failures: dict[str, int] = Counter()
        self.qt_messages: Counter[str] = Counter()
        self.py_warnings: Counter[str] = Counter()
        self.reported_errors: Counter[str] = Counter()
        self.silent_export_failures: Counter[str] = Counter()
        self.gc_runs: Counter[str] = Counter()  # "thread: generation" -> collections
        self.modal_blocked: list[dict] = []
        self.busy_time = 0.0
        self.run_time = 0.0
        self.language_switches = 0
        self.peak_rss = 0
        self.rss_method = ""
        self._names: dict[int, dict[int, str]] = {}

    # --- set-up -------------------------------------------------------------------------------
    def start_app(self) -> None:
        import faulthandler
        import threading

        faulthandler.enable()
        self.home = isolate_home()
        self.fixtures = make_fixtures(self.home / "fixtures")
        from lab_app import process

        process.configure()
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        QCoreApplication.setOrganizationName("lab-app-monkey")
        QCoreApplication.setApplicationName("lab-app")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.home / "settings")
        )
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self._patch_dialogs()
        self._capture_messages()
        from lab_app.app import Lab, parse_args

        self.lab = Lab(parse_args(["--lang", "es"]))
        self.lab.errors.show_dialogs = False
        self._hook_exceptions()
        self._watch_gc()
        self.lab.window.resize(*START_SIZE)
        self.lab.window.show()
        self.t0 = time.monotonic()
        self._start_heartbeat()
        self.watchdog = threading.Thread(target=self._watch, name="monkey-watchdog", daemon=True)
        self.watchdog.start()
        from lab_app.qt.preload import wait_for_preload

        self.pump_until(lambda: self.lab.window._painted, 60)
        self.pump_until(lambda: wait_for_preload(0), 120)
        self.tour()
        self.widgets_start = self.count_widgets()
        self.rss_start = self.rss_now()
        # Start-up (imports, warm-up, first builds) is measured by bench_startup / bench_gui.
        self.gaps, self.longest, self.gap_values = [], [], []
        self.last_tick = time.monotonic()

    def _patch_dialogs(self) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

        pick = self.dialog_rng.choice
        fixtures = self.fixtures

        def open_file(*_args, **_kwargs):
            return pick(fixtures["files"]), ""

        def open_folder(*_args, **_kwargs):
            return pick(fixtures["folders"])

        def save_file(_parent=None, _caption="", directory="", *_args, **_kwargs):
            base = pick(fixtures["save"])
            suffix = Path(str(directory)).suffix
            return (base + suffix if base and not Path(base).is_dir() else base), ""

        def question(*_args, **_kwargs):
            return pick((QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No))

        def answer_ok(*_args, **_kwargs):
            return QMessageBox.StandardButton.Ok

        def blocked_exec(dialog, *_args, **_kwargs):
            self.modal_blocked.append({"class": type(dialog).__name__, "trail": list(self.trail)})
            return 0

        QFileDialog.getOpenFileName = staticmethod(open_file)
        QFileDialog.getExistingDirectory = staticmethod(open_folder)
        QFileDialog.getSaveFileName = staticmethod(save_file)
        QMessageBox.question = staticmethod(question)
        for name in ("warning", "information", "critical"):
            setattr(QMessageBox, name, staticmethod(answer_ok))
        QMessageBox.about = staticmethod(lambda *_a, **_k: None)
        QMessageBox.exec = blocked_exec
        QDialog.exec = blocked_exec

    # --- helpers ---------------------------------------------------------------------------
    def pump(self, ms: int = 0) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        self.app.processEvents()
        if ms > 0:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

    def pump_until(self, done, timeout_s: float) -> bool:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            if done():
                return True
            self.pump(20)
        return False

    def tour(self) -> None:
        """Show every page of the current window once (each is built, and each plot's lazily
        made right-click menu), then the first tab."""
        from lab_app.qt import registry
        from lab_app.qt.widgets.plot_panel import PlotPanel

        window = self.lab.window
        for spec in registry.TABS:
            for key in spec.page_keys:
                page = window.show_page(spec.key, key)
                for panel in page.findChildren(PlotPanel):
                    panel.context_menu()
                self.pump(30)
        window.show_page("corpus", "corpus")
        self.pump(50)

    # --- the run -----------------------------------------------------------------------------
    def run(self) -> dict:
        kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
        started = time.monotonic()
        last = started
        while self.done < self.n_actions:
            kind = self.rng.choices(kinds, weights)[0]
            description = None
            t_action = time.monotonic()
            with self.lock:
                self.trail.append(f"#{self.done + 1} {kind} …")
            try:
                description = self.act(kind)
                if description is None:  # not possible on this page: something always possible
                    kind = self.rng.choice(ALWAYS_POSSIBLE)
                    description = self.act(kind)
            except Exception:
                self.record_exception(f"raised by action {kind}", *sys.exc_info())
                description = f"{kind} (raised)"
            took = time.monotonic() - t_action
            with self.lock:
                self.trail[-1] = f"#{self.done + 1} {kind}: {description}"
            if took > GAP_LIMIT_S:
                self.slow_actions.append(
                    {"action": self.trail[-1], "took_s": round(took, 2), "trail": list(self.trail)}
                )
            self.counts[kind] += 1
            self.done += 1
            self.pump(self.rng.randint(5, 30))
            now = time.monotonic()
            if self.busy_pages():
                self.busy_time += now - last
            self.run_time += now - last
            last = now
            if self.out is not None and self.done % 100 == 0:
                self.write(self.result(started, final=False))
        return self.finish(started)

    def finish(self, started: float) -> dict:
        import gc

        from lab_app.qt.workers import job_pool

        wall = time.monotonic() - started
        window = self.lab.window
        window.shutdown()
        self.pump_until(lambda: job_pool().waitForDone(50), 60)
        if window.fullscreen_action.isChecked():
            window.fullscreen_action.trigger()
        window.resize(*START_SIZE)
        self.tour()
        self.widgets_end = self.count_widgets()
        gc.unfreeze()  # what gc.freeze (process.settle_heap) kept from the collector
        self.widgets_end_unfrozen = self.count_widgets()
        self.rss_end = self.rss_now()
        return self.result(started, final=True, wall=wall)

    def result(self, started: float, final: bool, wall: float | None = None) -> dict:
        with self.lock:
            gaps = sorted(self.gap_values)
            p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0
            result = {
                "seed": self.seed,
                "completed": final,
                "actions": self.done,
                "wall_s": round(wall if wall is not None else time.monotonic() - started, 1),
                "action_counts": dict(self.counts.most_common()),
                "busy_fraction": round(self.busy_time / self.run_time, 3) if self.run_time else 0,
                "language_switches": self.language_switches,
                "exceptions": {
                    "count": self.exception_count,
                    "distinct": len(self.exceptions),
                    "first": list(self.exceptions.values())[:FIRST_DISTINCT],
                },
                "gui_gaps": {
                    "over_1s": len(self.gaps),
                    "max_s": round(max(gaps, default=0.0), 3),
                    "p99_ms": round(1000 * p99, 1),
                    "over_0_5s": sum(1 for g in gaps if g > 0.5),
                    "list": self.gaps[:20],
                    "longest": self.longest,
                },
                "slow_actions_over_1s": self.slow_actions[:20],
                "rss": {
                    "method": self.rss_method,
                    "peak_bytes": self.peak_rss,
                    "ru_maxrss_bytes": _ru_maxrss(),
                    "start_bytes": getattr(self, "rss_start", 0),
                    "end_bytes": getattr(self, "rss_end", 0),
                },
                "job_failures": dict(self.job_failures.most_common(20)),
                "reported_export_errors": dict(self.reported_errors),
                "silent_export_failures": dict(self.silent_export_failures),
                "modal_dialogs_blocked": self.modal_blocked[:10],
                "qt_messages": dict(self.qt_messages.most_common(15)),
                "python_warnings": dict(self.py_warnings.most_common(15)),
                "gc_freed_by_thread": dict(self.gc_runs.most_common(10)),
            }
            if final:
                start, end = self.widgets_start, self.widgets_end
                classes = set(start["by_class"]) | set(end["by_class"])
                result["top_level_widgets"] = {
                    "start": start["count"],
                    "end": end["count"],
                    "growth": end["count"] - start["count"],
                    "end_after_gc_unfreeze": self.widgets_end_unfrozen["count"],
                    "changed_classes": {
                        c: [start["by_class"].get(c, 0), end["by_class"].get(c, 0)]
                        for c in sorted(classes)
                        if start["by_class"].get(c, 0) != end["by_class"].get(c, 0)
                    },
                    "visible_start_end": [start["visible"], end["visible"]],
                    "all_widgets_start_end": [start["all_widgets"], end["all_widgets"]],
                }
        return result

    def write(self, result: dict) -> None:
        if self.out is None:
            return
        temporary = self.out.with_suffix(".tmp")
        temporary.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.out)


def child_main(args: argparse.Namespace) -> int:
    monkey = Monkey(args.seed, args.actions, args.out)
    monkey.start_app()
    result = monkey.run()
    monkey.write(result)
    print(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    sys.stderr.flush()
    from lab_app.qt.settings import wait_for_settings
    from lab_app.qt.workers import stop_all_jobs

    stop_all_jobs(2000)
    wait_for_settings(2000)
    os._exit(0)  # no interpreter teardown (see lab_app.app.run)
