"""Shared fixtures of the core tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def one_thread():
    """Train on one torch thread: steady timings on a shared 2-core machine, same results."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
