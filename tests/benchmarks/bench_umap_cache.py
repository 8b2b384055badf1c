"""Benchmark: the first UMAP map of a process, with numba's disk cache empty and then filled.

umap-learn compiles its numba functions on first use. ``project_umap`` keeps the compiled code
under NUMBA_CACHE_DIR (see ``lab_app.core.embeddings.umap_map``). Two fresh processes run
``project_umap`` twice each on the same data, with a new, empty cache folder: the first process
compiles and fills the cache, the second should load from it. Prints JSON: per process, the
seconds to the first map (import and compilation included) and to a second map (compute only).

    python tests/benchmarks/bench_umap_cache.py [--words 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(words: int) -> None:
    """One process: two maps of the same data; print their times as JSON."""
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from lab_app.core.embeddings.umap_map import project_umap
    from lab_app.core.events import drain

    rng = np.random.default_rng(0)
    centres = rng.normal(0.0, 3.0, size=(30, 100))
    data = centres[rng.integers(0, 30, size=words)] + rng.normal(size=(words, 100))
    times = []
    for _ in range(2):
        started = time.perf_counter()
        drain(project_umap(data, seed=0))
        times.append(round(time.perf_counter() - started, 2))
    print(json.dumps({"first_map_s": times[0], "second_map_s": times[1]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.words)
        return
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NUMBA_CACHE_DIR=cache, OMP_NUM_THREADS="1", PYTHONWARNINGS="ignore")
        runs = []
        for _ in range(2):
            command = [sys.executable, __file__, "--child", "--words", str(args.words)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        cached_mb = sum(f.stat().st_size for f in Path(cache).rglob("*") if f.is_file()) / 1e6
    result = {
        "points": f"{args.words} x 100 (mixture of 30 Gaussians)",
        "machine": f"{os.cpu_count()} cores",
        "empty_cache_process": runs[0],
        "filled_cache_process": runs[1],
        "cache_mb": round(cached_mb, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
