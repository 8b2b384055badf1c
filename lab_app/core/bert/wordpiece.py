"""A WordPiece vocabulary trained on the loaded corpus (lecture §4: BERT's input tokens).

Built with ``tokenizers`` the way BERT's own tokenizer works: BERT's normaliser (lower case, but
accents kept so Spanish keeps "á" and "ñ"), BERT's pre-tokeniser (split on spaces and
punctuation), a WordPiece model whose word-internal pieces start with "##", and the templates
"[CLS] A [SEP]" and "[CLS] A [SEP] B [SEP]" (segment 0 for A, 1 for B). The result is wrapped as
a ``transformers.BertTokenizerFast`` so it saves and loads like any checkpoint's tokenizer.

Imports ``tokenizers``/``transformers`` inside the functions (they cost a second or more).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lab_app.core.bert.errors import BadSetting
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerFast

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
# Order fixes the ids: [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4.
SPECIAL_TOKENS = (PAD, UNK, CLS, SEP, MASK)
SUBWORD_PREFIX = "##"
# Below this the trainer cannot hold the special tokens and the alphabet of a real text.
MIN_VOCAB_SIZE = 100


def train_wordpiece(
    texts: Iterable[str], vocab_size: int = 4000, lowercase: bool = True, max_len: int = 512
) -> PreTrainedTokenizerFast:
    """Return a BertTokenizerFast-compatible tokenizer whose WordPiece vocabulary (at most
    ``vocab_size`` entries, fewer when the text has fewer pieces) is trained on ``texts``.

    ``max_len`` becomes ``model_max_length``. Accents are always kept; ``lowercase`` folds case.
    Raises BadSetting for a vocabulary too small to hold the alphabet. Blocks for a fraction of
    a second on a news corpus; any thread.
    """
    from tokenizers import Tokenizer, models, trainers

    if vocab_size < MIN_VOCAB_SIZE:
        text = QT_TRANSLATE_NOOP(
            "core", "The WordPiece vocabulary needs at least {least} entries, got {size}."
        )
        raise BadSetting(say(text, least=MIN_VOCAB_SIZE, size=vocab_size))
    texts = list(texts)
    trainee = _bert_pipeline(Tokenizer(models.WordPiece(unk_token=UNK)), lowercase)
    # tokenizers creates the "##c" pieces in hash-map order, which breaks ties between equally
    # frequent merges differently from run to run (huggingface/tokenizers#1794): listing them
    # first, in sorted order, makes the same text give the same vocabulary.
    pieces = [SUBWORD_PREFIX + c for c in _alphabet(trainee.normalizer, texts)]
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size,
        special_tokens=[*SPECIAL_TOKENS, *pieces],
        continuing_subword_prefix=SUBWORD_PREFIX,
        show_progress=False,
    )
    trainee.train_from_iterator(texts, trainer)
    # Rebuilt from the vocabulary so that only the five real special tokens are special.
    model = models.WordPiece(
        trainee.get_vocab(with_added_tokens=True),
        unk_token=UNK,
        continuing_subword_prefix=SUBWORD_PREFIX,
    )
    tokenizer = _bert_pipeline(Tokenizer(model), lowercase)
    tokenizer.add_special_tokens(list(SPECIAL_TOKENS))
    return wrap_tokenizer(tokenizer, lowercase=lowercase, max_len=max_len)


def _bert_pipeline(tokenizer, lowercase: bool):
    """Give ``tokenizer`` BERT's normaliser (accents kept), pre-tokeniser and decoder."""
    from tokenizers import decoders, normalizers, pre_tokenizers

    # strip_accents=False: BERT's default strips them when lower-casing ("canción" -> "cancion").
    tokenizer.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=lowercase
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.decoder = decoders.WordPiece(prefix=SUBWORD_PREFIX)
    return tokenizer


def _alphabet(normalizer, texts: list[str]) -> list[str]:
    """Return the characters of the normalised texts, whitespace excluded, sorted."""
    characters: set[str] = set()
    for text in texts:
        characters.update(normalizer.normalize_str(text))
    return sorted(c for c in characters if not c.isspace())


def wrap_tokenizer(
    tokenizer, lowercase: bool = True, max_len: int = 512
) -> PreTrainedTokenizerFast:
    """Return ``tokenizer`` (a ``tokenizers.Tokenizer`` holding the five special tokens) with
    BERT's pair template, wrapped as a BertTokenizerFast with ``model_max_length`` ``max_len``.

    Any thread.
    """
    from tokenizers import processors
    from transformers import BertTokenizerFast

    cls_id, sep_id = tokenizer.token_to_id(CLS), tokenizer.token_to_id(SEP)
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{CLS} $A {SEP}",
        pair=f"{CLS} $A {SEP} $B:1 {SEP}:1",
        special_tokens=[(CLS, cls_id), (SEP, sep_id)],
    )
    # do_lower_case and strip_accents are written to tokenizer_config.json: without
    # strip_accents=False a reload would rebuild BERT's accent-stripping normaliser.
    return BertTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token=UNK,
        pad_token=PAD,
        cls_token=CLS,
        sep_token=SEP,
        mask_token=MASK,
        model_max_length=max_len,
        do_lower_case=lowercase,
        strip_accents=False,
    )


def special_ids(tokenizer: PreTrainedTokenizerFast) -> list[int]:
    """Return the ids of every special token ([PAD], [UNK], [CLS], [SEP], [MASK], ...), sorted.

    Any thread.
    """
    return sorted(set(tokenizer.all_special_ids))
