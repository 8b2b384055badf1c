"""Huge input: a 50 MB single line loads within bounded memory, without freezing the GUI thread."""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lab_app.core.corpus import load_corpus

SENTENCES = (
    "El niño escuchó la canción del año junto al río, y su corazón latía con fuerza.",
    "¿Quién recuerda la señal que apareció en el cielo aquella noche de invierno?",
    "¡Qué sorpresa! La red neuronal aprendió a predecir la palabra siguiente.",
    "La memoria de una LSTM guarda información durante muchos pasos de tiempo.",
)


def write_single_line(path: Path, megabytes: float, distinct_numbers: int) -> int:
    """Write one line of Spanish sentences, each followed by a number (a large vocabulary).

    Return the number of characters before the final space and newline.
    """
    target, written, number = int(megabytes * 1_000_000), 0, 0
    with open(path, "w", encoding="utf-8") as file:
        while path.stat().st_size < target:
            block = " ".join(
                f"{SENTENCES[i % len(SENTENCES)]} Ficha {i % distinct_numbers}."
                for i in range(number, number + 2000)
            )
            number += 2000
            written += file.write(block + " ")
            file.flush()
        file.write("\n")
    return written - 1


@pytest.mark.skipif(sys.platform == "win32", reason="uses the resource module")
def test_single_50_mb_line_loads_as_one_document_in_bounded_memory(tmp_path):
    path = tmp_path / "line.txt"
    characters = write_single_line(path, 50, distinct_numbers=20_000)
    size = path.stat().st_size
    code = (
        "import json, resource, sys, time\n"
        "from lab_app.core.corpus import load_corpus\n"
        "unit = 1 if sys.platform == 'darwin' else 1024\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit\n"
        "start = time.perf_counter()\n"
        f"corpus = load_corpus({str(path)!r})\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit - before\n"
        "print(json.dumps({'seconds': seconds, 'peak': peak, 'stats': corpus.stats(),\n"
        "                  'length': len(corpus.documents[0])}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=240
    )
    found = json.loads(result.stdout)
    assert found["stats"]["documents"] == 1
    assert found["length"] == characters  # the trailing space and newline are stripped
    assert found["stats"]["types"] > 20_000
    assert found["peak"] < 5 * size, found
    print(f"50 MB line: {found['seconds']:.1f} s, peak +{found['peak'] / size:.2f}x file size")


def test_loading_on_a_worker_thread_keeps_the_main_thread_responsive(tmp_path):
    path = tmp_path / "line.txt"
    write_single_line(path, 30, distinct_numbers=100_000)
    result: dict = {}

    def load() -> None:
        try:
            result["corpus"] = load_corpus(path)
        except BaseException as error:  # noqa: BLE001 - re-raised on the main thread
            result["error"] = error

    worker = threading.Thread(target=load)
    last = time.perf_counter()
    worker.start()
    gaps = []
    while worker.is_alive():  # what a GUI event loop does: wake up often, briefly
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    if "error" in result:
        raise result["error"]
    assert result["corpus"].stats()["documents"] == 1
    assert len(gaps) > 100
    assert max(gaps) < 0.1, f"longest gap {max(gaps) * 1000:.0f} ms"
