"""Start-up benchmark: what a user sees and feels in the first seconds after launching the lab.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_startup.py
[--runs 5] [--heartbeat-s 10]``. ``bench_gui.py`` runs the same measurements first.

Measures, each in a fresh interpreter (``python bench_startup.py --child ...``) that starts the
way ``lab_app.app.main`` does (``process.configure()``, a QApplication, ``Lab(parse_args([]))``,
``window.show()``):

- ``startup_s``: spawning the process to the first paint of the window *with its tab's content*:
  the Corpus page built (``TopicTab.built``) and painted, i.e. the end of the paint pass in which
  the page first received a paint event. Median of ``--runs`` runs (``startup_runs_s`` lists
  them). ``frame_s``: the same to the first, empty, frame (``MainWindow.first_painted``), for
  reference. Goal: ``startup_s`` ≤ 1.0 s.
- ``heartbeat``: from that first paint with content, a 10 ms GUI-thread timer for
  ``--heartbeat-s`` seconds while the window's background warm-up (``lab_app.qt.preload``:
  ``import torch``, the rnn modules, one training step, ``gc.freeze``) runs, as it does while the
  user may already click. Reported: largest gap and 99th percentile, every gap over 50 ms with its
  time (seconds after the first paint with content) and the warm-up phase it fell in, and
  ``torch_import_stall_ms``: the longest gap overlapping ``import torch`` on the warm-up thread
  (timed by wrapping the warm-up in the child; torch's import holds the interpreter lock in long
  stretches, a floor the app cannot remove, reported as measured) and ``other_stall_ms_max``: the
  longest gap outside it (goal < 50 ms). Gaps come with the GUI thread's CPU and run-queue time
  in them (busy itself, waiting for a core, or else blocked on the interpreter lock), what the
  GUI thread and the other threads were executing (Python stacks sampled while the GUI thread was
  late; "in Qt (C++)" when it had no Python frame of its own) and the garbage collector's runs
  over 10 ms.

Includes the interpreter's own start and every import on the way (the clock starts before the
process is spawned). Leaves out: a real display (offscreen platform: no compositor, no GPU
upload, no window-manager map), a cold disk cache (runs are back to back, so the files are
cached after the first), user input (no clicks are sent; the heartbeat is the time an input
event would wait), and the time to quit (each child ends with ``os._exit``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GAP_REPORTED_MS = 50.0  # gaps longer than this are listed one by one, with where they happened
LATE_MS = 30.0  # the stack sampler looks at the GUI thread once it is this late


# --- helpers shared with bench_gui.py and bench_inapp_training.py -----------------------------
def watch_content_paint(window, tab_key: str, on_frame, on_content) -> object:
    """Call ``on_frame(t)`` at the window's first paint and ``on_content(t)`` once the tab
    ``tab_key`` is built and its first page has been painted (after that paint pass, in the next
    event-loop turn). ``t`` is ``time.perf_counter()`` at the paint. Returns the watcher (keep it).

    The tab's ``ensure_built`` is wrapped on the instance so the filter is installed on the page
    the moment it exists, before it can paint.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    tab = window.tab(tab_key)

    class Watcher(QObject):
        def __init__(self):
            super().__init__()
            self.page = None
            self.done = False
            self.frame_at: float | None = None
            self.content_at: float | None = None

        def on_first_painted(self) -> None:
            self.frame_at = time.perf_counter()
            on_frame(self.frame_at)

        def install(self) -> None:
            if self.page is None and tab.built:
                self.page = tab.pages[tab.spec.pages[0].key]
                self.page.installEventFilter(self)

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
            if not self.done and obj is self.page and event.type() == QEvent.Type.Paint:
                self.done = True
                self.content_at = time.perf_counter()
                # The page's children paint after it in the same pass: report in the next turn.
                QTimer.singleShot(0, lambda: on_content(self.content_at))
            return False

    watcher = Watcher()
    window.first_painted.connect(watcher.on_first_painted)
    original = tab.ensure_built

    def ensure_built() -> None:
        original()
        watcher.install()

    tab.ensure_built = ensure_built
    watcher.install()  # already built (a window shown before)
    return watcher


def wait_until(condition, timeout_s: float, poll_ms: int = 5) -> bool:
    """Run the event loop until ``condition()`` is true (checked every ``poll_ms``); True if it
    was, False after ``timeout_s``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    return bool(condition())


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


def _where(frame) -> str:
    """A short description of a Python stack: its innermost frame (the module being executed,
    for an import) and the innermost lab_app frame. The benchmarks' own frames (event loops,
    timers, garbage-collector callbacks) are skipped; a stack of only those is Qt's C++."""
    frames = []
    while frame is not None:
        if os.path.dirname(os.path.abspath(frame.f_code.co_filename)) != BENCH_DIR:
            frames.append(frame)
        frame = frame.f_back
    if not frames:
        return "in Qt (C++): painting, layout, or waiting for the lock to call Python"
    importing = any(f.f_code.co_filename.startswith("<frozen importlib") for f in frames)
    real = [f for f in frames if not f.f_code.co_filename.startswith("<")] or frames
    lab = [f for f in real if "lab_app" in f.f_code.co_filename.split("site-packages")[-1]]
    chosen = [real[0]] + ([lab[0]] if lab and lab[0] is not real[0] else [])
    parts = []
    for f in chosen:
        short = f.f_code.co_filename.split("site-packages/")[-1].split("lab_app/")[-1]
        parts.append(f"{short}:{f.f_lineno} {f.f_code.co_name}")
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
            frames = sys._current_frames()
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
def _child(mode: str, seconds: float, lab_args: list[str]) -> None:
    """Start the lab as ``main()`` does; print ``frame`` and ``content`` lines as they happen,
    and with ``mode == "heartbeat"`` then a JSON line of the heartbeat. Ends with ``os._exit``."""
    from lab_app import process

    process.configure()
    from PySide6.QtWidgets import QApplication

    from lab_app.app import Lab, parse_args

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("lab-app-bench")
    app.setApplicationName("lab-app")
    marks = _time_warm_up() if mode == "heartbeat" else {}
    lab = Lab(parse_args(lab_args))
    heartbeat = None

    def on_frame(_: float) -> None:
        print("frame", flush=True)

    def on_content(at: float) -> None:
        nonlocal heartbeat
        print("content", flush=True)
        if mode != "heartbeat":
            os._exit(0)
        heartbeat = Heartbeat()
        heartbeat.start()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(seconds * 1000), lambda: finish(at))

    def finish(t0: float) -> None:
        import json

        heartbeat.stop()
        print("heartbeat " + json.dumps(_start_heartbeat_report(heartbeat, t0, marks)), flush=True)
        os._exit(0)

    watcher = watch_content_paint(
        lab.window, lab.window.tabs.currentWidget().key, on_frame, on_content
    )
    lab.window.show()
    app.exec()
    del watcher


def _time_warm_up() -> dict[str, float]:
    """Wrap the window's background warm-up to record when its phases start and end."""
    import importlib

    from lab_app.qt import preload

    marks: dict[str, float] = {}
    warm_up, train_one_step = preload._warm_up, preload._train_one_step

    def timed_warm_up() -> None:
        marks["warm_up_start"] = time.perf_counter()
        try:
            importlib.import_module("torch")  # the warm-up's first import, timed on its own
        finally:
            marks["torch_imported"] = time.perf_counter()
        try:
            warm_up()
        finally:
            marks["warm_up_end"] = time.perf_counter()

    def timed_train_one_step() -> None:
        marks["first_step_start"] = time.perf_counter()
        try:
            train_one_step()
        finally:
            marks["first_step_end"] = time.perf_counter()

    preload._warm_up, preload._train_one_step = timed_warm_up, timed_train_one_step
    return marks


def _start_heartbeat_report(heartbeat: Heartbeat, t0: float, marks: dict[str, float]) -> dict:
    """Heartbeat report of the first seconds, split at the warm-up's phases."""
    end = heartbeat.ticks[-1]
    phases = []
    torch_import = None
    if "warm_up_start" in marks:
        phases.append(("warm-up not started", t0, marks["warm_up_start"]))
        torch_import = (marks["warm_up_start"], marks.get("torch_imported", end))
        phases.append(("import torch", *torch_import))
        step_start = marks.get("first_step_start", marks.get("warm_up_end", end))
        phases.append(("import lab_app.core.rnn.gradients", torch_import[1], step_start))
        if "first_step_start" in marks:
            step_end = marks.get("first_step_end", end)
            phases.append(
                ("first training step (torch.optim, torch._dynamo)", step_start, step_end)
            )
            phases.append(("gc.freeze", step_end, marks.get("warm_up_end", end)))
        phases.append(("warm-up done", marks.get("warm_up_end", end), end))
    report = heartbeat.report(t0, phases)
    torch_gaps = heartbeat.gaps_overlapping(*torch_import) if torch_import else []
    ticks = heartbeat.ticks
    other = [
        (b - a) * 1000
        for a, b in zip(ticks, ticks[1:], strict=False)
        if torch_import is None or not (a < torch_import[1] and b > torch_import[0])
    ]
    return {
        "seconds": round(end - t0, 2),
        "torch_import_stall_ms": round(max(torch_gaps), 1) if torch_gaps else None,
        "other_stall_ms_max": round(max(other), 1) if other else None,
        "other_stall_goal_ms": GAP_REPORTED_MS,
        # Seconds after the first paint with content (the warm-up starts 300 ms after the
        # first, empty, frame: it may start before the content is painted).
        "warm_up_s": {
            key: round(value - t0, 3) for key, value in sorted(marks.items(), key=lambda kv: kv[1])
        },
        **report,
    }


# --- the parent -----------------------------------------------------------------------------
def _spawn(
    mode: str, seconds: float = 0.0, lab_args: list[str] = (), timeout_s: float = 120.0
) -> dict:
    """Run one child; return the seconds from spawn to each line and the heartbeat, if any."""
    import json
    import subprocess
    import tempfile

    command = [sys.executable, os.path.abspath(__file__), "--child", mode, str(seconds), *lab_args]
    seen: dict = {}
    with tempfile.TemporaryFile(mode="w+") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        try:
            for line in proc.stdout:
                at = time.perf_counter() - start
                word, _, rest = line.strip().partition(" ")
                if word in ("frame", "content"):
                    seen[word] = at
                elif word == "heartbeat":
                    seen["heartbeat"] = json.loads(rest)
            proc.wait(timeout=timeout_s)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        errors.seek(0)
        for line in errors:  # pass on the child's warnings, less the offscreen platform's
            if "does not support propagateSizeHints" not in line:
                sys.stderr.write(line)
    return seen


def startup_runs(runs: int = 5, lab_args: list[str] = ()) -> dict:
    """Start the lab ``runs`` times; median and all runs, to the first paint with content.
    ``lab_args``: the lab's command line (``parse_args``), none by default."""
    import statistics

    results = [_spawn("startup", lab_args=lab_args) for _ in range(runs)]
    content = [r["content"] for r in results if "content" in r]
    frame = [r["frame"] for r in results if "frame" in r]
    return {
        "startup_s": round(statistics.median(content), 3) if content else None,
        "startup_runs_s": [round(t, 3) for t in content],
        "frame_s": round(statistics.median(frame), 3) if frame else None,
        "startup_goal_s": 1.0,
    }


def startup_heartbeat(seconds: float = 10.0, lab_args: list[str] = ()) -> dict:
    """One start-up with the heartbeat over the first ``seconds`` after the paint with content."""
    result = _spawn("heartbeat", seconds, lab_args)
    return {
        "startup_s": round(result.get("content", float("nan")), 3),
        **result.get("heartbeat", {}),
    }


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--heartbeat-s", type=float, default=10.0)
    parser.add_argument("--projector", action="store_true", help="start in projector mode")
    args = parser.parse_args()
    lab_args = ["--projector"] if args.projector else []
    report = {"projector": args.projector, **startup_runs(args.runs, lab_args)}
    report["startup_heartbeat"] = startup_heartbeat(args.heartbeat_s, lab_args)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], float(sys.argv[3]), sys.argv[4:])
    else:
        main()
