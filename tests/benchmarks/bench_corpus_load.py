"""Time and memory to load one huge single-line text file, and the GUI-thread heartbeat meanwhile.

Run: python tests/benchmarks/bench_corpus_load.py [megabytes] [distinct_numbers]
(defaults 50 and 20000; the numbers make the vocabulary large). Prints JSON.
The load runs on a worker thread, as in the app; the main thread sleeps 5 ms in a loop and
records the longest gap between wake-ups (what a GUI event loop would feel). ``cpu_seconds`` is
the worker thread's CPU time, steadier than wall time on a shared machine.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

SENTENCES = (
    "El niño escuchó la canción del año junto al río, y su corazón latía con fuerza.",
    "¿Quién recuerda la señal que apareció en el cielo aquella noche de invierno?",
    "¡Qué sorpresa! La red neuronal aprendió a predecir la palabra siguiente.",
    "La memoria de una LSTM guarda información durante muchos pasos de tiempo.",
)


def write_single_line(path: Path, megabytes: float, distinct_numbers: int) -> None:
    """Write one line of Spanish sentences, each followed by a number, to ``path``."""
    target, number = int(megabytes * 1_000_000), 0
    with open(path, "w", encoding="utf-8") as file:
        while file.tell() < target:
            block = " ".join(
                f"{SENTENCES[i % len(SENTENCES)]} Ficha {i % distinct_numbers}."
                for i in range(number, number + 2000)
            )
            number += 2000
            file.write(block + " ")
        file.write("\n")


def peak_rss_bytes() -> int:
    """Return the process's peak resident memory so far, in bytes."""
    unit = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit


def main() -> None:
    from lab_app.core.corpus import load_corpus

    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    distinct = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "huge_line.txt")
        write_single_line(path, megabytes, distinct)
        size = path.stat().st_size
        before = peak_rss_bytes()
        result: dict = {}

        def load() -> None:
            start = time.thread_time()
            result["corpus"] = load_corpus(path)
            result["cpu"] = time.thread_time() - start

        worker = threading.Thread(target=load)
        start = last = time.perf_counter()
        worker.start()
        max_gap = 0.0
        while worker.is_alive():
            time.sleep(0.005)
            now = time.perf_counter()
            max_gap, last = max(max_gap, now - last), now
        worker.join()
        seconds = time.perf_counter() - start
        peak = peak_rss_bytes() - before
        stats = result["corpus"].stats()
    print(
        json.dumps(
            {
                "file_mb": round(size / 1e6, 1),
                "seconds": round(seconds, 2),
                "cpu_seconds": round(result["cpu"], 2),
                "peak_rss_increase_mb": round(peak / 1e6, 1),
                "peak_over_file_size": round(peak / size, 2),
                "max_heartbeat_gap_ms": round(max_gap * 1000, 1),
                "load_average": round(os.getloadavg()[0], 2),
                **stats,
            }
        )
    )


if __name__ == "__main__":
    main()
