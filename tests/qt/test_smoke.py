"""The command line end to end: every tab and page renders after a few demo steps."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from lab_app.qt import registry


def run_lab(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "lab_app", *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )


def test_screenshot_with_demo_renders_every_page(tmp_path):
    out = tmp_path / "shots"
    result = run_lab(
        "--screenshot", str(out), "--demo", "--demo-seconds", "2", "--size", "1280x720",
        "--lang", "es", tmp_path=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    expected = {
        f"{tab.key}.png" if index == 0 else f"{tab.key}-{page.key}.png"
        for tab in registry.TABS
        for index, page in enumerate(tab.pages)
    }
    assert {path.name for path in out.iterdir()} == expected
    for name in expected:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1280, 720), name
    # The gates page trained during its demo: its heatmaps are no longer one flat colour.
    gates = QImage(str(out / "lstm.png"))
    colours = {gates.pixel(x, y) for x in range(300, 1280, 7) for y in range(300, 600, 7)}
    assert len(colours) > 50


def test_one_page_at_one_size(tmp_path):
    out = tmp_path / "one"
    result = run_lab(
        "--tab", "lstm", "--page", "gradients", "--size", "1366x768", "--screenshot", str(out),
        tmp_path=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [path.name for path in out.iterdir()] == ["lstm-gradients.png"]
    assert QImage(str(out / "lstm-gradients.png")).width() == 1366


def test_a_page_of_another_tab_is_refused(tmp_path):
    result = run_lab("--tab", "corpus", "--page", "gates", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "gates" in result.stderr or "pages" in result.stderr
