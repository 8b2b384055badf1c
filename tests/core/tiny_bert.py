"""A tiny randomly initialised BERT and its WordPiece vocabulary, for the BERT core tests: the
lecture's words (lower-cased, accents stripped, as BERT's uncased normaliser reads them) and
single letters, so every test sentence has tokens. Nothing is downloaded."""

from __future__ import annotations

import torch
from transformers import BertConfig, BertForPreTraining, BertTokenizerFast

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = (
    "the man went to store buy a gallon of milk he bought penguins are flightless play ##ing "
    "me sente en el banco del parque saque dinero"
)
LETTERS = list("abcdefghijklmnopqrstuvwxyz.,") + [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
VOCAB = SPECIALS + WORDS.split() + LETTERS


def tiny_config(**changes) -> BertConfig:
    """2 layers, 2 heads, hidden 32, 64 positions; ``changes`` override any field."""
    sizes = dict(
        vocab_size=len(VOCAB),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    return BertConfig(**(sizes | changes))


def tiny_tokenizer() -> BertTokenizerFast:
    # transformers 5 reads the vocabulary from ``vocab`` (vocab_file= is ignored: all [UNK]).
    return BertTokenizerFast(vocab={token: i for i, token in enumerate(VOCAB)})


def seeded_model(model_class=BertForPreTraining, seed: int = 0, **config):
    """A model of ``model_class`` from ``tiny_config(**config)``, weights from ``seed`` alone."""
    with torch.random.fork_rng():  # a local seed: the global generator is left as it was
        torch.manual_seed(seed)
        return model_class(tiny_config(**config))


def tiny(model_class=BertForPreTraining, attn_implementation: str = "eager"):
    """(model in eval mode, tokenizer)."""
    model = seeded_model(model_class, attn_implementation=attn_implementation)
    return model.eval(), tiny_tokenizer()
