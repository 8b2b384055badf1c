"""The 2-D map of the shared word vectors (PCA, t-SNE live, UMAP, or two word-pair axes), with
search, nearest neighbours of a clicked word, and analogies drawn as a parallelogram."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from lab_app.core.embeddings.jobs import DEFAULT_CORPUS, MapLayout, MapRequest, map_job
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.tabs.emb_analogy_panel import AnalogyPanel, NeighbourList
from lab_app.qt.tabs.emb_map_settings import MapSettings
from lab_app.qt.tabs.emb_phases import translated_phase
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.embedding_map import EmbeddingMap
from lab_app.qt.widgets.embedding_map_parts import analogy_arrows
from lab_app.qt.widgets.form_state import set_widget_values, widget_values

SIDE_WIDTH = 250
MAP_MIN_WIDTH = 420  # narrower, the map is a strip (a 1024-px projector with both columns)
AXIS_TITLES = {
    "pca": ("PCA 1", "PCA 2"),
    "tsne": ("t-SNE 1", "t-SNE 2"),
    "umap": ("UMAP 1", "UMAP 2"),
}


class MapPage(RunPage):
    """Projects the shared vectors; a new projection starts from Start (or a demo)."""

    def progress_shown(self, progress):
        return translated_phase(progress)

    demo_budget_s = 90.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = MapSettings()
        self.map = EmbeddingMap(self.tr("Word vectors in 2-D"))
        self.map.set_hint(self.tr("Train word2vec (or load vectors), then press Start"))
        self.neighbours = NeighbourList()
        self.analogy = AnalogyPanel()
        self.layout_shown: MapLayout | None = None
        self._folded = False  # the settings column was hidden for lack of room, not by the user
        self.analogy_words: tuple[str, str, str, str] | None = None
        self.map.word_clicked.connect(self._on_word_chosen)
        self.settings.search.returnPressed.connect(self._on_search)
        self.settings.labels.valueChanged.connect(self.map.set_label_count)
        self.analogy.solved.connect(self._on_analogy)
        self.state.vectors_changed.connect(self._on_vectors_changed)
        self._place()
        theme_mod.theme_manager().changed.connect(self._fit_side)
        self._fit_side(theme_mod.current())
        self._on_vectors_changed(self.state.vectors)

    def _place(self) -> None:
        # Tabs, not a column: both need height for their lists (a 720-px projector).
        side = QTabWidget()
        side.addTab(self.analogy, self.tr("Analogy"))
        side.addTab(self.neighbours, self.tr("Neighbours"))
        self.side = side
        body = QHBoxLayout()
        body.addWidget(self.map, 1)
        body.addWidget(side)
        self.place(self.settings, body)

    def _fit_side(self, theme: theme_mod.Theme) -> None:
        self.side.setFixedWidth(int(SIDE_WIDTH * (1 + (theme.scale - 1) / 2)))
        self._fold_settings()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fold_settings()

    def _fold_settings(self) -> None:
        """Hide the settings column while the map would be narrower than MAP_MIN_WIDTH (a side
        panel that collapses, CLASSROOM_UI.md); show it again when there is room, unless the
        user hid it. The Settings button brings it back at any width."""
        if not hasattr(self, "settings_toggle"):
            return
        room = self.width() - self.side.width() - self.settings.width() - 30
        folded = self._folded
        if room < MAP_MIN_WIDTH and self.settings_toggle.isChecked():
            self._folded = True
            self.settings_toggle.setChecked(False)
        elif room >= MAP_MIN_WIDTH and folded and not self.settings_toggle.isChecked():
            self._folded = False
            self.settings_toggle.setChecked(True)

    def idle_text(self) -> str:
        return self.tr(
            "Press Start to place the words on the map; click a point for its neighbours."
        )

    def _on_vectors_changed(self, vectors) -> None:
        self.analogy.set_vectors(vectors)
        self.neighbours.clear()
        if vectors is not None:
            self.messages.set_idle_text(
                self.tr("Vectors: %1. Press Start to place them on the map.").replace(
                    "%1", translated(vectors.title)
                )
            )

    # --- running ----------------------------------------------------------------------------
    def start(self, method: str | None = None) -> int:
        vectors = self.state.vectors
        if vectors is None:
            self.messages.show_message(
                self.tr("No vectors yet: train word2vec on the word2vec page, or load a file."),
                "warning",
            )
            return 0
        request = self._request(method)
        corpus = self.state.corpus
        if request.colour_by == "label" and (corpus is None or not corpus.labels):
            self.messages.show_message(
                self.tr(
                    "The loaded corpus has no label column: load one with labels (e.g. the film "
                    "reviews) to colour by label."
                ),
                "warning",
            )
            return 0
        self.messages.clear()
        return self.runner.start(map_job, vectors, request, corpus)

    def _request(self, method: str | None) -> MapRequest:
        s = self.settings
        x_pair, y_pair = s.pairs()
        pinned = tuple(self.analogy_words or ())
        return MapRequest(
            count=s.count.value(),
            method=method or s.method(),
            pinned=pinned,
            perplexity=s.perplexity.value(),
            neighbours=s.neighbours.value(),
            x_pair=x_pair,
            y_pair=y_pair,
            colour_by=s.colour.currentData(),
            clusters=s.clusters.value(),
            seed=self.controls.seed.value(),
        )

    def start_demo(self) -> bool:
        self.analogy_words = None
        self.settings.count.setValue(500)  # a readable demo map
        started = self._demo_train() if self.state.vectors is None else bool(self.start("pca"))
        if started:
            self.finished.connect(self._demo_analogy)
        return started

    def _demo_train(self) -> bool:
        """No vectors yet: train a short word2vec first (on the default corpus)."""
        from lab_app.core.embeddings.jobs import word2vec_job
        from lab_app.core.embeddings.word2vec import Word2VecConfig

        corpus = self.state.corpus if self.state.corpus is not None else DEFAULT_CORPUS
        return bool(
            self.runner.start(word2vec_job, corpus, Word2VecConfig(epochs=15, min_count=3), False)
        )

    def _demo_analogy(self) -> None:
        """Draw the first ready example that these vectors answer right (top 5), else the
        first they can read: a demo shows what works and does not pretend."""
        from lab_app.core.embeddings.analogies import analogy, available_examples

        self.finished.disconnect(self._demo_analogy)
        keyed = self.state.vectors.keyed
        examples = available_examples(keyed)
        for example in examples:
            words = [self.state.vectors.find(w) for w in example[:4]]
            answers = [word for word, _ in analogy(keyed, *words[:3], k=5)]
            if words[3] in answers:
                self._set_analogy(example)
                return
        if examples:
            self._set_analogy(examples[0])

    def _set_analogy(self, example) -> None:
        for field, word in zip((self.analogy.a, self.analogy.b, self.analogy.c), example[:3]):
            field.setText(word)
        self.analogy.solve()

    def on_event(self, event: object) -> None:
        if isinstance(event, MapLayout):
            self.updates.put("map", lambda: self._show_layout(event))

    def on_succeeded(self, result) -> None:
        if isinstance(result, MapLayout):
            self.updates.flush()  # a t-SNE frame still queued must not come after the result
            self._show_layout(result)
            super().on_succeeded(result)
            return
        # A demo's word2vec run: share the vectors, then project them.
        from lab_app.core.embeddings.wordvectors import trained_vectors

        self.state.set_vectors(trained_vectors(result))
        self.start("pca")

    def _show_layout(self, layout: MapLayout) -> None:
        same = self.layout_shown is not None and self.layout_shown.words == layout.words
        self.layout_shown = layout
        if same:
            self.map.update_coords(layout.coords)
        else:
            groups = None if layout.groups is None else list(layout.groups)
            self.map.set_points(layout.coords, list(layout.words), layout.counts, groups)
            self.map.set_label_count(self.settings.labels.value())
        self._set_axis_titles(layout.method)
        if layout.final and self.analogy_words:
            self._draw_analogy()

    def _set_axis_titles(self, method: str) -> None:
        if method == "pairs":
            (a, b), (c, d) = self.settings.pairs()
            self.map.set_axis_titles(f"{a} → {b}", f"{c} → {d}")
        else:
            x, y = AXIS_TITLES.get(method, ("", ""))
            self.map.set_axis_titles(x, y)

    # --- search, neighbours, analogy -------------------------------------------------------
    def _on_search(self) -> None:
        vectors = self.state.vectors
        word = self.settings.search.text().strip()
        if vectors is None or not word:
            return
        found = vectors.find(word)
        if found is None:
            self.messages.show_message(
                self.tr("“%1” is not in the vocabulary.").replace("%1", word), "warning"
            )
            return
        if not self.map.highlight(found):
            self.messages.show_message(
                self.tr("“%1” is not among the words on the map: press Start to add it.").replace(
                    "%1", found
                ),
                "info",
            )
        self.neighbours.show_word(vectors, found)
        self.side.setCurrentWidget(self.neighbours)

    def _on_word_chosen(self, word: str) -> None:
        if self.state.vectors is not None:
            self.map.mark_words([word])  # a click does not move the view (highlight centres)
            self.neighbours.show_word(self.state.vectors, word)
            self.side.setCurrentWidget(self.neighbours)

    def _on_analogy(self, a: str, b: str, c: str, answer: str) -> None:
        self.analogy_words = (a, b, c, answer)
        self._draw_analogy()

    def _draw_analogy(self) -> None:
        """The parallelogram: b → a and c → answer solid (the same offset), the others dashed."""
        a, b, c, answer = self.analogy_words
        points = self._positions([a, b, c, answer])
        self.map.clear_overlays()
        if points is None:
            if self.layout_shown is not None:
                self.messages.show_message(
                    self.tr("The analogy's words are not all on the map: press Start to add them."),
                    "info",
                )
            return
        self.map.draw_arrows(analogy_arrows(*points, (a, b, c, answer)))
        self.map.mark_words([a, b, c, answer])
        corners = np.array(points, dtype=float)
        low, high = corners.min(axis=0), corners.max(axis=0)
        pad = np.maximum((high - low) * 0.6, 1e-3)  # room for the words around the corners
        self.map.plot.setRange(
            xRange=(float(low[0] - pad[0]), float(high[0] + pad[0])),
            yRange=(float(low[1] - pad[1]), float(high[1] + pad[1])),
            padding=0,
        )

    def _positions(self, words: list[str]) -> list[np.ndarray] | None:
        layout = self.layout_shown
        if layout is None:
            return None
        index = {word: i for i, word in enumerate(layout.words)}
        if all(word in index for word in words):
            return [layout.coords[index[word]] for word in words]
        if layout.basis is None:
            return None
        mean, components = layout.basis  # PCA: any word can be placed
        keyed = self.state.vectors.keyed
        return [(np.asarray(keyed[word], dtype=np.float64) - mean) @ components.T for word in words]

    # --- sessions ---------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "layout": self.layout_shown,
            "analogy": self.analogy_words,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.analogy_words = session["analogy"]
        if session["layout"] is not None:
            self._show_layout(session["layout"])
