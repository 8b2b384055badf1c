"""LSTM gates, live: train a language model and watch f_t, i_t, C̃_t, o_t, C_t, h_t on a probe."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from lab_app.core.events import Metrics
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
from lab_app.core.lstm.config import LIMITS
from lab_app.core.lstm.jobs import Prepared, corpus_units, language_model_job
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import decimal
from lab_app.qt.tabs.lstm_gate_views import GateViews
from lab_app.qt.tabs.lstm_settings import LstmSettings
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.equation_panel import EquationPanel
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.loss_curve import LossCurve
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.widgets.playback_bar import PlaybackBar
from lab_app.qt.widgets.unit_text import UnitText

MAX_PROBE_UNITS = 400
# The smallest readable panel at normal scale (projector mode scales it): a curve, or a heatmap
# with ~15 token labels and its colour bar.
PANEL_MIN = QSize(300, 170)
# A curve redraw costs ~10 ms of GUI time (more while training competes for the GIL): the loss
# is redrawn twice a second, the slowly changing saturation shares once.
LOSS_REDRAW_S = 0.5
SATURATION_REDRAW_S = 1.0
CELL_KEYS = ("f", "i", "g", "o", "c", "h", "zf", "zi", "zg", "zo", "c_prev")
SATURATED_GATES = ("f", "i", "o")


# Each gate its colour (Okabe–Ito index); "> 0.9" solid, "< 0.1" dashed: a pair that differs
# in one respect differs in line style too.
SATURATION_COLOURS = {"f": 0, "i": 2, "o": 5}


def _saturation_names(gate: str) -> tuple[str, str]:
    """Legend names of a gate's two shares, (> 0.9, < 0.1), numbers in the UI's language;
    legend labels are HTML."""
    return f"{gate} &gt; {decimal(0.9, 1)}", f"{gate} &lt; {decimal(0.1, 1)}"


def _saturation_styles() -> dict[str, tuple[int, bool]]:
    styles = {}
    for gate in SATURATED_GATES:
        above, below = _saturation_names(gate)
        styles[above] = (SATURATION_COLOURS[gate], False)
        styles[below] = (SATURATION_COLOURS[gate], True)
    return styles


class GatesPage(RunPage):
    """Training controls, loss and saturation curves, six gate heatmaps, equations, unit view."""

    demo_budget_s = 40.0
    demo_steps = 300

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.settings = LstmSettings()
        self.loss = LossCurve(self.tr("Loss (cross-entropy, nats)"))
        self.saturation = LossCurve(
            self.tr("Saturated gates: share &lt; 0.1 or &gt; 0.9"),
            y_label=self.tr("share"),
            y_range=(0.0, 1.0),
        )
        self.saturation.legend.setColumnCount(2)
        self.equations = EquationPanel()
        self.views = GateViews(self)
        self.heatmaps = self.views.heatmaps
        self.playback = PlaybackBar()
        self._series_names = {"train": self.tr("training"), "validation": self.tr("validation")}
        self.trained = None
        self.prepared: Prepared | None = None
        self._curves_due: int | None = None  # a started run's steps, its curves not yet emptied
        self.selected: tuple[int, int] | None = None
        self.shown: GateSnapshot | None = None
        self._build_unit_view()
        self._layout()
        self._connect()
        self.preview_layout()

    @property
    def snapshots(self):
        """The kept snapshots of the run (a ``SnapshotHistory``, oldest first)."""
        return self.playback.history

    def _build_unit_view(self) -> None:
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
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit)
        unit_row.addWidget(self.unit_text, 1)
        # Curves, equations and the six gates: a 3 × 3 grid on a laptop, one panel at a time
        # (tabs) on a projector where a grid's text would be too small.
        self.panels = PanelGrid(
            [self.loss, self.saturation, self.equations, *self.heatmaps.values()],
            [self.tr("Loss"), self.tr("Saturation"), self.tr("Equations"), *self.views.tab_titles],
            3,
            PANEL_MIN,
            groups=[(self.tr("Training"), 3), (self.tr("Gates on the probe"), 6)],
            first_row_height=300,  # the six worked equations, two lines each, without a scrollbar
        )
        centre = QVBoxLayout()
        centre.addWidget(self.panels, 1)
        centre.addWidget(self.playback)
        centre.addLayout(unit_row)
        self.place(self.settings, centre)

    def _connect(self) -> None:
        self.playback.chosen.connect(self._on_chosen)
        self.unit.valueChanged.connect(self._show_unit)
        self.settings.probe_changed.connect(self._on_probe_changed)
        self.views.cell_clicked.connect(self._on_cell_clicked)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.preview_layout)
        for signal in (
            self.settings.d_h.valueChanged,
            self.settings.steps.valueChanged,
            self.settings.level.currentIndexChanged,
            self.settings.probe.textChanged,
            # A bound method, not a lambda: the connection to the long-lived state ends when
            # this page is deleted (a language switch rebuilds the window).
            self.state.corpus_changed,
        ):
            signal.connect(self._schedule_preview)

    def _schedule_preview(self, *_: object) -> None:
        self._preview_timer.start()

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
        self.messages.clear()
        corpus = self._corpus()
        # The curves are emptied one event-loop turn later (or before the run's first point,
        # whichever comes first): emptied here, their repaint joined the controls' in one
        # frame of ~40 ms as the run started (bench_gui.py).
        self._curves_due = cfg.max_steps
        self.updates.put("prepare-curves", self._prepare_due_curves)
        self.playback.clear()
        # The probe and data of the previous run must not serve this one.
        self.prepared, self.selected, self.shown = None, None, None
        return self.runner.start(language_model_job, cfg, corpus)

    def start_demo(self) -> bool:
        return bool(self.start(max_steps=self.demo_steps))

    def end_demo(self) -> None:
        super().end_demo()
        if self.shown is not None:
            # Fill the equation panel for a cell in the middle of the probe.
            self._on_cell_clicked(0, len(self.shown.labels) // 2)

    def _prepare_due_curves(self) -> None:
        if self._curves_due is not None:
            steps, self._curves_due = self._curves_due, None
            self._prepare_curves(steps)

    def _prepare_curves(self, steps: int | None = None) -> None:
        self.loss.prepare(list(self._series_names.values()), steps)
        names = [name for gate in SATURATED_GATES for name in _saturation_names(gate)]
        self.saturation.prepare(names, steps, _saturation_styles())

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
        if not 1 <= d_h <= LIMITS["hidden_size"][1] or not text.strip():
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
        self.views.preview(d_h, labels)

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
            "index": self.playback.slider.value(),
            "follow": self.playback.follow.isChecked(),
            # By series key: the legend's names are in the old window's language.
            "loss": {k: self.loss.series_data(n) for k, n in self._series_names.items()},
            # By position (gate, side): the names carry the old window's decimal sign.
            "saturation": list(self.saturation.data().values()),
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
        names = [name for gate in SATURATED_GATES for name in _saturation_names(gate)]
        self.saturation.load(dict(zip(names, session["saturation"])), session["steps"])
        snapshot = self.playback.restore(session["snapshots"], session["index"], session["follow"])
        if snapshot is None:
            return
        self.show_snapshot(snapshot)
        self.updates.flush()
        if session["selected"] is not None:
            self._on_cell_clicked(*session["selected"])
        self.unit.setValue(session["unit"])

    # --- events ----------------------------------------------------------------------------
    def on_event(self, event) -> None:
        if isinstance(event, Metrics):
            self._prepare_due_curves()
            values = {self._series_names.get(k, k): v for k, v in event.values.items()}
            self.loss.append(event.step, values, redraw=False)
            self.loss.queue_redraw(self.updates, LOSS_REDRAW_S)
        elif isinstance(event, GateSnapshot):
            self._add_snapshot(event)
        elif isinstance(event, Prepared):
            self._on_prepared(event)

    def _on_prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        if prepared.probe.unknown:
            unseen = " ".join(repr(u) for u in prepared.probe.unknown[:12])
            text = self.tr(
                "The probe has units never seen in training (read as <unk>): %1"
            ).replace("%1", unseen)
            self.messages.show_message(text, "warning")

    def _add_snapshot(self, snapshot) -> None:
        self._prepare_due_curves()
        saturation = {}
        for gate in SATURATED_GATES:
            low, high = snapshot.saturation[gate]
            above, below = _saturation_names(gate)
            saturation[above], saturation[below] = high, low
        self.saturation.append(snapshot.step, saturation, redraw=False)
        self.saturation.queue_redraw(self.updates, SATURATION_REDRAW_S)
        if self.playback.add(snapshot):
            self.show_snapshot(snapshot)

    def _on_chosen(self, snapshot) -> None:
        self.show_snapshot(snapshot)
        self.updates.flush()  # a user's move gets an immediate answer

    def show_snapshot(self, snapshot) -> None:
        """Draw one snapshot in the six heatmaps (one per event-loop turn), equations, unit view."""
        self.shown = snapshot
        self.views.queue_snapshot(snapshot, self.updates)
        self.updates.put("details", partial(self._show_details, snapshot))

    def _show_details(self, snapshot) -> None:
        """The step label, the selected cell's equations and the unit view (one queue turn)."""
        self.playback.show_step(snapshot.step)
        self._set_unit_count(snapshot.gates["h"].shape[1])
        if self.selected is not None:
            self._on_cell_clicked(*self.selected)
        self._show_unit()

    def _set_unit_count(self, n_units: int) -> None:
        if self.unit.maximum() != n_units - 1:
            # Even an unchanged maximum makes the spin box ask for a new layout: a full repaint.
            self.unit.setMaximum(n_units - 1)

    def _show_unit(self, *_: object) -> None:
        snapshot = self.shown
        if snapshot is None or self.unit.value() >= snapshot.gates["h"].shape[1]:
            return
        values = snapshot.gates["h"][:, self.unit.value()]
        level = self.prepared.data.level if self.prepared else "char"
        tokens = self.prepared.probe.units if self.prepared else snapshot.labels
        self.unit_text.show_values(tokens, values, "" if level == "char" else " ")

    def _on_cell_clicked(self, row: int, col: int) -> None:
        snapshot = self.shown
        if snapshot is None:
            return
        n_tokens, n_units = snapshot.gates["h"].shape
        if not (0 <= row < n_units and 0 <= col < n_tokens):
            # The cell belonged to another probe or model size: forget it.
            self.selected = None
            return
        self.selected = (row, col)
        cell = {key: float(snapshot.gates[key][col, row]) for key in CELL_KEYS}
        self.equations.show_cell(cell, unit=row, token=snapshot.labels[col], t=col + 1)
        self.unit.setValue(row)

    def _on_probe_changed(self, text: str) -> None:
        # A running model reads the data of its own run; a finished one, the data it was
        # trained on (a stopped later run may have prepared other data: other ids).
        if self.runner.busy:
            data = self.prepared.data if self.prepared is not None else None
        else:
            data = self.trained.data if self.trained is not None else None
        if data is None:
            return  # the next run uses the settings' probe
        try:
            probe = encode_probe(data, text)
        except ProbeError as error:
            self.messages.show_message(translated(error), "error")
            return
        self.prepared = Prepared(data, probe)
        self._on_prepared(self.prepared)
        if self.runner.busy:
            self.runner.send(probe)
        else:
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
