"""Many to many, x ≠ y: translate Spanish number words into digits (LECTURE.md §1).

"ciento veintitrés" → "123": n input words, m output characters, n ≠ m. An encoder reads the
words, a decoder writes the digits while attending to the words (``seq2seq_model``); training
uses teacher forcing (the decoder reads the true previous digit), translation greedy decoding
(it reads its own). Metrics on the held-out numbers: exact match (the whole string right) and
character accuracy; the baseline is the "majority string" (``seq2seq_data.baseline_string``),
which ignores the input. Imports torch: import lazily.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from numbers import Integral

import numpy as np
import torch
from torch import nn

from lab_app.core.events import Heartbeat, Progress, drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer
from lab_app.core.rnn.models import check_cell
from lab_app.core.rnn.tasks.base import (
    FINISH,
    HiddenSnapshot,
    TaskConfig,
    TaskDiverged,
    TaskMetrics,
    TrainedTask,
    state_copy,
)
from lab_app.core.rnn.tasks.number_words import Seq2SeqError
from lab_app.core.rnn.tasks.seq2seq_data import Seq2SeqData, Split, Vocabularies, prepare_pairs
from lab_app.core.rnn.tasks.seq2seq_model import Seq2SeqModel, check_attention
from lab_app.core.seeding import generator, seeded

KEY = "many_to_many_seq2seq"
METRIC = "exact_match"
BASELINE_NAME = "majority string"
EVENT_SECONDS = 0.1
EVALUATE_SECONDS = 1.0
EVAL_CHUNK = 64  # held-out items per greedy pass: each pass a cancel point
# A loss this many times log(V) (the uniform guess) means the weights blew up even if finite.
EXPLODED_FACTOR = 10.0
CLIP = 1.0
# Largest settings: one step at 256 units, batch 128, on numbers below a million stays near
# 0.1 s on one core (Stop waits for the step in progress).
_LIMITS = {"hidden_size": 256, "embedding_dim": 128, "batch_size": 128, "max_steps": 100_000}


class BadSettings(Seq2SeqError):
    """A training setting is out of range (sizes, steps, learning rate)."""


class TrainingDiverged(TaskDiverged, Seq2SeqError):
    """The loss became non-finite or exploded. ``last_good`` is a TrainedTask with the weights
    of the last checkpoint whose loss was finite (checkpoints follow the ~0.1 s events)."""

    def __init__(self, step: int, loss: float, last_good: TrainedTask):
        good = last_good.history[-1].step if last_good.history else 0
        super().__init__(step, loss, last_good, good)


@dataclass(frozen=True)
class Scores:
    """Held-out scores of a model and of the majority-string baseline."""

    exact_match: float
    char_accuracy: float
    baseline_exact_match: float
    baseline_char_accuracy: float


class Seq2SeqTask:
    """The encoder-decoder task; ``attention`` is "additive" (Bahdanau) or "dot" (Luong)."""

    key = KEY

    def __init__(self, attention: str = "additive"):
        check_attention(attention)
        self.attention = attention

    def prepare(self, source: object = None, seed: int = 0) -> Seq2SeqData:
        """Return the data: None gives numbers 0–999 as words → digits; see ``prepare_pairs``
        (a NumberSource, or any (source text, target text) pairs). Raises BadPairs/BadNumber."""
        return prepare_pairs(source, seed)

    def train(
        self, config: TaskConfig, data: Seq2SeqData
    ) -> Generator[TaskMetrics | Progress | HiddenSnapshot | Heartbeat, None, TrainedTask]:
        """Train with teacher forcing; yield events; return a TrainedTask (vocab: Vocabularies).

        Yields about every 0.1 s a ``TaskMetrics`` (mean loss since the last one) and a
        ``Progress``; about every second, and at the last step, the TaskMetrics also carries
        the held-out exact match and the baseline's, followed by a ``HiddenSnapshot`` of the
        probe (encoder states h_j, the greedy output, attention decoder × encoder). The history
        keeps one TaskMetrics per step. Raises BadSettings or ValueError (cell) before
        training, TrainingDiverged (with the last good weights) when the loss is non-finite
        or above 10·log(V). Runs on a worker thread; events hold numpy copies only.
        """
        _check_settings(config)
        model = build_model(config, data.vocab, self.attention)
        optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
        batches = generator(config.seed)
        exploded = EXPLODED_FACTOR * math.log(len(data.vocab.target))
        event_pace, evaluate_pace, beat = Pacer(EVENT_SECONDS), Pacer(EVALUATE_SECONDS), Pacer()
        history: list[TaskMetrics] = []
        recent: list[float] = []
        good_state, good_steps = state_copy(model), 0
        evaluate_pace.due()
        yield probe_snapshot(model, data, 0)
        for step in range(1, config.max_steps + 1):
            rows = torch.randint(len(data.train), (config.batch_size,), generator=batches)
            loss = _loss(model, data.train, rows)
            value = loss.item()
            if not math.isfinite(value) or value > exploded:
                good = _rebuild(config, data.vocab, self.attention, good_state)
                last_good = TrainedTask(KEY, good, config, data.vocab, history[:good_steps])
                raise TrainingDiverged(step, value, last_good)
            last = step == config.max_steps
            tick = event_pace.due() or last
            if tick:  # the weights before this update just gave a finite loss: keep them
                good_state, good_steps = state_copy(model), step - 1
            _update(model, optimizer, loss)
            history.append(TaskMetrics(step, value))
            recent.append(value)
            if not tick:
                continue
            scores = None
            if evaluate_pace.due() or last:
                scores = yield from iter_scores(model, data.held_out, data, beat)
                history[-1] = _with_scores(history[-1], scores)
            event = _with_scores(TaskMetrics(step, sum(recent) / len(recent)), scores)
            finish = (yield event) == FINISH
            recent.clear()
            yield Progress(done=step, total=config.max_steps, unit="steps")
            if scores is not None or finish:
                yield probe_snapshot(model, data, step)
            if finish:
                break
        return TrainedTask(KEY, model, config, data.vocab, history)

    def evaluate(self, model: TrainedTask | Seq2SeqModel, data: Seq2SeqData) -> dict:
        """Return held-out {"metric": "exact_match", "value", "baseline", "baseline_name",
        "char_accuracy", "baseline_char_accuracy", "baseline_string"}. Any thread may call it
        (it runs on the caller's thread; a worker can use ``iter_scores`` for cancel points).
        """
        network = model.model if isinstance(model, TrainedTask) else model
        scores = drain(iter_scores(network, data.held_out, data, Pacer(HEARTBEAT_SECONDS)))
        return {
            "metric": METRIC,
            "value": scores.exact_match,
            "baseline": scores.baseline_exact_match,
            "baseline_name": BASELINE_NAME,
            "char_accuracy": scores.char_accuracy,
            "baseline_char_accuracy": scores.baseline_char_accuracy,
            "baseline_string": data.baseline,
        }


SEQ2SEQ = Seq2SeqTask()


def build_model(config: TaskConfig, vocab: Vocabularies, attention: str) -> Seq2SeqModel:
    """Return a fresh model whose weights come from ``config.seed`` alone (any thread)."""
    with seeded(config.seed):
        return Seq2SeqModel(
            config.cell,
            len(vocab.source),
            len(vocab.target),
            config.embedding_dim,
            config.hidden_size,
            attention,
        )


def translate(trained: TrainedTask, words: str | Sequence[str]) -> tuple[str, np.ndarray]:
    """Greedy-translate ``words`` (a string split on spaces, or tokens); return (the output
    text, e.g. "123", and the attention matrix as numpy, output characters × input tokens;
    each row sums to 1). Raises UnknownWords for words not seen in training, BadPairs for an
    empty input. Any thread may call it (the model is only read)."""
    tokens = words.split() if isinstance(words, str) else list(words)
    if not tokens:
        from lab_app.core.rnn.tasks.seq2seq_data import BadPairs

        raise BadPairs(say(QT_TRANSLATE_NOOP("core", "Nothing to translate: no words given")))
    vocab: Vocabularies = trained.vocab
    ids = vocab.source_ids(tokens, strict=True)
    out, attention, _ = _greedy(trained.model, torch.tensor([ids]), vocab)
    text = vocab.target_text(out[0])
    return text, attention[0, : _output_steps(out[0])].numpy().copy()


def probe_snapshot(model: Seq2SeqModel, data: Seq2SeqData, step: int) -> HiddenSnapshot:
    """Return the probe's HiddenSnapshot: tokens (the source words), hidden (encoder states,
    words × d_h), outputs (the greedy characters), attention (characters × words)."""
    ids = torch.tensor([data.vocab.source_ids(data.probe)])
    out, attention, states = _greedy(model, ids, data.vocab)
    steps = _output_steps(out[0])
    text = data.vocab.target_text(out[0])
    return HiddenSnapshot(
        step=step,
        tokens=data.probe,
        hidden=states[0].numpy().copy(),
        outputs=tuple(text),
        attention=attention[0, :steps].numpy().copy(),
    )


def iter_scores(
    model: Seq2SeqModel, split: Split, data: Seq2SeqData, beat: Pacer
) -> Generator[Heartbeat, None, Scores]:
    """Greedy-decode ``split`` in chunks (a cancel point between chunks); return its Scores.

    Exact match: share of items whose whole output equals the target. Character accuracy:
    characters equal at the same position, over Σ max(len(output), len(target)), so a too
    long or too short output loses the difference.
    """
    outputs = yield from iter_outputs(model, split, data.vocab, beat)
    constant = [data.baseline] * len(split)
    return Scores(*_match(outputs, split.targets), *_match(constant, split.targets))


def iter_outputs(
    model: Seq2SeqModel, split: Split, vocab: Vocabularies, beat: Pacer
) -> Generator[Heartbeat, None, list[str]]:
    """Greedy-decode every item of ``split`` in padded chunks (a cancel point between chunks);
    return the output texts in order. Words unseen in training read as ``<unk>``."""
    outputs: list[str] = []
    for start in range(0, len(split), EVAL_CHUNK):
        rows = slice(start, start + EVAL_CHUNK)
        out, _, _ = _greedy(model, split.source[rows], vocab, split.lengths[rows])
        outputs.extend(vocab.target_text(row) for row in out)
        yield from beat.beat()
    return outputs


def _match(outputs: Sequence[str], targets: Sequence[str]) -> tuple[float, float]:
    """Return (exact match, character accuracy) of outputs against targets."""
    exact = sum(o == t for o, t in zip(outputs, targets)) / len(targets)
    same = sum(sum(a == b for a, b in zip(o, t)) for o, t in zip(outputs, targets))
    total = sum(max(len(o), len(t)) for o, t in zip(outputs, targets))
    return exact, same / max(total, 1)


def _greedy(model: Seq2SeqModel, source: torch.Tensor, vocab: Vocabularies, lengths=None):
    if lengths is None:
        lengths = torch.full((source.shape[0],), source.shape[1])
    with torch.no_grad():
        return model.greedy(source, lengths, vocab.max_target_len)


def _output_steps(ids: torch.Tensor) -> int:
    """Number of characters before the first ``</s>`` (all steps when there is none)."""
    ends = (ids == 2).nonzero()
    return int(ends[0, 0]) if len(ends) else len(ids)


def _loss(model: Seq2SeqModel, split: Split, rows: torch.Tensor) -> torch.Tensor:
    """Teacher-forced cross-entropy over the target characters and ``</s>`` (padding ignored)."""
    logits, _ = model(split.source[rows], split.lengths[rows], split.decoder_input[rows])
    targets = split.decoder_target[rows]
    return nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=0
    )


def _update(model: nn.Module, optimizer: torch.optim.Optimizer, loss: torch.Tensor) -> None:
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), CLIP)
    optimizer.step()


def _with_scores(metrics: TaskMetrics, scores: Scores | None) -> TaskMetrics:
    if scores is None:
        return metrics
    return TaskMetrics(
        metrics.step, metrics.loss, scores.exact_match, scores.baseline_exact_match, METRIC
    )


def _rebuild(config: TaskConfig, vocab: Vocabularies, attention: str, state: dict) -> Seq2SeqModel:
    model = build_model(config, vocab, attention)  # seeded: leaves others' draws alone
    model.load_state_dict(state)
    return model


def _check_settings(config: TaskConfig) -> None:
    """Raise ValueError for an unknown cell, BadSettings for a size, step or rate out of range."""
    check_cell(config.cell)
    for name, most in _LIMITS.items():
        value = getattr(config, name)
        if not (isinstance(value, Integral) and not isinstance(value, bool) and 1 <= value <= most):
            text = QT_TRANSLATE_NOOP("core", "{name} must be between 1 and {most}; got {value}")
            raise BadSettings(say(text, name=name, most=most, value=repr(value)))
    rate = config.learning_rate
    if not (isinstance(rate, (int, float)) and math.isfinite(rate) and rate > 0):
        text = QT_TRANSLATE_NOOP("core", "learning_rate must be a positive number; got {value}")
        raise BadSettings(say(text, value=repr(rate)))
