"""Core errors and notices in the user's language.

The core writes its sentences as ``Text`` templates (see ``lab_app.core.messages``); here they
are looked up in the translations (context ``"core"``) and filled with values formatted as
the rest of the window writes them (``lab_app.qt.numbers``).
"""

from __future__ import annotations

from numbers import Integral, Real

from PySide6.QtCore import QCoreApplication, QLocale

from lab_app.core.messages import Text
from lab_app.qt.numbers import whole


def translated(item: object) -> str:
    """The sentence of an exception, a ``Notice``, a ``Text`` or a plain string, translated."""
    text = item
    if isinstance(item, BaseException) and item.args:
        text = item.args[0]
    elif hasattr(item, "text"):
        text = item.text
    if isinstance(text, Text):
        return _fill(text)
    return str(text if isinstance(text, str) else item)


def _fill(text: Text) -> str:
    template = QCoreApplication.translate("core", text.template)
    values = {name: _local(value) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a broken translation must not hide the message


def _local(value: object) -> str:
    if isinstance(value, Text):
        return _fill(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Integral):
        return whole(value)
    if isinstance(value, Real):
        return QLocale().toString(float(value), "g", 6)
    return str(value)


def corpus_title(corpus) -> str:
    """A corpus's name in the UI's language (built-in corpora have translated names)."""
    return QCoreApplication.translate("core", corpus.name)
