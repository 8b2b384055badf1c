"""Vanishing gradients: ‖∂L/∂h_{t−k}‖ against k for RNN, GRU and LSTM (LECTURE.md §1–2).

L is the loss of the final prediction. To read the gradient at every hidden state we run the
fused torch module one step at a time, carrying its state: the same numbers as the
full-sequence call, with a handle on each h_t. Training itself uses the full-sequence call.
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from lab_app.core.events import Metrics, Progress
from lab_app.core.pacing import Pacer
from lab_app.core.rnn.memory import long_memory_batch, make_memory_model, train_step
from lab_app.core.rnn.models import CELLS, RecurrentClassifier, RecurrentLM

PROFILE_COST_FACTOR = 4.0


@dataclass(frozen=True)
class GradientConfig:
    """Settings of the side-by-side run on the long-memory task (sequence length gap + 2).

    ``lstm_init``: "chrono" (forget-gate biases spread so memory spans reach the sequence
    length; Tallec & Ollivier 2018), "forget_bias_1" (b_f = 1) or "torch" (torch's default).
    """

    gap: int = 100
    n_symbols: int = 4
    hidden_size: int = 32
    embedding_dim: int = 16
    batch_size: int = 32
    learning_rate: float = 0.01
    max_steps: int = 300
    seed: int = 0
    cells: tuple[str, ...] = CELLS
    probe_size: int = 32
    lstm_init: str = "chrono"
    profile_every_s: float = 0.25

    def __post_init__(self) -> None:
        if not self.cells or not all(cell in CELLS for cell in self.cells):
            raise ValueError(f"cells must be chosen from {CELLS}; got {self.cells!r}")
        if self.lstm_init not in LSTM_INITS:
            raise ValueError(f"lstm_init must be one of {LSTM_INITS}; got {self.lstm_init!r}")
        for name, low in _LOWEST.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 100_000:
                raise ValueError(f"{name} must be a whole number in {low}..100000; got {value!r}")
        for name in ("learning_rate", "profile_every_s"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0) or (
                name == "learning_rate" and value == 0
            ):
                raise ValueError(f"{name} must be a positive number; got {value!r}")


LSTM_INITS = ("chrono", "forget_bias_1", "torch")
_LOWEST = {"gap": 0, "n_symbols": 2, "hidden_size": 1, "embedding_dim": 1, "batch_size": 1,
           "max_steps": 1, "probe_size": 1}  # fmt: skip


@dataclass(frozen=True)
class GradientProfile:
    """Per cell, mean over the probe batch of ‖∂L/∂h_{T−1−k}‖ for k = 0..T−1 (numpy copies).

    ``step``: training steps done when measured (0 = at initialisation).
    """

    step: int
    norms: dict[str, np.ndarray]

    def relative(self, cell: str) -> np.ndarray:
        """Return norms[cell] / norms[cell][0]: how much of the gradient reaches k steps back."""
        norms = self.norms[cell]
        return norms / norms[0] if norms[0] > 0 else np.zeros_like(norms)


def gradient_through_time(
    model: RecurrentClassifier | RecurrentLM, batch: tuple[torch.Tensor, torch.Tensor]
) -> np.ndarray:
    """Return ‖∂L/∂h_{T−1−k}‖ for k = 0..T−1, averaged over the batch (numpy, float64).

    ``batch`` is (ids (B, T), targets): targets (B,) for a classifier; (B, T) for a language
    model, whose loss at the last step is used. Each sequence's own loss is differentiated, so
    the norm is per sequence, then averaged. Parameter gradients are left untouched. Call it on
    the thread that owns the model.
    """
    ids, targets = batch
    with torch.enable_grad():
        hidden_states = _unrolled_hidden_states(model, ids)
        logits = model.head(hidden_states[-1][0])
        final_targets = targets[:, -1] if isinstance(model, RecurrentLM) else targets
        loss = nn.functional.cross_entropy(logits, final_targets, reduction="sum")
        grads = torch.autograd.grad(loss, hidden_states)
    norms = torch.stack([g[0].norm(dim=-1).mean() for g in grads])
    return norms.flip(0).detach().double().numpy().copy()


def _unrolled_hidden_states(model: nn.Module, ids: torch.Tensor) -> list[torch.Tensor]:
    """Run the recurrent layer one step at a time; return each h_t (1, B, d_h) as used next."""
    inputs = model.embedding(ids)
    state = None
    hidden_states = []
    for t in range(inputs.shape[1]):
        _, state = model.recurrent(inputs[:, t : t + 1], state)
        # h_t is the very tensor fed to step t+1, so its gradient sums every later path.
        hidden_states.append(state[0] if isinstance(state, tuple) else state)
    return hidden_states


def compare_gradients(
    cfg: GradientConfig,
) -> Generator[Metrics | GradientProfile | Progress, None, GradientProfile]:
    """Train the configured cells side by side on the long-memory task; watch their gradients.

    All cells start from the same seed and get the same batch at every step (steps
    interleave). Yields a GradientProfile at step 0, then ``Metrics(step, {cell: loss})`` and
    ``Progress`` at most every 0.05 s, and a GradientProfile (on a fixed probe batch) every
    ``cfg.profile_every_s`` or, when profiling is slow, every 4× its cost; the last step yields
    all three. Returns the final profile.
    Runs on a worker thread.
    """
    models = {cell: _make_model(cfg, cell) for cell in cfg.cells}
    optimizers = {
        cell: torch.optim.Adam(model.parameters(), lr=cfg.learning_rate)
        for cell, model in models.items()
    }
    data = torch.Generator().manual_seed(cfg.seed)
    probe = long_memory_batch(
        cfg.gap, cfg.probe_size, cfg.n_symbols, torch.Generator().manual_seed(cfg.seed + 1)
    )
    profile, next_profile = _timed_profile(models, probe, 0, cfg.profile_every_s)
    yield profile
    pace = Pacer(0.05)
    for step in range(1, cfg.max_steps + 1):
        batch = long_memory_batch(cfg.gap, cfg.batch_size, cfg.n_symbols, data)
        losses = {cell: train_step(models[cell], optimizers[cell], *batch) for cell in cfg.cells}
        last = step == cfg.max_steps
        if pace.due() or last:
            yield Metrics(step=step, values=losses)
            yield Progress(done=step, total=cfg.max_steps, unit="steps")
        if last or time.monotonic() >= next_profile:
            profile, next_profile = _timed_profile(models, probe, step, cfg.profile_every_s)
            yield profile
    return profile


def _make_model(cfg: GradientConfig, cell: str) -> RecurrentClassifier:
    model = make_memory_model(
        cell, cfg.n_symbols, cfg.hidden_size, cfg.seed, cfg.gap, cfg.embedding_dim
    )
    if cell == "lstm" and cfg.lstm_init != "chrono":
        # Same seed, so the same weights as the chrono model apart from the gate biases.
        torch.manual_seed(cfg.seed)
        forget_bias = 1.0 if cfg.lstm_init == "forget_bias_1" else None
        model = RecurrentClassifier(
            cell,
            model.embedding.num_embeddings,
            cfg.n_symbols,
            cfg.embedding_dim,
            cfg.hidden_size,
            forget_bias=forget_bias,
        )
    return model


def _timed_profile(
    models: dict[str, nn.Module],
    probe: tuple[torch.Tensor, torch.Tensor],
    step: int,
    every_s: float,
) -> tuple[GradientProfile, float]:
    """Return the profile and when the next one is due.

    An unrolled pass costs several training steps, so the next one waits at least
    PROFILE_COST_FACTOR times this one's cost: profiling stays under ~20% of the run.
    """
    start = time.monotonic()
    norms = {cell: gradient_through_time(model, probe) for cell, model in models.items()}
    end = time.monotonic()
    return GradientProfile(step, norms), end + max(every_s, PROFILE_COST_FACTOR * (end - start))


def relative_norm_at(profile: GradientProfile, cells: Sequence[str], k: int) -> dict[str, float]:
    """Return, per cell, ‖∂L/∂h_{T−1−k}‖ / ‖∂L/∂h_{T−1}‖ (the share that survives k steps)."""
    return {cell: float(profile.relative(cell)[k]) for cell in cells}
