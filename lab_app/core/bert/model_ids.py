"""Model ids ("bert-base-uncased", "dccuchile/bert-base-spanish-wwm-cased"): find the model in
the local Hugging Face cache, or download it when the hub can be reached.

The reachability check comes first and is bounded, so an offline computer gets a clear
OfflineModelId within seconds instead of a hang. Worker thread (a download takes minutes).
"""

from __future__ import annotations

import os
import re
import socket
import threading
from pathlib import Path

from lab_app.core.bert.errors import NotAModel, OfflineModelId
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

# Files fetched for a model id: never the TensorFlow/Flax/ONNX copies a repository may hold.
_HUB_FILES = [
    "config.json",
    "*.safetensors",
    "model.safetensors.index.json",
    "vocab.txt",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
]
# "bert-base-uncased", "dccuchile/bert-base-spanish-wwm-cased": the hub's id rule.
_MODEL_ID = re.compile(r"^[A-Za-z0-9][\w.-]{0,95}(/[A-Za-z0-9][\w.-]{0,95})?$")
_HUB_HOST = ("huggingface.co", 443)


def looks_like_model_id(text: str) -> bool:
    """Return whether ``text`` has the form of a hub id: "name" or "owner/name"."""
    return bool(_MODEL_ID.match(text)) and ".." not in text


def _hub_offline() -> bool:
    """True when the user asked for offline mode (HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE)."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        if os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}:
            return True
    return False


def _hub_reachable(timeout: float = 3.0) -> bool:
    """Return whether a TCP connection to the hub opens within ``timeout`` seconds. The name
    lookup cannot be given a timeout, so the attempt runs on a daemon thread that is abandoned
    when late: an offline computer answers within ``timeout`` whatever its DNS does."""
    result: list[bool] = []

    def attempt() -> None:
        try:
            socket.create_connection(_HUB_HOST, timeout=timeout).close()
            result.append(True)
        except OSError:
            result.append(False)

    thread = threading.Thread(target=attempt, name="hub-check", daemon=True)
    thread.start()
    thread.join(timeout)
    return bool(result and result[0])


def _offline_error(model_id: str) -> OfflineModelId:
    return OfflineModelId(
        say(
            QT_TRANSLATE_NOOP(
                "core",
                "The model id '{model_id}' needs the internet once, and the Hugging Face hub "
                "cannot be reached (or offline mode is on) and the model is not in the local "
                "cache. Download the model folder on a computer with internet and open the "
                "folder.",
            ),
            model_id=model_id,
        )
    )


def fetch_model_id(model_id: str) -> Path:
    """Return the local folder of ``model_id``: the cached snapshot when offline, else a
    download of the files this lab reads (PyTorch weights and the tokenizer only)."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import (
        GatedRepoError,
        HFValidationError,
        LocalEntryNotFoundError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
    )

    offline = _hub_offline() or not _hub_reachable()
    try:
        folder = Path(
            snapshot_download(model_id, allow_patterns=_HUB_FILES, local_files_only=offline)
        )
        if not offline and not any(folder.glob("*.safetensors")):
            # Older repositories only hold the pickled file: read later with weights_only.
            patterns = [
                *_HUB_FILES,
                "pytorch_model.bin",
                "pytorch_model.bin.index.json",
                "pytorch_model-*.bin",
            ]
            folder = Path(snapshot_download(model_id, allow_patterns=patterns))
    except (RepositoryNotFoundError, GatedRepoError, HFValidationError) as error:
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The Hugging Face hub has no public model '{model_id}' (check the spelling; "
                    "gated or private models must be downloaded by hand).",
                ),
                model_id=model_id,
            )
        ) from error
    except (LocalEntryNotFoundError, OfflineModeIsEnabled) as error:
        raise _offline_error(model_id) from error
    except OSError as error:  # a connection that broke midway, a full disk
        if offline:
            raise _offline_error(model_id) from error
        raise NotAModel(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "The model '{model_id}' could not be downloaded: {reason}."
                ),
                model_id=model_id,
                reason=str(error).splitlines()[0] if str(error) else type(error).__name__,
            )
        ) from error
    return folder
