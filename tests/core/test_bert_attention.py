"""Attention inside a tiny BERT: shapes, agreement with transformers, truncation, head view
lines, and the left-to-right mask beside BERT's own."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
from tiny_bert import tiny

from lab_app.core.bert.attention import (
    attentions,
    encode_for,
    encode_pair,
    encoded_attentions,
    head_lines,
    model_inputs,
)
from lab_app.core.bert.contexts import bidirectional_mask, causal_attention, unidirectional_mask

pytestmark = pytest.mark.usefixtures("one_thread")

A, B = "The man went to the store.", "He bought a gallon of milk."


@pytest.fixture(scope="module")
def bert():
    return tiny()


def bare_attentions(model, encoded) -> np.ndarray:
    """transformers' own forward pass of the whole model, attentions stacked."""
    with torch.no_grad():
        output = model(**model_inputs(model, encoded), output_attentions=True)
    return torch.stack([layer[0] for layer in output.attentions]).numpy()


def test_attentions_are_layers_by_heads_by_tokens_squared(bert):
    tokens, array = attentions(*bert, A, B)
    assert tokens == bert[1].convert_ids_to_tokens(bert[1](A, B)["input_ids"])
    assert array.shape == (2, 2, len(tokens), len(tokens))
    assert array.dtype == np.float32
    np.testing.assert_allclose(array.sum(axis=-1), 1.0, atol=1e-5)
    assert (array >= 0).all()


def test_attentions_equal_a_bare_transformers_forward(bert):
    model, tokenizer = bert
    _, array = attentions(model, tokenizer, A, B)
    expected = bare_attentions(model, encode_for(model, tokenizer, A, B))
    np.testing.assert_allclose(array, expected, rtol=1e-5, atol=1e-6)


def test_a_pair_has_segments_a_and_b(bert):
    encoded = encode_pair(bert[1], A, B, 64)
    tokens = list(encoded.tokens)
    first_sep = tokens.index("[SEP]")
    assert tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    assert encoded.token_type_ids[: first_sep + 1].tolist() == [0] * (first_sep + 1)
    assert set(encoded.token_type_ids[first_sep + 1 :].tolist()) == {1}
    assert not encoded.truncated
    assert encode_pair(bert[1], A, "  ").tokens == encode_pair(bert[1], A).tokens


def test_a_long_input_is_cut_to_the_models_positions_and_says_so(bert):
    model, tokenizer = bert
    long_a, long_b = "the man went to the store " * 20, "he bought milk " * 3
    encoded = encode_for(model, tokenizer, long_a, long_b)
    assert encoded.truncated and len(encoded) == 64
    assert encoded.tokens.count("[SEP]") == 2  # both sentences kept, the longer one cut
    tokens, array = attentions(model, tokenizer, long_a, long_b)
    assert array.shape[-1] == len(tokens) == 64
    short = encode_for(model, tokenizer, long_a, max_tokens=10)
    assert short.truncated and len(short) == 10
    assert not encode_for(model, tokenizer, "the man").truncated


def test_dropout_is_off_and_the_training_flag_comes_back(bert):
    model, tokenizer = bert
    model.train()
    try:
        first = attentions(model, tokenizer, A)[1]
        second = attentions(model, tokenizer, A)[1]
        assert model.training
    finally:
        model.eval()
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, attentions(model, tokenizer, A)[1])


def test_a_model_built_with_sdpa_still_gives_its_attention():
    model, tokenizer = tiny(attn_implementation="sdpa")
    expected = attentions(*tiny(attn_implementation="eager"), A)[1]
    np.testing.assert_allclose(attentions(model, tokenizer, A)[1], expected, atol=1e-6)


def brute_force_lines(matrix, threshold, hidden):
    return [
        (i, j, float(matrix[i, j]))
        for i in range(len(matrix))
        for j in range(len(matrix))
        if matrix[i, j] >= threshold and i not in hidden and j not in hidden
    ]


def same_lines(found, expected):
    assert [(i, j) for i, j, _ in found] == [(i, j) for i, j, _ in expected]
    np.testing.assert_allclose([w for *_, w in found], [w for *_, w in expected], rtol=1e-6)
    return len(found)


@pytest.mark.parametrize("quantile", [0.0, 0.5, 0.9, None])
def test_head_lines_are_the_weights_above_the_threshold(bert, quantile):
    tokens, array = attentions(*bert, A, B)
    matrix = array[1, 0]
    threshold = 1.1 if quantile is None else float(np.quantile(matrix, quantile))
    count = same_lines(head_lines(matrix, threshold), brute_force_lines(matrix, threshold, set()))
    assert count == (0 if quantile is None else pytest.approx((1 - quantile) * matrix.size, abs=2))
    special = {i for i, token in enumerate(tokens) if token in ("[CLS]", "[SEP]")}
    assert len(special) == 3
    lines = head_lines(matrix, threshold, hide_special=True, tokens=tokens)
    same_lines(lines, brute_force_lines(matrix, threshold, special))
    assert not special & ({i for i, _, _ in lines} | {j for _, j, _ in lines})


def test_head_lines_reject_a_bad_matrix():
    with pytest.raises(ValueError, match="square"):
        head_lines(np.ones((2, 3)), 0.1)
    with pytest.raises(ValueError, match="token"):
        head_lines(np.ones((2, 2)), 0.1, hide_special=True, tokens=["a"])


def test_the_masks_of_the_lectures_two_pictures():
    one_way, two_way = unidirectional_mask(4), bidirectional_mask(4)
    assert one_way.tolist() == [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]]
    assert two_way.tolist() == [[1] * 4] * 4
    assert np.diag(one_way).all() and np.diag(two_way).all()  # words see themselves


def test_causal_attention_only_looks_back(bert):
    tokens, array = causal_attention(*bert, A)
    mask = unidirectional_mask(len(tokens)).astype(bool)
    assert (array[..., ~mask] == 0).all()
    np.testing.assert_allclose(array.sum(axis=-1), 1.0, atol=1e-5)
    np.testing.assert_allclose(array[..., 0, 0], 1.0)  # [CLS] can only see itself
    bidirectional = attentions(*bert, A)[1]
    assert (bidirectional[..., ~mask] > 0).all()


def test_causal_attention_of_a_prefix_ignores_what_follows(bert):
    model, tokenizer = bert
    encoded = encode_for(model, tokenizer, A, B)
    full = encoded_attentions(model, encoded, causal=True)
    k = 6
    prefix = dataclasses.replace(
        encoded,
        input_ids=encoded.input_ids[:k],
        token_type_ids=encoded.token_type_ids[:k],
        tokens=encoded.tokens[:k],
        word_ids=encoded.word_ids[:k],
    )
    np.testing.assert_allclose(
        encoded_attentions(model, prefix, causal=True), full[..., :k, :k], atol=1e-6
    )


def test_attentions_is_the_public_name():
    import lab_app.core.bert as bert
    from lab_app.core.bert import attention

    assert bert.attentions is attention.attentions
