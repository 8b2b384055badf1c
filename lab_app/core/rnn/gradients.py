"""Vanishing gradients: ‖∂L/∂h_{t−k}‖ against k for RNN, GRU and LSTM (LECTURE.md §1–2).

L is the loss of the final prediction. To read the gradient at every hidden state we run the
fused torch module one step at a time, carrying its state: the same numbers as the
full-sequence call, with a handle on each h_t. Training itself uses the full-sequence call.
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np
import torch
from torch import nn

from lab_app.core.budget import (
    RecurrentShape,
    check_fits,
    check_step,
    step_seconds,
    training_bytes,
    unrolled_probe_bytes,
    with_batch,
)
from lab_app.core.events import Heartbeat, Metrics, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer
from lab_app.core.rnn.memory import (
    SMALLER_TASK,
    long_memory_batch,
    make_memory_model,
    memory_shape,
    train_step,
)
from lab_app.core.rnn.models import CELLS, GateInit, RecurrentClassifier, RecurrentLM
from lab_app.core.seeding import generator

PROFILE_COST_FACTOR = 4.0
COMPARISON = QT_TRANSLATE_NOOP("core", "Gradient comparison")
# Whole-number settings: (lowest, highest). One training step of each network must stay under
# budget.MAX_STEP_SECONDS, checked on the combination: measured at batch 32, G = 500 (502
# steps), d_h 64: GRU 0.10 s, LSTM 0.06 s, RNN 0.03 s; at d_h 256: 0.56, 0.47, 0.15 s (refused).
# The GRU has a fixed cost of ~190 µs a time step, so G = 1000 would leave d_h ≤ 31; G ≤ 500
# keeps the default d_h = 32 usable at every gap (d_h ≤ 106 at G = 500); the RNN's gradient is
# below 1e-13 of its start by k = 50 at initialisation (float32 underflow by k = 100).
LIMITS = {
    "gap": (0, 500),
    "n_symbols": (2, 100),
    "hidden_size": (1, 512),
    "embedding_dim": (1, 512),
    "batch_size": (1, 512),
    "max_steps": (1, 100_000),
    "probe_size": (1, 512),
}

# Why chrono is the default gate_init. Gradient reaching k = 50 steps back at initialisation,
# ‖∂L/∂h_{T−1−50}‖ / ‖∂L/∂h_{T−1}‖, default settings (G = 100, d_h = 32), median of seeds 0–4:
#                RNN       GRU       LSTM
#   chrono     3.8e-15   4.0e-1    1.9e-3
#   bias_1     3.8e-15   8.0e-6    1.1e-5
#   torch      3.8e-15   6.3e-11   1.5e-11
# (G = 50: the same orders; GRU chrono 2.1e-1, LSTM chrono 1.7e-3.) Held-out accuracy after
# 300 steps at G = 50, seed 0, RNN / GRU / LSTM (chance 0.25): chrono 0.25 / 1.00 / 1.00;
# bias_1 0.25 / 1.00 / 0.23; torch 0.25 / 0.25 / 0.25, from
# drain(long_memory_sweep([50], CELLS, 300, 0, gate_init=...)). With torch's defaults the page
# (G = 100, 300 steps) ends with every loss at ln 4 = 1.386 (1.388 / 1.389 / 1.392), which
# would teach that gating does not help; with chrono the GRU and LSTM reach 0.001.


@dataclass(frozen=True)
class GradientConfig:
    """Settings of the side-by-side run on the long-memory task (sequence length gap + 2).

    ``gate_init`` applies to every gated cell, the LSTM's forget gate f and the GRU's update
    gate z (see ``models.GateInit``): "chrono" (spans up to the sequence length; Tallec &
    Ollivier 2018), "bias_1" (b = 1) or "torch" (torch's default). Chrono is the default: it
    gives each gated cell, at the start, the memory span the task needs (the lecture's
    f_t ≈ 1); a plain RNN has no gate that could be given one, which is the lesson.
    Raises ValueError (TooLarge when one training step would be too slow) on construction.
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
    gate_init: str = "chrono"
    profile_every_s: float = 0.25

    def __post_init__(self) -> None:
        if not self.cells or not all(cell in CELLS for cell in self.cells):
            text = QT_TRANSLATE_NOOP("core", "cells must be chosen from {cells}; got {got}")
            raise ValueError(say(text, cells=", ".join(CELLS), got=repr(self.cells)))
        GateInit(self.gate_init)  # raises for an unknown kind
        for name, (low, high) in LIMITS.items():
            _check_whole(name, getattr(self, name), low, high)
        _check_whole("seed", self.seed, 0, 2**63 - 1)
        _check_number("learning_rate", self.learning_rate, zero_allowed=False)
        _check_number("profile_every_s", self.profile_every_s, zero_allowed=True)
        slowest = max(step_seconds(self.shape(cell)) for cell in self.cells)
        check_step(slowest, say(COMPARISON), say(SMALLER_TASK))

    def shape(self, cell: str) -> RecurrentShape:
        """Return the shape of one training batch of ``cell``, for the budget estimates."""
        return memory_shape(
            cell, self.gap, self.batch_size, self.hidden_size, self.n_symbols, self.embedding_dim
        )

    def memory_bytes(self) -> int:
        """Return the estimated peak memory: every network training, plus the largest probe."""
        shapes = [self.shape(cell) for cell in self.cells]
        probe = max(unrolled_probe_bytes(with_batch(s, self.probe_size)) for s in shapes)
        return sum(training_bytes(s) for s in shapes) + probe


def _check_whole(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, Integral) or not low <= value <= high:
        text = QT_TRANSLATE_NOOP(
            "core", "{name} must be a whole number in {low}..{high}; got {value}"
        )
        raise ValueError(say(text, name=name, low=low, high=high, value=repr(value)))


def _check_number(name: str, value: object, zero_allowed: bool) -> None:
    number = isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value)
    if number and (value > 0 or (zero_allowed and value == 0)):
        return
    if zero_allowed:
        text = QT_TRANSLATE_NOOP("core", "{name} must be zero or a positive number; got {value}")
    else:
        text = QT_TRANSLATE_NOOP("core", "{name} must be a positive number; got {value}")
    raise ValueError(say(text, name=name, value=repr(value)))


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
    the thread that owns the model; ``iter_gradient_through_time`` is the same as a generator.
    """
    return drain(iter_gradient_through_time(model, batch))


def iter_gradient_through_time(
    model: RecurrentClassifier | RecurrentLM,
    batch: tuple[torch.Tensor, torch.Tensor],
    beat: Pacer | None = None,
) -> Generator[Heartbeat, None, np.ndarray]:
    """``gradient_through_time`` as a generator: yields a Heartbeat when ``beat`` is due
    (every HEARTBEAT_SECONDS by default) between time steps, returns the norms.

    Backward runs one time step at a time too: each step reads its state from leaf copies, so
    the gradient reaching a step's input state is handed on to the step before. Exact (the
    chain rule, split at each state), and every piece is short, so Stop is never kept waiting.
    """
    beat = beat or Pacer(HEARTBEAT_SECONDS)
    ids, targets = batch
    steps = yield from _unroll(model, ids, beat)
    final_targets = targets[:, -1] if isinstance(model, RecurrentLM) else targets
    last_out = steps[-1][1]
    with torch.enable_grad():
        loss = nn.functional.cross_entropy(
            model.head(last_out[0][0]), final_targets, reduction="sum"
        )
        # h_T's gradient comes from the head alone; C_T's (LSTM) is zero.
        (head_grad,) = torch.autograd.grad(loss, last_out[0], retain_graph=True)
    grads = (head_grad, *(torch.zeros_like(t) for t in last_out[1:]))
    norms = []
    for state_in, state_out in reversed(steps):
        # ∂L/∂h_t sums every later path: all of them pass through the next step's input.
        norms.append(float(grads[0][0].norm(dim=-1).mean()))
        if state_in is None:
            break
        grads = torch.autograd.grad(state_out, state_in, grads)
        yield from beat.beat()
    return np.array(norms, dtype=np.float64)


_State = tuple[torch.Tensor, ...]


def _unroll(
    model: nn.Module, ids: torch.Tensor, beat: Pacer
) -> Generator[Heartbeat, None, list[tuple[_State | None, _State]]]:
    """Run the recurrent layer one step at a time; return per step (leaf copies of the state
    it read (None for the zero start), the state it returned), each tensor (1, B, d_h)."""
    with torch.no_grad():
        inputs = model.embedding(ids)
    steps: list[tuple[_State | None, _State]] = []
    state_in: _State | None = None
    for t in range(inputs.shape[1]):
        with torch.enable_grad():
            _, state = model.recurrent(inputs[:, t : t + 1], _module_state(state_in))
        state_out = state if isinstance(state, tuple) else (state,)
        steps.append((state_in, state_out))
        state_in = tuple(part.detach().requires_grad_() for part in state_out)
        yield from beat.beat()
    return steps


def _module_state(state: _State | None) -> tuple[torch.Tensor, ...] | torch.Tensor | None:
    """The state as torch's modules take it: (h, C) for an LSTM, h alone otherwise."""
    if state is None or len(state) > 1:
        return state
    return state[0]


def compare_gradients(
    cfg: GradientConfig,
) -> Generator[Metrics | GradientProfile | Progress | Heartbeat, None, GradientProfile]:
    """Train the configured cells side by side on the long-memory task; watch their gradients.

    All cells start from the same seed (the same embedding and head), with ``cfg.gate_init``
    for every gated cell, and get the same batch at every step (steps interleave). Yields a
    GradientProfile at step 0, then ``Metrics(step, {cell: loss})`` and ``Progress`` at most
    every 0.05 s, and a GradientProfile (on a fixed probe batch) every ``cfg.profile_every_s``
    or, when profiling is slow, every 4× its cost; the last step yields all three. Between the
    networks' steps and inside a profile it yields a Heartbeat every ~0.1 s, so Stop takes
    effect at once. Raises TooLarge before building anything when the run would not fit in the
    free memory. Returns the final profile. Runs on a worker thread.
    """
    check_fits(cfg.memory_bytes(), say(COMPARISON), say(SMALLER_TASK))
    models = {cell: _make_model(cfg, cell) for cell in cfg.cells}
    optimizers = {
        cell: torch.optim.Adam(model.parameters(), lr=cfg.learning_rate)
        for cell, model in models.items()
    }
    data = generator(cfg.seed)
    probe = long_memory_batch(cfg.gap, cfg.probe_size, cfg.n_symbols, generator(cfg.seed + 1))
    beat = Pacer(HEARTBEAT_SECONDS)
    profile, next_profile = yield from _timed_profile(models, probe, 0, cfg.profile_every_s, beat)
    yield profile
    pace = Pacer(0.05)
    for step in range(1, cfg.max_steps + 1):
        batch = long_memory_batch(cfg.gap, cfg.batch_size, cfg.n_symbols, data)
        losses = {}
        for index, cell in enumerate(cfg.cells):
            if index:
                yield from beat.beat()
            losses[cell] = train_step(models[cell], optimizers[cell], *batch)
        last = step == cfg.max_steps
        if pace.due() or last:
            yield Metrics(step=step, values=losses)
            yield Progress(done=step, total=cfg.max_steps, unit="steps")
        if last or time.monotonic() >= next_profile:
            profile, next_profile = yield from _timed_profile(
                models, probe, step, cfg.profile_every_s, beat
            )
            yield profile
    return profile


def _make_model(cfg: GradientConfig, cell: str) -> RecurrentClassifier:
    return make_memory_model(
        cell, cfg.n_symbols, cfg.hidden_size, cfg.seed, cfg.gap, cfg.embedding_dim, cfg.gate_init
    )


def _timed_profile(
    models: dict[str, nn.Module],
    probe: tuple[torch.Tensor, torch.Tensor],
    step: int,
    every_s: float,
    beat: Pacer,
) -> Generator[Heartbeat, None, tuple[GradientProfile, float]]:
    """Return the profile and when the next one is due; yields Heartbeats while measuring.

    An unrolled pass costs several training steps, so the next one waits at least
    PROFILE_COST_FACTOR times this one's cost: profiling stays under ~20% of the run.
    """
    start = time.monotonic()
    norms = {}
    for cell, model in models.items():
        norms[cell] = yield from iter_gradient_through_time(model, probe, beat)
    end = time.monotonic()
    return GradientProfile(step, norms), end + max(every_s, PROFILE_COST_FACTOR * (end - start))
