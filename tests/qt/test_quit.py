"""Quitting at any moment ends the process cleanly (bench_quit.py measures 50 tries)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_quit.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quit", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("quit_after", "training"),
    [(0.2, False), (1.0, False), (2.5, True)],  # at start, while torch imports, while training
)
def test_quitting_ends_the_process_with_code_0(quit_after, training):
    result = _bench().one_try(quit_after, training)
    assert result["exit_code"] == 0, result
    assert not result["traceback"], result
    # Within 1 s on an idle machine (the benchmark); 5 s is a loaded CI machine's margin.
    assert result["exit_after_close_s"] is not None and result["exit_after_close_s"] < 5
