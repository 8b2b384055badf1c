"""Many to one (LECTURE.md §1): read a sentence word by word, give one label from the last h_T.

Data: the project's Spanish sample (``resources/corpora/spanish_sentiment.csv``, the default),
a built-in corpus with labels (``"pang_lee_polarity"``), a CSV path with text and label
columns, or any ``Corpus`` with labels. Metric: held-out accuracy; baseline: always answer the
training split's majority class.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from lab_app.core.events import drain
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.models import RecurrentClassifier, check_cell
from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TrainedTask
from lab_app.core.rnn.tasks.word_tasks import (
    TaskDataError,
    build_vocab,
    encode,
    pad,
    run_training,
    split_held_out,
)
from lab_app.core.seeding import seeded

SPANISH_SAMPLE = ("corpora", "spanish_sentiment.csv")
METRIC = "accuracy"
BASELINE = "majority class"


class SentimentClassifier(RecurrentClassifier):
    """RecurrentClassifier that reads padded batches: the class comes from each sentence's own
    last word (packed sequences), so padding never enters h_T and any length works."""

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor | None = None) -> torch.Tensor:
        """Return class logits (batch, n_classes) for right-padded ids (batch, time)."""
        if lengths is None:
            return super().forward(ids)
        packed = nn.utils.rnn.pack_padded_sequence(
            self.embedding(ids), lengths.cpu(), batch_first=True, enforce_sorted=False
        )
        _, state = self.recurrent(packed)
        last = state[0] if isinstance(state, tuple) else state  # LSTM: (h_n, C_n)
        return self.head(last[-1])

    def hidden_states(self, ids: torch.Tensor) -> torch.Tensor:
        """Return h_t for every step of one sentence (time, d_h), ids (time,)."""
        hidden, _ = self.recurrent(self.embedding(ids[None]))
        return hidden[0]


@dataclass
class SentimentData:
    """Tokenised labelled sentences, split into training and held-out parts by the seed.

    ``classes`` are the label names (sorted); ``labels`` their indices per sentence;
    ``baseline`` the held-out accuracy of always answering the training majority class.
    Read-only once built; any thread may read it.
    """

    sentences: list[list[str]]
    labels: list[int]
    classes: tuple[str, ...]
    train: list[int]
    held_out: list[int]
    vocab: tuple[str, ...]
    majority: int
    baseline: float
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {word: i for i, word in enumerate(self.vocab)}

    @property
    def probe(self) -> list[str]:
        """The fixed sentence whose h_t the snapshots show: the first held-out sentence."""
        return self.sentences[self.held_out[0]]

    def batch(self, rows: list[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Return (ids, lengths, targets) for the sentences ``rows``."""
        ids, lengths = pad([encode(self.sentences[r], self.index) for r in rows])
        return ids, lengths, torch.tensor([self.labels[r] for r in rows], dtype=torch.long)


class SentimentTask:
    """The many-to-one task: sentiment of a sentence with a word-level recurrent classifier."""

    key = "many_to_one"

    def prepare(self, source: Any = None, seed: int = 0, min_count: int = 2) -> SentimentData:
        """Return SentimentData from ``source`` (see the module docstring; None: the Spanish
        sample); 20 % of each class is held out, chosen by ``seed``. Words seen fewer than
        ``min_count`` times in training become <unk>. Raises TaskDataError when the corpus has
        no labels, one class only, or fewer than 2 sentences of some class; CorpusError when
        the file cannot be read. Worker thread (it may tokenise a corpus).
        """
        corpus = _load(source)
        if not corpus.labels:
            text = QT_TRANSLATE_NOOP(
                "core", "The corpus '{name}' has no labels: choose a label column."
            )
            raise TaskDataError(say(text, name=corpus.name))
        kept = [i for i, label in enumerate(corpus.labels) if str(label).strip()]
        sentences = [corpus.document_tokens(i) for i in kept]
        names = [str(corpus.labels[i]).strip() for i in kept]
        _check_classes(corpus.name, names)
        classes = tuple(sorted(set(names)))
        labels = [classes.index(name) for name in names]
        train, held_out = split_held_out(labels, seed)
        vocab = build_vocab([sentences[i] for i in train], min_count)
        majority = Counter(labels[i] for i in train).most_common(1)[0][0]
        baseline = sum(labels[i] == majority for i in held_out) / len(held_out)
        return SentimentData(sentences, labels, classes, train, held_out, vocab, majority, baseline)

    def build_model(self, config: TaskConfig, data: SentimentData) -> SentimentClassifier:
        """Return a fresh classifier whose weights come from ``config.seed`` alone."""
        check_cell(config.cell)
        with seeded(config.seed):
            return SentimentClassifier(
                config.cell,
                len(data.vocab),
                len(data.classes),
                config.embedding_dim,
                config.hidden_size,
            )

    def train(self, config: TaskConfig, data: SentimentData):
        """Generator: train on ``data.train``; yields Progress, TaskMetrics (held-out accuracy
        and the majority baseline every ~0.5 s) and HiddenSnapshot of ``data.probe`` (outputs:
        the class the model would give after each word); returns a TrainedTask (vocab: the
        data). Raises TrainingDiverged (with ``last_good``) on a NaN loss. Worker thread."""
        model = self.build_model(config, data)

        def batch_loss(indices: torch.Tensor) -> torch.Tensor:
            ids, lengths, targets = data.batch([data.train[int(i)] for i in indices])
            return nn.functional.cross_entropy(model(ids, lengths), targets)

        def score(current: nn.Module) -> tuple[float, float, str]:
            return held_out_accuracy(current, data), data.baseline, METRIC

        def snapshot(current: nn.Module, step: int) -> HiddenSnapshot:
            return probe_snapshot(current, data, data.probe, step)

        return (
            yield from run_training(
                self.key, model, config, data, len(data.train), batch_loss, score, snapshot
            )
        )

    def evaluate(self, model: TrainedTask | nn.Module, data: SentimentData) -> dict:
        """Return {"metric": "accuracy", "value", "baseline", "baseline_name", "per_class"}
        (per_class: held-out accuracy among the sentences of each class). Any one thread."""
        model = model.model if isinstance(model, TrainedTask) else model
        predicted = predict_rows(model, data, data.held_out)
        gold = [data.labels[r] for r in data.held_out]
        per_class = {}
        for k, name in enumerate(data.classes):
            hits = [p == g for p, g in zip(predicted, gold, strict=True) if g == k]
            per_class[name] = sum(hits) / len(hits) if hits else float("nan")
        value = sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)
        return {
            "metric": METRIC,
            "value": value,
            "baseline": data.baseline,
            "baseline_name": BASELINE,
            "per_class": per_class,
        }

    def classify(self, trained: TrainedTask, words: list[str]) -> str:
        """Return the class name the trained model gives to a tokenised sentence (any length)."""
        data: SentimentData = trained.vocab
        return data.classes[predict_tokens(trained.model, data, [words])[0]]


def predict_tokens(model: nn.Module, data: SentimentData, sentences: list[list[str]]) -> list[int]:
    """Return the predicted class index of each tokenised sentence (empty ones read <unk>)."""
    encoded = [encode(s, data.index) or [1] for s in sentences]
    ids, lengths = pad(encoded)
    with torch.no_grad():
        return model(ids, lengths).argmax(dim=1).tolist()


def predict_rows(model: nn.Module, data: SentimentData, rows: list[int]) -> list[int]:
    """Return the predicted class index of the sentences ``rows`` of ``data``."""
    return drain(_iter_predict(model, data, [data.sentences[r] for r in rows]))


def _iter_predict(model, data, sentences, chunk: int = 256):
    predicted: list[int] = []
    for start in range(0, len(sentences), chunk):
        predicted += predict_tokens(model, data, sentences[start : start + chunk])
        yield None
    return predicted


def held_out_accuracy(model: nn.Module, data: SentimentData) -> float:
    """Share of held-out sentences whose predicted class is their label."""
    predicted = predict_rows(model, data, data.held_out)
    gold = [data.labels[r] for r in data.held_out]
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)


def probe_snapshot(
    model: SentimentClassifier, data: SentimentData, words: list[str], step: int
) -> HiddenSnapshot:
    """Return h_t on ``words`` (numpy copy, time × d_h) and the class read from each h_t."""
    ids = torch.tensor(encode(words, data.index) or [1], dtype=torch.long)
    with torch.no_grad():
        hidden = model.hidden_states(ids)
        classes = model.head(hidden).argmax(dim=1).tolist()
    tokens = tuple(words) or ("<unk>",)
    outputs = tuple(data.classes[k] for k in classes)
    return HiddenSnapshot(step, tokens, hidden.numpy().copy(), outputs)


def _load(source: Any):
    """Return a Corpus for ``source``: None, a built-in name, a path or a Corpus."""
    from lab_app.core.corpus import Corpus, builtin_corpora, load_builtin, load_corpus
    from lab_app.resources import resource_path

    if isinstance(source, Corpus):
        return source
    if source is None:
        return load_corpus(resource_path(*SPANISH_SAMPLE), label_column="label", language="es")
    if isinstance(source, str) and source in builtin_corpora():
        return load_builtin(source)
    return load_corpus(Path(source), label_column="label")


def _check_classes(name: str, labels: list[str]) -> None:
    counts = Counter(labels)
    if len(counts) < 2:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The corpus '{name}' has {count} class(es): a classifier needs at least two labels.",
        )
        raise TaskDataError(say(text, name=name, count=len(counts)))
    rare = [label for label, count in counts.items() if count < 2]
    if rare:
        text = QT_TRANSLATE_NOOP(
            "core", "The class '{label}' has only one sentence: each class needs at least two."
        )
        raise TaskDataError(say(text, label=rare[0]))


MANY_TO_ONE = SentimentTask()
