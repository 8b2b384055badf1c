"""Fine-tuning one classification layer on the encoder: modes, split, baseline, learning."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lab_app.core.bert.errors import BadSetting, OneClassOnly
from lab_app.core.bert.finetuning import (
    MODES,
    FinetuneConfig,
    FineTuned,
    FinetuneMetrics,
    build_classifier,
    compare_finetuning,
    finetune,
    load_labelled,
    split_indices,
)
from lab_app.core.bert.pretrain_config import PretrainConfig, Pretrained
from lab_app.core.bert.pretraining import build_pretraining_model
from lab_app.core.bert.wordpiece import train_wordpiece
from lab_app.core.events import collect, drain


@pytest.fixture(scope="module")
def sentiment():
    """The project's Spanish sentiment sample: 300 short reviews, "pos"/"neg"."""
    return load_labelled("spanish_sentiment")


@pytest.fixture(scope="module")
def encoder(sentiment):
    """A randomly initialised tiny BertForPreTraining and a WordPiece tokenizer for the sample."""
    texts, _ = sentiment
    tokenizer = train_wordpiece(texts, vocab_size=800, max_len=32)
    model = build_pretraining_model(
        PretrainConfig(preset="tiny", max_len=32, seed=1), len(tokenizer)
    )
    return model, tokenizer


def test_split_is_stratified_seeded_and_complete():
    labels = ["a"] * 30 + ["b"] * 10 + ["c"] * 2
    train, held = split_indices(labels, 0.25, seed=0)
    assert sorted(train + held) == list(range(42)) and not set(train) & set(held)
    assert [sum(labels[i] == c for i in held) for c in "abc"] == [8, 2, 1]
    assert split_indices(labels, 0.25, seed=0) == (train, held)
    assert split_indices(labels, 0.25, seed=1) != (train, held)


def test_three_modes_share_split_head_and_step_budget(sentiment, encoder, one_thread):
    texts, labels = sentiment
    config = FinetuneConfig(steps=3, batch_size=8, seed=4, max_len=32)
    pretrained = Pretrained(*encoder, PretrainConfig(max_len=32))  # as pretrain() returns it
    events, results = collect(compare_finetuning(config, pretrained, texts, labels))
    assert set(results) == set(MODES)
    held = {mode: r.held_out_indices for mode, r in results.items()}
    assert held["finetune"] == held["frozen"] == held["scratch"]
    assert len(held["finetune"]) == 60  # 20% of 300, both classes
    assert {r.majority_baseline for r in results.values()} == {0.5}
    for mode in MODES:
        steps = [e.step for e in events if isinstance(e, FinetuneMetrics) and e.mode == mode]
        assert steps[-1] == 3 and len(results[mode].history) == 3


def test_new_layer_is_seeded_and_encoder_copied_except_from_scratch(encoder):
    model, _ = encoder
    built = {mode: build_classifier(model, 2, mode, seed=5) for mode in MODES}
    heads = [b.classifier.weight for b in built.values()]
    assert all(torch.equal(heads[0], h) for h in heads[1:])
    source = model.bert.state_dict()
    for mode in ("finetune", "frozen"):
        copied = built[mode].bert.state_dict()
        assert all(torch.equal(source[k], copied[k]) for k in source)
    scratch = built["scratch"].bert.state_dict()
    assert not torch.equal(
        scratch["embeddings.word_embeddings.weight"], source["embeddings.word_embeddings.weight"]
    )
    again = build_classifier(model, 2, "scratch", seed=5).bert.state_dict()
    assert all(torch.equal(scratch[k], again[k]) for k in scratch)
    assert built["finetune"].config._attn_implementation == "eager"


def test_frozen_trains_only_the_new_layer(sentiment, encoder, one_thread):
    texts, labels = sentiment
    model, _ = encoder
    before = {k: v.clone() for k, v in model.bert.state_dict().items()}
    results = {}
    for mode in ("frozen", "finetune"):
        config = FinetuneConfig(mode=mode, steps=5, batch_size=8, learning_rate=1e-2, max_len=32)
        results[mode] = drain(finetune(config, encoder, texts, labels))
    frozen = results["frozen"].model.bert.state_dict()
    assert all(torch.equal(before[k], frozen[k]) for k in before)
    tuned = results["finetune"].model.bert.state_dict()
    assert not torch.equal(
        before["encoder.layer.0.attention.self.query.weight"],
        tuned["encoder.layer.0.attention.self.query.weight"],
    )
    head = build_classifier(model, 2, "frozen", seed=0).classifier.weight
    assert not torch.equal(head, results["frozen"].model.classifier.weight)
    # The pre-trained model itself is never changed by fine-tuning.
    assert all(torch.equal(before[k], v) for k, v in model.bert.state_dict().items())


def test_finetuning_beats_the_majority_baseline(sentiment, encoder, one_thread):
    # No pre-training here (a random tiny encoder, all weights trained) and the sample's plain
    # sentences only (no "no", no "pero": their label depends on word order, which a short run
    # does not learn): a real but easy labelled set.
    texts, labels = sentiment
    plain = [i for i, t in enumerate(texts) if " no " not in f" {t.lower()} " and "pero" not in t]
    texts, labels = [texts[i] for i in plain], [labels[i] for i in plain]
    config = FinetuneConfig(
        steps=80, batch_size=16, learning_rate=1e-3, test_fraction=0.3, max_len=32
    )
    events, result = collect(finetune(config, encoder, texts, labels))
    assert isinstance(result, FineTuned)
    counts = [labels.count(c) for c in ("neg", "pos")]
    assert result.majority_baseline == pytest.approx(max(counts) / sum(counts), abs=0.05)
    assert result.held_out_accuracy >= result.majority_baseline + 0.3
    losses = [loss for _, loss in result.history]
    assert np.mean(losses[-10:]) < np.mean(losses[:10]) - 0.3
    # The reported accuracy is the one predict() gives on the held-out texts.
    held = result.held_out_indices
    predicted = result.predict([texts[i] for i in held])
    assert set(predicted) <= {"pos", "neg"}
    accuracy = np.mean([p == labels[i] for p, i in zip(predicted, held)])
    assert accuracy == pytest.approx(result.held_out_accuracy)
    metrics = [e for e in events if isinstance(e, FinetuneMetrics)]
    assert metrics[-1].held_out_accuracy == result.held_out_accuracy


def test_one_class_is_refused_with_a_clear_error(encoder):
    with pytest.raises(OneClassOnly, match="at least two classes"):
        drain(finetune(FinetuneConfig(steps=1), encoder, ["a b", "c d", "e f"], ["pos"] * 3))


def test_mismatched_labels_and_bad_settings_are_refused(encoder):
    with pytest.raises(BadSetting, match="one label per text"):
        drain(finetune(FinetuneConfig(steps=1), encoder, ["a", "b"], ["x"]))
    with pytest.raises(BadSetting, match="Unknown fine-tuning mode"):
        FinetuneConfig(mode="partial")
    with pytest.raises(BadSetting, match="test_fraction"):
        FinetuneConfig(test_fraction=1.0)
