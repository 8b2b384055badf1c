"""process.release_free_memory: the C heap's freed pages go back to the system (glibc)."""

from __future__ import annotations

import ctypes
import os
import sys

import pytest

from lab_app import process

BLOCK = 100_000  # under glibc's mmap threshold (128 KB or more): from the heap, not mmap
BLOCKS = 1500  # 150 MB


def resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _glibc():
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 (only glibc has it)
    except (OSError, AttributeError):
        return None
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.restype, libc.free.argtypes = None, [ctypes.c_void_p]
    return libc


@pytest.mark.skipif(not sys.platform.startswith("linux") or _glibc() is None, reason="glibc only")
def test_freed_heap_memory_goes_back_to_the_system():
    libc = _glibc()
    blocks = [libc.malloc(BLOCK) for _ in range(BLOCKS)]
    for block in blocks:
        ctypes.memset(block, 1, BLOCK)  # resident
    # Every tenth block, and the highest, stay in use: the heap's top cannot shrink, and the
    # freed memory lies in holes, as a run's freed batches do between what it keeps.
    kept = set(blocks[::10]) | {max(blocks)}
    for block in blocks:
        if block not in kept:
            libc.free(block)
    try:
        freed_but_kept = resident_bytes()
        assert process.release_free_memory()
        assert freed_but_kept - resident_bytes() > BLOCKS * BLOCK // 2
    finally:
        for block in kept:
            libc.free(block)


def test_without_glibc_it_does_nothing(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(process, "_malloc_trim", None)
    assert process.release_free_memory() is False
