"""UMAP maps (umap-learn) on a worker, with numba's compiled code kept on disk between runs.

umap-learn compiles its functions with numba the first time they run: tens of seconds before the
first map of every new process. numba can keep the compiled code on disk, but only for
functions declared ``cache=True``, which most of umap's are not. So ``configure_numba_cache``
points numba's cache at the app's cache folder (before numba is first imported) and, once umap
is imported, ``project_umap`` turns caching on for every numba function of umap and pynndescent
(the same switch ``cache=True`` flips). Measured on 2 cores (``bench_umap_cache.py``, 2,000
points): the first map of a process took 34 s with an empty cache and 6.8 s with a filled one
(4.9 s of it computing); with NUMBA_CACHE_DIR alone (pynndescent's functions cached, umap's
not) it took ~16 s. A few pynndescent functions cannot be cached (they use global arrays) and
compile in every process.

umap's fit is one call that cannot be stopped half-way: it runs on a private thread while the
generator yields heartbeats. Stop returns control at once; the thread finishes in the background
and its map is dropped.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Generator
from typing import Any

import numpy as np

from lab_app.core.embeddings.beside import run_beside
from lab_app.core.embeddings.errors import ProjectionSettingError, UmapUnavailable
from lab_app.core.embeddings.map_inputs import check_vectors, narrowed
from lab_app.core.events import Notice, Progress
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.numba_cache import configure_numba_cache, numba_cache_dir

__all__ = ["configure_numba_cache", "numba_cache_dir", "project_umap", "umap_available"]

_CACHED_PACKAGES = ("umap", "pynndescent")


def umap_available() -> bool:
    """Whether umap-learn is installed. A pip install has it; the installers leave it out, with
    numba, whose compiler library (llvmlite, 160 MB) would break their size budget. Does not
    import it (milliseconds)."""
    return importlib.util.find_spec("umap") is not None


def import_umap() -> Any:
    """Import umap-learn with numba's disk cache on for all its compiled functions; return the
    ``umap`` module. Seconds (tens on the very first run): call beside a generator."""
    configure_numba_cache()
    import umap

    enable_disk_cache()
    return umap


def _quiet_uncachable() -> None:
    """Silence numba's warning for functions it cannot keep on disk (pynndescent's, which use
    global arrays): they compile in each process, as without the cache; nothing to act on."""
    import warnings

    from numba.core.errors import NumbaWarning

    warnings.filterwarnings("ignore", "Cannot cache compiled function", NumbaWarning)


def enable_disk_cache() -> int:
    """Turn numba's disk cache on for the not-yet-caching functions of umap and pynndescent;
    return how many. Functions compiled before this call keep their in-memory code only."""
    from numba.core.caching import NullCache
    from numba.core.dispatcher import Dispatcher

    _quiet_uncachable()
    enabled = 0
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in _CACHED_PACKAGES:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, Dispatcher) and isinstance(value._cache, NullCache):
                try:
                    value.enable_caching()
                except Exception:  # noqa: BLE001 (a function numba cannot cache stays as it was)
                    continue
                enabled += 1
    return enabled


def project_umap(
    vectors: Any, n_neighbors: int = 15, min_dist: float = 0.1, seed: int = 0
) -> Generator[Any, None, np.ndarray]:
    """Return the UMAP map of ``vectors`` (n x d), (n, 2) float32; yields Progress, notices and
    a heartbeat every ~0.1 s while umap works.

    ``n_neighbors`` is clamped to n − 1 (with a notice); n < 5 raises ``TooFewPoints``; inputs
    wider than 100 dimensions are first reduced to 50 with PCA. The same seed gives the same
    map (umap then runs on one thread). Worker thread. Stop (closing the generator) returns at
    once but cannot interrupt umap: its thread finishes in the background, result dropped.
    """
    if n_neighbors < 2:
        text = QT_TRANSLATE_NOOP("core", "UMAP needs at least 2 neighbours; got {value}.")
        raise ProjectionSettingError(say(text, value=n_neighbors))
    if not 0.0 <= min_dist <= 1.0:
        text = QT_TRANSLATE_NOOP("core", "UMAP's minimum distance must be in [0, 1]; got {value}.")
        raise ProjectionSettingError(say(text, value=min_dist))
    if not umap_available():
        text = QT_TRANSLATE_NOOP(
            "core",
            "UMAP is not part of this installation: it needs numba, which the installers leave "
            "out for their size. t-SNE draws the same kind of map; to use UMAP, install the lab "
            "with pip (see the README).",
        )
        raise UmapUnavailable(say(text))
    matrix, notices = check_vectors(vectors, needed=5, method="UMAP")
    yield from notices
    n = matrix.shape[0]
    if n_neighbors > n - 1:
        text = QT_TRANSLATE_NOOP(
            "core", "{asked} neighbours are too many for {n} words; using {used}."
        )
        yield Notice(say(text, asked=n_neighbors, n=n, used=n - 1), level="warning")
        n_neighbors = n - 1
    data = yield from narrowed(matrix, seed, "UMAP")
    yield Progress(0, 2, "", "UMAP")
    umap = yield from run_beside(import_umap, name="umap-import")
    yield Progress(1, 2, "", "UMAP")
    reducer = umap.UMAP(
        n_neighbors=int(n_neighbors),
        min_dist=float(min_dist),
        n_components=2,
        random_state=seed,
        transform_seed=seed,
        n_jobs=1,  # what a fixed random_state implies anyway (umap warns otherwise)
    )
    layout = yield from run_beside(lambda: reducer.fit_transform(data), name="umap-fit")
    yield Progress(2, 2, "", "UMAP")
    return np.asarray(layout, dtype=np.float32)
