"""GUI benchmark: what a user feels. Start-up to the first paint with content, the window's
heartbeat while the background warm-up runs, and while jobs train: gaps and frames drawn.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_gui.py
[--runs 5] [--projector] [--no-sampler]`` (about 1.5 minutes on a 2-core laptop).

Measures:

- ``startup_s``: spawning ``python`` to the first paint of the window *with the Corpus page built
  and painted* (not the empty first frame, ``frame_s``), median of ``--runs`` fresh processes
  started like ``lab_app.app.main`` (see ``bench_startup.py``). Goal ≤ 1.0 s.
- ``startup_heartbeat``: a 10 ms GUI-thread timer over the first 10 s after that paint, in a fresh
  process, while the warm-up imports torch and trains one step (the user may already click).
  ``torch_import_stall_ms`` is the longest gap overlapping ``import torch`` on the warm-up thread
  (a floor, reported as measured); ``other_stall_ms_max`` the longest gap outside it. Goal < 50 ms.
- While jobs run (after the warm-up, in this process, window 1600×1000, the app's thread
  settings from ``process.configure()``), the same heartbeat, for: ``corpus_load`` (the gensim
  ``head500`` corpus ×20, 45 MB, through the Corpus page, until its views are drawn),
  ``lstm_training`` (gates page, 400 steps), ``lstm_gradients`` (vanishing-gradient page, 150
  steps) and ``two_jobs`` (both started together with the gates page shown, until both end).
  ``gui_gap_ms_max`` / ``gui_gap_ms_p99`` per job and over all jobs. Goals: max gap < 50 ms,
  p99 < 20 ms.
- Frames actually drawn, not snapshots received: paint events of each gate heatmap's plot
  viewport during the LSTM runs. ``frames_drawn`` / ``frames_per_s`` for the f_t heatmap (the
  others are listed in ``frames_drawn_per_view``), beside ``snapshots_received`` (GateSnapshot
  events that reached the page) and ``snapshots_kept`` (the playback history).

Every gap over 50 ms is listed (the 12 longest, in time order) with its time (seconds after the
job started), the job phases it overlapped, the GUI thread's own CPU time in it (``gui_cpu_ms``:
near the gap, the GUI thread itself was busy; near 0, it waited) and its run-queue time
(``gui_queued_ms``: waiting for a free core, i.e. other processes; the rest it was blocked, on the
interpreter lock), what the GUI thread and the other threads were executing (Python stacks
sampled by a thread while the GUI thread was late; "in Qt (C++)" when it had no Python frame of
its own) and the garbage collector's runs over 10 ms. ``gui_queued_ms_total`` and
``load_average_1min`` say how busy the machine was. ``--no-sampler`` turns the sampler off (it
wakes every 5 ms).

Leaves out: a real display and GPU (offscreen platform), input events (the heartbeat is the time
an input would wait), the cold-cache first start of the day, and training throughput (see
``bench_inapp_training.py`` and ``bench_lstm_training.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_startup  # noqa: E402  (this folder, for the shared helpers)
from bench_startup import Heartbeat, wait_until  # noqa: E402
from heartbeat import print_and_exit  # noqa: E402

GOAL_GAP_MS = 50.0
GOAL_P99_MS = 20.0
WINDOW_SIZE = "1600x1000"


def open_lab(projector: bool = False):
    """Start the lab in this process as ``main()`` does, show it, and wait until its Corpus page
    is painted and the background warm-up has ended (jobs are measured in steady state)."""
    from lab_app import process

    process.configure()
    from PySide6.QtWidgets import QApplication

    from lab_app.app import Lab, parse_args
    from lab_app.qt.preload import wait_for_preload

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("lab-app-bench")
    app.setApplicationName("lab-app")
    args = ["--lang", "en", "--size", WINDOW_SIZE] + (["--projector"] if projector else [])
    lab = Lab(parse_args(args))
    painted: list[float] = []
    lab.watcher = bench_startup.watch_content_paint(
        lab.window, "corpus", lambda _: None, painted.append
    )
    lab.window.show()
    if not wait_until(lambda: bool(painted), 60):
        raise RuntimeError("the Corpus page was never painted")
    # The window starts the warm-up 300 ms after its first frame.
    if not wait_until(lambda: wait_for_preload(0), 180):
        raise RuntimeError("the background warm-up did not end within 180 s")
    settle()
    return app, lab


def settle(seconds: float = 0.3) -> None:
    """Let a newly shown page lay out and paint, as it has before anyone can press its Start."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


class JobWatch:
    """Follows one page's runner: phase marks (perf_counter) and the events it received."""

    def __init__(self, name: str, page):
        self.name = name
        self.page = page
        self.started = 0.0
        self.succeeded_at: float | None = None
        self.phases: list[tuple[float, str]] = []
        self.counts: dict[str, int] = {}
        page.runner.event.connect(self._on_event)
        page.runner.succeeded.connect(self._on_succeeded)
        page.runner.failed.connect(self._on_failed)
        self.error: str | None = None

    def start(self, start_job) -> None:
        self.started = time.perf_counter()
        self.phases = [(self.started, "starting")]
        if not start_job():
            raise RuntimeError(f"{self.name}: the page refused to start")

    def _mark(self, phase: str) -> None:
        if self.phases[-1][1] != phase:
            self.phases.append((time.perf_counter(), phase))

    def _on_event(self, event) -> None:
        kind = type(event).__name__
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind == "Progress" and event.message:
            self._mark(event.message)
        elif kind in ("Prepared", "Metrics", "GateSnapshot", "GradientProfile"):
            self._mark("training")

    def _on_succeeded(self, _) -> None:
        self.succeeded_at = time.perf_counter()
        self._mark("drawing the result")

    def _on_failed(self, error) -> None:
        self.error = repr(error)
        self._mark("failed")

    def done(self) -> bool:
        return not self.page.runner.busy and self.page.updates.pending() == 0

    def phase_spans(self, end: float) -> list[tuple[str, float, float]]:
        marks = [*self.phases, (end, "")]
        return [
            (f"{self.name}: {p}", a, b) for (a, p), (b, _) in zip(marks, marks[1:], strict=False)
        ]

    def disconnect(self) -> None:
        self.page.runner.event.disconnect(self._on_event)
        self.page.runner.succeeded.disconnect(self._on_succeeded)
        self.page.runner.failed.disconnect(self._on_failed)


class PaintCounter:
    """Counts paint events of widgets (each gate heatmap's plot viewport): frames drawn."""

    def __init__(self, widgets: dict[str, object]):
        from PySide6.QtCore import QEvent, QObject

        counts = self.counts = dict.fromkeys(widgets, 0)
        keys = {id(w): k for k, w in widgets.items()}
        paint = QEvent.Type.Paint

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
                if event.type() == paint:
                    counts[keys[id(obj)]] += 1
                return False

        self._filter = Filter()
        self._widgets = widgets
        for widget in widgets.values():
            widget.installEventFilter(self._filter)

    def reset(self) -> None:
        for key in self.counts:
            self.counts[key] = 0

    def remove(self) -> None:
        for widget in self._widgets.values():
            widget.removeEventFilter(self._filter)


def gate_frames(page) -> PaintCounter:
    """A paint counter on the gates page's six heatmap viewports."""
    return PaintCounter({key: view.graphics.viewport() for key, view in page.heatmaps.items()})


def measure(
    jobs: list[tuple[JobWatch, object]], sample: bool, timeout_s: float = 300.0
) -> tuple[dict, float]:
    """Start each (watch, start_job) together with the heartbeat ticking; run the event loop
    until every job is done (result drawn); return the heartbeat report and the start time."""
    heartbeat = Heartbeat(sample=sample)
    heartbeat.start()
    t0 = heartbeat.ticks[0]
    for watch, start_job in jobs:
        watch.start(start_job)
    finished = wait_until(lambda: all(w.done() for w, _ in jobs), timeout_s, poll_ms=20)
    heartbeat.stop()
    end = heartbeat.ticks[-1]
    phases = [span for watch, _ in jobs for span in watch.phase_spans(end)]
    report = {"job_s": round(end - t0, 2), **heartbeat.report(t0, phases)}
    if not finished:
        report["timed_out_after_s"] = timeout_s
    for watch, _ in jobs:
        if watch.error:
            report[f"{watch.name}_error"] = watch.error
    return report, t0


def corpus_load(window, sample: bool) -> dict:
    """Load the gensim head500 corpus ×20 through the Corpus page, until its views are drawn."""
    from gensim.test.utils import datapath

    page = window.show_page("corpus", "corpus")
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "head500_x20.txt"
        text = Path(datapath("head500.noblanks.cor")).read_text(encoding="utf-8")
        big.write_text(text * 20, encoding="utf-8")
        settle()
        watch = JobWatch("corpus", page)
        report, _ = measure([(watch, lambda: page.load_path(big))], sample)
        watch.disconnect()
        return {"bytes": big.stat().st_size, **report}


def frame_report(watch: JobWatch, frames: PaintCounter, report: dict) -> dict:
    """Frames drawn by the f_t heatmap over the job and while training, beside the snapshots."""
    job_s = report["job_s"]
    training_s = (watch.succeeded_at or watch.started + job_s) - watch.started
    drawn = frames.counts["f"]
    return {
        "frames_drawn": drawn,
        "frames_per_s": round(drawn / job_s, 1) if job_s else None,
        "training_s": round(training_s, 2),
        "snapshots_received": watch.counts.get("GateSnapshot", 0),
        "snapshots_per_s": round(watch.counts.get("GateSnapshot", 0) / training_s, 1),
        "snapshots_kept": len(watch.page.snapshots),
        "frames_drawn_per_view": dict(frames.counts),
    }


def lstm_training(window, sample: bool, steps: int = 400) -> dict:
    """Train the LSTM language model with the live gate views for ``steps`` steps."""
    page = window.show_page("lstm", "gates")
    settle()
    watch, frames = JobWatch("gates", page), gate_frames(page)
    report, _ = measure([(watch, lambda: page.start(max_steps=steps))], sample)
    result = {"steps": steps, **report, **frame_report(watch, frames, report)}
    watch.disconnect()
    frames.remove()
    return result


def lstm_gradients(window, sample: bool, steps: int = 150) -> dict:
    """Train RNN, GRU and LSTM side by side (vanishing-gradient page) for ``steps`` steps."""
    page = window.show_page("lstm", "gradients")
    settle()
    watch = JobWatch("gradients", page)
    report, _ = measure([(watch, lambda: page.start(max_steps=steps))], sample)
    watch.disconnect()
    return {"steps": steps, **report}


def two_jobs(window, sample: bool, gate_steps: int = 400, gradient_steps: int = 150) -> dict:
    """Gates (shown) and vanishing gradients (hidden page) trained at once, until both end."""
    gradients = window.tab("lstm").page("gradients")
    gates = window.show_page("lstm", "gates")
    settle()
    gate_watch, gradient_watch = JobWatch("gates", gates), JobWatch("gradients", gradients)
    frames = gate_frames(gates)
    report, _ = measure(
        [
            (gate_watch, lambda: gates.start(max_steps=gate_steps)),
            (gradient_watch, lambda: gradients.start(max_steps=gradient_steps)),
        ],
        sample,
    )
    gate_s = (gate_watch.succeeded_at or 0) - gate_watch.started
    gradient_s = (gradient_watch.succeeded_at or 0) - gradient_watch.started
    result = {
        "gate_steps": gate_steps,
        "gradient_steps": gradient_steps,
        "gates_trained_s": round(gate_s, 2),
        "gradients_trained_s": round(gradient_s, 2),
        **report,
        **frame_report(gate_watch, frames, report),
    }
    for watch in (gate_watch, gradient_watch):
        watch.disconnect()
    frames.remove()
    return result


JOBS = ("corpus_load", "lstm_training", "lstm_gradients", "two_jobs")


def goals(report: dict) -> dict:
    """Which goals were met (True/False), one line each."""
    met = {}
    if report.get("startup_s") is not None:
        met["startup_s <= 1.0"] = report["startup_s"] <= 1.0
    heartbeat = report.get("startup_heartbeat", {})
    if heartbeat.get("other_stall_ms_max") is not None:
        met["startup other_stall_ms_max < 50"] = heartbeat["other_stall_ms_max"] < GOAL_GAP_MS
    for job in JOBS:
        if "gui_gap_ms_max" in report.get(job, {}):
            met[f"{job} gap max < 50"] = report[job]["gui_gap_ms_max"] < GOAL_GAP_MS
            met[f"{job} gap p99 < 20"] = report[job]["gui_gap_ms_p99"] < GOAL_P99_MS
    return met


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median reported)")
    parser.add_argument("--projector", action="store_true", help="measure in projector mode")
    parser.add_argument(
        "--no-sampler", action="store_true", help="do not sample stacks during long gaps"
    )
    args = parser.parse_args()
    sample = not args.no_sampler
    lab_args = ["--projector"] if args.projector else []
    began = time.perf_counter()
    report: dict = {"projector": args.projector, "cores": os.cpu_count()}
    load_before = os.getloadavg()[0]
    # Child processes first: this process then imports torch and trains.
    report.update(bench_startup.startup_runs(args.runs, lab_args))
    report["startup_heartbeat"] = bench_startup.startup_heartbeat(10.0, lab_args)
    app, lab = open_lab(args.projector)
    window = lab.window
    report["corpus_load"] = corpus_load(window, sample)
    report["lstm_training"] = lstm_training(window, sample)
    report["lstm_gradients"] = lstm_gradients(window, sample)
    report["two_jobs"] = two_jobs(window, sample)
    report["gui_gap_ms_max"] = max(report[job]["gui_gap_ms_max"] for job in JOBS)
    report["gui_gap_ms_p99"] = max(report[job]["gui_gap_ms_p99"] for job in JOBS)
    report["goals_met"] = goals(report)
    print_and_exit(report, window, load_before, began)


if __name__ == "__main__":
    main()
