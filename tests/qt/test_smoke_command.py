"""``lab-app --smoke``, the installers' test, run as a user (or the bundle build) runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from lab_app.qt import registry
from lab_app.smoke import CHECKS, smoke_targets


def run_python(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    """Run ``python ARGS`` in a fresh process with its own log and settings folders."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        HF_HUB_OFFLINE="1",
    )
    env.pop("NUMBA_CACHE_DIR", None)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def log_text(tmp_path) -> str:
    return (tmp_path / "state" / "lab-app" / "log" / "lab-app.log").read_text(encoding="utf-8")


def test_targets_are_every_page_of_the_registry():
    every = [(tab.key, page.key) for tab in registry.TABS for page in tab.pages]
    assert smoke_targets(None, None) == every
    assert smoke_targets("lstm", None) == [
        ("lstm", key) for key in registry.tab_spec("lstm").page_keys
    ]
    assert smoke_targets("lstm", "memory") == [("lstm", "memory")]


def test_smoke_passes_on_one_tab_and_logs_its_summary(tmp_path):
    result = run_python(
        ["-m", "lab_app", "--smoke", "--tab", "lstm", "--demo-seconds", "1"], tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = json_lines(result.stdout)
    window, summary = lines[0]["window"], lines[-1]
    assert 0 < window["frame_s"] <= window["content_s"] < 60
    assert summary["smoke"] == "ok" and summary["failures"] == []
    assert list(summary["pages"]) == [f"lstm/{key}" for key in registry.tab_spec("lstm").page_keys]
    assert list(summary["checks"]) == list(CHECKS)
    assert summary["frozen"] is False
    log = log_text(tmp_path)
    assert '"smoke": "ok"' in log
    assert " ERROR " not in log
    # The numba cache went to the user cache folder (UMAP's compiled code lives there).
    assert (tmp_path / "cache" / "lab-app" / "numba").is_dir()


BROKEN_PAGES = """
import logging

from lab_app.qt.tabs.base import Page
from lab_app.qt.workers import JobRunner


class Fine(Page):
    pass


class Raises(Page):
    def __init__(self, state, parent=None):
        raise RuntimeError("page cannot be built")


def failing_job():
    yield 1
    raise ValueError("demo step failed")


class DemoFails(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.runner = JobRunner(self)

    def start_demo(self):
        self.runner.start(failing_job)
        return True


class LogsError(Page):
    def start_demo(self):
        logging.getLogger("lab_app.broken").error("something went wrong")
        return False
"""

DRIVER = """
import sys

sys.path.insert(0, ".")
from lab_app import smoke
from lab_app.qt import registry

smoke.CHECKS.clear()
pages = tuple(
    registry.PageSpec(key, key, "broken_pages:" + cls)
    for key, cls in [("fine", "Fine"), ("raises", "Raises"), ("demo", "DemoFails"),
                     ("logs", "LogsError")]
)
registry.TABS = (*registry.TABS, registry.TabSpec("broken", "Broken", pages))
registry.TAB_KEYS = (*registry.TAB_KEYS, "broken")
from lab_app.app import main

sys.exit(main(["--smoke", "--tab", "broken", "--demo-seconds", "1"]))
"""


def test_smoke_fails_when_a_page_raises_a_demo_fails_or_an_error_is_logged(tmp_path):
    (tmp_path / "broken_pages.py").write_text(textwrap.dedent(BROKEN_PAGES), encoding="utf-8")
    (tmp_path / "driver.py").write_text(DRIVER, encoding="utf-8")
    result = run_python(["driver.py"], tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    summary = json_lines(result.stdout)[-1]
    assert summary["smoke"] == "failed"
    where = {failure["where"]: failure["error"] for failure in summary["failures"]}
    assert set(where) == {"broken/raises", "broken/demo", "broken/logs"}, where
    assert "page cannot be built" in where["broken/raises"]
    assert "demo step failed" in where["broken/demo"]
    assert "something went wrong" in where["broken/logs"]
    assert list(summary["pages"]) == [f"broken/{key}" for key in ("fine", "raises", "demo", "logs")]
    assert '"smoke": "failed"' in log_text(tmp_path)
