"""Many to many, x = y (LECTURE.md §1): one part-of-speech tag (UPOS) per word, read left to right.

Data: the project's tagged Spanish sample (``resources/corpora/spanish_tagged.conllu``, the
default), a CoNLL-U path, or a list of sentences of (form, UPOS) pairs. Metric: held-out token
accuracy (and per tag); baseline: each word's most frequent training tag, unknown words the most
frequent tag overall.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.models import check_cell, make_recurrent
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

SPANISH_SAMPLE = ("corpora", "spanish_tagged.conllu")
METRIC = "token accuracy"
BASELINE = "most frequent tag per word"
IGNORE = -100  # the target at padding: cross_entropy skips it


class RecurrentTagger(nn.Module):
    """Embedding → recurrent layer (rnn/gru/lstm) → Linear: tag logits at every step."""

    def __init__(self, cell: str, vocab_size: int, n_tags: int, embedding_dim: int, hidden: int):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.head = nn.Linear(hidden, n_tags)
        self.recurrent = make_recurrent(cell, embedding_dim, hidden)

    def hidden_states(self, ids: torch.Tensor) -> torch.Tensor:
        """Return h_t (batch, time, d_h) for ids (batch, time); right padding does not change
        the states of the real words (they come before it)."""
        hidden, _ = self.recurrent(self.embedding(ids))
        return hidden

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Return tag logits (batch, time, n_tags)."""
        return self.head(self.hidden_states(ids))


@dataclass
class TaggingData:
    """Tagged sentences (words lowercased) split by the seed; ``tags`` sorted tag names.

    ``word_tags`` maps a training word to its most frequent tag and ``common_tag`` is the most
    frequent training tag: together the baseline. Read-only once built; any thread may read it.
    """

    sentences: list[list[str]]
    tag_ids: list[list[int]]
    tags: tuple[str, ...]
    train: list[int]
    held_out: list[int]
    vocab: tuple[str, ...]
    word_tags: dict[str, int]
    common_tag: int
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = {word: i for i, word in enumerate(self.vocab)}

    @property
    def probe(self) -> list[str]:
        """The fixed sentence whose h_t the snapshots show: the first held-out sentence."""
        return self.sentences[self.held_out[0]]

    def batch(self, rows: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (ids, targets), both (batch, longest), targets IGNORE at the padding."""
        ids, _ = pad([encode(self.sentences[r], self.index) for r in rows])
        targets, _ = pad([self.tag_ids[r] for r in rows], IGNORE)
        return ids, targets

    def baseline_tags(self, words: list[str]) -> list[int]:
        """Return the baseline's tag for each word."""
        return [self.word_tags.get(word, self.common_tag) for word in words]


class TaggingTask:
    """The many-to-many aligned task: part-of-speech tagging with a recurrent tagger."""

    key = "many_to_many_aligned"

    def prepare(self, source: Any = None, seed: int = 0, min_count: int = 2) -> TaggingData:
        """Return TaggingData from ``source`` (None: the Spanish sample; a CoNLL-U path; or a
        list of sentences of (form, UPOS)); 20 % of sentences held out, chosen by ``seed``.
        Words seen fewer than ``min_count`` times in training become <unk> for the model.
        Raises TaskDataError for fewer than 5 sentences or a single tag, CorpusError for a
        file that cannot be read. Any thread."""
        tagged = _load(source)
        if len(tagged) < 5:
            text = QT_TRANSLATE_NOOP(
                "core", "Tagging needs at least 5 tagged sentences; got {count}."
            )
            raise TaskDataError(say(text, count=len(tagged)))
        tags = tuple(sorted({tag for sentence in tagged for _, tag in sentence}))
        if len(tags) < 2:
            text = QT_TRANSLATE_NOOP("core", "Every word has the tag {tag}: nothing to learn.")
            raise TaskDataError(say(text, tag=tags[0] if tags else ""))
        sentences = [[form.lower() for form, _ in sentence] for sentence in tagged]
        tag_ids = [[tags.index(tag) for _, tag in sentence] for sentence in tagged]
        train, held_out = split_held_out([0] * len(tagged), seed)
        vocab = build_vocab([sentences[i] for i in train], min_count)
        word_tags, common = _most_frequent_tags(sentences, tag_ids, train)
        return TaggingData(sentences, tag_ids, tags, train, held_out, vocab, word_tags, common)

    def build_model(self, config: TaskConfig, data: TaggingData) -> RecurrentTagger:
        """Return a fresh tagger whose weights come from ``config.seed`` alone."""
        check_cell(config.cell)
        with seeded(config.seed):
            return RecurrentTagger(
                config.cell, len(data.vocab), len(data.tags), config.embedding_dim,
                config.hidden_size,
            )  # fmt: skip

    def train(self, config: TaskConfig, data: TaggingData):
        """Generator: train on ``data.train``; yields Progress, TaskMetrics (held-out token
        accuracy and the baseline every ~0.5 s) and HiddenSnapshot of ``data.probe`` (outputs:
        the predicted tag per word); returns a TrainedTask (vocab: the data). Raises
        TrainingDiverged (with ``last_good``) on a NaN loss. Worker thread."""
        model = self.build_model(config, data)
        baseline = self.evaluate(model, data)["baseline"]

        def batch_loss(indices: torch.Tensor) -> torch.Tensor:
            ids, targets = data.batch([data.train[int(i)] for i in indices])
            logits = model(ids)
            return nn.functional.cross_entropy(
                logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=IGNORE
            )

        def score(current: nn.Module) -> tuple[float, float, str]:
            return token_accuracy(current, data), baseline, METRIC

        def snapshot(current: nn.Module, step: int) -> HiddenSnapshot:
            return probe_snapshot(current, data, data.probe, step)

        return (
            yield from run_training(
                self.key, model, config, data, len(data.train), batch_loss, score, snapshot
            )
        )

    def evaluate(self, model: TrainedTask | nn.Module, data: TaggingData) -> dict:
        """Return {"metric": "token accuracy", "value", "baseline", "baseline_name",
        "per_tag", "per_tag_baseline"} on the held-out sentences (per tag: accuracy among the
        words whose gold tag it is). Any one thread."""
        model = model.model if isinstance(model, TrainedTask) else model
        gold = [t for r in data.held_out for t in data.tag_ids[r]]
        predicted = [t for r in data.held_out for t in tag_sentence(model, data, data.sentences[r])]
        baseline = [t for r in data.held_out for t in data.baseline_tags(data.sentences[r])]
        return {
            "metric": METRIC,
            "value": _share(predicted, gold),
            "baseline": _share(baseline, gold),
            "baseline_name": BASELINE,
            "per_tag": _per_tag(predicted, gold, data.tags),
            "per_tag_baseline": _per_tag(baseline, gold, data.tags),
        }

    def tag(self, trained: TrainedTask, words: list[str]) -> list[str]:
        """Return the tag name the trained model gives each word of a sentence."""
        data: TaggingData = trained.vocab
        lowered = [word.lower() for word in words]
        return [data.tags[t] for t in tag_sentence(trained.model, data, lowered)]


def tag_sentence(model: nn.Module, data: TaggingData, words: list[str]) -> list[int]:
    """Return the predicted tag index of each (lowercased) word."""
    if not words:
        return []
    ids = torch.tensor([encode(words, data.index)], dtype=torch.long)
    with torch.no_grad():
        return model(ids)[0].argmax(dim=1).tolist()


def token_accuracy(model: nn.Module, data: TaggingData) -> float:
    """Share of held-out words whose predicted tag is the gold tag (one padded batch)."""
    ids, targets = data.batch(data.held_out)
    with torch.no_grad():
        predicted = model(ids).argmax(dim=2)
    real = targets != IGNORE
    return float((predicted[real] == targets[real]).float().mean())


def probe_snapshot(
    model: RecurrentTagger, data: TaggingData, words: list[str], step: int
) -> HiddenSnapshot:
    """Return h_t on ``words`` (numpy copy, time × d_h) and the tag read from each h_t."""
    ids = torch.tensor([encode(words, data.index)], dtype=torch.long)
    with torch.no_grad():
        hidden = model.hidden_states(ids)[0]
        tags = model.head(hidden).argmax(dim=1).tolist()
    outputs = tuple(data.tags[t] for t in tags)
    return HiddenSnapshot(step, tuple(words), hidden.numpy().copy(), outputs)


def _most_frequent_tags(
    sentences: list[list[str]], tag_ids: list[list[int]], rows: list[int]
) -> tuple[dict[str, int], int]:
    per_word: dict[str, Counter[int]] = defaultdict(Counter)
    overall: Counter[int] = Counter()
    for r in rows:
        for word, tag in zip(sentences[r], tag_ids[r], strict=True):
            per_word[word][tag] += 1
            overall[tag] += 1
    # Ties go to the smaller tag index (alphabetical): the same answer on every run.
    best = {w: min(c, key=lambda t, c=c: (-c[t], t)) for w, c in per_word.items()}
    return best, min(overall, key=lambda t: (-overall[t], t))


def _share(predicted: list[int], gold: list[int]) -> float:
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / max(1, len(gold))


def _per_tag(predicted: list[int], gold: list[int], tags: tuple[str, ...]) -> dict[str, float]:
    hits: Counter[int] = Counter()
    totals: Counter[int] = Counter(gold)
    for p, g in zip(predicted, gold, strict=True):
        hits[g] += p == g
    return {tags[t]: hits[t] / totals[t] for t in sorted(totals)}


def _load(source: Any) -> list[list[tuple[str, str]]]:
    from lab_app.core.corpus.conllu_file import load_conllu
    from lab_app.resources import resource_path

    if source is None:
        return load_conllu(resource_path(*SPANISH_SAMPLE))
    if isinstance(source, list):
        return [list(sentence) for sentence in source if sentence]
    return load_conllu(source)


MANY_TO_MANY_ALIGNED = TaggingTask()
