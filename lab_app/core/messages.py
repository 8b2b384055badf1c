"""Sentences the user reads (errors, notices), kept translatable without importing Qt.

A core error or notice carries a ``Text``: an English template with named fields, plus their
values. ``str(text)`` gives the English sentence; the Qt layer looks the template up in the
translations (context ``"core"``) and fills it with values formatted for the user's locale.
Templates are marked with ``QT_TRANSLATE_NOOP("core", ...)``, the call Qt's ``lupdate`` collects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from numbers import Integral, Real


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    return text


@dataclass(frozen=True)
class Text:
    """A sentence: ``template`` with ``{name}`` fields, filled from ``values`` (which may be
    ``Text`` themselves, such as the name of a file kind)."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**{k: english(v) for k, v in self.values.items()})


def say(template: str, **values: object) -> Text:
    """Return the sentence ``template`` (marked with QT_TRANSLATE_NOOP) filled with ``values``."""
    return Text(template, values)


def english(value: object) -> str:
    """A value as the English sentence shows it (thousands separated by commas)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Integral):
        return f"{int(value):,}"
    if isinstance(value, Real):
        return f"{float(value):g}"
    return str(value)
