"""Theme, projector and language toggles while a model trains: how long each takes.

Prints JSON. Run: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_toggles.py``.

The real app (``Lab``, 1366×768, Spanish) with every LSTM page built, the gates page training
(400 000 steps, stopped at the end). Each toggle is made after 0.3 s of quiet; reported per
toggle: ``call_s`` (the toggle's own call on the GUI thread) and ``gap_ms`` (the longest gap of
a 10 ms GUI timer in the 1.5 s after it, i.e. how long the window froze, repaint included).
Goal: every toggle and language switch ≤ 0.5 s. Leaves out: a real window manager (offscreen
platform) and the full-screen toggle (the offscreen platform has no screen to fill).
"""

from __future__ import annotations

import json
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TOGGLES = [
    ("projector on", {"projector": True}),
    ("dark on", {"dark": True}),
    ("projector off", {"projector": False}),
    ("projector on, dark", {"projector": True}),
    ("dark off", {"dark": False}),
    ("projector off again", {"projector": False}),
]


def main() -> None:
    from lab_app import process

    process.configure()
    import numpy as np
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lab_app.app import Lab, parse_args
    from lab_app.qt import theme as theme_mod
    from lab_app.qt.preload import start_preload, wait_for_preload

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive for the run)
    lab = Lab(parse_args(["--lang", "es"]))
    lab.window.resize(1366, 768)
    lab.window.show()

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    start_preload()
    wait_for_preload(120)
    for page in ("gradients", "memory", "parameters", "gates"):
        lab.window.show_page("lstm", page)
        spin(0.2)
    lab.window.tab("lstm").page("gates").start(max_steps=400_000)
    spin(3.0)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()

    def measure(action) -> dict:
        spin(0.3)
        ticks.clear()
        started = time.perf_counter()
        action()
        call = time.perf_counter() - started
        spin(1.5)
        return {"call_s": round(call, 3), "gap_ms": int(np.diff(ticks).max())}

    manager = theme_mod.theme_manager()
    report = {name: measure(lambda c=change: manager.update(**c)) for name, change in TOGGLES}
    for language in ("en", "es"):
        report[f"language {language}"] = measure(lambda lang=language: lab.set_language(lang))
    lab.window.shutdown()
    worst = max(max(v["call_s"] * 1000, v["gap_ms"]) for v in report.values())
    print(json.dumps({"toggles": report, "worst_ms": worst, "goal_ms": 500}, indent=2))


if __name__ == "__main__":
    main()
