"""Every visible string has a Spanish translation, and the compiled .qm is in step with the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lab_app.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def sources(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated():
    messages = sources(resource_path("translations", "lab_app_es.ts"))
    assert len(messages) > 150
    unfinished = [
        src for src, tr in messages.items() if tr.get("type") == "unfinished" or not tr.text
    ]
    assert unfinished == []
    assert resource_path("translations", "lab_app_es.qm").stat().st_size > 1000


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists() or not (REPO / "lab_app" / "qt").is_dir():
        pytest.skip("needs pyside6-lupdate and the source tree")
    files = sorted(str(p) for p in (REPO / "lab_app" / "qt").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(sources(fresh)) - set(sources(resource_path("translations", "lab_app_es.ts")))
    assert missing == set(), "run packaging/update_translations.sh"
