"""Process-wide settings, set in one place (``configure`` at start-up, ``settle_heap`` after big
loads), each with the measurement that justifies it. Pure Python: no Qt, no torch import.
"""

from __future__ import annotations

import gc
import os
import sys

# Workers run Python too (tokenising, training loops). With the default 5 ms switch interval
# the GUI thread waits up to 5 ms at each hand-over of the interpreter lock; 0.1 ms kept the
# heartbeat's 99th percentile near 15 ms while a 45 MB corpus loaded, against ~25 ms with the
# default (tests/benchmarks/bench_gui.py, 2-core laptop).
SWITCH_INTERVAL_S = 0.0001


def torch_threads(cores: int | None = None) -> int:
    """Threads for torch's (and OpenBLAS's) kernels: every core but one.

    With every core training, the GUI thread's repaints wait for a core and stutter; one core
    left free kept training at ~95 % of its all-core speed on 2 cores (bench_lstm_training.py).
    """
    return max(1, (cores or os.cpu_count() or 2) - 1)


def configure() -> None:
    """Set the interpreter's switch interval and, before torch is imported, its thread count.

    An ``OMP_NUM_THREADS`` the user set is kept. Call once, early in ``main()``.
    """
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    os.environ.setdefault("OMP_NUM_THREADS", str(torch_threads()))


def settle_heap() -> None:
    """Exempt every object alive now from the cyclic garbage collector (``gc.freeze``).

    After torch's imports or a large corpus load the heap holds millions of long-lived objects;
    each full collection walked them all, holding the interpreter lock for 50–250 ms on
    whichever thread triggered it (a stutter in the window). Frozen objects are still freed by
    reference counting. Called after a tab is built, a corpus is loaded and torch is warmed up.
    """
    gc.freeze()
