"""A widget that wraps its content in rows and asks for the height its width needs, so that a
vertical scroll area around it scrolls instead of squeezing it."""

from __future__ import annotations

from lab_app.qt import theme as theme_mod


class FitsHeight:
    """Mixin, before QWidget: ``class View(FitsHeight, QWidget)``. Subclasses give
    ``content_height(width)`` and, when more than the width decides it, ``height_key()``; they
    call ``refit()`` when their content changes. The minimum height follows the width, the
    content, the font (projector mode) and the theme."""

    _fitted_for: tuple = ()

    def watch_theme(self) -> None:
        """Refit when the theme changes (fonts grow in projector mode). Call in __init__."""
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)

    def content_height(self, width: int) -> int:
        raise NotImplementedError

    def height_key(self) -> tuple:
        """What the height depends on besides the width (the content's size, a header…)."""
        return ()

    def refit(self) -> None:
        """Ask again for the height the content needs (after a change of content)."""
        self._fitted_for = ()
        self.fit_height()

    def fit_height(self) -> None:
        key = (self.width(), *self.height_key())
        if key == self._fitted_for:
            return
        self._fitted_for = key
        height = self.content_height(self.width())
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_height()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        self._fitted_for = ()  # the font may have changed

    def _on_theme_changed(self, _theme) -> None:
        self.refit()
        self.update()
