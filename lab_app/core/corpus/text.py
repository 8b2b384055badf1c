"""Tokenising and sentence splitting, in spans short enough to keep the GUI thread responsive.

A regular-expression call holds the GIL until it returns: ``re.findall`` on 50 MB holds it for
seconds and freezes the window even from a worker thread. So long texts are processed in spans
of at most ``PIECE_CHARS`` characters (a few milliseconds of work each). A span ends with a
letter or digit and the next one starts with whitespace, so no token and no sentence boundary
(terminator, whitespace, capital) is split between two spans.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lab_app.core.corpus.options import CorpusOptions

# ~3 ms of regex work per span on a 2-core laptop; the GIL switch interval is 5 ms.
PIECE_CHARS = 64 * 1024

# Letters and digits, with inner apostrophes or hyphens (l'eau, e-mail); no underscore, no
# punctuation tokens.
TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# Combining marks removed by strip_accents; the tilde (U+0303) stays after n/N so that NFC turns
# it back into ñ/Ñ.
_COMBINING = re.compile(
    r"(?<![nN])\u0303|[\u0300-\u0302\u0304-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

# Before a period these do not end a sentence, even when a capital follows ("Sr. García", "e.g.
# Madrid"); nor does a single capital (an initial: "J. Smith"). "etc." is left out on purpose:
# it often ends a sentence.
ABBREVIATIONS = frozenset(
    {
        # Spanish titles and forms of address
        "sr", "sra", "srta", "sres", "sras", "dr", "dra", "dres", "dras", "prof", "profa",
        "d", "dña", "ud", "uds", "vd", "vds", "lic", "ing", "arq",
        # English titles
        "mr", "mrs", "ms", "st", "jr",
        # places, references, Latin
        "av", "avda", "c", "cf", "vs", "e.g", "i.e", "p.ej", "ej", "aprox", "approx",
        "pág", "págs", "p", "pp", "núm", "nº", "n.º", "fig", "vol", "cap", "art", "tel",
        "ee.uu", "dept",
    }
)  # fmt: skip

_START = r"(?=[¿¡]|[\"'“‘«(\[—–\-]*[A-ZÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÇ0-9])"
# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by whitespace and what
# starts a sentence (¿, ¡, or a capital or digit after opening marks); a blank line always ends
# one. Written to start with a character class, which lets the regex engine skip ahead fast.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?P<gap>\s+)" + _START + r"|(?<=\n)[ \t]*\n\s*)"
)


def _abbreviated_pattern() -> str:
    # Lookbehinds need a fixed width: one per abbreviation length.
    by_length: dict[int, list[str]] = {}
    for word in sorted(ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(re.escape(word))
    checks = [r"(?<=(?<![\w.])[A-ZÁÉÍÓÚÜÑ]\.)"]
    checks += [rf"(?<=(?<![\w.])(?i:{'|'.join(words)})\.)" for words in by_length.values()]
    return r"\.(?:" + "|".join(checks) + r")\s+" + _START


# The boundaries of _BOUNDARY that follow an abbreviation, matched from their period.
_ABBREVIATED = re.compile(_abbreviated_pattern())


def normalise(text: str, options: CorpusOptions) -> str:
    """Return ``text`` in NFC form, lowercased and without accents as the options say.

    Any thread. Call it on spans of at most ``PIECE_CHARS`` characters.
    """
    if text.isascii():
        return text.lower() if options.lowercase else text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if options.lowercase:
        text = text.lower()
    if options.strip_accents:
        text = unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))
    return text


def strip(text: str) -> str:
    """Return ``text`` without surrounding whitespace, copying it only when there is some."""
    if text[:1].isspace() or text[-1:].isspace():
        return text.strip()
    return text


def spans(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of consecutive spans of ``text``, each at most ``size`` long.

    A span is cut before whitespace that follows a letter or digit, found in its second half;
    failing that before any whitespace, failing that (no whitespace in ``size // 2`` characters)
    anywhere. Any thread.
    """
    start, length = 0, len(text)
    while length - start > size:
        end = _cut(text, start + size // 2, start + size)
        yield start, end
        start = end
    if start < length:
        yield start, length


def _cut(text: str, low: int, high: int) -> int:
    position = high
    while True:
        space = max(text.rfind(" ", low, position), text.rfind("\n", low, position))
        if space <= low:
            break
        if text[space - 1].isalnum():
            return space
        position = space
    space = max(
        text.rfind(" ", low, high), text.rfind("\n", low, high), text.rfind("\t", low, high)
    )
    return space if space > low else high


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """Yield the spans of ``text`` (see ``spans``) as strings. Joined, they give ``text``."""
    for start, end in spans(text, size):
        yield text if end - start == len(text) else text[start:end]


def tokenize(text: str, options: CorpusOptions) -> list[str]:
    """Return the word tokens of a short text (up to ``PIECE_CHARS`` characters). Any thread.

    Same result as ``TOKEN.findall`` (tokens never span whitespace, and an all-alphanumeric
    word is one token), about twice as fast on prose: most words need no regex.
    """
    tokens: list[str] = []
    for word in normalise(text, options).split():
        if word.isalnum():
            tokens.append(word)
        else:
            tokens += TOKEN.findall(word)
    return tokens


def _collapse(text: str) -> str:
    return " ".join(text.split())


def iter_raw_sentences(text: str) -> Iterator[str]:
    """Yield the sentences of a document, whitespace collapsed, case and accents untouched.

    A span (see ``spans``) with no boundary ends the sentence where it ends, which caps a
    "sentence" without punctuation at about two spans. Any thread.
    """
    text = strip(text)
    start = 0
    for span_start, span_end in spans(text):
        found = False
        for match in _BOUNDARY.finditer(text, span_start, span_end):
            end = match.start("gap")
            if end < 0:  # a blank line
                end = match.start()
            elif text[match.start() : end] == "." and _ABBREVIATED.match(text, match.start()):
                continue
            yield _collapse(text[start:end])
            start, found = match.end(), True
        if not found and span_end < len(text):
            yield _collapse(text[start:span_end])
            start = span_end
    if start < len(text):
        yield _collapse(text[start:])


def iter_sentence_counts(text: str) -> Iterator[tuple[int, int]]:
    """Yield (sentences, characters) span by span; the sums give ``len(iter_raw_sentences)``.

    Counts the same boundaries as ``iter_raw_sentences`` without building strings: two
    ``findall`` calls per span. Any thread.
    """
    text = strip(text)
    for span_start, span_end in spans(text):
        found = len(_BOUNDARY.findall(text, span_start, span_end))
        found -= len(_ABBREVIATED.findall(text, span_start, span_end))
        if span_end == len(text) or found == 0:
            found += 1  # the document's last sentence, or one cut at the span's end
        yield found, span_end - span_start


def split_sentences(text: str, options: CorpusOptions) -> list[str]:
    """Return the sentences of one document, normalised as ``options`` say.

    With ``split_sentences`` False the whole document is one sentence. Any thread; long documents
    are processed in spans.
    """
    if not options.split_sentences:
        collapsed = (_collapse(piece) for piece in pieces(text))
        whole = " ".join(normalise(piece, options) for piece in collapsed if piece)
        return [whole] if whole else []
    return [normalise(sentence, options) for sentence in iter_raw_sentences(text)]
