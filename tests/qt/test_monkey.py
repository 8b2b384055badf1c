"""A short monkey run: random actions over every tab and page, while training, end cleanly.

The benchmark runs the full 3 seeds × 2000 actions (tests/benchmarks/bench_monkey.py, ~15 min);
this test runs one seed for 150 actions (~30 s) in a child process, as the benchmark does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_monkey.py"


def test_monkey_short_run_has_no_uncaught_exception_and_no_crash(tmp_path):
    out = tmp_path / "monkey.json"
    command = [sys.executable, str(BENCH), "--child", "--seed", "7", "--actions", "150"]
    child = subprocess.run(
        [*command, "--out", str(out)], capture_output=True, text=True, timeout=240
    )
    assert child.returncode == 0, child.stderr[-4000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["completed"]
    assert result["actions"] == 150
    exceptions = result["exceptions"]
    assert exceptions["count"] == 0, json.dumps(exceptions["first"], indent=1)
