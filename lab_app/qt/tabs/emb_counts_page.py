"""Counts and contexts, in the lecture's order: the term-document table (Shakespeare), the
word-word table (car, cat, dog, van), a word's concordance with its context window in brackets,
and both matrices counted from the loaded corpus.

The corpus is counted on the worker (sparse matrices for the whole vocabulary); the tables
densify only the words and columns asked for. The window slider redraws the brackets and the
context counts at once and recounts the word-word matrix on the worker.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QWidget

from lab_app.core.embeddings.count_jobs import (
    CountsResult,
    WindowCounts,
    chosen_block,
    counts_job,
    known_and_unknown,
    parse_words,
    top_contexts,
    window_job,
)
from lab_app.core.embeddings.errors import UnknownWords
from lab_app.core.embeddings.jobs import DEFAULT_CORPUS
from lab_app.core.events import Progress
from lab_app.qt.core_text import corpus_title, translated
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.emb_counts_views import ConcordanceText, CountsSettings, VectorPlot
from lab_app.qt.tabs.emb_phases import corpus_line
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.matrix_table import MatrixTable, TitledPanel
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(340, 220)
MAX_DOCUMENTS = 20  # term-document columns shown: the first documents
TOP_CONTEXTS = 12  # word-word columns in "top contexts" mode
MAX_LINES = 40  # concordance lines shown
RECOUNT_MS = 250  # a slider drag recounts once it rests
LECTURE_AXES = {"shakespeare": ("Twelfth Night", "Henry V"), "lenci": ("drive", "eat")}


class CountsPage(RunPage):
    """The lecture's count tables, a concordance and the loaded corpus's sparse matrices."""

    demo_budget_s = 30.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent, with_seed=False)
        self.settings = CountsSettings()
        self.table = MatrixTable()
        self.table_panel = TitledPanel(self.tr("Count table"), self.table)
        self.vectors = VectorPlot(self.tr("Words as count vectors"))
        self.vectors.title.setToolTip(
            self.tr(
                "Each word is a vector of counts; here two of its entries, as an arrow from the "
                "origin. Words used in similar contexts point in similar directions: the cosine "
                "of the angle between two arrows measures it. Double-click to enlarge."
            )
        )
        self.concordance = ConcordanceText()
        self.concordance_panel = TitledPanel(self.tr("Concordance"), self.concordance)
        self.contexts = MatrixTable()
        self.contexts_panel = TitledPanel(self.tr("Context counts"), self.contexts)
        self.panels = PanelGrid(
            [self.table_panel, self.vectors, self.concordance_panel, self.contexts_panel],
            [self.tr("Table"), self.tr("Vectors"), self.tr("Concordance"), self.tr("Contexts")],
            2,
            PANEL_MIN,
        )
        self.result: CountsResult | None = None
        self._auto = {"word": "", "words": ""}  # defaults we filled in (replaced on a new corpus)
        self._job = ""  # "counts" or "window": what the runner is computing
        self._found_key: tuple[int, str] | None = None  # the word _found was computed for
        self._found: tuple[list[int], int] = ([], 0)
        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._recount.timeout.connect(self._recount_window)
        s = self.settings
        s.source.currentIndexChanged.connect(self._refresh_table)
        s.columns.currentIndexChanged.connect(self._refresh_table)
        s.words.editingFinished.connect(self._refresh_table)
        s.word.editingFinished.connect(self._refresh_contexts)
        s.context_window.valueChanged.connect(self._on_window_changed)
        self.state.corpus_changed.connect(self._show_corpus)
        self._show_corpus()
        self.place(self.settings, self.panels)
        self._refresh_table()
        self._refresh_contexts()

    def idle_text(self) -> str:
        return self.tr(
            "The lecture's tables need no Start. Press Start to count the loaded corpus: its "
            "concordance and its term-document and word-word matrices."
        )

    def _show_corpus(self, *_: object) -> None:
        corpus = self.state.corpus
        text = corpus_line(corpus)
        counting = corpus.name if corpus is not None else None
        if self.result is not None and counting not in (None, self.result.corpus_name):
            counted = corpus_title(self.result)
            text += " " + self.tr("(shown: %1; press Start to count again)").replace("%1", counted)
        self.settings.corpus.setText(text)

    # --- running ----------------------------------------------------------------------------
    def start(self) -> int:
        """Count the loaded corpus (or the default one) at the slider's window."""
        self.messages.clear()
        self._recount.stop()
        self._job = "counts"
        corpus = self.state.corpus if self.state.corpus is not None else DEFAULT_CORPUS
        return self.runner.start(counts_job, corpus, self.settings.context_window.value())

    def start_demo(self) -> bool:
        self.settings.source.setCurrentIndex(self.settings.source.findData("corpus_ww"))
        return bool(self.start())

    def progress_shown(self, progress: Progress) -> Progress:
        phases = {
            "counting": self.tr("counting"),
            "tokenising": self.tr("tokenising"),
            "reading": self.tr("reading"),
        }
        return replace(progress, message=phases.get(progress.message, progress.message))

    def on_succeeded(self, result) -> None:
        self._job = ""
        if isinstance(result, WindowCounts):
            if self.result is not None:
                self.result = replace(
                    self.result, cooccurrence=result.cooccurrence, window=result.window
                )
                self._refresh_table()
        elif isinstance(result, CountsResult):
            self._take_result(result)
        self._schedule_recount()
        super().on_succeeded(result)

    def _take_result(self, result: CountsResult) -> None:
        self.result = result
        s = self.settings
        if s.words.text() == self._auto["words"]:
            self._auto["words"] = ", ".join(result.words)
            s.words.setText(self._auto["words"])
        if s.word.text() == self._auto["word"] and result.words:
            self._auto["word"] = result.words[0]
            s.word.setText(self._auto["word"])
        self._show_corpus()
        if s.source.currentData() in ("shakespeare", "lenci"):
            s.source.setCurrentIndex(s.source.findData("corpus_td"))  # refreshes the table
        else:
            self._refresh_table()
        self._refresh_contexts()

    def on_stopped(self) -> None:
        self._job = ""

    # --- the window slider ------------------------------------------------------------------
    def _on_window_changed(self, _value: int) -> None:
        self._refresh_contexts()
        self._schedule_recount()
        if self.settings.source.currentData() == "corpus_ww":
            self._refresh_caption()

    def _schedule_recount(self) -> None:
        if self.result is not None and self.result.window != self.settings.context_window.value():
            self._recount.start()

    def _recount_window(self) -> None:
        """Recount the word-word matrix at the slider's window (unless the corpus is being
        counted: that run's result is then recounted when it arrives)."""
        if self.result is None or self._job == "counts":
            return
        self._job = "window"
        self.runner.start(window_job, self.result.documents, self.settings.context_window.value())

    # --- tables -----------------------------------------------------------------------------
    def _refresh_table(self) -> None:
        source = self.settings.source.currentData()
        if source in ("shakespeare", "lenci"):
            self._show_lecture(source)
        else:
            self._show_corpus_table(source)

    def _show_lecture(self, source: str) -> None:
        from lab_app.core.embeddings.lecture import lenci_cooccurrence, shakespeare_term_document

        if source == "shakespeare":
            labelled = shakespeare_term_document()
            self.table_panel.set_title(self.tr("Term-document matrix: four Shakespeare plays"))
            caption = self.tr(
                "f(t, d): how often term t occurs in play d. A word's vector is its row "
                "(dimension |D| = 4); a play's vector is its column. Comedies share fool and "
                "clown, histories battle and soldier."
            )
        else:
            labelled = lenci_cooccurrence()
            self.table_panel.set_title(self.tr("Word-word matrix: car, cat, dog, van"))
            caption = self.tr(
                "How often each context word occurs near the word (after A. Lenci, 2014; the "
                "slide's “…” columns left out). car and van share drive and wheel, cat and dog "
                "share eat and play."
            )
        self.table_panel.set_caption(caption)
        values = labelled.toarray()
        self.table.set_matrix(self.tr("word"), labelled.labels, labelled.columns, values)
        self.table_panel.set_empty(False)
        self.vectors.set_table(
            labelled.labels, labelled.columns, values, self.tr("count"), LECTURE_AXES[source]
        )

    def _chosen_words(self) -> list[str]:
        text = self.settings.words.text()
        lowercase = self.result.lowercase if self.result is not None else True
        return parse_words(text, lowercase) or list(self.result.words)

    def _show_corpus_table(self, source: str) -> None:
        term_document = source == "corpus_td"
        self.table_panel.set_title(
            self.tr("Term-document matrix of the corpus")
            if term_document
            else self.tr("Word-word co-occurrence matrix of the corpus")
        )
        if self.result is None:
            self._empty_table(self.tr("Press Start to count the loaded corpus (or Lee news)."))
            return
        labelled = self.result.term_document if term_document else self.result.cooccurrence
        known, unknown = known_and_unknown(labelled, self._chosen_words())
        if unknown:
            self.messages.show_message(translated(UnknownWords(unknown)), "warning")
        if not known:
            self._empty_table(self.tr("None of the words is in the corpus: try others."))
            return
        if term_document:
            columns = labelled.columns[:MAX_DOCUMENTS]
            shown = [self.tr("doc %1").replace("%1", name) for name in columns]
            tips = [" ".join(self.result.documents[int(c) - 1][:12]) + " …" for c in columns]
        else:
            if self.settings.columns.currentData() == "words":
                columns = known
            else:
                columns = top_contexts(labelled, known, TOP_CONTEXTS)
            shown, tips = columns, []
        values = chosen_block(labelled, known, columns)
        self.table.set_matrix(self.tr("word"), known, shown, values, column_tips=tips)
        self.table_panel.set_empty(False)
        self._refresh_caption()
        self.vectors.set_table(known, shown, values, self.tr("count"))

    def _empty_table(self, hint: str) -> None:
        self.table_panel.set_caption("")
        self.table_panel.set_hint(hint)
        self.table_panel.set_empty(True)
        self.table.clear_matrix()
        self.vectors.set_table([], [], np.zeros((0, 0)), "")

    def _refresh_caption(self) -> None:
        """Say what the corpus table shows: the whole matrix's size and sparsity, the part
        shown, and whether a recount for a new window is on its way."""
        source = self.settings.source.currentData()
        if self.result is None or source not in ("corpus_td", "corpus_ww"):
            return
        labelled = self.result.term_document if source == "corpus_td" else self.result.cooccurrence
        rows, columns = labelled.shape
        nonzeros = int(labelled.matrix.nnz)
        zeros = 100.0 * (1 - nonzeros / (rows * columns)) if rows * columns else 0.0
        size = self.tr("%1: %2 × %3, %4 non-zero counts (%5 % zeros).")
        size = (
            size.replace("%1", corpus_title(self.result))
            .replace("%2", whole(rows))
            .replace("%3", whole(columns))
            .replace("%4", whole(nonzeros))
            .replace("%5", decimal(zeros, 2))
        )
        if source == "corpus_td":
            part = self.tr("Shown: the chosen words in the first %1 of %2 documents.")
            part = part.replace("%1", whole(min(MAX_DOCUMENTS, columns))).replace(
                "%2", whole(columns)
            )
        else:
            part = self.tr("Window ±%1 (windows never cross a document's end).").replace(
                "%1", str(self.result.window)
            )
            if self.result.window != self.settings.context_window.value():
                part += " " + self.tr("Recounting at ±%1…").replace(
                    "%1", str(self.settings.context_window.value())
                )
        self.table_panel.set_caption(f"{size} {part}")

    # --- concordance and context counts -----------------------------------------------------
    def _concordance_word(self) -> str:
        word = self.settings.word.text().strip()
        if self.result is not None and self.result.lowercase:
            word = word.lower()
        return word or (self.result.words[0] if self.result and self.result.words else "")

    def _refresh_contexts(self) -> None:
        from lab_app.core.embeddings.concordance import concordance, context_counts

        window = self.settings.context_window.value()
        word = self._concordance_word()
        self.concordance_panel.set_title(
            self.tr("Concordance of “%1”, window ±%2")
            .replace("%1", word)
            .replace("%2", str(window))
        )
        self.contexts_panel.set_title(
            self.tr("Contexts of “%1” within ±%2").replace("%1", word).replace("%2", str(window))
        )
        for panel in (self.concordance_panel, self.contexts_panel):
            panel.set_caption("")
        if self.result is None or not word:
            hint = self.tr(
                "Press Start to count the corpus: a word's lines and contexts appear here."
            )
            self._empty_contexts(hint)
            return
        numbers, total = self._documents_with(word)
        if not total:
            hint = self.tr("“%1” does not occur in %2: try another word.")
            self._empty_contexts(hint.replace("%1", word).replace("%2", corpus_title(self.result)))
            return
        # Only the documents holding the word are scanned again as the slider moves.
        documents = [self.result.documents[d] for d in numbers]
        lines = concordance(documents, word, window, limit=MAX_LINES, outside=2)
        self.concordance.show_lines(
            [replace(line, document=numbers[line.document]) for line in lines]
        )
        self.concordance_panel.set_caption(
            self.tr(
                "%1 of %2 occurrences (number: the document). The brackets hold the ±%3 "
                "context window: what they hold is counted beside."
            )
            .replace("%1", whole(min(MAX_LINES, total)))
            .replace("%2", whole(total))
            .replace("%3", str(window))
        )
        counts = context_counts(documents, word, window)
        values = np.array(list(counts.values()), dtype=np.float64).reshape(-1, 1)
        self.contexts.set_matrix(self.tr("context word"), list(counts), [self.tr("count")], values)
        self.contexts_panel.set_caption(
            self.tr("The row “%1” of the word-word matrix at ±%2: %3 context words, %4 different.")
            .replace("%1", word)
            .replace("%2", str(window))
            .replace("%3", whole(int(values.sum())))
            .replace("%4", whole(len(counts)))
        )
        for panel in (self.concordance_panel, self.contexts_panel):
            panel.set_empty(False)

    def _documents_with(self, word: str) -> tuple[list[int], int]:
        """The numbers of the documents where ``word`` occurs and its number of occurrences
        (one scan of the corpus per word, kept while the slider moves)."""
        from lab_app.core.embeddings.concordance import occurrences

        key = (id(self.result.documents), word)
        if self._found_key != key:
            found = occurrences(self.result.documents, word)
            self._found = (sorted({d for d, _ in found}), len(found))
            self._found_key = key
        return self._found

    def _empty_contexts(self, hint: str) -> None:
        for panel in (self.concordance_panel, self.contexts_panel):
            panel.set_hint(hint)
            panel.set_empty(True)
        self.concordance.show_lines([])
        self.contexts.clear_matrix()

    # --- sessions ---------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "result": self.result,
            "auto": dict(self._auto),
            "axes": self.vectors.chosen(),
        }

    def restore(self, session: dict) -> None:
        self.result = session["result"]
        self._auto = dict(session["auto"])
        set_widget_values(self.settings.fields(), session["settings"])
        self._show_corpus()
        self._refresh_table()
        self._refresh_contexts()
        x, y, arrows_for = session["axes"]
        self.vectors.choose(x, y, arrows_for)
        self._schedule_recount()
