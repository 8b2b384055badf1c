"""Recurrent models with a choice of cell: plain RNN (tanh), GRU or LSTM, all torch-fused.

The vanishing-gradient and long-memory views train the three side by side. For the comparison
to be fair, one seed gives every cell the same embedding and the same output layer, and one
gate initialisation (``GateInit``) applies to every cell that has a gate it can set; so a
difference in what they learn is the cell's doing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.seeding import generator

CELLS = ("rnn", "gru", "lstm")
CELL_NAMES = {"rnn": "RNN (tanh)", "gru": "GRU", "lstm": "LSTM"}
GATE_INITS = ("chrono", "bias_1", "torch")
# The gate that decides how much of the old state a cell keeps: the LSTM's forget gate f
# (C_t = f_t·C_{t−1} + i_t·C̃_t) and the GRU's update gate z (torch writes
# h_t = (1 − z_t)·n_t + z_t·h_{t−1}). The plain RNN has none, so no initialisation can give it
# a memory span: that is the lesson, not an unfairness.
KEEP_GATES = {"lstm": "f", "gru": "z"}
# torch stacks the gates' rows in this order in weight_ih/hh and bias_ih/hh.
_GATE_ROWS = {"lstm": "ifgo", "gru": "rzn"}
# Chrono's draws get their own stream: generator(seed) itself deals the training batches.
_CHRONO_STREAM = 0x6368726F  # "chro"


@dataclass(frozen=True)
class GateInit:
    """How the keep gate of every gated cell starts: the LSTM's b_f, the GRU's b_z.

    ``kind``: "chrono" (Tallec & Ollivier 2018: b = log u, u ~ U[1, T − 1] with T = ``span``,
    so the units start with memory spans spread up to T steps; the LSTM's input gate gets
    b_i = −b_f), "bias_1" (b = 1; Gers et al. 2000, Jozefowicz et al. 2015) or "torch"
    (torch's default: b_ih and b_hh each ~ U(−1/√d_h, 1/√d_h)). ``seed`` seeds chrono's draws
    on a generator of their own, so an LSTM and a GRU of one size and seed get the same
    biases. Raises ValueError (a translatable message) for an unknown kind.
    """

    kind: str = "torch"
    span: int = 2
    seed: int = 0

    def __post_init__(self) -> None:
        if self.kind not in GATE_INITS:
            text = QT_TRANSLATE_NOOP("core", "gate_init must be one of {inits}; got {got}")
            raise ValueError(say(text, inits=", ".join(GATE_INITS), got=repr(self.kind)))


def make_recurrent(
    cell: str, input_size: int, hidden_size: int, gates: GateInit | None = None
) -> nn.RNNBase:
    """Return a one-layer, batch-first torch recurrent module for ``cell`` (rnn, gru, lstm).

    Its weights come from torch's global generator (build under ``seeding.seeded(seed)``);
    ``gates`` then sets the keep-gate biases (see ``init_gates``; None keeps torch's).
    """
    check_cell(cell)
    if cell == "rnn":
        module = nn.RNN(input_size, hidden_size, nonlinearity="tanh", batch_first=True)
    elif cell == "gru":
        module = nn.GRU(input_size, hidden_size, batch_first=True)
    else:
        module = nn.LSTM(input_size, hidden_size, batch_first=True)
    init_gates(module, gates or GateInit())
    return module


def check_cell(cell: str) -> None:
    """Raise ValueError (a translatable message) unless ``cell`` is one of CELLS."""
    if cell not in CELLS:
        text = QT_TRANSLATE_NOOP("core", "cell must be one of {cells}; got {cell}")
        raise ValueError(say(text, cells=", ".join(CELLS), cell=repr(cell)))


def cell_of(module: nn.Module) -> str | None:
    """Return "lstm", "gru" or "rnn" for a torch recurrent module, None for anything else."""
    for cell, kind in (("lstm", nn.LSTM), ("gru", nn.GRU), ("rnn", nn.RNN)):
        if isinstance(module, kind):
            return cell
    return None


def init_gates(module: nn.Module, gates: GateInit) -> None:
    """Set the keep-gate biases of an LSTM (b_f, and b_i for chrono) or a GRU (b_z) in place.

    A plain RNN (or any other module) is left alone: it has no gate. Each bias is the sum
    b_ih + b_hh that enters the gate; b_ih takes the value and b_hh is zeroed.
    """
    cell = cell_of(module)
    if cell not in KEEP_GATES or gates.kind == "torch":
        return
    d_h = module.hidden_size
    bias_1 = gates.kind == "bias_1"
    keep = torch.ones(d_h) if bias_1 else chrono_biases(d_h, gates.span, gates.seed)
    _set_gate_bias(module, cell, KEEP_GATES[cell], keep)
    if cell == "lstm" and gates.kind == "chrono":
        # The input gate opens as the forget gate closes, so C_t stays of order one.
        _set_gate_bias(module, cell, "i", -keep)


def chrono_biases(hidden_size: int, span: int, seed: int) -> torch.Tensor:
    """Return b = log(u), u ~ U[1, span − 1] (at least U[1, 2]), drawn from ``seed`` alone.

    σ(log u) = u / (1 + u), so a unit keeps 1 − 1/(1 + u) of its state each step: a memory
    span of about 1 + u steps, from 2 up to ``span``.
    """
    draws = generator(_chrono_seed(seed))
    spans = torch.empty(hidden_size).uniform_(1.0, max(2.0, span - 1.0), generator=draws)
    return torch.log(spans)


def _chrono_seed(seed: int) -> int:
    # A seed independent of generator(seed)'s stream, yet fixed by the run's seed.
    state = np.random.SeedSequence([seed, _CHRONO_STREAM]).generate_state(1, np.uint32)
    return int(state[0])


def _set_gate_bias(module: nn.RNNBase, cell: str, gate: str, value: torch.Tensor) -> None:
    """Set the summed bias b_ih + b_hh of one gate to ``value`` (b_hh's rows zeroed)."""
    d_h = module.hidden_size
    index = _GATE_ROWS[cell].index(gate)
    rows = slice(index * d_h, (index + 1) * d_h)
    with torch.no_grad():
        module.bias_ih_l0[rows] = value
        module.bias_hh_l0[rows] = 0.0


class _RecurrentBase(nn.Module):
    """Embedding → recurrent layer (``cell``) → Linear head; shared by the two models."""

    def __init__(
        self,
        cell: str,
        vocab_size: int,
        output_size: int,
        embedding_dim: int,
        hidden_size: int,
        gates: GateInit | None,
    ):
        super().__init__()
        self.cell = cell
        # The head is drawn before the recurrent layer, whose parameter count differs per
        # cell: drawn after it, one seed would give each cell a different output layer.
        embedding = nn.Embedding(vocab_size, embedding_dim)
        head = nn.Linear(hidden_size, output_size)
        self.embedding = embedding
        self.recurrent = make_recurrent(cell, embedding_dim, hidden_size, gates)
        self.head = head

    @property
    def hidden_size(self) -> int:
        """d_h of the recurrent layer."""
        return self.recurrent.hidden_size


class RecurrentClassifier(_RecurrentBase):
    """Many-to-one: read a sequence of ids, predict a class from the last hidden state h_T.

    ``gates`` initialises the keep gate of a GRU or an LSTM (see ``GateInit``; None: torch's).
    """

    def __init__(
        self,
        cell: str,
        vocab_size: int,
        n_classes: int,
        embedding_dim: int = 16,
        hidden_size: int = 64,
        gates: GateInit | None = None,
    ):
        super().__init__(cell, vocab_size, n_classes, embedding_dim, hidden_size, gates)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Return class logits (batch, n_classes) for ids (batch, time)."""
        hidden, _ = self.recurrent(self.embedding(ids))
        return self.head(hidden[:, -1])


class RecurrentLM(_RecurrentBase):
    """Many-to-many language model: next-unit logits at every step."""

    def __init__(
        self,
        cell: str,
        vocab_size: int,
        embedding_dim: int = 16,
        hidden_size: int = 64,
        gates: GateInit | None = None,
    ):
        super().__init__(cell, vocab_size, vocab_size, embedding_dim, hidden_size, gates)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Return logits (batch, time, vocab) for ids (batch, time)."""
        hidden, _ = self.recurrent(self.embedding(ids))
        return self.head(hidden)
