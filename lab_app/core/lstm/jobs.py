"""The LSTM tab's background jobs: prepare the corpus, then train, as one generator."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial

from lab_app.core.events import Notice
from lab_app.core.lstm.config import LstmConfig
from lab_app.core.lstm.data import Probe, SequenceData, encode_probe, iter_build_sequence_data
from lab_app.core.lstm.language_model import TrainedLM, train_language_model
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

# A classroom model learns from a few MB as well as from fifty, and building sequences from
# 45 M characters would take the worker (and the memory) for minutes.
MAX_CHARS = 2_000_000
MAX_TOKENS = 400_000


@dataclass(frozen=True)
class Prepared:
    """The encoded corpus and probe, yielded once before training (read-only afterwards)."""

    data: SequenceData
    probe: Probe


def corpus_units(
    corpus, level: str, limit: int | None = None
) -> tuple[str | list[str], Callable[[str], list[str]] | None]:
    """Return what the model reads from a Corpus, and how to split a probe the same way.

    Character level: the documents as written, joined by line breaks (a character model learns
    case and punctuation too). Word level: the corpus's tokens, and its own tokeniser for the probe.
    With ``limit``, at most about that many units (whole documents, then cut).
    """
    from lab_app.core.corpus import tokenize

    if level == "word":
        tokens = corpus.tokens()
        return (tokens if limit is None else tokens[:limit]), partial(
            tokenize, options=corpus.options
        )
    documents, size = [], 0
    for document in corpus.documents:
        if limit is not None and size >= limit:
            break
        documents.append(document)
        size += len(document) + 1
    text = "\n".join(documents)
    return (text if limit is None else text[:limit]), None


def language_model_job(
    cfg: LstmConfig,
    units,
    tokenize: Callable[[str], list[str]] | None = None,
) -> Generator[object, object, TrainedLM]:
    """Build the sequences and the probe, yield ``Prepared``, then train (see
    ``train_language_model``); return the TrainedLM. Heartbeats while building the sequences
    keep it stoppable. Runs on a worker thread.

    ``units``: the text (char level) or tokens (word level), or a Corpus to take them from
    here, on the worker (joining a large corpus's documents is too slow for the GUI thread).
    """
    limit = MAX_CHARS if cfg.level == "char" else MAX_TOKENS
    if hasattr(units, "documents"):
        corpus = units
        units, tokenize = corpus_units(corpus, cfg.level, limit + 1)
    if len(units) > limit:
        units = units[:limit]
        if cfg.level == "char":
            text = QT_TRANSLATE_NOOP(
                "core", "The corpus is large: training uses its first {limit} characters."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "core", "The corpus is large: training uses its first {limit} tokens."
            )
        yield Notice(say(text, limit=limit))
    data = yield from iter_build_sequence_data(
        units, cfg.level, cfg.seq_len, cfg.validation_fraction, cfg.max_vocab, tokenize
    )
    probe = encode_probe(data, cfg.probe)
    yield Prepared(data, probe)
    return (yield from train_language_model(cfg, data, probe))
