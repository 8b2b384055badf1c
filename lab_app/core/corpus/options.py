"""How a corpus is read and tokenised: ``CorpusOptions``."""

from __future__ import annotations

from dataclasses import dataclass

from lab_app.core.corpus.errors import CorpusError

LANGUAGES = ("es", "en")


@dataclass(frozen=True)
class CorpusOptions:
    """Options for reading and tokenising a corpus.

    ``lowercase`` and ``strip_accents`` change tokens and sentences, never ``Corpus.documents``.
    ``strip_accents`` removes accents and diaeresis (canción -> cancion, pingüino -> pinguino) but
    keeps ñ, a letter of its own in Spanish (año stays año). ``language`` ("es" or "en") is
    metadata for later layers (stop words, demos). ``split_sentences`` False makes each document a
    single sentence. The column options apply to CSV/TSV input only: ``text_column`` None means
    "text" when present, else the first column; ``label_column``/``date_column`` None means none.
    """

    lowercase: bool = True
    strip_accents: bool = False
    language: str = "es"
    split_sentences: bool = True
    text_column: str | None = None
    label_column: str | None = None
    date_column: str | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise CorpusError(
                f"Unknown corpus language {self.language!r}. Choose one of: {', '.join(LANGUAGES)}."
            )
        for name in ("lowercase", "strip_accents", "split_sentences"):
            if not isinstance(getattr(self, name), bool):
                raise CorpusError(f"Option {name} must be True or False.")
        for name in ("text_column", "label_column", "date_column"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise CorpusError(f"Option {name} must be a column name or None.")

    def same_tokens_as(self, other: CorpusOptions) -> bool:
        """Return True when ``other`` gives the same tokens (so cached tokens can be shared)."""
        return (self.lowercase, self.strip_accents) == (other.lowercase, other.strip_accents)
