"""Read and restore the values of form widgets (spin boxes, combo boxes, line edits, check boxes).

Used to carry a page's settings across a rebuild of the window (a language switch).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget


def widget_values(widgets: Mapping[str, QWidget]) -> dict[str, object]:
    """Return each widget's value: a number, a combo box's item data, a text or a check state."""
    values: dict[str, object] = {}
    for name, widget in widgets.items():
        if isinstance(widget, QComboBox):
            values[name] = widget.currentData()
        elif isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
        else:
            values[name] = widget.value()
    return values


def set_widget_values(widgets: Mapping[str, QWidget], values: Mapping[str, object]) -> None:
    """Put back values from ``widget_values``; names it does not know are skipped."""
    for name, value in values.items():
        widget = widgets.get(name)
        if widget is None:
            continue
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))
        else:
            widget.setValue(value)
