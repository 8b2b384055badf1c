"""The phase names the Embeddings tab's core jobs report in their Progress, translated."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lab_app.core.events import Progress

PHASES = {
    "reading": QT_TRANSLATE_NOOP("EmbeddingPhases", "reading"),
    "parsing": QT_TRANSLATE_NOOP("EmbeddingPhases", "parsing"),
    "tokenising": QT_TRANSLATE_NOOP("EmbeddingPhases", "tokenising"),
    "counting": QT_TRANSLATE_NOOP("EmbeddingPhases", "counting"),
    "splitting sentences": QT_TRANSLATE_NOOP("EmbeddingPhases", "splitting sentences"),
    "splitting periods": QT_TRANSLATE_NOOP("EmbeddingPhases", "splitting periods"),
    "training": QT_TRANSLATE_NOOP("EmbeddingPhases", "training"),
    "projecting": QT_TRANSLATE_NOOP("EmbeddingPhases", "projecting"),
    "clustering": QT_TRANSLATE_NOOP("EmbeddingPhases", "clustering"),
    "aligning": QT_TRANSLATE_NOOP("EmbeddingPhases", "aligning"),
    "t-SNE neighbours": QT_TRANSLATE_NOOP("EmbeddingPhases", "t-SNE neighbours"),
    "reading vectors": QT_TRANSLATE_NOOP("EmbeddingPhases", "reading vectors"),
    "exporting": QT_TRANSLATE_NOOP("EmbeddingPhases", "exporting"),
}


def translated_phase(progress: Progress) -> Progress:
    """The Progress with its phase name in the UI's language (other names unchanged)."""
    phase = PHASES.get(progress.message)
    if phase is None:
        return progress
    return replace(progress, message=QCoreApplication.translate("EmbeddingPhases", phase))


def corpus_line(corpus) -> str:
    """ "Corpus: <title>", or what Start uses when none is loaded (the settings column's line)."""
    from lab_app.qt.core_text import corpus_title

    if corpus is None:
        return QCoreApplication.translate(
            "EmbeddingCorpus", "Corpus: none loaded, Start uses Lee news (English)"
        )
    return QCoreApplication.translate("EmbeddingCorpus", "Corpus: %1").replace(
        "%1", corpus_title(corpus)
    )
