"""The long-memory task: remember the first symbol across G distractors, then answer.

A sequence is ``[symbol, d_1, …, d_G, query]``: the symbol is one of ``n_symbols`` classes, the
d's are random distractor tokens, and the target at the query is the first symbol. Guessing
gives 1 / n_symbols. A plain RNN must carry the symbol through G squashing steps and its
gradient vanishes; an LSTM can hold it in C_t with f_t ≈ 1 (LECTURE.md §2).
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass

import torch
from torch import nn

from lab_app.core.events import Progress
from lab_app.core.pacing import Pacer
from lab_app.core.rnn.models import CELLS, RecurrentClassifier

N_DISTRACTORS = 8


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
        raise ValueError(
            f"need gap >= 0, batch >= 1, n_symbols >= 2, n_distractors >= 1; got "
            f"gap={gap}, batch={batch}, n_symbols={n_symbols}, n_distractors={n_distractors}"
        )
    symbols = torch.randint(0, n_symbols, (batch,), generator=generator)
    distractors = torch.randint(
        n_symbols, n_symbols + n_distractors, (batch, gap), generator=generator
    )
    query = torch.full((batch, 1), n_symbols + n_distractors)
    return torch.cat([symbols[:, None], distractors, query], dim=1), symbols


def make_memory_model(
    cell: str, n_symbols: int, hidden_size: int, seed: int, gap: int, embedding_dim: int = 16
) -> RecurrentClassifier:
    """Seed torch with ``seed`` and return a fresh classifier for the long-memory task.

    The LSTM gets the chrono initialisation for sequences of gap + 2 steps (see
    ``make_recurrent``): its forget gates start able to hold a symbol that long, which the
    lecture's f_t ≈ 1 is about; a plain RNN has no such gate to set.
    """
    torch.manual_seed(seed)
    return RecurrentClassifier(
        cell,
        memory_vocab_size(n_symbols),
        n_symbols,
        embedding_dim,
        hidden_size,
        forget_bias=None,
        chrono_max=gap + 2,
    )


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
    """Share of sequences whose predicted class is the target."""
    with torch.no_grad():
        return (model(ids).argmax(dim=1) == targets).float().mean().item()


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
) -> Generator[MemoryResult | Progress, None, list[MemoryResult]]:
    """Train each cell at each gap for ``steps_per_gap`` steps; measure held-out accuracy.

    For every (gap, cell) the model starts from the same seed and sees the same batches, so the
    cells differ only in their recurrence. Yields ``Progress`` (in steps, paced) and a
    ``MemoryResult`` as each (cell, gap) finishes; returns all results in that order.
    Runs on a worker thread.
    """
    for cell in cells:
        if cell not in CELLS:
            raise ValueError(f"cell must be one of {', '.join(CELLS)}; got {cell!r}")
    total = len(gaps) * len(cells) * steps_per_gap
    done, pace, results = 0, Pacer(0.05), []
    for gap in gaps:
        test_ids, test_targets = long_memory_batch(
            gap, eval_size, n_symbols, torch.Generator().manual_seed(seed + 1_000_003)
        )
        for cell in cells:
            model = make_memory_model(cell, n_symbols, hidden_size, seed, gap)
            optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
            generator = torch.Generator().manual_seed(seed)
            for _ in range(steps_per_gap):
                train_step(
                    model, optimizer, *long_memory_batch(gap, batch_size, n_symbols, generator)
                )
                done += 1
                if pace.due():
                    yield Progress(done=done, total=total, unit="steps", message=f"{cell}, G={gap}")
            result = MemoryResult(cell, gap, accuracy(model, test_ids, test_targets), 1 / n_symbols)
            results.append(result)
            yield result
    yield Progress(done=total, total=total, unit="steps")
    return results
