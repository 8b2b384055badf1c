"""What the whole window shares: the loaded corpus and each tab's kept work.

It outlives the tabs, so that rebuilding the window (a language switch) loses nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class AppState(QObject):
    """Shared state; ``corpus_changed(corpus)`` fires when a new corpus is loaded."""

    corpus_changed = Signal(object)
    vectors_changed = Signal(object)
    bert_changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.corpus: Any = None
        # The word vectors every Embeddings page uses (trained or loaded): a WordVectors.
        self.vectors: Any = None
        # The BERT every BERT page inspects: a ``BertModel`` (model, tokenizer, where it came
        # from), pre-trained in class or opened from disk; None until one exists.
        self.bert: Any = None
        # Per-tab work kept across window rebuilds (trained models, settings), keyed by tab.
        self.sessions: dict[str, Any] = {}

    def set_corpus(self, corpus: Any) -> None:
        """Make ``corpus`` the one every tab uses."""
        self.corpus = corpus
        self.corpus_changed.emit(corpus)

    def set_vectors(self, vectors: Any) -> None:
        """Make ``vectors`` (trained or loaded word vectors) the ones the Embeddings pages use."""
        self.vectors = vectors
        self.vectors_changed.emit(vectors)

    def set_bert(self, bert: Any) -> None:
        """Make ``bert`` (a ``lab_app.qt.tabs.bert_model.BertModel``) the one the BERT pages use."""
        self.bert = bert
        self.bert_changed.emit(bert)
