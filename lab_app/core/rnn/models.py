"""Recurrent models with a choice of cell: plain RNN (tanh), GRU or LSTM, all torch-fused.

The vanishing-gradient and long-memory views train the three side by side; only the cell
differs, so a difference in what they learn is the cell's doing.
"""

from __future__ import annotations

import torch
from torch import nn

from lab_app.core.messages import QT_TRANSLATE_NOOP, say

CELLS = ("rnn", "gru", "lstm")
CELL_NAMES = {"rnn": "RNN (tanh)", "gru": "GRU", "lstm": "LSTM"}


def make_recurrent(
    cell: str,
    input_size: int,
    hidden_size: int,
    forget_bias: float | None = None,
    chrono_max: int | None = None,
) -> nn.RNNBase:
    """Return a one-layer, batch-first torch recurrent module for ``cell`` (rnn, gru, lstm).

    ``forget_bias``/``chrono_max`` initialise an LSTM's forget gate (see ``init_forget_gate``).
    Draws from torch's global generator: build under ``seeding.seeded(seed)``.
    """
    check_cell(cell)
    if cell == "rnn":
        module = nn.RNN(input_size, hidden_size, nonlinearity="tanh", batch_first=True)
    elif cell == "gru":
        module = nn.GRU(input_size, hidden_size, batch_first=True)
    else:
        module = nn.LSTM(input_size, hidden_size, batch_first=True)
    init_forget_gate(module, forget_bias, chrono_max)
    return module


def check_cell(cell: str) -> None:
    """Raise ValueError (a translatable message) unless ``cell`` is one of CELLS."""
    if cell not in CELLS:
        text = QT_TRANSLATE_NOOP("core", "cell must be one of {cells}; got {cell}")
        raise ValueError(say(text, cells=", ".join(CELLS), cell=repr(cell)))


def init_forget_gate(
    module: nn.RNNBase, forget_bias: float | None = None, chrono_max: int | None = None
) -> None:
    """Set an LSTM's forget-gate biases in place; other modules are left alone.

    ``forget_bias`` sets b_f (= b_ih + b_hh of the forget gate) for every unit; 1.0 is the
    usual choice (Gers et al. 2000; Jozefowicz et al. 2015). ``chrono_max`` instead uses the
    chrono initialisation (Tallec & Ollivier 2018): b_f = log(u), u ~ U[1, chrono_max − 1],
    b_i = −b_f, so units start with memory spans spread up to ~chrono_max steps. None for both
    keeps torch's initialisation. The chrono draw uses torch's global generator.
    """
    if not isinstance(module, nn.LSTM):
        return
    hidden_size = module.hidden_size
    if chrono_max is not None:
        forget = torch.log(torch.empty(hidden_size).uniform_(1.0, max(2.0, chrono_max - 1.0)))
        _set_lstm_bias(module, "i", -forget)
        _set_lstm_bias(module, "f", forget)
    elif forget_bias is not None:
        _set_lstm_bias(module, "f", torch.full((hidden_size,), float(forget_bias)))


def _set_lstm_bias(lstm: nn.LSTM, gate: str, value: torch.Tensor) -> None:
    """Set the summed bias b_ih + b_hh of one gate (torch rows are i, f, g, o) to ``value``."""
    d_h = lstm.hidden_size
    rows = slice("ifgo".index(gate) * d_h, ("ifgo".index(gate) + 1) * d_h)
    with torch.no_grad():
        lstm.bias_ih_l0[rows] = value
        lstm.bias_hh_l0[rows] = 0.0


class _RecurrentBase(nn.Module):
    """Embedding → recurrent layer (``cell``) → Linear head; shared by the two models."""

    def __init__(
        self,
        cell: str,
        vocab_size: int,
        output_size: int,
        embedding_dim: int,
        hidden_size: int,
        forget_bias: float | None,
        chrono_max: int | None,
    ):
        super().__init__()
        self.cell = cell
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.recurrent = make_recurrent(cell, embedding_dim, hidden_size)
        self.head = nn.Linear(hidden_size, output_size)
        # Last, so that one seed gives the same embedding, weights and head whatever the
        # forget-gate initialisation: runs that compare initialisations differ only there.
        init_forget_gate(self.recurrent, forget_bias, chrono_max)

    @property
    def hidden_size(self) -> int:
        """d_h of the recurrent layer."""
        return self.recurrent.hidden_size


class RecurrentClassifier(_RecurrentBase):
    """Many-to-one: read a sequence of ids, predict a class from the last hidden state h_T.

    ``forget_bias``/``chrono_max`` initialise an LSTM's forget gate (see ``make_recurrent``).
    """

    def __init__(
        self,
        cell: str,
        vocab_size: int,
        n_classes: int,
        embedding_dim: int = 16,
        hidden_size: int = 64,
        forget_bias: float | None = 1.0,
        chrono_max: int | None = None,
    ):
        super().__init__(
            cell, vocab_size, n_classes, embedding_dim, hidden_size, forget_bias, chrono_max
        )

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
        forget_bias: float | None = 1.0,
        chrono_max: int | None = None,
    ):
        super().__init__(
            cell, vocab_size, vocab_size, embedding_dim, hidden_size, forget_bias, chrono_max
        )

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Return logits (batch, time, vocab) for ids (batch, time)."""
        hidden, _ = self.recurrent(self.embedding(ids))
        return self.head(hidden)
