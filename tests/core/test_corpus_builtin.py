"""Built-in corpora, and that importing the corpus layer stays light."""

import json
import subprocess
import sys
from collections import Counter

import pytest

from lab_app.core.corpus import (
    CorpusError,
    CorpusOptions,
    builtin_corpora,
    builtin_description,
    builtin_language,
    builtin_title,
    iter_load_builtin,
    load_builtin,
)
from lab_app.core.events import collect

EXPECTED_DOCUMENTS = {
    "spanish_sample": 10,
    "lee_background": 300,  # 299 newlines: the last line has none
    "pang_lee_polarity": 200,
    "head500": 250,
}


def test_builtin_names_spanish_sample_first():
    assert builtin_corpora() == list(EXPECTED_DOCUMENTS)


@pytest.mark.parametrize("name", list(EXPECTED_DOCUMENTS))
def test_each_builtin_loads_with_its_document_count(name):
    corpus = load_builtin(name)
    assert len(corpus.documents) == EXPECTED_DOCUMENTS[name]
    assert corpus.source == f"builtin:{name}" and corpus.name == builtin_title(name)
    assert "_" not in corpus.name  # a name a person says, not an identifier
    assert corpus.options.language == builtin_language(name)
    assert all(text and text == text.strip() and "\r" not in text for text in corpus.documents)
    assert corpus.stats()["tokens"] > 3000


@pytest.mark.parametrize("name", list(EXPECTED_DOCUMENTS))
def test_each_builtin_has_a_one_line_description_naming_its_language(name):
    description = builtin_description(name)
    assert "\n" not in description and len(description) > 30
    assert ("Spanish" if builtin_language(name) == "es" else "English") in description


def test_languages():
    assert [builtin_language(name) for name in builtin_corpora()] == ["es", "en", "en", "en"]


def test_pang_lee_labels_are_moved_out_of_the_text():
    corpus = load_builtin("pang_lee_polarity")
    assert Counter(corpus.labels) == {"neg": 100, "pos": 100}
    assert corpus.documents[0] == "simplistic , silly and tedious ."
    assert not any("__label__" in text for text in corpus.documents)
    assert "__label__neg" not in corpus.vocabulary()


def test_spanish_sample_has_enough_text_with_accents_and_enye():
    corpus = load_builtin("spanish_sample")
    stats = corpus.stats()
    assert 3000 <= stats["tokens"] <= 5000
    assert stats["sentences"] >= 10 * len(corpus.documents)
    vocabulary = corpus.vocabulary()
    assert {"año", "niño", "canción", "corazón", "también", "señales"} <= set(vocabulary)
    assert any("ñ" in word for word in vocabulary)
    assert all(len(corpus.sentences(i)) >= 10 for i in range(len(corpus.documents)))


def test_spanish_sample_without_accents_keeps_enye():
    corpus = load_builtin("spanish_sample", strip_accents=True)
    vocabulary = corpus.vocabulary()
    assert "cancion" in vocabulary and "canción" not in vocabulary
    assert "año" in vocabulary and "ano" not in vocabulary


def test_builtin_options_are_kept():
    corpus = load_builtin("lee_background", lowercase=False, language="en")
    assert "The" in corpus.vocabulary() and corpus.options.lowercase is False


def test_iter_load_builtin_yields_progress_and_returns_the_corpus():
    job = iter_load_builtin("pang_lee_polarity", CorpusOptions(language="en"))
    events, corpus = collect(job)
    assert events[0].unit == "bytes" and events[-1].done == events[-1].total
    assert corpus.prepared and corpus.labels is not None


def test_unknown_builtin_is_a_corpus_error_naming_the_choices():
    with pytest.raises(CorpusError, match="spanish_sample"):
        load_builtin("no_such_corpus")
    with pytest.raises(CorpusError):
        builtin_description("no_such_corpus")


def _run(code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(result.stdout)


HEAVY = ("torch", "gensim", "sklearn", "transformers", "PySide6", "pyqtgraph")


def test_importing_the_corpus_layer_is_light():
    found = _run(
        "import json, sys, time\n"
        "start = time.perf_counter()\n"
        "import lab_app.core.corpus\n"
        "seconds = time.perf_counter() - start\n"
        f"heavy = [name for name in {HEAVY!r} if name in sys.modules]\n"
        "print(json.dumps({'seconds': seconds, 'heavy': heavy}))\n"
    )
    assert found["heavy"] == []
    assert found["seconds"] < 0.5  # ~0.04 s here; generous for slow CI machines


def test_loading_a_gensim_corpus_does_not_import_gensim():
    found = _run(
        "import json, sys\n"
        "from lab_app.core.corpus import load_builtin\n"
        "corpus = load_builtin('lee_background')\n"
        f"heavy = [name for name in {HEAVY!r} if name in sys.modules]\n"
        "print(json.dumps({'documents': len(corpus.documents), 'heavy': heavy}))\n"
    )
    assert found == {"documents": 300, "heavy": []}
