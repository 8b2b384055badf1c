"""Fine-tuning (lecture §4): one classification layer on top of the pre-trained encoder.

The classifier is ``transformers.BertForSequenceClassification`` built from the encoder's own
config: the encoder (embeddings, layers and the pooler, which reads the [CLS] position) with
the pre-trained weights copied in, and one new linear layer on the pooled [CLS] vector. Three
modes, compared on the same split, seed and step budget:

- "finetune": every weight trains (BERT's recipe);
- "frozen": the encoder stays as pre-trained (and in eval mode); only the new layer trains;
- "scratch": the same architecture with the encoder re-initialised from the seed (no
  pre-training), all trained.

The new layer starts from the same seeded weights in all three modes. Dropout is off (also for
a real checkpoint): the same seed then gives the same run.
"""

from __future__ import annotations

from collections.abc import Generator, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lab_app.core.bert.errors import BadSetting, OneClassOnly
from lab_app.core.events import Heartbeat, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

MODES = ("finetune", "frozen", "scratch")
EVENT_SECONDS = 0.05
HELD_OUT_SECONDS = 1.0
EVAL_CHUNK = 64
SPANISH_SENTIMENT = ("corpora", "spanish_sentiment.csv")


@dataclass(frozen=True)
class FinetuneConfig:
    """Settings of one fine-tuning run. The split depends on ``seed`` and ``test_fraction``
    only, so the three modes see the same training and held-out examples."""

    mode: str = "finetune"
    steps: int = 300
    learning_rate: float = 5e-4
    batch_size: int = 16
    seed: int = 0
    test_fraction: float = 0.2
    device: str = "cpu"
    max_len: int = 64

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            text = QT_TRANSLATE_NOOP(
                "core", "Unknown fine-tuning mode {mode}: choose one of {choices}."
            )
            raise BadSetting(say(text, mode=repr(self.mode), choices=", ".join(MODES)))
        for name, value, ok in (
            ("steps", self.steps, self.steps >= 1),
            ("batch_size", self.batch_size, self.batch_size >= 1),
            ("learning_rate", self.learning_rate, self.learning_rate > 0),
            ("test_fraction", self.test_fraction, 0.0 < self.test_fraction < 1.0),
            ("max_len", self.max_len, self.max_len >= 4),
        ):
            if not ok:
                text = QT_TRANSLATE_NOOP(
                    "core", "The fine-tuning setting {name} is out of range: {value}."
                )
                raise BadSetting(say(text, name=name, value=value))


@dataclass(frozen=True)
class FinetuneMetrics:
    """Training loss (mean since the previous event) at ``step``; ``held_out_accuracy`` about
    once a second (else None); ``majority_baseline``: held-out accuracy of always answering
    the training split's most frequent class; ``mode`` says which run."""

    step: int
    loss: float
    held_out_accuracy: float | None
    majority_baseline: float
    mode: str = "finetune"


@dataclass
class FineTuned:
    """A fine-tuned classifier: ``model`` (BertForSequenceClassification), ``tokenizer``,
    ``classes`` (label values; output i means ``classes[i]``), the split
    (``train_indices``, ``held_out_indices`` into the texts), ``history`` rows (step, loss),
    ``held_out`` rows (step, accuracy) and the ``majority_baseline``.

    Use from one thread at a time.
    """

    model: Any
    tokenizer: Any
    config: FinetuneConfig
    classes: tuple
    train_indices: tuple[int, ...]
    held_out_indices: tuple[int, ...]
    majority_baseline: float
    history: list[tuple[int, float]] = field(default_factory=list)
    held_out: list[tuple[int, float]] = field(default_factory=list)

    @property
    def held_out_accuracy(self) -> float:
        """The last held-out accuracy (after the last step)."""
        return self.held_out[-1][1]

    def predict(self, texts: Sequence[str]) -> list:
        """Return the predicted label of each text. Thread that owns the object."""
        ids = _encode(self.tokenizer, texts, self.config.max_len)
        predictions = _predict(self.model, ids, self.tokenizer.pad_token_id, self.config.device)
        return [self.classes[int(i)] for i in predictions]


def load_labelled(name: str = "spanish_sentiment") -> tuple[list[str], list]:
    """Return (texts, labels) of a labelled sample: "spanish_sentiment" (the project's CSV) or a
    built-in corpus with labels ("pang_lee_polarity"). Any thread."""
    from lab_app.core.corpus import load_builtin, load_corpus

    if name == "spanish_sentiment":
        from lab_app.resources import resource_path

        corpus = load_corpus(resource_path(*SPANISH_SENTIMENT), label_column="label", language="es")
    else:
        corpus = load_builtin(name)
    return list(corpus.documents), list(corpus.labels or [])


def split_indices(
    labels: Sequence[Hashable], test_fraction: float, seed: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Return (training, held-out) indices, sorted: ``test_fraction`` of each class (at least
    one when the class has two examples or more) held out, chosen with ``seed`` alone."""
    rng = np.random.default_rng(seed)
    train, held = [], []
    for value in sorted(set(labels), key=repr):
        members = [i for i, label in enumerate(labels) if label == value]
        members = [members[k] for k in rng.permutation(len(members))]
        n_held = round(test_fraction * len(members))
        n_held = min(max(n_held, 1 if len(members) >= 2 else 0), len(members) - 1)
        held += members[:n_held]
        train += members[n_held:]
    return tuple(sorted(train)), tuple(sorted(held))


def build_classifier(model, n_classes: int, mode: str, seed: int):
    """Return a BertForSequenceClassification with ``model``'s config (eager attention kept),
    its new layer seeded by ``seed``; the encoder copied from ``model.bert`` unless ``mode`` is
    "scratch" (then re-initialised from ``seed``). Any thread."""
    import copy

    from transformers import BertForSequenceClassification

    from lab_app.core.seeding import seeded

    config = copy.deepcopy(model.config)
    config.num_labels = n_classes
    config.problem_type = "single_label_classification"
    # No dropout: it draws from torch's process-wide generator, which a worker must not seed,
    # and the three modes must be comparable run for run with the same seed.
    config.hidden_dropout_prob = config.attention_probs_dropout_prob = 0.0
    config.classifier_dropout = 0.0
    with seeded(seed):
        classifier = BertForSequenceClassification(config)
    if mode != "scratch":
        state = {k: v.detach().cpu() for k, v in model.bert.state_dict().items()}
        missing, _ = classifier.bert.load_state_dict(state, strict=False)
        # A masked-LM checkpoint has no pooler: it keeps its seeded weights; anything else is
        # not this architecture.
        if any(not key.startswith("pooler.") for key in missing):
            text = QT_TRANSLATE_NOOP(
                "core", "The model's encoder does not fit BERT's: missing {keys}."
            )
            raise BadSetting(say(text, keys=", ".join(missing[:5])))
    return classifier


def finetune(
    config: FinetuneConfig, pretrained: Any, texts: Sequence[str], labels: Sequence[Hashable]
) -> Generator[FinetuneMetrics | Progress | Heartbeat, None, FineTuned]:
    """Fine-tune a classifier on (texts, labels); return a FineTuned.

    ``pretrained``: a ``Pretrained`` or a (model, tokenizer) pair, the model any
    BertPreTrainedModel with ``.bert``. Labels are any hashable values (strings from a CSV).
    Yields, at most every 0.05 s, FinetuneMetrics and ``Progress(step, steps, "steps",
    mode)``, held-out accuracy about once a second and at the last step; heartbeats during the
    held-out pass. Raises OneClassOnly for a single class and BadSetting when texts and labels
    differ in number or too few examples are left to split. Worker thread; events hold copies.
    """
    import torch

    model, tokenizer = _unpack(pretrained)
    classes, targets = _classes(texts, labels)
    train, held = split_indices(targets, config.test_fraction, config.seed)
    if not train or not held:
        raise _too_few(len(texts))
    baseline = _majority_baseline(targets, train, held)
    ids = _encode(tokenizer, texts, config.max_len)
    classifier = build_classifier(model, len(classes), config.mode, config.seed)
    classifier.to(torch.device(config.device))
    result = FineTuned(classifier, tokenizer, config, classes, train, held, baseline)
    optimizer = torch.optim.AdamW(_trainable(classifier, config.mode), lr=config.learning_rate)
    rng = np.random.default_rng(config.seed)
    order = _batches(rng, train, config.batch_size)
    event_pace, held_pace, since = Pacer(EVENT_SECONDS), Pacer(HELD_OUT_SECONDS), []
    _train_mode(classifier, config.mode)
    for step in range(1, config.steps + 1):
        rows = next(order)
        logits = _logits(classifier, [ids[i] for i in rows], tokenizer.pad_token_id, config.device)
        target = torch.tensor([targets[i] for i in rows], device=logits.device)
        loss = torch.nn.functional.cross_entropy(logits, target)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        since.append(loss.item())
        result.history.append((step, since[-1]))
        last = step == config.steps
        if not (event_pace.due() or last):
            continue
        accuracy = None
        if held_pace.due() or last:
            accuracy = yield from _accuracy(classifier, ids, targets, held, tokenizer, config)
            result.held_out.append((step, accuracy))
            _train_mode(classifier, config.mode)
        yield FinetuneMetrics(step, float(np.mean(since)), accuracy, baseline, config.mode)
        since.clear()
        yield Progress(step, config.steps, "steps", config.mode)
    classifier.eval()
    return result


def compare_finetuning(
    config: FinetuneConfig, pretrained: Any, texts: Sequence[str], labels: Sequence[Hashable]
) -> Generator[FinetuneMetrics | Progress | Heartbeat, None, dict[str, FineTuned]]:
    """Run the three modes one after the other with ``config``'s split, seed and steps (only
    the mode changes); return {mode: FineTuned}. Events carry their ``mode``. Worker thread."""
    from dataclasses import replace

    results = {}
    for mode in MODES:
        results[mode] = yield from finetune(replace(config, mode=mode), pretrained, texts, labels)
    return results


def _unpack(pretrained: Any) -> tuple[Any, Any]:
    if hasattr(pretrained, "model") and hasattr(pretrained, "tokenizer"):
        return pretrained.model, pretrained.tokenizer
    model, tokenizer = pretrained
    return model, tokenizer


def _classes(texts: Sequence[str], labels: Sequence[Hashable]) -> tuple[tuple, list[int]]:
    """Return (the distinct labels, sorted; each example's class index)."""
    if len(texts) != len(labels):
        text = QT_TRANSLATE_NOOP(
            "core", "Fine-tuning needs one label per text: {texts} texts, {labels} labels."
        )
        raise BadSetting(say(text, texts=len(texts), labels=len(labels)))
    classes = tuple(sorted(set(labels), key=repr))
    if len(classes) < 2:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Every example has the same label ({label}): a classifier needs at least two "
            "classes. Choose a labelled set with two or more labels, such as the sentiment "
            "samples.",
        )
        raise OneClassOnly(say(text, label=str(classes[0]) if classes else "-"))
    index = {value: i for i, value in enumerate(classes)}
    return classes, [index[value] for value in labels]


def _too_few(n: int) -> BadSetting:
    text = QT_TRANSLATE_NOOP(
        "core",
        "Too few examples ({n}) to keep some for the held-out accuracy: add examples or change "
        "the held-out fraction.",
    )
    return BadSetting(say(text, n=n))


def _majority_baseline(targets: list[int], train: Sequence[int], held: Sequence[int]) -> float:
    counts = np.bincount([targets[i] for i in train], minlength=max(targets) + 1)
    majority = int(np.argmax(counts))
    return float(np.mean([targets[i] == majority for i in held]))


def _encode(tokenizer, texts: Sequence[str], max_len: int) -> list[list[int]]:
    limit = min(max_len, int(getattr(tokenizer, "model_max_length", max_len) or max_len))
    return tokenizer(list(texts), truncation=True, max_length=limit)["input_ids"]


def _trainable(classifier, mode: str):
    if mode != "frozen":
        return list(classifier.parameters())
    for parameter in classifier.bert.parameters():
        parameter.requires_grad_(False)
    return list(classifier.classifier.parameters())


def _train_mode(classifier, mode: str) -> None:
    """Training mode (dropout on); a frozen encoder stays in eval mode: fixed features."""
    classifier.train()
    if mode == "frozen":
        classifier.bert.eval()


def _batches(rng: np.random.Generator, rows: Sequence[int], size: int):
    """Yield batches of row indices forever: each pass over the rows in a new order."""
    while True:
        order = [rows[k] for k in rng.permutation(len(rows))]
        for start in range(0, len(order), size):
            yield order[start : start + size]


def _padded(ids: list[list[int]], pad_id: int, device: str):
    import torch

    width = max(len(x) for x in ids)
    tensor = torch.full((len(ids), width), pad_id, dtype=torch.long)
    for row, x in enumerate(ids):
        tensor[row, : len(x)] = torch.tensor(x, dtype=torch.long)
    mask = (torch.arange(width)[None, :] < torch.tensor([len(x) for x in ids])[:, None]).long()
    return tensor.to(device), mask.to(device)


def _logits(classifier, ids: list[list[int]], pad_id: int, device: str):
    input_ids, mask = _padded(ids, pad_id, device)
    return classifier(input_ids=input_ids, attention_mask=mask).logits


def _predict(classifier, ids: list[list[int]], pad_id: int, device: str) -> np.ndarray:
    import torch

    classifier.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(ids), EVAL_CHUNK):
            logits = _logits(classifier, ids[start : start + EVAL_CHUNK], pad_id, device)
            out.append(logits.argmax(-1).cpu().numpy())
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


def _accuracy(
    classifier, ids, targets, held: Sequence[int], tokenizer, config: FinetuneConfig
) -> Generator[Heartbeat, None, float]:
    """Held-out accuracy in eval mode, in chunks with a cancel point between them."""
    beat = Pacer(HEARTBEAT_SECONDS)
    beat.due()
    correct = 0
    for start in range(0, len(held), EVAL_CHUNK):
        rows = held[start : start + EVAL_CHUNK]
        predicted = _predict(
            classifier, [ids[i] for i in rows], tokenizer.pad_token_id, config.device
        )
        correct += int(sum(int(p) == targets[i] for p, i in zip(predicted, rows)))
        yield from beat.beat()
    return correct / len(held)
