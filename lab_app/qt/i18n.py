"""Spanish and English through Qt's translation system.

Source strings are English (``tr()``); ``resources/translations/lab_app_es.qm`` holds Spanish,
compiled from ``lab_app_es.ts`` (see packaging/update_translations.sh). Qt's own strings (file
dialogs, standard buttons) come from the ``qtbase_*.qm`` files that PySide6 ships.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lab_app.resources import resource_dir

LANGUAGES = ("es", "en")


def system_language() -> str:
    """Return ``en`` when the system locale is English, else ``es`` (the course's language)."""
    name = QLocale.system().name().lower()
    return "en" if name.startswith("en") else "es"


class Translations:
    """Installs and removes the translators for one language at a time."""

    def __init__(self) -> None:
        self.language = "en"
        self._translators: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Switch the application's translators to ``language`` (``es`` or ``en``)."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
        )
        if language == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("lab_app", str(resource_dir() / "translations")), ("qtbase", qt_dir)):
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", folder):
                app.installTranslator(translator)
                self._translators.append(translator)

    @property
    def loaded(self) -> bool:
        """True when a project translation (not only Qt's) is installed."""
        return any("lab_app" in t.filePath() for t in self._translators)
