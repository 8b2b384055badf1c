"""Open a real BERT checkpoint: a Hugging Face model folder on disk, or a model id.

Every model is loaded as ``BertForPreTraining`` with eager attention (so ``output_attentions``
works): it holds the encoder, the pooler and both pre-training heads, so no head stored in a
checkpoint is ever dropped. A checkpoint that lacks a head (a ``BertModel`` or a
``BertForMaskedLM`` save) gets that head freshly initialised; ``untrained_heads(model)`` says
which, and the playgrounds refuse to show a random head's answers.

Weights (checked first, in ``weight_files``): ``model.safetensors`` (preferred), or a pickled
``pytorch_model.bin`` read only with ``torch.load(weights_only=True)``: only tensors are read, no
code in the file runs; a file holding anything else is refused (UnsafeCheckpoint). Model ids
are resolved to a folder by ``model_ids``.

Loading takes seconds: call it from a worker thread. transformers is imported inside functions.
"""

from __future__ import annotations

import json
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lab_app.core.bert.devices import choose_device
from lab_app.core.bert.errors import BrokenCheckpoint, NotAModel
from lab_app.core.bert.model_ids import fetch_model_id, looks_like_model_id
from lab_app.core.bert.weight_files import check_weights
from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say

TOKENIZER_FILES = ("tokenizer.json", "vocab.txt")

# Heads a checkpoint did not hold, by model: "mlm" and/or "nsp". Weak keys: no leak.
_UNTRAINED: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Checkpoint:
    """An opened checkpoint: ``model`` (BertForPreTraining, eval mode, on ``device``),
    ``tokenizer``, the ``folder`` it came from, and ``notes`` to show the user (how the weights
    were read, which heads are untrained)."""

    model: Any
    tokenizer: Any
    folder: Path
    notes: tuple[Text, ...] = field(default_factory=tuple)
    untrained_heads: frozenset[str] = frozenset()


def load_model(path_or_id: str | os.PathLike, device: str | None = "cpu") -> tuple[Any, Any]:
    """Return ``(model, tokenizer)`` for a model folder or a model id (see ``open_checkpoint``,
    which also returns the notes for the user). Worker thread: takes seconds."""
    checkpoint = open_checkpoint(path_or_id, device)
    return checkpoint.model, checkpoint.tokenizer


def open_checkpoint(path_or_id: str | os.PathLike, device: str | None = "cpu") -> Checkpoint:
    """Open a BERT checkpoint and return a ``Checkpoint``.

    A folder is opened from disk. A string that is not an existing folder but looks like a
    model id is looked up in the local Hugging Face cache, and downloaded when the hub can be
    reached (quick check first, so an offline computer never hangs). Raises NotAModel,
    BrokenCheckpoint, UnsafeCheckpoint, OfflineModelId or a device error. Worker thread.
    """
    text = os.fspath(path_or_id).strip()
    path = Path(text).expanduser()
    if path.is_dir():
        return _open_folder(path, device)
    if path.exists():
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is a file; open the folder that holds config.json and the weights.",
                ),
                name=path.name,
            )
        )
    if not looks_like_model_id(text):
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "There is no folder '{name}', and it is not a model id either."
                ),
                name=text,
            )
        )
    return _open_folder(fetch_model_id(text), device)


def untrained_heads(model: Any) -> frozenset[str]:
    """Return the heads ("mlm", "nsp") that ``model``'s checkpoint did not hold, so they are
    random; empty for a model pre-trained in the lab. Any thread."""
    return _UNTRAINED.get(model, frozenset())


def model_summary(model: Any) -> dict[str, int | str]:
    """Return what the tab shows for a model: layers, heads, hidden size, feed-forward size,
    vocabulary size, maximum positions and parameter count (shared weights counted once)."""
    config = model.config
    return {
        "model_type": str(config.model_type),
        "layers": int(config.num_hidden_layers),
        "heads": int(config.num_attention_heads),
        "hidden": int(config.hidden_size),
        "intermediate": int(config.intermediate_size),
        "vocab_size": int(config.vocab_size),
        "max_positions": int(config.max_position_embeddings),
        "parameters": int(sum(p.numel() for p in model.parameters())),
    }


def wordpieces(tokenizer: Any, text: str) -> list[str]:
    """Return the WordPiece tokens of ``text`` without [CLS]/[SEP]; continuation pieces keep
    their "##" ("playing" -> "play", "##ing")."""
    return list(tokenizer.tokenize(text))


# ---- folders -----------------------------------------------------------------------------


def _open_folder(folder: Path, device: str | None) -> Checkpoint:
    _check_config(folder)
    notes = check_weights(folder)
    tokenizer = _load_tokenizer(folder)
    model, untrained = _load_weights(folder)
    if len(tokenizer) > model.config.vocab_size:
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The tokenizer in '{name}' has {tokens} tokens but the model only "
                    "{vocab}: they do not belong together.",
                ),
                name=folder.name,
                tokens=len(tokenizer),
                vocab=model.config.vocab_size,
            )
        )
    for head in sorted(untrained):
        notes.append(_HEAD_NOTES[head])
    model.to(choose_device(device))
    model.eval()
    _UNTRAINED[model] = frozenset(untrained)
    return Checkpoint(model, tokenizer, folder, tuple(notes), frozenset(untrained))


_HEAD_NOTES = {
    "mlm": say(
        QT_TRANSLATE_NOOP(
            "core",
            "This checkpoint has no masked-LM head: the views work, but the masked-LM "
            "playground is off (its layer would be random).",
        )
    ),
    "nsp": say(
        QT_TRANSLATE_NOOP(
            "core",
            "This checkpoint has no next-sentence head: the views work, but the "
            "next-sentence playground is off (its layer would be random).",
        )
    ),
}


def _check_config(folder: Path) -> None:
    config_file = folder / "config.json"
    if not config_file.is_file():
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder '{name}' is not a model: it has no config.json. Open the folder "
                    "that holds config.json, the weights and vocab.txt or tokenizer.json.",
                ),
                name=folder.name,
            )
        )
    try:
        config = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP("core", "The config.json in '{name}' cannot be read: {reason}."),
                name=folder.name,
                reason=str(error),
            )
        ) from error
    model_type = config.get("model_type") if isinstance(config, dict) else None
    if model_type != "bert":
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder '{name}' holds a '{kind}' model, not BERT (config.json needs "
                    'model_type "bert").',
                ),
                name=folder.name,
                kind=model_type or "?",
            )
        )


def _load_tokenizer(folder: Path) -> Any:
    from transformers import AutoTokenizer

    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder '{name}' has no tokenizer (vocab.txt or tokenizer.json).",
                ),
                name=folder.name,
            )
        )
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    except Exception as error:  # transformers raises OSError, ValueError, KeyError, ...
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP("core", "The tokenizer in '{name}' cannot be loaded: {reason}."),
                name=folder.name,
                reason=str(error),
            )
        ) from error
    missing = [
        name
        for name in ("cls_token", "sep_token", "mask_token", "pad_token")
        if getattr(tokenizer, f"{name}_id", None) is None
    ]
    if missing or not getattr(tokenizer, "is_fast", False):
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The tokenizer in '{name}' is not a BERT WordPiece tokenizer "
                    "(it lacks {missing}).",
                ),
                name=folder.name,
                missing=", ".join(missing) or "a fast tokenizer",
            )
        )
    return tokenizer


def _load_weights(folder: Path) -> tuple[Any, set[str]]:
    """Load BertForPreTraining; return it and the heads the checkpoint lacked."""
    from transformers import BertForPreTraining

    try:
        model, info = BertForPreTraining.from_pretrained(
            str(folder),
            attn_implementation="eager",
            weights_only=True,
            local_files_only=True,
            output_loading_info=True,
        )
    except Exception as error:  # truncated zip, size mismatch, bad shard: all unusable
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP("core", "The weights in '{name}' cannot be loaded ({reason})."),
                name=folder.name,
                reason=str(error).splitlines()[0] if str(error) else type(error).__name__,
            )
        ) from error
    missing = set(info.get("missing_keys", ()))
    encoder = sorted(key for key in missing if key.startswith("bert.") and ".pooler." not in key)
    if encoder:
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The weights in '{name}' do not fit its config.json: {count} encoder "
                    "tensors are missing (for example {example}).",
                ),
                name=folder.name,
                count=len(encoder),
                example=encoder[0],
            )
        )
    untrained = set()
    # The decoder is tied to the input embeddings; its own bias alias may be absent.
    if any(
        key.startswith("cls.predictions.") and key != "cls.predictions.decoder.weight"
        for key in missing
        if key != "cls.predictions.decoder.bias"
    ):
        untrained.add("mlm")
    if any(key.startswith(("cls.seq_relationship.", "bert.pooler.")) for key in missing):
        untrained.add("nsp")
    return model, untrained
