"""Helpers for the installers: what the bundle collects, what is pruned after the build, the
size budget, the smoke run of the frozen app. Standard library only (the spec imports it).

Command line (each prints one JSON line; exit 1 when a check fails)::

    python packaging/bundle.py version                      # from pyproject.toml
    python packaging/bundle.py prune BUNDLE_DIR [--dry-run]  # delete what the lab never loads
    python packaging/bundle.py size BUNDLE_DIR [ARCHIVE]     # check the size budget
    python packaging/bundle.py smoke EXECUTABLE              # run ``--smoke``, check its log

Every deletion below was proven by the smoke run (``lab-app --smoke`` from the pruned bundle).
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
# The size budget of the Linux bundle (the issue's), enforced by ``size``: a new dependency or a
# lost prune rule fails the build instead of passing unnoticed.
BUDGET_UNPACKED_MB, BUDGET_PACKED_MB = 800, 250

# gensim/test/test_data files the app reads (built-in corpora and the evaluation sets); the
# other ~150 files there (31 MB) are gensim's own test fixtures.
GENSIM_DATA = (
    "questions-words.txt",
    "wordsim353.tsv",
    "simlex999.txt",
    "lee_background.cor",
    "pang_lee_polarity.cor",
    "head500.noblanks.cor",
)

# transformers' model packages the BERT tab imports (auto: AutoTokenizer / from_pretrained;
# align and encoder_decoder: loaded by transformers itself when a BERT checkpoint is read).
TRANSFORMERS_MODELS_KEPT = ("bert", "auto", "align", "encoder_decoder")

# Never imported by the lab, but reachable by static analysis (optional imports of its
# libraries); also the build and test tools of the build environment.
EXCLUDES = (
    "hf_xet",  # the hub's accelerated downloader (11 MB): the hub falls back to plain HTTP
    "tkinter", "matplotlib", "IPython", "jupyter", "notebook", "pandas", "PIL", "cv2",
    "tensorboard", "torch.utils.tensorboard", "tensorflow", "keras", "jax", "flax", "onnx",
    "pytest", "_pytest", "pytestqt", "ruff", "pip", "PyInstaller", "torchvision", "torchaudio",
    "PyQt5", "PyQt6", "PySide2", "qtpy.tests", "gensim.test.test_utils", "sklearn.tests",
    "scipy.conftest", "numpy.tests", "pyqtgraph.examples",
    # UMAP stays out of the installers: its compiler, numba, brings llvmlite (160 MB), which
    # alone would break the 800 MB budget beside libtorch_cpu.so (345 MB). The map offers PCA
    # and t-SNE there and says UMAP needs the pip install (lab_app.core.embeddings.umap_map).
    "umap", "pynndescent", "numba", "llvmlite",
)  # fmt: skip

# Pruning after the build: (why, glob patterns relative to the bundle's _internal folder).
# ``*`` matches across folders too (``**/`` is the same as ``*``). Paths matching KEEP stay.
# PySide6 keeps Qt in PySide6/Qt/ on Linux and macOS, in PySide6/ itself on Windows.
QT_PLUGINS = "PySide6/*plugins/"
QT_TRANSLATIONS = "PySide6/*translations/"
PRUNE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("torch headers and build files", (
        "torch/include", "torch/share", "torch/**/*.h", "torch/**/*.hpp", "torch/**/*.cuh",
        "torch/**/*.cpp", "torch/**/*.pyi", "torch/lib/*.a", "torch/lib/*.lib",
    )),
    ("torch's own tests (C++ test programs, 83 MB) and test libraries", (
        "torch/test", "torch/lib/*test*", "torch/lib/libaoti_custom_ops*", "torch/lib/libbackend_with_compiler*",
        "torch/lib/*jitbackend*",
    )),
    ("torch/bin tools (torch_shm_manager kept)", ("torch/bin/*",)),
    ("Qt plugins the lab never loads", tuple(QT_PLUGINS + name for name in (
        "platforms/*eglfs*", "platforms/*linuxfb*", "platforms/*minimalegl*", "platforms/*vnc*",
        "platforms/*vkkhrdisplay*", "egldeviceintegrations", "generic", "networkinformation",
        "tls", "qmltooling", "qmllint", "sqldrivers", "designer", "printsupport",
        "vectorimageformats", "wayland-graphics-integration-server",
        "platforminputcontexts/*virtualkeyboard*", "imageformats/*pdf*",
    ))),
    ("Qt translations other than Spanish and English", (QT_TRANSLATIONS + "*",)),
)  # fmt: skip
KEEP = (
    "torch/bin/torch_shm_manager*",
    *(QT_TRANSLATIONS + name for name in ("qtbase_es.qm", "qtbase_en.qm", "qt_es.qm", "qt_en.qm")),
)
# Stripped of their symbols (Linux): torch's libraries (-98 MB).
STRIP = ("torch/lib/*.so", "torch/lib/*.so.*")
# Every other shared library loses only its debug sections (``strip --strip-debug``; symbols
# stay): -52 MB, libpython's 17 MB among them. Not the libraries auditwheel grafted into
# ``*.libs`` folders: a full strip of every library broke numpy's OpenBLAS. Each stripped file
# must still load (``check_loadable``), and the smoke run imports them.
STRIP_DEBUG_SKIP = ("*.libs/*", *STRIP)


def torch_config_sources() -> list[tuple[str, str]]:
    """(source, destination folder) of torch's config modules, for the spec's ``datas``: the
    bundle keeps torch as bytecode only, but these modules read their own source when they are
    imported (``install_config_module`` looks for ``# compile_ignored`` comments) and torch
    aborts without them. Found by that call, so a new torch's new config module comes too."""
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return []
    package = Path(spec.submodule_search_locations[0])
    found = []
    for path in sorted(package.rglob("*.py")):
        if "install_config_module(" in path.read_text(encoding="utf-8", errors="replace"):
            relative = path.relative_to(package.parent)
            found.append((str(path), relative.parent.as_posix()))
    return found


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The ``version`` of ``[project]`` in pyproject.toml (no tomllib: Python 3.10 lacks it)."""
    text = pyproject.read_text(encoding="utf-8")
    section = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    found = re.search(r'^version\s*=\s*"([^"]+)"', section.group(1) if section else "", re.M)
    if found is None:
        raise ValueError(f"no [project] version in {pyproject}")
    return found.group(1)


def internal_dirs(bundle: Path) -> list[Path]:
    """The folders holding the libraries and data: ``_internal`` (PyInstaller 6); inside a macOS
    ``.app``, ``Contents/Frameworks`` and ``Contents/Resources`` (linked to each other)."""
    if (bundle / "_internal").is_dir():
        return [bundle / "_internal"]
    app = [bundle / "Contents" / name for name in ("Frameworks", "Resources")]
    return [folder for folder in app if folder.is_dir()] or [bundle]


def _matches(relative: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(relative, p.replace("**/", "*")) for p in patterns)


def prune_plan(internal: Path) -> dict[str, list[Path]]:
    """What ``prune`` would delete: for each rule, the paths (files or whole folders) that match
    it and are not kept. Folders are listed whole, not their contents."""
    plan: dict[str, list[Path]] = {why: [] for why, _ in PRUNE_RULES}
    for current, folders, files in os.walk(internal):
        base = Path(current)
        for name in [*folders, *files]:
            path = base / name
            relative = path.relative_to(internal).as_posix()
            if _matches(relative, KEEP) or path.is_symlink() and name in folders:
                continue
            for why, patterns in PRUNE_RULES:
                if _matches(relative, patterns):
                    plan[why].append(path)
                    if name in folders:
                        folders.remove(name)  # taken whole: do not walk into it
                    break
    return plan


def tree_size(path: Path) -> int:
    """Bytes in ``path`` (a file or a folder; links not followed)."""
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(
        (Path(here) / name).lstat().st_size for here, _, names in os.walk(path) for name in names
    )


def prune(bundle: Path, dry_run: bool = False, strip: bool = True) -> dict:
    """Delete what ``prune_plan`` lists (then any link left dangling) and strip the shared
    libraries (Linux, where ``strip`` exists: ``strip_libraries``); return the MB freed per
    rule."""
    freed: dict[str, int] = {why: 0 for why, _ in PRUNE_RULES}
    for internal in internal_dirs(bundle):
        for why, paths in prune_plan(internal).items():
            freed[why] += sum(tree_size(path) for path in paths)
            if not dry_run:
                for path in paths:
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path)
                    else:
                        path.unlink()
    if not dry_run:
        for here, folders, files in os.walk(bundle):
            for name in [*folders, *files]:
                path = Path(here, name)
                if path.is_symlink() and not path.exists():
                    path.unlink()
    if strip and sys.platform.startswith("linux") and shutil.which("strip"):
        freed.update(strip_libraries(internal_dirs(bundle)[0], dry_run))
    return {"pruned_mb": {k: round(v / MB, 1) for k, v in freed.items()}, "dry_run": dry_run}


def shared_libraries(internal: Path) -> list[Path]:
    """The ELF shared libraries under ``internal`` (``*.so``, ``*.so.N``), links left out."""
    found = []
    for here, _, names in os.walk(internal):
        for name in names:
            path = Path(here, name)
            if ".so" in name and path.is_file() and not path.is_symlink():
                with path.open("rb") as file:
                    if file.read(4) == b"\x7fELF":
                        found.append(path)
    return sorted(found)


def strip_libraries(internal: Path, dry_run: bool = False) -> dict[str, int]:
    """``strip --strip-unneeded`` the STRIP libraries and ``strip --strip-debug`` the others
    (not STRIP_DEBUG_SKIP); fail when a library that loaded before no longer loads. Returns the
    bytes freed by each kind of strip."""
    libraries = shared_libraries(internal)
    kinds = {"strip torch": [], "strip debug sections": []}
    for path in libraries:
        relative = path.relative_to(internal).as_posix()
        if _matches(relative, STRIP):
            kinds["strip torch"].append(path)
        elif not _matches(relative, STRIP_DEBUG_SKIP):
            kinds["strip debug sections"].append(path)
    before = {kind: sum(p.stat().st_size for p in paths) for kind, paths in kinds.items()}
    if dry_run:
        return dict.fromkeys(kinds, 0)
    stripped = [p for paths in kinds.values() for p in paths]
    loaded = set(loadable(stripped))
    for paths, option in zip(kinds.values(), ("--strip-unneeded", "--strip-debug")):
        if paths:
            subprocess.run(["strip", option, *map(str, paths)], check=True)
    lost = sorted(loaded - set(loadable(stripped)))
    if lost:
        raise RuntimeError(f"no longer loads after strip: {[str(p) for p in lost]}")
    return {kind: before[kind] - sum(p.stat().st_size for p in kinds[kind]) for kind in kinds}


_LOAD = """import ctypes, sys
for path in sys.argv[1:]:
    try:
        ctypes.CDLL(path)
        print(path)
    except OSError:
        pass
"""


def loadable(libraries: list[Path]) -> list[Path]:
    """The libraries that ``dlopen`` loads in a fresh Python (their dependencies resolved as
    the bundle resolves them: RPATH ``$ORIGIN``). A crash of that process fails the build."""
    result = subprocess.run(
        [sys.executable, "-c", _LOAD, *map(str, libraries)],
        capture_output=True, text=True, check=True, env=dict(os.environ, PYTHONPATH=""),
    )  # fmt: skip
    return [Path(line) for line in result.stdout.splitlines()]


def size_report(bundle: Path, archive: Path | None = None) -> dict:
    """The bundle's unpacked size and the archive's (MB = 10^6 bytes) against the budget
    (``ok``)."""
    unpacked = tree_size(bundle) / MB
    packed = archive.stat().st_size / MB if archive is not None else None
    return {
        "unpacked_mb": round(unpacked, 1),
        "packed_mb": None if packed is None else round(packed, 1),
        "budget_mb": {"unpacked": BUDGET_UNPACKED_MB, "packed": BUDGET_PACKED_MB},
        "ok": unpacked <= BUDGET_UNPACKED_MB and (packed is None or packed <= BUDGET_PACKED_MB),
    }


def largest(bundle: Path, count: int = 15) -> list[tuple[str, float]]:
    """The ``count`` largest files, for the build log (what to prune next)."""
    files = [Path(here) / name for here, _, names in os.walk(bundle) for name in names]
    sized = sorted(((p.lstat().st_size, p) for p in files), reverse=True)[:count]
    return [(p.relative_to(bundle).as_posix(), round(s / MB, 1)) for s, p in sized]


def smoke(executable: Path, timeout_s: float = 900, extra: tuple[str, ...] = ()) -> dict:
    """Run ``EXECUTABLE --smoke`` with fresh settings, log and cache folders where the OS lets
    them be chosen (Linux: XDG variables); return its summary with the exit code and what the
    log file gained. ``ok`` is True when it exited 0, said "ok" and logged no ERROR."""
    executable = executable.resolve()  # it runs in a folder of its own
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1")
    env.pop("NUMBA_CACHE_DIR", None)
    home = Path(tempfile.mkdtemp(prefix="lab-app-smoke-"))
    if sys.platform.startswith("linux"):
        for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env[name] = str(home / name.lower())
    log, console = _log_files(env)
    offset = log.stat().st_size if log.exists() else 0
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), "--smoke", *extra],
        capture_output=True, text=True, timeout=timeout_s, env=env, cwd=home,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    output = result.stdout or (console.read_text("utf-8", "replace") if console.exists() else "")
    lines = [line for line in output.splitlines() if line.startswith('{"smoke"')]
    summary = json.loads(lines[-1]) if lines else {"smoke": "no summary line"}
    gained = log.read_text("utf-8", "replace")[offset:] if log.exists() else ""
    errors = [line for line in gained.splitlines() if " ERROR " in line]
    summary.update(
        exit_code=result.returncode, wall_s=round(seconds, 1), log_errors=errors[:20],
        ok=result.returncode == 0 and summary.get("smoke") == "ok" and not errors,
    )  # fmt: skip
    if not summary["ok"]:
        summary["stderr_tail"] = result.stderr[-4000:]
    return summary


def _log_files(env: dict[str, str]) -> tuple[Path, Path]:
    """The app's log file and console log (runtime hook) for the environment ``env``."""
    if sys.platform.startswith("linux"):
        state = env.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
        folder = Path(state, "lab-app", "log")
    else:  # the folder the app's platformdirs call gives on Windows and macOS
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("lab-app", appauthor=False))
    return folder / "lab-app.log", folder / "lab-app-console.log"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("version")
    p = sub.add_parser("prune")
    p.add_argument("bundle", type=Path)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--no-strip", action="store_true")
    s = sub.add_parser("size")
    s.add_argument("bundle", type=Path)
    s.add_argument("archive", type=Path, nargs="?")
    m = sub.add_parser("smoke")
    m.add_argument("executable", type=Path)
    m.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args(argv)
    if args.command == "version":
        print(project_version())
        return 0
    if args.command == "prune":
        print(json.dumps(prune(args.bundle, args.dry_run, not args.no_strip)))
        return 0
    if args.command == "size":
        report = size_report(args.bundle, args.archive)
        report["largest_mb"] = largest(args.bundle, 10)
        print(json.dumps(report))
        return 0 if report["ok"] else 1
    report = smoke(args.executable, args.timeout)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
