"""The BERT tab's jobs: pre-training that FINISH ends with its model, the preset's parameter
count, labelled sources and the three-mode fine-tuning job."""

from __future__ import annotations

import pytest
import torch

from lab_app.core.bert.errors import NoSentencePairs, NotAModel, OneClassOnly
from lab_app.core.bert.finetuning import MODES, FinetuneConfig, FinetuneMetrics, split_indices
from lab_app.core.bert.jobs import (
    FINISH,
    FinetuneReady,
    FinetuneRun,
    NoLabels,
    PretrainReady,
    demo_checkpoint_job,
    finetune_job,
    labelled_data,
    open_job,
    parameter_count,
    pretrain_run,
)
from lab_app.core.bert.pretrain_config import PRESETS, PretrainConfig, Pretrained
from lab_app.core.bert.pretraining import build_pretraining_model, pretrain
from lab_app.core.bert.wordpiece import train_wordpiece
from lab_app.core.corpus import Corpus, load_builtin
from lab_app.core.corpus.errors import CorpusError
from lab_app.core.events import Progress, collect, drain

pytestmark = pytest.mark.usefixtures("one_thread")

QUICK = dict(
    preset="tiny", vocab_size=300, max_len=24, batch_size=8, warmup_steps=2, held_out_pairs=16
)


@pytest.fixture(scope="module")
def lee():
    return list(load_builtin("lee_background").documents[:60])


def run_until(job, stop_when, send=FINISH):
    """Drive ``job``; once ``stop_when(event)`` is true, send ``send`` at every later yield.
    Return (events, result)."""
    events, value, sending = [], None, False
    while True:
        try:
            event = job.send(value)
        except StopIteration as stop:
            return events, stop.value
        events.append(event)
        sending = sending or stop_when(event)
        value = send if sending else None


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_parameter_count_matches_the_built_model(preset):
    config = PretrainConfig(preset=preset, max_len=40)
    model = build_pretraining_model(config, 321)
    assert parameter_count(preset, 321, 40) == sum(p.numel() for p in model.parameters())


def test_an_unfinished_run_is_the_core_run_step_for_step(lee):
    config = PretrainConfig(**QUICK, max_steps=4, seed=3)
    events, ours = collect(pretrain_run(config, lee))
    theirs = drain(pretrain(config, lee))
    assert ours.steps == theirs.steps == 4
    mine, core = ours.model.state_dict(), theirs.model.state_dict()
    assert all(torch.equal(mine[k], core[k]) for k in core)
    ready = [e for e in events if isinstance(e, PretrainReady)]
    assert len(ready) == 1 and ready[0].vocab_size == len(ours.tokenizer)
    assert ready[0].parameters == parameter_count("tiny", len(ours.tokenizer), 24)
    assert ready[0].train_documents + ready[0].held_out_documents == len(lee)


def test_finish_ends_at_a_step_and_keeps_the_model_trained_so_far(lee):
    config = PretrainConfig(**QUICK, max_steps=100_000, seed=1)

    def third_step(event):
        return isinstance(event, Progress) and event.message == "pretrain" and event.done >= 3

    events, result = run_until(pretrain_run(config, lee), third_step)
    assert isinstance(result, Pretrained)
    steps = [e.done for e in events if isinstance(e, Progress) and e.message == "pretrain"]
    assert result.steps == steps[-1] and 3 <= result.steps < 100_000
    assert result.history and result.history[-1][0] <= result.steps
    untrained = build_pretraining_model(config, len(result.tokenizer))  # the run's start
    name = "bert.encoder.layer.0.attention.self.query.weight"
    assert not torch.equal(untrained.state_dict()[name], result.model.state_dict()[name])
    assert all(bool(p.isfinite().all()) for p in result.model.parameters())


def test_a_time_budget_finishes_the_run_by_itself(lee):
    config = PretrainConfig(**QUICK, max_steps=100_000, seed=2)
    result = drain(pretrain_run(config, lee, time_budget_s=0.0))
    assert isinstance(result, Pretrained) and result.steps == 1


def test_finish_before_training_returns_no_model(lee):
    config = PretrainConfig(**QUICK, max_steps=10, seed=2)
    _, result = run_until(pretrain_run(config, lee), lambda event: True)
    assert result is None


def test_a_corpus_of_one_sentence_documents_is_explained():
    config = PretrainConfig(**QUICK, max_steps=10)
    with pytest.raises(NoSentencePairs, match="two sentences or more"):
        drain(pretrain_run(config, ["one sentence only.", "another one here."] * 20))


# ---- fine-tuning ---------------------------------------------------------------------------


def test_labelled_sources(tmp_path):
    texts, labels = labelled_data(None)
    assert len(texts) == len(labels) == 300 and set(labels) == {"pos", "neg"}
    assert set(labelled_data("pang_lee_polarity")[1]) == {"pos", "neg"}
    good = tmp_path / "good.csv"
    good.write_text("text,label\nqué buena,pos\nqué mala,neg\nmuy buena,pos\n", encoding="utf-8")
    assert labelled_data(good) == (["qué buena", "qué mala", "muy buena"], ["pos", "neg", "pos"])
    bad = tmp_path / "bad.csv"
    bad.write_text("text,kind\nuno,a\ndos,b\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="label"):
        labelled_data(bad)
    with pytest.raises(NoLabels, match="no labels") as info:
        labelled_data(Corpus("plain", ["uno dos.", "tres cuatro."]))
    assert "plain" in str(info.value)


@pytest.fixture(scope="module")
def encoder():
    texts, _ = labelled_data(None)
    tokenizer = train_wordpiece(texts, vocab_size=400, max_len=32)
    model = build_pretraining_model(PretrainConfig(preset="tiny", max_len=32, seed=1), 400)
    return model, tokenizer


def test_finetune_job_runs_three_modes_on_one_split_and_leaves_the_encoder_alone(encoder):
    model, tokenizer = encoder
    before = {k: v.clone() for k, v in model.state_dict().items()}
    config = FinetuneConfig(steps=3, batch_size=8, seed=4, max_len=32)
    events, run = collect(finetune_job(config, None, encoder))
    assert isinstance(run, FinetuneRun) and list(run.results) == list(MODES)
    ready = next(e for e in events if isinstance(e, FinetuneReady))
    texts, labels = labelled_data(None)
    index = {"neg": 0, "pos": 1}
    train, held = split_indices([index[x] for x in labels], 0.2, 4)
    assert (ready.train_examples, ready.held_out_examples) == (len(train), len(held))
    assert all(r.held_out_indices == held for r in run.results.values())
    assert run.held_out == {m: r.held_out_accuracy for m, r in run.results.items()}
    assert {e.mode for e in events if isinstance(e, FinetuneMetrics)} == set(MODES)
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert all(r.tokenizer is not tokenizer for r in run.results.values())


def test_one_class_is_refused(encoder, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("text,label\nuna,pos\ndos,pos\ntres,pos\n", encoding="utf-8")
    with pytest.raises(OneClassOnly, match="same label"):
        drain(finetune_job(FinetuneConfig(steps=2), path, encoder))


# ---- checkpoints ---------------------------------------------------------------------------


def test_open_job_names_a_folder_and_copies_its_tokenizer(encoder, tmp_path):
    model, tokenizer = encoder
    events, opened = collect(demo_checkpoint_job(tmp_path / "my-bert", (model, tokenizer)))
    assert opened.name == "my-bert"
    assert opened.summary["parameters"] == sum(p.numel() for p in model.parameters())
    assert opened.tokenizer is not opened.checkpoint.tokenizer
    assert opened.tokenizer.tokenize("qué buena") == tokenizer.tokenize("qué buena")
    loaded = opened.checkpoint.model.state_dict()
    assert all(torch.equal(v, loaded[k]) for k, v in model.state_dict().items())


def test_open_job_passes_the_core_errors_on(tmp_path):
    (tmp_path / "notes").mkdir()
    with pytest.raises(NotAModel, match="config.json"):
        drain(open_job(str(tmp_path / "notes")))
