"""Overall deadlines: one bound on the wall time of a call (and of a listing), whatever it does.

httpx timeouts bound each connect, read and write, so a reply trickling in one byte at a time,
a chain of retries or a wait for another caller's token exchange can each outlast them. Each
request therefore carries, in its extensions, the monotonic instant by which the whole call
must be done; the auth flow copies it onto the token request it makes, the retry transport
caps every timeout, every wait and every body read by what is left of it. A listing sets an
outer bound for the calls it makes (`listing_deadline`), and a call never outlives it.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .errors import DeadlineExceededError

#: Request extension: the monotonic instant (per the client's clock) the call must end by.
DEADLINE_EXTENSION = "nexla_api.deadline"
#: Request extension: re-sending is safe whatever the method (the token exchange only reads).
RETRY_SAFE_EXTENSION = "nexla_api.retry_safe"

_outer: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "nexla_api_outer_deadline", default=None
)


@contextmanager
def outer_deadline(at: float | None) -> Iterator[None]:
    """Calls made inside end by `at` (a monotonic instant) at the latest."""
    current = _outer.get()
    if at is None or (current is not None and current <= at):
        yield
        return
    token = _outer.set(at)
    try:
        yield
    finally:
        _outer.reset(token)


class Deadline:
    """The instant `at` (monotonic seconds) a call must end by, and the bound it came from."""

    __slots__ = ("at", "seconds")

    def __init__(self, at: float, seconds: float) -> None:
        self.at = at
        self.seconds = seconds


def stamp(request: httpx.Request, seconds: float, clock: Callable[[], float]) -> Deadline:
    """Give `request` a deadline `seconds` from now (within any outer one) unless it has one."""
    existing = request.extensions.get(DEADLINE_EXTENSION)
    if isinstance(existing, Deadline):
        return existing
    now = clock()
    at = now + seconds
    outer = _outer.get()
    if outer is not None and outer < at:
        at, seconds = outer, max(0.0, outer - now)
    deadline = request.extensions[DEADLINE_EXTENSION] = Deadline(at, seconds)
    return deadline


def copy_deadline(source: httpx.Request, target: httpx.Request) -> None:
    """Make `target` (a request made on behalf of `source`) share `source`'s deadline."""
    deadline = deadline_of(source)
    if deadline is not None:
        target.extensions[DEADLINE_EXTENSION] = deadline
    if "timeout" in source.extensions:
        target.extensions["timeout"] = dict(source.extensions["timeout"])


def deadline_of(request: httpx.Request) -> Deadline | None:
    """The deadline stamped on `request`, if any."""
    value = request.extensions.get(DEADLINE_EXTENSION)
    return value if isinstance(value, Deadline) else None


def remaining(request: httpx.Request, clock: Callable[[], float]) -> float:
    """Seconds left before `request`'s deadline (infinite when it has none)."""
    deadline = deadline_of(request)
    return math.inf if deadline is None else deadline.at - clock()


def expired(request: httpx.Request, what: str) -> DeadlineExceededError:
    """The error for a call that ran out of time while doing `what`."""
    deadline = deadline_of(request)
    seconds = deadline.seconds if deadline is not None else None
    bound = f" of {seconds:g}s" if seconds is not None else ""
    return DeadlineExceededError(
        f"overall deadline{bound} exceeded while {what}",
        method=request.method,
        path=request.url.path,
        deadline=seconds,
    )


_TIMEOUTS = ("connect", "read", "write", "pool")


def capped_timeouts(request: httpx.Request, left: float) -> None:
    """Cap every httpx timeout of `request` (connect, read, write, pool) at `left` seconds."""
    current: dict[str, Any] = request.extensions.get("timeout") or {}
    request.extensions["timeout"] = {
        name: left if (value := current.get(name)) is None or value > left else float(value)
        for name in _TIMEOUTS
    }


__all__ = [
    "DEADLINE_EXTENSION",
    "RETRY_SAFE_EXTENSION",
    "Deadline",
    "capped_timeouts",
    "copy_deadline",
    "deadline_of",
    "expired",
    "outer_deadline",
    "remaining",
    "stamp",
]
