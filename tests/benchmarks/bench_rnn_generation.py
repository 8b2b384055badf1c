"""Time to generate 200 characters with the one-to-many task, and the longest gap between yields.

Run: python tests/benchmarks/bench_rnn_generation.py [steps] [hidden_size] (defaults 60 and 64).
Prints JSON. For each cell (rnn, gru, lstm) it trains a char model on the built-in Spanish
sample for ``steps`` steps on one torch thread, recording the time to the first yield and the
longest gap between two yields after it (Stop takes effect at the next yield: target ≤ 0.1 s;
the first run of a process also pays about 1 s for torch's first Adam), then generates
200 characters (temperature 0.8, top-5 bars) seven times: ``generate_ms`` is the median
(target ≤ 100 ms).
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def yield_gaps(job) -> tuple[list[float], object]:
    """Run a generator to the end; return (seconds before each yield and the end, its value)."""
    last, gaps = time.perf_counter(), []
    while True:
        try:
            next(job)
        except StopIteration as stop:
            gaps.append(time.perf_counter() - last)
            return gaps, stop.value
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


def main() -> None:
    import torch

    from lab_app.core.rnn.tasks.base import TaskConfig
    from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY, generate

    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    hidden = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    torch.set_num_threads(1)
    data = ONE_TO_MANY.prepare(seed=0)
    results = {"steps": steps, "hidden_size": hidden, "cells": {}}
    for cell in ("rnn", "gru", "lstm"):
        config = TaskConfig(cell=cell, hidden_size=hidden, max_steps=steps)
        start = time.perf_counter()
        gaps, trained = yield_gaps(ONE_TO_MANY.train(config, data))
        train_s = time.perf_counter() - start
        generate(trained, "El faro ", 200)  # warm-up
        times = []
        for seed in range(7):
            start = time.perf_counter()
            generate(trained, "El faro ", 200, temperature=0.8, top_k=5, rng_seed=seed)
            times.append(time.perf_counter() - start)
        results["cells"][cell] = {
            "generate_ms": round(1000 * statistics.median(times), 1),
            "generate_max_ms": round(1000 * max(times), 1),
            "train_s": round(train_s, 2),
            "first_yield_s": round(gaps[0], 3),
            "longest_gap_after_first_s": round(max(gaps[1:]), 3),
            "heldout_accuracy": round(ONE_TO_MANY.evaluate(trained, data)["value"], 3),
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
