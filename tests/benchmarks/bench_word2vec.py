"""Benchmark: word2vec driven through ``train_word2vec`` vs bare gensim; evaluation; Stop.

Prints JSON. Goal: corpus words per second through the generator (drained on a worker thread as
the app does, every event handed to the "GUI" thread through a queue) ≥ 0.9 × bare
``Word2Vec(sentences, ...)`` with the same corpus and settings, in ABCCBA order (A bare, B the
generator, C the generator evaluating each epoch: the last epoch's evaluation runs after
training, the others beside it). Also: the
cost of one epoch's evaluation (analogies + WordSim-353 + SimLex-999) on lee_background, the
longest gap between two yields, and how long Stop (closing the generator) takes at the default
and at the heaviest settings the form allows. Vector files: reading a GloVe-style text file
through ``iter_load_vectors`` vs gensim's ``load_word2vec_format`` (MB/s), and Stop while
reading a 1 GB file (the longest gap between yields and how long ``close()`` takes).

    python tests/benchmarks/bench_word2vec.py [--repeat 10] [--epochs 2] [--runs 2]
        [--file-mb 32] [--stop-file-gb 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import statistics
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from lab_app import process

process.configure()

from lab_app.core.corpus import load_builtin  # noqa: E402
from lab_app.core.embeddings.jobs import corpus_sentences  # noqa: E402
from lab_app.core.embeddings.word2vec import Word2VecConfig, train_word2vec  # noqa: E402
from lab_app.core.events import drain  # noqa: E402

_END = object()


def lee_sentences(repeat: int) -> list[list[str]]:
    """lee_background split into sentences of tokens, repeated ``repeat`` times."""
    sentences = drain(corpus_sentences(load_builtin("lee_background")))
    return [list(s) for _ in range(repeat) for s in sentences]


def bare_gensim(sentences: list[list[str]], config: Word2VecConfig) -> dict:
    """Wall and CPU (all threads of the process) seconds for ``Word2Vec(sentences, ...)``:
    vocabulary scan plus training."""
    from gensim.models import Word2Vec

    start, start_cpu = time.perf_counter(), time.process_time()
    Word2Vec(
        sentences, sg=int(config.sg), hs=0, vector_size=config.vector_size,
        window=config.window, negative=config.negative, min_count=config.min_count,
        sample=config.sample, alpha=config.alpha, seed=config.seed, workers=config.workers,
        epochs=config.epochs,
    )  # fmt: skip
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - start_cpu}


def through_generator(sentences, config, evaluate: bool) -> dict:
    """Seconds to drain ``train_word2vec`` on a worker thread, events consumed by this thread
    (the GUI's part); also the longest gap between two events."""
    events: queue.Queue = queue.Queue()

    def worker() -> None:
        job = train_word2vec(sentences, config, evaluate=evaluate)
        try:
            while True:
                events.put(next(job))
        except StopIteration as stop:
            events.put(_END)
            events.put(stop.value)

    start, start_cpu = time.perf_counter(), time.process_time()
    thread = threading.Thread(target=worker)
    thread.start()
    last, longest, count, between, previous = start, 0.0, 0, "", "start"
    while (event := events.get()) is not _END:
        now = time.perf_counter()
        name = type(event).__name__
        if now - last > longest:
            longest, between = now - last, f"{previous} -> {name}"
        last, count, previous = now, count + 1, name
        getattr(event, "vectors", None)  # what the GUI reads
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    thread.join()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "events": count,
        "longest_gap_s": round(longest, 4),
        "between": between,
    }


def evaluation_cost(sentences: list[list[str]]) -> dict:
    """Seconds of one epoch's evaluation on vectors trained on ``sentences``."""
    from lab_app.core.embeddings.evaluation import iter_evaluate

    result = drain(train_word2vec(sentences, Word2VecConfig(epochs=5), evaluate=False))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        evaluation = drain(iter_evaluate(result.keyed_vectors))
        times.append(time.perf_counter() - start)
    return {
        "vocabulary": len(result.keyed_vectors),
        "analogy_questions_counted": evaluation.analogies.counted,
        "seconds_median": round(statistics.median(times), 4),
        "seconds_max": round(max(times), 4),
    }


def stop_latency(sentences, config: Word2VecConfig, after_s: float = 1.5) -> float:
    """Seconds ``close()`` takes after ``after_s`` of training (the generator driven here)."""
    job = train_word2vec(sentences, config, evaluate=False)
    start = time.perf_counter()
    for _ in job:
        if time.perf_counter() - start > after_s:
            break
    began = time.perf_counter()
    job.close()
    return time.perf_counter() - began


def glove_file(path: Path, megabytes: float, dimension: int = 300) -> Path:
    """Write a GloVe-style text file (no header) of about ``megabytes`` MB: a 4 MB block of
    random vectors repeated (words repeat; the reader keeps the first)."""
    rng = np.random.default_rng(0)
    rows = rng.normal(scale=0.4, size=(1500, dimension))
    block = "".join(
        f"w{i} " + " ".join(f"{v:.5f}" for v in row) + "\n" for i, row in enumerate(rows)
    ).encode()
    with open(path, "wb") as file:
        for _ in range(max(1, int(megabytes * 1e6 / len(block)))):
            file.write(block)
    return path


def vector_file_speed(folder: Path, megabytes: float) -> dict:
    """MB/s reading a GloVe text file: ours (drained) vs gensim's loader (no_header=True)."""
    from gensim.models import KeyedVectors

    from lab_app.core.embeddings.vectors_io import iter_load_vectors

    path = glove_file(folder / "speed.txt", megabytes)
    size = path.stat().st_size / 1e6
    start = time.perf_counter()
    events = 0
    last, longest = start, 0.0
    for _ in iter_load_vectors(path):
        now = time.perf_counter()
        longest, last, events = max(longest, now - last), now, events + 1
    ours = time.perf_counter() - start
    start = time.perf_counter()
    KeyedVectors.load_word2vec_format(str(path), no_header=True)
    theirs = time.perf_counter() - start
    return {
        "megabytes": round(size, 1),
        "ours_mb_per_s": round(size / ours, 2),
        "gensim_mb_per_s": round(size / theirs, 2),
        "longest_gap_between_yields_s": round(longest, 4),
        "yields": events,
    }


def vector_file_stop(folder: Path, gigabytes: float, after_s: float = 1.5) -> dict:
    """Read a ``gigabytes`` GB text file for ``after_s``, then close: the longest gap between
    yields meanwhile and how long ``close()`` takes."""
    from lab_app.core.embeddings.vectors_io import iter_load_vectors

    path = glove_file(folder / "big.txt", gigabytes * 1000)
    job = iter_load_vectors(path)
    start = last = time.perf_counter()
    longest = 0.0
    for _ in job:
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        if now - start > after_s:
            break
    began = time.perf_counter()
    job.close()
    closed = time.perf_counter() - began
    size = path.stat().st_size / 1e9
    path.unlink()
    return {
        "gigabytes": round(size, 2),
        "longest_gap_between_yields_s": round(longest, 4),
        "close_s": round(closed, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10, help="copies of lee_background")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2, help="ABCCBA rounds")
    parser.add_argument("--file-mb", type=float, default=32, help="0: skip")
    parser.add_argument("--stop-file-gb", type=float, default=1, help="0: skip")
    args = parser.parse_args()

    sentences = lee_sentences(args.repeat)
    words = sum(map(len, sentences))
    # Hold nothing out, so that both sides train on the same words.
    config = Word2VecConfig(epochs=args.epochs, heldout_fraction=0.0)
    bare, driven, evaluated = [], [], []
    for _ in range(args.runs):  # A B C C B A: bare, driven, driven with evaluation
        bare.append(bare_gensim(sentences, config))
        driven.append(through_generator(sentences, config, evaluate=False))
        evaluated.append(through_generator(sentences, config, evaluate=True))
        evaluated.append(through_generator(sentences, config, evaluate=True))
        driven.append(through_generator(sentences, config, evaluate=False))
        bare.append(bare_gensim(sentences, config))

    def rate(runs: list[dict], key: str = "seconds") -> float:
        return statistics.median(words * args.epochs / run[key] for run in runs)

    def paired(runs: list[dict]) -> float:
        """Median over rounds of (bare seconds / generator seconds), each round's runs side by
        side in time: slow drifts of the machine's load cancel."""
        ratios = [
            (bare[2 * i]["seconds"] + bare[2 * i + 1]["seconds"])
            / (runs[2 * i]["seconds"] + runs[2 * i + 1]["seconds"])
            for i in range(args.runs)
        ]
        return statistics.median(ratios)

    bare_rate, driven_rate, evaluated_rate = rate(bare), rate(driven), rate(evaluated)
    heavy = Word2VecConfig(vector_size=300, window=10, negative=20, epochs=5)
    report = {
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version()},
        "corpus": {"sentences": len(sentences), "words": words, "epochs": args.epochs},
        "config": {
            "sg": config.sg,
            "vector_size": config.vector_size,
            "window": config.window,
            "negative": config.negative,
            "workers": config.workers,
        },
        "bare_words_per_s": round(bare_rate),
        "generator_words_per_s": round(driven_rate),
        "ratio": round(driven_rate / bare_rate, 3),
        "ratio_paired": round(paired(driven), 3),
        # CPU seconds of the whole process (every thread): what the generator's machinery
        # costs, barely disturbed by other processes on a shared machine.
        "ratio_cpu": round(rate(driven, "cpu") / rate(bare, "cpu"), 3),
        "generator_with_evaluation_words_per_s": round(evaluated_rate),
        "ratio_with_evaluation": round(evaluated_rate / bare_rate, 3),
        "ratio_with_evaluation_paired": round(paired(evaluated), 3),
        "longest_gap_between_events": max(
            (d["longest_gap_s"], d["between"]) for d in driven + evaluated
        ),
        "bare_seconds": [round(b["seconds"], 3) for b in bare],
        "generator_seconds": [round(d["seconds"], 3) for d in driven],
        "generator_with_evaluation_seconds": [round(d["seconds"], 3) for d in evaluated],
        "evaluation_per_epoch_lee_background": evaluation_cost(lee_sentences(1)),
        "stop_seconds_default": round(stop_latency(sentences, config), 3),
        "stop_seconds_heavy_sg_d300_w10_k20": round(stop_latency(sentences, heavy), 3),
    }
    with tempfile.TemporaryDirectory() as folder:
        if args.file_mb:
            report["vector_file_read"] = vector_file_speed(Path(folder), args.file_mb)
        if args.stop_file_gb:
            report["vector_file_stop"] = vector_file_stop(Path(folder), args.stop_file_gb)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
