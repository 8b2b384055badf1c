"""tf-idf, PPMI, and from sparse to dense: the lecture's weightings of raw counts, the nearest
neighbours they give side by side (raw counts, tf-idf, PPMI, SVD of PPMI, word2vec), and what a
sparse matrix costs next to dense vectors.

Everything is computed on the worker for the whole vocabulary (sparse); the tables densify only
the words asked for, and the neighbour lists cost one sparse product each on the GUI thread
(unit-length rows are cached by the job). The truncated SVD comes last, with progress; Stop
keeps the sparse views.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from lab_app.core.embeddings.count_jobs import (
    SparseTables,
    WeightingRequest,
    WeightingResult,
    chosen_block,
    idf_of,
    known_and_unknown,
    parse_words,
    top_contexts,
    weighted_columns,
    weighting_job,
)
from lab_app.core.embeddings.errors import UnknownWords
from lab_app.core.embeddings.jobs import DEFAULT_CORPUS
from lab_app.core.events import Progress
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.tabs.emb_phases import corpus_line
from lab_app.qt.tabs.emb_weighting_compare import NeighbourComparison, SparseDensePanel
from lab_app.qt.tabs.emb_weighting_views import FormulaText, WeightingSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.matrix_table import MatrixTable, TitledPanel, decimal_text, whole_text
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(520, 340)
SIDE_BY_SIDE_PX = 760  # narrower than this (× the theme scale), the two tables stack
CONTEXTS_EACH = 6  # PPMI table: this many contexts by raw count, and as many by weight
DOCUMENTS_SHOWN = 12  # tf-idf table: the documents where the chosen words occur most


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: text never clipped in a small panel."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)  # the panel's background, not a grey box
    widget.setAutoFillBackground(False)
    return area


class FormulaPanel(TitledPanel):
    """The formulas' panel: never taller than its text, so that a grid gives the room left to
    the tables beside it (a scroll bar only when even that height is not there)."""

    def __init__(self, title: str, formulas: QLabel):
        self.formulas = formulas
        super().__init__(title, scrolling(formulas))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        text = self.formulas.heightForWidth(max(1, self.width() - 24))
        need = self.title.sizeHint().height() + text + margins.top() + margins.bottom() + 16
        if self.maximumHeight() != need:
            self.setMaximumHeight(max(need, self.minimumHeight()))


class AdaptiveSplitter(QSplitter):
    """Two views side by side when the splitter is wide, one above the other when it is not."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        wide = self.width() >= SIDE_BY_SIDE_PX * theme_mod.current().scale
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.orientation() != orientation:
            self.setOrientation(orientation)
        super().resizeEvent(event)


class WeightingPage(RunPage):
    """Weights the corpus's counts, compares neighbours across spaces, reduces PPMI by SVD."""

    demo_budget_s = 40.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = WeightingSettings()
        self.formulas = FormulaText()
        self.raw, self.weighted = MatrixTable(), MatrixTable()
        self.weighted_panel = TitledPanel(self.tr("Weighted values"), self._side_by_side())
        self.weighted_panel.add_header(self._kind_row())
        self.formulas_panel = FormulaPanel(
            self.tr("Weighting as the lecture defines it"), self.formulas
        )
        self.formulas_panel.title.setToolTip(
            self.tr("The formulas the tables and neighbour lists use, with the options now set")
        )
        self.comparison = NeighbourComparison(self)
        self.sparse_dense = SparseDensePanel(self)
        self.variance = CurvePlot(
            self.tr("Truncated SVD of PPMI: variance kept"),
            self.tr("components kept k"),
            self.tr("cumulative share of variance"),
            markers=False,
        )
        self.variance.set_hint(self.tr("Press Start: the SVD of the PPMI matrix appears here"))
        self.variance.title.setToolTip(
            self.tr(
                "PPMI ≈ U<sub>k</sub> Σ<sub>k</sub> V<sub>k</sub><sup>T</sup>: each word's dense "
                "vector is its row of U<sub>k</sub> Σ<sub>k</sub>. The curve: the share of the "
                "PPMI matrix's variance that the first k components keep."
            )
        )
        self.panels = PanelGrid(
            [
                self.formulas_panel,
                self.weighted_panel,
                self.comparison,
                self.sparse_dense,
                self.variance,
            ],
            [
                self.tr("Formulas"),
                self.tr("Weights"),
                self.tr("Neighbours"),
                self.tr("Sparse vs dense"),
                self.tr("SVD"),
            ],
            2,
            PANEL_MIN,
            groups=(
                (self.tr("Weighting"), 2),
                (self.tr("Neighbours"), 1),
                (self.tr("Sparse vs dense"), 2),
            ),
        )
        self.tables: SparseTables | None = None
        self.result: WeightingResult | None = None
        self.svd_state = "none"  # none, running, stopped, done
        self._auto = {"words": "", "query": "", "other": ""}
        self._connect()
        self._show_corpus()
        self.place(self.settings, self.panels)
        self._on_options_changed()
        self._refresh_views()

    def _side_by_side(self) -> QWidget:
        """The raw counts and the weighted values, one table each (side by side when there is
        room, else one above the other); sorting one sorts both."""
        self.raw_title, self.weighted_title = QLabel(), QLabel()
        splitter = AdaptiveSplitter()
        for title, table in ((self.raw_title, self.raw), (self.weighted_title, self.weighted)):
            title.setWordWrap(True)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(table, 1)
            splitter.addWidget(box)
        self.raw.horizontalHeader().sortIndicatorChanged.connect(self._sort_weighted)
        self.weighted.horizontalHeader().sortIndicatorChanged.connect(self._sort_raw)
        return splitter

    def _kind_row(self) -> QWidget:
        """The choice of weighted matrix, above the tables it changes."""
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Matrix"))
        label.setBuddy(self.settings.kind)
        box.addWidget(label)
        box.addWidget(self.settings.kind)
        box.addStretch(1)
        return row

    def _sort_weighted(self, column: int, order) -> None:
        if self.weighted.columnCount() > column:
            self.weighted.horizontalHeader().blockSignals(True)
            self.weighted.sortByColumn(column, order)
            self.weighted.horizontalHeader().blockSignals(False)

    def _sort_raw(self, column: int, order) -> None:
        if self.raw.columnCount() > column:
            self.raw.horizontalHeader().blockSignals(True)
            self.raw.sortByColumn(column, order)
            self.raw.horizontalHeader().blockSignals(False)

    def _connect(self) -> None:
        s = self.settings
        for box in (s.alpha, s.add_k):
            box.toggled.connect(self._on_options_changed)
        s.k.valueChanged.connect(self._on_options_changed)
        for spin in (s.context_window, s.min_count, s.dimension):
            spin.valueChanged.connect(self._on_options_changed)
        s.kind.currentIndexChanged.connect(self._refresh_table)
        s.words.editingFinished.connect(self._refresh_table)
        s.query.editingFinished.connect(self.comparison.refresh)
        s.other.editingFinished.connect(self.comparison.refresh)
        self.state.corpus_changed.connect(self._show_corpus)
        self.state.vectors_changed.connect(self._on_vectors_changed)

    def idle_text(self) -> str:
        return self.tr(
            "Press Start to weight the corpus's counts and reduce them by SVD; Stop keeps the "
            "sparse results."
        )

    def _show_corpus(self, *_: object) -> None:
        corpus = self.state.corpus
        text = corpus_line(corpus)
        self.settings.corpus.setText(text)

    # --- settings ---------------------------------------------------------------------------
    def request(self, dimension: int | None = None) -> WeightingRequest:
        """The computation the settings ask for."""
        s = self.settings
        return WeightingRequest(
            window=s.context_window.value(),
            min_count=s.min_count.value(),
            alpha=0.75 if s.alpha.isChecked() else None,
            add_k=s.k.value() if s.add_k.isChecked() else 0.0,
            dimension=dimension or s.dimension.value(),
            seed=self.controls.seed.value(),
        )

    def _on_options_changed(self, *_: object) -> None:
        asked = self.request()
        self.formulas.show_options(asked.alpha, asked.add_k)
        if self.tables is not None and replace(asked, seed=0) != replace(
            self.tables.request, seed=0
        ):
            self.messages.show_message(
                self.tr("The settings changed: press Start to recompute the views."), "info"
            )

    def _on_vectors_changed(self, _vectors) -> None:
        self.comparison.refresh()
        self.sparse_dense.refresh()

    # --- running ----------------------------------------------------------------------------
    def start(self, dimension: int | None = None) -> int:
        self.messages.clear()
        self.tables, self.result, self.svd_state = None, None, "none"
        self._refresh_views()
        corpus = self.state.corpus if self.state.corpus is not None else DEFAULT_CORPUS
        return self.runner.start(weighting_job, corpus, self.request(dimension))

    def start_demo(self) -> bool:
        return bool(self.start())

    def progress_shown(self, progress: Progress) -> Progress:
        phases = {"counting": self.tr("counting"), "tokenising": self.tr("tokenising")}
        return replace(progress, message=phases.get(progress.message, progress.message))

    def on_event(self, event: object) -> None:
        if isinstance(event, SparseTables):
            self._take_tables(event)

    def on_succeeded(self, result) -> None:
        if isinstance(result, WeightingResult):
            if self.tables is None:
                self._take_tables(result.tables)
            self.result, self.svd_state = result, "done"
            self._refresh_dense()
        super().on_succeeded(result)

    def on_stopped(self) -> None:
        if self.tables is not None and self.result is None:
            self.svd_state = "stopped"
            self._refresh_dense()

    def _take_tables(self, tables: SparseTables) -> None:
        self.tables, self.svd_state = tables, "running"
        s = self.settings
        defaults = {
            "words": ", ".join(tables.words),
            "query": tables.words[0] if tables.words else "",
            "other": tables.words[1] if len(tables.words) > 1 else "",
        }
        for name, field in (("words", s.words), ("query", s.query), ("other", s.other)):
            if field.text() == self._auto[name]:  # not edited: follow the corpus
                self._auto[name] = defaults[name]
                field.setText(defaults[name])
        self._refresh_views()

    def _refresh_views(self) -> None:
        self._refresh_table()
        self.comparison.refresh()
        self._refresh_dense()

    def _refresh_dense(self) -> None:
        self.comparison.refresh()
        self.sparse_dense.refresh()
        self.variance.clear_curves()
        if self.result is not None:
            explained = self.result.explained
            k = np.arange(1, explained.size + 1)
            self.variance.set_curve(self.tr("PPMI"), k, np.cumsum(explained))

    # --- the weighted table -----------------------------------------------------------------
    def chosen_words(self) -> list[str]:
        """The table's words: the field's, or the corpus's frequent content words."""
        tables = self.tables
        words = parse_words(self.settings.words.text(), tables.lowercase if tables else True)
        return words or (list(tables.words) if tables else [])

    def _refresh_table(self) -> None:
        tables = self.tables
        if tables is None:
            self.weighted_panel.set_hint(
                self.tr("Press Start: the chosen words' counts and weights appear here.")
            )
            self.weighted_panel.set_empty(True)
            return
        ppmi = self.settings.kind.currentData() == "ppmi"
        counts = tables.counts if ppmi else tables.term_document
        known, unknown = known_and_unknown(counts, self.chosen_words())
        if unknown:
            self.messages.show_message(translated(UnknownWords(unknown)), "warning")
        if not known:
            self.weighted_panel.set_hint(self.tr("None of the words was counted: try others."))
            self.weighted_panel.set_empty(True)
            return
        if ppmi:
            self._fill_ppmi(tables, known)
        else:
            self._fill_tfidf(tables, known)
        self.weighted_panel.set_empty(False)

    def _fill_ppmi(self, tables: SparseTables, words: list[str]) -> None:
        columns = weighted_columns(tables.counts, tables.ppmi, words, CONTEXTS_EACH)
        corner = self.tr("word x")
        raw = chosen_block(tables.counts, words, columns)
        weights = chosen_block(tables.ppmi, words, columns)
        self.raw.set_matrix(corner, words, columns, raw, whole_text)
        self.weighted.set_matrix(corner, words, columns, weights, decimal_text(2))
        self.raw_title.setText(
            self.tr("Counts c(x, y) at ±%1").replace("%1", str(tables.request.window))
        )
        self.weighted_title.setText(self.tr("PPMI(x, y)"))
        self.weighted_panel.set_title(self.tr("PPMI of the word-word counts"))
        self.weighted_panel.set_caption(
            self.tr(
                "Columns y: the %1 most frequent contexts of these words, then the %1 with the "
                "highest PPMI. Frequent contexts (the, of, …) get low weights; rarer telling "
                "ones get high weights."
            ).replace("%1", str(CONTEXTS_EACH))
        )

    def _fill_tfidf(self, tables: SparseTables, words: list[str]) -> None:
        documents = top_contexts(tables.term_document, words, DOCUMENTS_SHOWN)
        shown = [self.tr("doc %1").replace("%1", name) for name in documents]
        df, idf = idf_of(tables.term_document, words)
        raw = np.column_stack([df, chosen_block(tables.term_document, words, documents)])
        weights = np.column_stack([idf, chosen_block(tables.tfidf, words, documents)])
        corner = self.tr("term t")
        self.raw.set_matrix(corner, words, ["df", *shown], raw, whole_text)
        self.weighted.set_matrix(corner, words, ["idf", *shown], weights, decimal_text(2))
        self.raw_title.setText(self.tr("Counts f(t, d); df = documents with t"))
        self.weighted_title.setText(self.tr("tf-idf(t, d); idf = log(|D| / df)"))
        self.weighted_panel.set_title(self.tr("tf-idf of the term-document counts"))
        self.weighted_panel.set_caption(
            self.tr("Columns d: the %1 documents (of %2) where these words occur most.")
            .replace("%1", str(len(documents)))
            .replace("%2", str(tables.n_documents))
        )

    # --- sessions ---------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "tables": self.tables,
            "result": self.result,
            "svd_state": self.svd_state if self.svd_state != "running" else "stopped",
            "auto": dict(self._auto),
        }

    def restore(self, session: dict) -> None:
        self.tables, self.result = session["tables"], session["result"]
        self.svd_state, self._auto = session["svd_state"], dict(session["auto"])
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.messages.clear()
        self._on_options_changed()
        self._refresh_views()
