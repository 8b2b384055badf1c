"""RNN tab, core training loop: sequences/s of a task's own ``train`` generator against a bare torch
loop of the same model, batches and data, side by side in one process.

Run: ``python tests/benchmarks/bench_rnn_throughput.py [--task one_to_many|many_to_one|both]
[--steps 300] [--reps 3]``. Prints JSON. About a minute per task on an idle 2-core laptop;
the wall time grows with the machine's load.

What it measures: the core loop only. "With the app's views on" (the page drawing every event
in the GUI) is measured by the lead in the GUI; here the generator is drained on the main
thread with nothing listening. The process is set up as the app sets itself up
(``lab_app.process.configure()`` before torch is imported, then ``torch.set_num_threads`` to
``process.torch_threads()``: every core but one).

- ``app``: ``TASK.train(config, data)`` drained: the in-app generator with everything it does
  (gradient clipping, a copy of the weights every step for the divergence rollback, the
  held-out evaluation and the hidden-state snapshots when due, events, paced yields).
- ``bare``: the same model built by the task's own builder (same seed), the same batches
  (one_to_many: ``train_windows`` on ``numpy.random.default_rng(seed)``; many_to_one: the same
  ``torch.randint`` draws and ``data.batch``), Adam, the loss, backward, step; nothing else.
- the ladder (where the difference goes): ``bare_clip`` adds ``clip_grad_norm_``;
  ``bare_clip_copy`` also ``loss.item()`` and ``state_copy(model)`` every step: the app's work
  per step minus the held-out evaluations, snapshots and events.

Both sides are timed from building the model to the end (the same ``config.max_steps`` steps);
sequences/s = steps × batch / seconds. The conditions alternate, in a reversed order every
other repetition (ABCD DCBA ...) so drift and warm-up favour none, after one unmeasured run
of each (the first Adam of a process imports torch's compiler stack, about 1 s). ``ratio`` is
the median over repetitions of app/bare within the repetition; ``ratio_of_medians`` the same
from the medians; ``ratio_cpu_time`` the same from this thread's CPU time, which other
processes competing for the cores disturb least (``busy_fraction``: CPU time over wall time,
well below 1 when they do). The issue's goal: ratio >= 0.9. ``ladder_cpu_ms_per_step``
estimates each extra from the ladder's differences (noisy on a busy machine);
``components`` times each alone instead (best CPU time of many calls: a bare step, clipping,
the state copy, a held-out evaluation, a snapshot), ``evaluations`` counts the held-out
evaluations and snapshots of one app run (paced by wall time: more on a slow machine), and
``ratio_predicted_from_components`` is the ratio they add up to.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

LADDER = ("bare", "app", "bare_clip", "bare_clip_copy")


@dataclass(frozen=True)
class Recipe:
    """One task's pieces: ``build()`` its model (the task's builder, seeded), ``batches()`` a
    fresh ``loss_of(model)`` that draws the next training batch as the app does and returns its
    loss, and ``app()`` the in-app generator drained (returns the model)."""

    build: Callable[[], Any]
    batches: Callable[[], Callable[[Any], Any]]
    app: Callable[[], Any]


def chars_recipe(config, data) -> Recipe:
    """one_to_many: ``train_windows`` on ``default_rng(seed)``, mean next-character loss."""
    import numpy as np
    import torch

    from lab_app.core.events import drain
    from lab_app.core.rnn.tasks.char_data import train_windows
    from lab_app.core.rnn.tasks.char_training import batch_loss
    from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY, build_one_to_many

    def batches():
        rng = np.random.default_rng(config.seed)

        def loss_of(model):
            inputs, targets = train_windows(data, config.batch_size, rng)
            return batch_loss(model, torch.from_numpy(inputs), torch.from_numpy(targets))

        return loss_of

    return Recipe(
        lambda: build_one_to_many(config, data.vocab_size),
        batches,
        lambda: drain(ONE_TO_MANY.train(config, data)).model,
    )


def sentiment_recipe(config, data) -> Recipe:
    """many_to_one: ``torch.randint`` rows on ``generator(seed)``, ``data.batch``, cross-entropy."""
    import torch
    from torch import nn

    from lab_app.core.events import drain
    from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE
    from lab_app.core.seeding import generator

    def batches():
        draws = generator(config.seed)

        def loss_of(model):
            indices = torch.randint(0, len(data.train), (config.batch_size,), generator=draws)
            ids, lengths, targets = data.batch([data.train[int(i)] for i in indices])
            return nn.functional.cross_entropy(model(ids, lengths), targets)

        return loss_of

    return Recipe(
        lambda: MANY_TO_ONE.build_model(config, data),
        batches,
        lambda: drain(MANY_TO_ONE.train(config, data)).model,
    )


def bare_loop(recipe: Recipe, config, clip: bool = False, copy: bool = False):
    """Return a function training the recipe's model: Adam, loss, backward, step (and, for the
    ladder, the app's clipping and per-step ``loss.item()`` + ``state_copy``)."""
    import torch
    from torch import nn

    from lab_app.core.rnn.tasks.base import state_copy

    def run():
        model = recipe.build()
        optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
        loss_of = recipe.batches()
        for _ in range(config.max_steps):
            loss = loss_of(model)
            if copy:
                loss.item()
                state_copy(model)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            if clip:
                nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
        return model

    return run


def components(recipe: Recipe, config) -> dict:
    """CPU microseconds of one bare step and of each per-step extra of the app, each the best
    of several rounds (robust to other processes taking the cores)."""
    import torch
    from torch import nn

    from lab_app.core.rnn.tasks.base import state_copy

    model = recipe.build()
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    loss_of = recipe.batches()

    def step():
        loss = loss_of(model)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    step()  # gradients exist from here on: clipping has something to clip
    return {
        "bare_step_us": round(1e6 * best_cpu_time(step, 20), 1),
        "clip_grad_norm_us": round(
            1e6 * best_cpu_time(lambda: nn.utils.clip_grad_norm_(model.parameters(), 1.0)), 1
        ),
        "state_copy_us": round(1e6 * best_cpu_time(lambda: state_copy(model)), 1),
    }


def best_cpu_time(function, calls: int = 200, rounds: int = 7) -> float:
    """The least CPU seconds per call of ``function`` over ``rounds`` rounds of ``calls``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.thread_time()
        for _ in range(calls):
            function()
        best = min(best, (time.thread_time() - start) / calls)
    return best


def evaluation_costs(task: str, config, data) -> dict:
    """Count the app's held-out evaluations and snapshots in one run; time one of each alone."""
    from lab_app.core.events import collect
    from lab_app.core.rnn.tasks.base import HiddenSnapshot

    if task == "one_to_many":
        from lab_app.core.rnn.tasks.char_training import heldout_figures, hidden_snapshot
        from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY, _hidden_of

        events, trained = collect(ONE_TO_MANY.train(config, data))
        model = trained.model
        evaluate = lambda: heldout_figures(model, data)  # noqa: E731
        snapshot = lambda: hidden_snapshot(model, data, _hidden_of, 0)  # noqa: E731
    else:
        from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE, held_out_accuracy
        from lab_app.core.rnn.tasks.sentiment import probe_snapshot as sentiment_snapshot

        events, trained = collect(MANY_TO_ONE.train(config, data))
        model = trained.model
        evaluate = lambda: held_out_accuracy(model, data)  # noqa: E731
        snapshot = lambda: sentiment_snapshot(model, data, data.probe, 0)  # noqa: E731
    scored = sum(1 for m in trained.history if m.metric is not None)
    return {
        "heldout_evaluations": scored,
        "heldout_evaluation_us": round(1e6 * best_cpu_time(evaluate, 5), 1),
        "snapshots": sum(isinstance(e, HiddenSnapshot) for e in events),
        "snapshot_us": round(1e6 * best_cpu_time(snapshot, 5), 1),
        "events": len(events),
    }


def breakdown(recipe: Recipe, task: str, config, data) -> dict:
    """Each extra the app adds to the bare loop, timed alone (best CPU time), and the ratio
    they predict: bare step / (bare step + clipping + state copy + evaluations and snapshots
    spread over the steps)."""
    parts = components(recipe, config)
    counts = evaluation_costs(task, config, data)
    spread = (
        counts["heldout_evaluations"] * counts["heldout_evaluation_us"]
        + counts["snapshots"] * counts["snapshot_us"]
    ) / config.max_steps
    app_step = parts["bare_step_us"] + parts["clip_grad_norm_us"] + parts["state_copy_us"] + spread
    return {
        "components": {**parts, "evaluations_and_snapshots_us_per_step": round(spread, 1)},
        "evaluations": counts,
        "ratio_predicted_from_components": round(parts["bare_step_us"] / app_step, 3),
    }


def measure(task: str, steps: int, reps: int) -> dict:
    """Alternate the conditions ``reps`` times on ``task``; return the figures."""
    import torch

    from lab_app.core.rnn.tasks.base import TaskConfig
    from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY
    from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE

    config = TaskConfig(cell="lstm", max_steps=steps, seed=0)  # the tab's default sizes
    if task == "one_to_many":
        data = ONE_TO_MANY.prepare(seed=0)
        recipe = chars_recipe(config, data)
    else:
        data = MANY_TO_ONE.prepare(seed=0)
        recipe = sentiment_recipe(config, data)
    runners = {
        "bare": bare_loop(recipe, config),
        "app": recipe.app,
        "bare_clip": bare_loop(recipe, config, clip=True),
        "bare_clip_copy": bare_loop(recipe, config, clip=True, copy=True),
    }
    # Warm-up, unmeasured; it also checks that the bare loop does the app's training: with
    # clipping added it must end on exactly the app's weights.
    final = {condition: runners[condition]().state_dict() for condition in LADDER}
    same = all(torch.equal(final["app"][k], final["bare_clip"][k]) for k in final["app"])
    seconds: dict[str, list[float]] = {condition: [] for condition in LADDER}
    cpu: dict[str, list[float]] = {condition: [] for condition in LADDER}
    for rep in range(reps):
        for condition in LADDER if rep % 2 == 0 else LADDER[::-1]:
            start, start_cpu = time.perf_counter(), time.thread_time()
            runners[condition]()
            seconds[condition].append(time.perf_counter() - start)
            cpu[condition].append(time.thread_time() - start_cpu)
    sequences = steps * config.batch_size
    rate = {c: [sequences / s for s in seconds[c]] for c in LADDER}
    median = {c: statistics.median(rate[c]) for c in LADDER}
    ratios = [app / bare for app, bare in zip(rate["app"], rate["bare"], strict=True)]
    # CPU seconds of this thread (torch runs its kernels on it with one thread): the figure
    # that other processes competing for the cores disturb least.
    cpu_rate = {c: [sequences / s for s in cpu[c]] for c in LADDER}
    cpu_ratios = [app / bare for app, bare in zip(cpu_rate["app"], cpu_rate["bare"], strict=True)]
    ms = {c: 1000 * statistics.median(cpu[c]) / steps for c in LADDER}
    return {
        "task": task,
        "sequences_per_s_app": round(median["app"], 1),
        "sequences_per_s_bare": round(median["bare"], 1),
        "ratio": round(statistics.median(ratios), 3),
        "ratio_of_medians": round(median["app"] / median["bare"], 3),
        "ratio_cpu_time": round(statistics.median(cpu_ratios), 3),
        "bare_clip_ends_on_the_app_weights": same,
        "busy_fraction": round(sum(map(sum, cpu.values())) / sum(map(sum, seconds.values())), 3),
        "runs": {
            c: {
                "seconds": [round(s, 3) for s in seconds[c]],
                "cpu_seconds": [round(s, 3) for s in cpu[c]],
                "sequences_per_s": round(median[c], 1),
                "sequences_per_cpu_s": round(statistics.median(cpu_rate[c]), 1),
            }
            for c in LADDER
        },
        "ladder_cpu_ms_per_step": {
            "bare_step": round(ms["bare"], 3),
            "clip_grad_norm": round(ms["bare_clip"] - ms["bare"], 3),
            "item_and_state_copy": round(ms["bare_clip_copy"] - ms["bare_clip"], 3),
            "evaluations_snapshots_events": round(ms["app"] - ms["bare_clip_copy"], 3),
        },
        **breakdown(recipe, task, config, data),
        "config": {**config.__dict__, "torch_threads": torch.get_num_threads()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", choices=("one_to_many", "many_to_one", "both"), default="both")
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from lab_app import process

    process.configure()  # before torch is imported: OMP_NUM_THREADS, switch interval
    import torch

    torch.set_num_threads(process.torch_threads())
    tasks = ("one_to_many", "many_to_one") if args.task == "both" else (args.task,)
    results = [measure(task, args.steps, max(3, args.reps)) for task in tasks]
    print(json.dumps(results[0] if len(results) == 1 else {"tasks": results}, indent=1))


if __name__ == "__main__":
    main()
