"""The LSTM tab's job: corpus → sequences → training, with a cap on very large corpora."""

from __future__ import annotations

import pytest
import torch

from lab_app.core.corpus import Corpus
from lab_app.core.events import Heartbeat, Notice, collect
from lab_app.core.lstm import LstmConfig, jobs
from lab_app.core.lstm import data as data_module
from lab_app.core.pacing import Pacer

pytestmark = pytest.mark.usefixtures("one_thread")


def test_large_corpus_is_capped_with_a_notice(monkeypatch):
    monkeypatch.setattr(jobs, "MAX_CHARS", 500)
    text = "la niña canta una canción. " * 100  # 2,700 characters
    cfg = LstmConfig(seq_len=16, batch_size=4, hidden_size=8, embedding_dim=4, max_steps=3)
    events, trained = collect(jobs.language_model_job(cfg, text))
    notices = [e for e in events if isinstance(e, Notice)]
    assert notices and "500" in str(notices[0].text)
    prepared = next(e for e in events if isinstance(e, jobs.Prepared))
    assert len(prepared.data.train_ids) + len(prepared.data.val_ids) == 500
    assert trained.steps == 3


def test_word_level_uses_the_corpus_tokeniser_for_the_probe():
    corpus = Corpus("t", ["La niña canta. El niño baila."] * 40)
    units, tokenize = jobs.corpus_units(corpus, "word")
    assert units[:3] == ["la", "niña", "canta"]  # lower-cased, as the corpus options say
    assert tokenize("La NIÑA") == ["la", "niña"]
    cfg = LstmConfig(
        level="word",
        seq_len=8,
        batch_size=4,
        hidden_size=8,
        embedding_dim=4,
        max_steps=2,
        probe="La niña baila",
    )
    events, _ = collect(jobs.language_model_job(cfg, units, tokenize))
    prepared = next(e for e in events if isinstance(e, jobs.Prepared))
    assert prepared.probe.unknown == ()


def test_a_corpus_is_read_on_the_worker_and_capped(monkeypatch):
    monkeypatch.setattr(jobs, "MAX_CHARS", 300)
    corpus = Corpus("t", ["El niño dijo: «mañana lloverá»."] * 50)
    cfg = LstmConfig(seq_len=16, batch_size=4, hidden_size=8, embedding_dim=4, max_steps=2)
    events, _ = collect(jobs.language_model_job(cfg, corpus))
    prepared = next(e for e in events if isinstance(e, jobs.Prepared))
    assert len(prepared.data.train_ids) + len(prepared.data.val_ids) == 300
    assert any(isinstance(e, Notice) for e in events)
    # The characters come in the corpus's own order, documents joined by line breaks.
    assert (
        "".join(prepared.data.decode(prepared.data.train_ids[:32]))
        == "El niño dijo: «mañana lloverá».\n"
    )


def test_building_the_sequences_is_stoppable(monkeypatch):
    """The build yields Heartbeats (cancel points): between its numpy steps at char level,
    every chunk of tokens at word level."""
    monkeypatch.setattr(data_module, "_CHUNK", 100)
    text = "la niña canta una canción. " * 40  # 1,080 characters, 240 tokens
    events, data = collect(data_module.iter_build_sequence_data(text, seq_len=16, beat=Pacer(0)))
    assert len(events) >= 3 and all(isinstance(e, Heartbeat) for e in events)
    assert torch.equal(data.train_ids, data_module.build_sequence_data(text, seq_len=16).train_ids)
    tokens = data_module.simple_word_tokens(text)
    build = data_module.iter_build_sequence_data(tokens, "word", seq_len=16, beat=Pacer(0))
    events, _ = collect(build)
    assert len(events) >= len(tokens) // 100 and all(isinstance(e, Heartbeat) for e in events)
    cfg = LstmConfig(seq_len=16, batch_size=4, hidden_size=8, embedding_dim=4, max_steps=1)
    events, _ = collect(jobs.language_model_job(cfg, text))
    prepared = next(i for i, e in enumerate(events) if isinstance(e, jobs.Prepared))
    assert any(isinstance(e, Heartbeat) for e in events[:prepared])


def test_char_level_ids_equal_a_plain_python_count(monkeypatch):
    """The numpy path (code points, sort, search, in pieces) gives what counting does."""
    import random
    from collections import Counter

    monkeypatch.setattr(data_module, "_NUMPY_PIECE", 37)
    rng = random.Random(3)
    for _ in range(20):
        alphabet = "abcñé 😀\n" + "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(12))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(80, 800)))
        max_vocab, fraction = rng.choice([2, 5, 5000]), rng.choice([0.0, 0.2])
        data = data_module.build_sequence_data(
            text, "char", seq_len=8, validation_fraction=fraction, max_vocab=max_vocab
        )
        n_val = int(round(len(text) * fraction))
        train, val = text[: len(text) - n_val], text[len(text) - n_val :]
        counts = Counter(train)
        ranked = sorted(counts, key=lambda unit: (-counts[unit], unit))
        vocab = (data_module.UNK, *ranked[: max_vocab - 1])
        index = {unit: i for i, unit in enumerate(vocab)}
        assert data.vocab == vocab
        assert data.train_ids.tolist() == [index.get(unit, 0) for unit in train]
        assert data.val_ids.tolist() == [index.get(unit, 0) for unit in val]
