"""Where every thread is, read without holding its frames.

``sys._current_frames()`` hands out the threads' frame objects. A sampler thread that holds
them while their thread moves on becomes the frames' last owner: when it lets go, their local
variables are freed on the sampler's thread, and a Qt object among them is destroyed on the
wrong thread, its timers left registered. The GUI thread's timer dispatch then called a freed
object: a segmentation fault in the monkey test (tests/qt/test_monkey.py, 1 run in 3 of seed
7 on 2 cores, faulthandler showing the watchdog's "Timers cannot be started from another
thread" first). ``faulthandler`` reads the stacks in C and takes no reference.
"""

from __future__ import annotations

import faulthandler
import re
import tempfile

_HEADER = re.compile(r"^(?:Current thread|Thread) (0x[0-9a-fA-F]+)")
_FRAME = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')

Frame = tuple[str, int, str]  # (file, line, function)


def thread_stacks() -> dict[int, list[Frame]]:
    """Each thread's frames by thread ident (``threading.get_ident()``), innermost first
    (faulthandler keeps the innermost 100 of each)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as file:
        faulthandler.dump_traceback(file, all_threads=True)
        file.seek(0)
        text = file.read()
    stacks: dict[int, list[Frame]] = {}
    current: list[Frame] | None = None
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            current = stacks.setdefault(int(header.group(1), 16), [])
            continue
        frame = _FRAME.match(line)
        if frame and current is not None:
            current.append((frame.group(1), int(frame.group(2)), frame.group(3)))
    return stacks


def format_stack(frames: list[Frame], innermost: int = 10) -> str:
    """The ``innermost`` frames as traceback lines, outermost first (as ``traceback`` prints)."""
    return "".join(
        f'  File "{file}", line {line}, in {function}\n'
        for file, line, function in reversed(frames[:innermost])
    )
