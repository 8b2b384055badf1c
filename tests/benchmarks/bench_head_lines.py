"""Benchmark: painting the BERT head view's lines (``HeadLinesCanvas``), what a student waits for
when a head view redraws. Prints JSON.

Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_head_lines.py [--repeats 5]``.

A random softmax attention matrix per size (T = 32, 128, 512 tokens), lines above the page's
default threshold (0.05), the canvas 500 px wide and as tall as its tokens need; each repeat
grabs the first 700 px (what a laptop shows) to an image: painting only, offscreen. Leaves out:
the model's forward pass, the scroll area and window around the canvas, a real display.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (kept alive)
    from lab_app.core.bert.attention import head_lines
    from lab_app.qt.widgets.attention_lines import HeadLinesCanvas

    rng = np.random.default_rng(0)
    results = {}
    for size in (32, 128, 512):
        weights = np.exp(rng.normal(size=(size, size)) * 2)
        weights /= weights.sum(axis=1, keepdims=True)
        tokens = [f"tok{i}" for i in range(size)]
        lines = head_lines(weights, 0.05, False, tokens)
        canvas = HeadLinesCanvas()
        canvas.set_lines(tokens, lines, set())
        canvas.resize(500, canvas.minimumHeight())
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            canvas.grab(QRect(0, 0, 500, 700))
            times.append((time.perf_counter() - started) * 1000)
        results[f"T={size}"] = {
            "lines": len(lines),
            "canvas_height_px": canvas.height(),
            "paint_ms_median": round(statistics.median(times), 1),
            "paint_ms_max": round(max(times), 1),
        }
    print(json.dumps({"benchmark": "head view lines", "repeats": args.repeats, **results}))


if __name__ == "__main__":
    main()
