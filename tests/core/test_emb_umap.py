"""UMAP maps and numba's disk cache.

The tests keep numba's compiled code in pytest's cache folder (``.pytest_cache/d/numba``): the
session's isolated user folders are new each time. The first run on a machine compiles umap
(~30 s on 2 cores); later runs load the compiled code (the whole file then takes ~10 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from lab_app.core.embeddings.errors import ProjectionSettingError
from lab_app.core.embeddings.umap_map import project_umap
from lab_app.core.events import HEARTBEAT, Notice, Progress, collect, drain


@pytest.fixture(scope="module", autouse=True)
def _numba_cache(request):
    """Point NUMBA_CACHE_DIR at a folder that outlives the session (unless set already)."""
    before = os.environ.get("NUMBA_CACHE_DIR")
    if before is None:
        os.environ["NUMBA_CACHE_DIR"] = str(request.config.cache.mkdir("numba"))
    yield
    if before is None:
        os.environ.pop("NUMBA_CACHE_DIR", None)


def clusters(n_per: int = 30, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 8, size=(3, 10))
    labels = np.repeat(np.arange(3), n_per)
    return centres[labels] + rng.normal(size=(3 * n_per, 10)), labels


def test_umap_separates_clusters_reproducibly():
    vectors, labels = clusters()
    events, layout = collect(project_umap(vectors, n_neighbors=10, seed=1))
    assert layout.shape == (90, 2) and layout.dtype == np.float32
    assert [e.done for e in events if isinstance(e, Progress)] == [0, 1, 2]
    distances = np.linalg.norm(layout[:, None] - layout[None], axis=-1)
    np.fill_diagonal(distances, np.inf)
    assert (labels[distances.argmin(axis=1)] == labels).all()
    np.testing.assert_array_equal(layout, drain(project_umap(vectors, n_neighbors=10, seed=1)))


def test_umap_functions_are_cached_on_disk():
    from numba.core.caching import NullCache

    from lab_app.core.embeddings.umap_map import import_umap

    umap = import_umap()
    assert not isinstance(umap.umap_.smooth_knn_dist._cache, NullCache)
    assert os.environ["NUMBA_CACHE_DIR"]


# umap would truncate too, with a warning: an error here shows the clamp happened before.
@pytest.mark.filterwarnings("error:n_neighbors is larger than the dataset size")
def test_umap_neighbours_are_clamped_and_settings_checked():
    vectors, _ = clusters(n_per=3)
    events, layout = collect(project_umap(vectors, n_neighbors=15))
    notices = [str(e.text) for e in events if isinstance(e, Notice)]
    assert notices == ["15 neighbours are too many for 9 words; using 8."]
    assert np.isfinite(layout).all()
    with pytest.raises(ProjectionSettingError):
        drain(project_umap(vectors, n_neighbors=1))
    with pytest.raises(ProjectionSettingError):
        drain(project_umap(vectors, min_dist=1.5))


def test_umap_stop_returns_while_the_fit_runs():
    vectors, _ = clusters(n_per=100)
    job = project_umap(vectors)
    for event in job:
        if isinstance(event, Progress) and event.done == 1:
            break  # umap is imported; the fit starts on its own thread at the next step
    assert next(job) is HEARTBEAT  # the fit is running beside the generator
    job.close()  # returns at once; the fit ends in the background, its map dropped


def test_configure_numba_cache_sets_the_folder_without_importing_numba(tmp_path):
    script = (
        "import json, os, sys\n"
        "from lab_app.core.embeddings.umap_map import configure_numba_cache\n"
        "folder = configure_numba_cache()\n"
        "print(json.dumps([str(folder), os.environ['NUMBA_CACHE_DIR'],"
        " 'numba' in sys.modules, folder.is_dir()]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    found = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    folder, variable, numba_loaded, exists = json.loads(found.stdout)
    expected = str(tmp_path / "cache" / "lab-app" / "numba")
    assert (folder, variable, numba_loaded, exists) == (expected, expected, False, True)
    env["NUMBA_CACHE_DIR"] = str(tmp_path / "mine")
    found = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(found.stdout)[:2] == [str(tmp_path / "mine")] * 2


def test_without_umap_a_map_stops_at_once_with_the_reason(monkeypatch):
    """The installers leave umap-learn (and numba) out; the smoke run checks the same path."""
    from lab_app.core.embeddings.errors import UmapUnavailable
    from lab_app.core.embeddings.umap_map import umap_available
    from lab_app.smoke import check_umap

    assert umap_available()
    monkeypatch.setitem(sys.modules, "umap", None)  # as if not installed
    assert not umap_available()
    with pytest.raises(UmapUnavailable, match="pip"):
        next(project_umap(clusters()[0]))
    check_umap()  # passes: the missing library is reported, not a crash
