"""How large a run may be: the memory it needs, and how long one indivisible step takes.

Two limits keep the lab usable on a 2-core laptop:

- Stop takes effect at a job's next ``yield``, and a training step cannot yield midway. Settings
  whose one step would take longer than ``MAX_STEP_SECONDS`` are refused (``check_step``), so
  Stop answers within 0.5 s whatever the settings.
- A run that needs more than half the available memory would push the machine into swap.
  ``check_fits`` refuses it before anything is allocated, saying how much it needs.

The estimates are models fitted to measurements and err on the high side (estimate / measured
1.0–2.0). Reference: one torch thread (the app leaves the other core to the window) of an AMD
EPYC core, torch 2.13 CPU, float32; ``tests/benchmarks/bench_stop_latency.py`` measures the
real gaps between yields at the largest allowed settings. No torch import: the settings forms
may call this.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say

GATES = {"rnn": 1, "gru": 3, "lstm": 4}

# Floats autograd keeps per sequence, time step and unit until backward. Measured as the peak
# RSS growth of one training step: 16.4 (LSTM), 12.8 (GRU), 6.1 (RNN); rounded up.
SAVED_FLOATS = {"rnn": 7, "gru": 14, "lstm": 18}
# Floats the gradient probe keeps per sequence, time step and unit: it calls the module one
# step at a time, which saves more than the fused sequence (measured 31, 9.1 and 3.6).
PROBE_FLOATS = {"rnn": 5, "gru": 12, "lstm": 36}
# Per logit while training: logits, log-softmax and its gradient (measured 1.8).
LOGIT_FLOATS = 3
# Per parameter: the weight, its gradient, Adam's two moments, a checkpoint copy, one spare.
PARAMETER_COPIES = 6
FLOAT_BYTES = 4

# One training step ≈ 3 × forward FLOPs / FLOP_RATE[cell] + logits × LOGIT_SECONDS
#                    + gate values × GATE_SECONDS + time steps × STEP_SECONDS[cell].
# Measured (27 shapes, d_h 8–1024, batch 1–1024, up to 1002 steps, V up to 5000): fused
# training at 40–80 GFLOP/s (LSTM), 45–50 (RNN), 36–45 (GRU); softmax cross-entropy ~9 ns per
# logit; a fixed cost per time step of 16 µs (LSTM), 38 µs (RNN) and 190 µs (GRU) at d_h = 8.
# With these constants estimate / measured was 1.0–2.0 over 27 shapes (3.2 for a 6 ms step).
FLOP_RATE = {"rnn": 40e9, "gru": 35e9, "lstm": 55e9}
LOGIT_SECONDS = 10e-9
GATE_SECONDS = 8e-9
STEP_SECONDS = {"rnn": 50e-6, "gru": 200e-6, "lstm": 20e-6}
TRAIN_FACTOR = 3  # forward + backward (about twice the forward) + Adam

# The gate snapshot replays the lecture's equations on the probe, one unit at a time, in
# float64 numpy (lstm/gates.py): ≈ units × (SNAPSHOT_STEP_SECONDS + 8·d_h·(d_x + d_h) /
# SNAPSHOT_FLOP_RATE). Measured on one BLAS thread, 400 units: d_x = d_h = 256 0.055 s,
# 64/512 0.11 s, 512/512 0.35 s (0.44 s with the other core busy).
SNAPSHOT_FLOP_RATE = 5e9
SNAPSHOT_STEP_SECONDS = 60e-6

# Longest allowed step: half the 0.5 s Stop promise, leaving room for a slower laptop core.
MAX_STEP_SECONDS = 0.25
# Share of the available memory one run may plan to use.
MEMORY_SHARE = 0.5


class TooLarge(ValueError):
    """The settings ask for more than this machine (memory) or the lab (step time) allows.

    The first argument is a translatable Text quoting the estimate and the limit; ``needed``
    and ``allowed`` hold the two numbers (bytes, or seconds).
    """

    def __init__(self, text: Text, needed: float, allowed: float):
        super().__init__(text)
        self.needed = needed
        self.allowed = allowed


@dataclass(frozen=True)
class RecurrentShape:
    """One training batch through Embedding → recurrent layer → Linear head.

    ``time_steps``: sequence length. ``head_steps``: time steps whose hidden state goes through
    the head (every step for a language model, 1 for a classifier reading h_T).
    """

    cell: str
    batch: int
    time_steps: int
    hidden: int
    inputs: int
    vocab: int
    outputs: int
    head_steps: int

    def parameters(self) -> int:
        """Return the number of weights (embedding, recurrent layer with two biases, head)."""
        rows = GATES[self.cell] * self.hidden
        recurrent = rows * (self.inputs + self.hidden) + 2 * rows
        return self.vocab * self.inputs + recurrent + (self.hidden + 1) * self.outputs

    def forward_flops(self) -> float:
        """Return the multiply-adds ×2 of one forward pass (the matrix products dominate)."""
        rows = GATES[self.cell] * self.hidden
        recurrent = 2.0 * self.batch * self.time_steps * rows * (self.inputs + self.hidden)
        return recurrent + 2.0 * self.logits() * self.hidden

    def logits(self) -> int:
        """Return the number of output scores of one forward pass."""
        return self.batch * self.head_steps * self.outputs


def step_seconds(shape: RecurrentShape) -> float:
    """Return the estimated seconds of one training step (forward, backward, Adam)."""
    matrices = TRAIN_FACTOR * shape.forward_flops() / FLOP_RATE[shape.cell]
    gates = shape.batch * shape.time_steps * GATES[shape.cell] * shape.hidden * GATE_SECONDS
    fixed = shape.time_steps * STEP_SECONDS[shape.cell]
    return matrices + gates + shape.logits() * LOGIT_SECONDS + fixed


def forward_seconds(shape: RecurrentShape) -> float:
    """Return the estimated seconds of a forward pass without gradients."""
    return step_seconds(shape) / TRAIN_FACTOR


def snapshot_seconds(inputs: int, hidden: int, units: int) -> float:
    """Return the estimated seconds of one gate snapshot of an LSTM (d_x, d_h) on ``units``."""
    per_unit = SNAPSHOT_STEP_SECONDS + 8.0 * hidden * (inputs + hidden) / SNAPSHOT_FLOP_RATE
    return units * per_unit


def training_bytes(shape: RecurrentShape) -> int:
    """Return the estimated memory of training: weights with their Adam state and copies, and
    what backward needs (saved gate activations, embeddings, logits)."""
    weights = PARAMETER_COPIES * shape.parameters()
    per_step = shape.hidden * SAVED_FLOATS[shape.cell] + 2 * shape.inputs
    saved = shape.batch * shape.time_steps * per_step + LOGIT_FLOATS * shape.logits()
    return FLOAT_BYTES * (weights + saved)


def unrolled_probe_bytes(shape: RecurrentShape) -> int:
    """Return the memory of the gradient probe's unrolled graph (one step at a time, every
    state kept until backward); ``shape.batch`` is the probe batch."""
    per_step = shape.hidden * PROBE_FLOATS[shape.cell] + 2 * shape.inputs
    return FLOAT_BYTES * shape.batch * shape.time_steps * per_step


def with_batch(shape: RecurrentShape, batch: int) -> RecurrentShape:
    """Return the same shape with another batch size (a validation or probe batch)."""
    return replace(shape, batch=batch)


def available_memory() -> int | None:
    """Return the bytes of memory available to a new allocation, or None when unknown.

    psutil where installed (every platform); else Linux's MemAvailable. Any thread.
    """
    try:
        import psutil
    except ImportError:
        return _meminfo_available()
    return int(psutil.virtual_memory().available)


def _meminfo_available() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def check_fits(
    estimate_bytes: float,
    what: Text | str,
    advice: Text | str = "",
    available: int | None = None,
) -> None:
    """Raise TooLarge when ``estimate_bytes`` exceeds MEMORY_SHARE of the available memory.

    ``what`` names the run and starts the message; ``advice`` ends it. ``available`` defaults to
    ``available_memory()``; when that is unknown nothing is refused. Any thread.
    """
    if available is None:
        available = available_memory()
    if available is None or estimate_bytes <= MEMORY_SHARE * available:
        return
    text = QT_TRANSLATE_NOOP(
        "core",
        "{what}: the run would need about {needed} MB of memory, but this computer has "
        "{available} MB free and a run may use at most half of it. {advice}",
    )
    message = say(
        text, what=what, needed=_mb(estimate_bytes), available=_mb(available), advice=advice
    )
    raise TooLarge(message, estimate_bytes, MEMORY_SHARE * available)


def check_step(
    seconds: float, what: Text | str, advice: Text | str = "", snapshot: bool = False
) -> None:
    """Raise TooLarge when one indivisible step (a training step, or with ``snapshot`` a gate
    snapshot) would take longer than MAX_STEP_SECONDS."""
    if seconds <= MAX_STEP_SECONDS:
        return
    if snapshot:
        text = QT_TRANSLATE_NOOP(
            "core",
            "{what}: recording the gates on a long probe would take about {seconds} s, more "
            "than the {limit} s allowed so that Stop answers at once. {advice}",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "core",
            "{what}: one training step would take about {seconds} s, more than the {limit} s "
            "allowed so that Stop answers at once. {advice}",
        )
    shown = round(seconds, 2) if seconds < 10 else round(seconds)
    message = say(text, what=what, seconds=shown, limit=MAX_STEP_SECONDS, advice=advice)
    raise TooLarge(message, seconds, MAX_STEP_SECONDS)


def _mb(n_bytes: float) -> int:
    """Whole megabytes (10⁶ bytes), at least 1."""
    return max(1, round(n_bytes / 1e6))
