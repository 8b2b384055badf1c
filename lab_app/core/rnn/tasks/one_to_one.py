"""One to one (LECTURE.md §1): the next character from the current character alone.

A feed-forward network, embedding → hidden layer (tanh) → softmax, applied to each character
on its own: it has no memory, so the best it can learn is the bigram table P(x_{t+1} | x_t).
It trains on the same ``CharData`` and batches as the one-to-many model, so the two held-out
cross-entropy curves can share a plot ("memory helps").
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import torch
from torch import nn

from lab_app.core.rnn.tasks.base import TaskConfig, TrainedTask
from lab_app.core.rnn.tasks.char_data import CharData, prepare_chars
from lab_app.core.rnn.tasks.char_training import evaluation, model_of, train_next_char
from lab_app.core.seeding import seeded


class NextCharNetwork(nn.Module):
    """Embedding (d_x) → Linear (d_h) + tanh → Linear (V): logits for x_{t+1} from x_t only."""

    def __init__(self, vocab_size: int, embedding_dim: int, hidden_size: int):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.hidden = nn.Linear(embedding_dim, hidden_size)
        self.head = nn.Linear(hidden_size, vocab_size)

    def hidden_layer(self, ids: torch.Tensor) -> torch.Tensor:
        """Return the hidden layer tanh(W x_t + b) for ids (…, T): (…, T, d_h)."""
        return torch.tanh(self.hidden(self.embedding(ids)))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Return next-character logits (…, T, V) for ids (…, T), each step on its own."""
        return self.head(self.hidden_layer(ids))


def build_one_to_one(config: TaskConfig, vocab_size: int) -> NextCharNetwork:
    """Return a fresh network whose weights come from ``config.seed`` alone (any thread)."""
    with seeded(config.seed):
        return NextCharNetwork(vocab_size, config.embedding_dim, config.hidden_size)


def _hidden_of(model: NextCharNetwork, ids: torch.Tensor) -> torch.Tensor:
    return model.hidden_layer(ids)[0]


class OneToOneTask:
    """The one-to-one task: ``prepare`` → CharData, ``train`` → generator, ``evaluate`` → dict."""

    key = "one_to_one"

    def prepare(self, source: Any = None, seed: int = 0) -> CharData:
        """Return the character data of ``source`` (None: the built-in Spanish sample); see
        ``char_data.prepare_chars``. Raises TooLittleText for an empty or one-line corpus."""
        return prepare_chars(source, seed)

    def train(self, config: TaskConfig, data: CharData) -> Generator[Any, None, TrainedTask]:
        """Train the network; see ``char_training.train_next_char`` for the events (the
        snapshot's ``hidden`` is the hidden layer, probe length × d_h). Worker thread."""
        model = build_one_to_one(config, data.vocab_size)
        return (yield from train_next_char(self.key, model, config, data, _hidden_of))

    def evaluate(self, model: TrainedTask | nn.Module, data: CharData) -> dict:
        """Return held-out accuracy ("value") and cross-entropy with their baselines."""
        return evaluation(model_of(model), data)


ONE_TO_ONE = OneToOneTask()
