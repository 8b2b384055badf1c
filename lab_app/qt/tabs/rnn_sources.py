"""Where a task's examples come from: built-in sets, the corpus loaded in the Corpus tab, a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from lab_app.qt.core_text import corpus_title

_FILE = "file"
_CORPUS = "corpus"


class SourceBox(QComboBox):
    """``builtins``: (label, source) pairs; ``use_corpus``: offer the loaded corpus;
    ``file_filter``: offer "File…" with this dialog filter. ``source()`` is what the task's
    ``prepare`` reads."""

    def __init__(
        self,
        state,
        builtins: list[tuple[str, object]],
        use_corpus: bool = False,
        file_filter: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.file_filter = file_filter
        self.path: Path | None = None
        self._builtins = list(builtins)
        self._use_corpus = use_corpus
        self._fill()
        self.activated.connect(self._on_activated)
        if use_corpus:
            state.corpus_changed.connect(self._on_corpus_changed)

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for label, source in self._builtins:
            self.addItem(label, source)
        if self._use_corpus and self.state.corpus is not None:
            name = corpus_title(self.state.corpus)
            self.addItem(self.tr("Loaded corpus: %1").replace("%1", name), _CORPUS)
        if self.path is not None:
            self.addItem(self.tr("File: %1").replace("%1", self.path.name), str(self.path))
        if self.file_filter:
            self.addItem(self.tr("Open a file…"), _FILE)
        self.blockSignals(False)

    def _on_corpus_changed(self, _corpus) -> None:
        self._fill()
        self.setCurrentIndex(self.findData(_CORPUS))  # a student who loads a corpus wants it

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) != _FILE:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open examples"), "", self.file_filter)
        self.choose_file(path) if path else self.setCurrentIndex(0)

    def choose_file(self, path: str | Path) -> None:
        """Use the file ``path`` (what the dialog does; tests call it directly)."""
        self.path = Path(path)
        self._fill()
        self.setCurrentIndex(self.findData(str(self.path)))

    def source(self) -> object:
        data = self.currentData()
        if data == _CORPUS:
            return self.state.corpus
        if self.path is not None and data == str(self.path):
            return self.path
        return data

    def describe(self) -> str:
        return self.currentText()
