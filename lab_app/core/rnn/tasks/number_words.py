"""Spanish number words, exact, and word → digit pairs for the translation task (x ≠ y).

``spanish_number_words(123)`` is "ciento veintitrés": the cardinal as one counts (masculine,
"uno" at the end, "un" before "mil": 21 000 is "veintiún mil"). The pairs are the parallel
corpus of the many-to-many (x ≠ y) architecture (LECTURE.md §1): a sentence of n words in,
m digits out, n ≠ m in general ("dos mil uno" → "2001": 3 words, 4 digits).

No torch here: any thread may call these, and they import nothing heavy.
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say

MAX_NUMBER = 999_999

# 0–29 are single words; "veinti-" fuses with its unit and takes the written accent where
# the stress falls on the last syllable (dieciséis, veintidós, veintitrés, veintiséis).
_UP_TO_29 = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta",
         9: "noventa"}  # fmt: skip
# 500, 700 and 900 are irregular (quinientos, setecientos, novecientos); 100 alone is "cien".
_HUNDREDS = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos",
             5: "quinientos", 6: "seiscientos", 7: "setecientos", 8: "ochocientos",
             9: "novecientos"}  # fmt: skip


class Seq2SeqError(ValueError):
    """Bad input or settings for the translation task; ``text`` is the translatable message.

    ``str(error)`` is the English sentence; the Qt layer translates ``text``.
    """

    def __init__(self, text: Text | str):
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return str(self.text)


class BadNumber(Seq2SeqError):
    """A number, or a request for numbers, outside what the number words cover."""


def spanish_number_words(n: int) -> str:
    """Return the Spanish words for ``n`` (0 ≤ n ≤ 999 999), e.g. 123 → "ciento veintitrés".

    Raises BadNumber for anything else (a float, a bool, a negative or too large number).
    Any thread may call it.
    """
    if not isinstance(n, Integral) or isinstance(n, bool) or not 0 <= n <= MAX_NUMBER:
        text = QT_TRANSLATE_NOOP("core", "Number words cover whole numbers 0 to {most}; got {n}")
        raise BadNumber(say(text, most=MAX_NUMBER, n=repr(n)))
    n = int(n)
    if n == 0:
        return "cero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands == 1:
        parts.append("mil")  # "mil", never "un mil"
    elif thousands > 1:
        parts.append(_before_mil(_below_thousand(thousands)) + " mil")
    if rest:
        parts.append(_below_thousand(rest))
    return " ".join(parts)


def _below_hundred(n: int) -> str:
    """1 ≤ n ≤ 99: "veintitrés", "treinta y uno"."""
    if n < 30:
        return _UP_TO_29[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f" y {_UP_TO_29[unit]}" if unit else "")


def _below_thousand(n: int) -> str:
    """1 ≤ n ≤ 999: "cien" alone, "ciento uno", "quinientos"."""
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def _before_mil(words: str) -> str:
    """Apocope before a noun ("mil"): "uno" → "un", "veintiuno" → "veintiún"."""
    if words.endswith("veintiuno"):
        return words[: -len("veintiuno")] + "veintiún"
    if words == "uno" or words.endswith(" uno"):
        return words[: -len("uno")] + "un"
    return words


def number_pairs(count: int, seed: int, max_value: int = 9999) -> list[tuple[str, str]]:
    """Return ``count`` distinct pairs (Spanish words, digits), e.g. ("ciento uno", "101").

    The numbers are drawn without replacement from 0..``max_value`` by a local generator seeded
    with ``seed`` (same seed, same pairs, same order). Raises BadNumber when ``max_value`` is
    outside 0..999 999 or ``count`` outside 1..max_value + 1. Any thread may call it.
    """
    if not _whole(max_value, 0, MAX_NUMBER):
        text = QT_TRANSLATE_NOOP("core", "max_value must be between 0 and {most}; got {value}")
        raise BadNumber(say(text, most=MAX_NUMBER, value=repr(max_value)))
    if not _whole(count, 1, max_value + 1):
        text = QT_TRANSLATE_NOOP(
            "core", "count must be between 1 and {most} (distinct numbers); got {value}"
        )
        raise BadNumber(say(text, most=max_value + 1, value=repr(count)))
    numbers = np.random.default_rng(seed).choice(max_value + 1, size=count, replace=False)
    return [(spanish_number_words(int(n)), str(int(n))) for n in numbers]


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool) and low <= value <= high
