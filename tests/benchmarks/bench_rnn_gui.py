"""GUI benchmark of the RNN tab: what a user feels while each task trains with its views on.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_rnn_gui.py
[--steps 300] [--runs 2] [--projector]`` (about three minutes on a 2-core laptop).

Measures, in one process started as the app starts (``bench_gui.open_lab``: thread settings,
warm-up done, window 1600×1000):

- For each task page (generation, one_to_one — both networks in turns —, sentiment, tagging,
  translation) with its default settings and ``--steps`` steps: the window's heartbeat (a 10 ms
  GUI-thread timer) from Start until the result is drawn: ``gui_gap_ms_max`` /
  ``gui_gap_ms_p99``. Goals < 50 / < 20.
- Throughput on the generation page (the char LSTM, its default d_h 128, batch 32): sequences
  per second of the in-app run (steps × batch over the time from the run's ``TaskReady`` event
  to its result, so the held-out evaluations, snapshots and the page's drawing are all in)
  against a bare torch loop of the same model (the task's own builder and seed), the same
  batches (``train_windows`` with the same seeded generator), the same loss and update
  (Adam, clipping), nothing else, on the GUI thread while the window idles. Alternating
  bare, app, app, bare (``--runs`` rounds); ``ratio`` = app / bare per round, median. Goal ≥ 0.9.

Leaves out: a real display (offscreen), input events (the heartbeat is how long one would wait),
the first import of torch (the warm-up does it before measuring).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_gui import JobWatch, measure, open_lab, settle  # noqa: E402
from heartbeat import print_and_exit  # noqa: E402

PAGES = ("generation", "one_to_one", "sentiment", "tagging", "translation")
SAMPLE = "--sampler" in sys.argv


def page_run(window, key: str, steps: int) -> dict:
    """Train page ``key`` for ``steps`` steps; heartbeat and the run's training seconds."""
    from lab_app.core.rnn.tasks.jobs import Tagged, TaskReady

    page = window.show_page("rnn", key)
    page.settings.steps.setValue(steps)
    settle()
    watch = JobWatch(key, page)
    ready: list[float] = []

    def on_event(event) -> None:
        inner = event.event if isinstance(event, Tagged) else event
        if isinstance(inner, TaskReady) and not ready:
            ready.append(time.perf_counter())

    page.runner.event.connect(on_event)
    report, _ = measure([(watch, lambda: page.start())], sample=SAMPLE)
    page.runner.event.disconnect(on_event)
    watch.disconnect()
    training_s = (watch.succeeded_at or time.perf_counter()) - (ready[0] if ready else 0)
    return {
        "steps": steps,
        "training_s": round(training_s, 2),
        "sequences_per_s": round(steps * page.settings.batch.value() / training_s, 1),
        **{k: report[k] for k in ("job_s", "gui_gap_ms_max", "gui_gap_ms_p99")},
        "gaps_over_50ms_detail": report.get("gaps_over_50ms_detail", []),
        **({"error": watch.error} if watch.error else {}),
    }


def bare_sequences_per_s(config, data) -> float:
    """The same model, batches, loss and update as the generation page, nothing else."""
    import numpy as np
    import torch

    from lab_app.core.rnn.tasks.char_data import train_windows
    from lab_app.core.rnn.tasks.char_training import _update, batch_loss
    from lab_app.core.rnn.tasks.one_to_many import build_one_to_many

    began = time.perf_counter()
    model = build_one_to_many(config, data.vocab_size)
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    batches = np.random.default_rng(config.seed)
    for _ in range(config.max_steps):
        inputs, targets = train_windows(data, config.batch_size, batches)
        loss = batch_loss(model, torch.from_numpy(inputs), torch.from_numpy(targets))
        _update(model, optimizer, loss)
    return config.max_steps * config.batch_size / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--runs", type=int, default=2, help="bare/app/app/bare rounds")
    parser.add_argument("--projector", action="store_true")
    parser.add_argument("--sampler", action="store_true", help="sample stacks in long gaps")
    args = parser.parse_args()
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    app, lab = open_lab(args.projector)
    window = lab.window
    tasks = {key: page_run(window, key, args.steps) for key in PAGES}

    from lab_app.core.rnn.tasks import TASKS

    page = window.show_page("rnn", "generation")
    config = page.settings.config(page.controls.seed.value())
    config = type(config)(**{**config.__dict__, "max_steps": args.steps})
    data = TASKS["one_to_many"].prepare(page.data_source(), seed=config.seed)
    bare, runs = [], []
    for _ in range(args.runs):
        bare.append(bare_sequences_per_s(config, data))
        runs.append(page_run(window, "generation", args.steps))
        runs.append(page_run(window, "generation", args.steps))
        bare.append(bare_sequences_per_s(config, data))
    ratios = [
        statistics.mean([runs[2 * i]["sequences_per_s"], runs[2 * i + 1]["sequences_per_s"]])
        / statistics.mean(bare[2 * i : 2 * i + 2])
        for i in range(args.runs)
    ]
    report = {
        "tasks": tasks,
        "gui_gap_ms_max": max(t["gui_gap_ms_max"] for t in tasks.values()),
        "gui_gap_ms_p99": max(t["gui_gap_ms_p99"] for t in tasks.values()),
        "throughput": {
            "config": config.__dict__,
            "bare_sequences_per_s": [round(x, 1) for x in bare],
            "app_sequences_per_s": [r["sequences_per_s"] for r in runs],
            "ratios": [round(r, 3) for r in ratios],
            "ratio_median": round(statistics.median(ratios), 3),
            "app_gui_gap_ms_max": max(r["gui_gap_ms_max"] for r in runs),
        },
    }
    report["goals_met"] = {
        **{f"{k} gap max < 50": t["gui_gap_ms_max"] < 50 for k, t in tasks.items()},
        **{f"{k} gap p99 < 20": t["gui_gap_ms_p99"] < 20 for k, t in tasks.items()},
        "throughput ratio >= 0.9": report["throughput"]["ratio_median"] >= 0.9,
    }
    print_and_exit(report, window, load_before, began)


if __name__ == "__main__":
    main()
