"""Vanishing gradients: RNN, GRU and LSTM side by side, ‖∂L/∂h_{t−k}‖ against k, live.

Also the pieces both comparison pages (this one and the long-memory page) show so that the
comparison is fair and says so: the gate-initialisation choice, the note on what is held the
same, and the one-line GRU definition (the lecture does not introduce the GRU).
"""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.events import Metrics
from lab_app.core.rnn.gradients import (
    LIMITS,
    GradientConfig,
    GradientProfile,
    compare_gradients,
)
from lab_app.qt.core_text import translated
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.form_state import set_widget_values, widget_values
from lab_app.qt.widgets.loss_curve import LossCurve
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.widgets.run_controls import SteadyLabel

CELL_NAMES = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}
NORM_DECADES = (-31.0, 1.0)  # the norm plot's y axis, log10
REDRAW_S = 0.5
PLOT_MIN = QSize(
    360, 200
)  # a readable plot at normal scale (projector mode scales it)  # each view at most twice a second: a redraw costs ~10 ms of GUI time


class GateInitBox(QComboBox):
    """How every gated cell's keep gate starts (core ``GateInit``); the item data is its kind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(self.tr("chrono"), "chrono")
        self.addItem(self.tr("b = 1"), "bias_1")
        self.addItem(self.tr("torch default"), "torch")
        self.setToolTip(
            self.tr(
                "Starting bias b of the gate that keeps the old state: the LSTM's forget gate f, "
                "the GRU's update gate z. The RNN has no such gate.<br>"
                "<b>chrono</b>: b = log u, u ~ U[1, T−1], T = sequence length: each unit starts "
                "keeping its state for 2 to T steps (Tallec &amp; Ollivier 2018); the LSTM's "
                "input gate gets b<sub>i</sub> = −b<sub>f</sub>.<br>"
                "<b>b = 1</b>: σ(1) ≈ 0.73, about 4 steps.<br>"
                "<b>torch default</b>: b near 0, σ ≈ 0.5, about 2 steps."
            )
        )


class ComparisonNote(QLabel):
    """What a side-by-side run holds the same, what differs, and the gate initialisation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def show_setting(self, gate_init: str, span: str) -> None:
        """Show the note for ``gate_init`` (a GateInitBox kind); ``span`` is T as text."""
        same = self.tr(
            "Same data, same seed, same d<sub>h</sub>, same output layer and the same number of "
            "steps; only the recurrent cell differs."
        )
        self.setText(f"{same} {self._gates(gate_init, span)}")

    def _gates(self, gate_init: str, span: str) -> str:
        # Each choice says what memory span it gives at the start: that is why chrono is the
        # default (the span the task needs), and what the others take away.
        if gate_init == "chrono":
            text = self.tr(
                "Gate initialisation: chrono (T = %1) for the LSTM's forget gate f and the GRU's "
                "update gate z: both start with memory spans up to T steps, as the task needs; "
                "the RNN has no gate."
            )
            return text.replace("%1", span)
        if gate_init == "bias_1":
            return self.tr(
                "Gate initialisation: b = 1 for the LSTM's forget gate f and the GRU's update "
                "gate z: σ(1) ≈ 0.73, about 4 steps of memory at the start; the RNN has no gate."
            )
        return self.tr(
            "Gate initialisation: torch's default for the LSTM's forget gate f and the GRU's "
            "update gate z: σ ≈ 0.5, about 2 steps of memory at the start; the RNN has no gate."
        )


class GruNote(QLabel):
    """One line on the GRU, which the lecture does not introduce."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(
            self.tr(
                "GRU (gated recurrent unit): like an LSTM without a separate memory "
                "C<sub>t</sub>; an update gate z<sub>t</sub> mixes the old h<sub>t−1</sub> with "
                "a candidate: h<sub>t</sub> = (1 − z<sub>t</sub>)·ñ<sub>t</sub> + "
                "z<sub>t</sub>·h<sub>t−1</sub>."
            )
        )


class GradientsPage(RunPage):
    """Trains the three cells on the long-memory task and plots how far the gradient reaches."""

    demo_budget_s = 30.0
    demo_steps = 150

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.gap = QSpinBox()
        self.gap.setRange(1, LIMITS["gap"][1])
        self.gap.setValue(100)
        self.gap.setToolTip(
            self.tr("Distractor tokens between the symbol to remember and the question")
        )
        self.steps = QSpinBox()
        self.steps.setRange(1, LIMITS["max_steps"][1])
        self.steps.setValue(300)
        self.hidden = QSpinBox()
        self.hidden.setRange(1, LIMITS["hidden_size"][1])
        self.hidden.setValue(32)
        self.norms = CurvePlot(
            self.tr("Gradient reaching k steps back: ‖∂L/∂h<sub>t−k</sub>‖ / ‖∂L/∂h<sub>t</sub>‖"),
            "k",
            self.tr("relative norm (log)"),
            log_y=True,
            steady_range=True,
            markers=False,
        )
        self.norms.prepare(
            list(CELL_NAMES.values()), x_range=(0, self.gap.value() + 1), y_range=NORM_DECADES
        )
        self.losses = LossCurve(self.tr("Loss of each network"))
        self.losses.prepare(list(CELL_NAMES.values()))  # now, while idle
        self.profile: GradientProfile | None = None
        self.step_label = SteadyLabel(
            "", self.tr("measured after %1 training steps").replace("%1", "100000")
        )
        self.gate_init = GateInitBox()
        self.comparison = ComparisonNote()
        self.explain = QLabel(
            self.tr(
                "The last step's loss is differentiated with respect to each earlier "
                "h<sub>t−k</sub>. A plain RNN's product of Jacobians shrinks it geometrically; "
                "the gates let it pass while f<sub>t</sub>, z<sub>t</sub> ≈ 1."
            )
        )
        self.explain.setWordWrap(True)
        self.gap.valueChanged.connect(self._on_setting_changed)
        self.gate_init.currentIndexChanged.connect(self._on_setting_changed)
        self._on_setting_changed()
        self._layout()

    def _layout(self) -> None:
        settings = QGroupBox(self.tr("Task"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Gap G"), self.gap)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow("d<sub>h</sub>", self.hidden)
        # Label above the box: side by side they would not fit the column in projector mode.
        gate_label = QLabel(self.tr("Gate initialisation"))
        gate_label.setBuddy(self.gate_init)
        form.addRow(gate_label)
        form.addRow(self.gate_init)
        form.addRow(self.explain)
        form.addRow(GruNote())
        plots = QVBoxLayout()
        # Above the plots, not in the settings column: it stays in view when the column is hidden.
        plots.addWidget(self.comparison)
        plots.addWidget(self.step_label)
        # One above the other on a laptop; one at a time (tabs) on a projector.
        self.panels = PanelGrid(
            [self.norms, self.losses],
            [self.tr("Gradient"), self.tr("Loss")],
            1,
            PLOT_MIN,
        )
        plots.addWidget(self.panels, 1)
        self.place(settings, plots)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "gap": self.gap,
            "steps": self.steps,
            "hidden": self.hidden,
            "gate_init": self.gate_init,
        }

    def _on_setting_changed(self) -> None:
        # Chrono's T is the sequence length: the gap, the symbol and the question.
        self.comparison.show_setting(self.gate_init.currentData(), str(self.gap.value() + 2))

    def start(self, max_steps: int | None = None) -> int:
        try:
            cfg = GradientConfig(
                gap=self.gap.value(),
                hidden_size=self.hidden.value(),
                max_steps=max_steps or self.steps.value(),
                seed=self.controls.seed.value(),
                gate_init=self.gate_init.currentData(),
            )
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return 0
        self.messages.clear()
        self.losses.prepare([CELL_NAMES.get(c, c) for c in cfg.cells], cfg.max_steps)
        # k runs over the whole sequence; ratios are floored at 1e-30 and rarely pass 10.
        self.norms.prepare(
            [CELL_NAMES.get(c, c) for c in cfg.cells],
            x_range=(0, cfg.gap + 1),
            y_range=NORM_DECADES,
        )
        return self.runner.start(compare_gradients, cfg)

    def start_demo(self) -> bool:
        return bool(self.start(max_steps=self.demo_steps))

    def session(self) -> dict:
        return {
            "settings": widget_values(self._fields()),
            "seed": self.controls.seed.value(),
            "losses": self.losses.data(),
            "steps": self.losses.x_span,
            "profile": self.profile,
        }

    def restore(self, session: dict) -> None:
        set_widget_values(self._fields(), session["settings"])
        self.controls.seed.setValue(session["seed"])
        self.losses.load(session["losses"], session["steps"])
        profile = session["profile"]
        if profile is not None:
            names = [CELL_NAMES.get(c, c) for c in profile.norms]
            last_k = len(next(iter(profile.norms.values()))) - 1
            self.norms.prepare(names, x_range=(0, last_k), y_range=NORM_DECADES)
            self.show_profile(profile)

    def on_event(self, event) -> None:
        if isinstance(event, Metrics):
            values = {CELL_NAMES.get(k, k): v for k, v in event.values.items()}
            self.losses.append(event.step, values, redraw=False)
            self.losses.queue_redraw(self.updates, REDRAW_S)
        elif isinstance(event, GradientProfile):
            self.updates.put("profile", partial(self.show_profile, event), every_s=REDRAW_S)

    def show_profile(self, profile) -> None:
        """Plot each cell's relative gradient norm against k."""
        for cell in profile.norms:
            relative = np.maximum(profile.relative(cell), 1e-30)  # log axis: no zeros
            self.norms.set_curve(CELL_NAMES.get(cell, cell), np.arange(len(relative)), relative)
        self.norms.widen_range()
        self.profile = profile
        self.step_label.setText(
            self.tr("measured after %1 training steps").replace("%1", str(profile.step))
        )
