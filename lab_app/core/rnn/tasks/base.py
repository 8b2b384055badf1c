"""What every RNN-tab task shares: settings, events, the trained result, and the protocol.

One task per architecture of the lecture (§1): a ``Task`` has ``key`` (one_to_one,
one_to_many, many_to_one, many_to_many_aligned, many_to_many_seq2seq), ``prepare(source,
seed)`` returning its ``TaskData`` (train / held-out splits, vocabularies), ``train(config,
data)`` a generator for a worker thread that yields ``Progress``, ``TaskMetrics`` and
``HiddenSnapshot`` events and returns a ``TrainedTask``, and ``evaluate(model, data) -> dict``
with the task's metric and its baseline (the numbers a student compares).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

# The tasks' training loops end early on FINISH (Stop keeps the model).
from lab_app.core.events import FINISH as FINISH
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

CELLS = ("rnn", "gru", "lstm")


@dataclass(frozen=True)
class TaskConfig:
    """Settings shared by the tasks (a task may ignore some): the cell, sizes, the budget."""

    cell: str = "lstm"
    hidden_size: int = 64
    embedding_dim: int = 32
    batch_size: int = 32
    learning_rate: float = 0.005
    max_steps: int = 300
    seed: int = 0


@dataclass(frozen=True)
class TaskMetrics:
    """At one step: the training loss, and (every few steps) the held-out metric and baseline."""

    step: int
    loss: float
    metric: float | None = None
    baseline: float | None = None
    metric_name: str = ""


@dataclass(frozen=True)
class HiddenSnapshot:
    """Hidden state h_t on the task's fixed probe input: ``hidden`` (time × units, numpy copy),
    ``tokens`` (the probe's tokens, one per time step), and outputs as the task defines them."""

    step: int
    tokens: tuple[str, ...]
    hidden: np.ndarray
    outputs: tuple[str, ...] = ()
    attention: np.ndarray | None = None  # seq2seq: decoder steps × encoder steps


@dataclass
class TrainedTask:
    """A trained model with what is needed to use and evaluate it."""

    key: str
    model: Any
    config: TaskConfig
    vocab: Any
    history: list[TaskMetrics] = field(default_factory=list)


class Task(Protocol):
    key: str

    def prepare(self, source: Any = None, seed: int = 0) -> Any: ...

    def train(self, config: TaskConfig, data: Any): ...

    def evaluate(self, model: Any, data: Any) -> dict: ...


class TaskDiverged(Exception):
    """The loss became NaN/inf or exploded at ``step``. ``last_good`` is a TrainedTask with the
    last weights that gave a finite loss, those of step ``good_step`` (default ``step - 1``).
    ``text`` is the translatable sentence; ``str`` the English one."""

    def __init__(
        self, step: int, loss: float, last_good: TrainedTask, good_step: int | None = None
    ):
        self.step, self.loss, self.last_good = step, loss, last_good
        good = step - 1 if good_step is None else good_step
        text = say(
            QT_TRANSLATE_NOOP(
                "core",
                "Training diverged at step {step}: loss = {loss}. Try a lower learning rate. "
                "The weights from step {good} are kept.",
            ),
            step=step,
            loss=loss,
            good=good,
        )
        super().__init__(text)  # a family's base class may keep it too (its own ``text``)
        self.text = text

    def __str__(self) -> str:
        return str(self.text)


def state_copy(model: Any) -> dict[str, Any]:
    """A detached copy of a torch model's weights (the last good ones, for ``TaskDiverged``)."""
    return {name: value.detach().clone() for name, value in model.state_dict().items()}
