"""Build models reproducibly on any thread: the same seed gives the same weights.

torch's layers draw their initial weights from the one process-wide generator and take no
generator of their own. Two pages building models at once on two worker threads each seeded
that generator and then drew from it, interleaved: 17 of 40 seed-0 builds came out different.
``seeded`` makes a build one critical section: it holds a process-wide lock, saves the global
CPU generator's state, seeds it, lets the caller build, and puts the state back. So builds
never interleave, and whoever else draws from the global generator finds it as it was.

Training never uses the global generator: batches, sampling and the chrono initialisation draw
from ``torch.Generator`` objects seeded by the run. Core code calls no bare
``torch.manual_seed``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import torch

# Reentrant: a build may call a helper that builds a part under the same seed.
_BUILD_LOCK = threading.RLock()


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Within the block, torch's global CPU generator starts from ``seed`` and no other
    ``seeded`` block runs; afterwards its state is what it was before.

    Keep the block to model construction: never ``yield`` inside it (a generator suspended there
    would hold the lock). Any thread may use it.
    """
    with _BUILD_LOCK, torch.random.fork_rng(devices=[]):
        # Only the CPU generator: fork_rng(devices=[]) restores only that one.
        torch.default_generator.manual_seed(seed)
        yield


def generator(seed: int) -> torch.Generator:
    """Return a new CPU generator seeded with ``seed``: for batches and sampling of one run."""
    return torch.Generator().manual_seed(seed)
