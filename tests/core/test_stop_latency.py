"""Stop takes effect at a job's next yield: at the largest settings the configs allow, no job
goes long without yielding. The bound here is generous (a loaded 2-core CI machine); the strict
0.5 s is measured by tests/benchmarks/bench_stop_latency.py, which uses these scenarios."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import replace

import numpy as np
import pytest

from lab_app.core import budget
from lab_app.core.budget import TooLarge, check_fits
from lab_app.core.lstm import LstmConfig, build_sequence_data, encode_probe, train_language_model
from lab_app.core.lstm.config import LIMITS as LSTM_LIMITS
from lab_app.core.lstm.data import MAX_PROBE_UNITS
from lab_app.core.messages import Text
from lab_app.core.rnn import GradientConfig, compare_gradients, long_memory_sweep
from lab_app.core.rnn.gradients import LIMITS as GRADIENT_LIMITS
from lab_app.core.rnn.memory import MAX_GAP

# numpy's BLAS runs on as many threads as tests/conftest.py gives the process (one on 2 cores).
pytestmark = pytest.mark.usefixtures("one_thread")

GENEROUS_SECONDS = 1.5
SKIP = 2  # the first yields include one-off costs (first torch calls), not a step


def largest(make: Callable[[int], object], low: int, high: int) -> object:
    """Return make(n) for the largest n in [low, high] that the config accepts (TooLarge
    refuses the rest); the config checks are monotonic in each size."""
    best = make(low)
    while low < high:
        middle = (low + high + 1) // 2
        try:
            best, low = make(middle), middle
        except TooLarge:
            high = middle - 1
    return best


def _char_data(seq_len: int):
    rng = np.random.default_rng(0)
    alphabet = np.array(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;"))
    text = "".join(rng.choice(alphabet, size=max(20_000, 4 * seq_len)))
    return build_sequence_data(text, "char", seq_len=seq_len)


def _word_data(seq_len: int, vocabulary: int):
    rng = np.random.default_rng(0)
    ids = np.concatenate([np.arange(vocabulary), rng.integers(0, vocabulary, 30_000)])
    return build_sequence_data([f"w{i}" for i in ids], "word", seq_len, max_vocab=vocabulary)


def _language_model(cfg: LstmConfig) -> Generator:
    if cfg.level == "char":
        data = _char_data(cfg.seq_len)
        probe = encode_probe(data, ("abc " * MAX_PROBE_UNITS)[:MAX_PROBE_UNITS])
    else:
        data = _word_data(cfg.seq_len, cfg.max_vocab)
        probe = encode_probe(data, " ".join(f"w{i}" for i in range(MAX_PROBE_UNITS)))
    return train_language_model(cfg, data, probe)


def _lm(free: str, **sizes) -> Callable[[int], LstmConfig]:
    """A config maker over the size named ``free``, the others fixed."""
    return lambda n: LstmConfig(**{**sizes, free: n})


def scenarios() -> dict[str, Callable[[], Generator]]:
    """Jobs at the largest settings the UI can reach, each a frontier of the step budget."""
    batch_high = LSTM_LIMITS["batch_size"][1]
    seq_high = LSTM_LIMITS["seq_len"][1]
    widest_input = largest(_lm("embedding_dim", hidden_size=512, seq_len=64, batch_size=1), 1, 512)
    widest_lm = largest(
        _lm("batch_size", hidden_size=512, embedding_dim=widest_input.embedding_dim, seq_len=64),
        1,
        batch_high,
    )
    longest_lm = largest(_lm("batch_size", hidden_size=64, seq_len=seq_high), 1, batch_high)
    biggest_batch = largest(_lm("seq_len", hidden_size=64, batch_size=batch_high), 2, seq_high)
    words = largest(
        _lm("batch_size", level="word", max_vocab=5000, hidden_size=64, seq_len=64), 1, batch_high
    )
    gap_high, hidden_high = GRADIENT_LIMITS["gap"][1], GRADIENT_LIMITS["hidden_size"][1]
    longest_gap = largest(lambda n: GradientConfig(gap=gap_high, hidden_size=n), 1, hidden_high)
    widest = largest(lambda n: GradientConfig(gap=n, hidden_size=hidden_high), 0, gap_high)
    return {
        "lm_d512": lambda: _language_model(widest_lm),
        "lm_seq_max": lambda: _language_model(longest_lm),
        "lm_batch_max": lambda: _language_model(biggest_batch),
        "lm_words_5000": lambda: _language_model(words),
        "gradients_gap_max": lambda: compare_gradients(replace(longest_gap, max_steps=1000)),
        "gradients_d_h_max": lambda: compare_gradients(replace(widest, max_steps=1000)),
        "memory_gap_max": lambda: long_memory_sweep([MAX_GAP], steps_per_gap=3),
    }


def yield_times(job: Generator, seconds: float, max_events: int) -> list[float]:
    """Drive ``job`` on a worker thread (as the app does) until it ends, ``seconds`` pass after
    its first yield or ``max_events`` arrive; close it there; return the time of each yield."""
    times: list[float] = []
    errors: list[BaseException] = []

    def drive() -> None:
        try:
            for _ in job:
                times.append(time.monotonic())
                if len(times) >= max_events or times[-1] - times[0] > seconds:
                    break
        except BaseException as error:
            errors.append(error)
        finally:
            job.close()

    thread = threading.Thread(target=drive)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive() and not errors, errors
    return times


def longest_pause(times: list[float], skip: int = SKIP) -> float:
    """Return the longest time between two consecutive yields, the first ``skip`` left out."""
    return float(np.max(np.diff(times[skip:])))


@pytest.mark.parametrize("name", list(scenarios()))
def test_every_job_yields_often_at_the_largest_settings(name):
    times = yield_times(scenarios()[name](), seconds=1.2, max_events=40)
    assert len(times) >= SKIP + 3, f"{name}: only {len(times)} yields"
    assert longest_pause(times) < GENEROUS_SECONDS


def test_an_absurd_run_is_refused_quoting_the_numbers():
    with pytest.raises(TooLarge) as caught:
        check_fits(64e9, "Language model", available=8e9)
    text = caught.value.args[0]
    assert isinstance(text, Text) and isinstance(caught.value, ValueError)
    assert "64,000 MB" in str(text) and "8,000 MB" in str(text)
    assert caught.value.needed == 64e9 and caught.value.allowed == 4e9
    check_fits(3e9, "Language model", available=8e9)  # under half: allowed


@pytest.mark.parametrize(
    "job",
    [
        lambda: compare_gradients(GradientConfig(gap=10, hidden_size=8)),
        lambda: long_memory_sweep([10], steps_per_gap=5),
        lambda: _language_model(LstmConfig(seq_len=16, hidden_size=8, max_steps=2)),
    ],
    ids=["gradients", "memory", "language_model"],
)
def test_each_job_checks_the_free_memory_before_it_builds(monkeypatch, job):
    monkeypatch.setattr(budget, "available_memory", lambda: 100_000)  # 0.1 MB free
    with pytest.raises(TooLarge, match=r"MB of memory, but this computer has 1 MB free"):
        next(job())


def test_the_refusal_quotes_the_run_estimate(monkeypatch):
    cfg = GradientConfig(gap=500, hidden_size=64)
    needed = cfg.memory_bytes()
    assert needed > 40e6  # three networks over 502 steps, and the unrolled probe
    monkeypatch.setattr(budget, "available_memory", lambda: int(needed))  # twice the share
    with pytest.raises(TooLarge) as caught:
        next(compare_gradients(cfg))
    assert f"about {round(needed / 1e6):,} MB" in str(caught.value)
    assert caught.value.args[0].values["what"].template == "Gradient comparison"
