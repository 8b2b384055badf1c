"""Attention inside BERT, and the input encoding every view of the model shares.

``encode_pair`` turns sentence A (and B) into [CLS] A [SEP] B [SEP] ids with segment ids, cut to
the model's maximum length and saying so. ``attentions`` runs one forward pass of the encoder
with ``output_attentions=True`` and returns every head's attention matrix: row i is how token i
spreads its attention over the tokens (each row sums to 1), the softmax(QKᵀ/√d) of the lecture's
transformer. ``head_lines`` lists the lines a bertviz-style head view draws.

The functions take a model and tokenizer as ``load_model`` returns them or as pre-training
leaves them; they run on whatever thread holds the model (a worker, not the GUI thread: a
bert-base forward takes a fraction of a second). torch is imported inside the functions.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

# Tokens a head view may hide: [CLS] and [SEP] soak up much attention and hide the rest.
SPECIAL_TOKENS = frozenset({"[CLS]", "[SEP]", "[PAD]"})
# Tokenizers without a model_max_length say 1e30; BERT's own limit is 512 positions.
_DEFAULT_MAX = 512


@dataclass(frozen=True)
class Encoded:
    """An input as the model sees it: ``input_ids`` and ``token_type_ids`` (segment A = 0,
    B = 1), int64 arrays of length T; the ``tokens`` as strings; ``word_ids`` (the word of the
    text each token comes from, None for [CLS]/[SEP]); ``truncated`` when the text was cut to
    fit the model's maximum length."""

    input_ids: np.ndarray
    token_type_ids: np.ndarray
    tokens: tuple[str, ...]
    word_ids: tuple[int | None, ...]
    truncated: bool

    def __len__(self) -> int:
        return len(self.tokens)


def encoder_of(model: Any) -> Any:
    """Return the encoder (``model.bert``) of a BERT model with heads, or the model itself."""
    return getattr(model, "bert", model)


def max_input_tokens(model: Any, tokenizer: Any, max_tokens: int | None = None) -> int:
    """Return the most tokens (with [CLS]/[SEP]) an input may have: the model's position
    table, the tokenizer's limit and ``max_tokens``, whichever is smallest."""
    limit = int(model.config.max_position_embeddings)
    tokenizer_limit = getattr(tokenizer, "model_max_length", None)
    if tokenizer_limit is not None and tokenizer_limit < 1_000_000:
        limit = min(limit, int(tokenizer_limit))
    if max_tokens is not None:
        limit = min(limit, int(max_tokens))
    return limit


def encode_pair(
    tokenizer: Any, text_a: str, text_b: str | None = None, max_len: int | None = None
) -> Encoded:
    """Return [CLS] A [SEP] (B [SEP]) encoded; an empty or None ``text_b`` means one sentence.
    Longer than ``max_len`` tokens: cut, the longer sentence first, with ``truncated`` True."""
    pair = text_b if text_b and text_b.strip() else None
    specials = tokenizer.num_special_tokens_to_add(pair=pair is not None)
    if max_len is None:
        limit = getattr(tokenizer, "model_max_length", _DEFAULT_MAX)
        max_len = limit if limit < 1_000_000 else _DEFAULT_MAX
    # At least one token of each sentence survives the cut.
    max_len = max(int(max_len), specials + (2 if pair is not None else 1))
    # verbose=False: the too-long warning is ours to give, as the truncated flag.
    encoding = tokenizer(text_a, pair, truncation=False, verbose=False)
    truncated = len(encoding["input_ids"]) > max_len
    if truncated:
        encoding = tokenizer(
            text_a, pair, truncation="longest_first", max_length=max_len, verbose=False
        )
    ids = np.asarray(encoding["input_ids"], dtype=np.int64)
    if "token_type_ids" in encoding:
        types = np.asarray(encoding["token_type_ids"], dtype=np.int64)
    else:
        types = np.zeros_like(ids)
    return Encoded(
        input_ids=ids,
        token_type_ids=types,
        tokens=tuple(tokenizer.convert_ids_to_tokens(ids.tolist())),
        word_ids=tuple(encoding.word_ids()),
        truncated=bool(truncated),
    )


def encode_for(
    model: Any,
    tokenizer: Any,
    text_a: str,
    text_b: str | None = None,
    max_tokens: int | None = None,
) -> Encoded:
    """``encode_pair`` cut to what ``model`` accepts (see ``max_input_tokens``)."""
    return encode_pair(tokenizer, text_a, text_b, max_input_tokens(model, tokenizer, max_tokens))


@contextlib.contextmanager
def evaluating(model: Any) -> Iterator[None]:
    """Run the block with ``model`` in eval mode (no dropout) and no autograd; restore the
    training flag after, so a model fresh from pre-training can be looked at in between."""
    import torch

    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            yield
    finally:
        model.train(was_training)


def model_inputs(model: Any, encoded: Encoded) -> dict[str, Any]:
    """Return the batch of one as torch tensors on the model's device."""
    import torch

    device = next(model.parameters()).device
    types = encoded.token_type_ids
    if int(model.config.type_vocab_size) < 2:
        types = np.zeros_like(types)  # models with one segment embedding only
    return {
        "input_ids": torch.as_tensor(encoded.input_ids, device=device).unsqueeze(0),
        "token_type_ids": torch.as_tensor(types, device=device).unsqueeze(0),
        "attention_mask": torch.ones((1, len(encoded)), dtype=torch.long, device=device),
    }


def causal_mask_bias(length: int, dtype: Any, device: Any) -> Any:
    """Return the additive (1, 1, T, T) mask of a left-to-right model: 0 where token i may see
    token j (j ≤ i), the dtype's most negative number elsewhere (softmax gives 0 there)."""
    import torch

    blocked = torch.ones((length, length), dtype=torch.bool, device=device).triu(1)
    bias = torch.zeros((length, length), dtype=dtype, device=device)
    bias.masked_fill_(blocked, torch.finfo(dtype).min)
    return bias[None, None]


def _use_eager_attention(model: Any) -> None:
    # SDPA and flash kernels never form the attention matrix: only eager returns it.
    config = model.config
    if getattr(config, "_attn_implementation", "eager") != "eager":
        model.set_attn_implementation("eager")


def encoded_attentions(model: Any, encoded: Encoded, causal: bool = False) -> np.ndarray:
    """Return the attention of every layer and head for ``encoded``, float32 numpy shaped
    (layers, heads, T, T): one encoder forward pass with ``output_attentions=True``.
    ``causal`` applies a left-to-right mask to the same weights (token i sees j ≤ i)."""
    import torch

    _use_eager_attention(model)
    inputs = model_inputs(model, encoded)
    if causal:
        dtype = next(model.parameters()).dtype
        inputs["attention_mask"] = causal_mask_bias(len(encoded), dtype, inputs["input_ids"].device)
    with evaluating(model):
        output = encoder_of(model)(**inputs, output_attentions=True)
        stacked = torch.cat(output.attentions, dim=0)  # (layers, heads, T, T), one copy
    return stacked.to(device="cpu", dtype=torch.float32).numpy()


def attentions(
    model: Any,
    tokenizer: Any,
    text_a: str,
    text_b: str | None = None,
    max_tokens: int | None = None,
) -> tuple[list[str], np.ndarray]:
    """Return ``(tokens, array)``: the input's tokens and its attention, float32 shaped
    (layers, heads, T, T), rows summing to 1. Input longer than the model's maximum is cut;
    to know whether it was, call ``encode_for`` then ``encoded_attentions``."""
    encoded = encode_for(model, tokenizer, text_a, text_b, max_tokens)
    return list(encoded.tokens), encoded_attentions(model, encoded)


def head_lines(
    attention_matrix: np.ndarray,
    threshold: float = 0.0,
    hide_special: bool = False,
    tokens: Sequence[str] | None = None,
) -> list[tuple[int, int, float]]:
    """Return the lines a head view draws for one head's (T, T) matrix: ``(i, j, weight)``
    from token i (left column) to token j (right column) for each weight ≥ ``threshold``,
    row by row. ``hide_special`` drops lines from or to [CLS]/[SEP]/[PAD] (``tokens`` needed);
    the other weights are kept as they are, not renormalised. Pure numpy: any thread."""
    weights = np.asarray(attention_matrix)
    if weights.ndim != 2 or weights.shape[0] != weights.shape[1]:
        raise ValueError(f"attention_matrix must be square (T, T), got shape {weights.shape}")
    keep = weights >= threshold
    if hide_special:
        if tokens is None or len(tokens) != weights.shape[0]:
            raise ValueError("hide_special needs one token per row of attention_matrix")
        special = np.fromiter((token in SPECIAL_TOKENS for token in tokens), bool, len(tokens))
        keep &= ~special[:, None] & ~special[None, :]
    rows, cols = np.nonzero(keep)
    values = weights[rows, cols].astype(float)
    return list(zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True))
