"""Save a trained RNN-tab task to disk and load it back: ``<name>.safetensors`` + ``<name>.json``.

The weights go to a safetensors file (the model's ``state_dict``: plain tensors, never a
pickle, so opening a file cannot run code); beside it, a JSON file says what they are: the
format and version, the task key, the ``TaskConfig``, the model class (and the attention
score for seq2seq), what the task needs to use the model (characters, words, classes, tags,
target characters, ...), the SHA-256 of the weights file and the last held-out figures. The
training data is not stored.

``load_task`` rebuilds the model with the task's own builder and sizes from the JSON, checks
every tensor against it (name, shape, dtype) before ``load_state_dict(strict=True)``, and
returns a ``TrainedTask`` in eval mode whose ``vocab`` serves the task's use functions
(``generate``, ``classify``, ``tag``, ``translate``). Files are read and written on the
caller's thread; a model of the tab's sizes takes milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import torch
from torch import nn

from lab_app.core.corpus.errors import os_reason
from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say
from lab_app.core.rnn.tasks.base import TaskConfig, TaskMetrics, TrainedTask
from lab_app.core.rnn.tasks.char_data import CharVocab
from lab_app.core.rnn.tasks.one_to_many import build_one_to_many
from lab_app.core.rnn.tasks.one_to_one import build_one_to_one
from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE
from lab_app.core.rnn.tasks.seq2seq import build_model as build_seq2seq
from lab_app.core.rnn.tasks.seq2seq_data import Vocabularies
from lab_app.core.rnn.tasks.tagging import MANY_TO_MANY_ALIGNED

FORMAT = "lab_app.rnn_task"
VERSION = 1
WEIGHTS_SUFFIX = ".safetensors"
JSON_SUFFIX = ".json"


class StorageError(ValueError):
    """A saved task cannot be written or read. ``text`` is the translatable sentence, ``str``
    the English one; ``path`` the file concerned."""

    def __init__(self, text: Text, path: Path | None = None):
        super().__init__(str(text))
        self.text, self.path = text, path

    def __str__(self) -> str:
        return str(self.text)


class TaskFileMissing(StorageError):
    """One of the two files (JSON or weights) does not exist."""


class UnreadableTaskFile(StorageError):
    """The operating system refused to read or write a file (permissions, a folder, ...)."""


class NotATaskFile(StorageError):
    """The JSON is not a saved task of this format, or one of its fields is malformed."""


class UnsupportedVersion(StorageError):
    """The JSON is a saved task of another format version."""


class UnknownTask(StorageError):
    """The task key is none of the five tasks."""


class WrongTask(StorageError):
    """The file holds another task than the one asked for."""


class CorruptWeights(StorageError):
    """The weights file is truncated, damaged, not safetensors, or not the one saved."""


class WeightsMismatch(StorageError):
    """A tensor of the weights file does not match the model the JSON describes; ``tensor``
    names the first one that does not."""

    def __init__(self, text: Text, path: Path, tensor: str):
        super().__init__(text, path)
        self.tensor = tensor


@dataclass(frozen=True)
class SentimentVocab:
    """What the many-to-one task needs of its ``SentimentData`` to classify: ``vocab`` (words,
    ``<pad>`` and ``<unk>`` first), ``index``, ``classes`` and the ``majority`` class."""

    vocab: tuple[str, ...]
    classes: tuple[str, ...]
    majority: int
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {w: i for i, w in enumerate(self.vocab)})


@dataclass(frozen=True)
class TaggingVocab:
    """What the tagging task needs of its ``TaggingData`` to tag: ``vocab``, ``index``,
    ``tags``, and the baseline (``word_tags``: each training word's most frequent tag;
    ``common_tag``: the most frequent tag, for unknown words)."""

    vocab: tuple[str, ...]
    tags: tuple[str, ...]
    word_tags: dict[str, int]
    common_tag: int
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {w: i for i, w in enumerate(self.vocab)})

    def baseline_tags(self, words: list[str]) -> list[int]:
        """Return the baseline's tag index for each (lowercased) word."""
        return [self.word_tags.get(word, self.common_tag) for word in words]


@dataclass(frozen=True)
class _Kind:
    """How one task is stored: its model class, its vocabulary as JSON and back, its builder."""

    model_class: str
    vocab_fields: dict[str, str]  # the JSON "vocab" part: field -> attribute of trained.vocab
    restore: Callable[[dict, Path], Any]  # that part back to a vocab object
    build: Callable[[TaskConfig, Any, dict], nn.Module]  # (config, vocab, JSON "model" part)


def _restore_chars(part: dict, path: Path) -> CharVocab:
    return CharVocab(tuple(_strings(part, "characters", path)))


def _restore_sentiment(part: dict, path: Path) -> SentimentVocab:
    classes = tuple(_strings(part, "classes", path))
    majority = _integer(part, "majority", path, len(classes))
    return SentimentVocab(tuple(_strings(part, "words", path)), classes, majority)


def _restore_tagging(part: dict, path: Path) -> TaggingVocab:
    tags = tuple(_strings(part, "tags", path))
    word_tags = _value(part, "word_tags", dict, path)
    if not all(type(t) is int and 0 <= t < len(tags) for t in word_tags.values()):
        raise _malformed(path, "vocab.word_tags")
    common = _integer(part, "common_tag", path, len(tags))
    return TaggingVocab(tuple(_strings(part, "words", path)), tags, word_tags, common)


def _restore_seq2seq(part: dict, path: Path) -> Vocabularies:
    source = tuple(_strings(part, "source_words", path))
    target = tuple(_strings(part, "target_characters", path))
    return Vocabularies(source, target, _integer(part, "max_target_len", path, 10_000))


def _build_seq2seq(config: TaskConfig, vocab: Vocabularies, model: dict) -> nn.Module:
    return build_seq2seq(config, vocab, model.get("attention", "additive"))


def _chars(builder: Callable) -> Callable:
    return lambda config, vocab, _: builder(config, len(vocab))


def _words(task: Any) -> Callable:
    return lambda config, vocab, _: task.build_model(config, vocab)


_CHARS = {"characters": "chars"}
_SENTIMENT = {"words": "vocab", "classes": "classes", "majority": "majority"}
_TAGGING = {"words": "vocab", "tags": "tags", "word_tags": "word_tags", "common_tag": "common_tag"}
_SEQ2SEQ = {
    "source_words": "source",
    "target_characters": "target",
    "max_target_len": "max_target_len",
}
KINDS: dict[str, _Kind] = {
    "one_to_one": _Kind("NextCharNetwork", _CHARS, _restore_chars, _chars(build_one_to_one)),
    "one_to_many": _Kind("RecurrentLM", _CHARS, _restore_chars, _chars(build_one_to_many)),
    "many_to_one": _Kind(
        "SentimentClassifier", _SENTIMENT, _restore_sentiment, _words(MANY_TO_ONE)
    ),
    "many_to_many_aligned": _Kind(
        "RecurrentTagger", _TAGGING, _restore_tagging, _words(MANY_TO_MANY_ALIGNED)
    ),
    "many_to_many_seq2seq": _Kind("Seq2SeqModel", _SEQ2SEQ, _restore_seq2seq, _build_seq2seq),
}


def task_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """Return (JSON path, weights path) for ``path``: either file, or their common stem."""
    path = Path(path)
    if path.suffix in (JSON_SUFFIX, WEIGHTS_SUFFIX):
        path = path.with_suffix("")
    return path.with_name(path.name + JSON_SUFFIX), path.with_name(path.name + WEIGHTS_SUFFIX)


def save_task(trained: TrainedTask, path: str | os.PathLike) -> Path:
    """Write ``trained`` as ``<name>.safetensors`` (weights) and ``<name>.json`` (what they are);
    return the weights path (the file a save dialog names). ``path`` names either file or the stem; existing files are replaced
    (each written to a temporary file first, then renamed). Raises UnknownTask for a key that is
    none of the five, StorageError when the model is not the task's class, UnreadableTaskFile
    when the folder cannot be written. Call where the model is not training (any thread)."""
    from safetensors.torch import save as safetensors_bytes

    kind = _kind(trained.key, None)
    model = trained.model
    if type(model).__name__ != kind.model_class:
        text = QT_TRANSLATE_NOOP("core", "Cannot save a {found} as the task {task} (a {expected}).")
        found, expected = type(model).__name__, kind.model_class
        raise StorageError(say(text, found=found, task=trained.key, expected=expected))
    json_path, weights_path = task_paths(path)
    # Contiguous CPU clones: safetensors refuses views and tensors that share memory.
    tensors = {k: v.detach().cpu().contiguous().clone() for k, v in model.state_dict().items()}
    # One metadata entry: with two, safetensors writes them in no fixed order (same weights,
    # different bytes and hash).
    weights = safetensors_bytes(tensors, metadata={FORMAT: trained.key})
    description = {
        "format": FORMAT,
        "version": VERSION,
        "task": trained.key,
        "config": asdict(trained.config),
        "model": _model_part(model),
        # Tuples go out as JSON lists; nothing of the training data is written.
        "vocab": {name: getattr(trained.vocab, a) for name, a in kind.vocab_fields.items()},
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
        "last_scores": _last_scores(trained.history),
    }
    _write(weights_path, weights)
    _write(json_path, json.dumps(description, ensure_ascii=False, indent=1).encode("utf-8"))
    return weights_path


def load_task(path: str | os.PathLike, key: str | None = None) -> TrainedTask:
    """Return the TrainedTask saved at ``path`` (either file, or the stem), model in eval mode.

    ``key``, if given, is the task the caller expects. ``vocab`` is a CharVocab (char tasks),
    a SentimentVocab, a TaggingVocab or the Vocabularies (seq2seq); ``history`` holds the last
    TaskMetrics with held-out figures at save time (empty if none). Raises TaskFileMissing,
    UnreadableTaskFile, NotATaskFile, UnsupportedVersion, UnknownTask, WrongTask (another
    task than ``key``), CorruptWeights and WeightsMismatch, all StorageError. Nothing is
    unpickled. Any thread.
    """
    from safetensors.torch import load as load_tensors

    json_path, weights_path = task_paths(path)
    description = _read_description(json_path)
    kind = _kind(description["task"], json_path)
    if key is not None and description["task"] != key:
        text = QT_TRANSLATE_NOOP("core", "'{name}' holds the task {found}, not {expected}.")
        found = description["task"]
        raise WrongTask(say(text, name=json_path.name, found=found, expected=key), json_path)
    config = _config(description, json_path)
    vocab = kind.restore(_value(description, "vocab", dict, json_path), json_path)
    model_part = _value(description, "model", dict, json_path)
    model = _build(kind, config, vocab, model_part, json_path)
    raw = _read(weights_path)
    try:
        tensors = load_tensors(raw)
    except Exception as error:  # safetensors raises its own SafetensorError (and others)
        raise _corrupt(weights_path) from error
    _check_tensors(model, tensors, weights_path, json_path)
    if hashlib.sha256(raw).hexdigest() != description.get("weights_sha256"):
        raise _corrupt(weights_path)
    model.load_state_dict(tensors, strict=True)
    model.eval()
    return TrainedTask(description["task"], model, config, vocab, _history(description))


def _kind(key: object, path: Path | None) -> _Kind:
    if not isinstance(key, str) or key not in KINDS:
        text = QT_TRANSLATE_NOOP("core", "Unknown task {key}: expected one of {keys}.")
        raise UnknownTask(say(text, key=repr(key), keys=", ".join(KINDS)), path)
    return KINDS[key]


def _model_part(model: nn.Module) -> dict:
    part = {"class": type(model).__name__}
    if hasattr(model, "attention"):  # seq2seq: "additive" or "dot"
        part["attention"] = model.attention
    return part


def _last_scores(history: list[TaskMetrics]) -> dict | None:
    scored = [m for m in history if m.metric is not None]
    if not scored:
        return None
    last = scored[-1]
    return {name: getattr(last, name) for name in _METRICS_FIELDS}


_METRICS_FIELDS = ("step", "loss", "metric", "baseline", "metric_name")


def _history(description: dict) -> list[TaskMetrics]:
    scores = description.get("last_scores")
    # Informative only: a file without these figures (or with odd ones) still loads.
    if isinstance(scores, dict) and set(scores) == set(_METRICS_FIELDS):
        return [TaskMetrics(**scores)]
    return []


def _read_description(json_path: Path) -> dict:
    raw = _read(json_path)
    try:
        description = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        description = None
    if not isinstance(description, dict) or description.get("format") != FORMAT:
        text = QT_TRANSLATE_NOOP("core", "'{name}' is not a saved RNN task of this application.")
        raise NotATaskFile(say(text, name=json_path.name), json_path)
    if description.get("version") != VERSION:
        text = QT_TRANSLATE_NOOP(
            "core", "'{name}' is a saved task of format version {found}; this version reads {ours}."
        )
        found = description.get("version")
        raise UnsupportedVersion(say(text, name=json_path.name, found=found, ours=VERSION))
    return description


def _config(description: dict, path: Path) -> TaskConfig:
    part = _value(description, "config", dict, path)
    defaults = TaskConfig()
    values = {}
    for spec in fields(TaskConfig):
        value = part.get(spec.name, getattr(defaults, spec.name))
        expected = type(getattr(defaults, spec.name))
        ok = isinstance(value, (int, float) if expected is float else expected)
        if not ok or isinstance(value, bool):
            raise _malformed(path, f"config.{spec.name}")
        values[spec.name] = value
    if set(part) - set(values):
        raise _malformed(path, f"config.{sorted(set(part) - set(values))[0]}")
    for name in ("hidden_size", "embedding_dim"):  # torch would build a model of no size
        if values[name] < 1:
            raise _malformed(path, f"config.{name}")
    return TaskConfig(**values)


def _build(kind: _Kind, config: TaskConfig, vocab: Any, part: dict, path: Path) -> nn.Module:
    """The task's own builder, with the JSON's sizes; a bad cell or attention is malformed."""
    try:
        model = kind.build(config, vocab, part)
    except (ValueError, RuntimeError) as error:  # check_cell / check_attention, sizes < 1
        raise _malformed(path, "config") from error
    if part.get("class") != type(model).__name__:
        raise _malformed(path, "model.class")
    return model


def _check_tensors(
    model: nn.Module, tensors: dict[str, torch.Tensor], path: Path, json_path: Path
) -> None:
    """Raise WeightsMismatch naming the first tensor (in the model's order) that is missing,
    of another shape or dtype, or not in the model."""
    names = {"file": path.name, "json": json_path.name}
    for name, expected in model.state_dict().items():
        found = tensors.get(name)
        if found is None:
            text = QT_TRANSLATE_NOOP(
                "core", "'{file}' has no tensor {tensor}, which the model of '{json}' needs."
            )
            raise WeightsMismatch(say(text, tensor=name, **names), path, name)
        if found.shape != expected.shape or found.dtype != expected.dtype:
            text = QT_TRANSLATE_NOOP(
                "core",
                "Tensor {tensor} in '{file}' is {found}; the settings in '{json}' give {expected}.",
            )
            raise WeightsMismatch(
                say(text, tensor=name, found=_form(found), expected=_form(expected), **names),
                path,
                name,
            )
    extra = [name for name in tensors if name not in model.state_dict()]
    if extra:
        text = QT_TRANSLATE_NOOP(
            "core", "'{file}' has a tensor {tensor} that the model of '{json}' does not have."
        )
        raise WeightsMismatch(say(text, tensor=extra[0], **names), path, extra[0])


def _form(tensor: torch.Tensor) -> str:
    """Shape and dtype as a sentence shows them: "64×32 float32"."""
    shape = "×".join(str(n) for n in tensor.shape) or "scalar"
    return f"{shape} {str(tensor.dtype).removeprefix('torch.')}"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        text = QT_TRANSLATE_NOOP("core", "'{name}' does not exist: a saved task needs {files}.")
        files = f"{path.stem}{JSON_SUFFIX} + {path.stem}{WEIGHTS_SUFFIX}"
        raise TaskFileMissing(say(text, name=path.name, files=files), path) from error
    except OSError as error:
        raise _os_error(path, error) from error


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _os_error(path, error) from error


def _os_error(path: Path, error: OSError) -> UnreadableTaskFile:
    text = QT_TRANSLATE_NOOP("core", "Cannot use '{name}': {reason}.")
    return UnreadableTaskFile(say(text, name=str(path), reason=os_reason(error)), path)


def _corrupt(path: Path) -> CorruptWeights:
    text = QT_TRANSLATE_NOOP(
        "core",
        "'{name}' is damaged, truncated or not the weights saved with this task. "
        "Save the model again.",
    )
    return CorruptWeights(say(text, name=path.name), path)


def _malformed(path: Path, where: str) -> NotATaskFile:
    text = QT_TRANSLATE_NOOP("core", "'{name}' has a missing or malformed field {field}.")
    return NotATaskFile(say(text, name=path.name, field=where), path)


def _value(part: dict, name: str, kind: type, path: Path) -> Any:
    value = part.get(name)
    if not isinstance(value, kind):
        raise _malformed(path, name)
    return value


def _strings(part: dict, name: str, path: Path) -> list[str]:
    value = _value(part, name, list, path)
    if not value or not all(isinstance(item, str) for item in value):
        raise _malformed(path, f"vocab.{name}")
    return value


def _integer(part: dict, name: str, path: Path, below: int) -> int:
    value = part.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < below:
        raise _malformed(path, f"vocab.{name}")
    return value
