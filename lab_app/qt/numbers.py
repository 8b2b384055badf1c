"""How the lab writes numbers: whole numbers grouped by thin spaces (4 297, 25 088), the SI and
RAE convention, the same in Spanish and English; decimals with the locale's sign (0,95 / 0.95)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

THIN_SPACE = "\u202f"


def whole(number: int) -> str:
    """``1234567`` → ``1 234 567`` (narrow no-break spaces)."""
    return f"{int(number):,}".replace(",", THIN_SPACE)


def decimal(number: float, places: int = 2) -> str:
    """``0.953`` → ``0,95`` in Spanish, ``0.95`` in English."""
    return QLocale().toString(float(number), "f", places)
