"""Views inside a tiny BERT: input representation, static vs contextual vectors, the masked-LM
and next-sentence playgrounds, and the device choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from tiny_bert import SPECIALS, VOCAB, tiny
from transformers import BertForMaskedLM

from lab_app.core.bert import devices
from lab_app.core.bert.attention import encode_for, model_inputs
from lab_app.core.bert.contexts import (
    contextual_neighbours,
    layer_cosines,
    occurrence_vectors,
    static_neighbours,
    static_vector,
)
from lab_app.core.bert.errors import (
    DeviceUnavailable,
    EmptySentence,
    MissingHead,
    NoMask,
    UnknownDevice,
    WordNotFound,
)
from lab_app.core.bert.playground import (
    LECTURE_EXAMPLES,
    NEXT_SENTENCE_LABELS,
    mask_word,
    next_sentence,
    predict_masked,
)
from lab_app.core.bert.representation import input_representation

pytestmark = pytest.mark.usefixtures("one_thread")

PARK, MONEY = LECTURE_EXAMPLES.banco


@pytest.fixture(scope="module")
def bert():
    return tiny()


def forward(model, tokenizer, text_a, text_b=None, **options):
    encoded = encode_for(model, tokenizer, text_a, text_b)
    with torch.no_grad():
        return encoded, model(**model_inputs(model, encoded), **options)


# ---- input representation ----------------------------------------------------------------


def test_the_representation_is_the_sum_of_three_table_rows(bert):
    model, tokenizer = bert
    shown = input_representation(model, tokenizer, *LECTURE_EXAMPLES.next_sentence[0][:2])
    embeddings = model.bert.embeddings
    ids = torch.tensor(tokenizer(*LECTURE_EXAMPLES.next_sentence[0][:2])["input_ids"])
    assert shown.tokens == tuple(tokenizer.convert_ids_to_tokens(ids.tolist()))
    t = len(ids)
    np.testing.assert_array_equal(
        shown.token_embeddings, embeddings.word_embeddings.weight[ids].detach()
    )
    np.testing.assert_array_equal(
        shown.position_embeddings, embeddings.position_embeddings.weight[:t].detach()
    )
    segment_table = embeddings.token_type_embeddings.weight.detach().numpy()
    np.testing.assert_array_equal(shown.segment_embeddings, segment_table[shown.segment_ids])
    assert (
        shown.segment_ids.tolist()
        == tokenizer(*LECTURE_EXAMPLES.next_sentence[0][:2])["token_type_ids"]
    )
    parts = shown.token_embeddings + shown.segment_embeddings + shown.position_embeddings
    np.testing.assert_allclose(shown.summed, parts, rtol=1e-6, atol=1e-7)


def test_layernorm_of_the_sum_is_what_the_embedding_module_outputs(bert):
    model, tokenizer = bert
    shown = input_representation(model, tokenizer, "the man went to the store", "he bought milk")
    encoded = encode_for(model, tokenizer, "the man went to the store", "he bought milk")
    inputs = model_inputs(model, encoded)
    with torch.no_grad():
        expected = model.bert.embeddings(inputs["input_ids"], inputs["token_type_ids"])[0]
    np.testing.assert_allclose(shown.normalized, expected.numpy(), rtol=1e-5, atol=1e-6)
    assert not shown.truncated
    assert input_representation(model, tokenizer, "the man " * 50).truncated


# ---- static vs contextual vectors ---------------------------------------------------------


def positions_of(tokens, pieces):
    for start in range(len(tokens)):
        if list(tokens[start : start + len(pieces)]) == pieces:
            return slice(start, start + len(pieces))
    raise AssertionError(f"{pieces} not in {tokens}")


def test_occurrence_vectors_are_the_hidden_states_at_the_word(bert):
    model, tokenizer = bert
    vectors = occurrence_vectors(model, tokenizer, "the man went playing", "playing")
    encoded, output = forward(model, tokenizer, "the man went playing", output_hidden_states=True)
    span = positions_of(encoded.tokens, ["play", "##ing"])
    expected = np.stack([hidden[0, span].mean(dim=0).numpy() for hidden in output.hidden_states])
    assert vectors.shape == (3, 32)
    np.testing.assert_allclose(vectors, expected, rtol=1e-5, atol=1e-6)


def test_a_missing_word_is_named(bert):
    with pytest.raises(WordNotFound, match="'parque'") as info:
        occurrence_vectors(*bert, MONEY, "parque")
    assert "saqué dinero del banco" in str(info.value)
    with pytest.raises(WordNotFound):  # a whole word only: "play" is not "playing"
        occurrence_vectors(*bert, "the man went playing", "play")
    with pytest.raises(WordNotFound):
        occurrence_vectors(*bert, MONEY, "  ")


def test_later_occurrences_and_case_are_found(bert):
    model, tokenizer = bert
    first = occurrence_vectors(model, tokenizer, "the man and the store", "The")
    second = occurrence_vectors(model, tokenizer, "the man and the store", "the", occurrence=1)
    assert not np.allclose(first[-1], second[-1])
    with pytest.raises(WordNotFound):
        occurrence_vectors(model, tokenizer, "the man and the store", "the", occurrence=2)


def test_banco_has_one_static_vector_and_two_contextual_ones(bert):
    model, tokenizer = bert
    cosines = layer_cosines(model, tokenizer, PARK, MONEY, "banco")
    first = occurrence_vectors(model, tokenizer, PARK, "banco")
    second = occurrence_vectors(model, tokenizer, MONEY, "banco")
    expected = [a @ b / np.linalg.norm(a) / np.linalg.norm(b) for a, b in zip(first, second)]
    np.testing.assert_allclose(cosines, expected, rtol=1e-6)
    assert cosines.shape == (3,) and (cosines < 0.9999).all()
    table = model.bert.embeddings.word_embeddings.weight.detach().numpy()
    np.testing.assert_array_equal(
        static_vector(model, tokenizer, "banco"), table[VOCAB.index("banco")]
    )


def cosine_ranking(table, vector, skip):
    norms = np.maximum(np.linalg.norm(table, axis=1) * np.linalg.norm(vector), 1e-12)
    cosines = table @ vector / norms
    order = [i for i in np.argsort(-cosines) if i not in skip]
    return [(VOCAB[i], float(cosines[i])) for i in order]


def test_contextual_neighbours_go_through_the_mlm_transform(bert):
    model, tokenizer = bert
    found = contextual_neighbours(model, tokenizer, PARK, "banco", k=4)
    encoded, output = forward(model, tokenizer, PARK, output_hidden_states=True)
    span = positions_of(encoded.tokens, ["banco"])
    with torch.no_grad():
        vector = model.cls.predictions.transform(output.hidden_states[-1][0, span]).mean(0)
    table = model.bert.embeddings.word_embeddings.weight.detach().numpy()
    skip = {VOCAB.index(token) for token in (*SPECIALS, "banco")}
    expected = cosine_ranking(table, vector.numpy(), skip)[:4]
    assert [n.token for n in found] == [token for token, _ in expected]
    np.testing.assert_allclose([n.cosine for n in found], [c for _, c in expected], rtol=1e-5)
    assert found != contextual_neighbours(model, tokenizer, MONEY, "banco", k=4)


def test_static_neighbours_do_not_depend_on_the_sentence(bert):
    model, tokenizer = bert
    table = model.bert.embeddings.word_embeddings.weight.detach().numpy()
    skip = {VOCAB.index(token) for token in (*SPECIALS, "banco")}
    expected = cosine_ranking(table, table[VOCAB.index("banco")], skip)[:3]
    found = static_neighbours(model, tokenizer, "banco", k=3)
    assert [(n.token, round(n.cosine, 5)) for n in found] == [
        (token, round(c, 5)) for token, c in expected
    ]


# ---- masked LM playground -----------------------------------------------------------------


def test_masked_predictions_are_the_softmax_of_the_mlm_logits(bert):
    model, tokenizer = bert
    text = LECTURE_EXAMPLES.masked_lm
    found = predict_masked(model, tokenizer, text, k=3)
    encoded, output = forward(model, tokenizer, text)
    masks = [i for i, token in enumerate(encoded.tokens) if token == "[MASK]"]
    assert [p.position for p in found] == masks and len(masks) == 2
    for prediction in found:
        probabilities = torch.softmax(output.prediction_logits[0, prediction.position], -1)
        best = torch.argsort(probabilities, descending=True)[:3].tolist()
        assert list(prediction.token_ids) == best
        assert list(prediction.tokens) == [VOCAB[i] for i in best]
        np.testing.assert_allclose(prediction.probabilities, probabilities[best].numpy(), rtol=1e-5)
        assert not prediction.truncated


def test_mask_typed_in_any_case_is_a_mask(bert):
    upper = predict_masked(*bert, "the man went to the [MASK]")
    for typed in ("[mask]", "[Mask]", "[ MASK ]"):
        assert predict_masked(*bert, f"the man went to the {typed}") == upper


def test_no_mask_is_explained(bert):
    with pytest.raises(NoMask, match=r"\[MASK\]"):
        predict_masked(*bert, "the man went to the store")
    with pytest.raises(NoMask, match="first 64 tokens"):
        predict_masked(*bert, "the man " * 40 + "[MASK]")


def test_a_long_input_is_cut_and_flagged(bert):
    found = predict_masked(*bert, "the [MASK] went " + "to the store " * 30)
    assert found[0].truncated and found[0].position == 2


def test_clicking_a_piece_masks_its_whole_word(bert):
    tokenizer = bert[1]
    assert tokenizer.tokenize("the man went playing .") == [
        "the",
        "man",
        "went",
        "play",
        "##ing",
        ".",
    ]
    assert mask_word(tokenizer, "the man went playing .", 4) == "the man went [MASK] ."
    assert mask_word(tokenizer, "The man  went", 0) == "[MASK] man  went"
    with pytest.raises(IndexError):
        mask_word(tokenizer, "the man", 2)


# ---- next-sentence playground -------------------------------------------------------------


@pytest.mark.parametrize("pair", LECTURE_EXAMPLES.next_sentence)
def test_next_sentence_is_the_softmax_of_the_nsp_logits(bert, pair):
    model, tokenizer = bert
    label, probability = next_sentence(model, tokenizer, pair[0], pair[1])
    _, output = forward(model, tokenizer, pair[0], pair[1])
    probabilities = torch.softmax(output.seq_relationship_logits[0], -1).numpy()
    best = int(np.argmax(probabilities))
    assert label == NEXT_SENTENCE_LABELS[best]
    assert probability == pytest.approx(float(probabilities[best]), rel=1e-5)
    assert probability >= 0.5


def test_next_sentence_needs_both_sentences_and_the_head(bert):
    with pytest.raises(EmptySentence):
        next_sentence(*bert, "The man went to the store.", " ")
    with pytest.raises(MissingHead, match="next-sentence"):
        next_sentence(*tiny(BertForMaskedLM), "The man went to the store.", "He bought milk.")
    masked_lm = tiny(BertForMaskedLM)
    assert predict_masked(*masked_lm, "the [MASK]")[0].position == 2


def test_the_lecture_examples_are_verbatim():
    lecture = Path(__file__).resolve().parents[3] / "shared" / "LECTURE.md"
    if not lecture.exists():
        pytest.skip("the lecture notes are not next to the project")
    text = " ".join(lecture.read_text(encoding="utf-8").split())
    assert f'"{LECTURE_EXAMPLES.masked_lm}"' in text
    for a, b, label in LECTURE_EXAMPLES.next_sentence:
        assert a in text and b in text and label in text
    assert set(LECTURE_EXAMPLES.masked_lm_answers) == {"store", "gallon"}


# ---- devices ------------------------------------------------------------------------------


@pytest.fixture
def machine(monkeypatch):
    """Pretend torch sees ``cuda`` GPUs and (or not) Apple's MPS."""

    def set_up(cuda: int = 0, mps: bool = False):
        monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda > 0)
        monkeypatch.setattr(torch.cuda, "device_count", lambda: cuda)
        monkeypatch.setattr(torch.backends.mps, "is_available", lambda: mps)

    return set_up


def test_devices_list_cpu_first_then_what_torch_sees(machine):
    machine()
    assert devices.available_devices() == ["cpu"]
    machine(cuda=2, mps=True)
    assert devices.available_devices() == ["cpu", "cuda", "cuda:1", "mps"]
    machine(mps=True)
    assert devices.available_devices() == ["cpu", "mps"]


def test_choose_device_defaults_to_the_cpu(machine):
    machine(cuda=1, mps=True)
    assert devices.choose_device(None) == torch.device("cpu")
    assert devices.choose_device("") == torch.device("cpu")
    assert devices.choose_device(" CPU ") == torch.device("cpu")
    assert devices.choose_device("auto") == torch.device("cuda")
    assert devices.choose_device("cuda:0") == torch.device("cuda:0")
    machine(mps=True)
    assert devices.choose_device("auto") == torch.device("mps")
    assert devices.choose_device("mps") == torch.device("mps")
    machine()
    assert devices.choose_device("auto") == torch.device("cpu")


def test_unknown_or_missing_devices_are_explained(machine):
    machine(cuda=1)
    with pytest.raises(UnknownDevice, match="tpu"):
        devices.choose_device("tpu")
    with pytest.raises(DeviceUnavailable, match="cuda:3"):
        devices.choose_device("cuda:3")
    with pytest.raises(DeviceUnavailable, match="mps"):
        devices.choose_device("mps")
    machine()
    with pytest.raises(DeviceUnavailable, match="CUDA"):
        devices.choose_device("cuda")
