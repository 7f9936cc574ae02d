"""Injectable time: real wall-clock by default, with a virtual offset tests can advance.

Token expiry, audit timestamps, run times and injected latency all read this clock, so a
test can make a token expire or "wait" out latency without really sleeping.
"""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta

#: The range the clock may be moved within: timestamps stay positive and token expiry
#: (now + TTL) stays representable.
EARLIEST = datetime(1971, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


class Clock:
    """Wall-clock time plus an offset; `sleep` either really sleeps or just advances."""

    def __init__(self, *, virtual_sleep: bool = False, start: datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        if start is not None:
            self._offset = start - datetime.now(UTC)
        self.virtual_sleep = virtual_sleep
        self.slept: list[float] = []

    def now(self) -> datetime:
        with self._lock:
            return datetime.now(UTC) + self._offset

    def timestamp(self) -> float:
        return self.now().timestamp()

    def monotonic(self) -> float:
        """Seconds on a monotonic scale that `advance` moves too (rate-limit buckets)."""
        with self._lock:
            return time.monotonic() + self._offset.total_seconds()

    def advance(self, seconds: float) -> None:
        """Move the clock; `ValueError` (clock unchanged) if it would leave 1971..9000."""
        with self._lock:
            try:
                offset = self._offset + timedelta(seconds=seconds)
                moved = datetime.now(UTC) + offset
            except (OverflowError, ValueError):
                moved = None
            if moved is None or not EARLIEST <= moved <= LATEST:
                raise ValueError(
                    f"advancing the clock by {seconds:g}s would move it outside "
                    f"{EARLIEST.year}..{LATEST.year}"
                )
            self._offset = offset

    async def sleep(self, seconds: float) -> None:
        """Injected latency: recorded always, really slept only when not virtual."""
        if seconds <= 0:
            return
        self.slept.append(seconds)
        if self.virtual_sleep:
            self.advance(seconds)
        else:
            await asyncio.sleep(seconds)


def iso(dt: datetime) -> str:
    """RFC 3339 with milliseconds and a Z, the way Nexla prints timestamps."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
