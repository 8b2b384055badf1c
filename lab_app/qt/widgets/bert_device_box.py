"""Where BERT runs: a combo box listing only the devices torch sees (the CPU first).

Listing the devices needs torch (seconds to import) and asks the CUDA driver (the first call
can take a second on a computer with a GPU), so the box shows the CPU alone until a
background thread has asked, once torch is in memory (the window's warm-up imports it); then it
adds CUDA GPUs or Apple's MPS.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

POLL_MS = 500  # until the devices are known, look again this often (only while shown)
_found: list[str] | None = None  # the devices torch sees, once asked
_asking: threading.Thread | None = None


def torch_loaded() -> bool:
    """True when torch is fully imported (not half-way on the warm-up thread)."""
    from lab_app.qt import preload

    return "torch" in sys.modules and not preload.running()


def found_devices() -> list[str] | None:
    """The devices torch sees, or None while not known yet: the first call (once torch is
    loaded) asks on a background thread. GUI thread."""
    global _asking
    if _found is None and _asking is None and torch_loaded():
        _asking = threading.Thread(target=_ask, name="lab-app-devices", daemon=True)
        _asking.start()
    return _found


def forget_devices() -> None:
    """Ask again at the next ``found_devices`` (tests; a GPU plugged in). GUI thread."""
    global _found, _asking
    _found, _asking = None, None


def _ask() -> None:
    global _found
    from lab_app.core.bert.devices import available_devices

    try:
        _found = available_devices()
    except Exception:  # a broken driver: the CPU always works
        _found = ["cpu"]


class DeviceBox(QComboBox):
    """The devices a run may use; ``device()`` is the chosen name ("cpu", "cuda", "mps")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setToolTip(
            self.tr(
                "Where the model computes: the CPU always works; a CUDA GPU (NVIDIA) or Apple's "
                "GPU (mps) is listed when torch sees one, and fine-tuning a real checkpoint is "
                "much faster there"
            )
        )
        self._listed: list[str] = []
        self._show(["cpu"])
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.refresh)

    def device(self) -> str:
        return self.currentData() or "cpu"

    def refresh(self) -> None:
        """List the devices torch sees, once known (``found_devices``); until then look
        again every ``POLL_MS`` while shown."""
        names = found_devices()
        if names is None:
            if self.isVisible() and not self._timer.isActive():
                self._timer.start()
            return
        self._timer.stop()
        self._show(names)

    def _show(self, names: list[str]) -> None:
        if names == self._listed:
            return
        chosen = self.device() if self._listed else "cpu"
        self._listed = list(names)
        self.blockSignals(True)
        self.clear()
        for name in names:
            self.addItem(self._label(name), name)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def _label(self, name: str) -> str:
        if name == "cpu":
            return self.tr("CPU")
        if name.startswith("cuda"):
            return self.tr("%1 (NVIDIA GPU)").replace("%1", name)
        if name == "mps":
            return self.tr("mps (Apple GPU)")
        return name

    def set_device(self, name: str) -> None:
        """Choose ``name`` when it is listed (a restored session), else keep the current one."""
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self._timer.stop()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        super().showPopup()
