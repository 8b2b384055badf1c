"""The long-memory task: remember the first symbol across G distractors, then answer.

A sequence is ``[symbol, d_1, …, d_G, query]``: the symbol is one of ``n_symbols`` classes, the
d's are random distractor tokens, and the target at the query is the first symbol. Guessing
gives 1 / n_symbols. A plain RNN must carry the symbol through G squashing steps and its
gradient vanishes; an LSTM can hold it in C_t with f_t ≈ 1 (LECTURE.md §2), a GRU in h_t with
its update gate z_t ≈ 1.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from numbers import Integral

import torch
from torch import nn

from lab_app.core.budget import (
    RecurrentShape,
    check_fits,
    check_step,
    forward_seconds,
    step_seconds,
    training_bytes,
    with_batch,
)
from lab_app.core.events import Heartbeat, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer
from lab_app.core.rnn.models import GateInit, RecurrentClassifier, check_cell
from lab_app.core.seeding import generator, seeded

N_DISTRACTORS = 8
# Limits of the sweep's settings. At G = 1000 one training step (batch 32, d_h 32) takes
# 0.066 s for the RNN and for the LSTM (estimated 0.066 and 0.074): Stop stays prompt, and a
# lesson shows the RNN failing from G ≈ 20 on.
MAX_GAP = 1000
MAX_STEPS = 100_000
# Held-out sequences scored per forward pass: short passes, each a cancel point.
EVAL_CHUNK = 128
SWEEP = QT_TRANSLATE_NOOP("core", "Memory sweep")
SMALLER_TASK = QT_TRANSLATE_NOOP("core", "Use fewer units d_h or a shorter gap G.")


@dataclass(frozen=True)
class MemoryResult:
    """Held-out accuracy of one cell at one gap, with the chance level 1 / n_symbols."""

    cell: str
    gap: int
    accuracy: float
    chance: float


def memory_vocab_size(n_symbols: int, n_distractors: int = N_DISTRACTORS) -> int:
    """Number of token ids: symbols, then distractors, then the query token."""
    return n_symbols + n_distractors + 1


def long_memory_batch(
    gap: int,
    batch: int,
    n_symbols: int,
    generator: torch.Generator,
    n_distractors: int = N_DISTRACTORS,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (ids (batch, gap + 2), targets (batch,)) for the long-memory task.

    Ids 0..n_symbols−1 are the symbols, the next ``n_distractors`` ids the distractors and the
    last id the query. Any thread may call it.
    """
    if gap < 0 or batch < 1 or n_symbols < 2 or n_distractors < 1:
        text = QT_TRANSLATE_NOOP(
            "core",
            "need gap >= 0, batch >= 1, n_symbols >= 2, n_distractors >= 1; got gap={gap}, "
            "batch={batch}, n_symbols={n_symbols}, n_distractors={n_distractors}",
        )
        raise ValueError(
            say(text, gap=gap, batch=batch, n_symbols=n_symbols, n_distractors=n_distractors)
        )
    symbols = torch.randint(0, n_symbols, (batch,), generator=generator)
    distractors = torch.randint(
        n_symbols, n_symbols + n_distractors, (batch, gap), generator=generator
    )
    query = torch.full((batch, 1), n_symbols + n_distractors)
    return torch.cat([symbols[:, None], distractors, query], dim=1), symbols


def make_memory_model(
    cell: str,
    n_symbols: int,
    hidden_size: int,
    seed: int,
    gap: int,
    embedding_dim: int = 16,
    gate_init: str = "chrono",
) -> RecurrentClassifier:
    """Return a fresh classifier for the long-memory task, its weights drawn from ``seed``.

    ``gate_init`` (see ``GateInit``) sets the keep gate of a GRU (b_z) or an LSTM (b_f):
    "chrono" with spans up to the sequence length gap + 2, "bias_1" or "torch"; a plain RNN
    has no gate to set. The same seed gives the same embedding and head for every cell, and
    the same weights whatever the thread and whatever ``gate_init`` (apart from the biases it
    sets). Raises ValueError for an unknown cell or ``gate_init``.
    """
    gates = GateInit(gate_init, span=gap + 2, seed=seed)
    with seeded(seed):
        return RecurrentClassifier(
            cell, memory_vocab_size(n_symbols), n_symbols, embedding_dim, hidden_size, gates
        )


def memory_shape(
    cell: str, gap: int, batch: int, hidden_size: int, n_symbols: int, embedding_dim: int = 16
) -> RecurrentShape:
    """Return the shape of one long-memory training batch, for the budget estimates."""
    vocab = memory_vocab_size(n_symbols)
    return RecurrentShape(cell, batch, gap + 2, hidden_size, embedding_dim, vocab, n_symbols, 1)


def train_step(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    ids: torch.Tensor,
    targets: torch.Tensor,
    clip: float = 1.0,
) -> float:
    """One Adam step on a classification batch (fused forward); return the loss."""
    loss = nn.functional.cross_entropy(model(ids), targets)
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    if clip > 0:
        nn.utils.clip_grad_norm_(model.parameters(), clip)
    optimizer.step()
    return loss.item()


def accuracy(model: nn.Module, ids: torch.Tensor, targets: torch.Tensor) -> float:
    """Share of sequences whose predicted class is the target (scored in chunks)."""
    return drain(_iter_accuracy(model, ids, targets, Pacer(HEARTBEAT_SECONDS)))


def _iter_accuracy(
    model: nn.Module, ids: torch.Tensor, targets: torch.Tensor, beat: Pacer
) -> Generator[Heartbeat, None, float]:
    """``accuracy``, with a cancel point between chunks (a long gap makes each pass slow)."""
    correct = 0
    for start in range(0, len(ids), EVAL_CHUNK):
        correct += _correct(
            model, ids[start : start + EVAL_CHUNK], targets[start : start + EVAL_CHUNK]
        )
        yield from beat.beat()
    return correct / len(ids)


def _correct(model: nn.Module, ids: torch.Tensor, targets: torch.Tensor) -> int:
    with torch.no_grad():
        return int((model(ids).argmax(dim=1) == targets).sum())


def long_memory_sweep(
    gaps: Sequence[int],
    cells: Sequence[str] = ("rnn", "lstm"),
    steps_per_gap: int = 300,
    seed: int = 0,
    hidden_size: int = 32,
    *,
    n_symbols: int = 4,
    batch_size: int = 32,
    learning_rate: float = 0.01,
    eval_size: int = 512,
    gate_init: str = "chrono",
) -> Generator[MemoryResult | Progress | Heartbeat, None, list[MemoryResult]]:
    """Train each cell at each gap for ``steps_per_gap`` steps; measure held-out accuracy.

    For every (gap, cell) the model starts from the same seed (same embedding and head) and
    sees the same batches, and ``gate_init`` applies to every gated cell (see
    ``make_memory_model``), so the cells differ only in their recurrence. Yields ``Progress``
    (in steps, paced), a Heartbeat while scoring, and a ``MemoryResult`` as each (cell, gap)
    finishes; returns all results in that order. Raises ValueError for gaps outside 0..MAX_GAP
    or steps outside 1..MAX_STEPS, and TooLarge when a step would be too slow (a GRU at
    G ≥ 999 with d_h 32) or the run too big for the free memory, before training. Runs on a
    worker thread.
    """
    _check_sweep(gaps, cells, steps_per_gap)
    GateInit(gate_init)  # refuse an unknown kind before any training
    shapes = [memory_shape(c, max(gaps), batch_size, hidden_size, n_symbols) for c in cells]
    _check_budget(shapes, eval_size)
    total = len(gaps) * len(cells) * steps_per_gap
    done, pace, beat, results = 0, Pacer(0.05), Pacer(HEARTBEAT_SECONDS), []
    for gap in gaps:
        test_ids, test_targets = long_memory_batch(
            gap, eval_size, n_symbols, generator(seed + 1_000_003)
        )
        for cell in cells:
            model = make_memory_model(cell, n_symbols, hidden_size, seed, gap, gate_init=gate_init)
            optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
            batches = generator(seed)
            for _ in range(steps_per_gap):
                train_step(
                    model, optimizer, *long_memory_batch(gap, batch_size, n_symbols, batches)
                )
                done += 1
                if pace.due():
                    yield Progress(done=done, total=total, unit="steps", message=f"{cell}, G={gap}")
            score = yield from _iter_accuracy(model, test_ids, test_targets, beat)
            result = MemoryResult(cell, gap, score, 1 / n_symbols)
            results.append(result)
            yield result
    yield Progress(done=total, total=total, unit="steps")
    return results


def _check_sweep(gaps: Sequence[int], cells: Sequence[str], steps_per_gap: int) -> None:
    for cell in cells:
        check_cell(cell)
    if not gaps or not all(_whole(gap, 0, MAX_GAP) for gap in gaps):
        text = QT_TRANSLATE_NOOP("core", "give at least one gap, each between 0 and {most}")
        raise ValueError(say(text, most=MAX_GAP))
    if not _whole(steps_per_gap, 1, MAX_STEPS):
        text = QT_TRANSLATE_NOOP("core", "steps per gap must be between 1 and {most}; got {value}")
        raise ValueError(say(text, most=MAX_STEPS, value=repr(steps_per_gap)))


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool) and low <= value <= high


def _check_budget(shapes: list[RecurrentShape], eval_size: int) -> None:
    """Refuse a sweep whose step is too slow or which would not fit in memory."""
    what, advice = say(SWEEP), say(SMALLER_TASK)
    check_step(max(step_seconds(s) for s in shapes), what, advice)
    check_step(max(forward_seconds(with_batch(s, EVAL_CHUNK)) for s in shapes), what, advice)
    # The held-out ids (int64), and the fused forward's h_t for every step of one chunk.
    held_out = max(8 * eval_size * s.time_steps + 8 * EVAL_CHUNK * s.time_steps * s.hidden
                   for s in shapes)  # fmt: skip
    check_fits(max(training_bytes(s) for s in shapes) + held_out, what, advice)
