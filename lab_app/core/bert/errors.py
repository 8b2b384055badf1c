"""Errors for the BERT tab: one base class, ``BertError``, and a subclass per case.

Raise with a translatable ``Text`` as the only argument,
``raise NoMask(say(QT_TRANSLATE_NOOP("core", "..."), name=value))``: the window translates
``args[0]`` and ``str(exc)`` is the English sentence.
"""

from __future__ import annotations


class BertError(Exception):
    """Bad input for the BERT tab (a model folder, a text, a corpus)."""


class NotAModel(BertError):
    """The folder or id is not a BERT model this lab can open."""


class UnsafeCheckpoint(BertError):
    """A pickled checkpoint that would have to be unpickled (not loaded)."""


class BrokenCheckpoint(BertError):
    """A weights file that is truncated or corrupt."""


class OfflineModelId(BertError):
    """A model id given while the hub cannot be reached."""


class NoMask(BertError):
    """The masked-LM box holds no [MASK] token."""


class NoSentencePairs(BertError):
    """The corpus has no document with two sentences or more (next-sentence prediction)."""


class TrainingDiverged(BertError):
    """NaN or inf loss: the run stopped, the last good weights kept."""


class BadSetting(BertError):
    """A pre-training or fine-tuning setting out of range (a preset, a size, a fraction)."""


class OneClassOnly(BertError):
    """Fine-tuning data whose labels hold a single class: nothing to tell apart."""


class WordNotFound(BertError):
    """The word asked about is not in the sentence (static vs contextual vectors)."""


class MissingHead(BertError):
    """The model has no trained masked-LM or next-sentence head for the playground asked."""


class UnknownDevice(BertError):
    """A device name torch does not know ("cpu", "cuda", "cuda:N" and "mps" are known)."""


class DeviceUnavailable(BertError):
    """A known device that torch cannot see on this computer (no CUDA GPU, no Apple MPS)."""


class EmptySentence(BertError):
    """A playground box that must hold a sentence is empty (next-sentence needs A and B)."""
