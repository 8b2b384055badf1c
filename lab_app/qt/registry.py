"""Every topic tab and its pages, in one list: the command line, the window, the screenshots and
the tests all read it, so nothing lists tabs twice.

A tab or page names its class as ``"module:Class"`` and is imported only when built: the list
itself loads nothing heavy (no Qt, no torch), so ``lab-app --help`` and start-up stay fast.

Adding a page: one new file with a ``Page`` class, plus one ``PageSpec`` line below. Adding a
tab: one core package, one ``qt/tabs`` file, plus one ``TabSpec`` line.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from lab_app.core.messages import QT_TRANSLATE_NOOP

CONTEXT = "Registry"  # the translation context of the titles below


@dataclass(frozen=True)
class PageSpec:
    """A page: ``key`` (short English, for ``--page``), translatable ``title``, ``target``, and
    a ``short`` title for a tab bar too narrow for the full ones (a 1024-px projector)."""

    key: str
    title: str
    target: str
    short: str = ""


@dataclass(frozen=True)
class TabSpec:
    """A topic tab: ``key`` (for ``--tab``), translatable ``title`` and its pages in order (the
    first is the one shown when the tab opens)."""

    key: str
    title: str
    pages: tuple[PageSpec, ...]

    @property
    def page_keys(self) -> tuple[str, ...]:
        return tuple(page.key for page in self.pages)

    def page(self, key: str) -> PageSpec:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(f"tab {self.key!r} has no page {key!r}; pages: {', '.join(self.page_keys)}")


_TABS = "lab_app.qt.tabs."
TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "corpus",
        QT_TRANSLATE_NOOP("Registry", "Corpus"),
        (PageSpec("corpus", QT_TRANSLATE_NOOP("Registry", "Corpus"), _TABS + "corpus_tab:CorpusPage"),),
    ),
    TabSpec(
        "rnn",
        QT_TRANSLATE_NOOP("Registry", "Recurrent networks"),
        (
            PageSpec("generation", QT_TRANSLATE_NOOP("Registry", "One to many: text generation"), _TABS + "rnn_generation_page:GenerationPage",
                     QT_TRANSLATE_NOOP("Registry", "Generation")),
            PageSpec("one_to_one", QT_TRANSLATE_NOOP("Registry", "One to one: what memory buys"), _TABS + "rnn_memory_page:MemoryPage",
                     QT_TRANSLATE_NOOP("Registry", "Memory")),
            PageSpec("sentiment", QT_TRANSLATE_NOOP("Registry", "Many to one: sentiment"), _TABS + "rnn_word_pages:SentimentPage",
                     QT_TRANSLATE_NOOP("Registry", "Sentiment")),
            PageSpec("tagging", QT_TRANSLATE_NOOP("Registry", "Many to many: tagging"), _TABS + "rnn_word_pages:TaggingPage",
                     QT_TRANSLATE_NOOP("Registry", "Tagging")),
            PageSpec("translation", QT_TRANSLATE_NOOP("Registry", "Many to many: translation"), _TABS + "rnn_translation_page:TranslationPage",
                     QT_TRANSLATE_NOOP("Registry", "Translation")),
            PageSpec("quiz", QT_TRANSLATE_NOOP("Registry", "Quiz time!"), _TABS + "rnn_quiz_page:RnnQuizPage",
                     QT_TRANSLATE_NOOP("Registry", "Quiz")),
        ),
    ),
    TabSpec(
        "lstm",
        QT_TRANSLATE_NOOP("Registry", "LSTM"),
        (
            PageSpec("gates", QT_TRANSLATE_NOOP("Registry", "Gates, live"), _TABS + "lstm_gates_page:GatesPage",
                     QT_TRANSLATE_NOOP("Registry", "Gates")),
            PageSpec("gradients", QT_TRANSLATE_NOOP("Registry", "Vanishing gradients"), _TABS + "lstm_gradients_page:GradientsPage",
                     QT_TRANSLATE_NOOP("Registry", "Gradients")),
            PageSpec("memory", QT_TRANSLATE_NOOP("Registry", "Long memory"), _TABS + "lstm_memory_page:MemoryPage",
                     QT_TRANSLATE_NOOP("Registry", "Memory")),
            PageSpec("parameters", QT_TRANSLATE_NOOP("Registry", "Parameters (first quiz)"), _TABS + "lstm_params_page:ParamsPage",
                     QT_TRANSLATE_NOOP("Registry", "Quiz")),
        ),
    ),
    TabSpec(
        "embeddings",
        QT_TRANSLATE_NOOP("Registry", "Word embeddings"),
        (
            PageSpec("counts", QT_TRANSLATE_NOOP("Registry", "Counts and contexts"), _TABS + "emb_counts_page:CountsPage",
                     QT_TRANSLATE_NOOP("Registry", "Counts")),
            PageSpec("weighting", QT_TRANSLATE_NOOP("Registry", "tf-idf, PPMI, sparse vs dense"), _TABS + "emb_weighting_page:WeightingPage",
                     QT_TRANSLATE_NOOP("Registry", "Weighting")),
            PageSpec("word2vec", QT_TRANSLATE_NOOP("Registry", "word2vec, live"), _TABS + "emb_word2vec_page:Word2VecPage",
                     QT_TRANSLATE_NOOP("Registry", "word2vec")),
            PageSpec("map", QT_TRANSLATE_NOOP("Registry", "2-D map and analogies"), _TABS + "emb_map_page:MapPage",
                     QT_TRANSLATE_NOOP("Registry", "Map")),
            PageSpec("time", QT_TRANSLATE_NOOP("Registry", "Meaning over time"), _TABS + "emb_time_page:TimePage",
                     QT_TRANSLATE_NOOP("Registry", "Time")),
            PageSpec("quiz", QT_TRANSLATE_NOOP("Registry", "Quiz time!"), _TABS + "emb_quiz_page:QuizPage",
                     QT_TRANSLATE_NOOP("Registry", "Quiz")),
        ),
    ),
    TabSpec(
        "bert",
        QT_TRANSLATE_NOOP("Registry", "BERT"),
        (
            PageSpec("pretrain", QT_TRANSLATE_NOOP("Registry", "Pre-training, live"), _TABS + "bert_pretrain_page:PretrainPage",
                     QT_TRANSLATE_NOOP("Registry", "Pre-training")),
            PageSpec("attention", QT_TRANSLATE_NOOP("Registry", "Attention"), _TABS + "bert_attention_page:AttentionPage"),
            PageSpec("inside", QT_TRANSLATE_NOOP("Registry", "Inside: input and context"), _TABS + "bert_inside_page:InsidePage",
                     QT_TRANSLATE_NOOP("Registry", "Inside")),
            PageSpec("playground", QT_TRANSLATE_NOOP("Registry", "Masked LM and next sentence"), _TABS + "bert_playground_page:PlaygroundPage",
                     QT_TRANSLATE_NOOP("Registry", "MLM / NSP")),
            PageSpec("finetune", QT_TRANSLATE_NOOP("Registry", "Fine-tuning"), _TABS + "bert_finetune_page:FinetunePage"),
            PageSpec("checkpoint", QT_TRANSLATE_NOOP("Registry", "Real checkpoints"), _TABS + "bert_checkpoint_page:CheckpointPage",
                     QT_TRANSLATE_NOOP("Registry", "Checkpoints")),
        ),
    ),
)  # fmt: skip

TAB_KEYS: tuple[str, ...] = tuple(tab.key for tab in TABS)


def tab_spec(key: str) -> TabSpec:
    """Return the tab registered under ``key``; KeyError naming the known keys otherwise."""
    for tab in TABS:
        if tab.key == key:
            return tab
    raise KeyError(f"no tab {key!r}; tabs: {', '.join(TAB_KEYS)}")


def all_page_keys() -> tuple[str, ...]:
    """Every page key of every tab, without repeats (for ``--page``'s choices)."""
    return tuple(dict.fromkeys(page.key for tab in TABS for page in tab.pages))


def load(target: str) -> type:
    """Import ``"module:Class"`` and return the class."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
