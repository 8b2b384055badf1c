"""PyInstaller runtime hook: runs in the frozen lab before ``lab_app`` and any library loads.

- thread limits: ``lab_app.process.configure`` (the same call ``main()`` makes in a pip
  install): OpenMP/BLAS threads = cores - 1 (and ``NUMBA_CACHE_DIR``, which only a pip
  install's UMAP uses: the bundle leaves numba out);
- torch's warnings about its TorchScript sources, which the bundle leaves out;
- the Qt platform: offscreen for ``--smoke`` and ``--screenshot`` when there is no display
  (Linux without ``DISPLAY`` / ``WAYLAND_DISPLAY``), so they run on a build machine;
- the log: the app writes ``lab-app.log`` in the user log folder (``lab_app.qt.errors``); a
  windowed build has no console (Windows: ``sys.stdout`` is None), so stdout and stderr go to
  ``lab-app-console.log`` beside it, and a crash's Python stack goes there (faulthandler).
"""

from __future__ import annotations

import faulthandler
import os
import sys


def _qt_platform_fallback() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    flags = {argument.split("=")[0] for argument in sys.argv[1:]}
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and flags & {"--smoke", "--screenshot"}:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _console_to_log() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        faulthandler.enable()
        return
    from platformdirs import user_log_dir

    folder = user_log_dir("lab-app", appauthor=False)
    try:
        os.makedirs(folder, exist_ok=True)
        console = open(os.path.join(folder, "lab-app-console.log"), "w", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    sys.stdout = sys.stdout or console
    sys.stderr = sys.stderr or console
    faulthandler.enable(console)


def _quiet_torch_sources() -> None:
    """The bundle holds torch as bytecode (packaging/lab_app.spec): at import, torch warns some
    30 times that it cannot read the source of its TorchScript overloads, which the lab never
    compiles. Only that warning is silenced."""
    import warnings

    warnings.filterwarnings(
        "ignore", "Unable to retrieve source for @torch.jit._overload", UserWarning
    )


def _configure() -> None:
    from lab_app import process

    process.configure()


_qt_platform_fallback()
_console_to_log()
_quiet_torch_sources()
_configure()
