"""BERT's input representation (the lecture's "Representación" slide): for each token, its
token embedding + segment (sentence) embedding + position embedding, then LayerNorm.

Read straight from the model's own tables (``model.bert.embeddings``), so the numbers are the
ones the first encoder layer receives. Numpy copies: safe to hand to the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from lab_app.core.bert.attention import encode_for, encoder_of, evaluating


@dataclass(frozen=True)
class Representation:
    """One input, embedded: ``tokens`` and ``segment_ids`` (0 = A, 1 = B) of length T, and
    float32 (T, H) arrays: ``token_embeddings`` (rows of the WordPiece table),
    ``segment_embeddings``, ``position_embeddings`` (position 0..T-1), their ``summed`` total,
    and ``normalized``, the LayerNorm of the sum (what the encoder's first layer reads; dropout
    only acts in training). ``truncated`` when the input was cut to the model's maximum."""

    tokens: tuple[str, ...]
    segment_ids: np.ndarray
    token_embeddings: np.ndarray
    segment_embeddings: np.ndarray
    position_embeddings: np.ndarray
    summed: np.ndarray
    normalized: np.ndarray
    truncated: bool


def input_representation(
    model: Any,
    tokenizer: Any,
    text_a: str,
    text_b: str | None = None,
    max_tokens: int | None = None,
) -> Representation:
    """Return the ``Representation`` of sentence A (and B) for ``model``. Worker thread."""
    import torch

    encoded = encode_for(model, tokenizer, text_a, text_b, max_tokens)
    embeddings = encoder_of(model).embeddings
    device = embeddings.word_embeddings.weight.device
    ids = torch.as_tensor(encoded.input_ids, device=device)
    segments = torch.as_tensor(encoded.token_type_ids, device=device)
    if embeddings.token_type_embeddings.num_embeddings < 2:
        segments = torch.zeros_like(segments)
    positions = torch.arange(len(encoded), device=device)
    with evaluating(model):
        token = embeddings.word_embeddings(ids)
        segment = embeddings.token_type_embeddings(segments)
        position = embeddings.position_embeddings(positions)
        summed = token + segment + position
        normalized = embeddings.LayerNorm(summed)

    def copy(tensor: Any) -> np.ndarray:
        return tensor.to(device="cpu", dtype=torch.float32).numpy().copy()

    return Representation(
        tokens=encoded.tokens,
        segment_ids=encoded.token_type_ids.copy(),
        token_embeddings=copy(token),
        segment_embeddings=copy(segment),
        position_embeddings=copy(position),
        summed=copy(summed),
        normalized=copy(normalized),
        truncated=encoded.truncated,
    )
