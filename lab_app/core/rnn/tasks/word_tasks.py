"""What the word-level tasks (many to one, many to many aligned) share: vocabulary, padding,
the held-out split, errors, and the paced training loop.

Index 0 of a vocabulary is ``<pad>`` and 1 is ``<unk>``; words seen fewer than ``min_count``
times in training map to ``<unk>``, so the model learns what to do with a word it never saw.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Generator, Sequence

import numpy as np
import torch
from torch import nn

from lab_app.core.events import Progress
from lab_app.core.messages import Text
from lab_app.core.pacing import Pacer
from lab_app.core.rnn.tasks.base import (
    FINISH,
    HiddenSnapshot,
    TaskConfig,
    TaskMetrics,
    TrainedTask,
    state_copy,
)
from lab_app.core.rnn.tasks.base import TaskDiverged as TrainingDiverged
from lab_app.core.seeding import generator

PAD, UNK = "<pad>", "<unk>"
EVENT_SECONDS = 0.05  # a TaskMetrics with the training loss
SCORE_SECONDS = 0.5  # held-out metric, baseline and a HiddenSnapshot


class TaskDataError(ValueError):
    """The data cannot make this task (no labels, one class only, too few examples, ...).

    ``text`` is the translatable sentence; ``str(error)`` its English form."""

    def __init__(self, text: Text):
        super().__init__(text)
        self.text = text


def build_vocab(sequences: Sequence[Sequence[str]], min_count: int = 1) -> tuple[str, ...]:
    """Return (<pad>, <unk>, words seen at least ``min_count`` times, most frequent first)."""
    counts = Counter(word for sequence in sequences for word in sequence)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return (PAD, UNK, *(word for word, count in ranked if count >= min_count))


def encode(words: Sequence[str], index: dict[str, int]) -> list[int]:
    """Return the ids of ``words`` (1, ``<unk>``, for a word not in ``index``)."""
    return [index.get(word, 1) for word in words]


def pad(sequences: Sequence[Sequence[int]], value: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (ids (batch, longest) right-padded with ``value``, lengths (batch,))."""
    lengths = torch.tensor([len(s) for s in sequences], dtype=torch.long)
    ids = torch.full((len(sequences), int(lengths.max())), value, dtype=torch.long)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence)] = torch.tensor(sequence, dtype=torch.long)
    return ids, lengths


def split_held_out(
    strata: Sequence[object], seed: int, fraction: float = 0.2
) -> tuple[list[int], list[int]]:
    """Return (training indices, held-out indices): ``fraction`` of each stratum held out,
    chosen by ``seed`` alone (pass one stratum for all to split without stratifying)."""
    rng = np.random.default_rng(seed)
    train, held_out = [], []
    for value in dict.fromkeys(strata):
        members = [i for i, s in enumerate(strata) if s == value]
        members = [members[i] for i in rng.permutation(len(members))]
        cut = max(1, round(fraction * len(members))) if len(members) > 1 else 0
        held_out += members[:cut]
        train += members[cut:]
    return sorted(train), sorted(held_out)


def run_training(
    key: str,
    model: nn.Module,
    config: TaskConfig,
    vocab: object,
    n_train: int,
    batch_loss: Callable[[torch.Tensor], torch.Tensor],
    score: Callable[[nn.Module], tuple[float, float, str]],
    snapshot: Callable[[nn.Module, int], HiddenSnapshot],
) -> Generator[Progress | TaskMetrics | HiddenSnapshot, None, TrainedTask]:
    """Train ``model`` with Adam for ``config.max_steps`` steps; return a TrainedTask.

    Each step draws ``config.batch_size`` training indices (of ``n_train``) from a generator
    seeded by ``config.seed`` and calls ``batch_loss(indices)``. Yields, paced: TaskMetrics
    with the step's loss (every ~0.05 s), adding ``score(model)`` = (held-out metric, baseline,
    metric name) with a Progress and ``snapshot(model, step)`` every ~0.5 s and at the first and
    last steps. Raises TrainingDiverged on a NaN/inf loss. Worker thread.
    """
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    draws = generator(config.seed)
    event_pace, score_pace = Pacer(EVENT_SECONDS), Pacer(SCORE_SECONDS)
    history: list[TaskMetrics] = []
    yield snapshot(model, 0)
    good = state_copy(model)
    for step in range(1, config.max_steps + 1):
        indices = torch.randint(0, n_train, (config.batch_size,), generator=draws)
        loss = batch_loss(indices)
        value = loss.item()
        if not math.isfinite(value):
            model.load_state_dict(good)  # the weights of step - 1, which gave a finite loss
            raise TrainingDiverged(step, value, TrainedTask(key, model, config, vocab, history))
        good = state_copy(model)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        last = step == config.max_steps
        tick = event_pace.due() or last
        scored = tick and (score_pace.due() or last)
        metrics = TaskMetrics(step, value)
        if scored:
            metric, baseline, name = score(model)
            metrics = TaskMetrics(step, value, metric, baseline, name)
        history.append(metrics)
        finish = tick and (yield metrics) == FINISH
        if scored or finish:
            yield Progress(done=step, total=config.max_steps, unit="steps")
            yield snapshot(model, step)
        if finish:
            break
    return TrainedTask(key, model, config, vocab, history)
