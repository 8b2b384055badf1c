"""The word vectors the Embeddings pages share: trained here or loaded from a file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from lab_app.core.messages import QT_TRANSLATE_NOOP, Text, say


@dataclass(frozen=True)
class WordVectors:
    """gensim ``KeyedVectors`` plus what a person calls them (``title``) and where from.

    Words are in the vectors' own order: by frequency for word2vec and for most files.
    Any thread may read it; nobody modifies it after it is made.
    """

    keyed: Any
    title: str | Text
    trained: bool = True

    @property
    def words(self) -> list[str]:
        return list(self.keyed.index_to_key)

    def __len__(self) -> int:
        return len(self.keyed.index_to_key)

    @property
    def dimension(self) -> int:
        return int(self.keyed.vector_size)

    def top(self, count: int) -> tuple[list[str], np.ndarray]:
        """Return the ``count`` first words and their vectors (a copy, float32)."""
        words = self.keyed.index_to_key[:count]
        return list(words), np.array(self.keyed.vectors[: len(words)], dtype=np.float32)

    def counts(self, words: list[str]) -> np.ndarray:
        """Each word's corpus count where the vectors know it, else its rank's reverse."""
        size = len(self.keyed.index_to_key)
        result = np.empty(len(words), dtype=np.float64)
        for i, word in enumerate(words):
            index = self.keyed.key_to_index[word]
            try:
                result[i] = float(self.keyed.get_vecattr(word, "count"))
            except (KeyError, AttributeError):
                result[i] = float(size - index)
        return result

    def find(self, word: str) -> str | None:
        """Return the vocabulary's spelling of ``word`` (exact, else lower-case), or None."""
        for candidate in (word, word.lower()):
            if candidate in self.keyed.key_to_index:
                return candidate
        return None


def trained_vectors(result: Any) -> WordVectors:
    """The WordVectors of a ``Word2VecResult``, titled with how they were trained."""
    title = say(
        QT_TRANSLATE_NOOP("core", "word2vec ({model}, d = {dimension}, {epochs} epochs)"),
        model="skip-gram" if result.config.sg else "CBOW",
        dimension=result.config.vector_size,
        epochs=len(result.epochs),
    )
    return WordVectors(result.keyed_vectors, title)
