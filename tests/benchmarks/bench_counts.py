"""Benchmark: count matrices, weighting, neighbours and truncated SVD at classroom scale.

A Zipf-distributed corpus of 500,000 tokens over 20,000 word types (the lecture's "20,000-50,000
dimensions"), built with a fixed seed. For each generator job: ``seconds`` in all and
``longest_pause_s`` between two yields (how long Stop may wait; goal under 0.5 s, paced at
~0.1 s). Plain functions report ``seconds``. ``--sklearn`` also times scikit-learn's
``TruncatedSVD`` (which cannot be stopped) on the same matrix. One BLAS thread, as the app runs
on 2 cores (``lab_app.process.configure``).

    python tests/benchmarks/bench_counts.py [--tokens 500000] [--dims 100 300] [--sklearn]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time

# Before numpy loads: OpenBLAS reads it once (lab_app.process.configure).
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from lab_app.core.embeddings.counts import (  # noqa: E402
    iter_cooccurrence_matrix,
    iter_term_document_matrix,
)
from lab_app.core.embeddings.dense import iter_truncated_svd, sparse_dense_summary  # noqa: E402
from lab_app.core.embeddings.similarity import nearest  # noqa: E402
from lab_app.core.embeddings.weighting import ppmi, tfidf  # noqa: E402

GOAL_SECONDS = 0.5


def zipf_tokens(n_tokens: int, vocabulary: int, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    p = 1.0 / np.arange(1, vocabulary + 1)
    return [f"w{i}" for i in rng.choice(vocabulary, size=n_tokens, p=p / p.sum())]


def run_job(job) -> tuple[object, dict]:
    """Drive a generator to the end; return its result and its timing."""
    start = last = time.perf_counter()
    longest = 0.0
    yields = 0
    while True:
        try:
            next(job)
        except StopIteration as stop:
            now = time.perf_counter()
            longest = max(longest, now - last)
            timing = {
                "seconds": round(now - start, 3),
                "longest_pause_s": round(longest, 3),
                "yields": yields,
                "meets_goal": longest < GOAL_SECONDS,
            }
            return stop.value, timing
        now = time.perf_counter()
        longest, last, yields = max(longest, now - last), now, yields + 1


def timed(function, *args, **kwargs) -> tuple[object, dict]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, {"seconds": round(time.perf_counter() - start, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=500_000)
    parser.add_argument("--vocabulary", type=int, default=20_000)
    parser.add_argument("--dims", type=int, nargs="*", default=[100])
    parser.add_argument("--sklearn", action="store_true")
    args = parser.parse_args()
    tokens = zipf_tokens(args.tokens, args.vocabulary)
    documents = [tokens[i : i + 1000] for i in range(0, len(tokens), 1000)]
    results: dict[str, object] = {}
    for window in (2, 5, 10):
        counts, results[f"cooccurrence_w{window}"] = run_job(
            iter_cooccurrence_matrix(tokens, window)
        )
    results["cooccurrence_w10"]["shape"] = list(counts.shape)
    results["cooccurrence_w10"]["nonzeros"] = int(counts.matrix.nnz)
    term_document, results["term_document"] = run_job(iter_term_document_matrix(documents))
    _, results["tfidf"] = timed(tfidf, term_document)
    weighted, results["ppmi_w10"] = timed(ppmi, counts)
    _, results["ppmi_w10_alpha"] = timed(ppmi, counts, alpha=0.75)
    _, results["nearest_first_call"] = timed(nearest, weighted, "w10", 10)
    _, results["nearest_cached"] = timed(nearest, weighted, "w20", 10)
    for dim in args.dims:
        (vectors, ratio), timing = run_job(iter_truncated_svd(weighted, dim))
        timing["explained_variance"] = round(float(ratio.sum()), 4)
        results[f"svd_{dim}"] = timing
        if args.sklearn:
            from sklearn.decomposition import TruncatedSVD

            model = TruncatedSVD(dim, random_state=0)
            _, sk = timed(model.fit_transform, weighted.matrix)
            sk["explained_variance"] = round(float(model.explained_variance_ratio_.sum()), 4)
            results[f"sklearn_svd_{dim}"] = sk
    results["summary"] = sparse_dense_summary(weighted, vectors)
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version()}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
