"""The two pre-training tasks as playgrounds (lecture §4).

Masked LM: write a sentence with one or more [MASK] ("the man went to the [MASK] to buy a
[MASK] of milk") and get the model's top-k tokens for each, with probabilities (a softmax over
the whole vocabulary). Next-sentence prediction: sentences A and B -> IsNextSentence or
NotNextSentence, with probability. Functions that run the model belong on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lab_app.core.bert.attention import encode_for, encoder_of, evaluating, model_inputs
from lab_app.core.bert.checkpoints import untrained_heads
from lab_app.core.bert.errors import EmptySentence, MissingHead, NoMask
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

# Index 0 of BERT's next-sentence head is "B follows A" (transformers' convention too).
NEXT_SENTENCE_LABELS = ("IsNextSentence", "NotNextSentence")
# "[mask]", "[Mask]", "[ MASK ]": whatever the student types means the mask token.
_TYPED_MASK = re.compile(r"\[\s*mask\s*\]", re.IGNORECASE)


@dataclass(frozen=True)
class MaskPrediction:
    """The guesses for one [MASK]: its ``position`` in the model's input ([CLS] is 0), the
    top-k ``tokens`` and their ``token_ids`` and ``probabilities`` (most likely first), and
    ``truncated`` when the input was cut to the model's maximum length."""

    position: int
    tokens: tuple[str, ...]
    token_ids: tuple[int, ...]
    probabilities: tuple[float, ...]
    truncated: bool = False


@dataclass(frozen=True)
class LectureExamples:
    """The lecture's examples, ready in the playgrounds."""

    masked_lm: str
    masked_lm_answers: tuple[str, ...]
    next_sentence: tuple[tuple[str, str, str], ...]  # (A, B, expected label)
    banco_word: str
    banco: tuple[str, str]


LECTURE_EXAMPLES = LectureExamples(
    masked_lm="the man went to the [MASK] to buy a [MASK] of milk",
    masked_lm_answers=("store", "gallon"),
    next_sentence=(
        ("The man went to the store.", "He bought a gallon of milk.", "IsNextSentence"),
        ("The man went to the store.", "Penguins are flightless.", "NotNextSentence"),
    ),
    banco_word="banco",
    banco=("me senté en el banco del parque", "saqué dinero del banco"),
)


def normalize_masks(tokenizer: Any, text: str) -> str:
    """Return ``text`` with each "[mask]" typed in any case written as the tokenizer's mask
    token (an uncased tokenizer would otherwise cut "[mask]" into "[", "mask", "]")."""
    return _TYPED_MASK.sub(lambda _match: tokenizer.mask_token, text)


def _mlm_head(model: Any) -> Any:
    head = getattr(getattr(model, "cls", None), "predictions", None)
    if head is None or "mlm" in untrained_heads(model):
        raise MissingHead(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This model has no trained masked-LM head, so it cannot fill in [MASK]: "
                    "open a checkpoint saved with its pre-training heads, or pre-train one here.",
                )
            )
        )
    return head


def predict_masked(
    model: Any, tokenizer: Any, text: str, k: int = 5, max_tokens: int | None = None
) -> list[MaskPrediction]:
    """Return one ``MaskPrediction`` per [MASK] in ``text``, in order. All masks are guessed
    at once, each from the whole unmasked context (as in pre-training), not one after another.
    Raise NoMask when the text has none (or none within the model's maximum length) and
    MissingHead when the model has no trained masked-LM head. Worker thread."""
    import torch

    head = _mlm_head(model)
    text = normalize_masks(tokenizer, text)
    encoded = encode_for(model, tokenizer, text, None, max_tokens)
    positions = [
        i for i, token_id in enumerate(encoded.input_ids) if token_id == tokenizer.mask_token_id
    ]
    if not positions:
        raise _no_mask(tokenizer, text, encoded)
    k = max(1, min(int(k), int(model.config.vocab_size)))
    with evaluating(model):
        hidden = encoder_of(model)(**model_inputs(model, encoded)).last_hidden_state
        logits = head(hidden[0, positions]).float()
        probabilities, ids = torch.softmax(logits, dim=-1).topk(k, dim=-1)
    probabilities, ids = probabilities.cpu().tolist(), ids.cpu().tolist()
    return [
        MaskPrediction(
            position=position,
            tokens=tuple(tokenizer.convert_ids_to_tokens(row_ids)),
            token_ids=tuple(row_ids),
            probabilities=tuple(row_probabilities),
            truncated=encoded.truncated,
        )
        for position, row_ids, row_probabilities in zip(positions, ids, probabilities, strict=True)
    ]


def _no_mask(tokenizer: Any, text: str, encoded: Any) -> NoMask:
    if encoded.truncated and tokenizer.mask_token in text:
        return NoMask(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Every [MASK] comes after the first {count} tokens, which is all the model "
                    "reads: shorten the text.",
                ),
                count=len(encoded),
            )
        )
    return NoMask(
        say(
            QT_TRANSLATE_NOOP(
                "core",
                "Write [MASK] where a word is missing (for example: the man went to the [MASK] "
                "to buy a [MASK] of milk), or click a word to mask it.",
            )
        )
    )


def mask_word(tokenizer: Any, text: str, index: int) -> str:
    """Return ``text`` with the word holding WordPiece token ``index`` (an index into
    ``wordpieces(tokenizer, text)``, what the tab shows) replaced by one [MASK]: clicking
    "##ing" of "playing" masks "playing". Raise IndexError for an index out of range."""
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    words = encoding.word_ids()
    if not -len(words) <= index < len(words):
        raise IndexError(f"token index {index} out of range for {len(words)} tokens")
    word = words[index]
    spans = [
        offset
        for offset, other in zip(encoding["offset_mapping"], words, strict=True)
        if other == word
    ]
    start, stop = min(span[0] for span in spans), max(span[1] for span in spans)
    return text[:start] + tokenizer.mask_token + text[stop:]


def _nsp_head(model: Any) -> Any:
    head = getattr(getattr(model, "cls", None), "seq_relationship", None)
    pooler = getattr(encoder_of(model), "pooler", None)
    if head is None or pooler is None or "nsp" in untrained_heads(model):
        raise MissingHead(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This model has no trained next-sentence head (IsNextSentence / "
                    "NotNextSentence): open a checkpoint saved with its pre-training heads, "
                    "or pre-train one here.",
                )
            )
        )
    return head


def next_sentence(model: Any, tokenizer: Any, a: str, b: str) -> tuple[str, float]:
    """Return ``(label, probability)``: "IsNextSentence" when the model finds B likely to
    follow A, else "NotNextSentence", and the probability of that label (softmax of the
    next-sentence head over [CLS]'s pooled vector). Raise EmptySentence when A or B is empty
    and MissingHead for a model without the head. Worker thread."""
    import torch

    head = _nsp_head(model)
    if not a.strip() or not b.strip():
        raise EmptySentence(say(QT_TRANSLATE_NOOP("core", "Write both sentence A and sentence B.")))
    encoded = encode_for(model, tokenizer, a, b)
    with evaluating(model):
        pooled = encoder_of(model)(**model_inputs(model, encoded)).pooler_output
        probabilities = torch.softmax(head(pooled).float(), dim=-1)[0].cpu().tolist()
    best = max(range(len(NEXT_SENTENCE_LABELS)), key=probabilities.__getitem__)
    return NEXT_SENTENCE_LABELS[best], float(probabilities[best])
