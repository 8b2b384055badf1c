"""The weight files of a model folder, checked before transformers reads them.

``model.safetensors`` (or its shards) is preferred: its header is checked to cover the whole
file, so a truncated download is caught. A pickled ``pytorch_model.bin`` is unpickled here with
torch's restricted unpickler (``weights_only=True``) before anything else touches it: a file that
holds more than tensors is refused, and no code in it runs. torch is imported inside functions.
"""

from __future__ import annotations

import json
from pathlib import Path

from lab_app.core.bert.errors import BrokenCheckpoint, NotAModel, UnsafeCheckpoint
from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say

SAFETENSORS = "model.safetensors"
SAFETENSORS_INDEX = "model.safetensors.index.json"
PICKLE = "pytorch_model.bin"
PICKLE_INDEX = "pytorch_model.bin.index.json"


def check_weights(folder: Path) -> list[Text]:
    """Check the weight files of ``folder`` before transformers reads them; return the notes to
    show the user. Raise NotAModel (no PyTorch weights), BrokenCheckpoint, UnsafeCheckpoint."""
    safetensors = _weight_files(folder, SAFETENSORS, SAFETENSORS_INDEX)
    if safetensors:
        for file in safetensors:
            _check_safetensors(folder, file)
        return []
    pickles = _weight_files(folder, PICKLE, PICKLE_INDEX)
    if pickles:
        for file in pickles:
            _screen_pickle(folder, file)
        note = say(
            QT_TRANSLATE_NOOP(
                "core",
                "'{file}' is a pickled file: it was read with torch's weights_only=True, so "
                "only tensors were loaded and no code in it could run. Prefer model.safetensors.",
            ),
            file=pickles[0].name,
        )
        return [note]
    raise NotAModel(
        say(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder '{name}' has no PyTorch weights (model.safetensors or "
                "pytorch_model.bin); TensorFlow or Flax weights cannot be opened here.",
            ),
            name=folder.name,
        )
    )


def _weight_files(folder: Path, single: str, index: str) -> list[Path]:
    if (folder / single).is_file():
        return [folder / single]
    index_file = folder / index
    if not index_file.is_file():
        return []
    try:
        weight_map = json.loads(index_file.read_text(encoding="utf-8"))["weight_map"]
        shards = sorted(set(weight_map.values()))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP("core", "The weight index '{file}' cannot be read: {reason}."),
                file=index,
                reason=str(error),
            )
        ) from error
    missing = [shard for shard in shards if not (folder / shard).is_file()]
    if missing:
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "The folder '{name}' lacks weight files listed in '{file}': {missing}."
                ),
                name=folder.name,
                file=index,
                missing=", ".join(missing),
            )
        )
    return [folder / shard for shard in shards]


def _check_safetensors(folder: Path, file: Path) -> None:
    """safe_open reads the header and checks it covers the whole file: a truncated or
    corrupt file fails here, before transformers half-builds a model."""
    from safetensors import safe_open

    try:
        with safe_open(str(file), framework="pt") as handle:
            handle.keys()
    except Exception as error:  # SafetensorError, OSError: both mean an unusable file
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The weights file '{file}' in '{name}' is truncated or corrupt ({reason}); "
                    "download it again.",
                ),
                file=file.name,
                name=folder.name,
                reason=str(error),
            )
        ) from error


def _screen_pickle(folder: Path, file: Path) -> None:
    """Unpickle ``file`` with torch's restricted unpickler (weights_only=True: tensors, plain
    containers and numbers only; anything else is refused before it is built, so no code in
    the file runs). Done here, not left to transformers, so the guarantee is this lab's own.
    Tensors land on the meta device: nothing but the structure is read."""
    import pickle
    import zipfile

    import torch

    try:
        torch.load(file, map_location="meta", weights_only=True, mmap=zipfile.is_zipfile(file))
    except pickle.UnpicklingError as error:
        raise UnsafeCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{file}' holds more than tensors, and unpickling it could run code, so it "
                    "was not opened. If you trust its source, convert it to model.safetensors "
                    "(transformers: from_pretrained, then save_pretrained) and open that.",
                ),
                file=file.name,
            )
        ) from error
    except Exception as error:  # a truncated zip, a file that is no pickle at all
        raise BrokenCheckpoint(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The weights file '{file}' in '{name}' is truncated or corrupt ({reason}).",
                ),
                file=file.name,
                name=folder.name,
                reason=str(error).splitlines()[0] if str(error) else type(error).__name__,
            )
        ) from error
