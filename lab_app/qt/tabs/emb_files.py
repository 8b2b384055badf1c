"""Loading word-vector files and exporting the current vectors, on a worker of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from lab_app.core.embeddings.wordvectors import WordVectors
from lab_app.core.events import Progress
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.widgets.message_bar import MessageBar
from lab_app.qt.workers import JobRunner


def _load_job(path: str):
    from lab_app.core.embeddings.vectors_io import iter_load_vectors

    keyed = yield from iter_load_vectors(path)
    return WordVectors(keyed, Path(path).name, trained=False)


def _export_job(vectors: WordVectors, target: str, kind: str):
    from lab_app.core.embeddings import vectors_io

    if kind == "projector":
        yield from vectors_io.iter_export_projector_tsv(vectors.keyed, target)
    else:
        yield from vectors_io.iter_export_word2vec_text(vectors.keyed, target)
    return target


class VectorFiles(QObject):
    """Wires a settings column's Load and Export buttons; ``loaded(WordVectors)`` on success.

    Errors and progress go to the page's message line; the page's own run is not disturbed.
    """

    loaded = Signal(object)

    def __init__(self, page, messages: MessageBar, settings):
        super().__init__(page)
        self.page = page
        self.messages = messages
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.succeeded.connect(self._on_succeeded)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self.settings = settings
        settings.load_button.clicked.connect(self.ask_load)
        menu = QMenu(settings.export_button)
        menu.addAction(
            self.tr("For the Embedding Projector (vectors.tsv + metadata.tsv)…"),
            lambda: self.ask_export("projector"),
        )
        menu.addAction(self.tr("word2vec text format…"), lambda: self.ask_export("word2vec"))
        settings.export_button.setMenu(menu)
        self._task = ""

    def ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Load word vectors"),
            "",
            self.tr("Word vectors (*.bin *.vec *.txt *.w2v *.gz);;All files (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> int:
        self._task = "load"
        self.messages.show_message(self.tr("Loading %1…").replace("%1", Path(path).name), "info")
        return self.runner.start(_load_job, path)

    def ask_export(self, kind: str) -> None:
        vectors = self.page.state.vectors
        if vectors is None:
            self.messages.show_message(self.tr("Train or load vectors first."), "warning")
            return
        if kind == "projector":
            target = QFileDialog.getExistingDirectory(
                self.page, self.tr("Folder for the two TSV files")
            )
        else:
            target, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Save word vectors"), "vectors.txt", self.tr("Text (*.txt)")
            )
        if target:
            self.export(vectors, target, kind)

    def export(self, vectors: WordVectors, target: str, kind: str) -> int:
        self._task = "export"
        return self.runner.start(_export_job, vectors, target, kind)

    def _on_busy(self, busy: bool) -> None:
        for button in (self.settings.load_button, self.settings.export_button):
            button.setEnabled(not busy)

    def _on_event(self, event: object) -> None:
        if isinstance(event, Progress) and event.fraction is not None and self._task == "load":
            percent = int(100 * event.fraction)
            self.messages.show_message(self.tr("Loading vectors: %1 %").replace("%1", str(percent)))

    def _on_succeeded(self, result: object) -> None:
        if isinstance(result, WordVectors):
            self.messages.show_message(
                self.tr("Loaded %1 vectors of dimension %2 from %3.")
                .replace("%1", whole(len(result)))
                .replace("%2", str(result.dimension))
                .replace("%3", str(result.title)),
                "info",
            )
            self.loaded.emit(result)
        else:
            self.messages.show_message(self.tr("Saved to %1").replace("%1", str(result)), "info")

    def _on_failed(self, error: BaseException) -> None:
        self.messages.show_message(
            self.tr("The vectors were not loaded or saved: %1").replace("%1", translated(error)),
            "error",
        )

    def stop(self) -> None:
        self.runner.stop()
