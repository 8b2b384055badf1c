"""Masked LM inputs (lecture §4, "Masked LM"): choose 15% of the tokens and hide them.

BERT's rule: of the ordinary tokens, each is chosen with probability ``probability``; a chosen
token becomes [MASK] 80% of the time, a random ordinary token 10% of the time, and stays as it
was 10% of the time (so the model cannot learn that only [MASK] positions matter). The model is
asked for the original token at every chosen position, and at no other (label -100, the value
torch's cross-entropy ignores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from lab_app.core.bert.errors import BadSetting
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    import torch

IGNORED = -100  # torch.nn.CrossEntropyLoss's default ignore_index
MASKED_SHARE = 0.8  # of the chosen tokens, these become [MASK] ...
RANDOM_SHARE_OF_REST = 0.5  # ... and of the others half become a random token, half stay


def mask_tokens(
    input_ids: Any, tokenizer: Any, probability: float = 0.15, seed: int | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (masked_ids, labels), torch LongTensors shaped like ``input_ids``.

    ``input_ids``: a (batch, T) or (T,) LongTensor, numpy array or nested list. Special tokens
    ([CLS], [SEP], [PAD], [UNK], [MASK]: ``tokenizer.all_special_ids``) are never chosen; a
    random replacement is never a special token. ``labels`` holds the original id where a
    token was chosen and -100 elsewhere. ``seed`` seeds a local torch Generator (None: a fresh
    random seed); the global generators are not touched. Any thread.
    """
    import torch

    if not 0.0 <= probability <= 1.0:
        text = QT_TRANSLATE_NOOP("core", "The masking probability must be in [0, 1], got {p}.")
        raise BadSetting(say(text, p=probability))
    ids = torch.as_tensor(np.asarray(input_ids) if isinstance(input_ids, list) else input_ids)
    ids = ids.to(dtype=torch.long).clone()
    rng = torch.Generator(device="cpu")
    if seed is None:
        rng.seed()
    else:
        rng.manual_seed(int(seed))
    specials = torch.tensor(sorted(set(tokenizer.all_special_ids)), dtype=torch.long)
    ordinary = ~torch.isin(ids.cpu(), specials)
    # One uniform draw per position and decision keeps the three draws independent.
    chosen = (torch.rand(ids.shape, generator=rng) < probability) & ordinary
    to_mask = chosen & (torch.rand(ids.shape, generator=rng) < MASKED_SHARE)
    to_random = chosen & ~to_mask & (torch.rand(ids.shape, generator=rng) < RANDOM_SHARE_OF_REST)
    replacements = _random_ordinary(len(tokenizer), specials, ids.shape, rng)
    labels = torch.where(chosen, ids.cpu(), torch.full_like(ids.cpu(), IGNORED))
    masked = ids.cpu().clone()
    masked[to_mask] = int(tokenizer.mask_token_id)
    masked[to_random] = replacements[to_random]
    return masked.to(ids.device), labels.to(ids.device)


def _random_ordinary(
    vocab_size: int, specials: torch.Tensor, shape: torch.Size, rng: torch.Generator
) -> torch.Tensor:
    """Return a tensor of ``shape`` holding ids drawn uniformly from the non-special ids."""
    import torch

    everything = torch.arange(vocab_size, dtype=torch.long)
    allowed = everything[~torch.isin(everything, specials)]
    picks = torch.randint(len(allowed), shape, generator=rng)
    return allowed[picks]


def describe_masking(masked_ids: Any, labels: Any, mask_id: int) -> list[tuple[int, str]]:
    """Return (position, kind) for each chosen position of one sequence (labels != -100):
    kind "mask" ([MASK] shown), "kept" (the original shown) or "random" (another token shown).

    A random replacement that drew the original token reads "kept": the model sees the same
    input. Any thread.
    """
    shown = np.asarray(masked_ids).reshape(-1)
    original = np.asarray(labels).reshape(-1)
    described = []
    for position in np.flatnonzero(original != IGNORED):
        if shown[position] == mask_id:
            kind = "mask"
        elif shown[position] == original[position]:
            kind = "kept"
        else:
            kind = "random"
        described.append((int(position), kind))
    return described
