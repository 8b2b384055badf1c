"""The input of the BERT view pages: sentence A, optional sentence B, the lecture's examples one
click away, and the WordPiece tokens the model read (## pieces visible, clickable if asked)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.numbers import whole

MAX_INPUT_CHARS = 5000  # more than any model's 512 tokens; keeps a paste from freezing a field
SPECIAL_TOKENS = ("[CLS]", "[SEP]", "[PAD]", "[MASK]", "[UNK]")


def token_html(
    tokens: Sequence[str], segments: Sequence[int] | None = None, links: bool = False
) -> str:
    """Rich text of ``tokens`` in a row: [CLS]/[SEP] greyed, "##" pieces in another colour, the
    tokens of sentence B underlined; each token a link to its index when ``links``."""
    theme = theme_mod.current()
    piece, special = theme.series_colours[5], "#888888"
    parts = []
    for index, token in enumerate(tokens):
        # Every token coloured explicitly: a link's default blue vanished on the dark theme.
        colour = special if token in SPECIAL_TOKENS else piece if token.startswith("##") else None
        text = f'<span style="color:{colour or theme.foreground}">{html.escape(token)}</span>'
        if segments is not None and index < len(segments) and segments[index] == 1:
            text = f"<u>{text}</u>"
        if links and token not in SPECIAL_TOKENS:
            text = f'<a href="{index}" style="text-decoration:none">{text}</a>'
        parts.append(text)
    return "&nbsp; ".join(parts)


class TokenStrip(QScrollArea):
    """One line of tokens, scrolled sideways when long (never cut); ``token_clicked(index)``
    when links are on."""

    token_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(" ")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._on_link)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tokens: list[str] = []
        self._shown: tuple = ((), None, False)
        theme_mod.theme_manager().changed.connect(self._restyle)

    def set_tokens(
        self, tokens: Sequence[str], segments: Sequence[int] | None = None, links: bool = False
    ) -> None:
        self.tokens = list(tokens)
        self._shown = (tuple(tokens), segments, links)
        self.label.setText(token_html(tokens, segments, links) or " ")
        self._fit_height()

    def _restyle(self, _theme: object) -> None:
        if self.tokens:  # the colours of ## pieces follow the theme (dark, projector)
            self.set_tokens(*self._shown)

    def _fit_height(self) -> None:
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.label.sizeHint().height() + bar + 2)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_height()

    def _on_link(self, target: str) -> None:
        self.token_clicked.emit(int(target))


class PairInput(QWidget):
    """Sentence A and an optional sentence B, example buttons, and the tokens read.

    ``submitted`` fires on Enter in a field or when an example is chosen.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.a = QLineEdit()
        self.a.setMaxLength(MAX_INPUT_CHARS)
        self.a.setPlaceholderText(self.tr("a sentence"))
        self.a.setToolTip(self.tr("Sentence A: the model reads [CLS] A [SEP] B [SEP]"))
        self.b = QLineEdit()
        self.b.setMaxLength(MAX_INPUT_CHARS)
        self.b.setPlaceholderText(self.tr("optional: a second sentence"))
        self.b.setToolTip(self.tr("Sentence B (segment B); leave empty for one sentence"))
        self.examples = QHBoxLayout()
        self.examples.setContentsMargins(0, 0, 0, 0)
        self.tokens = TokenStrip()
        self.count = QLabel(" ")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Sentence A")), 0, 0)
        grid.addWidget(self.a, 0, 1)
        grid.addWidget(QLabel(self.tr("Sentence B")), 0, 2)
        grid.addWidget(self.b, 0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.trailing = QHBoxLayout()  # a page's own controls, at the examples' right
        self.trailing.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lecture examples:")))
        row.addLayout(self.examples)
        row.addStretch(1)
        row.addLayout(self.trailing)
        grid.addLayout(row, 1, 0, 1, 4)
        self.count.setToolTip(self.tr("The WordPiece tokens the model read (## = a word's piece)"))
        grid.addWidget(self.count, 2, 0)
        grid.addWidget(self.tokens, 2, 1, 1, 3)
        self.a.returnPressed.connect(self.submitted)
        self.b.returnPressed.connect(self.submitted)

    def add_example(self, label: str, a: str, b: str = "", tip: str = "") -> QPushButton:
        """A button that puts ``a`` (and ``b``) in the fields and submits them."""
        button = QPushButton(label)
        button.setToolTip(tip or (f"{a} | {b}" if b else a))
        button.clicked.connect(lambda _=False: self.set_pair(a, b, submit=True))
        self.examples.addWidget(button)
        return button

    def set_pair(self, a: str, b: str = "", submit: bool = False) -> None:
        self.a.setText(a)
        self.b.setText(b)
        if submit:
            self.submitted.emit()

    def pair(self) -> tuple[str, str | None]:
        """(sentence A, sentence B or None when empty)."""
        return self.a.text(), (self.b.text().strip() or None)

    def show_tokens(self, tokens: Sequence[str], segments: Sequence[int] | None = None) -> None:
        """Show the WordPiece tokens the model read and how many."""
        self.tokens.set_tokens(tokens, segments)
        self.count.setText(self.tr("%1 tokens:").replace("%1", whole(len(tokens))))
