"""Tokens, sentences, options and vocabulary, checked against independent computations."""

import itertools
import random
import re
import unicodedata
from collections import Counter

import pytest

from lab_app.core.corpus import Corpus, CorpusError, CorpusOptions, split_sentences, tokenize
from lab_app.core.corpus.text import TOKEN, iter_raw_sentences, iter_sentence_counts, pieces

SPANISH = (
    "¿Dónde está el Sr. García? No lo sé. ¡Qué sorpresa! El Dr. Pérez llegó tarde, etc. "
    "Luego habló la Sra. Ruiz... Después todos se fueron. Vino J. R. Martín, e.g. Madrid."
)


def test_tokens_are_words_with_inner_apostrophes_and_hyphens_and_no_punctuation():
    options = CorpusOptions(lowercase=False)
    text = "¿Quién dijo «l'eau» y e-mail? ¡Hola, año 2024! _x_ --guion-- rock’n’roll."
    assert tokenize(text, options) == [
        "Quién", "dijo", "l'eau", "y", "e-mail", "Hola", "año", "2024", "x", "guion",
        "rock’n’roll",
    ]  # fmt: skip


def test_tokenize_matches_the_plain_regex_on_random_text():
    rng = random.Random(7)
    alphabet = "ab_ñ'’-- .,¿?\n\t1éÉ\u0301xZ"
    options = CorpusOptions(lowercase=False)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        nfc = unicodedata.normalize("NFC", text)
        assert tokenize(text, options) == TOKEN.findall(nfc), repr(text)


def test_lowercase_option():
    assert tokenize("Canción AÑO", CorpusOptions(lowercase=True)) == ["canción", "año"]
    assert tokenize("Canción AÑO", CorpusOptions(lowercase=False)) == ["Canción", "AÑO"]


def test_strip_accents_removes_accents_and_diaeresis_but_keeps_enye():
    options = CorpusOptions(strip_accents=True)
    assert tokenize("Canción año Pingüino corazón ÑANDÚ", options) == [
        "cancion", "año", "pinguino", "corazon", "ñandu",
    ]  # fmt: skip
    upper = CorpusOptions(strip_accents=True, lowercase=False)
    assert tokenize("Canción AÑO", upper) == ["Cancion", "AÑO"]


def test_decomposed_input_tokenises_like_composed():
    decomposed = "cancio\u0301n an\u0303o"  # as some macOS files store it
    assert tokenize(decomposed, CorpusOptions()) == ["canción", "año"]


def test_spanish_sentences_with_inverted_marks_and_abbreviations():
    sentences = split_sentences(SPANISH, CorpusOptions(lowercase=False))
    assert sentences == [
        "¿Dónde está el Sr. García?",
        "No lo sé.",
        "¡Qué sorpresa!",
        "El Dr. Pérez llegó tarde, etc.",
        "Luego habló la Sra. Ruiz...",
        "Después todos se fueron.",
        "Vino J. R. Martín, e.g. Madrid.",
    ]


def test_sentences_respect_options_and_blank_lines():
    text = "Primera línea sin punto\n\nsegunda frase. Tercera\ncontinúa aquí."
    assert split_sentences(text, CorpusOptions(strip_accents=True)) == [
        "primera linea sin punto",
        "segunda frase.",
        "tercera continua aqui.",
    ]
    assert split_sentences(text, CorpusOptions(split_sentences=False)) == [
        "primera línea sin punto segunda frase. tercera continúa aquí."
    ]


def test_english_sentences_and_lowercase_after_question_mark():
    text = 'He asked "why?" and left. Mr. Smith stayed, i.e. he waited. It was 5 p.m. Then rain.'
    assert split_sentences(text, CorpusOptions(lowercase=False, language="en")) == [
        'He asked "why?" and left.',
        "Mr. Smith stayed, i.e. he waited.",
        "It was 5 p.m.",
        "Then rain.",
    ]


def test_fast_sentence_count_agrees_with_the_splitter_on_random_text():
    rng = random.Random(3)
    words = ["Sr.", "sr.", "J.", "fin.", "¿Qué?", "¡Ay!", "etc.", "e.g.", "a", "B", "...", "…"]
    words += ["«Hola.»", "—Dijo", "5.", "(Nota.)", "x", "Y", "\n\n", "\n", "p. ej.", " ", "EE.UU."]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 25)))
        counted = sum(found for found, _ in iter_sentence_counts(text))
        assert counted == len(list(iter_raw_sentences(text))), repr(text)


def test_long_text_is_split_in_pieces_without_changing_tokens_or_sentences():
    rng = random.Random(5)
    words = ["Hola.", "adiós", "¿Qué?", "Sr.", "niño,", "Año", "\n\n", "x-y", "…", "dijo"]
    text = " ".join(rng.choice(words) for _ in range(60_000))
    parts = list(pieces(text, size=4096))
    assert "".join(parts) == text
    assert max(map(len, parts)) <= 4096
    options = CorpusOptions()
    tokens = [token for part in parts for token in tokenize(part, options)]
    assert tokens == TOKEN.findall(text.lower())
    counted = sum(found for found, _ in iter_sentence_counts(text))
    assert counted == len(list(iter_raw_sentences(text))) > 1000


def test_vocabulary_matches_an_independent_counter_most_frequent_first():
    documents = ["El gato y el perro.", "El perro come; el gato duerme.", "Un ratón y un gato."]
    corpus = Corpus("tiny", documents)
    expected = Counter(re.findall(r"\w+", " ".join(documents).lower()))
    vocabulary = corpus.vocabulary()
    assert vocabulary == dict(expected)
    assert list(vocabulary) == sorted(expected, key=lambda word: (-expected[word], word))
    assert list(vocabulary)[:3] == ["el", "gato", "perro"]


def test_vocabulary_order_holds_for_many_types():
    rng = random.Random(11)
    words = [f"w{rng.randrange(40_000)}" for _ in range(120_000)]
    corpus = Corpus("many", [" ".join(words)])
    counts = Counter(words)
    assert list(corpus.vocabulary().items()) == sorted(
        counts.items(), key=lambda item: (-item[1], item[0])
    )


def test_corpus_tokens_document_tokens_sentences_and_stats():
    corpus = Corpus("c", ["Hola, mundo. ¿Qué tal?", "Adiós."], options=CorpusOptions())
    assert corpus.tokens() == ["hola", "mundo", "qué", "tal", "adiós"]
    assert corpus.document_tokens(0) == ["hola", "mundo", "qué", "tal"]
    assert corpus.document_tokens(-1) == ["adiós"]
    assert corpus.sentences(0) == ["hola, mundo.", "¿qué tal?"]
    assert corpus.stats() == {
        "documents": 2,
        "tokens": 5,
        "types": 5,
        "sentences": 3,
        "characters": 28,
    }
    with pytest.raises(IndexError):
        corpus.document_tokens(2)


def test_document_tokens_before_preparing_equals_after():
    corpus = Corpus("c", ["Uno dos tres.", "Cuatro cinco."])
    before = corpus.document_tokens(1)
    corpus.tokens()
    assert corpus.document_tokens(1) == before == ["cuatro", "cinco"]


def test_with_options_retokenises_and_keeps_documents():
    corpus = Corpus("c", ["Canción CANCIÓN año"])
    assert corpus.vocabulary() == {"canción": 2, "año": 1}
    raw = corpus.with_options(CorpusOptions(lowercase=False, strip_accents=True))
    assert raw.documents == corpus.documents
    assert raw.vocabulary() == {"CANCION": 1, "Cancion": 1, "año": 1}
    assert corpus.vocabulary() == {"canción": 2, "año": 1}  # the original is untouched
    whole = corpus.with_options(CorpusOptions(split_sentences=False))
    assert whole.tokens() is corpus.tokens()  # same tokenising options: shared, not redone


def test_iter_prepare_yields_progress_and_caches():
    corpus = Corpus("c", ["palabra " * 50_000])
    events = list(corpus.iter_prepare())
    assert corpus.prepared
    assert events[-1].done == events[-1].total == 2 * len(corpus.documents[0])
    assert all(a.done <= b.done for a, b in itertools.pairwise(events))
    assert corpus.vocabulary() == {"palabra": 50_000}


def test_options_are_validated():
    with pytest.raises(CorpusError, match="language"):
        CorpusOptions(language="fr")
    with pytest.raises(CorpusError):
        CorpusOptions(lowercase="yes")  # type: ignore[arg-type]
    with pytest.raises(CorpusError):
        CorpusOptions(text_column="  ")


def test_labels_must_match_documents():
    with pytest.raises(CorpusError, match="labels"):
        Corpus("c", ["a", "b"], labels=["x"])
