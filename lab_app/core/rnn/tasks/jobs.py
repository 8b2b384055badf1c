"""The RNN tab's jobs: prepare a task's data and train it, as one generator for a worker.

A page starts ``task_job`` (one task) or ``memory_job`` (the one-to-one network beside the
recurrent one on the same characters, for "memory helps"). Both pass on a ``FINISH`` sent by
the page (``JobRunner.send``) until the training loop takes it, so that Stop keeps the model
trained so far.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field, replace
from typing import Any

from lab_app.core.events import Progress
from lab_app.core.rnn.tasks.base import FINISH, TaskConfig, TrainedTask


@dataclass(frozen=True)
class TaskReady:
    """The data is ready: what the page shows before the first step.

    ``parameters``: the model's parameter count (it does not depend on the input's length);
    ``probe``: the tokens whose h_t the snapshots show; ``sizes``: training and held-out counts;
    ``labels``: the classes or tags a model chooses from (empty for the character tasks).
    """

    key: str
    parameters: int
    probe: tuple[str, ...]
    sizes: tuple[int, int]
    labels: tuple[str, ...] = ()
    longest: int = 0  # the longest training input, in tokens (0: fixed-length windows)


@dataclass(frozen=True)
class Tagged:
    """An event of one of several models trained side by side (``model``: its key)."""

    model: str
    event: Any


@dataclass
class TaskRun:
    """A finished (or finished early) run: the trained model and the data it was trained on."""

    trained: TrainedTask
    data: Any
    extra: dict[str, TrainedTask] = field(default_factory=dict)
    figures: dict = field(default_factory=dict)  # the task's ``evaluate`` on held-out data


def build_model(key: str, config: TaskConfig, data: Any):
    """Return a fresh model of task ``key`` for ``data``, as its ``train`` builds it."""
    from lab_app.core.rnn.tasks import seq2seq
    from lab_app.core.rnn.tasks.one_to_many import build_one_to_many
    from lab_app.core.rnn.tasks.one_to_one import build_one_to_one
    from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE
    from lab_app.core.rnn.tasks.tagging import MANY_TO_MANY_ALIGNED

    if key == "one_to_one":
        return build_one_to_one(config, data.vocab_size)
    if key == "one_to_many":
        return build_one_to_many(config, data.vocab_size)
    if key == "many_to_one":
        return MANY_TO_ONE.build_model(config, data)
    if key == "many_to_many_aligned":
        return MANY_TO_MANY_ALIGNED.build_model(config, data)
    return seq2seq.build_model(config, data.vocab, seq2seq.SEQ2SEQ.attention)


def parameter_count(model) -> int:
    """The number of trainable weights of a torch module."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def ready_event(key: str, config: TaskConfig, data: Any) -> TaskReady:
    """What the page shows once ``data`` is prepared (any thread; builds one small model)."""
    parameters = parameter_count(build_model(key, config, data))
    if key in ("one_to_one", "one_to_many"):
        probe = tuple(data.probe)
        sizes = (len(data.train_ids), len(data.heldout_ids))
        return TaskReady(key, parameters, probe, sizes, longest=data.seq_len)
    if key == "many_to_many_seq2seq":
        longest = max(len(tokens) for tokens in data.train.tokens)
        sizes = (len(data.train), len(data.held_out))
        return TaskReady(key, parameters, tuple(data.probe), sizes, longest=longest)
    labels = tuple(getattr(data, "classes", ()) or getattr(data, "tags", ()))
    longest = max(len(data.sentences[i]) for i in data.train)
    sizes = (len(data.train), len(data.held_out))
    return TaskReady(key, parameters, tuple(data.probe), sizes, labels, longest)


def finishable(job: Generator) -> Generator:
    """Run ``job``, passing it ``FINISH`` at every step once the page sent it (the training
    loop takes it at its next report); return what ``job`` returns."""
    finishing = False
    try:
        event = next(job)
        while True:
            finishing = finishing or (yield event) == FINISH
            event = job.send(FINISH if finishing else None)
    except StopIteration as stop:
        return stop.value
    finally:
        job.close()


def task_job(key: str, config: TaskConfig, source: Any = None) -> Generator[Any, Any, TaskRun]:
    """Prepare task ``key``'s data from ``source`` (None: its built-in data; split by
    ``config.seed``) and train it; yields a ``TaskReady`` first, then the task's events.
    Worker thread."""
    from lab_app.core.rnn.tasks import TASKS

    task = TASKS[key]
    yield Progress(0)
    data = task.prepare(source, seed=config.seed)
    yield ready_event(key, config, data)
    trained = yield from finishable(task.train(config, data))
    yield Progress(config.max_steps, config.max_steps, "steps")
    # Here, not in the page: a held-out pass over a large corpus would stall the window.
    return TaskRun(trained, data, figures=task.evaluate(trained, data))


def memory_job(config: TaskConfig, source: Any = None) -> Generator[Any, Any, TaskRun]:
    """Train the one-to-one network (no memory) and the recurrent one (``config.cell``) on the
    same characters, split, seed and budget, one step of each in turn: both loss curves grow
    together. Events come ``Tagged`` with "one_to_one" or "one_to_many". Worker thread."""
    import torch

    from lab_app.core.rnn.tasks import TASKS

    yield Progress(0)
    data = TASKS["one_to_one"].prepare(source, seed=config.seed)
    for key in ("one_to_one", "one_to_many"):
        yield Tagged(key, ready_event(key, config, data))
    jobs = {
        key: finishable(TASKS[key].train(config, data)) for key in ("one_to_one", "one_to_many")
    }
    results: dict[str, TrainedTask] = {}
    sent: dict[str, Any] = dict.fromkeys(jobs)
    # Grad mode is per thread, and a job may yield inside ``torch.no_grad()`` (its held-out
    # evaluation): each job gets back the mode it had when it yielded.
    grad_modes = dict.fromkeys(jobs, True)
    finishing = False
    try:
        while len(results) < len(jobs):
            for key in [k for k in jobs if k not in results]:
                torch.set_grad_enabled(grad_modes[key])
                try:
                    event = jobs[key].send(sent[key])
                except StopIteration as stop:
                    results[key] = stop.value
                    continue
                finally:
                    grad_modes[key] = torch.is_grad_enabled()
                    torch.set_grad_enabled(True)
                finishing = finishing or (yield Tagged(key, event)) == FINISH
                sent[key] = FINISH if finishing else None
    finally:
        for job in jobs.values():
            job.close()  # on this (worker) thread, also when the page stops the run
    figures = TASKS["one_to_many"].evaluate(results["one_to_many"], data, results["one_to_one"])
    return TaskRun(results["one_to_many"], data, {"one_to_one": results["one_to_one"]}, figures)


def with_steps(config: TaskConfig, steps: int) -> TaskConfig:
    """``config`` with another step budget (a demo's)."""
    return replace(config, max_steps=steps)
