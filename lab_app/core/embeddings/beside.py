"""Run one blocking call (an import, umap's fit, a nearest-neighbour index) beside a generator.

Some steps are single calls that cannot yield: importing openTSNE or umap (seconds; umap's first
import compiles with numba), building a nearest-neighbour index, umap's whole fit. Run on a
private thread, they leave the generator free to yield a heartbeat every 0.1 s, so Stop returns
control at once. Such a call cannot be interrupted: after Stop it finishes in the background and
its result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import TypeVar

from lab_app.core.events import HEARTBEAT, Heartbeat
from lab_app.core.pacing import HEARTBEAT_SECONDS

_T = TypeVar("_T")


def run_beside(
    work: Callable[[], _T], name: str = "embedding-step"
) -> Generator[Heartbeat, None, _T]:
    """Run ``work()`` on a private daemon thread; yield a heartbeat every ~0.1 s while it runs;
    return its value or raise its exception on the caller's thread.

    Closing the generator returns at once; the thread runs on to its end and its value is
    dropped. Worker thread. (A daemon thread, so quitting the app never waits for it.)
    """
    outcome: list[tuple[bool, object]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # noqa: BLE001 (re-raised on the caller's thread)
            outcome.append((False, error))

    helper = threading.Thread(target=target, name=name, daemon=True)
    helper.start()
    while True:
        helper.join(HEARTBEAT_SECONDS / 2)
        if not helper.is_alive():
            break
        yield HEARTBEAT
    succeeded, value = outcome[0]
    if not succeeded:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]
