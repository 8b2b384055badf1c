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
    # The core's sentences (errors, notices) are marked for the "core" context too.
    files = sorted(str(p) for p in (REPO / "lab_app").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(sources(fresh)) - set(sources(resource_path("translations", "lab_app_es.ts")))
    assert missing == set(), "run packaging/update_translations.sh"


def test_core_errors_and_notices_read_in_spanish(spanish, tmp_path):
    from lab_app.core.corpus import CorpusError, load_corpus
    from lab_app.core.events import Notice
    from lab_app.core.messages import QT_TRANSLATE_NOOP, say
    from lab_app.qt.core_text import translated

    empty = tmp_path / "vacío.txt"
    empty.write_bytes(b"")
    with pytest.raises(CorpusError) as caught:
        load_corpus(empty)
    assert "is empty" in str(caught.value)  # the core itself speaks English
    assert (
        translated(caught.value) == "«vacío.txt» está vacío (0 bytes). Elige un archivo con texto."
    )
    png = tmp_path / "foto.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(CorpusError) as caught:
        load_corpus(png)
    assert translated(caught.value).startswith("«foto.txt» es una imagen PNG, no texto.")
    text = QT_TRANSLATE_NOOP("core", "The corpus is large: training uses its first {limit} tokens.")
    notice = Notice(say(text, limit=2_000_000))
    assert str(notice.text).endswith("first 2,000,000 tokens.")
    assert (
        translated(notice)
        == "El corpus es grande: el entrenamiento usa sus primeros 2\u202f000\u202f000 tokens."
    )
    assert translated(ValueError("plain")) == "plain"


def test_equation_numbers_use_the_locales_decimal_sign(spanish):
    from lab_app.qt.widgets.equation_panel import filled_lines

    cell = {"f": 0.95, "i": 0.5, "g": -0.25, "o": 0.1, "c": 2.0, "h": 0.096}
    cell |= {"zf": 2.97, "zi": 0.0, "zg": -0.26, "zo": -2.2, "c_prev": 1.5}
    assert filled_lines(cell)["f"] == "σ(2,97) = 0,95"
