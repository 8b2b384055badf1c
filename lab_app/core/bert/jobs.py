"""The BERT tab's jobs: pre-training that Stop can end with its model, fine-tuning on a labelled
source, opening a checkpoint, and what the settings column says about a preset before a run.

``pretraining.pretrain`` returns its model only when every step is done: a closed generator
loses it. ``pretrain_run`` drives the same steps (the core's ``prepare``, model and training
loop) and also ends when the page sends ``FINISH`` (``JobRunner.send``) or a time budget is
spent, returning the model trained so far, as the RNN tab's Stop does.

Worker thread for the generators; torch and transformers are imported inside functions.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lab_app.core.bert.errors import BertError
from lab_app.core.bert.pretrain_config import (
    PRESETS,
    Preset,
    PretrainConfig,
    Pretrained,
    PretrainMetrics,
)
from lab_app.core.events import FINISH, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

BUILTIN_LABELLED = ("spanish_sentiment", "pang_lee_polarity")


class NoLabels(BertError):
    """Fine-tuning data without a label per text (an unlabelled corpus)."""


@dataclass(frozen=True)
class PretrainReady:
    """The model is built and about to train: its WordPiece ``vocab_size`` (at most the
    setting: a small corpus has fewer pieces), ``parameters``, and how many documents train
    and how many are held out (0: the held-out figures use the training documents)."""

    vocab_size: int
    parameters: int
    train_documents: int
    held_out_documents: int


@dataclass(frozen=True)
class FinetuneReady:
    """The labelled data is read and split: ``classes`` (label values), the numbers of
    training and held-out examples (the same split for every mode)."""

    classes: tuple
    train_examples: int
    held_out_examples: int


@dataclass
class FinetuneRun:
    """The three fine-tuning modes' results (``results``: mode -> FineTuned, in the order run)
    and the encoder's ``pretrained`` run when the job pre-trained one itself (the demo)."""

    results: dict[str, Any]
    ready: FinetuneReady | None = None
    pretrained: Pretrained | None = None
    held_out: dict[str, float] = field(default_factory=dict)


def parameter_count(shape: Preset | str, vocab_size: int, max_len: int) -> int:
    """Return the parameter count of a BertForPreTraining of ``shape`` (a preset or its name)
    with ``vocab_size`` WordPiece entries and ``max_len`` positions: embeddings (word,
    position, 2 segments, LayerNorm), each layer (Q, K, V, output, two LayerNorms, the
    feed-forward pair), the pooler, and the MLM and NSP heads (the MLM decoder shares the
    word-embedding matrix, so only its bias counts). Any thread; no torch."""
    p = PRESETS[shape] if isinstance(shape, str) else shape
    h, inner, v = p.hidden, p.intermediate, vocab_size
    embeddings = v * h + max_len * h + 2 * h + 2 * h
    layer = 4 * (h * h + h) + 2 * h + (h * inner + inner) + (inner * h + h) + 2 * h
    pooler = h * h + h
    heads = (h * h + h) + 2 * h + v + (2 * h + 2)
    return embeddings + p.layers * layer + pooler + heads


def pretrain_run(
    config: PretrainConfig, texts: Sequence[str] | None = None, time_budget_s: float | None = None
) -> Generator[object, object, Pretrained | None]:
    """Pre-train as ``pretraining.pretrain`` does (same events, same steps for a seed), and
    also yield a ``PretrainReady`` once the model is built; return a Pretrained.

    ``FINISH`` sent at any yield ends the run at the next step's report (≤ 0.05 s later): the
    Pretrained then holds the model as trained so far, ``steps`` done and the reported
    ``history``/``held_out`` points. ``time_budget_s``: finish by itself that many seconds
    after the job began (a demo). Finished before the model exists: returns None.
    Raises what ``pretrain`` raises (NoSentencePairs, TrainingDiverged with ``.last_good``).
    Worker thread.
    """
    from lab_app.core.bert import pretraining as core

    began = time.monotonic()
    deadline = None if time_budget_s is None else began + time_budget_s
    prepared = yield from _until_finish(core.prepare(config, texts), None)
    if prepared is _FINISHED:
        return None
    tokenizer, train_source, held_source = prepared
    model = core.build_pretraining_model(config, len(tokenizer))
    yield PretrainReady(
        vocab_size=len(tokenizer),
        parameters=int(sum(p.numel() for p in model.parameters())),
        train_documents=len(train_source.encoded),
        held_out_documents=len(held_source.encoded) if held_source is not train_source else 0,
    )
    # The core's own loop (``pretrain`` is these same three calls): the same run for a seed.
    held_batch = core._held_out_batch(held_source, tokenizer, config)
    record = _Record()
    training = core._train(config, model, tokenizer, train_source, held_batch)
    result = yield from _until_finish(training, record, deadline)
    if result is _FINISHED:
        result = Pretrained(model, tokenizer, config, record.steps, record.history, record.held_out)
    result.model.eval()  # the views read it; dropout is off anyway
    return result


_FINISHED = object()


@dataclass
class _Record:
    """What a finished-early run keeps: steps done and the reported points."""

    steps: int = 0
    history: list[tuple[int, float, float, float]] = field(default_factory=list)
    held_out: list[tuple[int, float, float]] = field(default_factory=list)

    def note(self, event: object) -> bool:
        """Record ``event``; True at a step's Progress (its update is applied: a safe end)."""
        if isinstance(event, PretrainMetrics):
            self.history.append((event.step, event.mlm_loss, event.nsp_loss, event.nsp_accuracy))
            if event.held_out_mlm_loss is not None:
                self.held_out.append(
                    (event.step, event.held_out_mlm_loss, event.held_out_nsp_accuracy)
                )
        elif isinstance(event, Progress) and event.message == "pretrain":
            self.steps = int(event.done)
            return True
        return False


def _until_finish(inner: Generator, record: _Record | None, deadline: float | None = None):
    """Pass ``inner``'s events on; return its result, or ``_FINISHED`` once a FINISH was sent
    (or ``deadline`` passed) and, when ``record`` is given, a step's report came (so the
    model holds whole updates). ``inner`` is closed here, on this (the worker's) thread."""
    finishing = False
    try:
        while True:
            try:
                event = next(inner)
            except StopIteration as stop:
                return stop.value
            at_step = record is not None and record.note(event)
            received = yield event
            finishing = finishing or received == FINISH
            if deadline is not None and at_step and time.monotonic() >= deadline:
                finishing = True
            if finishing and (record is None or at_step):
                return _FINISHED
    finally:
        inner.close()


# ---- fine-tuning ---------------------------------------------------------------------------


def labelled_data(source: object) -> tuple[list[str], list[Hashable]]:
    """Return (texts, labels) of ``source``: a built-in name (``BUILTIN_LABELLED``), a Corpus
    with labels, or the path of a CSV/TSV file with a text column ("text", else the first)
    and a "label" column. Raises NoLabels for a corpus without labels and the corpus errors
    (MissingColumn, ...) for a bad file. Worker thread: reading a file takes time."""
    from lab_app.core.bert.finetuning import load_labelled
    from lab_app.core.corpus import Corpus, load_corpus

    if source is None or source in BUILTIN_LABELLED:
        return load_labelled(source or "spanish_sentiment")
    if isinstance(source, Corpus):
        corpus = source
    else:
        corpus = load_corpus(Path(source), label_column="label")
    if not corpus.labels:
        text = QT_TRANSLATE_NOOP(
            "core",
            "The corpus '{name}' has no labels: fine-tuning needs one label per text. Load a "
            "CSV with a 'label' column, or choose a built-in sentiment sample.",
        )
        raise NoLabels(say(text, name=corpus.name))
    return list(corpus.documents), list(corpus.labels)


def finetune_job(config, source: object, encoder: tuple[Any, Any]) -> Generator:
    """Read ``source`` (``labelled_data``), then fine-tune ``encoder`` (model, tokenizer) in the
    three modes one after the other (``finetuning.compare_finetuning``: same split, seed and
    steps); return a FinetuneRun. Yields a FinetuneReady first, then the core's events.

    The encoder is only read: each mode's classifier gets a copy of its weights, and the job
    tokenizes with its own copy of the tokenizer (a fast tokenizer must not be used by two
    threads at once). Worker thread.
    """
    from lab_app.core.embeddings.beside import run_beside

    yield Progress(0, 1, "", "reading")
    texts, labels = yield from run_beside(lambda: labelled_data(source), "bert-labelled")
    model, tokenizer = encoder
    tokenizer = yield from run_beside(lambda: _copied(tokenizer), "bert-tokenizer-copy")
    return (yield from _compare(config, (model, tokenizer), texts, labels))


def pretrain_then_finetune(
    pretrain_config: PretrainConfig, time_budget_s: float, config, source: object
) -> Generator:
    """Pre-train a mini-BERT on the built-in news for ``time_budget_s`` seconds (``pretrain_run``)
    and fine-tune it as ``finetune_job`` does: a demo when no BERT exists yet. Returns a
    FinetuneRun whose ``pretrained`` is the encoder. Worker thread."""
    pretrained = yield from pretrain_run(pretrain_config, None, time_budget_s)
    if pretrained is None:
        return None
    run = yield from finetune_job(config, source, (pretrained.model, pretrained.tokenizer))
    run.pretrained = pretrained
    return run


def _compare(config, encoder, texts, labels) -> Generator:
    from lab_app.core.bert.finetuning import compare_finetuning, split_indices

    ready = None
    classes = tuple(sorted(set(labels), key=repr))
    if len(classes) >= 2 and len(texts) == len(labels):
        # The same split as the core's: split_indices on class indices, by the same seed.
        index = {value: i for i, value in enumerate(classes)}
        train, held = split_indices([index[x] for x in labels], config.test_fraction, config.seed)
        ready = FinetuneReady(classes, len(train), len(held))
        yield ready
    results = yield from compare_finetuning(config, encoder, texts, labels)
    accuracy = {mode: result.held_out_accuracy for mode, result in results.items()}
    return FinetuneRun(results, ready, None, accuracy)


def _copied(tokenizer: Any) -> Any:
    import copy

    return copy.deepcopy(tokenizer)


# ---- checkpoints ---------------------------------------------------------------------------


@dataclass
class Opened:
    """An opened checkpoint (``checkpoints.Checkpoint``), its ``summary`` (``model_summary``),
    the ``name`` to show (the folder's name, or the model id typed) and ``tokenizer``: a copy
    of the checkpoint's own, for the page's token view on the GUI thread (a fast tokenizer
    must not be used by two threads at once)."""

    checkpoint: Any
    summary: dict
    name: str
    tokenizer: Any


def open_job(path_or_id: str, device: str = "cpu") -> Generator[object, None, Opened]:
    """Open a folder or a model id (``checkpoints.open_checkpoint``, which explains every bad
    case) beside the generator, so that Stop answers at once; return an Opened. Worker."""
    from lab_app.core.bert.checkpoints import model_summary, open_checkpoint
    from lab_app.core.embeddings.beside import run_beside

    yield Progress(0, None, "", "opening")
    checkpoint = yield from run_beside(lambda: open_checkpoint(path_or_id, device), "bert-open")
    text = str(path_or_id).strip()
    name = checkpoint.folder.name if Path(text).expanduser().is_dir() else text
    tokenizer = yield from run_beside(lambda: _copied(checkpoint.tokenizer), "bert-tokenizer")
    return Opened(checkpoint, model_summary(checkpoint.model), name, tokenizer)


def demo_checkpoint_job(
    folder: str | Path, bert: tuple[Any, Any] | None = None, seed: int = 0
) -> Generator[object, None, Opened]:
    """Write a model folder with ``save_pretrained`` into ``folder`` and open it as a real
    checkpoint is opened (the page's demo, offline): ``bert`` (model, tokenizer) when given,
    else a randomly initialised tiny BERT with a WordPiece vocabulary trained on the Lee news.
    Worker thread."""
    from lab_app.core.embeddings.beside import run_beside

    folder = Path(folder)

    def write() -> None:
        model, tokenizer = bert if bert is not None else _random_tiny(seed)
        folder.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(str(folder))
        tokenizer.save_pretrained(str(folder))

    yield Progress(0, None, "", "opening")
    yield from run_beside(write, "bert-demo-save")
    return (yield from open_job(str(folder)))


def _random_tiny(seed: int) -> tuple[Any, Any]:
    from lab_app.core.bert.pretraining import build_pretraining_model
    from lab_app.core.bert.wordpiece import train_wordpiece
    from lab_app.core.corpus import load_builtin

    config = PretrainConfig(preset="tiny", seed=seed)
    news = load_builtin("lee_background").documents
    tokenizer = train_wordpiece(news, config.vocab_size, True, config.max_len)
    return build_pretraining_model(config, len(tokenizer)), tokenizer
