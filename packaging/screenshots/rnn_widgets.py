"""Render the RNN tab's painted widgets to PNG, to look at them (run offline, no display needed).

The architecture strip and the unrolled network for each architecture, at normal and
projector scale, light and dark, at the classroom widths (1024, 1280, 1366 px). Also prints
how long one full paint of a 64-step network takes (JSON on the last line).

Usage: ``QT_QPA_PLATFORM=offscreen python packaging/screenshots/rnn_widgets.py [OUT_DIR]``
(default ``/tmp/rnn_widgets``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from lab_app.qt import theme as theme_mod  # noqa: E402
from lab_app.qt.widgets.architecture_strip import ArchitectureStrip  # noqa: E402
from lab_app.qt.widgets.unrolled_network import UnrolledNetworkView  # noqa: E402

SENTENCE = ["la", "película", "no", "es", "buena", ",", "pero", "la", "música", "sí"]
TAGS = ["DET", "NOUN", "ADV", "AUX", "ADJ", "PUNCT", "CCONJ", "DET", "NOUN", "ADV"]
NETWORKS = {
    "one_to_one": dict(inputs=list("hola"), outputs=list("ola "), cell="MLP"),
    "one_to_many": dict(inputs=["E"], outputs=list("l gato\n")),
    "many_to_one": dict(inputs=SENTENCE, outputs=["positivo"], cell="GRU"),
    "many_to_many_aligned": dict(inputs=SENTENCE, outputs=TAGS),
    "many_to_many_seq2seq": dict(
        inputs=list("1203"),
        outputs=["mil", "doscientos", "tres", "</s>"],
        decoder_inputs=["<s>", "mil", "doscientos", "tres"],
        attention=True,
    ),
}
THEMES = {
    "normal": theme_mod.Theme(),
    "projector": theme_mod.Theme(projector=True),
    "dark": theme_mod.Theme(dark=True),
    "projector-dark": theme_mod.Theme(dark=True, projector=True),
}


def page(strip_key: str, kind: str, width: int) -> tuple[QWidget, ArchitectureStrip, object]:
    """A page-like column: the strip over the unrolled network, ``width`` px wide."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    strip = ArchitectureStrip()
    strip.set_current(strip_key)
    view = UnrolledNetworkView()
    view.set_network(kind, **NETWORKS[kind])
    layout.addWidget(strip)
    layout.addWidget(view)
    layout.addStretch(1)
    holder.resize(width, holder.sizeHint().height())
    holder.show()
    return holder, strip, view


def paint_ms(view: UnrolledNetworkView, repeats: int = 40) -> dict[str, float]:
    """Milliseconds of CPU time (this thread: other processes do not count) of one full paint
    of the network, every step exposed: the fastest and the median of ``repeats``."""
    network = view.network
    image = QImage(network.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(repeats):
        painter = QPainter(image)
        start = time.thread_time()
        network.render(painter, QPoint(0, 0))
        times.append(time.thread_time() - start)
        painter.end()
    times.sort()
    return {"min": round(1000 * times[0], 2), "median": round(1000 * times[len(times) // 2], 2)}


def benchmark() -> dict[str, dict[str, float]]:
    """Paint times of 64 steps: aligned and one to many (dashed curves), normal and projector."""
    figures = {}
    tokens = [f"w{t}" for t in range(64)]
    for name in ("normal", "projector"):
        theme_mod.theme_manager().set_theme(THEMES[name])
        for kind, inputs in (("many_to_many_aligned", tokens), ("one_to_many", ["E"])):
            holder, _, view = page(kind, kind, 1024)
            view.set_network(kind, inputs, ["X"] * 64)
            QApplication.processEvents()
            figures[f"{kind}-{name}"] = paint_ms(view)
            holder.close()
    theme_mod.theme_manager().set_theme(theme_mod.Theme())
    return figures


def long_input(out: Path) -> str:
    """64 word steps at 1024 px on the projector, step 40 highlighted: it scrolls into view."""
    words = (SENTENCE * 7)[:64]
    holder, _, view = page("many_to_many_aligned", "many_to_many_aligned", 1024)
    view.set_network("many_to_many_aligned", words, (TAGS * 7)[:64])
    QApplication.processEvents()
    view.set_highlight(40)
    QApplication.processEvents()
    path = out / "rnn-long-projector-1024.png"
    holder.grab().save(str(path))
    holder.close()
    return str(path)


def main(out: Path) -> dict:
    app = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    manager = theme_mod.theme_manager()
    written = []
    for name, theme in THEMES.items():
        manager.set_theme(theme)
        widths = (1024, 1280) if theme.projector else (1366,)
        for width in widths:
            for kind in NETWORKS:
                holder, strip, view = page(kind, kind, width)
                if kind == "many_to_many_aligned":
                    view.set_highlight(6)
                    view.set_hidden_norms([0.1 * t for t in range(len(SENTENCE))])
                    strip.setFocus()
                app.processEvents()
                holder.resize(width, holder.sizeHint().height())
                app.processEvents()
                path = out / f"rnn-{kind}-{name}-{width}.png"
                holder.grab().save(str(path))
                written.append(str(path))
                holder.close()
                holder.deleteLater()
    manager.set_theme(theme_mod.Theme(projector=True))
    written.append(long_input(out))
    manager.set_theme(theme_mod.Theme())
    figures = {"paint_64_steps_ms": benchmark(), "pngs": len(written)}
    print("\n".join(written))
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/rnn_widgets"))
