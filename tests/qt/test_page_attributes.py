"""No page or view stores an attribute under the name of a Qt method: ``self.metric = ...``
hid ``QWidget.metric()``, which Qt calls from C++ (font and paint-device metrics); the RNN tab
crashed with a segmentation fault in projector mode until it was renamed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lab_app.qt import registry

PAGES = [(tab.key, page.key) for tab in registry.TABS for page in tab.pages]


def _shadowing(widget: QWidget) -> list[str]:
    return sorted(
        f"{type(widget).__name__}.{name}"
        for name, value in vars(widget).items()
        if not name.startswith("_")
        and callable(getattr(QWidget, name, None))
        and not callable(value)
    )


@pytest.mark.parametrize(("tab", "page"), PAGES)
def test_no_widget_of_a_page_hides_a_qt_method(window, tab, page):
    built = window.tab(tab).page(page)
    found = [
        name for widget in [built, *built.findChildren(QWidget)] for name in _shadowing(widget)
    ]
    assert not found, f"attributes named like Qt methods: {found}"
