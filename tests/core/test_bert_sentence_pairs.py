"""Next-sentence pairs: half real next sentences, half random ones from other documents."""

from __future__ import annotations

import numpy as np
import pytest

from lab_app.core.bert.errors import NoSentencePairs
from lab_app.core.bert.sentence_pairs import (
    IS_NEXT,
    NOT_NEXT,
    PairSource,
    document_sentences,
    nsp_examples,
)
from lab_app.core.bert.wordpiece import train_wordpiece
from lab_app.core.corpus import load_builtin


@pytest.fixture(scope="module")
def lee():
    return load_builtin("lee_background").documents


@pytest.fixture(scope="module")
def tokenizer(lee):
    return train_wordpiece(lee, vocab_size=2000, max_len=64)


@pytest.fixture(scope="module")
def source(lee, tokenizer):
    return PairSource.build(document_sentences(lee), tokenizer)


def test_sentences_split_on_english_and_spanish_punctuation():
    text = "¿Qué pasó ayer? ¡Nada de nada! El Sr. García vino. The man went to the store."
    assert document_sentences([text, ""]) == [
        ["¿Qué pasó ayer?", "¡Nada de nada!", "El Sr. García vino.", "The man went to the store."],
        [],
    ]


def test_half_the_pairs_are_real_next_sentences(source):
    batch = source.draw(np.random.default_rng(0), 2000, 64)
    assert abs(np.mean(batch.labels == IS_NEXT) - 0.5) < 0.04
    for (d, i, db, j), label in zip(batch.pairs, batch.labels):
        if label == IS_NEXT:
            assert (db, j) == (d, i + 1)
        else:
            assert label == NOT_NEXT and db != d


def test_balanced_draw_is_exactly_half_is_next(source):
    batch = source.draw(np.random.default_rng(3), 256, 64, balanced=True)
    assert (batch.labels == IS_NEXT).sum() == 128
    assert 0 < (batch.labels[:128] == IS_NEXT).sum() < 128  # in random order
    for (d, i, db, j), label in zip(batch.pairs, batch.labels):
        assert ((db, j) == (d, i + 1)) == (label == IS_NEXT)


def test_pairs_keep_as_many_tokens_as_longest_first_and_the_junction(source, tokenizer):
    batch = source.draw(np.random.default_rng(1), 200, 40)
    assert batch.input_ids.shape[1] <= 40
    cut = 0
    for row, (d, i, db, j) in enumerate(batch.pairs):
        a, b = source.sentences[d][i], source.sentences[db][j]
        reference = tokenizer(a, b, truncation="longest_first", max_length=40)
        length = int(batch.attention_mask[row].sum())
        assert length == len(reference["input_ids"])
        assert batch.token_type_ids[row, :length].tolist() == reference["token_type_ids"]
        # Same counts as the tokenizer keeps, but A keeps its end and B its start.
        n_a = reference["token_type_ids"].count(0) - 2
        n_b = length - n_a - 3
        ids_a = tokenizer(a, add_special_tokens=False)["input_ids"]
        ids_b = tokenizer(b, add_special_tokens=False)["input_ids"]
        cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
        expected = [cls, *ids_a[len(ids_a) - n_a :], sep, *ids_b[:n_b], sep]
        assert batch.input_ids[row, :length].tolist() == expected
        assert (batch.input_ids[row, length:] == tokenizer.pad_token_id).all()
        cut += length == 40
    assert cut > 20  # the comparison covered truncated pairs too


def test_same_seed_same_examples(lee, tokenizer):
    first = nsp_examples(lee[:40], tokenizer, 20, seed=5)
    assert first == nsp_examples(lee[:40], tokenizer, 20, seed=5)
    assert first != nsp_examples(lee[:40], tokenizer, 20, seed=6)
    example = first[0]
    assert example.is_next == (example.label == IS_NEXT)
    sep = example.input_ids.index(tokenizer.sep_token_id)
    b_ids = tokenizer(example.text_b, add_special_tokens=False)["input_ids"]
    assert list(example.input_ids[sep + 1 : -1]) == b_ids[: len(example.input_ids) - sep - 2]


def test_one_document_corpus_never_offers_the_true_next_sentence_as_random(tokenizer):
    text = "First one here. Second one here. Third one here. Fourth one here."
    source = PairSource.build(document_sentences([text]), tokenizer)
    batch = source.draw(np.random.default_rng(2), 300, 64)
    for (_, i, _, j), label in zip(batch.pairs, batch.labels):
        assert (j == i + 1) == (label == IS_NEXT)


def test_corpus_without_multi_sentence_documents_is_explained(tokenizer):
    polarity = load_builtin("pang_lee_polarity").documents
    with pytest.raises(NoSentencePairs, match="two sentences or more") as caught:
        nsp_examples(polarity, tokenizer, 10)
    assert "200" in str(caught.value) and "Lee news" in str(caught.value)
    assert caught.value.args[0].template.startswith("Next-sentence prediction needs")
