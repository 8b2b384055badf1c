"""Saving and loading a trained RNN-tab task: safetensors weights + a JSON description."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest
import torch
from safetensors.torch import load_file, save_file

from lab_app.core.events import drain
from lab_app.core.messages import Text
from lab_app.core.rnn.tasks import TASKS
from lab_app.core.rnn.tasks.base import TaskConfig, TrainedTask
from lab_app.core.rnn.tasks.one_to_many import build_one_to_many, generate
from lab_app.core.rnn.tasks.one_to_one import build_one_to_one
from lab_app.core.rnn.tasks.seq2seq import Seq2SeqTask, translate
from lab_app.core.rnn.tasks.seq2seq import build_model as build_seq2seq
from lab_app.core.rnn.tasks.storage import (
    CorruptWeights,
    NotATaskFile,
    StorageError,
    TaskFileMissing,
    UnknownTask,
    UnreadableTaskFile,
    UnsupportedVersion,
    WeightsMismatch,
    WrongTask,
    load_task,
    save_task,
    task_paths,
)

SMALL = {"hidden_size": 16, "embedding_dim": 8, "batch_size": 16, "learning_rate": 0.01}
# A cell per task, so every cell and both attention scores go through a round trip.
CASES = {
    "one_to_one": ("lstm", TASKS["one_to_one"]),
    "one_to_many": ("lstm", TASKS["one_to_many"]),
    "many_to_one": ("gru", TASKS["many_to_one"]),
    "many_to_many_aligned": ("rnn", TASKS["many_to_many_aligned"]),
    "many_to_many_seq2seq": ("gru", Seq2SeqTask("dot")),
}


@pytest.fixture(scope="module")
def runs():
    """key -> (TrainedTask, data): 40 steps each, tiny sizes, seed 0, one torch thread."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        result = {}
        for key, (cell, task) in CASES.items():
            data = task.prepare(seed=0)
            config = TaskConfig(cell=cell, max_steps=40, seed=0, **SMALL)
            result[key] = (drain(task.train(config, data)), data)
        return result
    finally:
        torch.set_num_threads(before)


def logits(key: str, model: torch.nn.Module, data) -> torch.Tensor:
    """The model's raw outputs on held-out inputs of its task."""
    with torch.no_grad():
        if key in ("one_to_one", "one_to_many"):
            return model(torch.from_numpy(data.heldout_inputs[:16]))
        if key == "many_to_one":
            ids, lengths, _ = data.batch(data.held_out)
            return model(ids, lengths)
        if key == "many_to_many_aligned":
            return model(data.batch(data.held_out)[0])
        split = data.held_out
        return model(split.source, split.lengths, split.decoder_input)[0]


def fresh_model(key: str, trained: TrainedTask, data) -> torch.nn.Module:
    """The task's untrained model for the same config (what a load that forgot the weights
    would give: the builders draw from the seed)."""
    config = trained.config
    if key == "one_to_one":
        return build_one_to_one(config, data.vocab_size)
    if key == "one_to_many":
        return build_one_to_many(config, data.vocab_size)
    if key == "many_to_many_seq2seq":
        return build_seq2seq(config, data.vocab, "dot")
    return TASKS[key].build_model(config, data)


@pytest.fixture
def saved(runs, tmp_path):
    """key -> the JSON path of that task saved under tmp_path."""
    return {
        key: task_paths(save_task(trained, tmp_path / key))[0] for key, (trained, _) in runs.items()
    }


@pytest.mark.parametrize("key", list(CASES))
def test_round_trip_gives_the_same_model(runs, saved, key, one_thread):
    trained, data = runs[key]
    loaded = load_task(saved[key])
    assert loaded.key == key and loaded.config == trained.config
    assert type(loaded.model) is type(trained.model) and not loaded.model.training
    before, after = trained.model.state_dict(), loaded.model.state_dict()
    assert list(before) == list(after)
    assert all(torch.equal(before[name], after[name]) for name in before)
    expected = logits(key, trained.model, data)
    assert torch.equal(logits(key, loaded.model, data), expected)
    # The weights came from the file, not from rebuilding with the seed.
    assert not torch.equal(logits(key, fresh_model(key, trained, data), data), expected)


@pytest.mark.parametrize("key", list(CASES))
def test_last_held_out_scores_are_kept(runs, saved, key):
    trained, _ = runs[key]
    last = [m for m in trained.history if m.metric is not None][-1]
    (restored,) = load_task(saved[key]).history
    assert (restored.step, restored.metric, restored.baseline) == (
        last.step,
        last.metric,
        last.baseline,
    )
    assert restored.metric_name == last.metric_name and restored.loss == last.loss


def test_one_to_many_generates_the_same_text(runs, saved, one_thread):
    trained, _ = runs["one_to_many"]
    loaded = load_task(saved["one_to_many"], key="one_to_many")
    for rng_seed in (0, 7):
        ours = generate(trained, "El faro ", 120, temperature=0.8, rng_seed=rng_seed)
        theirs = generate(loaded, "El faro ", 120, temperature=0.8, rng_seed=rng_seed)
        assert theirs.text == ours.text and theirs.steps == ours.steps
    assert generate(loaded, "El faro ", 120, rng_seed=0).text != ours.text  # seed 7's


def test_sentiment_classifies_the_same(runs, saved, one_thread):
    trained, data = runs["many_to_one"]
    loaded = load_task(saved["many_to_one"])
    task = TASKS["many_to_one"]
    sentences = [data.sentences[r] for r in data.held_out] + [["palabra_nueva"], []]
    ours = [task.classify(trained, s) for s in sentences]
    assert [task.classify(loaded, s) for s in sentences] == ours
    assert set(ours) <= set(data.classes)
    assert loaded.vocab.classes == data.classes and loaded.vocab.index == data.index


def test_tagging_tags_the_same_and_keeps_the_baseline(runs, saved, one_thread):
    trained, data = runs["many_to_many_aligned"]
    loaded = load_task(saved["many_to_many_aligned"])
    task = TASKS["many_to_many_aligned"]
    sentences = [data.sentences[r] for r in data.held_out] + [["Palabra_Nueva", "de"]]
    assert [task.tag(loaded, s) for s in sentences] == [task.tag(trained, s) for s in sentences]
    assert [loaded.vocab.baseline_tags(s) for s in sentences] == [
        data.baseline_tags(s) for s in sentences
    ]


def test_seq2seq_translates_the_same(runs, saved, one_thread):
    trained, data = runs["many_to_many_seq2seq"]
    loaded = load_task(saved["many_to_many_seq2seq"])
    assert loaded.model.attention == "dot" and loaded.vocab == data.vocab
    for tokens in data.held_out.tokens[:40]:
        text, attention = translate(trained, tokens)
        text_again, attention_again = translate(loaded, tokens)
        assert text_again == text and np.array_equal(attention_again, attention)


def test_either_file_or_the_stem_names_the_task(runs, tmp_path):
    trained, _ = runs["one_to_many"]
    weights_path = save_task(trained, tmp_path / "modelo.v1.json")
    assert weights_path == tmp_path / "modelo.v1.safetensors"
    json_path = tmp_path / "modelo.v1.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["modelo.v1.json", "modelo.v1.safetensors"]
    for path in (tmp_path / "modelo.v1", json_path, str(weights_path)):
        assert load_task(path).vocab == trained.vocab
    assert task_paths(tmp_path / "a.b") == (tmp_path / "a.b.json", tmp_path / "a.b.safetensors")


def test_a_loaded_task_saves_again_to_the_same_weights(runs, saved, tmp_path):
    for key in CASES:
        again = save_task(load_task(saved[key]), tmp_path / "again")
        first = task_paths(saved[key])[1].read_bytes()
        assert again.read_bytes() == first
        again_json = task_paths(again)[0]
        assert (
            json.loads(again_json.read_text())["vocab"]
            == json.loads(saved[key].read_text())["vocab"]
        )


def test_the_json_holds_no_training_data(runs, saved):
    description = json.loads(saved["many_to_one"].read_text(encoding="utf-8"))
    assert set(description) == {
        "format", "version", "task", "config", "model", "vocab", "weights_sha256", "last_scores"
    }  # fmt: skip
    assert set(description["vocab"]) == {"words", "classes", "majority"}
    tensors = load_file(task_paths(saved["many_to_one"])[1])
    assert all(t.is_contiguous() and t.device.type == "cpu" for t in tensors.values())


# --- errors ------------------------------------------------------------------------------------


def edit_json(path, change) -> None:
    description = json.loads(path.read_text(encoding="utf-8"))
    change(description)
    path.write_text(json.dumps(description), encoding="utf-8")


def raises(kind, path, **kwargs) -> StorageError:
    with pytest.raises(kind) as caught:
        load_task(path, **kwargs)
    error = caught.value
    assert isinstance(error, StorageError) and isinstance(error, ValueError)
    assert isinstance(error.text, Text) and str(error) == str(error.text)
    return error


def test_missing_files(saved):
    json_path, weights_path = task_paths(saved["one_to_many"])
    weights_path.unlink()
    assert "one_to_many.safetensors" in str(raises(TaskFileMissing, json_path))
    json_path.unlink()
    assert "one_to_many.json" in str(raises(TaskFileMissing, weights_path))


def test_a_folder_in_place_of_the_json(tmp_path):
    (tmp_path / "carpeta.json").mkdir()
    raises(UnreadableTaskFile, tmp_path / "carpeta")


@pytest.mark.parametrize(
    "content", [b"\xff\xfe not json", b"[1, 2]", b'{"format": "other", "version": 1}', b""]
)
def test_a_json_of_another_kind(saved, content):
    saved["one_to_one"].write_bytes(content)
    raises(NotATaskFile, saved["one_to_one"])


def test_another_format_version(saved):
    edit_json(saved["one_to_one"], lambda d: d.update(version=2))
    assert "version 2" in str(raises(UnsupportedVersion, saved["one_to_one"]))


@pytest.mark.parametrize("key", ["two_to_two", ["one_to_one"], None])
def test_an_unknown_task_key(saved, key):
    edit_json(saved["one_to_one"], lambda d: d.update(task=key))
    assert repr(key) in str(raises(UnknownTask, saved["one_to_one"]))


def test_a_file_without_scores_still_loads(saved):
    edit_json(saved["one_to_one"], lambda d: d.pop("last_scores"))
    assert load_task(saved["one_to_one"]).history == []


def test_another_task_than_expected(saved):
    error = raises(WrongTask, saved["many_to_one"], key="many_to_many_aligned")
    assert "many_to_one" in str(error)
    load_task(saved["many_to_one"], key="many_to_one")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["config"].update(cell="transformer"),
        lambda d: d["config"].update(hidden_size="16"),
        lambda d: d["config"].update(hidden_size=0),
        lambda d: d["config"].update(dropout=0.5),
        lambda d: d["vocab"].update(characters="abc"),
        lambda d: d["model"].update({"class": "RecurrentClassifier"}),
        lambda d: d.pop("config"),
    ],
)
def test_malformed_fields(saved, change):
    edit_json(saved["one_to_many"], change)
    raises(NotATaskFile, saved["one_to_many"])


def test_a_truncated_weights_file(saved):
    weights = task_paths(saved["one_to_many"])[1]
    raw = weights.read_bytes()
    for size in (len(raw) - 10, 100, 4):
        weights.write_bytes(raw[:size])
        raises(CorruptWeights, weights)


def test_a_damaged_weight_is_noticed(saved):
    weights = task_paths(saved["many_to_one"])[1]
    raw = bytearray(weights.read_bytes())
    raw[-3] ^= 0xFF  # one float of the last tensor: the file still parses
    weights.write_bytes(bytes(raw))
    raises(CorruptWeights, weights)


def test_a_pickle_is_never_unpickled(saved, tmp_path):
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    task_paths(saved["one_to_many"])[1].write_bytes(pickle.dumps(Payload()))
    raises(CorruptWeights, saved["one_to_many"])
    torch.save({"x": torch.zeros(2)}, task_paths(saved["one_to_many"])[1])
    raises(CorruptWeights, saved["one_to_many"])
    assert not marker.exists()


def test_sizes_that_do_not_match_name_the_first_tensor(saved):
    edit_json(saved["one_to_many"], lambda d: d["config"].update(hidden_size=24))
    error = raises(WeightsMismatch, saved["one_to_many"])
    assert error.tensor == "recurrent.weight_ih_l0" and "recurrent.weight_ih_l0" in str(error)
    assert "64×8" in str(error) and "96×8" in str(error)  # LSTM: 4·d_h rows
    edit_json(saved["one_to_many"], lambda d: d["vocab"]["characters"].pop())
    assert raises(WeightsMismatch, saved["one_to_many"]).tensor == "embedding.weight"


def test_a_missing_or_extra_tensor_is_named(saved):
    weights = task_paths(saved["many_to_many_aligned"])[1]
    tensors = load_file(weights)
    save_file({k: v for k, v in tensors.items() if k != "head.bias"}, weights)
    assert raises(WeightsMismatch, weights).tensor == "head.bias"
    save_file({**tensors, "extra.weight": torch.zeros(1)}, weights)
    assert raises(WeightsMismatch, weights).tensor == "extra.weight"
    save_file({**tensors, "head.bias": tensors["head.bias"].double()}, weights)
    assert "float64" in str(raises(WeightsMismatch, weights))


def test_saving_errors(runs, tmp_path):
    trained, _ = runs["one_to_one"]
    with pytest.raises(UnreadableTaskFile):
        save_task(trained, tmp_path / "no_such_folder" / "model")
    with pytest.raises(UnknownTask):
        save_task(TrainedTask("two_to_two", trained.model, trained.config, trained.vocab), tmp_path)
    with pytest.raises(StorageError):  # a one-to-one network is not a one-to-many model
        save_task(
            TrainedTask("one_to_many", trained.model, trained.config, trained.vocab), tmp_path / "m"
        )
    assert list(tmp_path.iterdir()) == []
