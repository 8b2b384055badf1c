"""What the monkey measures: uncaught exceptions, Qt and Python warnings, failed jobs, collector
runs, GUI gaps (a heartbeat timer and a watchdog thread), RSS and top-level widget counts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from thread_stacks import format_stack, thread_stacks

from .config import GAP_LIMIT_S, LONGEST_FROM_S


class Measure:
    """The monkey's measurements (a mixin of ``child.Monkey``, whose state it records in)."""

    def _capture_messages(self) -> None:
        import logging
        import warnings

        from PySide6.QtCore import qInstallMessageHandler

        def on_qt(mode, _context, message) -> None:
            with self.lock:
                self.qt_messages[f"{mode.name}: {message[:200]}"] += 1

        qInstallMessageHandler(on_qt)

        def on_warning(message, category, filename, lineno, *_args, **_kwargs) -> None:
            with self.lock:
                where = f"{Path(filename).name}:{lineno}"
                self.py_warnings[f"{category.__name__} {where}: {str(message)[:160]}"] += 1

        warnings.showwarning = on_warning
        monkey = self

        class JobLog(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if record.getMessage().startswith("uncaught exception"):
                    return  # counted by the exception hooks
                error = record.exc_info[1] if record.exc_info else None
                text = (
                    f"{type(error).__name__}: {str(error)[:200]}"
                    if error is not None
                    else record.getMessage()[:200]
                )
                with monkey.lock:
                    monkey.job_failures[f"{record.name} {record.levelname} {text}"] += 1

        handler = JobLog(level=logging.WARNING)
        logging.getLogger("lab_app").addHandler(handler)

    def _watch_gc(self) -> None:
        """Count the cyclic collector's runs per thread: a run on a worker thread destroys the
        Python-owned Qt objects it frees (e.g. pyqtgraph's parentless menus) on that thread."""
        import gc
        import threading

        def on_gc(phase: str, info: dict) -> None:
            if phase == "stop" and info.get("collected"):
                name = threading.current_thread().name
                self.gc_runs[f"{name}: gen {info['generation']}, objects freed"] += info[
                    "collected"
                ]

        gc.callbacks.append(on_gc)

    def _hook_exceptions(self) -> None:
        import threading

        app_hook, app_thread_hook = sys.excepthook, threading.excepthook

        def hook(exc_type, exc_value, exc_tb) -> None:
            self.record_exception("excepthook (GUI thread)", exc_type, exc_value, exc_tb)
            app_hook(exc_type, exc_value, exc_tb)

        def thread_hook(args) -> None:
            where = f"threading.excepthook ({getattr(args.thread, 'name', '?')})"
            self.record_exception(where, args.exc_type, args.exc_value, args.exc_traceback)
            app_thread_hook(args)

        sys.excepthook = hook
        threading.excepthook = thread_hook

    def record_exception(self, source, exc_type, exc_value, exc_tb) -> None:
        import traceback

        frames = traceback.extract_tb(exc_tb) if exc_tb is not None else []
        last = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        key = (exc_type.__name__, str(exc_value)[:300], last)
        with self.lock:
            self.exception_count += 1
            entry = self.exceptions.get(key)
            if entry is not None:
                entry["count"] += 1
                return
            if len(self.exceptions) >= 200:
                return
            text = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
            self.exceptions[key] = {
                "type": exc_type.__name__,
                "message": str(exc_value)[:500],
                "where": last,
                "source": source,
                "count": 1,
                "first_at_action": self.done,
                "traceback_tail": text[-2500:],
                "trail": list(self.trail),
            }

    # --- heartbeat and watchdog ----------------------------------------------------------------
    def _start_heartbeat(self) -> None:
        from PySide6.QtCore import QTimer

        self.last_tick = time.monotonic()
        self.late_stacks: list[str] = []
        self.beat = QTimer()
        self.beat.setInterval(10)
        self.beat.timeout.connect(self._tick)
        self.beat.start()

    def _tick(self) -> None:
        now = time.monotonic()
        gap = now - self.last_tick
        self.last_tick = now
        self.gap_values.append(gap)
        if gap > LONGEST_FROM_S:
            record = {
                "gap_s": round(gap, 3),
                "at_s": round(now - self.t0 - gap, 2),
                "after_action": self.done,
                "trail": list(self.trail),
                "gui_thread_stacks": list(self.late_stacks),
            }
            if gap > GAP_LIMIT_S:
                self.gaps.append(record)
            self.longest.append(record)
            self.longest.sort(key=lambda r: -r["gap_s"])
            del self.longest[5:]
        self.late_stacks = []

    def _watch(self) -> None:
        import threading

        try:
            import psutil

            proc = psutil.Process()
            self.rss_method = "psutil.Process().memory_info().rss, sampled every 100 ms"

            def rss() -> int:
                return proc.memory_info().rss
        except ImportError:  # pragma: no cover - psutil is a dev dependency
            import resource

            self.rss_method = "resource.getrusage(RUSAGE_SELF).ru_maxrss × 1024 (Linux)"

            def rss() -> int:
                return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

        self.rss_now = rss
        main = threading.main_thread().ident
        sampled_for, next_sample = None, 0.0
        while True:
            time.sleep(0.1)
            try:
                self.peak_rss = max(self.peak_rss, rss())
            except Exception:  # the process is ending
                return
            late = time.monotonic() - self.last_tick
            if late < 0.3:
                continue
            if sampled_for != self.last_tick:
                sampled_for, next_sample = self.last_tick, 0.3
            if late >= next_sample and len(self.late_stacks) < 6:
                frames = thread_stacks().get(main)  # not sys._current_frames(): see there
                if frames:
                    self.late_stacks.append(f"late {late:.1f} s:\n" + format_stack(frames))
                next_sample *= 2

    def rss_now(self) -> int:  # replaced by the watchdog once it runs
        return 0

    def count_widgets(self) -> dict:
        import gc
        from collections import Counter

        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        gc.collect()
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.app.processEvents()
        top = QApplication.topLevelWidgets()
        return {
            "count": len(top),
            "by_class": dict(Counter(type(w).__name__ for w in top).most_common()),
            "visible": sum(1 for w in top if w.isVisible()),
            "all_widgets": len(QApplication.allWidgets()),
        }


def _ru_maxrss() -> int:
    try:
        import resource
    except ImportError:  # pragma: no cover - not Linux
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
