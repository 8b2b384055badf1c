"""Opening BERT checkpoints: good folders, bad folders, pickles, model ids offline."""

from __future__ import annotations

import json
import pickle
import shutil
import threading

import pytest
import torch
from tiny_bert import VOCAB, seeded_model, tiny_tokenizer
from transformers import (
    BertForMaskedLM,
    BertForPreTraining,
    BertModel,
)

from lab_app.core.bert import checkpoints, model_ids
from lab_app.core.bert.checkpoints import (
    load_model,
    model_summary,
    open_checkpoint,
    untrained_heads,
    wordpieces,
)
from lab_app.core.bert.errors import (
    BertError,
    BrokenCheckpoint,
    DeviceUnavailable,
    NotAModel,
    OfflineModelId,
    UnsafeCheckpoint,
)
from lab_app.core.messages import Text

pytestmark = pytest.mark.usefixtures("one_thread")


def build(model_class=BertForPreTraining, seed: int = 0, **config):
    return seeded_model(model_class, seed, **config)


def save(folder, model, safe: bool = True):
    """Save ``model`` and the tokenizer; ``safe=False`` writes the weights the old way, as a
    pickled ``pytorch_model.bin`` (torch.save of the state dict) instead of safetensors."""
    model.save_pretrained(folder)
    tiny_tokenizer().save_pretrained(folder)
    if not safe:
        (folder / "model.safetensors").unlink()
        torch.save(model.state_dict(), folder / "pytorch_model.bin")
    return folder


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A tiny BertForPreTraining saved as a model folder, and the model that was saved."""
    model = build()
    return save(tmp_path_factory.mktemp("tiny") / "tiny-bert", model), model


def same_weights(first, second) -> bool:
    a, b = first.state_dict(), second.state_dict()
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_a_folder_loads_as_bert_for_pretraining_with_eager_attention(saved):
    folder, original = saved
    model, tokenizer = load_model(folder)
    assert isinstance(model, BertForPreTraining)
    assert model.config._attn_implementation == "eager"
    assert not model.training
    assert same_weights(model, original)
    assert tokenizer.mask_token_id == VOCAB.index("[MASK]")
    assert untrained_heads(model) == frozenset()
    assert open_checkpoint(str(folder)).notes == ()


def test_summary_counts_parameters_by_the_bert_formula(saved):
    model, _ = load_model(saved[0])
    v, h, p, i, layers = len(VOCAB), 32, 64, 64, 2
    embeddings = v * h + p * h + 2 * h + 2 * h  # word, position, segment tables + LayerNorm
    layer = 4 * (h * h + h) + 2 * h + (h * i + i) + (i * h + h) + 2 * h
    pooler = h * h + h
    heads = (h * h + h) + 2 * h + v + (2 * h + 2)  # MLM transform + bias (decoder tied), NSP
    summary = model_summary(model)
    assert summary["parameters"] == embeddings + layers * layer + pooler + heads
    assert (summary["layers"], summary["heads"], summary["hidden"]) == (2, 2, 32)
    assert (summary["vocab_size"], summary["max_positions"]) == (v, 64)


def test_wordpieces_keep_the_continuation_marks(saved):
    _, tokenizer = load_model(saved[0])
    assert wordpieces(tokenizer, "The man went playing") == ["the", "man", "went", "play", "##ing"]


def copy_folder(saved, tmp_path):
    return shutil.copytree(saved[0], tmp_path / "copy")


def raised(error_class, path_or_id, **kwargs):
    with pytest.raises(error_class) as info:
        load_model(path_or_id, **kwargs)
    error = info.value
    assert isinstance(error, BertError)
    assert isinstance(error.args[0], Text)  # translatable, str() is English
    return str(error)


def test_a_folder_without_config_names_the_folder_and_the_file(tmp_path):
    folder = tmp_path / "my notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    message = raised(NotAModel, folder)
    assert "my notes" in message and "config.json" in message


def test_a_file_or_a_missing_path_is_not_a_model(tmp_path):
    (tmp_path / "weights.bin").write_bytes(b"x")
    assert "file" in raised(NotAModel, tmp_path / "weights.bin")
    assert "no folder" in raised(NotAModel, tmp_path / "nowhere" / "model")


def test_another_model_type_is_refused(saved, tmp_path):
    folder = copy_folder(saved, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(config | {"model_type": "gpt2"}))
    assert "gpt2" in raised(NotAModel, folder)


def test_a_broken_config_is_reported(saved, tmp_path):
    folder = copy_folder(saved, tmp_path)
    (folder / "config.json").write_text("{not json")
    assert "config.json" in raised(BrokenCheckpoint, folder)


def test_a_folder_without_weights_or_tokenizer_is_not_a_model(saved, tmp_path):
    folder = copy_folder(saved, tmp_path)
    (folder / "model.safetensors").unlink()
    assert "model.safetensors" in raised(NotAModel, folder)
    folder = shutil.copytree(saved[0], tmp_path / "no tokenizer")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (folder / name).unlink()
    assert "tokenizer" in raised(NotAModel, folder)


@pytest.mark.parametrize("keep", [0.5, 0.01])
def test_a_truncated_safetensors_file_is_a_broken_checkpoint(saved, tmp_path, keep):
    folder = copy_folder(saved, tmp_path)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: int(len(data) * keep)])
    assert "model.safetensors" in raised(BrokenCheckpoint, folder)


def test_a_pickled_bin_of_tensors_loads_with_weights_only_and_says_so(saved, tmp_path):
    folder = save(tmp_path / "bin", saved[1], safe=False)
    assert (folder / "pytorch_model.bin").exists()
    assert not (folder / "model.safetensors").exists()
    checkpoint = open_checkpoint(folder)
    assert same_weights(checkpoint.model, saved[1])
    assert any("weights_only=True" in str(note) for note in checkpoint.notes)


class RunsCode:
    """Unpickling this object calls open(path, "w"): it would create the file."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_a_malicious_pickle_is_refused_and_its_code_never_runs(saved, tmp_path):
    witness = tmp_path / "ran.txt"
    # The object really runs code when unpickled the unsafe way...
    pickle.loads(pickle.dumps(RunsCode(tmp_path / "control.txt")))
    assert (tmp_path / "control.txt").exists()
    # ... but from a checkpoint it is refused before it can.
    folder = copy_folder(saved, tmp_path)
    (folder / "model.safetensors").unlink()
    state = dict(saved[1].state_dict()) | {"payload": RunsCode(witness)}
    torch.save(state, folder / "pytorch_model.bin")
    message = raised(UnsafeCheckpoint, folder)
    assert "pytorch_model.bin" in message and "safetensors" in message
    assert not witness.exists()


def test_a_truncated_pickle_is_a_broken_checkpoint(saved, tmp_path):
    folder = save(tmp_path / "bin", saved[1], safe=False)
    weights = folder / "pytorch_model.bin"
    weights.write_bytes(weights.read_bytes()[:5000])
    raised(BrokenCheckpoint, folder)


def test_heads_missing_from_the_checkpoint_are_marked_untrained(tmp_path):
    masked_lm = build(BertForMaskedLM, seed=1)
    model, _ = load_model(save(tmp_path / "mlm", masked_lm))
    assert untrained_heads(model) == {"nsp"}
    assert torch.equal(
        model.cls.predictions.transform.dense.weight,
        masked_lm.cls.predictions.transform.dense.weight,
    )
    encoder = build(BertModel, seed=2)
    checkpoint = open_checkpoint(save(tmp_path / "encoder", encoder))
    assert checkpoint.untrained_heads == {"mlm", "nsp"}
    assert same_weights(checkpoint.model.bert, encoder)
    assert len(checkpoint.notes) == 2


def test_weights_that_do_not_fit_the_config_are_refused(saved, tmp_path):
    folder = copy_folder(saved, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(config | {"num_hidden_layers": 3}))
    assert "missing" in raised(BrokenCheckpoint, folder)


def test_a_tokenizer_larger_than_the_model_is_refused(tmp_path):
    small = build(vocab_size=len(VOCAB) - 10)
    assert "tokens" in raised(BrokenCheckpoint, save(tmp_path / "small", small))


def test_an_unavailable_device_is_refused(saved, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    raised(DeviceUnavailable, saved[0], device="cuda")


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache, and a hub check that fails if called."""
    import huggingface_hub.constants

    cache = tmp_path / "hub-cache"
    cache.mkdir()
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    return cache


def test_a_model_id_offline_says_it_needs_the_internet_once(empty_cache, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")

    def no_network(*_args):
        raise AssertionError("offline mode must not try the network")

    monkeypatch.setattr(model_ids, "_hub_reachable", no_network)
    for model_id in ("bert-base-uncased", "dccuchile/bert-base-spanish-wwm-cased"):
        message = raised(OfflineModelId, model_id)
        assert model_id in message and "needs the internet once" in message


def test_a_model_id_without_network_fails_without_downloading(empty_cache, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(model_ids, "_hub_reachable", lambda *_: False)
    assert "open the folder" in raised(OfflineModelId, "bert-base-uncased")


def test_a_bogus_id_is_not_a_model(empty_cache, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert "not a model id" in raised(NotAModel, "not a valid id!!")
    assert "bad--name" in raised(NotAModel, "owner/bad--name")


def test_a_cached_model_id_opens_offline(saved, empty_cache, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    repo = empty_cache / "models--lab--tiny-bert"
    shutil.copytree(saved[0], repo / "snapshots" / "0123abcd")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0123abcd")
    model, _ = load_model("lab/tiny-bert")
    assert same_weights(model, saved[1])


def test_the_hub_check_gives_up_when_the_network_hangs(monkeypatch):
    release = threading.Event()

    def hanging_connection(*_args, **_kwargs):
        release.wait(10)
        raise OSError("late")

    monkeypatch.setattr(model_ids.socket, "create_connection", hanging_connection)
    try:
        assert model_ids._hub_reachable(timeout=0.05) is False
    finally:
        release.set()


def test_load_model_is_the_public_name():
    import lab_app.core.bert as bert

    assert bert.load_model is checkpoints.load_model
