"""word2vec, live: skip-gram (or CBOW) with negative sampling via gensim on the loaded corpus.

Loss per epoch (gensim's and our own on held-out pairs), evaluation per epoch, the pairs the
classifier learns from with their σ(c·w), and a map of the most frequent words that moves as
the vectors train.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab_app.core.embeddings.jobs import DEFAULT_CORPUS, MapFrame, word2vec_job
from lab_app.core.embeddings.wordvectors import WordVectors, trained_vectors
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.emb_files import VectorFiles
from lab_app.qt.tabs.emb_pairs_view import SkipGramPairs
from lab_app.qt.tabs.emb_phases import corpus_line, translated_phase
from lab_app.qt.tabs.emb_word2vec_settings import Word2VecSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.embedding_map import EmbeddingMap
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(340, 220)
LOSS_KEYS = ("gensim", "held-out")
EVALUATION_KEYS = ("analogies", "WordSim-353 ρ", "SimLex-999 ρ")
LABELS_SHOWN = 40


def whole_ticks(plot: CurvePlot, last: int) -> None:
    """Epochs are whole numbers: ticks at whole steps (about eight of them)."""
    step = max(1, round(last / 8))
    plot.plot.getAxis("bottom").setTickSpacing(step, step)


class Word2VecPage(RunPage):
    """Trains word2vec on the shared corpus; the result becomes the tab's shared vectors."""

    def progress_shown(self, progress):
        if progress.message == "training" and not self._heap_settled:
            # The run's sentence lists (tens of thousands, alive until it ends) would otherwise
            # be walked by every collection on the GUI thread: 20-66 ms pauses, one per run
            # (bench_word2vec_gui.py). Frozen, they are still freed when the run drops them.
            from lab_app import process

            process.settle_heap(collect=False)
            self._heap_settled = True
        return translated_phase(progress)

    demo_budget_s = 60.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = Word2VecSettings()
        # Steady ranges: a rescale redraws both axes (~15 ms); the x axis is set per run.
        self.loss = CurvePlot(
            self.tr("Negative-sampling loss"),
            self.tr("epoch"),
            self.tr("loss (nats)"),
            steady_range=True,
        )
        self.loss.title.setToolTip(
            self.tr(
                "Loss of one example: −log σ(c·w) − Σₖ log σ(−cₖ·w). <b>per word</b>: gensim's "
                "training loss summed over an epoch, divided by the words trained (each word is "
                "the target of about window + 1 pairs, hence larger); counted here per job, since "
                "gensim's own tally saturates and loses updates between threads. <b>held-out, per "
                "pair</b>: computed from the current vectors on a fixed sample of pairs from "
                "sentences not trained on. Double-click to enlarge."
            )
        )
        self.evaluation = CurvePlot(
            self.tr("Evaluation after each epoch"),
            self.tr("epoch"),
            self.tr("score"),
            steady_range=True,
        )
        self.evaluation.set_hint(self.tr("Press Start with “Evaluate each epoch” on"))
        for plot in (self.loss, self.evaluation):
            plot.legend.setColumnCount(1)  # side by side they overflowed a 1024-px projector
        self.pairs = SkipGramPairs()
        self.map = EmbeddingMap(self.tr("The vectors in 2-D (PCA), moving as they train"))
        self.map.set_axis_titles(self.tr("PCA 1"), self.tr("PCA 2"))
        self.map.set_hint(self.tr("Press Start: the most frequent words appear and move here"))
        self.panels = PanelGrid(
            [self.loss, self.map, self.pairs, self.evaluation],
            [self.tr("Loss"), self.tr("Map"), self.tr("Pairs"), self.tr("Evaluation")],
            2,
            PANEL_MIN,
        )
        self.files = VectorFiles(self, self.messages, self.settings)
        self.files.loaded.connect(self._on_vectors_loaded)
        self.curves: dict[str, dict[int, float]] = {}
        self.frame: MapFrame | None = None
        self._new_curves = 0  # epochs of a run whose curves are still the last run's
        self._heap_settled = False
        self.result = None
        self.state.corpus_changed.connect(self._show_corpus)
        self._show_corpus()
        self.settings.epochs.valueChanged.connect(self._preview_curves)
        self.settings.context_window.valueChanged.connect(self._preview_curves)
        self._preview_curves()
        self._place()

    def _place(self) -> None:
        body = QVBoxLayout()
        body.addWidget(self.panels, 1)
        self.place(self.settings, body)

    def idle_text(self) -> str:
        return self.tr(
            "Press Start to train word2vec on the loaded corpus; Stop keeps the vectors."
        )

    def _preview_curves(self, *_: object) -> None:
        """While nothing is plotted: the axes of the next run (epochs, a loss range), not 0-1."""
        if self.curves or self.runner.busy:
            return
        for plot in (self.loss, self.evaluation):
            self._prepare_curves(self.settings.epochs.value(), plot)

    def _show_corpus(self, *_: object) -> None:
        corpus = self.state.corpus
        text = corpus_line(corpus)
        self.settings.corpus.setText(text)

    # --- running ----------------------------------------------------------------------------
    def start(self, epochs: int | None = None) -> int:
        from lab_app.core.embeddings.word2vec import Word2VecConfig

        values = self.settings.values()
        if epochs is not None:
            values["epochs"] = epochs
        try:
            config = Word2VecConfig(seed=self.controls.seed.value(), **values)
            config.validate()
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return 0
        self.messages.clear()
        self._forget_run(values["epochs"])
        corpus = self.state.corpus if self.state.corpus is not None else DEFAULT_CORPUS
        evaluate = self.settings.evaluate.isChecked()
        return self.runner.start(word2vec_job, corpus, config, evaluate)

    def start_demo(self) -> bool:
        self.settings.epochs.setValue(15)  # the form shows what the demo runs
        return bool(self.start())

    def _forget_run(self, epochs: int) -> None:
        """Start afresh without clearing the views now: each is replaced by the new run's first
        data. Emptying all four as the run started stalled the window ~90 ms
        (bench_word2vec_gui.py); the first data redraws them anyway."""
        self.updates.flush()  # a stopped run's last updates go first
        self.curves, self.frame = {}, None
        self._new_curves = epochs
        self._heap_settled = False

    def _prepare_curves(self, epochs: int, plot: CurvePlot) -> None:
        names = self._curve_names()
        x_range = (0.5, epochs + 0.5)
        if plot is self.loss:
            # The per-word loss starts near 3.5 nats × (window + 1) pairs: no rescale at epoch 1.
            top = 3.5 * (self.settings.context_window.value() + 1)
            plot.prepare([names[k] for k in LOSS_KEYS], x_range, (0.0, top))
        else:
            plot.prepare([names[k] for k in EVALUATION_KEYS], x_range, (-0.2, 1.0))
        whole_ticks(plot, epochs)

    def _clear_views(self, epochs: int = 10) -> None:
        """Empty views, with their curves and ranges made now: made while results arrive,
        each would stall the window (a legend entry ~15 ms, a rescale ~15 ms)."""
        self.curves = {}
        self.frame = None
        for plot in (self.loss, self.evaluation):
            self._prepare_curves(epochs, plot)
        self.pairs.clear()
        self.map.clear()

    def on_event(self, event: object) -> None:
        if isinstance(event, MapFrame):
            self.updates.put("map", lambda: self._show_frame(event))
        elif hasattr(event, "loss_heldout"):
            self._show_epoch(event)
        elif hasattr(event, "pairs") and hasattr(event, "scores"):
            self.updates.put("pairs", lambda: self._show_pairs(event))

    def _show_epoch(self, epoch) -> None:
        number = int(epoch.epoch)
        values = {
            "gensim": epoch.loss_gensim,
            "held-out": epoch.loss_heldout,
            "analogies": epoch.analogy_accuracy,
            "WordSim-353 ρ": epoch.wordsim_spearman,
            "SimLex-999 ρ": epoch.simlex_spearman,
        }
        for name, value in values.items():
            if value is not None and np.isfinite(value):
                self.curves.setdefault(name, {})[number] = float(value)
        if self._new_curves:
            # One plot per event-loop turn: both at once took ~28 ms of the window's time.
            epochs, self._new_curves = self._new_curves, 0
            self.updates.put("prepare-loss", lambda: self._prepare_curves(epochs, self.loss))
            self.updates.put(
                "prepare-evaluation", lambda: self._prepare_curves(epochs, self.evaluation)
            )
        self.updates.put("curves", self._draw_curves)
        rate = getattr(epoch, "words_per_second", None)
        if rate:
            # In the loss panel's title: the message line is for what needs reading.
            self.loss.title.setText(
                self.tr("Negative-sampling loss · epoch %1: %2 words/s")
                .replace("%1", str(number))
                .replace("%2", whole(int(rate)))
            )

    def _curve_names(self) -> dict[str, str]:
        return {
            "gensim": self.tr("training, per word"),
            "held-out": self.tr("held-out, per pair"),
            "analogies": self.tr("analogy accuracy"),
            "WordSim-353 ρ": "WordSim-353 ρ",
            "SimLex-999 ρ": "SimLex-999 ρ",
        }

    def _draw_curves(self) -> None:
        names = self._curve_names()
        for key, points in self.curves.items():
            plot = self.loss if key in LOSS_KEYS else self.evaluation
            epochs = sorted(points)
            plot.set_curve(names[key], epochs, [points[e] for e in epochs])
        for plot in (self.loss, self.evaluation):
            plot.widen_range()

    def _show_pairs(self, snapshot) -> None:
        pairs = [(p.target, p.context, bool(p.positive)) for p in snapshot.pairs]
        self.pairs.show_pairs(snapshot.epoch, list(snapshot.sentence), pairs, snapshot.scores)

    def _show_frame(self, frame: MapFrame) -> None:
        first = self.frame is None or self.frame.words != frame.words
        self.frame = frame
        if first:
            self.map.set_points(frame.coords, list(frame.words), frame.counts)
            self.map.set_label_count(LABELS_SHOWN)
        else:
            self.map.update_coords(frame.coords)

    def on_succeeded(self, result) -> None:
        self.result = result
        self.state.set_vectors(trained_vectors(result))
        self.messages.show_message(
            self.tr(
                "Trained %1 word vectors: the Map page and the neighbour lists use them."
            ).replace("%1", whole(len(result.keyed_vectors.index_to_key))),
            "info",
        )
        super().on_succeeded(result)

    def _on_vectors_loaded(self, vectors: WordVectors) -> None:
        self._clear_views()
        self.state.set_vectors(vectors)

    def shutdown(self) -> None:
        self.files.stop()
        super().shutdown()

    # --- sessions ---------------------------------------------------------------------------
    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "curves": self.curves,
            "frame": self.frame,
            "pairs": self.pairs.state(),
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.curves = session["curves"]
        last = max((max(p) for p in self.curves.values() if p), default=10)
        self._clear_views(last)
        self.curves = session["curves"]
        self._draw_curves()
        if session["frame"] is not None:
            self._show_frame(session["frame"])
        if session["pairs"] is not None:
            self.pairs.show_pairs(*session["pairs"])
