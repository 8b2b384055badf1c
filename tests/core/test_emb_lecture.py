"""The lecture's count tables (LECTURE.md §3), and that these modules import no heavy library."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
from scipy import sparse

from lab_app.core.embeddings.lecture import lenci_cooccurrence, shakespeare_term_document
from lab_app.core.embeddings.similarity import cosine

# Written out again from the slides, not imported from the module under test.
SHAKESPEARE = {
    "battle": {"As You Like It": 1, "Twelfth Night": 1, "Julius Caesar": 8, "Henry V": 15},
    "soldier": {"As You Like It": 2, "Twelfth Night": 2, "Julius Caesar": 12, "Henry V": 36},
    "fool": {"As You Like It": 37, "Twelfth Night": 58, "Julius Caesar": 1, "Henry V": 5},
    "clown": {"As You Like It": 6, "Twelfth Night": 117, "Julius Caesar": 0, "Henry V": 0},
}
LENCI = {
    "car": "0 3 0 2 0 2 1",
    "cat": "1 0 3 0 1 2 0",
    "dog": "0 0 3 0 2 2 0",
    "van": "0 3 0 1 0 3 1",
}


def test_shakespeare_table_has_the_slide_values():
    table = shakespeare_term_document()
    assert table.labels == ["battle", "soldier", "fool", "clown"]
    assert table.columns == ["As You Like It", "Twelfth Night", "Julius Caesar", "Henry V"]
    assert sparse.issparse(table.matrix) and table.matrix.dtype == np.int64
    for word, plays in SHAKESPEARE.items():
        for play, count in plays.items():
            assert table.value(word, play) == count


def test_lenci_table_has_the_slide_values_without_the_elided_columns():
    table = lenci_cooccurrence()
    assert table.labels == ["car", "cat", "dog", "van"]
    assert table.columns == ["dog", "drive", "eat", "fast", "play", "the", "wheel"]
    for word, row in LENCI.items():
        np.testing.assert_array_equal(table.row(word), [int(x) for x in row.split()])


def test_documents_as_vectors_comedies_resemble_each_other():
    # Columns are the plays' vectors: the two comedies are closer than a comedy and a history.
    plays = shakespeare_term_document().toarray().T
    as_you_like_it, twelfth_night, julius_caesar, henry_v = plays
    assert cosine(as_you_like_it, twelfth_night) > cosine(as_you_like_it, henry_v)
    assert cosine(julius_caesar, henry_v) > cosine(twelfth_night, henry_v)


def test_importing_the_count_modules_loads_no_heavy_library():
    code = (
        "import sys, json\n"
        "import lab_app.core.embeddings.counts, lab_app.core.embeddings.weighting\n"
        "import lab_app.core.embeddings.similarity, lab_app.core.embeddings.concordance\n"
        "import lab_app.core.embeddings.lecture, lab_app.core.embeddings.dense\n"
        "heavy = ('scipy', 'sklearn', 'gensim', 'torch', 'PySide6', 'pyqtgraph', 'umap')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert output.returncode == 0, output.stderr
    assert json.loads(output.stdout) == []
