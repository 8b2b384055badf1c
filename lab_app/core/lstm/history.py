"""The gate snapshots of a run, kept within a memory budget: ``SnapshotHistory``.

A snapshot of layer 0 on the probe holds 12 arrays of (time, d_h) float32: about 20 MB at
d_h = 1024 and a 400-token probe, so 400 of them would take 8 GB. The history keeps a bounded
number of bytes and of snapshots instead, always spanning the whole run.

How it thins. Each appended snapshot gets an *offer number* (0, 1, 2, ...). The history keeps
the offers on a grid, every ``stride``-th one from the first kept, plus the newest whether or
not it is on the grid. When the byte budget or ``max_count`` is exceeded, the stride doubles:
every other grid snapshot goes, the first and the newest stay, and from then on only every
``stride``-th new offer stays for good (the newest is held until a newer one replaces it).
So the kept snapshots are evenly spaced in offers across the whole run, at coarser steps the
longer it trains; a plain list halved by count would keep the end of the run much finer than
its start. Pure Python, Qt-free; one thread at a time (the GUI thread, in the app).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple, Protocol, overload


class HasBytes(Protocol):
    """What the history needs of a snapshot: its size in bytes (``GateSnapshot`` has it)."""

    @property
    def nbytes(self) -> int: ...


class _Kept(NamedTuple):
    offer: int  # which append this was, counted from the start of the run
    snapshot: HasBytes
    nbytes: int  # measured once: GateSnapshot.nbytes sums a dozen arrays on each call


DEFAULT_BUDGET = 256 * 2**20
DEFAULT_MAX_COUNT = 400


class SnapshotHistory:
    """Snapshots of one run in order, at most ``max_count`` and ``budget_bytes`` in all.

    The oldest (first) and the newest are always kept, except that when those two alone exceed
    the budget only the newest stays; a single snapshot larger than the budget is still kept.
    Indexing, ``len`` and iteration see the kept snapshots, oldest first.
    """

    def __init__(
        self,
        budget_bytes: int = DEFAULT_BUDGET,
        max_count: int = DEFAULT_MAX_COUNT,
        snapshots: Iterable[HasBytes] = (),
    ):
        if max_count < 1:
            raise ValueError(f"max_count must be at least 1, got {max_count}")
        if budget_bytes < 0:
            raise ValueError(f"budget_bytes must be at least 0, got {budget_bytes}")
        self.budget_bytes = int(budget_bytes)
        self.max_count = int(max_count)
        self._kept: list[_Kept] = []
        self._nbytes = 0
        self._offers = 0  # offers so far: the next one's number
        self._stride = 1
        self.restore(snapshots)

    # --- reading ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._kept)

    @overload
    def __getitem__(self, index: int) -> HasBytes: ...

    @overload
    def __getitem__(self, index: slice) -> list[HasBytes]: ...

    def __getitem__(self, index: int | slice) -> HasBytes | list[HasBytes]:
        """Return the kept snapshot at ``index`` (negative counts from the newest), or a list."""
        if isinstance(index, slice):
            return [kept.snapshot for kept in self._kept[index]]
        return self._kept[index].snapshot

    def __iter__(self) -> Iterator[HasBytes]:
        return (kept.snapshot for kept in self._kept)

    def __bool__(self) -> bool:
        return bool(self._kept)

    def __repr__(self) -> str:
        return (
            f"SnapshotHistory({len(self)} snapshots, {self._nbytes:,} of "
            f"{self.budget_bytes:,} bytes, every {self._stride}th of {self._offers} kept)"
        )

    @property
    def nbytes(self) -> int:
        """Return the bytes the kept snapshots hold, as their ``nbytes`` says."""
        return self._nbytes

    @property
    def last(self) -> HasBytes | None:
        """Return the newest snapshot, or None when the history is empty."""
        return self._kept[-1].snapshot if self._kept else None

    @property
    def stride(self) -> int:
        """Return how many offers apart the kept snapshots are (1 until the first thinning)."""
        return self._stride

    # --- changing -----------------------------------------------------------------------------
    def append(self, snapshot: HasBytes) -> None:
        """Add the newest snapshot, thinning the older ones if it does not fit."""
        offer = self._offers
        self._offers += 1
        if self._kept and not self._on_grid(self._kept[-1].offer):
            self._drop_last()  # held only because it was the newest; now it is not
        size = int(snapshot.nbytes)
        self._kept.append(_Kept(offer, snapshot, size))
        self._nbytes += size
        while len(self._kept) > 1 and self._too_big():
            self._thin()

    def clear(self) -> None:
        """Forget every snapshot (a new run starts)."""
        self._kept.clear()
        self._nbytes = 0
        self._offers = 0
        self._stride = 1

    def restore(self, snapshots: Iterable[HasBytes]) -> None:
        """Replace the contents with ``snapshots`` (oldest first), as a saved session held them.

        They count as consecutive offers: spacing starts afresh from the restored list, which
        is then thinned like any other if it exceeds the budget.
        """
        self.clear()
        for snapshot in snapshots:
            self.append(snapshot)

    # --- thinning -----------------------------------------------------------------------------
    def _too_big(self) -> bool:
        return len(self._kept) > self.max_count or self._nbytes > self.budget_bytes

    def _on_grid(self, offer: int, stride: int | None = None) -> bool:
        origin = self._kept[0].offer
        return (offer - origin) % (stride or self._stride) == 0

    def _thin(self) -> None:
        """Double the stride: drop every other grid snapshot, keeping the first and newest."""
        stride = 2 * self._stride
        newest = self._kept[-1]
        kept = [item for item in self._kept[:-1] if self._on_grid(item.offer, stride)]
        kept.append(newest)
        if len(kept) < len(self._kept):
            self._stride = stride
        else:
            # Only the first and the newest are left and together they exceed the budget.
            kept = [newest]
        self._kept = kept
        self._nbytes = sum(item.nbytes for item in kept)

    def _drop_last(self) -> None:
        self._nbytes -= self._kept.pop().nbytes
