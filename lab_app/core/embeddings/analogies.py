"""Analogies with word vectors: king − man + woman ≈ queen (the lecture's example).

``analogy(kv, a, b, c)`` answers a − b + c: with a = king, b = man, c = woman the nearest words
to king − man + woman, the three inputs left out. Two ways to score a candidate x:

- 3CosAdd (Mikolov et al. 2013): cos(x, a) − cos(x, b) + cos(x, c), gensim's ``most_similar``;
- 3CosMul (Levy & Goldberg 2014): cos(x, a) · cos(x, c) / (cos(x, b) + ε), with cosines shifted
  to [0, 1], gensim's ``most_similar_cosmul``; less dominated by one large similarity.

Words are looked up as written, else in lower case (for vocabularies built lower-cased).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from lab_app.core.embeddings.errors import UnknownWords

METHODS = ("3cosadd", "3cosmul")


class AnalogyExample(NamedTuple):
    """a − b + c ≈ expected (a tuple of four words; ``note`` says where it works)."""

    a: str
    b: str
    c: str
    expected: str
    note: str = ""


READY_EXAMPLES: list[AnalogyExample] = [
    AnalogyExample("rey", "hombre", "mujer", "reina", "Spanish vectors"),
    AnalogyExample("king", "man", "woman", "queen", "English vectors"),
    AnalogyExample("Madrid", "España", "Francia", "París", "Spanish vectors"),
    AnalogyExample("Paris", "France", "Germany", "Berlin", "English vectors"),
    # Found on lee_background (300 Australian news texts, lower-cased, split into sentences)
    # among Mikolov's questions: skip-gram, d = 50, window 5, k = 5, seeds 0, 1 and 2 all
    # rank the expected word in the top 5 (3CosAdd) with the settings in the note
    # (tests/core/test_emb_analogies.py checks the first two with seed 0).
    AnalogyExample("indian", "india", "israel", "israeli", "lee_background, 10 or 30 epochs"),
    AnalogyExample("queen", "king", "he", "she", "lee_background, 10 epochs, min_count 3"),
    AnalogyExample(
        "australia", "canberra", "islamabad", "pakistan", "lee_background, 30 epochs, min_count 2"
    ),
]


def find_word(kv: Any, word: str) -> str | None:
    """Return the vocabulary's spelling of ``word``: as written, else lower-cased; else None."""
    for candidate in (word, word.lower()):
        if candidate in kv.key_to_index:
            return candidate
    return None


def analogy(
    kv: Any, a: str, b: str, c: str, k: int = 5, method: str = "3cosadd"
) -> list[tuple[str, float]]:
    """Return the ``k`` words nearest to a − b + c with their scores, best first.

    ``method`` "3cosadd" (gensim ``most_similar``: the score is a cosine) or "3cosmul"
    (``most_similar_cosmul``). The three inputs are never among the answers. Raises
    ``UnknownWords`` naming every input missing from the vocabulary. Any thread (gensim fills
    the vectors' norms once, on first use; the result is the same whichever thread does it).
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    found = [find_word(kv, word) for word in (a, b, c)]
    missing = [word for word, spelled in zip((a, b, c), found) if spelled is None]
    if missing:
        raise UnknownWords(missing)
    a, b, c = found
    solve = kv.most_similar if method == "3cosadd" else kv.most_similar_cosmul
    return [(word, float(score)) for word, score in solve(positive=[a, c], negative=[b], topn=k)]


def available_examples(kv: Any) -> list[AnalogyExample]:
    """Return the ready examples whose four words the vocabulary has (case-insensitively where
    the vocabulary is lower-cased)."""
    return [
        example
        for example in READY_EXAMPLES
        if all(find_word(kv, word) is not None for word in example[:4])
    ]
