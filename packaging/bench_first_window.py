"""First window of the frozen bundle against the pip install: prints JSON.

Run: ``python packaging/bench_first_window.py dist/lab-app/lab-app [--runs 5]``.

Each run spawns ``COMMAND --smoke --tab corpus`` offscreen, with fresh settings, log and cache
folders, and stops it once it prints its ``{"window": ...}`` line: the window has painted with
the Corpus page built (``lab_app.smoke``). ``spawn_to_window_s`` is measured here, from before
the process is spawned to that line (the clock ``tests/benchmarks/bench_startup.py`` uses);
``content_s`` is the app's own figure (from the process's creation to that paint). The pip
install is this interpreter's ``lab-app`` script (``python -m lab_app`` when there is none).
Runs alternate bundle / pip after one unmeasured warm-up of each (disk cache warm for both).
Leaves out: a real display (offscreen), a cold disk cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def first_window(command: list[str], timeout_s: float = 120) -> dict:
    """Spawn ``command`` and return the seconds to its window line, and its own figures."""
    home = Path(tempfile.mkdtemp(prefix="lab-app-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1")
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("NUMBA_CACHE_DIR", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--smoke", "--tab", "corpus"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=home,
    )  # fmt: skip
    try:
        for line in process.stdout:
            if line.startswith('{"window"'):
                elapsed = time.perf_counter() - started
                return {"spawn_to_window_s": round(elapsed, 3), **json.loads(line)["window"]}
            if time.perf_counter() - started > timeout_s:
                break
        raise RuntimeError(f"no window line from {command}")
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(home, ignore_errors=True)


def pip_command() -> list[str]:
    script = Path(sys.executable).with_name("lab-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lab_app"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle's executable")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    commands = {"bundle": [str(args.bundle.resolve())], "pip": pip_command()}
    for command in commands.values():
        first_window(command)  # warm-up: files into the disk cache
    runs: dict[str, list[dict]] = {key: [] for key in commands}
    for _ in range(args.runs):
        for key, command in commands.items():
            runs[key].append(first_window(command))
    report: dict[str, object] = {"runs": args.runs}
    for key in commands:
        for field in ("spawn_to_window_s", "content_s", "frame_s"):
            report[f"{key}_{field}_median"] = statistics.median(r[field] for r in runs[key])
        report[f"{key}_spawn_to_window_s"] = [r["spawn_to_window_s"] for r in runs[key]]
    report["ratio_bundle_to_pip"] = round(
        report["bundle_spawn_to_window_s_median"] / report["pip_spawn_to_window_s_median"], 2
    )
    report["commands"] = {key: " ".join(command) for key, command in commands.items()}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
