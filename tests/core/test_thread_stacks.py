"""The benchmarks' stack sampler (tests/benchmarks/thread_stacks.py) takes no reference to
another thread's frames: their local objects stay that thread's to free."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from thread_stacks import format_stack, thread_stacks  # noqa: E402


class Marker:
    """Records the thread that frees it (a Qt object must be freed on its own thread)."""

    def __init__(self, freed_on: list[str]):
        self.freed_on = freed_on

    def __del__(self):
        self.freed_on.append(threading.current_thread().name)


def test_sampling_a_thread_leaves_its_locals_to_it():
    freed_on: list[str] = []
    ready, go = threading.Event(), threading.Event()

    def work():
        marker = Marker(freed_on)  # noqa: F841 (a local the sampler must not keep alive)
        ready.set()
        go.wait(10)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    assert ready.wait(10)
    stacks = thread_stacks()  # held while the worker ends, as a sampler would
    go.set()
    worker.join(10)
    assert freed_on == ["worker"]  # sys._current_frames() here: [] (freed later, by us)
    assert "work" in [function for _, _, function in stacks[worker.ident]]
    here = stacks[threading.get_ident()]
    assert here[0][2] == "thread_stacks"  # innermost first
    assert "in test_sampling_a_thread_leaves_its_locals_to_it" in format_stack(here)
