"""Play back a run's snapshots: a slider over the kept ones, "follow training", the step shown.

The snapshots live in a ``SnapshotHistory`` (a memory budget, thinned evenly), so the slider
always spans the whole run. Any page that records snapshots (gates, hidden states, attention)
can use it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSlider, QWidget

from lab_app.core.lstm.history import SnapshotHistory
from lab_app.qt.widgets.run_controls import SteadyLabel


class PlaybackBar(QWidget):
    """``chosen(snapshot)`` fires when the user moves the slider to a kept snapshot."""

    chosen = Signal(object)

    def __init__(self, history: SnapshotHistory | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.history = history if history is not None else SnapshotHistory()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(
            self.tr("Play back the run: each position is a kept snapshot, first to last")
        )
        self.slider.setEnabled(False)
        self.follow = QCheckBox(self.tr("follow training"))
        self.follow.setChecked(True)
        self.step_label = SteadyLabel(self.tr("no snapshot yet"), "aún no hay instantánea")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.follow)
        self.slider.valueChanged.connect(self._on_slider)

    def clear(self) -> None:
        """Forget the snapshots (a new run starts)."""
        self.history.clear()
        self.slider.setEnabled(False)
        self._set_slider(0, 0)

    def add(self, snapshot: object) -> bool:
        """Keep ``snapshot``; return True when following, i.e. the caller should show it."""
        self.history.append(snapshot)
        self.slider.setEnabled(True)
        last = len(self.history) - 1
        following = self.follow.isChecked()
        self._set_slider(last, last if following else min(self.slider.value(), last))
        return following

    def restore(self, snapshots: list, index: int, follow: bool) -> object | None:
        """Put back a saved run; return the snapshot at ``index`` (to show), or None."""
        self.history.restore(snapshots)
        if not self.history:
            return None
        last = len(self.history) - 1
        self.slider.setEnabled(True)
        self.follow.setChecked(follow)
        index = min(index, last)
        self._set_slider(last, index)
        return self.history[index]

    def show_step(self, step: int) -> None:
        self.step_label.setText(self.tr("step %1").replace("%1", str(step)))

    def _set_slider(self, maximum: int, value: int) -> None:
        self.slider.blockSignals(True)
        if self.slider.maximum() != maximum:
            self.slider.setRange(0, maximum)
        self.slider.setValue(value)
        self.slider.blockSignals(False)

    def _on_slider(self, index: int) -> None:
        if 0 <= index < len(self.history):
            self.follow.setChecked(index == len(self.history) - 1)
            self.chosen.emit(self.history[index])
