"""In-app training throughput: the LSTM gates page training with its live views, against the
bare core loop, in the same process with the same thread settings, config and corpus.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_inapp_training.py
[--steps 300] [--reps 6]`` (1–2.5 minutes on a 2-core laptop, depending on its load).

The lab runs as ``lab_app.app.main`` starts it (``process.configure()``: switch interval and
``OMP_NUM_THREADS``; window 1600×1000, the background warm-up finished), the Spanish sample
loaded as the corpus and the LSTM "Gates, live" page shown. Three conditions, ``--steps`` steps
each with the page's default settings (sequence length, batch size, d_h, probe, seed):

- ``follow_on``: the page trains with "follow training" checked: every snapshot it receives is
  drawn in the six heatmaps, the curves redraw, as a lecture shows it;
- ``follow_off``: the same with "follow training" unchecked: snapshots are still recorded and
  kept, the curves redraw, the heatmaps are not;
- ``bare``: ``language_model_job`` (the page's own job: sequences, probe, training with gate
  snapshots) drained on a plain ``threading.Thread`` while the GUI thread waits in ``join``: no
  GUI events, no signals, nothing drawn.

Reported per condition: the median over ``--reps`` repetitions of training steps per second and
sequences per second (steps × batch), timed on the worker thread from the ``Prepared`` event
(data built) to the job's return, so both sides time the same work; the job's wall time as the
user sees it (Start to the result drawn in the app); frames drawn by the f_t heatmap and
snapshots received. ``ratio_*_to_bare``: in-app over bare throughput, the median of the ratios
within each repetition (robust to the machine's load drifting). The order of the conditions
alternates (ABC CBA ...) so that drift and warm-up do not favour one; one short unmeasured run
of each warms up first.

Leaves out: a real display (offscreen: painting costs CPU but no GPU upload or compositor), user
input during training, other pages' jobs running at the same time (see ``bench_gui.py``), and
the time to build the data and model (the same on both sides, excluded from steps/s).
Goal (the issue): in-app throughput with the views live close to the bare loop's; the ratios say
how close.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_gui import PaintCounter, open_lab, settle  # noqa: E402  (this folder)
from bench_startup import wait_until  # noqa: E402
from heartbeat import print_and_exit  # noqa: E402

CONDITIONS = ("follow_on", "follow_off", "bare")


class TimedJobs:
    """Wraps ``language_model_job`` to time each run on its worker thread (perf_counter):
    ``start``, ``prepared`` (the Prepared event yielded) and ``end`` (the job returned)."""

    def __init__(self):
        from lab_app.core.lstm import jobs

        self.job = jobs.language_model_job
        self.runs: list[dict] = []

    def __call__(self, *args, **kwargs):
        from lab_app.core.lstm.jobs import Prepared

        record = {"start": time.perf_counter(), "events": 0, "snapshots": 0}
        self.runs.append(record)
        generator = self.job(*args, **kwargs)
        value = None
        try:
            while True:
                try:
                    event = generator.send(value)
                except StopIteration as stop:
                    record["end"] = time.perf_counter()
                    record["end_cpu"] = time.thread_time()
                    return stop.value
                record["events"] += 1
                kind = type(event).__name__
                if isinstance(event, Prepared):
                    record["prepared"] = time.perf_counter()
                    record["prepared_cpu"] = time.thread_time()  # this worker thread's CPU
                elif kind == "GateSnapshot":
                    record["snapshots"] += 1
                value = yield event
        finally:
            generator.close()


def in_app_run(page, timed: TimedJobs, steps: int, follow: bool, frames: PaintCounter) -> dict:
    """Train on the page with "follow training" set to ``follow``; wait until the result is drawn."""
    page.playback.follow.setChecked(follow)
    settle(0.2)
    frames.reset()
    began = time.perf_counter()
    if not page.start(max_steps=steps):
        raise RuntimeError("the gates page refused to start")
    if not wait_until(lambda: not page.runner.busy and page.updates.pending() == 0, 600, 20):
        raise RuntimeError("the training did not end within 600 s")
    wall = time.perf_counter() - began
    return {
        **_rates(timed.runs[-1], steps, page.settings.batch_size.value()),
        "job_wall_s": wall,
        "frames_drawn": frames.counts["f"],
        "snapshots_received": timed.runs[-1]["snapshots"],
    }


def bare_run(timed: TimedJobs, cfg, corpus) -> dict:
    """Drain the same job on a plain thread while this (GUI) thread waits in ``join``."""
    result = {}

    def drain() -> None:
        try:
            for _ in timed(cfg, corpus):
                pass
        except BaseException as error:  # reported, not swallowed
            result["error"] = repr(error)

    began = time.perf_counter()
    thread = threading.Thread(target=drain, name="bench-bare-training")
    thread.start()
    thread.join()
    if "error" in result:
        raise RuntimeError(result["error"])
    wall = time.perf_counter() - began
    return {
        **_rates(timed.runs[-1], cfg.max_steps, cfg.batch_size),
        "job_wall_s": wall,
        "frames_drawn": 0,
        "snapshots_received": timed.runs[-1]["snapshots"],
    }


def _rates(record: dict, steps: int, batch: int) -> dict:
    seconds = record["end"] - record["prepared"]
    return {
        "steps_per_s": steps / seconds,
        "steps_per_cpu_s": steps / (record["end_cpu"] - record["prepared_cpu"]),
        "sequences_per_s": steps * batch / seconds,
        "prepare_s": record["prepared"] - record["start"],
    }


def orders(reps: int) -> list[tuple[str, ...]]:
    """ABC, CBA, ABC, ...: each condition as often early as late."""
    return [CONDITIONS if rep % 2 == 0 else CONDITIONS[::-1] for rep in range(reps)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--reps", type=int, default=6)
    args = parser.parse_args()
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    app, lab = open_lab()
    import torch

    from lab_app.core.corpus import load_builtin
    from lab_app.core.lstm import LstmConfig
    from lab_app.qt.tabs import lstm_gates_page

    lab.state.set_corpus(load_builtin("spanish_sample"))
    page = lab.window.show_page("lstm", "gates")
    timed = TimedJobs()
    lstm_gates_page.language_model_job = timed  # the page looks its job up at each Start
    frames = PaintCounter({key: view.graphics.viewport() for key, view in page.heatmaps.items()})
    values = page.settings.config_values(page.controls.seed.value())
    config = {**values, "max_steps": args.steps}
    corpus = lab.state.corpus
    settle()

    def run(condition: str, steps: int) -> dict:
        if condition == "bare":
            return bare_run(timed, LstmConfig(**{**config, "max_steps": steps}), corpus)
        return in_app_run(page, timed, steps, condition == "follow_on", frames)

    for condition in CONDITIONS:  # one-time costs (first layouts, allocator) out of the way
        run(condition, max(20, args.steps // 10))
    runs: dict[str, list[dict]] = {c: [] for c in CONDITIONS}
    for order in orders(args.reps):
        for condition in order:
            runs[condition].append(run(condition, args.steps))

    def median(condition: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[condition])

    report = {
        "steps": args.steps,
        "reps": args.reps,
        "config": {
            key: config[key]
            for key in ("level", "seq_len", "batch_size", "hidden_size", "embedding_dim", "seed")
        },
        "corpus": corpus.name,
        "torch_threads": torch.get_num_threads(),
        "switch_interval_s": sys.getswitchinterval(),
        "cores": os.cpu_count(),
        "orders": ["/".join(order) for order in orders(args.reps)],
    }
    for condition in CONDITIONS:
        report[condition] = {
            "steps_per_s": round(median(condition, "steps_per_s"), 1),
            "sequences_per_s": round(median(condition, "sequences_per_s"), 0),
            # Per second of the training thread's own CPU: steady under other load; a wall
            # rate well below it means the thread waited (for the lock or for a core).
            "steps_per_cpu_s": round(median(condition, "steps_per_cpu_s"), 1),
            "job_wall_s": round(median(condition, "job_wall_s"), 2),
            "prepare_s": round(median(condition, "prepare_s"), 3),
            "frames_drawn": round(median(condition, "frames_drawn")),
            "snapshots_received": round(median(condition, "snapshots_received")),
            "steps_per_s_runs": [round(r["steps_per_s"], 1) for r in runs[condition]],
        }
    for condition in ("follow_on", "follow_off"):
        ratios = [
            app_run["steps_per_s"] / bare["steps_per_s"]
            for app_run, bare in zip(runs[condition], runs["bare"], strict=True)
        ]
        report[f"ratio_{condition}_to_bare"] = round(statistics.median(ratios), 3)
        report[f"ratio_{condition}_to_bare_runs"] = [round(r, 3) for r in ratios]
    print_and_exit(report, lab.window, load_before, began)


if __name__ == "__main__":
    main()
