"""Next-sentence prediction pairs (lecture §4, "Next Sentence Prediction").

From documents split into sentences: half of the pairs are a sentence A and the sentence that
really follows it (IsNextSentence), half are A and a random sentence from another document
(NotNextSentence). Labels follow ``transformers.BertForPreTraining``: 0 = B follows A,
1 = B is random. The input is "[CLS] A [SEP] B [SEP]" with segment 0 for "[CLS] A [SEP]" and
segment 1 for "B [SEP]", cut to ``max_len`` tokens: as many tokens of each as the tokenizer's
"longest_first" truncation keeps (the longer sentence loses tokens first), but A loses its
beginning and B its end, so the junction where B follows A (a pronoun, a repeated name) stays.

Sentences come from the corpus splitter (``lab_app.core.corpus.text.iter_raw_sentences``:
". ? ! …" end a sentence, Spanish "¿ ¡" open one, "Sr." and "U.S." do not end one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from lab_app.core.bert.errors import NoSentencePairs
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

IS_NEXT, NOT_NEXT = 0, 1  # BertForPreTraining's next_sentence_label values
NEXT_SHARE = 0.5
SPECIALS_IN_PAIR = 3  # [CLS] A [SEP] B [SEP]


def document_sentences(texts: Iterable[str]) -> list[list[str]]:
    """Return each document's sentences (case and accents kept; empty documents give []).

    Any thread.
    """
    from lab_app.core.corpus.text import iter_raw_sentences

    return [[s for s in iter_raw_sentences(text) if s] for text in texts]


@dataclass(frozen=True)
class NspExample:
    """One next-sentence pair: the texts, its label (0 IsNext, 1 NotNext) and its encoding."""

    text_a: str
    text_b: str
    label: int
    input_ids: tuple[int, ...]
    token_type_ids: tuple[int, ...]

    @property
    def is_next(self) -> bool:
        """True when B really follows A in its document."""
        return self.label == IS_NEXT


@dataclass(frozen=True)
class PairBatch:
    """NSP pairs as numpy arrays, right-padded to the longest pair: ``input_ids``,
    ``token_type_ids``, ``attention_mask`` (batch, T) and ``labels`` (batch,); ``pairs`` holds
    (document, sentence A, document of B, sentence B) per row."""

    input_ids: np.ndarray
    token_type_ids: np.ndarray
    attention_mask: np.ndarray
    labels: np.ndarray
    pairs: tuple[tuple[int, int, int, int], ...]


class PairSource:
    """The sentences of a corpus, encoded once, from which NSP pairs are drawn.

    Build with ``PairSource.build``; read-only afterwards, so any thread may draw from it with
    its own numpy Generator.
    """

    def __init__(
        self,
        sentences: list[list[str]],
        encoded: list[list[list[int]]],
        cls_id: int,
        sep_id: int,
        pad_id: int,
    ):
        self.sentences = sentences
        self.encoded = encoded
        self.cls_id, self.sep_id, self.pad_id = cls_id, sep_id, pad_id
        # Anchors: every sentence that has a next one in its document.
        self.anchors = [(d, i) for d, doc in enumerate(encoded) for i in range(len(doc) - 1)]
        self._flat = [(d, i) for d, doc in enumerate(encoded) for i in range(len(doc))]

    @classmethod
    def build(cls, documents: Sequence[Sequence[str]], tokenizer) -> PairSource:
        """Return the source for ``documents`` (each a list of sentences), encoded with
        ``tokenizer`` (no special tokens). Raises NoSentencePairs when no document has two
        sentences. Any thread; seconds for a million sentences.
        """
        sentences = [list(doc) for doc in documents]
        if not any(len(doc) >= 2 for doc in sentences):
            raise no_sentence_pairs(len(sentences))
        flat = [s for doc in sentences for s in doc]
        # verbose=False: whole sentences may exceed model_max_length; pairs are cut later.
        ids = tokenizer(flat, add_special_tokens=False, verbose=False)["input_ids"]
        encoded, start = [], 0
        for doc in sentences:
            encoded.append([list(x) for x in ids[start : start + len(doc)]])
            start += len(doc)
        return cls(
            sentences, encoded, tokenizer.cls_token_id, tokenizer.sep_token_id,
            tokenizer.pad_token_id,
        )  # fmt: skip

    def subset(self, documents: Sequence[int]) -> PairSource:
        """Return a source holding only the given documents (a training or held-out split)."""
        keep = list(documents)
        return PairSource(
            [self.sentences[d] for d in keep],
            [self.encoded[d] for d in keep],
            self.cls_id, self.sep_id, self.pad_id,
        )  # fmt: skip

    def draw(
        self, rng: np.random.Generator, n: int, max_len: int, balanced: bool = False
    ) -> PairBatch:
        """Return ``n`` pairs drawn with ``rng``: each anchor A uniform over the anchors, B its
        next sentence with probability 0.5, else a random sentence of another document.
        ``balanced``: exactly half IsNext (n even), in random order, so that always answering
        one class scores exactly 50% (for a held-out set)."""
        rows, pairs, labels = [], [], []
        halves = rng.permutation(np.arange(n) % 2) if balanced else None
        for k in range(n):
            d, i = self.anchors[int(rng.integers(len(self.anchors)))]
            is_next = halves[k] == 0 if halves is not None else rng.random() < NEXT_SHARE
            if is_next:
                label, (db, j) = IS_NEXT, (d, i + 1)
            else:
                label, (db, j) = NOT_NEXT, self._random_other(rng, d, i)
            rows.append(self.pair_ids(self.encoded[d][i], self.encoded[db][j], max_len))
            pairs.append((d, i, db, j))
            labels.append(label)
        return self._padded(rows, np.array(labels, dtype=np.int64), tuple(pairs))

    def pair_ids(self, a: list[int], b: list[int], max_len: int) -> tuple[list[int], list[int]]:
        """Return (input_ids, token_type_ids) of "[CLS] a [SEP] b [SEP]" cut to ``max_len``:
        the end of ``a`` and the start of ``b`` are kept."""
        keep_a, keep_b = truncated_lengths(len(a), len(b), max_len - SPECIALS_IN_PAIR)
        ids = [self.cls_id, *a[len(a) - keep_a :], self.sep_id, *b[:keep_b], self.sep_id]
        segments = [0] * (keep_a + 2) + [1] * (keep_b + 1)
        return ids, segments

    def _random_other(self, rng: np.random.Generator, d: int, i: int) -> tuple[int, int]:
        """Return (document, sentence) of a random sentence outside document ``d`` (inside it,
        but not the true next one, when the corpus has one document only)."""
        if len(self.encoded) == 1:
            others = [j for j in range(len(self.encoded[0])) if j != i + 1]
            return 0, others[int(rng.integers(len(others)))]
        while True:  # most sentences lie in other documents: a couple of draws on average
            db, j = self._flat[int(rng.integers(len(self._flat)))]
            if db != d:
                return db, j

    def _padded(
        self, rows: list[tuple[list[int], list[int]]], labels: np.ndarray, pairs: tuple
    ) -> PairBatch:
        width = max(len(ids) for ids, _ in rows)
        input_ids = np.full((len(rows), width), self.pad_id, dtype=np.int64)
        segments = np.zeros((len(rows), width), dtype=np.int64)
        attention = np.zeros((len(rows), width), dtype=np.int64)
        for r, (ids, seg) in enumerate(rows):
            input_ids[r, : len(ids)] = ids
            segments[r, : len(seg)] = seg
            attention[r, : len(ids)] = 1
        return PairBatch(input_ids, segments, attention, labels, pairs)


def truncated_lengths(len_a: int, len_b: int, budget: int) -> tuple[int, int]:
    """Return how many tokens of A and of B to keep within ``budget`` tokens, as the
    ``tokenizers`` "longest_first" strategy does (the longer loses tokens first; when both are
    too long each gets half, A the smaller half)."""
    if len_a + len_b <= budget:
        return len_a, len_b
    swap = len_a > len_b
    short, long = (len_b, len_a) if swap else (len_a, len_b)
    long = short if short > budget else max(short, budget - short)
    if short + long > budget:
        short = budget // 2
        long = short + budget % 2
    return (long, short) if swap else (short, long)


def nsp_examples(
    texts: Iterable[str], tokenizer, n: int, max_len: int = 64, seed: int = 0
) -> list[NspExample]:
    """Return ``n`` next-sentence examples drawn from the documents ``texts`` with ``seed``
    (about half IsNext). Raises NoSentencePairs when no document has two sentences. Any thread.
    """
    source = PairSource.build(document_sentences(texts), tokenizer)
    batch = source.draw(np.random.default_rng(seed), n, max_len)
    examples = []
    for row, (d, i, db, j) in enumerate(batch.pairs):
        length = int(batch.attention_mask[row].sum())
        examples.append(
            NspExample(
                text_a=source.sentences[d][i],
                text_b=source.sentences[db][j],
                label=int(batch.labels[row]),
                input_ids=tuple(int(x) for x in batch.input_ids[row, :length]),
                token_type_ids=tuple(int(x) for x in batch.token_type_ids[row, :length]),
            )
        )
    return examples


def no_sentence_pairs(documents: int) -> NoSentencePairs:
    """Return the error for a corpus whose documents all have fewer than two sentences."""
    text = QT_TRANSLATE_NOOP(
        "core",
        "Next-sentence prediction needs documents of two sentences or more, but none of the "
        "{documents} documents has more than one sentence. Load a corpus of paragraphs or "
        "articles (one document per line, per file or per CSV row), such as the built-in Lee "
        "news corpus.",
    )
    return NoSentencePairs(say(text, documents=documents))
