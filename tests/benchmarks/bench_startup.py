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


from heartbeat import BENCH_DIR, GcPauses, Heartbeat, _merge_others, _most_common, _where  # noqa: E402,F401  (shared with bench_gui.py)


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
