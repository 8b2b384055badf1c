"""Small form pieces every settings column uses: a spin box with its tooltip, a bold label."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSpinBox


def spin_box(low: int, high: int, value: int, tip: str, step: int = 1) -> QSpinBox:
    """A spin box from ``low`` to ``high`` showing ``value``, explained by ``tip``."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSingleStep(step)
    box.setToolTip(tip)
    return box


def bold_label(text: str) -> QLabel:
    """A bold, word-wrapped label (a panel's or a question's title)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label
