"""The Qt-free core and the light start-up path, checked in fresh interpreters."""

from __future__ import annotations

import json
import subprocess
import sys

QT_MODULES = ("PySide6", "pyqtgraph", "superqt", "shiboken6")
HEAVY_MODULES = ("torch", "gensim", "transformers", "sklearn", "umap", "openTSNE")


def loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in json.loads(out.stdout.strip().splitlines()[-1])}


def test_core_imports_no_qt():
    modules = loaded_after(
        "import pkgutil, importlib, lab_app.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'lab_app.core.'):\n"
        "    importlib.import_module(m.name)"
    )
    assert "lab_app" in modules
    assert not modules & set(QT_MODULES)


def test_start_up_path_imports_nothing_heavy():
    modules = loaded_after("import lab_app.app, lab_app.qt.main_window")
    assert "PySide6" in modules
    assert not modules & set(HEAVY_MODULES)
    # pyqtgraph and superqt load after the first paint, not before.
    assert not modules & {"pyqtgraph", "superqt"}


def test_process_settings_load_neither_numpy_nor_numba():
    # configure() runs before the window paints; numpy alone costs ~0.1 s of start-up.
    modules = loaded_after("from lab_app import process\nprocess.configure()")
    assert not modules & {"numpy", "numba", "scipy", *HEAVY_MODULES}
