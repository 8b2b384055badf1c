"""Monkey test: seeded random actions over every tab and page of the real lab, while it trains.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_monkey.py
[--seeds 0 1 2] [--actions 2000]`` (each seed runs in a child process; about 5 minutes per seed
of 2000 actions on a 2-core laptop). ``--child --seed N --actions K`` runs one seed in this
process and prints its JSON (what the parent and ``tests/qt/test_monkey.py`` start).

Each seed starts the real application in its own process (``process.configure()``, ``Lab`` with
``--lang es``, window 1366×768, settings and log file in a temporary home), waits for the
background warm-up, opens every page once, and then performs ``--actions`` random actions
chosen by a ``random.Random(seed)`` on whatever page is visible *at that moment* (after a
language switch the window is a new one): clicks on enabled buttons (Start often, Stop, Load,
Open file / Open folder, Apply, Details, close…), spin boxes set to their minimum, maximum or
a random value, combo boxes, check boxes, sliders, line edits given a short Spanish sentence,
nothing, white space, a 65,000-character paste, emoji and unusual Unicode, HTML, number lists
and garbage (then Enter), heatmap cell clicks, document and vocabulary selections, main-tab,
page and inner-tab switches, projector / dark / full-screen toggles, language switches (~1 %,
through the menu or ``Lab.set_language``), window resizes (1024×768 … 1920×1080), a plot's
right-click menu (opened, sometimes an entry triggered, closed), plot exports to PNG, SVG and
CSV (ValueError / OSError are the panel's reported errors, not crashes), File and Help menu
entries, recent files. Between actions it processes events and waits 5–30 ms, sometimes
200–500 ms so that training progresses; "Start" is weighted so that a run is going most of the
time (``busy_fraction``).

Measured per seed: actions done per kind; uncaught exceptions (``sys.excepthook`` and
``threading.excepthook`` wrapped after the app's ``ErrorReporter`` installed them, plus
exceptions that escaped an action called directly), with type, message, traceback tail and the
last 5 actions; GUI gaps over 1 s (a 10 ms ``QTimer`` heartbeat; a watchdog thread samples the
GUI thread's Python stack while it is late); actions that took over 1 s; peak RSS (psutil,
sampled every 100 ms, beside the kernel's ``ru_maxrss``; the method is reported); top-level
widget count (``QApplication.topLevelWidgets()``) at the start and the end, both measured with
every page of the current window built, after ``gc.collect()`` and the deferred deletes, with
a per-class breakdown; wall time; failed runs (``JobRunner.failed``: shown in the page's message
bar, listed for information), Qt warnings and Python warnings. Crashes: the child's exit code
or signal (``faulthandler`` writes the Python stacks to its stderr, whose tail is reported).

Goal, 3 seeds × 2000 actions: 0 uncaught exceptions, 0 crashes, 0 GUI gaps over 1 s, peak RSS
under 2 GB, top-level widgets flat (end ≤ start + 5).

Leaves out: real mouse and keyboard events (widgets are driven through their API: ``click()``,
``setValue``, ``setText`` then ``returnPressed``/``editingFinished``; the heatmap click emits
the cell signal), drag and drop, Quit, modal dialogs (``QFileDialog.getOpenFileName`` /
``getExistingDirectory`` / ``getSaveFileName`` are replaced by a random pick among cancelled, a
small valid .txt, a missing path, a binary file, an empty file, a numbers-only CSV, folders;
``QMessageBox.question`` answers Yes or No at random; ``warning`` / ``information`` /
``critical`` / ``about`` return at once), tool-button pop-up menus (their entries are triggered
directly), a real display (offscreen platform) and the first start-up (the background warm-up
has ended before the first action).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))  # the parts live in monkey/ beside this script

from monkey.child import child_main  # noqa: E402
from monkey.config import (  # noqa: E402
    DEFAULT_ACTIONS,
    DEFAULT_SEEDS,
    RSS_GOAL_BYTES,
    WIDGET_SLACK,
)


# ------------------------------------------------------------------------------------------------
# parent: one child process per seed
# ------------------------------------------------------------------------------------------------
def run_seed(seed: int, actions: int, timeout_s: float) -> dict:
    """Run one seed in a child process; return its result with the exit code or signal."""
    with tempfile.TemporaryDirectory(prefix="lab-monkey-") as folder:
        out = Path(folder) / "result.json"
        err_path = Path(folder) / "stderr.txt"
        command = [sys.executable, str(HERE), "--child", "--seed", str(seed)]
        command += ["--actions", str(actions), "--out", str(out)]
        started = time.monotonic()
        timed_out = False
        with open(err_path, "wb") as err:
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
            try:
                code = child.wait(timeout_s)
            except subprocess.TimeoutExpired:
                timed_out = True
                child.send_signal(signal.SIGABRT)  # faulthandler dumps every thread's stack
                try:
                    code = child.wait(10)
                except subprocess.TimeoutExpired:
                    child.kill()
                    code = child.wait()
        result: dict = {"seed": seed}
        if out.exists():
            try:
                result.update(json.loads(out.read_text(encoding="utf-8")))
            except ValueError as error:
                result["result_unreadable"] = str(error)
        else:
            result["result_missing"] = True
        result["exit_code"] = code
        result["signal"] = signal.Signals(-code).name if code < 0 else None
        result["timed_out"] = timed_out
        result["process_wall_s"] = round(time.monotonic() - started, 1)
        result["crashed"] = code != 0 or timed_out or not result.get("completed", False)
        if result["crashed"]:
            result["stderr_tail"] = err_path.read_text(encoding="utf-8", errors="replace")[-6000:]
        return result


def parent_main(args: argparse.Namespace) -> int:
    started = time.monotonic()
    seeds = [run_seed(seed, args.actions, args.timeout) for seed in args.seeds]
    totals = {
        "seeds": len(seeds),
        "actions": sum(s.get("actions", 0) for s in seeds),
        "uncaught_exceptions": sum(s.get("exceptions", {}).get("count", 0) for s in seeds),
        "distinct_exceptions": sum(s.get("exceptions", {}).get("distinct", 0) for s in seeds),
        "crashes": sum(1 for s in seeds if s["crashed"]),
        "gui_gaps_over_1s": sum(s.get("gui_gaps", {}).get("over_1s", 0) for s in seeds),
        "gui_gap_max_s": max((s.get("gui_gaps", {}).get("max_s", 0) for s in seeds), default=0),
        "peak_rss_bytes": max((s.get("rss", {}).get("peak_bytes", 0) for s in seeds), default=0),
        "top_level_widget_growth_max": max(
            (s.get("top_level_widgets", {}).get("growth", 0) for s in seeds), default=0
        ),
        "wall_s": round(time.monotonic() - started, 1),
    }
    goals_met = {
        "no_uncaught_exceptions": totals["uncaught_exceptions"] == 0,
        "no_crashes": totals["crashes"] == 0,
        "no_gui_gaps_over_1s": totals["gui_gaps_over_1s"] == 0,
        "peak_rss_under_2gb": 0 < totals["peak_rss_bytes"] < RSS_GOAL_BYTES,
        "top_level_widgets_flat": totals["top_level_widget_growth_max"] <= WIDGET_SLACK,
    }
    report = {
        "benchmark": "monkey",
        "seeds_run": args.seeds,
        "actions_per_seed": args.actions,
        "goals": {
            "uncaught_exceptions": 0,
            "crashes": 0,
            "gui_gaps_over_1s": 0,
            "peak_rss_bytes_below": RSS_GOAL_BYTES,
            "top_level_widget_growth_at_most": WIDGET_SLACK,
        },
        "goals_met": goals_met,
        "all_goals_met": all(goals_met.values()),
        "totals": totals,
        "per_seed": seeds,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0 if report["all_goals_met"] else 1


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=list(DEFAULT_SEEDS))
    parser.add_argument("--actions", type=int, default=DEFAULT_ACTIONS)
    parser.add_argument(
        "--timeout", type=float, default=1800.0, help="seconds per seed before it counts as hung"
    )
    parser.add_argument("--child", action="store_true", help="run one seed in this process")
    parser.add_argument("--seed", type=int, default=0, help="with --child: the seed")
    parser.add_argument("--out", type=Path, help="with --child: also write the JSON here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    return child_main(args) if args.child else parent_main(args)


if __name__ == "__main__":
    sys.exit(main())
