"""Gate snapshots on the probe sentence and gate saturation (Karpathy et al. 2015)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from lab_app.core.lstm.data import Probe
from lab_app.core.lstm.gates import record_gates

LOW, HIGH = 0.1, 0.9
SATURATION_GATES = ("f", "i", "g", "o")


@dataclass(frozen=True)
class GateSnapshot:
    """Layer 0's gates on the probe after ``step`` training steps (numpy copies, float32).

    ``labels``: one display label per probe unit. ``gates``: ``f, i, g, o, c, h, zf, zi, zg,
    zo, c_prev, h_prev``, each (time, d_h) (see ``record_gates``). ``saturation``: per gate
    ``f, i, g, o`` a pair (share < 0.1, share > 0.9) over all (time, unit) cells; for the
    candidate g (tanh, in (−1, 1)) the pair is (share |g| < 0.1, share |g| > 0.9).
    """

    step: int
    labels: tuple[str, ...]
    gates: dict[str, np.ndarray]
    saturation: dict[str, tuple[float, float]]

    @property
    def nbytes(self) -> int:
        """Return the bytes its arrays hold (12 · time · d_h · 4: ~20 MB at d_h 1024, 400 tokens).

        The arrays are nearly all of it; labels and saturation are a few kilobytes. Any thread.
        """
        return sum(int(values.nbytes) for values in self.gates.values())


def gate_saturation(
    gates: dict[str, np.ndarray], low: float = LOW, high: float = HIGH
) -> dict[str, tuple[float, float]]:
    """Return, per gate f, i, g, o, (share of values < low, share > high).

    A sigmoid gate below 0.1 is "left-saturated" (closed), above 0.9 "right-saturated" (open),
    as in Karpathy, Johnson & Fei-Fei (2015). The candidate g is a tanh, so its magnitude |g| is
    used: near 0 it writes nothing, near 1 it writes a full ±1. Pure numpy: any thread.
    """
    shares = {}
    for gate in SATURATION_GATES:
        values = np.abs(gates[gate]) if gate == "g" else np.asarray(gates[gate])
        shares[gate] = (float(np.mean(values < low)), float(np.mean(values > high)))
    return shares


def take_snapshot(lstm: nn.LSTM, embedding: nn.Embedding, probe: Probe, step: int) -> GateSnapshot:
    """Record the gates of ``lstm`` on the embedded probe and wrap them as a GateSnapshot.

    Call it on the thread that trains the model (the worker); the result holds copies only.
    """
    with torch.no_grad():
        x = embedding(probe.ids.unsqueeze(0))
        if not lstm.batch_first:
            x = x.transpose(0, 1)
    recorded = record_gates(lstm, x, preactivations=True)
    gates = {key: value[:, 0, :] for key, value in recorded.items()}
    return GateSnapshot(
        step=step, labels=probe.labels, gates=gates, saturation=gate_saturation(gates)
    )


def unit_activation(snapshot: GateSnapshot, unit: int, key: str = "h") -> np.ndarray:
    """Return one unit's values over the probe (default h_t), shape (time,), as a copy."""
    values = snapshot.gates[key]
    if not 0 <= unit < values.shape[1]:
        raise ValueError(f"unit must be in 0..{values.shape[1] - 1}, got {unit}")
    return values[:, unit].copy()
