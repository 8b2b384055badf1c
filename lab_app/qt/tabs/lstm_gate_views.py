"""The six gate heatmaps of lecture §2 (f_t, i_t, C̃_t, o_t, C_t, h_t), units × probe tokens."""

from __future__ import annotations

from functools import partial

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from lab_app.qt.widgets.heatmap import HeatmapView
from lab_app.qt.widgets.update_queue import UpdateQueue

# (key, title, short tab title, signed): the six views of lecture §2, in the order the equations run.
GATE_VIEWS = (
    ("f", QT_TRANSLATE_NOOP("GatesPage", "f<sub>t</sub> forget gate"), "fₜ", False),
    ("i", QT_TRANSLATE_NOOP("GatesPage", "i<sub>t</sub> input gate"), "iₜ", False),
    # A word, not C̃ₜ: in a bold projector tab the combining tilde reads as a diaeresis.
    (
        "g",
        QT_TRANSLATE_NOOP("GatesPage", "C̃<sub>t</sub> candidate"),
        QT_TRANSLATE_NOOP("GatesPage", "candidate"),
        True,
    ),
    ("o", QT_TRANSLATE_NOOP("GatesPage", "o<sub>t</sub> output gate"), "oₜ", False),
    ("c", QT_TRANSLATE_NOOP("GatesPage", "C<sub>t</sub> cell state (memory)"), "Cₜ", True),
    ("h", QT_TRANSLATE_NOOP("GatesPage", "h<sub>t</sub> output"), "hₜ", True),
)


def levels(key: str, values: np.ndarray, previous: float = 0.0) -> tuple[float, float]:
    """Colour range of a view: [0, 1] for sigmoid gates, [−1, 1] for tanh values, and for the
    unbounded C_t a symmetric range that only grows, in steps of ×2 (a steady colour bar)."""
    if key in ("f", "i", "o"):
        return 0.0, 1.0
    if key in ("g", "h"):
        return -1.0, 1.0
    bound = float(np.max(np.abs(values))) if values.size else 1.0
    bound = max(previous, 2.0 ** np.ceil(np.log2(max(bound, 1e-3))))
    return -bound, bound


class GateViews(QObject):
    """The six heatmaps (laid out by the page); ``cell_clicked(unit, token)`` from any."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)

        def tr(text: str) -> str:
            return QCoreApplication.translate("GatesPage", text)

        self.heatmaps = {
            key: HeatmapView(tr(title), diverging=signed) for key, title, _, signed in GATE_VIEWS
        }
        self.tab_titles = [tr(tab) for _, _, tab, _ in GATE_VIEWS]
        # One window of the probe for all six: scrolling one scrolls the others, so f, i, C̃…
        # of the same token stay one above the other.
        for heatmap in self.heatmaps.values():
            heatmap.scroll_bar.valueChanged.connect(self._scroll_all)
        for heatmap in self.heatmaps.values():
            heatmap.cell_clicked.connect(self.cell_clicked)
            heatmap.set_axis_titles(
                QCoreApplication.translate("GatesPage", "hidden unit"),
                QCoreApplication.translate("GatesPage", "token (step t)"),
            )

    def _scroll_all(self, value: int) -> None:
        for heatmap in self.heatmaps.values():
            if heatmap.scroll_bar.value() != value:
                heatmap.scroll_bar.setValue(value)

    def preview(self, d_h: int, labels: list[str]) -> None:
        """Lay the heatmaps out empty, d_h units × the probe's tokens (while idle)."""
        empty = np.full((d_h, len(labels)), np.nan)
        units = [str(u) for u in range(d_h)]
        for key, heatmap in self.heatmaps.items():
            heatmap.set_matrix(empty, units, labels, levels(key, empty[:, :0]))

    def queue_snapshot(self, snapshot, updates: UpdateQueue) -> None:
        """Queue one heatmap redraw per view (one per event-loop turn) for ``snapshot``."""
        units = [str(u) for u in range(snapshot.gates["h"].shape[1])]
        for key, heatmap in self.heatmaps.items():
            values = snapshot.gates[key].T  # units × tokens
            previous = heatmap.colour_bar.levels()[1] if key == "c" and heatmap.values.size else 0
            updates.put(
                key,
                partial(
                    heatmap.set_matrix,
                    values,
                    units,
                    snapshot.labels,
                    levels(key, values, previous),
                ),
            )
