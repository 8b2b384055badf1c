"""Import the heavy libraries on a background thread once the window is on screen.

torch takes ~1.5 s to import and its first optimizer another ~2 s (it imports torch._dynamo).
Done on demand, that would freeze the window when the LSTM tab opens, or stall it during the
first training steps. Done here, it overlaps with the user reading the Corpus tab.
"""

from __future__ import annotations

import importlib
import logging
import threading

from lab_app.process import settle_heap

log = logging.getLogger(__name__)

_thread: threading.Thread | None = None
_done = threading.Event()


def _warm_up() -> None:
    # The imports create ~10^6 long-lived objects, and the collector's full runs walked them
    # all while they came in: 144–216 ms stalls of the window (bench_gui.py, startup
    # heartbeat). The GUI's collector skips full runs meanwhile (``running``); the imported
    # objects are frozen for good as soon as they are in. Never collect here: this is not the
    # GUI thread (``process.collect_some``).
    try:
        importlib.import_module("torch")
        importlib.import_module("lab_app.core.rnn.gradients")
        settle_heap(collect=False)
        _train_one_step()
    except Exception:  # a failed warm-up only means the tab imports on demand
        if threading.main_thread().is_alive():  # not merely the app closing mid-import
            log.exception("background import failed")
    finally:
        settle_heap(collect=False)
        _done.set()


def _train_one_step() -> None:
    """One tiny training step: torch's first optimizer (torch._dynamo), first backward and
    first gate recording carry one-time set-up costs that would otherwise stall a lesson's
    first training seconds."""
    import torch

    from lab_app.core.lstm import record_gates

    lstm, head = torch.nn.LSTM(2, 2, batch_first=True), torch.nn.Linear(2, 2)
    params = [*lstm.parameters(), *head.parameters()]
    optimizer = torch.optim.Adam(params)
    out, _ = lstm(torch.zeros(1, 3, 2))
    loss = torch.nn.functional.cross_entropy(
        head(out).reshape(-1, 2), torch.zeros(3, dtype=torch.long)
    )
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    optimizer.step()
    record_gates(lstm, torch.zeros(1, 3, 2), preactivations=True)


def start_preload() -> None:
    """Start the background imports once per process (GUI thread)."""
    global _thread
    if _thread is None:
        # torch imports this; it must register its exit hook while the app is still running.
        importlib.import_module("concurrent.futures.thread")
        # Not a daemon: the interpreter must not exit in the middle of an import.
        _thread = threading.Thread(target=_warm_up, name="lab-app-preload")
        _thread.start()


def running() -> bool:
    """True while the background imports are under way."""
    return _thread is not None and not _done.is_set()


def wait_for_preload(timeout_s: float | None = None) -> bool:
    """Block until the background imports finished; True when they did."""
    return _done.wait(timeout_s)
