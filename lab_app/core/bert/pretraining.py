"""Pre-train a mini-BERT live (lecture §4): masked LM + next-sentence prediction.

``pretrain(config, texts)`` is a generator for a worker thread (ARCHITECTURE.md): it trains a
WordPiece vocabulary on the texts, builds ``transformers.BertForPreTraining`` (eager attention,
so the attention views work on it) from the run's seed, and trains both objectives at once,
loss = MLM loss + NSP loss, with AdamW and BERT's warm-up then linear-decay schedule. Every batch
is drawn afresh (new pairs, new masking) from the run's own numpy Generator.

The MLM head runs only on the chosen positions (15% of the tokens), not on all of them as
``BertForPreTraining.forward`` does: the same loss (a test checks it against the model's own),
a training step 3-4x faster with a 4,000-piece vocabulary.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass

import numpy as np

from lab_app.core.bert.errors import TrainingDiverged
from lab_app.core.bert.masking import IGNORED, describe_masking, mask_tokens
from lab_app.core.bert.pretrain_config import (
    PretrainConfig,
    Pretrained,
    PretrainExample,
    PretrainMetrics,
)
from lab_app.core.bert.sentence_pairs import (
    IS_NEXT,
    PairBatch,
    PairSource,
    document_sentences,
    no_sentence_pairs,
)
from lab_app.core.events import Heartbeat, Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import HEARTBEAT_SECONDS, Pacer

EVENT_SECONDS = 0.05
HELD_OUT_SECONDS = 1.0
# Between two held-out passes, at least this many times a pass's own duration: ≤ 10% of the time.
HELD_OUT_SHARE = 10.0
EXAMPLE_SECONDS = 0.5
RECENT_BATCHES = 20  # NSP accuracy over this many batches: 640 pairs at batch size 32
# An MLM loss this many times the uniform guess log(V) means the weights blew up, even if finite.
EXPLODED_FACTOR = 10.0
HELD_OUT_CHUNK = 64  # pairs per held-out forward pass: each stays well under 0.1 s
# Independent random streams from the one seed: training batches use the seed alone.
SPLIT_STREAM, HELD_OUT_STREAM, HELD_OUT_MASK_STREAM = 1, 2, 3

Event = Progress | Notice | Heartbeat | PretrainMetrics | PretrainExample


def pretrain(
    config: PretrainConfig, texts: Sequence[str] | None = None
) -> Generator[Event, None, Pretrained]:
    """Pre-train a mini-BERT on ``texts`` (documents; None: the built-in Lee news corpus);
    return a Pretrained.

    Yields ``Progress(..., message="wordpiece")`` while the vocabulary is trained and the
    sentences encoded, then, at most every 0.05 s, ``PretrainMetrics`` and
    ``Progress(step, max_steps, "steps", "pretrain")``, a ``PretrainExample`` every ~0.5 s, a
    ``Notice`` when the corpus is too small to keep documents aside, and heartbeats: every yield
    is a cancel point, at most one forward or backward pass apart (~0.04 s for "tiny" on an idle
    core). The last step always yields metrics with held-out figures. Raises NoSentencePairs for
    a corpus without multi-sentence documents and TrainingDiverged (``.last_good``: a Pretrained holding the last good weights, ``.step``)
    when a loss is NaN/inf or explodes. Worker thread; events hold plain copies only.
    """
    tokenizer, train_source, held_source = yield from prepare(config, texts)
    model = build_pretraining_model(config, len(tokenizer))
    held_batch = _held_out_batch(held_source, tokenizer, config)
    return (yield from _train(config, model, tokenizer, train_source, held_batch))


def prepare(config: PretrainConfig, texts: Sequence[str] | None) -> Generator[Event, None, tuple]:
    """Split sentences, train the WordPiece vocabulary, encode; return (tokenizer, training
    PairSource, held-out PairSource). Yields Progress "wordpiece" and heartbeats."""
    from lab_app.core.bert.wordpiece import train_wordpiece
    from lab_app.core.embeddings.beside import run_beside

    if texts is None:
        texts = _lee_news()
    texts = list(texts)
    yield Progress(0, 2, "", "wordpiece")
    documents = yield from run_beside(lambda: document_sentences(texts), "bert-sentences")
    if not any(len(doc) >= 2 for doc in documents):
        raise no_sentence_pairs(len(documents))
    # Importing transformers' BERT takes seconds: beside the generator, so Stop stays prompt.
    yield from run_beside(_import_bert, "bert-import")
    tokenizer = yield from run_beside(
        lambda: train_wordpiece(texts, config.vocab_size, config.lowercase, config.max_len),
        "bert-wordpiece",
    )
    yield Progress(1, 2, "", "wordpiece")
    source = yield from run_beside(lambda: PairSource.build(documents, tokenizer), "bert-encode")
    yield Progress(2, 2, "", "wordpiece")
    train_source, held_source = yield from _split(source, config)
    return tokenizer, train_source, held_source


def _import_bert() -> None:
    import transformers.models.bert.modeling_bert  # noqa: F401
    from transformers import BertForPreTraining, BertTokenizerFast  # noqa: F401


def _lee_news() -> list[str]:
    from lab_app.core.corpus import load_builtin

    return list(load_builtin("lee_background").documents)


def _split(source: PairSource, config: PretrainConfig) -> Generator[Notice, None, tuple]:
    """Return (training, held-out) sources: ``held_out_fraction`` of the multi-sentence
    documents, chosen by the seed, are kept aside; with too few documents both use all of
    them and a Notice says so."""
    rng = np.random.default_rng((config.seed, SPLIT_STREAM))
    paired = [d for d, doc in enumerate(source.encoded) if len(doc) >= 2]
    n_held = round(config.held_out_fraction * len(paired))
    if n_held < 1 or n_held >= len(paired):
        text = QT_TRANSLATE_NOOP(
            "core",
            "Too few documents to keep some aside: the held-out figures come from the "
            "training documents.",
        )
        yield Notice(say(text))
        return source, source
    held = set(rng.permutation(paired)[:n_held].tolist())
    train = [d for d in range(len(source.encoded)) if d not in held]
    return source.subset(train), source.subset(sorted(held))


def build_pretraining_model(config: PretrainConfig, vocab_size: int):
    """Return a BertForPreTraining (eager attention) whose weights come from ``config.seed``
    alone, on ``config.device``. Any thread."""
    import torch
    from transformers import BertConfig, BertForPreTraining

    from lab_app.core.seeding import seeded

    shape = config.shape
    bert_config = BertConfig(
        vocab_size=vocab_size,
        hidden_size=shape.hidden,
        num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads,
        intermediate_size=shape.intermediate,
        max_position_embeddings=config.max_len,
        type_vocab_size=2,
        # No dropout: torch's dropout draws from the process-wide generator, which a worker must
        # not seed, so the same seed would not give the same run; and for minutes of training
        # on a small corpus dropout only slows learning.
        hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0,
        attn_implementation="eager",
    )
    with seeded(config.seed):
        model = BertForPreTraining(bert_config)
    return model.to(torch.device(config.device))


@dataclass
class _Batch:
    """A masked NSP batch as tensors on the training device, with its numpy pairs."""

    input_ids: object
    token_type_ids: object
    attention_mask: object
    mlm_labels: object
    next_labels: object
    pairs: PairBatch


def _masked_batch(pairs: PairBatch, tokenizer, config: PretrainConfig, seed: int) -> _Batch:
    import torch

    masked, labels = mask_tokens(pairs.input_ids, tokenizer, config.mask_probability, seed)
    device = torch.device(config.device)
    return _Batch(
        input_ids=masked.to(device),
        token_type_ids=torch.from_numpy(pairs.token_type_ids).to(device),
        attention_mask=torch.from_numpy(pairs.attention_mask).to(device),
        mlm_labels=labels.to(device),
        next_labels=torch.from_numpy(pairs.labels).to(device),
        pairs=pairs,
    )


def _held_out_batch(source: PairSource, tokenizer, config: PretrainConfig) -> _Batch:
    """A fixed set of held-out pairs, masked once: the same for the whole run."""
    pairs = source.draw(
        np.random.default_rng((config.seed, HELD_OUT_STREAM)),
        config.held_out_pairs,
        config.max_len,
        balanced=True,
    )
    masking_seed = int(np.random.default_rng((config.seed, HELD_OUT_MASK_STREAM)).integers(2**62))
    return _masked_batch(pairs, tokenizer, config, masking_seed)


def _forward(model, batch: _Batch):
    """Return (mlm_loss, nsp_loss, MLM logits at the chosen positions in row-major order,
    NSP logits (batch, 2)) — lecture §4's two objectives."""
    import torch.nn.functional as F

    out = model.bert(
        input_ids=batch.input_ids,
        attention_mask=batch.attention_mask,
        token_type_ids=batch.token_type_ids,
    )
    chosen = batch.mlm_labels != IGNORED
    mlm_logits = model.cls.predictions(out.last_hidden_state[chosen])
    nsp_logits = model.cls.seq_relationship(out.pooler_output)
    mlm_loss = F.cross_entropy(mlm_logits, batch.mlm_labels[chosen])
    nsp_loss = F.cross_entropy(nsp_logits, batch.next_labels)
    return mlm_loss, nsp_loss, mlm_logits, nsp_logits


def _schedule(config: PretrainConfig):
    """Return BERT's learning-rate factor: linear warm-up, then linear decay to 0."""

    def factor(done: int) -> float:
        step = done + 1
        if step <= config.warmup_steps:
            return step / config.warmup_steps
        rest = max(1, config.max_steps - config.warmup_steps)
        return max(0.0, (config.max_steps - step + 1) / rest)

    return factor


def _train(
    config: PretrainConfig, model, tokenizer, source: PairSource, held_batch: _Batch
) -> Generator[Event, None, Pretrained]:
    import torch

    rng = np.random.default_rng(config.seed)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, _schedule(config))
    result = Pretrained(model, tokenizer, config)
    exploded = EXPLODED_FACTOR * math.log(len(tokenizer))
    event_pace, held_pace, example_pace = (
        Pacer(EVENT_SECONDS), Pacer(HELD_OUT_SECONDS), Pacer(EXAMPLE_SECONDS),
    )  # fmt: skip
    beat = Pacer(HEARTBEAT_SECONDS)  # a cancel point inside a step slower than 0.1 s
    good_state = _state_copy(model)
    recent: deque[tuple[int, int]] = deque(maxlen=RECENT_BATCHES)
    since: list[tuple[float, float]] = []
    model.train()
    for step in range(1, config.max_steps + 1):
        pairs = source.draw(rng, config.batch_size, config.max_len)
        batch = _masked_batch(pairs, tokenizer, config, int(rng.integers(2**62)))
        mlm_loss, nsp_loss, mlm_logits, nsp_logits = _forward(model, batch)
        mlm, nsp = mlm_loss.item(), nsp_loss.item()
        if not (math.isfinite(mlm) and math.isfinite(nsp)) or mlm > exploded:
            raise _diverged(result, step, mlm, nsp, good_state)
        yield from beat.beat()
        last = step == config.max_steps
        tick = event_pace.due() or last
        evaluate = tick and (held_pace.due() or last)
        if evaluate:  # the weights before this update just gave finite losses: keep them
            good_state, result.steps = _state_copy(model), step - 1
        lr = scheduler.get_last_lr()[0]
        _update(model, optimizer, scheduler, mlm_loss + nsp_loss, config.clip)
        correct = int((nsp_logits.argmax(-1) == batch.next_labels).sum())
        recent.append((correct, len(pairs.labels)))
        since.append((mlm, nsp))
        result.history.append((step, mlm, nsp, correct / len(pairs.labels)))
        if not tick:
            continue
        held = (None, None)
        if evaluate:
            started = time.perf_counter()
            held = yield from _evaluate(model, held_batch)
            result.held_out.append((step, held[0], held[1]))
            # On a slow or busy CPU the held-out pass must not crowd out training.
            held_pace.seconds = max(
                HELD_OUT_SECONDS, HELD_OUT_SHARE * (time.perf_counter() - started)
            )
        yield _metrics(step, since, recent, lr, held)
        since.clear()
        yield Progress(step, config.max_steps, "steps", "pretrain")
        if example_pace.due() or last:
            yield _example(step, tokenizer, batch, mlm_logits, nsp_logits)
    result.steps = config.max_steps
    return result


def _update(model, optimizer, scheduler, loss, clip: float) -> None:
    import torch

    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    if clip > 0:
        torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
    optimizer.step()
    scheduler.step()


def _state_copy(model) -> dict:
    return {name: value.detach().clone() for name, value in model.state_dict().items()}


def _metrics(step: int, since, recent, lr: float, held: tuple) -> PretrainMetrics:
    correct = sum(c for c, _ in recent)
    total = sum(n for _, n in recent)
    return PretrainMetrics(
        step=step,
        mlm_loss=float(np.mean([m for m, _ in since])),
        nsp_loss=float(np.mean([n for _, n in since])),
        nsp_accuracy=correct / total,
        learning_rate=float(lr),
        held_out_mlm_loss=held[0],
        held_out_nsp_accuracy=held[1],
    )


def _evaluate(model, batch: _Batch) -> Generator[Heartbeat, None, tuple[float, float]]:
    """Return (MLM loss, NSP accuracy) on the held-out pairs, in eval mode, in chunks with a
    cancel point between them."""
    import torch

    beat = Pacer(HEARTBEAT_SECONDS)
    beat.due()
    n = len(batch.pairs.labels)
    loss_sum, chosen, correct = 0.0, 0, 0
    model.eval()
    try:
        for start in range(0, n, HELD_OUT_CHUNK):
            part = _rows(batch, slice(start, start + HELD_OUT_CHUNK))
            with torch.no_grad():
                mlm_loss, _, _, nsp_logits = _forward(model, part)
            count = int((part.mlm_labels != IGNORED).sum())
            if count:
                loss_sum += mlm_loss.item() * count
                chosen += count
            correct += int((nsp_logits.argmax(-1) == part.next_labels).sum())
            yield from beat.beat()
    finally:
        model.train()
    return (loss_sum / chosen if chosen else float("nan")), correct / n


def _rows(batch: _Batch, rows: slice) -> _Batch:
    return _Batch(
        batch.input_ids[rows], batch.token_type_ids[rows], batch.attention_mask[rows],
        batch.mlm_labels[rows], batch.next_labels[rows], batch.pairs,
    )  # fmt: skip


def _example(step: int, tokenizer, batch: _Batch, mlm_logits, nsp_logits) -> PretrainExample:
    """The batch's first pair as the model saw it, with its guesses (plain copies)."""
    import torch

    length = int(batch.pairs.attention_mask[0].sum())
    shown = batch.input_ids[0, :length].detach().cpu().numpy()
    labels = batch.mlm_labels[0, :length].detach().cpu().numpy()
    described = describe_masking(shown, labels, tokenizer.mask_token_id)
    positions = [p for p, _ in described]
    # The first row's chosen positions come first in the row-major MLM logits.
    guesses = mlm_logits[: len(positions)].argmax(-1).detach().cpu().tolist()
    p_next = torch.softmax(nsp_logits[0].detach().float(), -1)[IS_NEXT].item()
    return PretrainExample(
        step=step,
        tokens=tuple(tokenizer.convert_ids_to_tokens(shown.tolist())),
        segments=tuple(int(s) for s in batch.pairs.token_type_ids[0, :length]),
        masked_positions=tuple(positions),
        mask_kinds=tuple(kind for _, kind in described),
        original_tokens=tuple(tokenizer.convert_ids_to_tokens([int(labels[p]) for p in positions])),
        predicted_tokens=tuple(tokenizer.convert_ids_to_tokens(guesses)),
        is_next=bool(batch.pairs.labels[0] == IS_NEXT),
        is_next_probability=float(p_next),
    )


def _diverged(
    result: Pretrained, step: int, mlm: float, nsp: float, good_state: dict
) -> TrainingDiverged:
    """Put the last good weights back into the model; return the error that carries them."""
    result.model.load_state_dict(good_state)
    result.history = result.history[: result.steps]
    result.held_out = [row for row in result.held_out if row[0] <= result.steps]
    text = QT_TRANSLATE_NOOP(
        "core",
        "Pre-training diverged at step {step}: masked-LM loss = {mlm}, next-sentence loss = "
        "{nsp}. Try a lower learning rate. The weights from step {good} are kept.",
    )
    error = TrainingDiverged(say(text, step=step, mlm=mlm, nsp=nsp, good=result.steps))
    error.step, error.last_good = step, result
    return error
