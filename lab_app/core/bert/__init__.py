"""BERT (lecture §4): WordPiece on the loaded corpus, a mini-BERT pre-trained live (masked LM +
next-sentence prediction), attention and input representation, fine-tuning, real checkpoints.

Built on ``transformers`` (``BertForPreTraining`` with eager attention, so ``output_attentions``
works) and ``tokenizers``. Importing this package loads nothing heavy: the names below are
imported from their modules on first use, so the window's start-up never pays for transformers.
"""

from __future__ import annotations

import importlib

# public name -> module under lab_app.core.bert
_EXPORTS = {
    "load_model": "checkpoints",
    "attentions": "attention",
    "mask_tokens": "masking",
    "BertError": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
