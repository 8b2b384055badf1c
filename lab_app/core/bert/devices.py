"""Where BERT runs: the CPU by default, a CUDA GPU or Apple's MPS when torch sees one.

torch is imported inside the functions: the tab may list the devices while the window is still
starting, and only then does torch load.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lab_app.core.bert.errors import DeviceUnavailable, UnknownDevice
from lab_app.core.messages import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    import torch

# "cuda" alone means the current CUDA device; "cuda:1" names one of several GPUs.
_DEVICE_NAME = re.compile(r"^(cpu|mps|cuda)(?::(\d+))?$")


def _cuda_count() -> int:
    import torch

    if not torch.cuda.is_available():
        return 0
    return max(int(torch.cuda.device_count()), 1)


def _mps_available() -> bool:
    import torch

    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def available_devices() -> list[str]:
    """Return the device names this computer can run on: "cpu" first, then "cuda" (and
    "cuda:1", ... when there are several GPUs) and "mps" when torch sees them. Any thread."""
    names = ["cpu"]
    count = _cuda_count()
    if count:
        names.append("cuda")
        names.extend(f"cuda:{index}" for index in range(1, count))
    if _mps_available():
        names.append("mps")
    return names


def choose_device(name: str | None = None) -> torch.device:
    """Return the ``torch.device`` for ``name``: None or "" give the CPU (the default);
    "auto" the first of CUDA, MPS, CPU that torch sees. Raise UnknownDevice for a name torch
    does not know and DeviceUnavailable for one this computer lacks. Any thread."""
    import torch

    text = (name or "cpu").strip().lower()
    if text == "auto":
        found = available_devices()
        text = "cuda" if "cuda" in found else "mps" if "mps" in found else "cpu"
    match = _DEVICE_NAME.match(text)
    if match is None:
        raise UnknownDevice(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "Unknown device '{name}': choose cpu, cuda, cuda:N or mps."
                ),
                name=name,
            )
        )
    kind, index = match.group(1), match.group(2)
    if kind == "cpu":
        if index not in (None, "0"):
            raise UnknownDevice(
                say(QT_TRANSLATE_NOOP("core", "Unknown device '{name}': use cpu."), name=name)
            )
        return torch.device("cpu")
    if kind == "mps":
        if not _mps_available():
            raise DeviceUnavailable(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This computer has no Apple GPU that torch can use (mps); "
                        "running on the CPU is always possible.",
                    )
                )
            )
        return torch.device("mps")
    count = _cuda_count()
    if count == 0:
        raise DeviceUnavailable(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "torch sees no CUDA GPU on this computer (or was installed without CUDA); "
                    "running on the CPU is always possible.",
                )
            )
        )
    if index is not None and int(index) >= count:
        raise DeviceUnavailable(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "There is no GPU {name}: torch sees {count} CUDA device(s)."
                ),
                name=text,
                count=count,
            )
        )
    return torch.device(text)
