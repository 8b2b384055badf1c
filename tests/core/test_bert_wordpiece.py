"""WordPiece vocabulary trained on a corpus: ## pieces, special tokens, pairs, save and load."""

from __future__ import annotations

import pytest

from lab_app.core.bert.errors import BadSetting
from lab_app.core.bert.wordpiece import SPECIAL_TOKENS, special_ids, train_wordpiece
from lab_app.core.corpus import load_builtin


@pytest.fixture(scope="module")
def lee_tokenizer():
    return train_wordpiece(load_builtin("lee_background").documents, vocab_size=2000)


@pytest.fixture(scope="module")
def spanish_tokenizer():
    return train_wordpiece(load_builtin("spanish_sample").documents, vocab_size=1500)


def test_special_tokens_have_the_first_ids_in_bert_order(lee_tokenizer):
    ids = lee_tokenizer.convert_tokens_to_ids(list(SPECIAL_TOKENS))
    assert ids == [0, 1, 2, 3, 4]
    assert lee_tokenizer.pad_token_id == 0 and lee_tokenizer.mask_token_id == 4
    assert (lee_tokenizer.cls_token_id, lee_tokenizer.sep_token_id) == (2, 3)
    assert special_ids(lee_tokenizer) == [0, 1, 2, 3, 4]
    assert len(lee_tokenizer) <= 2000


def test_frequent_words_are_whole_and_rare_words_split_into_hash_pieces(lee_tokenizer):
    corpus = load_builtin("lee_background")
    frequent = [w for w in list(corpus.vocabulary())[:30] if w.isalpha()]
    for word in frequent:
        assert lee_tokenizer.tokenize(word) == [word]
    pieces = lee_tokenizer.tokenize("bushfires antidisestablishmentarianism")
    assert any(p.startswith("##") for p in pieces)
    # Joining the pieces back (dropping "##") gives the words again: nothing is lost.
    assert "".join(p.removeprefix("##") for p in pieces) == "bushfiresantidisestablishmentarianism"


def test_single_text_is_wrapped_in_cls_and_sep_and_decodes_back(lee_tokenizer):
    text = "the government said the bushfire was under control"
    encoded = lee_tokenizer(text)
    tokens = lee_tokenizer.convert_ids_to_tokens(encoded["input_ids"])
    assert tokens[0] == "[CLS]" and tokens[-1] == "[SEP]"
    assert tokens[1:-1] == lee_tokenizer.tokenize(text)
    assert lee_tokenizer.decode(encoded["input_ids"], skip_special_tokens=True) == text


def test_pair_has_segment_a_then_b(lee_tokenizer):
    a, b = "The man went to the store.", "He bought a gallon of milk."
    encoded = lee_tokenizer(a, b)
    tokens = lee_tokenizer.convert_ids_to_tokens(encoded["input_ids"])
    n_a, n_b = len(lee_tokenizer.tokenize(a)), len(lee_tokenizer.tokenize(b))
    assert tokens == [
        "[CLS]",
        *lee_tokenizer.tokenize(a),
        "[SEP]",
        *lee_tokenizer.tokenize(b),
        "[SEP]",
    ]
    assert encoded["token_type_ids"] == [0] * (n_a + 2) + [1] * (n_b + 1)


def test_accents_are_kept_and_case_folded(spanish_tokenizer):
    pieces = spanish_tokenizer.tokenize("La CANCIÓN del niño")
    assert "".join(p.removeprefix("##") for p in pieces) == "lacancióndelniño"


def test_cased_vocabulary_keeps_capitals():
    tokenizer = train_wordpiece(load_builtin("spanish_sample").documents, 1500, lowercase=False)
    pieces = tokenizer.tokenize("El Niño")
    assert "".join(p.removeprefix("##") for p in pieces) == "ElNiño"


def test_save_and_load_give_the_same_tokenizer(spanish_tokenizer, tmp_path, monkeypatch):
    from transformers import AutoTokenizer

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    spanish_tokenizer.save_pretrained(tmp_path)
    loaded = AutoTokenizer.from_pretrained(tmp_path)
    text, other = "¿Quién escuchó la canción del año?", "¡Qué sorpresa!"
    # Accents survive the reload (BERT's default would strip them once lower-casing).
    assert loaded.tokenize(text) == spanish_tokenizer.tokenize(text)
    joined = "".join(p.removeprefix("##") for p in loaded.tokenize(text))
    assert joined == "¿quiénescuchólacancióndelaño?"
    assert loaded(text, other) == spanish_tokenizer(text, other)
    assert loaded.mask_token_id == spanish_tokenizer.mask_token_id
    assert loaded.model_max_length == spanish_tokenizer.model_max_length


def test_too_small_a_vocabulary_is_refused():
    with pytest.raises(BadSetting, match="at least"):
        train_wordpiece(["a b c"], vocab_size=10)


def test_same_text_gives_the_same_vocabulary():
    # tokenizers alone breaks ties in hash-map order: 1 run in 8 agreed on this input.
    documents = load_builtin("lee_background").documents[:60]
    first = train_wordpiece(documents, vocab_size=4000).get_vocab()
    for _ in range(3):
        assert train_wordpiece(documents, vocab_size=4000).get_vocab() == first
