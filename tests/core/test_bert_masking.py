"""BERT's masking rule: 15% chosen among ordinary tokens; of those 80% [MASK], 10% random, 10% kept."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lab_app.core.bert import mask_tokens
from lab_app.core.bert.errors import BadSetting
from lab_app.core.bert.masking import IGNORED, describe_masking
from lab_app.core.bert.wordpiece import train_wordpiece
from lab_app.core.corpus import load_builtin

ROWS, WIDTH = 1000, 200  # 200,000 positions


@pytest.fixture(scope="module")
def tokenizer():
    return train_wordpiece(load_builtin("spanish_sample").documents, vocab_size=1500)


@pytest.fixture(scope="module")
def batch(tokenizer):
    """Ordinary ids with [CLS] first, [SEP] in the middle and at the end, [PAD] after."""
    rng = np.random.default_rng(7)
    specials = set(tokenizer.all_special_ids)
    ordinary = np.array([i for i in range(len(tokenizer)) if i not in specials])
    ids = ordinary[rng.integers(len(ordinary), size=(ROWS, WIDTH))]
    lengths = rng.integers(WIDTH // 2, WIDTH + 1, size=ROWS)
    for row, length in enumerate(lengths):
        ids[row, 0] = tokenizer.cls_token_id
        ids[row, length // 2] = tokenizer.sep_token_id
        ids[row, length - 1] = tokenizer.sep_token_id
        ids[row, length:] = tokenizer.pad_token_id
    ids[:, 5] = tokenizer.unk_token_id
    return torch.as_tensor(ids)


def test_proportions_follow_the_80_10_10_rule(tokenizer, batch):
    masked, labels = mask_tokens(batch, tokenizer, probability=0.15, seed=0)
    specials = torch.tensor(tokenizer.all_special_ids)
    ordinary = ~torch.isin(batch, specials)
    chosen = labels != IGNORED
    share = chosen.sum().item() / ordinary.sum().item()
    assert share == pytest.approx(0.15, abs=0.005)
    n = chosen.sum().item()
    as_mask = (masked[chosen] == tokenizer.mask_token_id).sum().item() / n
    kept = (masked[chosen] == batch[chosen]).sum().item() / n
    random = 1.0 - as_mask - kept
    assert as_mask == pytest.approx(0.8, abs=0.01)
    assert random == pytest.approx(0.1, abs=0.01)
    assert kept == pytest.approx(0.1, abs=0.01)


def test_specials_never_chosen_and_labels_ignored_elsewhere(tokenizer, batch):
    masked, labels = mask_tokens(batch, tokenizer, probability=0.15, seed=1)
    is_special = torch.isin(batch, torch.tensor(tokenizer.all_special_ids))
    assert (labels[is_special] == IGNORED).all()
    chosen = labels != IGNORED
    # Labels hold the original id where chosen; the input is untouched where not chosen.
    assert torch.equal(labels[chosen], batch[chosen])
    assert torch.equal(masked[~chosen], batch[~chosen])
    assert set(torch.unique(labels).tolist()) - {IGNORED} <= set(torch.unique(batch).tolist())


def test_random_replacements_are_ordinary_tokens_from_the_whole_vocabulary(tokenizer, batch):
    masked, labels = mask_tokens(batch, tokenizer, probability=0.5, seed=2)
    chosen = labels != IGNORED
    replaced = chosen & (masked != tokenizer.mask_token_id) & (masked != batch)
    drawn = masked[replaced]
    assert not torch.isin(drawn, torch.tensor(tokenizer.all_special_ids)).any()
    assert drawn.min() >= 0 and drawn.max() < len(tokenizer)
    # ~10,000 draws over ~1,500 ordinary ids: nearly every id shows up.
    assert len(torch.unique(drawn)) > 0.9 * (len(tokenizer) - len(tokenizer.all_special_ids))


def test_same_seed_same_result_other_seed_other_result(tokenizer, batch):
    first = mask_tokens(batch, tokenizer, seed=3)
    again = mask_tokens(batch, tokenizer, seed=3)
    other = mask_tokens(batch, tokenizer, seed=4)
    assert torch.equal(first[0], again[0]) and torch.equal(first[1], again[1])
    assert not torch.equal(first[1], other[1])
    unseeded = mask_tokens(batch, tokenizer), mask_tokens(batch, tokenizer)
    assert not torch.equal(unseeded[0][1], unseeded[1][1])


def test_global_generator_untouched(tokenizer, batch):
    state = torch.random.get_rng_state()
    mask_tokens(batch, tokenizer, seed=5)
    assert torch.equal(state, torch.random.get_rng_state())


def test_one_sequence_numpy_or_list_gives_long_tensors_of_the_same_shape(tokenizer):
    ids = tokenizer("la canción del niño y la niña, otra vez la canción")["input_ids"]
    for given in (ids, np.array(ids, dtype=np.int32), torch.tensor(ids)):
        masked, labels = mask_tokens(given, tokenizer, probability=1.0, seed=0)
        assert masked.shape == labels.shape == (len(ids),)
        assert masked.dtype == labels.dtype == torch.long
        # probability 1: every ordinary token is chosen, [CLS]/[SEP] never.
        assert labels[0] == IGNORED and labels[-1] == IGNORED
        assert torch.equal(labels[1:-1], torch.tensor(ids[1:-1]))
    masked, labels = mask_tokens(ids, tokenizer, probability=0.0, seed=0)
    assert (labels == IGNORED).all() and masked.tolist() == ids


def test_probability_out_of_range_is_refused(tokenizer):
    with pytest.raises(BadSetting, match="probability"):
        mask_tokens([2, 10, 3], tokenizer, probability=1.5)


def test_describe_masking_names_how_each_chosen_token_was_hidden():
    shown = [2, 4, 11, 12, 20, 3]
    labels = [IGNORED, 10, 11, IGNORED, 13, IGNORED]
    assert describe_masking(shown, labels, mask_id=4) == [(1, "mask"), (2, "kept"), (4, "random")]
