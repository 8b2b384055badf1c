"""Start / Stop buttons, a progress bar with ETA, and a seed field for a background run."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox, QWidget

from lab_app.core.events import Progress


class SteadyLabel(QLabel):
    """A label of fixed size, wide enough for ``widest``: new text never re-lays out the window.

    Qt skips the relayout only for widgets fixed in both directions, and a relayout of the lab's
    window costs ~13 ms of GUI time; a label updated ten times a second would stutter. The size
    follows font changes (projector mode).
    """

    def __init__(self, text: str, widest: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._widest = widest
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        self.setFixedSize(metrics.horizontalAdvance(self._widest) + 8, metrics.height() + 6)


# Ten redraws a second look smooth; each costs the GUI thread a few milliseconds.
MIN_REDRAW_S = 0.1


def format_eta(seconds: float) -> str:
    """Return a short remaining-time text such as ``12 s`` or ``3 min 05 s``."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s"


class RunControls(QWidget):
    """Controls for one background job; emits ``start_requested`` and ``stop_requested``."""

    start_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None, with_seed: bool = True):
        super().__init__(parent)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(
            self.tr("Run on a background thread; the window stays responsive")
        )
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop at the next step; results so far are kept"))
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        # The phase and percent inside the bar, the time left beside it: a row that fits a
        # 1024-px projector (one label holding all three needed 500 px there).
        self.progress.setFormat("%p %")
        # Hidden while idle (an empty bar looked like a text field), its room kept: showing it
        # then costs no relayout.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.eta = SteadyLabel("", "quedan 59 min 59 s")
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)  # six digits: any lesson's seeds, a compact field
        self.seed.setPrefix(self.tr("seed "))
        self.seed.setToolTip(self.tr("Random seed: the same seed and settings give the same run"))
        self.seed.setVisible(with_seed)
        # Opaque: a progress redraw then repaints this row only, not the window's frames and tab
        # panes beneath it (each of which costs the GUI thread while a worker holds the GIL).
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start_button, self.stop_button, self.seed):
            layout.addWidget(widget)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.eta)
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self._started_at: float | None = None
        self._message = ""
        self._shown_at = 0.0

    def set_busy(self, busy: bool) -> None:
        """Enable Stop while a run goes, Start otherwise; reset timing when a run starts."""
        self.start_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.progress.setVisible(busy or self.progress.value() > 0)
        if busy:
            self._started_at = time.monotonic()
            self._shown_at = 0.0
            self.progress.setValue(0)
            self.eta.setText("")
        elif self.progress.maximum() == 0:
            self.progress.setRange(0, 100)

    def set_stopping(self, stopping: bool) -> None:
        """While a stopped run's thread ends its last step: say so, and keep Start off."""
        if stopping:
            self.start_button.setEnabled(False)
            self.eta.setText(self.tr("stopping…"))
        elif not self.stop_button.isEnabled():  # no new run started meanwhile
            self.start_button.setEnabled(True)
            self.eta.setText("")

    def show_progress(self, progress: Progress) -> None:
        """Show a Progress event: the bar, and the time left estimated from the rate so far.

        Like Orange3's progress bars, the widgets change only when the shown percent does, and
        at most ten times a second (a new phase or 100 % at once): repainting them at every
        training step would cost the GUI thread for nothing.
        """
        fraction = progress.fraction
        if fraction is None:
            self.progress.setRange(0, 0)  # busy indicator
            self.eta.setText(progress.message)
            return
        percent = int(fraction * 100)
        now = time.monotonic()
        if self.progress.maximum() != 100:
            self.progress.setRange(0, 100)
        elif progress.message == self._message and (
            percent == self.progress.value()
            or (percent < 100 and now - self._shown_at < MIN_REDRAW_S)
        ):
            return
        if progress.message != self._message:
            self.progress.setFormat(f"{progress.message} · %p %" if progress.message else "%p %")
        self._message, self._shown_at = progress.message, now
        # QProgressBar.setValue repaints at once, which paints every dirty view in the window
        # inside this call; with updates off it only schedules a paint, like other widgets.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(percent)
        self.progress.setUpdatesEnabled(True)
        self.progress.update()
        self.eta.setText(self._eta_text(fraction, progress.message))

    def _eta_text(self, fraction: float, message: str) -> str:
        """The time left, estimated from the rate so far (empty until 1 % is done)."""
        if self._started_at is None or fraction <= 0.01:
            return ""
        elapsed = time.monotonic() - self._started_at
        left = elapsed * (1 - fraction) / fraction
        return self.tr("%1 left").replace("%1", format_eta(left))
