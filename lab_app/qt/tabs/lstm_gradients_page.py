"""Vanishing gradients: RNN, GRU and LSTM side by side, ‖∂L/∂h_{t−k}‖ against k, live."""

from __future__ import annotations

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
from lab_app.core.rnn.gradients import GradientConfig, GradientProfile, compare_gradients
from lab_app.qt.tabs.run_page import RunPage
from lab_app.qt.widgets.curve_plot import CurvePlot
from lab_app.qt.widgets.loss_curve import LossCurve

CELL_NAMES = {"rnn": "RNN", "gru": "GRU", "lstm": "LSTM"}


class GradientsPage(RunPage):
    """Trains the three cells on the long-memory task and plots how far the gradient reaches."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.gap = QSpinBox()
        self.gap.setRange(1, 2000)
        self.gap.setValue(100)
        self.gap.setToolTip(
            self.tr("Distractor tokens between the symbol to remember and the question")
        )
        self.steps = QSpinBox()
        self.steps.setRange(1, 100_000)
        self.steps.setValue(300)
        self.hidden = QSpinBox()
        self.hidden.setRange(1, 1024)
        self.hidden.setValue(32)
        self.norms = CurvePlot(
            self.tr("Gradient reaching k steps back: ‖∂L/∂h<sub>t−k</sub>‖ / ‖∂L/∂h<sub>t</sub>‖"),
            "k",
            self.tr("relative norm (log)"),
            log_y=True,
        )
        self.losses = LossCurve(self.tr("Loss of each network"))
        self.step_label = QLabel()
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
            self.messages.show_message(str(error), "error")
            return 0
        self.messages.hide()
        self.losses.clear()
        self.norms.clear_curves()
        return self.runner.start(compare_gradients, cfg)

    def on_event(self, event) -> None:
        if isinstance(event, Metrics):
            self.losses.append(
                event.step, {CELL_NAMES.get(k, k): v for k, v in event.values.items()}
            )
        elif isinstance(event, GradientProfile):
            self.show_profile(event)

    def show_profile(self, profile) -> None:
        """Plot each cell's relative gradient norm against k."""
        for cell in profile.norms:
            relative = np.maximum(profile.relative(cell), 1e-30)  # log axis: no zeros
            self.norms.set_curve(CELL_NAMES.get(cell, cell), np.arange(len(relative)), relative)
        self.step_label.setText(
            self.tr("measured after %1 training steps").replace("%1", str(profile.step))
        )
