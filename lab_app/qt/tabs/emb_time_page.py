"""Meaning over time ("Tiempo"): one word2vec per period, aligned with orthogonal Procrustes,
and a word's path across the periods among its neighbours in each."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.embeddings.jobs import TimeRequest, time_job
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.emb_phases import translated_phase
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.embedding_map import EmbeddingMap
from lab_app.qt.widgets.form_fields import spin_box
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.panel_grid import PanelGrid

PANEL_MIN = QSize(340, 220)
NEIGHBOURS = 6


class TimeSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Meaning over time"))
        self.source = QComboBox()
        self.source.addItem(self.tr("Built-in demo: 1980s → 2010s"), "demo")
        self.source.addItem(self.tr("Loaded corpus, by its dates"), "corpus")
        self.source.setToolTip(
            self.tr(
                "The demo is generated here: Spanish sentences where “ratón” and “nube” live "
                "among animals and weather in the 1980s and among computers in the 2010s; "
                "“perro” and “casa” do not change. A loaded corpus needs a date column (CSV)."
            )
        )
        self.periods = spin_box(
            2, 8, 2, self.tr("Equal year ranges from the first date to the last")
        )
        self.dimension = spin_box(10, 300, 50, self.tr("d: the length of each period's vectors"))
        self.context_window = spin_box(2, 10, 4, self.tr("±window of word2vec in every period"))
        self.epochs = spin_box(1, 50, 10, self.tr("Passes over each period's text"))
        self.min_count = spin_box(1, 100, 3, self.tr("Words seen fewer times get no vector"))
        self.word = QLineEdit("ratón")
        self.word.setMaxLength(60)
        self.word.setToolTip(self.tr("The word whose path to draw; Enter redraws"))
        form = QFormLayout(self)
        form.addRow(self.tr("Text"), self.source)
        form.addRow(self.tr("Periods"), self.periods)
        form.addRow(self.tr("Dimension d"), self.dimension)
        form.addRow(self.tr("Window ±"), self.context_window)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("min_count"), self.min_count)
        form.addRow(self.tr("Word"), self.word)
        self.setToolTip(
            self.tr(
                "Each period gets its own word2vec; their axes are arbitrary, so each is rotated "
                "onto the one before with orthogonal Procrustes on the words they share: R = "
                "argmin ‖W₂R − W₁‖ with RᵀR = I (Hamilton et al. 2016)."
            )
        )

    def fields(self) -> dict[str, QWidget]:
        return {
            "source": self.source,
            "periods": self.periods,
            "dimension": self.dimension,
            "window": self.context_window,
            "epochs": self.epochs,
            "min_count": self.min_count,
            "word": self.word,
        }


class TimePage(RunPage):
    """Trains the periods on Start; then any word's path is drawn at once."""

    def progress_shown(self, progress):
        return translated_phase(progress)

    demo_budget_s = 60.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = TimeSettings()
        self.map = EmbeddingMap(self.tr("A word's path across the periods"))
        self.map.title.setToolTip(self.settings.toolTip())
        self.map.set_axis_titles(self.tr("PCA 1"), self.tr("PCA 2"))
        self.map.set_hint(self.tr("Press Start to train one word2vec per period"))
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.change = QLabel()
        self.change.setWordWrap(True)
        neighbours = QWidget()
        column = QVBoxLayout(neighbours)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.change)
        column.addWidget(self.table, 1)
        self.panels = PanelGrid(
            [self.map, neighbours], [self.tr("Path"), self.tr("Neighbours")], 2, PANEL_MIN
        )
        self.model = None
        self.settings.word.returnPressed.connect(self.show_word)
        self.place(self.settings, self.panels)

    def idle_text(self) -> str:
        return self.tr(
            "Press Start to train a word2vec per period and align them; Enter on a word draws its path."
        )

    def start(self) -> int:
        s = self.settings
        request = TimeRequest(
            source=s.source.currentData(),
            periods=s.periods.value(),
            vector_size=s.dimension.value(),
            window=s.context_window.value(),
            min_count=s.min_count.value(),
            epochs=s.epochs.value(),
            seed=self.controls.seed.value(),
        )
        if request.source == "corpus" and self.state.corpus is None:
            self.messages.show_message(
                self.tr("No corpus loaded: load one with a date column, or use the demo."),
                "warning",
            )
            return 0
        self.messages.clear()
        return self.runner.start(time_job, self.state.corpus, request)

    def start_demo(self) -> bool:
        self.settings.source.setCurrentIndex(0)
        self.settings.word.setText("ratón")
        return bool(self.start())

    def on_succeeded(self, result) -> None:
        self.model = result
        self.show_word()
        super().on_succeeded(result)

    def show_word(self) -> None:
        """Draw the word's path and list its neighbours per period (GUI thread, fast)."""
        from lab_app.core.embeddings.errors import EmbeddingError
        from lab_app.core.embeddings.time_model import (
            semantic_change,
            trajectory,
            trajectory_layout,
        )

        if self.model is None:
            return
        word = self.settings.word.text().strip().lower()
        try:
            layout = trajectory_layout(self.model, word, NEIGHBOURS)
            points = trajectory(self.model, word, NEIGHBOURS)
            change = semantic_change(self.model, word)
        except EmbeddingError as error:
            self.messages.show_message(translated(error), "warning")
            return
        self.map.set_points(layout.coords, layout.labels, groups=layout.periods)
        self.map.set_label_count(len(layout.labels))
        path = layout.coords[layout.path]
        self.map.draw_path(path, [layout.periods[i] for i in layout.path])
        coords = layout.coords.astype(float)  # float32 scalars overflow pyqtgraph's range checks
        low, high = coords.min(axis=0), coords.max(axis=0)
        pad = (high - low) * 0.15
        # More room on the right: labels are written to the right of their points.
        self.map.plot.setRange(
            xRange=(float(low[0] - pad[0]), float(high[0] + 2.5 * pad[0])),
            yRange=(float(low[1] - pad[1]), float(high[1] + pad[1])),
            padding=0,
        )
        self._fill_table(points)
        self.change.setText(
            self.tr("Change of “%1” from the first period to the last: 1 − cos = %2")
            .replace("%1", word)
            .replace("%2", decimal(change))
        )

    def _fill_table(self, points) -> None:
        self.table.clear()
        self.table.setColumnCount(len(points))
        self.table.setRowCount(NEIGHBOURS)
        self.table.setHorizontalHeaderLabels([point.period for point in points])
        for column, point in enumerate(points):
            for row, (word, score) in enumerate(point.neighbours):
                self.table.setItem(row, column, QTableWidgetItem(f"{word}  {decimal(score)}"))
        self.table.resizeColumnsToContents()

    def session(self) -> dict:
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "model": self.model,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.model = session["model"]
        self.show_word()
