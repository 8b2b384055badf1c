"""The Pacer decides by elapsed time, read from the clock it is given."""

import pytest

from lab_app.core.pacing import Pacer


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_first_call_is_due_then_not_before_the_interval():
    clock = FakeClock()
    pacer = Pacer(seconds=0.05, clock=clock)
    assert pacer.due()
    clock.now += 0.049
    assert not pacer.due()


def test_due_again_once_the_interval_has_passed_and_restarts_from_there():
    clock = FakeClock()
    pacer = Pacer(seconds=0.5, clock=clock)  # binary fractions: exact float sums
    pacer.due()
    clock.now += 0.5
    assert pacer.due()
    clock.now += 0.25
    assert not pacer.due()
    clock.now += 0.25
    assert pacer.due()


def test_reset_makes_the_next_call_due():
    clock = FakeClock()
    pacer = Pacer(seconds=10, clock=clock)
    pacer.due()
    assert not pacer.due()
    pacer.reset()
    assert pacer.due()
    assert not pacer.due()


def test_zero_seconds_is_always_due():
    pacer = Pacer(seconds=0, clock=FakeClock())
    assert all(pacer.due() for _ in range(5))


def test_negative_seconds_is_refused():
    with pytest.raises(ValueError):
        Pacer(seconds=-0.1)
