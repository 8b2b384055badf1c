"""Benchmark: how long can Stop wait? The longest pause between two yields of each job at the
largest settings the configs allow (the scenarios of tests/core/test_stop_latency.py).

Prints JSON per scenario: ``longest_s`` (the longest pause after the first SKIP yields, which
carry one-off costs), ``p95_s``, ``median_s`` and ``first_pause_s`` (between the first two
yields). Goal: every ``longest_s`` under 0.5 s (the app's promise; the test only checks a
generous bound that a loaded CI machine keeps). Jobs run on a worker thread with one torch
thread and one BLAS thread, as the app runs them on 2 cores (``lab_app.process.configure``).

    python tests/benchmarks/bench_stop_latency.py [--seconds 4] [--only lm_d512 ...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

# Before numpy and torch load: their thread pools read it once (lab_app.process.configure).
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

import test_stop_latency as scenarios  # noqa: E402  (the scenarios live with the test)

GOAL_SECONDS = 0.5


def measure(name: str, seconds: float) -> dict:
    """Run one scenario for ``seconds`` after its first yield; summarise the pauses."""
    times = scenarios.yield_times(scenarios.scenarios()[name](), seconds, max_events=100_000)
    pauses = np.diff(times[scenarios.SKIP :])
    return {
        "yields": len(times),
        "first_pause_s": round(float(times[1] - times[0]), 3) if len(times) > 1 else None,
        "longest_s": round(float(pauses.max()), 3),
        "p95_s": round(float(np.percentile(pauses, 95)), 3),
        "median_s": round(float(np.median(pauses)), 3),
        "meets_goal": bool(pauses.max() < GOAL_SECONDS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    names = args.only or list(scenarios.scenarios())
    # The first Adam in a process imports torch's compiler helpers (~2 s): not a step.
    scenarios.yield_times(scenarios.scenarios()["memory_gap_max"](), 0.0, max_events=2)
    results = {name: measure(name, args.seconds) for name in names}
    print(
        json.dumps(
            {
                "machine": platform.processor() or platform.machine(),
                "python": platform.python_version(),
                "goal_s": GOAL_SECONDS,
                "all_meet_goal": all(r["meets_goal"] for r in results.values()),
                "scenarios": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
