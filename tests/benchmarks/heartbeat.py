"""The GUI heartbeat the benchmarks share: a 10 ms timer on the GUI thread, what each long gap
was made of (CPU, waiting for a core, the interpreter lock), the stacks of every thread while the
GUI thread is late, and collector pauses. Split out of ``bench_startup.py``."""

from __future__ import annotations

import contextlib
import os
import sys
import time

from thread_stacks import Frame, thread_stacks

GAP_REPORTED_MS = 50.0  # gaps longer than this are listed one by one, with where they happened
LATE_MS = 30.0  # the stack sampler looks at the GUI thread once it is this late


class GcPauses:
    """While active, records the cyclic garbage collector's runs over 10 ms (any thread)."""

    def __init__(self):
        self.long: list[tuple[float, float, int, str]] = []  # (start, ms, generation, thread)
        self._started: dict[int, float] = {}

    def _callback(self, phase: str, info: dict) -> None:
        import threading

        now = time.perf_counter()
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = now
        elif ident in self._started:
            took = (now - self._started.pop(ident)) * 1000
            if took > 10:
                name = threading.current_thread().name
                if name.startswith("Dummy"):
                    name = f"pool thread {ident % 100_000}"  # a job thread Qt started
                self.long.append((now - took / 1000, took, info["generation"], name))

    def __enter__(self):
        import gc

        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_):
        import gc

        gc.callbacks.remove(self._callback)


BENCH_DIR = os.path.dirname(os.path.abspath(__file__))


def _where(frames: list[Frame] | None) -> str:
    """A short description of a Python stack (``thread_stacks``, innermost first): its
    innermost frame (the module being executed, for an import) and the innermost lab_app
    frame. The benchmarks' own frames (event loops, timers, garbage-collector callbacks) are
    skipped; a stack of only those is Qt's C++."""
    frames = [f for f in frames or [] if os.path.dirname(os.path.abspath(f[0])) != BENCH_DIR]
    if not frames:
        return "in Qt (C++): painting, layout, or waiting for the lock to call Python"
    importing = any(file.startswith("<frozen importlib") for file, _, _ in frames)
    real = [f for f in frames if not f[0].startswith("<")] or frames
    lab = [f for f in real if "lab_app" in f[0].split("site-packages")[-1]]
    chosen = [real[0]] + ([lab[0]] if lab and lab[0] is not real[0] else [])
    parts = []
    for file, line, function in chosen:
        short = file.split("site-packages/")[-1].split("lab_app/")[-1]
        parts.append(f"{short}:{line} {function}")
    return ("import: " if importing else "") + " < ".join(parts)


class Heartbeat:
    """A 10 ms GUI-thread timer whose tick times are recorded, plus a sampler thread that, while
    the GUI thread is more than ``LATE_MS`` late, notes what every thread executes.

    ``start()`` / ``stop()`` on the GUI thread; ``report(t0, phases, marks)`` summarises.
    """

    def __init__(self, interval_ms: int = 10, sample: bool = True):
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's CPU time at each tick
        self.queued: list[float] = []  # its time spent runnable, waiting for a core (Linux)
        self._schedstat: int | None = None
        self.samples: list[tuple[float, str, dict[str, str]]] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._sample = sample
        self._running = False
        self._thread = None
        self._gc = GcPauses()

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())
        if self._schedstat is not None:
            # /proc/<tid>/schedstat: CPU ns, run-queue wait ns, time slices.
            self.queued.append(int(os.pread(self._schedstat, 64, 0).split()[1]) / 1e9)

    def _sampler(self) -> None:
        import threading

        main_id = threading.main_thread().ident
        names = {t.ident: t.name for t in threading.enumerate()}
        while self._running:
            time.sleep(0.005)
            last = self.ticks[-1] if self.ticks else None
            now = time.perf_counter()
            if last is None or (now - last) * 1000 < LATE_MS:
                continue
            frames = thread_stacks()  # not sys._current_frames(): see thread_stacks.py
            gui = _where(frames.get(main_id))
            others = {}
            for ident, frame in frames.items():
                if ident in (main_id, threading.get_ident()):
                    continue
                if ident not in names:
                    names = {t.ident: t.name for t in threading.enumerate()}
                name = names.get(ident, "")
                if not name or name.startswith("Dummy"):
                    name = f"pool thread {ident % 100_000}"  # a job thread Qt started
                others[name] = _where(frame)
            self.samples.append((now, gui, others))

    def start(self) -> None:
        import threading

        self.ticks.clear()
        self.cpu.clear()
        self.queued.clear()
        self.samples.clear()
        if self._schedstat is None:
            with contextlib.suppress(OSError):  # on the GUI thread: the file stays its own
                self._schedstat = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        self._gc.long.clear()
        self._gc.__enter__()
        self._running = True
        self._timer.start()
        self._tick()
        if self._sample:
            self._thread = threading.Thread(target=self._sampler, name="bench-sampler", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()
        self._running = False
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._gc.__exit__()
        if self._schedstat is not None:
            os.close(self._schedstat)
            self._schedstat = None

    def report(
        self,
        t0: float,
        phases: list[tuple[str, float, float]] = (),
        limit: int = 12,
    ) -> dict:
        """Gap statistics; times in seconds after ``t0``. ``phases``: (name, start, end) in
        ``perf_counter`` time, to say which phase each long gap overlapped."""
        import numpy as np

        ticks = np.array(self.ticks)
        gaps = np.diff(ticks) * 1000
        if gaps.size == 0:
            return {"ticks": len(ticks)}
        long_gaps = []
        for i in np.flatnonzero(gaps > GAP_REPORTED_MS):
            start, end = ticks[i], ticks[i + 1]
            entry = {
                "ms": round(float(gaps[i]), 1),
                "at_s": round(float(start - t0), 3),
                # CPU the GUI thread used in the gap: near "ms", it was busy itself (painting,
                # Python slots); near 0, it waited: for a free core ("gui_queued_ms", run-queue
                # time) or, the rest, blocked (the interpreter lock; ~10 ms is the timer's sleep).
                "gui_cpu_ms": round((self.cpu[i + 1] - self.cpu[i]) * 1000, 1),
                "during": [name for name, a, b in phases if a < end and b > start] or ["-"],
            }
            if self.queued:
                entry["gui_queued_ms"] = round((self.queued[i + 1] - self.queued[i]) * 1000, 1)
            seen = [(gui, others) for t, gui, others in self.samples if start <= t <= end + 0.002]
            if seen:
                entry["gui_thread"] = _most_common([gui for gui, _ in seen])
                entry["other_threads"] = _merge_others([others for _, others in seen])
            gc_runs = [
                f"gen{gen} {ms:.0f} ms on {thread}"
                for at, ms, gen, thread in self._gc.long
                if at < end and at + ms / 1000 > start
            ]
            if gc_runs:
                entry["gc"] = gc_runs
            long_gaps.append(entry)
        starved = sum(g.get("gui_queued_ms", 0) >= g["ms"] / 2 for g in long_gaps)
        by_size = sorted(long_gaps, key=lambda g: -g["ms"])[:limit]
        return {
            "ticks": int(len(ticks)),
            "gui_gap_ms_max": round(float(gaps.max()), 1),
            "gui_gap_ms_p99": round(float(np.percentile(gaps, 99)), 1),
            "gaps_over_20ms": int((gaps > 20).sum()),
            "gaps_over_50ms": len(long_gaps),
            # Of those, the ones the GUI thread spent mostly waiting for a core (machine load).
            "gaps_over_50ms_mostly_queued": starved,
            # How long the GUI thread was ready to run but had no core (other processes): a
            # measure of the machine's load during this run.
            "gui_queued_ms_total": (
                round((self.queued[-1] - self.queued[0]) * 1000) if self.queued else None
            ),
            # The longest gaps over 50 ms (at most ``limit``), in time order.
            "gaps_over_50ms_detail": sorted(by_size, key=lambda g: g["at_s"]),
            "gc_pauses_over_10ms": [
                [round(at - t0, 3), round(ms, 1), gen, thread]
                for at, ms, gen, thread in self._gc.long
            ][:10],
        }

    def gaps_overlapping(self, start: float, end: float) -> list[float]:
        """Gaps (ms) that overlap the interval [start, end] (perf_counter seconds)."""
        ticks = self.ticks
        return [
            (b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False) if a < end and b > start
        ]


def _most_common(items: list[str]) -> str:
    from collections import Counter

    (item, count), *_ = Counter(items).most_common(1)
    return item if count == len(items) else f"{item} ({count} of {len(items)} samples)"


def _merge_others(samples: list[dict[str, str]]) -> dict[str, str]:
    names = sorted({name for sample in samples for name in sample})
    return {name: _most_common([s[name] for s in samples if name in s]) for name in names}


# --- the child process ----------------------------------------------------------------------


def print_and_exit(report: dict, window, load_before: float, began: float) -> None:
    """Add the machine's load and the run's length to ``report``, print it as JSON and end the
    process as ``lab_app.app.run`` does: no interpreter teardown under Qt's objects and job
    threads. Other processes compete for the cores: read the gaps with the load in mind."""
    import json

    from lab_app.qt.workers import stop_all_jobs

    report["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    report["bench_s"] = round(time.perf_counter() - began, 1)
    window.shutdown()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    sys.stdout.flush()
    stop_all_jobs(2000)
    os._exit(0)
