"""Mini-BERT pre-training as a generator: MLM + NSP on Lee news, events, seeds, Stop, divergence."""

from __future__ import annotations

import math
from dataclasses import fields

import numpy as np
import pytest
import torch

from lab_app.core.bert.errors import BadSetting, NoSentencePairs, TrainingDiverged
from lab_app.core.bert.pretrain_config import (
    PRESETS,
    PretrainConfig,
    Pretrained,
    PretrainExample,
    PretrainMetrics,
)
from lab_app.core.bert.pretraining import pretrain
from lab_app.core.corpus import load_builtin
from lab_app.core.events import Progress, collect

# Small enough for a test: a few seconds of training on one thread.
QUICK = dict(
    preset="tiny", vocab_size=1000, max_len=32, batch_size=16, warmup_steps=10, held_out_pairs=64
)


@pytest.fixture(scope="module")
def lee():
    return load_builtin("lee_background").documents


@pytest.fixture(scope="module")
def run(lee):
    """One 80-step run: (events, result)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        config = PretrainConfig(**QUICK, max_steps=80, learning_rate=3e-3, seed=0)
        return collect(pretrain(config, lee))
    finally:
        torch.set_num_threads(before)


def test_masked_lm_loss_falls_below_its_start(run):
    _, result = run
    assert isinstance(result, Pretrained) and result.steps == 80
    first_step, start_loss, _ = result.held_out[0]
    last_step, end_loss, end_nsp = result.held_out[-1]
    assert (first_step, last_step) == (1, 80)
    # It starts near the uniform guess log(V) and learns at least the word frequencies.
    assert start_loss == pytest.approx(math.log(len(result.tokenizer)), abs=0.3)
    assert end_loss < start_loss - 0.5
    assert 0.0 <= end_nsp <= 1.0
    train_losses = [row[1] for row in result.history]
    assert np.mean(train_losses[-10:]) < np.mean(train_losses[:5]) - 0.5


def test_events_come_in_phases_and_hold_plain_copies(run):
    events, result = run
    phases = [e.message for e in events if isinstance(e, Progress)]
    assert phases[0] == "wordpiece" and phases[-1] == "pretrain"
    assert phases.index("pretrain") > max(i for i, p in enumerate(phases) if p == "wordpiece")
    metrics = [e for e in events if isinstance(e, PretrainMetrics)]
    assert metrics[-1].step == 80 and metrics[-1].held_out_nsp_accuracy is not None
    assert [m.step for m in metrics] == sorted(m.step for m in metrics)
    for event in events:
        if isinstance(event, (PretrainMetrics, PretrainExample)):
            for f in fields(event):
                value = getattr(event, f.name)
                assert not isinstance(value, (torch.Tensor, np.ndarray)), f.name
    assert result.model.config._attn_implementation == "eager"


def test_training_example_shows_what_the_model_saw(run):
    events, result = run
    examples = [e for e in events if isinstance(e, PretrainExample)]
    assert examples and examples[-1].step == 80
    tokenizer = result.tokenizer
    seen_kinds = set()
    for example in examples:
        n = len(example.tokens)
        assert n == len(example.segments) <= 32
        assert example.tokens[0] == "[CLS]" and example.tokens[-1] == "[SEP]"
        first_sep = example.tokens.index("[SEP]")
        assert example.segments == (0,) * (first_sep + 1) + (1,) * (n - first_sep - 1)
        k = len(example.masked_positions)
        assert len(example.mask_kinds) == len(example.original_tokens) == k
        assert len(example.predicted_tokens) == k
        for position, kind, original in zip(
            example.masked_positions, example.mask_kinds, example.original_tokens
        ):
            shown = example.tokens[position]
            assert shown not in ("[CLS]", "[SEP]", "[PAD]")
            assert (kind == "mask") == (shown == "[MASK]")
            assert (kind == "kept") == (shown == original)
            seen_kinds.add(kind)
        assert all(t in tokenizer.get_vocab() for t in example.predicted_tokens)
        assert 0.0 <= example.is_next_probability <= 1.0
    assert "mask" in seen_kinds


def test_losses_match_bert_for_pretraining_own_loss(run, lee):
    from lab_app.core.bert.pretraining import _forward, _masked_batch
    from lab_app.core.bert.sentence_pairs import PairSource, document_sentences

    _, result = run
    model, tokenizer, config = result.model.eval(), result.tokenizer, result.config
    source = PairSource.build(document_sentences(lee[:30]), tokenizer)
    batch = _masked_batch(source.draw(np.random.default_rng(0), 8, 32), tokenizer, config, 0)
    with torch.no_grad():
        mlm, nsp, _, _ = _forward(model, batch)
        own = model(
            input_ids=batch.input_ids,
            attention_mask=batch.attention_mask,
            token_type_ids=batch.token_type_ids,
            labels=batch.mlm_labels,
            next_sentence_label=batch.next_labels,
        )
    assert (mlm + nsp).item() == pytest.approx(own.loss.item(), rel=1e-5)


def test_same_seed_same_losses_other_seed_other_losses(lee, one_thread):
    def losses(seed: int) -> list:
        _, result = collect(pretrain(PretrainConfig(**QUICK, max_steps=4, seed=seed), lee[:60]))
        return result.history

    first = losses(3)
    assert first == losses(3)
    assert first != losses(4)


def test_closing_the_generator_mid_run_stops_it(lee, one_thread):
    job = pretrain(PretrainConfig(**QUICK, max_steps=10_000), lee[:60])
    for event in job:
        if isinstance(event, PretrainMetrics) and event.step >= 2:
            break
    job.close()
    with pytest.raises(StopIteration):
        next(job)


def test_huge_learning_rate_diverges_and_keeps_the_last_good_weights(lee, one_thread):
    config = PretrainConfig(**{**QUICK, "warmup_steps": 0}, max_steps=300, learning_rate=10.0)
    with pytest.raises(TrainingDiverged, match="diverged") as caught:
        collect(pretrain(config, lee[:60]))
    error = caught.value
    last_good = error.last_good
    assert isinstance(last_good, Pretrained) and last_good.steps < error.step
    assert all(torch.isfinite(p).all() for p in last_good.model.parameters())
    assert len(last_good.history) == last_good.steps
    assert "Try a lower learning rate" in str(error)


def test_corpus_without_multi_sentence_documents_is_refused_before_training():
    polarity = load_builtin("pang_lee_polarity").documents
    with pytest.raises(NoSentencePairs, match="two sentences or more"):
        collect(pretrain(PretrainConfig(**QUICK, max_steps=5), polarity))


def test_settings_out_of_range_are_refused():
    with pytest.raises(BadSetting, match="Unknown preset"):
        PretrainConfig(preset="huge")
    with pytest.raises(BadSetting, match="mask_probability"):
        PretrainConfig(mask_probability=0.0)
    assert {"tiny", "small"} <= set(PRESETS)
    assert PRESETS["tiny"].hidden == 64 and PRESETS["tiny"].layers == 2


def test_saved_model_reloads_with_the_same_outputs(run, tmp_path, monkeypatch):
    from transformers import AutoTokenizer, BertForPreTraining

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    _, result = run
    result.save(str(tmp_path))
    model = BertForPreTraining.from_pretrained(tmp_path, attn_implementation="eager").eval()
    tokenizer = AutoTokenizer.from_pretrained(tmp_path)
    inputs = tokenizer(
        "The man went to the store.", "He bought a gallon of milk.", return_tensors="pt"
    )
    assert (
        inputs["input_ids"].tolist()
        == result.tokenizer(
            "The man went to the store.", "He bought a gallon of milk.", return_tensors="pt"
        )["input_ids"].tolist()
    )
    result.model.eval()
    with torch.no_grad():
        expected = result.model(**inputs, output_attentions=True)
        loaded = model(**inputs, output_attentions=True)
    assert torch.allclose(expected.prediction_logits, loaded.prediction_logits, atol=1e-5)
    assert len(loaded.attentions) == 2 and loaded.attentions[0].shape[1] == 2
