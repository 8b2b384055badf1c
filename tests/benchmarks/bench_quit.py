"""Quitting at any moment: how long the process lives after its window closes, and its exit code.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_quit.py [--tries 50]``.

Each try starts ``python -m lab_app`` (half of them on the LSTM gates page with its demo
training), closes the window after a random 0.2–3 s (``--quit-after``, as a user would) and
measures from the close to the end of the process. Goal: every try exits with code 0 within
1 s of the close. Leaves out: a real window manager's close (offscreen platform), and start-up
itself (bench_gui.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

CHILD = """
import sys, time
from lab_app.qt import main_window
closing = main_window.MainWindow.closeEvent
def close_event(self, event):
    print("closed", time.monotonic(), flush=True)
    closing(self, event)
main_window.MainWindow.closeEvent = close_event
from lab_app.app import run
sys.argv = ["lab-app", *sys.argv[1:]]
run()
"""


def one_try(quit_after: float, training: bool) -> dict:
    args = ["--quit-after", f"{quit_after:.2f}"]
    if training:
        args = ["--tab", "lstm", "--page", "gates", "--demo", *args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )  # fmt: skip
    out, err = proc.communicate(timeout=120)
    ended = time.monotonic()
    closed = [float(line.split()[1]) for line in out.splitlines() if line.startswith("closed")]
    return {
        "quit_after_s": round(quit_after, 2),
        "training": training,
        "exit_code": proc.returncode,
        "exit_after_close_s": round(ended - closed[0], 3) if closed else None,
        "traceback": "Traceback" in err,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tries = [one_try(rng.uniform(0.2, 3.0), index % 2 == 1) for index in range(args.tries)]
    exits = [t["exit_after_close_s"] for t in tries if t["exit_after_close_s"] is not None]
    report = {
        "tries": len(tries),
        "exit_code_0": sum(t["exit_code"] == 0 for t in tries),
        "within_1s_of_close": sum(e <= 1.0 for e in exits),
        "exit_after_close_s_max": max(exits) if exits else None,
        "tracebacks": sum(t["traceback"] for t in tries),
        "failures": [t for t in tries if t["exit_code"] != 0 or t["traceback"]][:10],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
