"""A trained task on any input the student types: h_t over its tokens and the task's outputs.

The lecture's point (§1): an RNN takes input of any length and its size does not grow with it.
``on_input`` runs the same weights on a sentence of any length; the page shows the parameter
count beside T to make that visible.
"""

from __future__ import annotations

import re

from lab_app.core.events import Notice
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TrainedTask
from lab_app.core.rnn.tasks.word_tasks import TaskDataError

MAX_INPUT_TOKENS = 400
_WORDS = re.compile(r"\w+|[^\w\s]")


class InputError(TaskDataError):
    """The typed input cannot be run (empty, or too long to show)."""


def words_of(text: str) -> list[str]:
    """Split a typed sentence into words and punctuation marks (as the word tasks read)."""
    return _WORDS.findall(text)


def tokens_of(key: str, text: str) -> list[str]:
    """The tokens task ``key`` reads from ``text``: characters, words, or words lowercased."""
    if key in ("one_to_one", "one_to_many"):
        return list(text)
    if key == "many_to_many_seq2seq":
        return text.lower().split()
    return words_of(text)


def on_input(trained: TrainedTask, text: str, longest: int = 0) -> tuple[HiddenSnapshot, Notice]:
    """Run ``trained`` on ``text``; return its snapshot (h_t per token, outputs, attention for
    seq2seq) and a notice saying T, and whether T passes the longest training input
    (``longest``; 0: unknown). Raises InputError for an empty or too long input, and the
    task's own error for words a translation model never saw. The GUI thread may call it
    while no run trains this model."""
    tokens = tokens_of(trained.key, text)
    if not tokens:
        raise InputError(say(QT_TRANSLATE_NOOP("core", "Type a sentence to run the model on.")))
    if len(tokens) > MAX_INPUT_TOKENS:
        message = QT_TRANSLATE_NOOP(
            "core", "The input has {count} tokens; this view shows at most {most}."
        )
        raise InputError(say(message, count=len(tokens), most=MAX_INPUT_TOKENS))
    snapshot = _snapshot(trained, tokens)
    return snapshot, _length_notice(len(tokens), longest)


def _length_notice(length: int, longest: int) -> Notice:
    if longest and length > longest:
        text = QT_TRANSLATE_NOOP(
            "core",
            "T = {length}: longer than any training input ({longest}). The same weights still "
            "read it, one step at a time; the model may do worse this far.",
        )
        return Notice(say(text, length=length, longest=longest), "warning")
    return Notice(say(QT_TRANSLATE_NOOP("core", "T = {length} steps."), length=length))


def _snapshot(trained: TrainedTask, tokens: list[str]) -> HiddenSnapshot:
    key = trained.key
    if key in ("one_to_one", "one_to_many"):
        return _char_snapshot(trained, "".join(tokens))
    if key == "many_to_one":
        from lab_app.core.rnn.tasks.sentiment import probe_snapshot

        return probe_snapshot(trained.model, trained.vocab, tokens, 0)
    if key == "many_to_many_aligned":
        from lab_app.core.rnn.tasks.tagging import probe_snapshot

        return probe_snapshot(trained.model, trained.vocab, [w.lower() for w in tokens], 0)
    return _translation_snapshot(trained, tokens)


def _char_snapshot(trained: TrainedTask, text: str) -> HiddenSnapshot:
    import torch

    model, vocab = trained.model, trained.vocab
    ids = torch.from_numpy(vocab.encode(text)[0])[None, :]
    with torch.no_grad():
        if hasattr(model, "recurrent"):
            hidden = model.recurrent(model.embedding(ids))[0][0]
        else:
            hidden = model.hidden_layer(ids)[0]
        predicted = model(ids)[0].argmax(dim=1).tolist()
    outputs = tuple(vocab.decode([i]) for i in predicted)
    return HiddenSnapshot(0, tuple(text), hidden.numpy().copy(), outputs)


def _translation_snapshot(trained: TrainedTask, tokens: list[str]) -> HiddenSnapshot:
    import torch

    from lab_app.core.rnn.tasks.seq2seq import translate

    text, attention = translate(trained, tokens)
    ids = torch.tensor([trained.vocab.source_ids(tokens)])
    with torch.no_grad():
        states = trained.model.encode(ids, torch.tensor([len(tokens)]))[0]
    return HiddenSnapshot(0, tuple(tokens), states[0].numpy().copy(), tuple(text), attention)
