"""The RNN tab's jobs: data then training in one generator, Stop that keeps the model, two
models trained in turns, and a trained model run on any input."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lab_app.core.events import collect
from lab_app.core.rnn.tasks.base import FINISH, HiddenSnapshot, TaskConfig, TaskMetrics
from lab_app.core.rnn.tasks.inputs import InputError, on_input
from lab_app.core.rnn.tasks.jobs import Tagged, TaskReady, memory_job, task_job

SMALL = TaskConfig(hidden_size=16, embedding_dim=8, batch_size=8, max_steps=12)


@pytest.mark.parametrize(
    "key",
    ["one_to_one", "one_to_many", "many_to_one", "many_to_many_aligned", "many_to_many_seq2seq"],
)
def test_task_job_says_its_parameter_count_first_and_returns_the_model(one_thread, key):
    events, run = collect(task_job(key, SMALL))
    ready = next(e for e in events if isinstance(e, TaskReady))
    assert events.index(ready) < min(i for i, e in enumerate(events) if isinstance(e, TaskMetrics))
    counted = sum(p.numel() for p in run.trained.model.parameters())
    assert ready.parameters == counted
    assert len(run.trained.history) == SMALL.max_steps


def test_finish_ends_the_run_early_with_a_usable_model(one_thread):
    job = task_job("many_to_one", TaskConfig(hidden_size=16, embedding_dim=8, max_steps=100_000))
    next(job)
    metrics_seen = 0
    try:
        while True:
            event = job.send(FINISH if metrics_seen >= 3 else None)
            metrics_seen += isinstance(event, TaskMetrics)
    except StopIteration as stop:
        run = stop.value
    assert 3 <= len(run.trained.history) < 100_000
    snapshot, _ = on_input(run.trained, "una película muy buena")
    assert snapshot.hidden.shape == (4, 16)


def test_memory_job_trains_both_networks_in_turns_with_their_own_grad_mode(one_thread):
    events, run = collect(memory_job(TaskConfig(hidden_size=16, embedding_dim=8, max_steps=40)))
    tagged = [e for e in events if isinstance(e, Tagged)]
    order = [e.model for e in tagged if isinstance(e.event, TaskMetrics)]
    assert set(order) == {"one_to_one", "one_to_many"}
    # In turns: neither network's reports all come before the other's.
    assert order.index("one_to_many") < len(order) - order[::-1].index("one_to_one") - 1
    assert len(run.trained.history) == len(run.extra["one_to_one"].history) == 40
    assert torch.is_grad_enabled()


def test_memory_job_held_out_figures_are_on_the_same_windows(one_thread):
    from lab_app.core.rnn.tasks import TASKS

    _, run = collect(memory_job(TaskConfig(hidden_size=16, embedding_dim=8, max_steps=20)))
    figures = run.figures  # computed by the job, on its thread
    alone = TASKS["one_to_one"].evaluate(run.extra["one_to_one"], run.data)
    assert figures["one_to_one_accuracy"] == pytest.approx(alone["value"])


def test_on_input_any_length_same_weights_and_a_warning_past_training_length(one_thread):
    _, run = collect(task_job("many_to_many_aligned", SMALL))
    short, note = on_input(run.trained, "el perro", longest=5)
    long, warning = on_input(run.trained, " ".join(["el perro come"] * 4), longest=5)
    assert isinstance(short, HiddenSnapshot) and short.hidden.shape[0] == 2
    assert long.hidden.shape[0] == 12 and len(long.outputs) == 12
    assert note.level == "info" and warning.level == "warning"
    # The first steps of a longer input equal the short input's: one recurrence, step by step.
    assert np.allclose(long.hidden[:2], short.hidden, atol=1e-6)
    with pytest.raises(InputError):
        on_input(run.trained, "   ")
