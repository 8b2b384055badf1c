"""The same seed gives the same model and the same run, even while another thread builds or
trains (two pages at once). Each concurrent test failed when build_model / make_memory_model
seeded torch's global generator with a bare torch.manual_seed instead of ``seeded``."""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from lab_app.core.events import Metrics, collect, drain
from lab_app.core.lstm import (
    LstmConfig,
    build_model,
    build_sequence_data,
    encode_probe,
    train_language_model,
)
from lab_app.core.rnn import GradientConfig, compare_gradients, make_memory_model
from lab_app.core.seeding import seeded

pytestmark = pytest.mark.usefixtures("one_thread")

ROUNDS = 25
# Runs repeated while another thread builds: a build is ~1% of a run, so it takes a few
# dozen runs for a racy build to meet the other thread's (it did in 5 of 5 tries with 20).
RUNS = 20
TEXT = "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, vivía un hidalgo.\n" * 8
SMALL = dict(embedding_dim=16, hidden_size=32, seq_len=16, batch_size=8, learning_rate=0.01)


@pytest.fixture
def eager_thread_switches():
    """Switch threads every microsecond, so that two builds interleave if they can."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


@pytest.fixture(scope="module")
def char_data():
    return build_sequence_data(TEXT, "char", seq_len=16)


def _weights(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {name: value.detach().clone() for name, value in model.state_dict().items()}


def _same(first: dict[str, torch.Tensor], second: dict[str, torch.Tensor]) -> bool:
    return first.keys() == second.keys() and all(torch.equal(first[k], second[k]) for k in first)


def _in_two_threads(builds: tuple[Callable[[], object], Callable[[], object]]) -> list[list]:
    """Run each build ROUNDS times on its own thread, both starting each round together."""
    barrier = threading.Barrier(2)
    results: list[list] = [[], []]
    errors: list[BaseException] = []

    def work(slot: int) -> None:
        try:
            for _ in range(ROUNDS):
                barrier.wait(timeout=30)
                results[slot].append(builds[slot]())
        except BaseException as error:  # reported on the test's thread
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


@pytest.mark.usefixtures("eager_thread_switches")
@pytest.mark.parametrize(
    "build",
    [
        pytest.param(
            lambda seed: build_model(LstmConfig(seed=seed, **SMALL), vocab_size=60), id="lm"
        ),
        pytest.param(lambda seed: make_memory_model("lstm", 4, 32, seed, gap=40), id="lstm"),
        pytest.param(lambda seed: make_memory_model("gru", 4, 32, seed, gap=40), id="gru"),
        pytest.param(lambda seed: make_memory_model("rnn", 4, 32, seed, gap=40), id="rnn"),
        pytest.param(
            lambda seed: make_memory_model("lstm", 4, 32, seed, 40, gate_init="bias_1"),
            id="lstm-forget-bias",
        ),
    ],
)
def test_concurrent_builds_equal_a_build_done_alone(build):
    alone = {seed: _weights(build(seed)) for seed in (0, 1)}
    zeros, ones = _in_two_threads((lambda: _weights(build(0)), lambda: _weights(build(1))))
    assert sum(not _same(w, alone[0]) for w in zeros) == 0
    assert sum(not _same(w, alone[1]) for w in ones) == 0


def test_seeded_leaves_the_global_generator_as_it_was():
    torch.random.manual_seed(123)  # the test's own global state, not core's
    before = torch.random.get_rng_state()
    with seeded(0):
        torch.rand(10)
    assert torch.equal(torch.random.get_rng_state(), before)


def test_training_repeats_exactly_while_another_run_trains(char_data):
    cfg = LstmConfig(max_steps=24, **SMALL)
    probe = encode_probe(char_data, "la Mancha")
    alone = drain(train_language_model(cfg, char_data, probe, should_record=False)).history

    def other_run() -> None:
        # Mostly building: each run makes a model and its step-0 snapshot, then is dropped.
        job = train_language_model(replace(cfg, seed=7), char_data, probe)
        next(job)
        job.close()

    with _busy(other_run):
        for _ in range(RUNS):
            again = drain(train_language_model(cfg, char_data, probe, should_record=False))
            assert again.history == alone


def test_gradient_comparison_repeats_exactly_while_another_runs():
    cfg = GradientConfig(gap=8, hidden_size=16, batch_size=8, probe_size=4, max_steps=12)

    def outcome() -> tuple[dict[str, float], dict[str, np.ndarray]]:
        events, final = collect(compare_gradients(cfg))
        last = [e for e in events if isinstance(e, Metrics)][-1]
        return last.values, final.norms

    losses, norms = outcome()

    def other_run() -> None:
        job = compare_gradients(replace(cfg, seed=3))
        next(job)  # three models built and a first heartbeat
        job.close()

    with _busy(other_run):
        for _ in range(RUNS // 2):  # three builds a run
            again_losses, again_norms = outcome()
            assert again_losses == losses
            for cell, values in norms.items():
                np.testing.assert_array_equal(again_norms[cell], values)


class _busy:
    """Run ``work`` over and over on another thread for the duration of a ``with`` block."""

    def __init__(self, work: Callable[[], None]):
        self._work = work
        self._stop = threading.Event()
        self._errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._loop)

    def _loop(self) -> None:
        try:
            # The pause frees the GIL: without it the main thread waits a switch interval at
            # each torch call (a convoy), and the test takes ten times as long.
            while not self._stop.wait(0.002):
                self._work()
        except BaseException as error:
            self._errors.append(error)

    def __enter__(self) -> None:
        self._thread.start()

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()
        assert not self._errors, self._errors


def test_core_never_seeds_the_global_generator():
    core = Path(__file__).parents[2] / "lab_app" / "core"
    offenders = []
    for path in core.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "manual_seed"
                and ast.unparse(node.func.value) in ("torch", "torch.random")
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
