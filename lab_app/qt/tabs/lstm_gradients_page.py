"""Vanishing gradients: RNN, GRU and LSTM side by side, ‖∂L/∂h_{t−k}‖ against k, live."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtWidgets import (
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
from lab_app.qt.widgets.run_controls import SteadyLabel

CELL_NAMES = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}
NORM_DECADES = (-31.0, 1.0)  # the norm plot's y axis, log10
REDRAW_S = 0.5  # each view at most twice a second: a redraw costs ~10 ms of GUI time


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
        self.explain = QLabel(
            self.tr(
                "Same data, same seed. The loss at the last step is differentiated with respect to each "
                "earlier memory h<sub>t−k</sub>. In a plain RNN the product of Jacobians shrinks it "
                "geometrically; the LSTM's additive cell update C<sub>t</sub> = f<sub>t</sub>·C<sub>t−1</sub> + … "
                "lets it pass while f<sub>t</sub> ≈ 1."
            )
        )
        self.explain.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        settings = QGroupBox(self.tr("Task"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Gap G"), self.gap)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow("d<sub>h</sub>", self.hidden)
        form.addRow(self.explain)
        plots = QVBoxLayout()
        plots.addWidget(self.step_label)
        plots.addWidget(self.norms, 3)
        plots.addWidget(self.losses, 2)
        self.place(settings, plots)

    def start(self, max_steps: int | None = None) -> int:
        try:
            cfg = GradientConfig(
                gap=self.gap.value(),
                hidden_size=self.hidden.value(),
                max_steps=max_steps or self.steps.value(),
                seed=self.controls.seed.value(),
            )
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return 0
        self.messages.hide()
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
        fields = {"gap": self.gap, "steps": self.steps, "hidden": self.hidden}
        return {
            "settings": widget_values(fields),
            "seed": self.controls.seed.value(),
            "losses": self.losses.data(),
            "steps": self.losses.x_span,
            "profile": self.profile,
        }

    def restore(self, session: dict) -> None:
        fields = {"gap": self.gap, "steps": self.steps, "hidden": self.hidden}
        set_widget_values(fields, session["settings"])
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
