"""Polling with a deadline and backoff, on an injectable clock and sleep.

Recipes that wait (discovery, async tasks) share this so tests can run them with a fake
clock and no real sleeping, and so every wait has a bounded total time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

Sleep = Callable[[float], None]
Clock = Callable[[], float]


class WaitTimeout(Exception):
    """The condition did not hold before the deadline; `polls` says how often it was checked."""

    def __init__(self, what: str, timeout: float, polls: int) -> None:
        super().__init__(f"timed out after {timeout:g}s ({polls} polls) waiting for {what}")
        self.what = what
        self.timeout = timeout
        self.polls = polls


@dataclass(frozen=True)
class Backoff:
    """Wait `initial` seconds after the first poll, times `factor` after each, at most `maximum`."""

    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 30.0

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.factor < 1 or self.maximum < self.initial:
            raise ValueError("backoff needs initial > 0, factor >= 1 and maximum >= initial")


def poll_until(
    what: str,
    check: Callable[[], T | None],
    *,
    timeout: float,
    backoff: Backoff = Backoff(),
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
    on_wait: Callable[[int, float], None] | None = None,
) -> tuple[T, int]:
    """Call `check` until it returns a value that is not None; return it and the poll count.

    Never sleeps past the deadline: the last sleep is shortened so the final poll happens at
    the deadline, and `WaitTimeout` is raised if that poll fails too.
    """
    if timeout < 0:
        raise ValueError("timeout must not be negative")
    deadline = clock() + timeout
    delay = backoff.initial
    polls = 0
    while True:
        polls += 1
        value = check()
        if value is not None:
            return value, polls
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeout(what, timeout, polls)
        pause = min(delay, remaining)
        if on_wait is not None:
            on_wait(polls, pause)
        sleep(pause)
        delay = min(delay * backoff.factor, backoff.maximum)
