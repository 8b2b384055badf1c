"""The lecture's two count tables, exactly as its slides give them (LECTURE.md §3).

Both are small CSR int64 ``LabelledMatrix``es, the same kind ``term_document_matrix`` and
``cooccurrence_matrix`` build, so every weighting and similarity function runs on them as on a
real corpus. Any thread.
"""

from __future__ import annotations

import numpy as np

from lab_app.core.embeddings.labelled import LabelledMatrix

SHAKESPEARE_PLAYS = ("As You Like It", "Twelfth Night", "Julius Caesar", "Henry V")
SHAKESPEARE_WORDS = ("battle", "soldier", "fool", "clown")
SHAKESPEARE_COUNTS = (
    (1, 1, 8, 15),
    (2, 2, 12, 36),
    (37, 58, 1, 5),
    (6, 117, 0, 0),
)

# The slide elides some context columns with "…" between "play" and "the"; only the shown
# ones are kept.
LENCI_WORDS = ("car", "cat", "dog", "van")
LENCI_CONTEXTS = ("dog", "drive", "eat", "fast", "play", "the", "wheel")
LENCI_COUNTS = (
    (0, 3, 0, 2, 0, 2, 1),
    (1, 0, 3, 0, 1, 2, 0),
    (0, 0, 3, 0, 2, 2, 0),
    (0, 3, 0, 1, 0, 3, 1),
)


def shakespeare_term_document() -> LabelledMatrix:
    """Return the term-document counts of battle, soldier, fool and clown in four Shakespeare
    plays (rows words, columns plays): comedies share fool/clown, histories battle/soldier."""
    return _table(SHAKESPEARE_COUNTS, SHAKESPEARE_WORDS, SHAKESPEARE_PLAYS)


def lenci_cooccurrence() -> LabelledMatrix:
    """Return the word-word co-occurrence counts of car, cat, dog and van with the contexts
    dog, drive, eat, fast, play, the, wheel (after A. Lenci, GWC 2014): car and van share
    drive/wheel, cat and dog share eat/play."""
    return _table(LENCI_COUNTS, LENCI_WORDS, LENCI_CONTEXTS)


def _table(counts, rows, columns) -> LabelledMatrix:
    from scipy import sparse

    return LabelledMatrix(sparse.csr_matrix(np.array(counts, dtype=np.int64)), rows, columns)
