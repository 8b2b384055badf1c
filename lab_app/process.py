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
    # UMAP's first run compiles numba code for 10-30 s; cached on disk it loads in about a
    # second the next time (bench_umap numbers in core/embeddings/umap_map.py). numba reads the
    # folder when it is imported, so it is set here, before anything imports it.
    from lab_app.core.numba_cache import configure_numba_cache

    configure_numba_cache()


def settle_heap(collect: bool = True) -> None:
    """Exempt every object alive now from the cyclic garbage collector (``gc.freeze``).

    After torch's imports or a large corpus load the heap holds millions of long-lived objects;
    each full collection walked them all, holding the interpreter lock for 50–250 ms on
    whichever thread triggered it (a stutter in the window). Frozen objects are still freed by
    reference counting. Called after a page is built, a corpus is loaded and torch is warmed up.

    ``collect`` first frees the garbage waiting in cycles, which freezing would keep forever
    (a language switch left ~200 pyqtgraph menus of the old window frozen, 200 MB over three
    switches). Collect only on the GUI thread: collecting Qt objects on a worker crashed the app
    (``collect_some``).
    """
    if collect:
        gc.collect()
    gc.freeze()


_malloc_trim = None  # glibc's malloc_trim, looked up on first use; False where there is none


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system (glibc ``malloc_trim``, Linux only).

    glibc keeps what a thread freed in that thread's own heap (an arena; up to 8 per core)
    and returns little of it: training runs and restyles under load free hundreds of MB at a
    time, and a 2,000-action monkey run (bench_monkey.py, seed 0) ended at 2.7 GB RSS with
    4 MB of tensors alive, 1.0 GB after one ``malloc_trim(0)``. About 10 ms (at most 0.13 s
    in that run), with the interpreter lock released: call it off the GUI thread. True when
    memory was returned; False, doing nothing, where there is no glibc (macOS, Windows, musl).
    """
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = _find_malloc_trim()
    return bool(_malloc_trim and _malloc_trim(0))


def _find_malloc_trim():
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # no glibc (musl has no malloc_trim)
        return False
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def collect_some(thresholds: tuple[int, int, int], full_allowed: bool = True) -> int:
    """One step of the cyclic collector, run by the GUI thread's timer; the number freed.

    The app turns automatic collection off: the collector runs on whichever thread allocates,
    and pyqtgraph's parentless menus in reference cycles were then destroyed on a training
    thread, a SIGSEGV in Qt's timer dispatch (bench_monkey.py, 2 of 3 seeds). The same rule
    as CPython's own (generation n once its count passes its threshold), but always on the
    GUI thread; pyqtgraph's ``GarbageCollector`` does the same. ``full_allowed`` False skips
    generation 2 (while the torch warm-up imports: a full pass then walked 10^6 new objects).
    """
    counts = gc.get_count()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] and full_allowed else 1
    return gc.collect(generation)
