"""LSTM gates, live: train a language model and watch f_t, i_t, C̃_t, o_t, C_t, h_t on a probe."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.events import Metrics, Notice
from lab_app.core.lstm import (
    ConfigError,
    GateSnapshot,
    LstmConfig,
    ProbeError,
    TrainingDiverged,
    display_label,
    encode_probe,
    simple_word_tokens,
)
from lab_app.core.lstm.jobs import Prepared, corpus_units, language_model_job
from lab_app.qt import theme as theme_mod
from lab_app.qt.core_text import translated
from lab_app.qt.tabs.lstm_settings import LstmSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.equation_panel import EquationPanel
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.heatmap import HeatmapView
from lab_app.qt.widgets.loss_curve import LossCurve
from lab_app.qt.widgets.run_controls import SteadyLabel
from lab_app.qt.widgets.unit_text import UnitText

# (key, title, signed): the six views of lecture §2, in the order the equations run.
GATE_VIEWS = (
    ("f", QT_TRANSLATE_NOOP("GatesPage", "f<sub>t</sub> forget gate"), False),
    ("i", QT_TRANSLATE_NOOP("GatesPage", "i<sub>t</sub> input gate"), False),
    ("g", QT_TRANSLATE_NOOP("GatesPage", "C̃<sub>t</sub> candidate"), True),
    ("o", QT_TRANSLATE_NOOP("GatesPage", "o<sub>t</sub> output gate"), False),
    ("c", QT_TRANSLATE_NOOP("GatesPage", "C<sub>t</sub> cell state (memory)"), True),
    ("h", QT_TRANSLATE_NOOP("GatesPage", "h<sub>t</sub> output"), True),
)
MAX_SNAPSHOTS = 400
MAX_PROBE_UNITS = 400
# A curve redraw costs ~10 ms of GUI time (more while training competes for the GIL): the loss
# is redrawn twice a second, the slowly changing saturation shares once.
LOSS_REDRAW_S = 0.5
SATURATION_REDRAW_S = 1.0
CELL_KEYS = ("f", "i", "g", "o", "c", "h", "zf", "zi", "zg", "zo", "c_prev")
SATURATED_GATES = ("f", "i", "o")


def _saturation_names(gate: str) -> tuple[str, str]:
    """Legend names of a gate's two shares, (> 0.9, < 0.1); legend labels are HTML."""
    return f"{gate} &gt; 0.9", f"{gate} &lt; 0.1"


def _levels(key: str, values: np.ndarray, previous: float = 0.0) -> tuple[float, float]:
    """Colour range of a view: [0, 1] for sigmoid gates, [−1, 1] for tanh values, and for the
    unbounded C_t a symmetric range that only grows, in steps of ×2 (a steady colour bar)."""
    if key in ("f", "i", "o"):
        return 0.0, 1.0
    if key in ("g", "h"):
        return -1.0, 1.0
    bound = float(np.max(np.abs(values))) if values.size else 1.0
    bound = max(previous, 2.0 ** np.ceil(np.log2(max(bound, 1e-3))))
    return -bound, bound


class GatesPage(RunPage):
    """Training controls, loss and saturation curves, six gate heatmaps, equations, unit view."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.settings = LstmSettings()
        self.loss = LossCurve(self.tr("Loss (cross-entropy, nats)"))
        self.saturation = LossCurve(
            self.tr("Saturated gates: share &lt; 0.1 or &gt; 0.9"),
            y_label=self.tr("share"),
            y_range=(0.0, 1.0),
        )
        self.saturation.legend.setColumnCount(2)
        self.equations = EquationPanel()
        self.heatmaps = {
            key: HeatmapView(self._tr(title), diverging=signed) for key, title, signed in GATE_VIEWS
        }
        self._series_names = {"train": self.tr("training"), "validation": self.tr("validation")}
        self.snapshots: list = []
        self.trained = None
        self.prepared: Prepared | None = None
        self.selected: tuple[int, int] | None = None
        self._build_playback()
        self._layout()
        self._connect()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.preview_layout)
        for signal in (
            self.settings.d_h.valueChanged,
            self.settings.steps.valueChanged,
            self.settings.level.currentIndexChanged,
            self.settings.probe.textChanged,
            self.state.corpus_changed,
        ):
            signal.connect(lambda *_: self._preview_timer.start())
        self.preview_layout()

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("GatesPage", text)

    def _build_playback(self) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(
            self.tr("Play back the gates over training: each position is a kept snapshot")
        )
        self.slider.setEnabled(False)
        self.follow = QCheckBox(self.tr("follow training"))
        self.follow.setChecked(True)
        self.step_label = SteadyLabel(self.tr("no snapshot yet"), "aún no hay instantánea")
        self.unit = QSpinBox()
        self.unit.setPrefix(self.tr("unit "))
        self.unit.setToolTip(
            self.tr(
                "Colour the probe by this unit's h_t (LSTMVis): hunt for units that track quotes or word ends"
            )
        )
        self.unit_text = UnitText()
        self.unit_text.setMaximumHeight(90)

    def _layout(self) -> None:
        grid = QGridLayout()
        for index, (key, _, _) in enumerate(GATE_VIEWS):
            grid.addWidget(self.heatmaps[key], index // 3, index % 3)
        playback = QHBoxLayout()
        playback.addWidget(self.step_label)
        playback.addWidget(self.slider, 1)
        playback.addWidget(self.follow)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit)
        unit_row.addWidget(self.unit_text, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.loss, self.saturation, self.equations):
            top.addWidget(widget)
        self._top_row = (self.loss, self.saturation, self.equations)
        theme_mod.theme_manager().changed.connect(self._on_theme_changed)
        self._on_theme_changed(theme_mod.current())
        top.setSizes([380, 380, 560])  # the equations need the widest column
        centre = QVBoxLayout()
        centre.addWidget(top, 3)
        centre.addLayout(grid, 5)
        centre.addLayout(playback)
        centre.addLayout(unit_row)
        self.place(self.settings, centre)

    def _connect(self) -> None:
        self.slider.valueChanged.connect(self._on_slider)
        self.unit.valueChanged.connect(lambda _: self._show_unit())
        self.settings.probe_changed.connect(self._on_probe_changed)
        for heatmap in self.heatmaps.values():
            heatmap.cell_clicked.connect(self._on_cell_clicked)

    # --- running ---------------------------------------------------------------------------
    def start(self, max_steps: int | None = None) -> int:
        """Start training on the shared corpus (the Spanish sample when none is loaded)."""

        values = self.settings.config_values(self.controls.seed.value())
        if max_steps is not None:
            values["max_steps"] = max_steps
        try:
            cfg = LstmConfig(**values)
        except ConfigError as error:
            self.messages.show_message(
                self.tr("Check the settings: %1").replace("%1", translated(error)), "error"
            )
            return 0
        self.messages.hide()
        corpus = self._corpus()
        self._prepare_curves(cfg.max_steps)
        self.snapshots.clear()
        self.selected = None
        return self.runner.start(language_model_job, cfg, corpus)

    def _prepare_curves(self, steps: int | None = None) -> None:
        self.loss.prepare(list(self._series_names.values()), steps)
        names = [name for gate in SATURATED_GATES for name in _saturation_names(gate)]
        self.saturation.prepare(names, steps)

    def preview_layout(self) -> None:
        """Lay the views out for the next run, empty: curves over its steps, heatmaps of units ×
        the probe's tokens.

        Done while idle (after the settings change), so that the first snapshot of a run only
        fills in colours: a first layout of six heatmaps would stall the window ~150 ms.
        """
        if self.runner.busy or self.snapshots:
            return
        self._prepare_curves(self.settings.steps.value())
        d_h, text = self.settings.d_h.value(), self.settings.probe_text()
        if not 1 <= d_h <= 4096 or not text.strip():
            return
        if self.settings.level.currentData() == "char":
            labels = [display_label(unit) for unit in text]
        elif self.state.corpus is not None:
            labels = corpus_units(self.state.corpus, "word")[1](text)
        else:
            labels = simple_word_tokens(text)
        if not labels or len(labels) > MAX_PROBE_UNITS:
            return
        self._set_unit_count(d_h)
        empty = np.full((d_h, len(labels)), np.nan)
        units = [str(u) for u in range(d_h)]
        for key, heatmap in self.heatmaps.items():
            heatmap.set_matrix(empty, units, labels, _levels(key, empty[:, :0]))

    def _corpus(self):
        if self.state.corpus is None:
            from lab_app.core.corpus import load_builtin

            self.state.set_corpus(load_builtin("spanish_sample"))
            self.messages.show_message(
                self.tr("No corpus was loaded: using the Spanish sample."), "info"
            )
        return self.state.corpus

    # --- kept across a window rebuild --------------------------------------------------------
    def session(self) -> dict:
        """Settings, the trained model, snapshots and curves: what a new window shows again."""
        return {
            "settings": widget_values(self.settings.fields()),
            "seed": self.controls.seed.value(),
            "trained": self.trained,
            "prepared": self.prepared,
            "snapshots": list(self.snapshots),
            "index": self.slider.value(),
            "follow": self.follow.isChecked(),
            # By series key: the legend's names are in the old window's language.
            "loss": {k: self.loss.series_data(n) for k, n in self._series_names.items()},
            "saturation": self.saturation.data(),
            "steps": self.loss.x_span,
            "selected": self.selected,
            "unit": self.unit.value(),
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self.settings.fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.trained, self.prepared = session["trained"], session["prepared"]
        loss = {self._series_names[key]: data for key, data in session["loss"].items()}
        self.loss.load(loss, session["steps"])
        self.saturation.load(session["saturation"], session["steps"])
        self.snapshots = session["snapshots"]
        if not self.snapshots:
            return
        self.slider.setEnabled(True)
        self.slider.setRange(0, len(self.snapshots) - 1)
        self.follow.setChecked(session["follow"])
        index = min(session["index"], len(self.snapshots) - 1)
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self.show_snapshot(self.snapshots[index])
        self.updates.flush()
        if session["selected"] is not None:
            self._on_cell_clicked(*session["selected"])
        self.unit.setValue(session["unit"])

    # --- events ----------------------------------------------------------------------------
    def on_event(self, event) -> None:
        if isinstance(event, Metrics):
            values = {self._series_names.get(k, k): v for k, v in event.values.items()}
            self.loss.append(event.step, values, redraw=False)
            self.loss.queue_redraw(self.updates, LOSS_REDRAW_S)
        elif isinstance(event, GateSnapshot):
            self._add_snapshot(event)
        elif isinstance(event, Prepared):
            self._on_prepared(event)
        elif isinstance(event, Notice):
            self.messages.show_message(translated(event), event.level)

    def _on_theme_changed(self, theme: theme_mod.Theme) -> None:
        # Curves stay readable when projector fonts make their titles and axes larger.
        for widget in self._top_row:
            widget.setMinimumHeight(int(170 * (1 + (theme.scale - 1) / 2)))

    def _on_prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        if prepared.probe.unknown:
            unseen = " ".join(repr(u) for u in prepared.probe.unknown[:12])
            text = self.tr(
                "The probe has units never seen in training (read as <unk>): %1"
            ).replace("%1", unseen)
            self.messages.show_message(text, "warning")

    def _add_snapshot(self, snapshot) -> None:
        saturation = {}
        for gate in SATURATED_GATES:
            low, high = snapshot.saturation[gate]
            above, below = _saturation_names(gate)
            saturation[above], saturation[below] = high, low
        self.saturation.append(snapshot.step, saturation, redraw=False)
        self.saturation.queue_redraw(self.updates, SATURATION_REDRAW_S)
        self.snapshots.append(snapshot)
        if len(self.snapshots) > MAX_SNAPSHOTS:
            # Keep the first and every other one: playback spans the whole run at half the detail.
            self.snapshots = self.snapshots[:1] + self.snapshots[2::2]
        self.slider.setEnabled(True)
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.snapshots) - 1)
        self.slider.blockSignals(False)
        if self.follow.isChecked():
            self.slider.blockSignals(True)
            self.slider.setValue(len(self.snapshots) - 1)
            self.slider.blockSignals(False)
            self.show_snapshot(self.snapshots[-1])

    def _on_slider(self, index: int) -> None:
        if 0 <= index < len(self.snapshots):
            self.follow.setChecked(index == len(self.snapshots) - 1)
            self.show_snapshot(self.snapshots[index])
            self.updates.flush()  # a user's move gets an immediate answer

    def show_snapshot(self, snapshot) -> None:
        """Draw one snapshot in the six heatmaps (one per event-loop turn), equations, unit view."""
        self.shown = snapshot
        units = [str(u) for u in range(snapshot.gates["h"].shape[1])]
        for key, heatmap in self.heatmaps.items():
            values = snapshot.gates[key].T  # units × tokens
            levels = _levels(
                key,
                values,
                heatmap.colour_bar.levels()[1] if key == "c" and heatmap.values.size else 0.0,
            )
            self.updates.put(
                key, partial(heatmap.set_matrix, values, units, snapshot.labels, levels)
            )
        self.updates.put("details", partial(self._show_details, snapshot, len(units)))

    def _show_details(self, snapshot, n_units: int) -> None:
        """The step label, the selected cell's equations and the unit view (one queue turn)."""
        self.step_label.setText(self.tr("step %1").replace("%1", str(snapshot.step)))
        self._set_unit_count(n_units)
        if self.selected is not None:
            self._on_cell_clicked(*self.selected)
        self._show_unit()

    def _set_unit_count(self, n_units: int) -> None:
        if self.unit.maximum() != n_units - 1:
            # Even an unchanged maximum makes the spin box ask for a new layout: a full repaint.
            self.unit.setMaximum(n_units - 1)

    def _show_unit(self) -> None:
        snapshot = getattr(self, "shown", None)
        if snapshot is None:
            return
        values = snapshot.gates["h"][:, self.unit.value()]
        level = self.prepared.data.level if self.prepared else "char"
        tokens = self.prepared.probe.units if self.prepared else snapshot.labels
        self.unit_text.show_values(tokens, values, "" if level == "char" else " ")

    def _on_cell_clicked(self, row: int, col: int) -> None:
        snapshot = getattr(self, "shown", None)
        if snapshot is None:
            return
        self.selected = (row, col)
        cell = {key: float(snapshot.gates[key][col, row]) for key in CELL_KEYS}
        self.equations.show_cell(cell, unit=row, token=snapshot.labels[col], t=col + 1)
        self.unit.setValue(row)

    def _on_probe_changed(self, text: str) -> None:
        if self.prepared is None:
            return  # the next run uses the settings' probe
        try:
            probe = encode_probe(self.prepared.data, text)
        except ProbeError as error:
            self.messages.show_message(translated(error), "error")
            return
        self.prepared = Prepared(self.prepared.data, probe)
        self._on_prepared(self.prepared)
        if self.runner.busy:
            self.runner.send(probe)
        elif self.trained is not None:
            self._add_snapshot(self.trained.snapshot(probe))
            self.updates.flush()

    def on_succeeded(self, trained) -> None:
        self.trained = trained
        super().on_succeeded(trained)

    def failure_text(self, error: BaseException) -> str:
        if not isinstance(error, TrainingDiverged):
            return self.tr("Training stopped: %1").replace("%1", translated(error))
        self.trained = error.last_good  # the weights before the loss blew up
        text = self.tr(
            "Training diverged at step %1 (loss %2): lower the learning rate or turn on clipping. "
            "The weights from step %3 are kept."
        )
        text = text.replace("%1", str(error.step)).replace("%2", f"{error.loss:g}")
        return text.replace("%3", str(error.last_good.steps))
