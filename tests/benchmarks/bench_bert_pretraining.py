"""Mini-BERT pre-training on the built-in Lee news corpus: how far MLM and NSP get in a budget.

Run: python tests/benchmarks/bench_bert_pretraining.py [--seconds 180] [--steps 6000]
     [--preset tiny] [--threads 2]
Trains until ``--steps`` are done or ``--seconds`` have passed (then the generator is closed, as
the Stop button does). Prints JSON: held-out MLM loss at the start and the end (and the uniform
guess log V), held-out NSP accuracy (a balanced set: chance is 50%) at the end, its best and the
first step where it reached 55%, steps/s, seconds, the longest gap
between two yields (how late a Stop could take effect) and the load average, since a shared
machine makes steps/s noisy.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--steps", type=int, default=6000)
    parser.add_argument("--preset", default="tiny")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    from lab_app.core.bert.pretrain_config import PretrainConfig, PretrainMetrics
    from lab_app.core.bert.pretraining import pretrain
    from lab_app.core.events import Progress

    config = PretrainConfig(preset=args.preset, max_steps=args.steps, seed=args.seed)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    job = pretrain(config)
    held, train_started, steps, max_gap, vocab = [], None, 0, 0.0, None
    last_yield = time.perf_counter()
    for event in job:
        now = time.perf_counter()
        max_gap = max(max_gap, now - last_yield)
        last_yield = now
        if isinstance(event, Progress) and event.message == "pretrain" and train_started is None:
            train_started = now
        if isinstance(event, PretrainMetrics):
            steps = event.step
            if event.held_out_mlm_loss is not None:
                held.append((event.step, event.held_out_mlm_loss, event.held_out_nsp_accuracy))
        if now - started > args.seconds:
            job.close()
            break
    ended = time.perf_counter()
    vocab = config.vocab_size
    result = {
        "preset": args.preset,
        "threads": args.threads,
        "steps": steps,
        "seconds_total": round(ended - started, 1),
        "seconds_training": round(ended - (train_started or ended), 1),
        "steps_per_s": round(steps / max(1e-9, ended - (train_started or ended)), 2),
        "mlm_loss_start": round(held[0][1], 3),
        "mlm_loss_end": round(held[-1][1], 3),
        "uniform_guess_log_v": round(math.log(vocab), 3),
        "nsp_accuracy_start": round(held[0][2], 3),
        "nsp_accuracy_end": round(held[-1][2], 3),
        "nsp_accuracy_best": round(max(h[2] for h in held), 3),
        "nsp_first_step_at_or_above_0.55": next((h[0] for h in held if h[2] >= 0.55), None),
        "held_out_points": len(held),
        "max_gap_between_yields_s": round(max_gap, 3),
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
