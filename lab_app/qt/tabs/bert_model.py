"""The BERT that the BERT pages share: a model and its tokenizer, and where they came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class BertModel:
    """``model`` (a transformers BERT with eager attention) and ``tokenizer`` (a fast WordPiece
    tokenizer); ``source``: what the page says it is ("mini-BERT pre-trained here, 2 layers…",
    or a folder's name); ``pretrained``: the core's ``Pretrained`` when it was trained here.

    The model is used by the GUI thread for the inspection views (one forward pass each) and
    by at most one worker job at a time (fine-tuning copies it first)."""

    model: Any
    tokenizer: Any
    source: str
    pretrained: Any = None
