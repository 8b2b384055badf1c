"""Pieces of the embedding map that need no widget: group colours, label choice and
decluttering, the point under the cursor, and the analogy parallelogram.

All functions here are plain numpy (GUI thread or any other); ``EmbeddingMap`` puts them on screen.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

MAX_GROUP_COLOURS = 8  # Okabe–Ito has eight colours; more groups share one grey "other"
LABEL_CAP = 300  # more text labels than this cover the map and cost paint time

ARROW_SOLID = "solid"  # the offset vector of an analogy (b → a, c → answer), in the accent colour
ARROW_DASHED = "dashed"  # the parallel sides of the parallelogram
ARROW_STYLES = (ARROW_SOLID, ARROW_DASHED)

Point = tuple[float, float]
Arrow = tuple[Point, Point, str, str]  # (from_xy, to_xy, text, style)


def logged_not_raised(default: object = None) -> Callable:
    """For Qt overrides (paint, boundingRect): an exception there can take the whole process
    down (PySide6 6.11 crashed in tests); log it (the app's log file) and return ``default``."""

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except Exception:
                log.exception("%s failed", method.__qualname__)
                return default() if callable(default) else default

        return guarded

    return wrap


@dataclass(frozen=True)
class GroupCodes:
    """Each point's colour index (``codes``) and the legend's group ``names`` in colour order.

    ``other`` is how many groups share the grey "other" colour (index ``len(names)``); 0 when
    every group has a colour of its own.
    """

    codes: np.ndarray
    names: list[str]
    other: int


def group_codes(groups: Sequence[str | int], most: int = MAX_GROUP_COLOURS) -> GroupCodes:
    """Give each group a colour index: groups in their natural order (sorted) when at most
    ``most`` of them, else the ``most`` largest (in natural order) and the rest as "other".

    Returns a GroupCodes; any thread."""
    values = np.asarray([str(g) for g in groups] if _mixed(groups) else groups)
    unique, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(-1)
    if len(unique) <= most:
        return GroupCodes(inverse.astype(np.intp), [str(u) for u in unique], 0)
    # The largest groups keep a colour; a stable sort breaks ties by natural order.
    kept = np.sort(np.argsort(-counts, kind="stable")[:most])
    colour_of = np.full(len(unique), most, dtype=np.intp)
    colour_of[kept] = np.arange(most)
    return GroupCodes(colour_of[inverse], [str(unique[k]) for k in kept], len(unique) - most)


def _mixed(groups: Sequence[str | int]) -> bool:
    """True when groups mix numbers and text (numpy would refuse to sort them)."""
    kinds = {isinstance(g, str) for g in groups}
    return len(kinds) > 1


def label_order(count: int, frequencies: np.ndarray | None) -> np.ndarray:
    """Point indices, most frequent word first (the given order when there are no frequencies,
    as vocabularies come most frequent first). Any thread."""
    if frequencies is None:
        return np.arange(count)
    return np.argsort(-np.asarray(frequencies, dtype=float), kind="stable")


def declutter(
    left: np.ndarray, top: np.ndarray, width: np.ndarray, height: np.ndarray, forced: int = 0
) -> np.ndarray:
    """Which labels to show so that none covers another, in pixels, taken in priority order
    (the first ``forced`` are always shown: the highlighted and marked words).

    Returns a boolean mask over the labels. Any thread; ~2 ms for 300 labels."""
    count = len(left)
    shown = np.zeros(count, dtype=bool)
    right, bottom = left + width, top + height
    kept: list[int] = []
    for i in range(count):
        if i < forced:
            shown[i] = True
            kept.append(i)
            continue
        if kept:
            k = np.asarray(kept)
            overlaps = (
                (left[k] < right[i])
                & (left[i] < right[k])
                & (top[k] < bottom[i])
                & (top[i] < bottom[k])
            )
            if overlaps.any():
                continue
        shown[i] = True
        kept.append(i)
    return shown


class NearestPoint:
    """Finds the point nearest to the cursor, in pixels (the axes need not share a scale).

    A vectorised scan: 0.25 ms for 100k points, and the caller asks at most ~30 times a
    second. Measured against a ``scipy.spatial.cKDTree``: 0.1 ms a question, but 30 ms to
    build after every move of the points (20 a second during a t-SNE run) and 0.3–0.5 s to
    import scipy on the first hover. GUI thread (the widget's helper).
    """

    def __init__(self) -> None:
        self.coords = np.zeros((0, 2))
        self._x = self._y = np.zeros(0)

    def set_coords(self, coords: np.ndarray) -> None:
        """New positions (the columns are copied when next needed)."""
        self.coords = coords
        self._x = self._y = None

    def nearest(
        self, x: float, y: float, pixel_w: float, pixel_h: float, radius_px: float
    ) -> int | None:
        """Index of the point nearest (x, y) no farther than ``radius_px`` pixels, where a pixel
        is ``pixel_w`` × ``pixel_h`` data units; else None."""
        if not len(self.coords) or not (pixel_w > 0 and pixel_h > 0):
            return None
        if self._x is None:  # contiguous columns: the scan is 20× faster than on (n, 2) rows
            self._x = np.ascontiguousarray(self.coords[:, 0])
            self._y = np.ascontiguousarray(self.coords[:, 1])
        dx = (self._x - x) / pixel_w
        dy = (self._y - y) / pixel_h
        squared = dx * dx
        squared += dy * dy
        best = int(np.argmin(squared))
        return best if squared[best] <= radius_px * radius_px else None


def analogy_arrows(
    a: Point, b: Point, c: Point, answer: Point, words: Sequence[str]
) -> list[Arrow]:
    """The parallelogram of an analogy a − b + c ≈ answer (rey − hombre + mujer ≈ reina):
    b → a and c → answer, the same offset, solid; b → c and a → answer, the parallel sides,
    dashed. ``words``: (a, b, c, answer). Returns arrows for ``EmbeddingMap.draw_arrows``."""
    word_a, word_b, _, _ = words
    offset = f"{word_a} \u2212 {word_b}"
    return [
        (b, a, offset, ARROW_SOLID),
        (c, answer, offset, ARROW_SOLID),
        (b, c, "", ARROW_DASHED),
        (a, answer, "", ARROW_DASHED),
    ]
