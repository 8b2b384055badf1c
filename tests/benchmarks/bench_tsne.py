"""Benchmark: the Embeddings tab's live t-SNE against openTSNE with its defaults, side by side.

Data: word2vec vectors (gensim, vector_size 100, min_count 1, seed 0, one worker) trained on
gensim's test corpora ``head500.noblanks.cor`` + ``lee_background.cor``; the 10,000 most
frequent words (the vocabulary has ~32k). Both runs use the same vectors, seed 0 and the
app's thread settings (OMP_NUM_THREADS=1). Quality, for both maps: trustworthiness
(scikit-learn, 10 neighbours, on a fixed random subsample of 3,000 words: the full 10k needs an
800 MB distance matrix) and k-NN preservation (for every word, the fraction of its 10 nearest
neighbours in the 100-d space that are among its 10 nearest on the map). Also the longest pause
between two yields of ``project_tsne`` after the openTSNE import (how long Stop can wait).

``--data mixture`` uses 10,000 points from a mixture of 30 Gaussians in 100-d instead.

Goal: ``ratio`` (ours / openTSNE time) ≤ 0.8 with both quality numbers within 0.01.
Runs alternate (openTSNE, ours, openTSNE, ours, ...) so a busy machine slows both alike; the
figures are medians. CPU seconds (all threads of the process) are reported too: with one job
they vary less than wall time when other programs share the cores.

    python tests/benchmarks/bench_tsne.py [--data word2vec|mixture] [--words 10000] [--repeats 1]
        [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")  # as lab_app.process.configure sets it

import numpy as np  # noqa: E402


def word_vectors(words: int) -> np.ndarray:
    """The benchmark's vectors: (words, 100) float64, most frequent words first."""
    from gensim.models import Word2Vec
    from gensim.test.utils import datapath
    from gensim.utils import simple_preprocess

    sentences = []
    for name in ("head500.noblanks.cor", "lee_background.cor"):
        with open(datapath(name), encoding="utf8") as lines:
            sentences += [tokens for line in lines if (tokens := simple_preprocess(line))]
    model = Word2Vec(sentences, vector_size=100, min_count=1, seed=0, workers=1, epochs=5)
    return model.wv.vectors[:words].astype(np.float64)


def gaussian_mixture(points: int) -> np.ndarray:
    """The alternative data: (points, 100) from 30 Gaussian clusters (centres spread 3x wider
    than each cluster), seed 0."""
    rng = np.random.default_rng(0)
    centres = rng.normal(0.0, 3.0, size=(30, 100))
    return centres[rng.integers(0, 30, size=points)] + rng.normal(size=(points, 100))


def quality(data: np.ndarray, layout: np.ndarray, true_neighbours: np.ndarray) -> dict:
    """Trustworthiness (3,000-word subsample) and 10-NN preservation of a layout."""
    from sklearn.manifold import trustworthiness
    from sklearn.neighbors import NearestNeighbors

    found = NearestNeighbors(n_neighbors=11).fit(layout).kneighbors(layout)[1][:, 1:]
    kept = [len(set(a) & set(b)) / 10 for a, b in zip(true_neighbours, found, strict=True)]
    sample = np.random.default_rng(0).choice(len(data), min(3000, len(data)), replace=False)
    trust = trustworthiness(data[sample], layout[sample], n_neighbors=10)
    return {"trustworthiness": round(float(trust), 4), "knn_preservation": round(np.mean(kept), 4)}


def run_opentsne(data: np.ndarray) -> tuple[float, float, np.ndarray]:
    """Wall and CPU seconds to the map, and the map."""
    import openTSNE

    cpu, started = time.process_time(), time.perf_counter()
    layout = openTSNE.TSNE(random_state=0).fit(data)
    return time.perf_counter() - started, time.process_time() - cpu, np.asarray(layout)


def run_ours(data: np.ndarray, jobs: int | None) -> tuple[float, float, np.ndarray, float, int]:
    """Wall and CPU seconds to the map, the map, the longest pause between yields, and the
    iterations run."""
    from lab_app.core.embeddings.tsne import project_tsne

    job = project_tsne(data, seed=0, n_jobs=jobs)
    cpu = time.process_time()
    started = last = time.perf_counter()
    longest, iterations = 0.0, 0
    while True:
        try:
            event = next(job)
        except StopIteration as stop:
            layout = stop.value
            break
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        iterations = getattr(event, "iteration", iterations)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return wall, cpu, layout, longest, iterations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--data", choices=("word2vec", "mixture"), default="word2vec")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="n_jobs for ours (default: ours)")
    args = parser.parse_args()

    import openTSNE  # noqa: F401  (imported before timing, for both)
    from sklearn.neighbors import NearestNeighbors

    if args.data == "word2vec":
        data = word_vectors(args.words)
        described = (
            f"word2vec {data.shape[0]} words x {data.shape[1]} dims "
            "(gensim head500.noblanks + lee_background, min_count 1)"
        )
    else:
        data = gaussian_mixture(args.words)
        described = f"Gaussian mixture {data.shape[0]} x {data.shape[1]}, 30 clusters"
    true_neighbours = NearestNeighbors(n_neighbors=11).fit(data).kneighbors(data)[1][:, 1:]
    theirs, ours, theirs_cpu, ours_cpu, pauses, iterations = [], [], [], [], [], 0
    for _ in range(args.repeats):
        wall, cpu, reference = run_opentsne(data)
        theirs.append(wall)
        theirs_cpu.append(cpu)
        wall, cpu, layout, longest, iterations = run_ours(data, args.jobs)
        ours.append(wall)
        ours_cpu.append(cpu)
        pauses.append(longest)
    from lab_app.core.embeddings.tsne import default_jobs

    result = {
        "data": described,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "opentsne_default_s": round(statistics.median(theirs), 2),
        "ours_s": round(statistics.median(ours), 2),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 3),
        "runs_s": {"opentsne": [round(t, 2) for t in theirs], "ours": [round(t, 2) for t in ours]},
        "cpu_s": {
            "opentsne": [round(t, 2) for t in theirs_cpu],
            "ours": [round(t, 2) for t in ours_cpu],
        },
        "cpu_ratio": round(statistics.median(ours_cpu) / statistics.median(theirs_cpu), 3),
        "ours_jobs": args.jobs or default_jobs(),
        "ours_iterations": iterations,
        "ours_longest_pause_s": round(max(pauses), 3),
        "opentsne_quality": quality(data, reference, true_neighbours),
        "ours_quality": quality(data, layout, true_neighbours),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
