"""The BERT tab's training pages: pre-training sets the shared BERT (also after Stop), the
training example view, fine-tuning three ways on one split, real checkpoints and their errors."""

from __future__ import annotations

import pickle
import shutil

import pytest
import torch

from lab_app.core.bert.pretrain_config import PretrainConfig, PretrainExample

pytestmark = pytest.mark.usefixtures("one_torch_thread")

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = "the man went to store buy a gallon of milk play ##ing qué buena mala película muy"
LETTERS = list("abcdefghijklmnopqrstuvwxyz.,") + [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
VOCAB = SPECIALS + WORDS.split() + LETTERS


@pytest.fixture
def one_torch_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def tiny_bert():
    from transformers import BertConfig, BertForPreTraining, BertTokenizerFast

    config = BertConfig(
        vocab_size=len(VOCAB), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=64, attn_implementation="eager",
    )  # fmt: skip
    with torch.random.fork_rng():  # a local seed: the global generator is left as it was
        torch.manual_seed(0)
        model = BertForPreTraining(config).eval()
    return model, BertTokenizerFast(vocab={token: i for i, token in enumerate(VOCAB)})


@pytest.fixture
def bert_tab(window):
    window.show()
    return window.show_tab("bert")


def quick(page, steps: int):
    s = page.settings
    s.vocab.setValue(300)
    s.max_len.setValue(32)
    s.batch.setValue(8)
    s.steps.setValue(steps)
    return page


def run(page, qtbot, timeout=60000, **kwargs):
    with qtbot.waitSignal(page.finished, timeout=timeout):
        assert page.start(**kwargs)
    page.updates.flush()


# ---- pre-training --------------------------------------------------------------------------


def test_pretraining_draws_both_objectives_and_sets_the_shared_bert(bert_tab, qtbot, state):
    page = quick(bert_tab.show_page("pretrain"), steps=6)
    seen = []
    state.bert_changed.connect(seen.append)
    run(page, qtbot)
    bert = state.bert
    assert seen == [bert] and bert.pretrained.steps == 6
    assert bert.model is bert.pretrained.model
    assert "2 layers, 2 heads, d = 64, 6 steps on Lee news" in bert.source
    names = page.names
    steps, held = page.losses.series_data(names["mlm_held"])
    assert list(held) == pytest.approx([row[1] for row in bert.pretrained.held_out])
    assert page.losses.series_data(names["mlm"])[0].size > 0
    assert set(page.accuracy.series_data(names["chance"])[1]) == {0.5}
    example = page.last_example
    assert example is not None and example.step <= 6
    assert len(page.example_view.cells) == len(example.tokens)
    assert page.ready.vocab_size == len(bert.tokenizer) <= 300
    assert "Pre-trained 6 steps" in page.messages.text.text()


def test_stop_keeps_the_model_trained_so_far(bert_tab, qtbot, state):
    page = quick(bert_tab.show_page("pretrain"), steps=100_000)
    page.start()
    qtbot.waitUntil(lambda: page.losses.has_data(), timeout=60000)
    with qtbot.waitSignal(page.finished, timeout=10000):
        page.controls.stop_requested.emit()
    assert state.bert is not None
    assert 0 < state.bert.pretrained.steps < 100_000
    assert f"{state.bert.pretrained.steps} steps on" in state.bert.source


def test_one_sentence_documents_are_explained(bert_tab, qtbot, state):
    from lab_app.core.corpus import Corpus

    page = quick(bert_tab.show_page("pretrain"), steps=5)
    state.set_corpus(Corpus("tweets", [f"just one sentence number {i}" for i in range(30)]))
    assert page.settings.corpus.currentData() == "corpus"  # a new corpus is the one used
    run(page, qtbot)
    assert "two sentences or more" in page.messages.text.text()
    assert state.bert is None


def test_divergence_keeps_the_last_good_weights(bert_tab, state):
    from lab_app.core.bert.errors import TrainingDiverged
    from lab_app.core.bert.pretrain_config import Pretrained

    page = bert_tab.show_page("pretrain")
    model, tokenizer = tiny_bert()
    error = TrainingDiverged("Pre-training diverged at step 9.")
    error.step, error.last_good = 9, Pretrained(model, tokenizer, PretrainConfig(), steps=8)
    page._on_failed(error)
    assert "diverged" in page.messages.text.text() and "last good" in page.messages.text.text()
    assert state.bert.model is model and "8 steps" in state.bert.source


def test_the_preset_says_its_size(bert_tab):
    from lab_app.core.bert.jobs import parameter_count
    from lab_app.qt.numbers import whole

    settings = bert_tab.show_page("pretrain").settings
    settings.preset.setCurrentIndex(settings.preset.findData("small"))
    settings.vocab.setValue(2000)
    text = settings.preset_note.text()
    assert "4 layers, 4 heads, d = 128" in text
    assert whole(parameter_count("small", 2000, settings.max_len.value())) in text


def example(**changes) -> PretrainExample:
    fields = dict(
        step=12,
        tokens=("[CLS]", "the", "[MASK]", "went", "[SEP]", "milk", "gallon", "[SEP]"),
        segments=(0, 0, 0, 0, 0, 1, 1, 1),
        masked_positions=(2, 5, 6),
        mask_kinds=("mask", "kept", "random"),
        original_tokens=("man", "milk", "store"),
        predicted_tokens=("man", "the", "store"),
        is_next=False,
        is_next_probability=0.27,
    )
    return PretrainExample(**(fields | changes))


def test_the_example_view_marks_masking_segments_and_guesses(qtbot):
    from lab_app.qt.widgets.bert_example_view import TrainingExampleView, legend_html

    view = TrainingExampleView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    view.show_example(example())
    kinds = [(c.shown, c.kind, c.segment) for c in view.cells]
    assert kinds[2] == ("[MASK]", "mask", 0) and kinds[6] == ("gallon", "random", 1)
    assert kinds[5] == ("milk", "kept", 1) and kinds[1] == ("the", "", 0)
    assert view.guesses_right() == 2
    header = view.header_text()
    assert "NotNextSentence" in header and "0.27" in header and "✓" in header
    wide, narrow = view.content_height(900), view.content_height(120)
    assert narrow > wide > 0  # rows wrap instead of cutting tokens
    view.grab()  # paints without error
    legend = legend_html()
    assert "80 %" in legend and "10 %" in legend and "■" in legend and "⇄" in legend
    view.show_example(example(is_next=True))  # P(IsNext) = 0.27 on a true pair: wrong
    assert "IsNextSentence" in view.header_text() and "✗" in view.header_text()


def test_the_device_box_lists_only_what_torch_sees(qtbot, monkeypatch):
    from lab_app.core.bert import devices
    from lab_app.qt.widgets import bert_device_box
    from lab_app.qt.widgets.bert_device_box import DeviceBox

    def listed(box):
        return [box.itemData(i) for i in range(box.count())]

    box = DeviceBox()
    qtbot.addWidget(box)
    box.show()
    bert_device_box.forget_devices()
    qtbot.waitUntil(lambda: bert_device_box.found_devices() is not None, timeout=5000)
    box.refresh()
    assert listed(box) == devices.available_devices()
    monkeypatch.setattr(devices, "_cuda_count", lambda: 2)
    monkeypatch.setattr(devices, "_mps_available", lambda: False)
    bert_device_box.forget_devices()
    box.refresh()  # asks on a thread; the box's timer looks again
    qtbot.waitUntil(lambda: listed(box) == ["cpu", "cuda", "cuda:1"], timeout=5000)
    assert box.device() == "cpu"  # the CPU stays the default
    bert_device_box.forget_devices()


# ---- fine-tuning ---------------------------------------------------------------------------


def test_finetuning_without_a_bert_says_what_to_do(bert_tab):
    page = bert_tab.show_page("finetune")
    assert page.start() == 0
    assert "Pre-training page" in page.messages.text.text()
    assert page.settings.encoder.go.isVisibleTo(page)
    page.settings.encoder.go.click()
    assert bert_tab.current_page_key() == "pretrain"


@pytest.fixture
def shared_bert(state):
    from lab_app.core.bert.jobs import labelled_data
    from lab_app.core.bert.pretraining import build_pretraining_model
    from lab_app.core.bert.wordpiece import train_wordpiece
    from lab_app.qt.tabs.bert_model import BertModel

    texts, _ = labelled_data(None)
    tokenizer = train_wordpiece(texts, vocab_size=300, max_len=32)
    model = build_pretraining_model(PretrainConfig(max_len=32, seed=1), len(tokenizer))
    state.set_bert(BertModel(model, tokenizer, "a test BERT"))
    return state.bert


def test_three_runs_share_data_split_and_budget_and_leave_the_encoder_alone(
    bert_tab, qtbot, shared_bert
):
    from lab_app.qt.tabs.bert_train_panels import MODES, baseline_name, mode_name

    page = bert_tab.show_page("finetune")
    page.settings.batch.setValue(8)
    page.settings.max_len.setValue(32)
    before = {k: v.clone() for k, v in shared_bert.model.state_dict().items()}
    results = []
    page.runner.succeeded.connect(results.append)
    run(page, qtbot, steps=4)
    finished = results[0]
    for mode in MODES:
        steps, _ = page.loss.series_data(mode_name(mode))
        assert steps[-1] == 4
        assert page.table.accuracy[mode] == pytest.approx(finished.held_out[mode])
        assert page.accuracy.series_data(mode_name(mode))[1][-1] == pytest.approx(
            finished.held_out[mode]
        )
    _, baseline = page.accuracy.series_data(baseline_name())
    assert set(baseline) == {finished.results["finetune"].majority_baseline}
    assert "240 training / 60 held-out" in page.comparison.text()
    assert "seed 0, 4 steps, batch 8" in page.comparison.text()
    assert all(torch.equal(before[k], v) for k, v in shared_bert.model.state_dict().items())
    assert "a test BERT" in page.settings.encoder.text.text()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("text,label\nuna,pos\ndos,pos\ntres,pos\n", "same label"),
        ("text,kind\nuna,a\ndos,b\n", "'label'"),
    ],
)
def test_bad_labelled_files_get_a_message(bert_tab, qtbot, shared_bert, tmp_path, content, says):
    path = tmp_path / "examples.csv"
    path.write_text(content, encoding="utf-8")
    page = bert_tab.show_page("finetune")
    page.settings.data.choose_file(path)
    run(page, qtbot, steps=2)
    assert says in page.messages.text.text()
    assert page.messages.level == "error"


# ---- real checkpoints ----------------------------------------------------------------------


@pytest.fixture
def saved(tmp_path):
    model, tokenizer = tiny_bert()
    folder = tmp_path / "tiny-bert"
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder, model


def open_on(page, qtbot, path) -> None:
    with qtbot.waitSignal(page.finished, timeout=30000):
        page.open_path(path)


def test_a_folder_shows_its_config_and_tokens_and_feeds_the_views(bert_tab, qtbot, state, saved):
    folder, model = saved
    page = bert_tab.show_page("checkpoint")
    open_on(page, qtbot, folder)
    config = page.config_text.text()
    for label, value in (
        ("Layers", 2),
        ("Hidden size d", 32),
        ("WordPiece vocabulary", len(VOCAB)),
    ):
        assert f"<td>{label}</td><td align='right'><b>{value}</b>" in config
    parameters = sum(p.numel() for p in model.parameters())
    assert f"{parameters:,}".replace(",", "\u202f") in config
    page.text.setText("the man went playing")
    page.show_tokens()
    assert page.chips.tokens == ["[CLS]", "the", "man", "went", "play", "##ing", "[SEP]"]
    assert "5 WordPiece tokens" in page.count.text()
    assert page.use.isEnabled()
    page.use.click()
    assert state.bert.source == "tiny-bert" and state.bert.model is page.opened.checkpoint.model
    assert not page.use.isEnabled()  # already in use
    page.text.setText("the man " * 40)
    page.show_tokens()
    assert "Longer than the model's maximum" in page.count.text()


class RunsCode:
    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_bad_checkpoints_get_clear_messages(bert_tab, qtbot, saved, tmp_path, monkeypatch):
    folder, model = saved
    page = bert_tab.show_page("checkpoint")
    (tmp_path / "notes").mkdir()
    open_on(page, qtbot, tmp_path / "notes")
    assert "config.json" in page.messages.text.text() and page.messages.level == "error"
    truncated = shutil.copytree(folder, tmp_path / "truncated")
    weights = truncated / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:2000])
    open_on(page, qtbot, truncated)
    assert "model.safetensors" in page.messages.text.text()
    pickled = shutil.copytree(folder, tmp_path / "pickled")
    (pickled / "model.safetensors").unlink()
    witness = tmp_path / "ran.txt"
    torch.save(dict(model.state_dict()) | {"x": RunsCode(witness)}, pickled / "pytorch_model.bin")
    open_on(page, qtbot, pickled)
    assert "pytorch_model.bin" in page.messages.text.text() and not witness.exists()
    assert page.opened is None and not page.use.isEnabled()
    pickle.dumps(RunsCode(witness))  # (the payload is a real one)


def test_a_model_id_offline_says_it_needs_the_internet(bert_tab, qtbot, tmp_path, monkeypatch):
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    page = bert_tab.show_page("checkpoint")
    page.model_id.setText("bert-base-uncased")
    with qtbot.waitSignal(page.finished, timeout=30000):
        page.open_id.click()
    assert "needs the internet once" in page.messages.text.text()


def test_a_rebuilt_page_keeps_curves_styles_and_example(bert_tab, qtbot, state):
    from lab_app.qt.tabs.bert_pretrain_page import PretrainPage

    page = quick(bert_tab.show_page("pretrain"), steps=4)
    run(page, qtbot)
    again = PretrainPage(state)
    qtbot.addWidget(again)
    again.restore(page.session())
    for name in page.losses.series_names():
        mine, theirs = page.losses.series_data(name), again.losses.series_data(name)
        assert list(mine[1]) == list(theirs[1])
    assert again.losses._styles == page.losses._styles
    assert again.example_view.cells == page.example_view.cells
    assert again.settings.run_note.text() == page.settings.run_note.text()


def test_loss_legend_shows_only_with_entries(qtbot):
    """An empty legend is a bare frame under the plot (cut to a line on a 720-px projector)."""
    from lab_app.qt.tabs.bert_train_panels import StyledCurve

    curve = StyledCurve("Loss", y_label="loss")
    qtbot.addWidget(curve)
    curve.resize(600, 400)
    curve.show()
    assert not curve.legend.isVisible()
    curve.append(1, {"MLM": 8.0})  # a series made on its first point
    assert curve.legend.isVisible()
    curve.clear()
    assert not curve.legend.isVisible()
