"""The training loop and the held-out figures shared by the two character tasks.

One loop for both, so the one-to-one network (no memory) and the recurrent one (h_t) see the
same batches in the same order for one seed and are scored on the same held-out windows: their
``CharMetrics.heldout_loss`` curves (nats/char) can be drawn on one plot.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from lab_app.core.events import Heartbeat, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer
from lab_app.core.rnn.tasks.base import (
    FINISH,
    HiddenSnapshot,
    TaskConfig,
    TaskMetrics,
    TrainedTask,
    state_copy,
)
from lab_app.core.rnn.tasks.char_data import (
    CharData,
    CharTaskError,
    CharTrainingDiverged,
    baseline_figures,
    train_windows,
)

EVENT_SECONDS = 0.05
HELDOUT_SECONDS = 0.5
SNAPSHOT_SECONDS = 0.5
# A loss this many times the uniform guess log(V) means the weights blew up even if finite.
EXPLODED_FACTOR = 10.0
# Held-out windows scored per forward pass: each pass is short, and a cancel point.
EVAL_CHUNK = 64
METRIC_NAME = "heldout_accuracy"
BASELINE_NAME = "most frequent character"
BASELINE_LOSS_NAME = "unigram"

# hidden_of(model, ids (1, T)) -> the hidden layer / state at each step, (T, d_h) tensor.
HiddenOf = Callable[[nn.Module, torch.Tensor], torch.Tensor]


@dataclass(frozen=True)
class CharMetrics(TaskMetrics):
    """A ``TaskMetrics`` (metric: held-out next-char accuracy, baseline: always the most
    frequent character) with the held-out cross-entropy in nats/char (``heldout_loss``) and
    the unigram model's (``baseline_loss``), set where ``metric`` is set."""

    heldout_loss: float | None = None
    baseline_loss: float | None = None


def parameter_count(trained: TrainedTask | nn.Module) -> int:
    """Return the number of trainable weights: fixed by V, d_x and d_h, not by text length."""
    model = trained.model if isinstance(trained, TrainedTask) else trained
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def check_config(config: TaskConfig) -> None:
    """Raise CharTaskError (translatable) for settings no run can use."""
    sizes = (config.hidden_size, config.embedding_dim, config.batch_size, config.max_steps)
    if min(sizes) < 1 or not config.learning_rate > 0:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Sizes, batch and steps must be at least 1 and the learning rate above 0; got "
            "d_h={hidden}, d_x={embedding}, batch={batch}, steps={steps}, rate={rate}.",
        )
        raise CharTaskError(
            say(
                text,
                hidden=config.hidden_size,
                embedding=config.embedding_dim,
                batch=config.batch_size,
                steps=config.max_steps,
                rate=config.learning_rate,
            )
        )


def train_next_char(
    key: str, model: nn.Module, config: TaskConfig, data: CharData, hidden_of: HiddenOf
) -> Generator[CharMetrics | Progress | HiddenSnapshot | Heartbeat, None, TrainedTask]:
    """Train ``model`` (ids (B, T) → logits (B, T, V)) to predict the next character.

    Yields, at most every 0.05 s, ``CharMetrics`` (mean training loss since the last one; the
    held-out figures about every 0.5 s) and ``Progress``; a ``HiddenSnapshot`` of the probe at
    step 0 and about every 0.5 s; the last step yields all three. Returns a TrainedTask whose
    ``history`` has one CharMetrics per step (its own loss; held-out figures where measured).
    Raises CharTrainingDiverged when the loss is NaN/inf or above 10·log V; its ``last_good``
    holds the last weights that gave a finite loss (those before the previous update). Worker thread; events hold numpy copies and Python numbers.
    """
    check_config(config)
    batches = np.random.default_rng(config.seed)
    baseline = baseline_figures(data)
    exploded = EXPLODED_FACTOR * math.log(data.vocab_size)
    event_pace, heldout_pace = Pacer(EVENT_SECONDS), Pacer(HELDOUT_SECONDS)
    snapshot_pace, beat = Pacer(SNAPSHOT_SECONDS), Pacer(HEARTBEAT_SECONDS)
    history: list[TaskMetrics] = []
    recent: list[float] = []
    good_state, good_steps = state_copy(model), 0
    snapshot_pace.due()
    yield hidden_snapshot(model, data, hidden_of, 0)
    # The first Adam of a process imports torch's compiler stack (about 1 s, no cancel point
    # inside): the step-0 snapshot goes out first so the page has something to show.
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    for step in range(1, config.max_steps + 1):
        inputs, targets = train_windows(data, config.batch_size, batches)
        loss = batch_loss(model, torch.from_numpy(inputs), torch.from_numpy(targets))
        value = loss.item()
        if not math.isfinite(value) or value > exploded:
            # The current weights may already hold inf/NaN (the last update blew them up):
            # go back to the last weights that gave a finite loss.
            model.load_state_dict(good_state)
            raise _diverged(key, model, config, data, history[:good_steps], step, value)
        good_state, good_steps = state_copy(model), step - 1
        _update(model, optimizer, loss)
        recent.append(value)
        last = step == config.max_steps
        if not (event_pace.due() or last):
            history.append(CharMetrics(step=step, loss=value))
            continue
        figures = {}
        if heldout_pace.due() or last:
            figures = yield from iter_heldout_figures(model, data, beat)
        event = _metrics(step, float(np.mean(recent)), figures, baseline)
        history.append(_metrics(step, value, figures, baseline))
        recent.clear()
        finish = (yield event) == FINISH
        yield Progress(done=step, total=config.max_steps, unit="steps")
        if snapshot_pace.due() or last or finish:
            yield hidden_snapshot(model, data, hidden_of, step)
        if finish:
            break
    return TrainedTask(key, model, config, data.vocab, history)


def _metrics(step: int, loss: float, figures: dict, baseline: dict) -> CharMetrics:
    if not figures:
        return CharMetrics(step=step, loss=loss)
    return CharMetrics(
        step=step,
        loss=loss,
        metric=figures["accuracy"],
        baseline=baseline["accuracy"],
        metric_name=METRIC_NAME,
        heldout_loss=figures["cross_entropy"],
        baseline_loss=baseline["cross_entropy"],
    )


def batch_loss(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy (nats/char) of the next-character predictions over a batch."""
    logits = model(inputs)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))


def _update(model: nn.Module, optimizer: torch.optim.Optimizer, loss: torch.Tensor) -> None:
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    # Clipping keeps a plain tanh RNN's rare gradient spikes from wrecking a short run.
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()


def _diverged(
    key: str,
    model: nn.Module,
    config: TaskConfig,
    data: CharData,
    history: list[TaskMetrics],
    step: int,
    loss: float,
) -> CharTrainingDiverged:
    last_good = TrainedTask(key, model, config, data.vocab, list(history))
    return CharTrainingDiverged(step, loss, last_good, good_step=len(history))


def heldout_figures(model: nn.Module, data: CharData) -> dict[str, float]:
    """Return {"accuracy", "cross_entropy" (nats/char)} of ``model`` on the held-out windows.
    Any thread that owns the model (it must not be training meanwhile)."""
    return drain(iter_heldout_figures(model, data, Pacer(HEARTBEAT_SECONDS)))


def iter_heldout_figures(
    model: nn.Module, data: CharData, beat: Pacer
) -> Generator[Heartbeat, None, dict[str, float]]:
    """``heldout_figures`` with a cancel point between chunks of windows (a big corpus)."""
    total_loss, correct = 0.0, 0
    count = data.heldout_targets.size
    with torch.no_grad():
        for start in range(0, len(data.heldout_inputs), EVAL_CHUNK):
            inputs = torch.from_numpy(data.heldout_inputs[start : start + EVAL_CHUNK])
            targets = torch.from_numpy(data.heldout_targets[start : start + EVAL_CHUNK])
            logits = model(inputs).reshape(-1, data.vocab_size)
            flat = targets.reshape(-1)
            total_loss += nn.functional.cross_entropy(logits, flat, reduction="sum").item()
            correct += int((logits.argmax(dim=1) == flat).sum())
            yield from beat.beat()
    return {"accuracy": correct / count, "cross_entropy": total_loss / count}


def hidden_snapshot(
    model: nn.Module, data: CharData, hidden_of: HiddenOf, step: int
) -> HiddenSnapshot:
    """Return the hidden layer (or state h_t) on the probe, with the predicted next characters."""
    ids = torch.from_numpy(data.probe_ids)[None, :]
    with torch.no_grad():
        hidden = hidden_of(model, ids).detach().cpu().numpy().copy()
        predicted = model(ids)[0].argmax(dim=1).tolist()
    return HiddenSnapshot(
        step=step,
        tokens=tuple(data.probe),
        hidden=hidden,
        outputs=tuple(data.vocab.decode([i]) for i in predicted),
    )


def evaluation(model: nn.Module, data: CharData) -> dict[str, Any]:
    """Return the task's figures: held-out accuracy ("value") and cross-entropy, and both
    baselines (most frequent character; unigram cross-entropy)."""
    figures = heldout_figures(model, data)
    baseline = baseline_figures(data)
    return {
        "metric": METRIC_NAME,
        "value": figures["accuracy"],
        "baseline": baseline["accuracy"],
        "baseline_name": BASELINE_NAME,
        "cross_entropy": figures["cross_entropy"],
        "baseline_cross_entropy": baseline["cross_entropy"],
        "baseline_cross_entropy_name": BASELINE_LOSS_NAME,
    }


def model_of(trained_or_model: TrainedTask | nn.Module) -> nn.Module:
    """Return the torch model of a TrainedTask, or the model itself."""
    return trained_or_model.model if isinstance(trained_or_model, TrainedTask) else trained_or_model
