"""Save and load a task page's model: weights as safetensors, settings and vocabulary as JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog

from lab_app.qt.core_text import translated
from lab_app.qt.tabs.rnn_settings import TaskSettings

LAST_FOLDER_KEY = "rnn/model_folder"


class StorageButtons(QObject):
    """Wires the settings column's Save / Load buttons to ``page`` (an ``RnnTaskPage``)."""

    def __init__(self, page, settings: TaskSettings):
        super().__init__(page)
        self.page = page
        self.settings = settings
        self.model = None
        settings.save.clicked.connect(self.ask_save)
        settings.load.clicked.connect(self.ask_load)

    def set_model(self, trained) -> None:
        self.model = trained
        self.settings.save.setEnabled(trained is not None)

    def _folder(self) -> str:
        return str(QSettings().value(LAST_FOLDER_KEY) or Path.home())

    def ask_save(self) -> None:
        start = str(Path(self._folder()) / f"{self.page.task_key}.safetensors")
        path, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Save model"), start, self.tr("Model weights (*.safetensors)")
        )
        if path:
            self.save(path)

    def ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("Load model"), self._folder(),
            self.tr("Saved models (*.safetensors *.json)"),
        )  # fmt: skip
        if path:
            self.load(path)

    def save(self, path: str | Path) -> Path | None:
        """Write the current model beside ``path``; a message says where or why not."""
        from lab_app.core.rnn.tasks.storage import save_task

        try:
            written = save_task(self.model, path)
        except (OSError, ValueError) as error:
            self.page.messages.show_message(
                self.tr("The model was not saved: %1").replace("%1", translated(error)), "error"
            )
            return None
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(written).parent))
        text = self.tr("Saved to %1 (with its .json)").replace("%1", str(written))
        self.page.messages.show_message(text, "info")
        return written

    def load(self, path: str | Path) -> bool:
        """Read a saved model into the page; False (and a message) when it cannot be used."""
        from lab_app.core.rnn.tasks.storage import load_task

        try:
            trained = load_task(path)
        except (OSError, ValueError) as error:
            self.page.messages.show_message(
                self.tr("The model was not loaded: %1").replace("%1", translated(error)), "error"
            )
            return False
        if trained.key not in self.page.accepted_keys():
            text = self.tr("That file holds a model of another task (%1): open it on its page.")
            self.page.messages.show_message(text.replace("%1", trained.key), "error")
            return False
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.settings.show_config(trained.config)
        self.page.model_loaded(trained)
        self.page.messages.show_message(
            self.tr("Loaded %1: type an input below to run it.").replace("%1", Path(path).name),
            "info",
        )
        return True
