"""Context in BERT: static vs contextual vectors, and one-way vs two-way attention masks.

Word-sense disambiguation (the lecture's "Aplicaciones"): "me senté en el banco del parque" and
"saqué dinero del banco" share one static vector for "banco" (a row of the input table, like
word2vec) but get two BERT vectors, one per context. ``layer_cosines`` compares the two
occurrences layer by layer; ``contextual_neighbours`` lists the vocabulary nearest to each.

The lecture's two pictures: a left-to-right model builds each representation from the tokens
before it (``unidirectional_mask``, lower-triangular); BERT's tokens see the whole input,
themselves included (``bidirectional_mask``), which is why BERT is trained by masking.
Worker thread for the functions that run the model; the masks are pure numpy.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from lab_app.core.bert.attention import (
    Encoded,
    encode_for,
    encoded_attentions,
    encoder_of,
    evaluating,
    model_inputs,
)
from lab_app.core.bert.checkpoints import untrained_heads
from lab_app.core.bert.errors import WordNotFound
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

_UNUSED_PREFIX = "[unused"  # bert-base's reserved rows: never neighbours


class Neighbour(NamedTuple):
    """A vocabulary token and its cosine similarity to the vector asked about."""

    token: str
    cosine: float


def unidirectional_mask(length: int) -> np.ndarray:
    """Return the (T, T) 0/1 mask of a left-to-right model: row i has ones at j ≤ i (each
    token sees itself and the tokens before it), lower-triangular."""
    return np.tril(np.ones((length, length), dtype=np.int8))


def bidirectional_mask(length: int) -> np.ndarray:
    """Return BERT's (T, T) 0/1 mask: all ones, every token sees every token, itself too."""
    return np.ones((length, length), dtype=np.int8)


def causal_attention(
    model: Any, tokenizer: Any, text: str, max_tokens: int | None = None
) -> tuple[list[str], np.ndarray]:
    """Return ``(tokens, array)`` like ``attentions`` but with the left-to-right mask applied
    to the same model's weights: what BERT's heads would do if each token could only look
    back. The model was not trained this way: it shows the mask's effect, not a trained
    left-to-right model. Worker thread."""
    encoded = encode_for(model, tokenizer, text, None, max_tokens)
    return list(encoded.tokens), encoded_attentions(model, encoded, causal=True)


def _word_not_found(word: str, sentence: str) -> WordNotFound:
    return WordNotFound(
        say(
            QT_TRANSLATE_NOOP(
                "core", "The word '{word}' is not in the sentence '{sentence}' (as a whole word)."
            ),
            word=word,
            sentence=sentence,
        )
    )


def _word_pieces(tokenizer: Any, word: str) -> list[int]:
    return list(tokenizer(word.strip(), add_special_tokens=False)["input_ids"])


def find_word(
    tokenizer: Any, encoded: Encoded, sentence: str, word: str, occurrence: int = 0
) -> slice:
    """Return the token positions of ``word`` in ``encoded`` (its ``occurrence``-th match,
    0 = first): the word's own WordPiece ids, starting and ending on word boundaries, so
    "banco" does not match inside "bancos". Raise WordNotFound when absent."""
    pieces = _word_pieces(tokenizer, word)
    if not pieces:
        raise _word_not_found(word, sentence)
    ids, words, n = encoded.input_ids.tolist(), encoded.word_ids, len(pieces)
    found = 0
    for start in range(len(ids) - n + 1):
        stop = start + n
        if ids[start:stop] != pieces or words[start] is None:
            continue
        starts_word = start == 0 or words[start - 1] != words[start]
        ends_word = stop == len(ids) or words[stop] != words[stop - 1]
        if starts_word and ends_word:
            if found == occurrence:
                return slice(start, stop)
            found += 1
    raise _word_not_found(word, sentence)


def occurrence_vectors(
    model: Any,
    tokenizer: Any,
    sentence: str,
    word: str,
    occurrence: int = 0,
    max_tokens: int | None = None,
) -> np.ndarray:
    """Return the contextual vectors of ``word`` in ``sentence``, float32 (layers + 1, H):
    row 0 the embedding layer's output, row l the output of encoder layer l; each row the mean
    over the word's WordPiece tokens. Raise WordNotFound. Worker thread."""
    import torch

    encoded = encode_for(model, tokenizer, sentence, None, max_tokens)
    span = find_word(tokenizer, encoded, sentence, word, occurrence)
    with evaluating(model):
        output = encoder_of(model)(**model_inputs(model, encoded), output_hidden_states=True)
        layers = torch.stack([hidden[0, span].mean(dim=0) for hidden in output.hidden_states])
    return layers.to(device="cpu", dtype=torch.float32).numpy()


def _cosine_rows(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    first, second = np.asarray(first, np.float64), np.asarray(second, np.float64)
    norms = np.linalg.norm(first, axis=-1) * np.linalg.norm(second, axis=-1)
    return np.sum(first * second, axis=-1) / np.maximum(norms, 1e-12)


def layer_cosines(
    model: Any, tokenizer: Any, sentence_1: str, sentence_2: str, word: str
) -> np.ndarray:
    """Return the cosine between ``word``'s vectors in the two sentences, layer by layer:
    float64 (layers + 1,). Row 0 is below 1 even for the same word because position and
    segment embeddings are already added; the static vector (``static_vector``) is one."""
    first = occurrence_vectors(model, tokenizer, sentence_1, word)
    second = occurrence_vectors(model, tokenizer, sentence_2, word)
    return _cosine_rows(first, second)


def _input_table(model: Any) -> np.ndarray:
    import torch

    table = encoder_of(model).embeddings.word_embeddings.weight
    return table.detach().to(device="cpu", dtype=torch.float32).numpy()


def static_vector(model: Any, tokenizer: Any, word: str) -> np.ndarray:
    """Return ``word``'s static vector, float32 (H,): the mean of its WordPiece rows in the
    input embedding table, the same in every sentence (as a word2vec vector is)."""
    pieces = _word_pieces(tokenizer, word)
    if not pieces:
        raise _word_not_found(word, "")
    return _input_table(model)[pieces].mean(axis=0)


def _nearest(
    tokenizer: Any, table: np.ndarray, vector: np.ndarray, k: int, skip: set[int]
) -> list[Neighbour]:
    table = table[: len(tokenizer)]  # rows past the tokenizer's ids have no token
    cosines = (
        table @ vector / np.maximum(np.linalg.norm(table, axis=1) * np.linalg.norm(vector), 1e-12)
    )
    tokens = tokenizer.convert_ids_to_tokens(list(range(len(cosines))))
    skip = skip | set(tokenizer.all_special_ids)
    skip |= {i for i, token in enumerate(tokens) if token and token.startswith(_UNUSED_PREFIX)}
    if skip:
        cosines[[i for i in skip if i < len(cosines)]] = -np.inf
    best = np.argsort(-cosines, kind="stable")[:k]
    return [Neighbour(tokens[i], float(cosines[i])) for i in best if np.isfinite(cosines[i])]


def contextual_neighbours(
    model: Any,
    tokenizer: Any,
    sentence: str,
    word: str,
    k: int = 5,
    occurrence: int = 0,
    exclude_word: bool = True,
) -> list[Neighbour]:
    """Return the ``k`` vocabulary tokens nearest to ``word``'s last-layer vector in
    ``sentence``, by cosine against the rows of the input embedding table (special tokens and
    the word's own pieces left out when ``exclude_word``).

    What is compared: when the model has a trained masked-LM head, the last-layer vector is
    first passed through that head's transform (dense + GELU + LayerNorm), because the head
    scores tokens by the dot product of that result with this same table (the decoder is tied to
    it): the neighbours are then the tokens BERT finds fitting at that place. Without the head
    the raw last-layer vector is compared. Worker thread."""
    import torch

    encoded = encode_for(model, tokenizer, sentence)
    span = find_word(tokenizer, encoded, sentence, word, occurrence)
    with evaluating(model):
        hidden = encoder_of(model)(**model_inputs(model, encoded)).last_hidden_state[0, span]
        head = getattr(getattr(model, "cls", None), "predictions", None)
        if head is not None and "mlm" not in untrained_heads(model):
            hidden = head.transform(hidden)
        vector = hidden.mean(dim=0).to(device="cpu", dtype=torch.float32).numpy()
    skip = set(encoded.input_ids[span].tolist()) if exclude_word else set()
    return _nearest(tokenizer, _input_table(model), vector, k, skip)


def static_neighbours(
    model: Any, tokenizer: Any, word: str, k: int = 5, exclude_word: bool = True
) -> list[Neighbour]:
    """Return the ``k`` tokens whose input-table rows are nearest (cosine) to ``word``'s static
    vector: the same list whatever the sentence, as with word2vec."""
    vector = static_vector(model, tokenizer, word)
    skip = set(_word_pieces(tokenizer, word)) if exclude_word else set()
    return _nearest(tokenizer, _input_table(model), vector, k, skip)
