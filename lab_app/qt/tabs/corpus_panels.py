"""The Corpus tab's parts: where the text comes from, tokenisation options, figures, documents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import corpus_title
from lab_app.qt.numbers import whole


class SourcePanel(QGroupBox):
    """Open a file or folder, pick a built-in corpus, see recent files."""

    open_file_requested = Signal()
    open_folder_requested = Signal()
    builtin_requested = Signal(str)

    def __init__(self, builtins: list[tuple[str, str, str]], parent: QWidget | None = None):
        """``builtins``: (key, title, description) of each built-in corpus."""
        super().__init__(self.tr("Source"), parent)
        self.open_file = QPushButton(self.tr("Open file…"))
        self.open_file.setToolTip(
            self.tr(
                "A .txt file (one document per line or per paragraph) or a CSV/TSV with a text column"
            )
        )
        self.open_folder = QPushButton(self.tr("Open folder…"))
        self.open_folder.setToolTip(self.tr("A folder of .txt files: one document per file"))
        self.recent = QToolButton()
        self.recent.setText(self.tr("Recent"))
        self.recent.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.builtin = QComboBox()
        for name, title, description in builtins:
            self.builtin.addItem(title, name)
            self.builtin.setItemData(
                self.builtin.count() - 1, description, Qt.ItemDataRole.ToolTipRole
            )
        self.load_builtin = QPushButton(self.tr("Load"))
        self.load_builtin.setToolTip(self.tr("Load the chosen built-in corpus (offline)"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.builtin.currentIndexChanged.connect(self._on_builtin_changed)
        self._on_builtin_changed()
        files = QHBoxLayout()
        for widget in (self.open_file, self.open_folder, self.recent):
            files.addWidget(widget)
        builtin_row = QHBoxLayout()
        builtin_row.addWidget(self.builtin, 1)
        builtin_row.addWidget(self.load_builtin)
        layout = QVBoxLayout(self)
        layout.addLayout(files)
        layout.addWidget(QLabel(self.tr("Built-in corpora:")))
        layout.addLayout(builtin_row)
        layout.addWidget(self.description)
        self.open_file.clicked.connect(self.open_file_requested)
        self.open_folder.clicked.connect(self.open_folder_requested)
        self.load_builtin.clicked.connect(
            lambda: self.builtin_requested.emit(self.builtin.currentData())
        )

    def _on_builtin_changed(self) -> None:
        tip = self.builtin.currentData(Qt.ItemDataRole.ToolTipRole)
        self.description.setText(f"<small>{tip or ''}</small>")


class OptionsPanel(QGroupBox):
    """Tokenisation options and CSV columns; ``values()`` gives CorpusOptions keyword arguments."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Tokenisation"), parent)
        self.lowercase = QCheckBox(self.tr("lowercase"))
        self.lowercase.setChecked(True)
        self.lowercase.setToolTip(self.tr("«Casa» and «casa» become one type"))
        self.strip_accents = QCheckBox(self.tr("strip accents"))
        self.strip_accents.setToolTip(
            self.tr("«canción» → «cancion» (ñ is kept: it is a letter in Spanish)")
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.addItem(self.tr("English"), "en")
        self.split_sentences = QCheckBox(self.tr("split sentences"))
        self.split_sentences.setChecked(True)
        self.split_sentences.setToolTip(
            self.tr("Split documents into sentences (BERT's next-sentence task needs them)")
        )
        self.text_column = QLineEdit()
        self.text_column.setMaxLength(100)
        self.text_column.setPlaceholderText("text")
        self.label_column = QLineEdit()
        self.label_column.setMaxLength(100)
        self.label_column.setPlaceholderText(self.tr("optional"))
        self.date_column = QLineEdit()
        self.date_column.setMaxLength(100)
        self.date_column.setPlaceholderText(self.tr("optional"))
        for field in (self.text_column, self.label_column, self.date_column):
            field.setToolTip(self.tr("CSV/TSV only: the column's name in the header row"))
        self.apply = QPushButton(self.tr("Apply to current corpus"))
        self.apply.setToolTip(self.tr("Load the current corpus again with these options"))
        form = QFormLayout(self)
        form.addRow(self.lowercase)
        form.addRow(self.strip_accents)
        form.addRow(self.split_sentences)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Text column"), self.text_column)
        form.addRow(self.tr("Label column"), self.label_column)
        form.addRow(self.tr("Date column"), self.date_column)
        form.addRow(self.apply)

    def values(self) -> dict:
        """Return the options as CorpusOptions keyword arguments."""
        return {
            "lowercase": self.lowercase.isChecked(),
            "strip_accents": self.strip_accents.isChecked(),
            "language": self.language.currentData(),
            "split_sentences": self.split_sentences.isChecked(),
            "text_column": self.text_column.text().strip() or None,
            "label_column": self.label_column.text().strip() or None,
            "date_column": self.date_column.text().strip() or None,
        }

    def fields(self) -> dict[str, QWidget]:
        """The form's widgets by name (to save and restore their values)."""
        names = ("lowercase", "strip_accents", "language", "split_sentences")
        columns = ("text_column", "label_column", "date_column")
        return {name: getattr(self, name) for name in (*names, *columns)}

    def set_language(self, language: str) -> None:
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)


class StatsPanel(QWidget):
    """Large figures: documents, tokens, types, sentences."""

    KEYS = ("documents", "tokens", "types", "sentences")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLabel(self.tr("No corpus loaded"))
        titles = (self.tr("documents"), self.tr("tokens"), self.tr("types"), self.tr("sentences"))
        self.numbers = {key: QLabel("–") for key in self.KEYS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0, 1, len(self.KEYS))
        for column, (key, title) in enumerate(zip(self.KEYS, titles)):
            self.numbers[key].setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(self.numbers[key], 1, column)
            grid.addWidget(caption, 2, column)
        self.setToolTip(
            self.tr("Tokens: every word occurrence. Types: distinct words (the vocabulary).")
        )
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        self._on_theme_changed(theme_mod.current())

    def show_corpus(self, corpus) -> None:
        stats = corpus.stats()
        builtin = corpus.source.startswith("builtin:")
        source = self.tr("built into the lab") if builtin else corpus.source
        self.name.setText(f"<b>{escape(corpus_title(corpus))}</b>  <small>{escape(source)}</small>")
        for key in self.KEYS:
            self.numbers[key].setText(whole(stats[key]))

    def _on_theme_changed(self, theme: theme_mod.Theme) -> None:
        font = QFont(self.font())
        font.setPointSizeF(theme.font_points(18))
        font.setBold(True)
        for label in self.numbers.values():
            label.setFont(font)


class DocumentsPanel(QSplitter):
    """The list of documents and, beside it, the chosen one split into numbered sentences."""

    MAX_LISTED = 2000
    # Laying out a long text costs the GUI thread ~1 ms per 1,500 characters.
    MAX_SHOWN_CHARS = 20_000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)  # one-line items: no per-item size pass (~25 ms)
        self.viewer = QTextBrowser()
        self.addWidget(self.list)
        self.addWidget(self.viewer)
        self.setStretchFactor(1, 3)
        self.corpus = None
        self.list.currentRowChanged.connect(self._on_row_changed)

    def show_corpus(self, corpus) -> None:
        self.corpus = corpus
        self.list.clear()
        for index, text in enumerate(corpus.documents[: self.MAX_LISTED]):
            label = corpus.labels[index] if corpus.labels else ""
            preview = " ".join(text[:60].split())
            self.list.addItem(f"{index + 1}. {('[' + label + '] ') if label else ''}{preview}")

    def show_first(self) -> None:
        """Select the first document (its sentences fill the viewer)."""
        if self.corpus is not None and self.corpus.documents:
            self.list.setCurrentRow(0)

    def _on_row_changed(self, row: int) -> None:
        if self.corpus is None or row < 0:
            self.viewer.clear()
            return
        sentences = self.corpus.sentences(row, limit_chars=self.MAX_SHOWN_CHARS + 1)
        shown, size = [], 0
        for number, sentence in enumerate(sentences, start=1):
            if size + len(sentence) > self.MAX_SHOWN_CHARS:
                sentence = sentence[: max(0, self.MAX_SHOWN_CHARS - size)] + " …"
                shown.append(f"<p><b>{number}.</b> {_escape(sentence)}</p>")
                break
            size += len(sentence)
            shown.append(f"<p><b>{number}.</b> {_escape(sentence)}</p>")
        self.viewer.setHtml("".join(shown))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
