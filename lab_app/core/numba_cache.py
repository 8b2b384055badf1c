"""Where numba keeps compiled code between runs (UMAP's first run compiles for tens of seconds).

Light on purpose: the app calls ``configure_numba_cache`` at start-up, before the window paints,
so this module imports neither numba nor numpy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def numba_cache_dir() -> Path:
    """The folder for numba's compiled code: ``<user cache dir>/lab-app/numba`` (platformdirs)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lab-app", appauthor=False)) / "numba"


def configure_numba_cache() -> Path | None:
    """Set ``NUMBA_CACHE_DIR`` to ``numba_cache_dir()`` unless the user set it; create the
    folder; return it (None when it cannot be created: numba then caches next to the code, or
    not at all). Does not import numba.

    Call at start-up, before anything imports numba (umap, pynndescent): numba reads the
    variable when it is imported. If numba is already loaded its configuration is reloaded.
    Any thread; cheap, safe to call again.
    """
    folder = Path(os.environ.get("NUMBA_CACHE_DIR") or numba_cache_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    os.environ["NUMBA_CACHE_DIR"] = str(folder)
    config = sys.modules.get("numba.core.config")
    if config is not None and getattr(config, "CACHE_DIR", None) != str(folder):
        config.reload_config()
    return folder
