"""Client-side pacing: one adaptive token bucket per client, shared by its threads and tasks.

Nexla limits request rates per token and answers 429 with `Retry-After` when a caller goes
faster. Bouncing off the limit wastes requests and time, so the client paces itself:

- It sends freely until the first 429: most programs never meet the limit.
- On a 429 every request of the client waits out `Retry-After` (not just the one refused),
  and the client learns the server's rate. Between two refusals the server's bucket went
  from empty to empty again, so the requests it accepted in between, over the time between,
  is the rate it grants; the client then spaces its requests at a little under that rate.
- While no 429 comes, the rate creeps up (by `growth`, 0.5 %, per second of traffic; by 10 %
  while well below what the server last granted), so a limit that was raised, or
  underestimated, is found again; the next 429 corrects it.

A known limit can be given up front (`Pacer(rate=...)`). The state sits under one
`threading.Lock`, and a caller only *reserves* a send time under it and then sleeps outside
it, so the same pacer serves any number of threads and event loops at once.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable


class Pacer:
    """Spaces a client's requests at the rate the server grants; see the module docstring.

    `rate` (requests/s) starts pacing at once; `adaptive=False` never changes it (and with
    no `rate`, never paces). `clock` is a monotonic clock, injectable for tests.
    """

    #: Fraction of the learned rate the client uses, leaving room for timing jitter.
    margin = 0.97
    #: A first refusal with fewer accepted requests before it teaches nothing about the rate.
    min_samples = 10
    #: The burst a server allows, in seconds of its rate (Nexla's, and the sandbox's, hold
    #: one second's worth). A pause at least this long refills it, and the first estimate
    #: takes it out of what was accepted since the client's traffic last began.
    burst_seconds = 1.0
    #: Below this share of the last rate refused, the rate grows back fast (10 %/s).
    regrow_below = 0.9
    #: How far back accepted requests count towards an estimate.
    horizon = 30.0
    #: Refusals this soon after the last one are the same volley of in-flight requests.
    volley = 1.0

    def __init__(
        self,
        rate: float | None = None,
        *,
        adaptive: bool = True,
        growth: float = 0.005,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate is not None and not rate > 0:
            raise ValueError("rate must be a positive number of requests per second")
        self._lock = threading.Lock()
        self._clock = clock
        self._rate = rate
        self.adaptive = adaptive
        self.growth = growth
        self._next = 0.0  # earliest time the next request may start
        self._paused_until = 0.0
        self._pauses = 0  # bumped by each pause: slots reserved before it are void
        self._last_refusal: float | None = None
        self._last_growth: float | None = None
        self._ceiling = 0.0
        self._resumed = 0.0  # when the pause of the last refusal ended
        self._accepted: deque[float] = deque()
        self.refusals = 0

    @property
    def rate(self) -> float | None:
        """The current pacing rate in requests per second (None: not pacing)."""
        return self._rate

    def __repr__(self) -> str:
        rate = "off" if self._rate is None else f"{self._rate:.3g}/s"
        return f"Pacer(rate={rate}, adaptive={self.adaptive})"

    def reserve(self, budget: float = float("inf")) -> tuple[float, int]:
        """Claim the next send slot: (seconds to wait before sending, pause generation).

        A slot more than `budget` seconds away is not claimed (the delay is returned all the
        same). A slot is void if a pause began while its holder waited (`valid`): it must
        reserve again rather than send into a server that just refused this client.
        """
        with self._lock:
            now = self._clock()
            start = max(now, self._paused_until)
            if self._rate is not None:
                start = max(start, self._next)
                if start - now <= budget:
                    self._next = start + 1.0 / self._rate
            return start - now, self._pauses

    def valid(self, generation: int) -> bool:
        """Whether a slot reserved in pause `generation` may still be used."""
        return generation == self._pauses

    def try_acquire(self) -> bool:
        """Claim a send slot if one is free right now; False if the caller must `acquire`.

        The common case, a client that is not pacing and not paused, reads the state without
        taking the lock: a pause that begins meanwhile is one this request raced ahead of,
        as it would have with a slot reserved a moment earlier.
        """
        if self._rate is None:
            return self._clock() >= self._paused_until
        with self._lock:
            now = self._clock()
            if now < self._paused_until or now < self._next:
                return False
            self._next = now + 1.0 / self._rate
            return True

    def acquire(self, sleep: Callable[[float], None], budget: float = float("inf")) -> bool:
        """Wait (with `sleep`) for a send slot; threads share the pacer safely.

        False, without waiting, if the slot is more than `budget` seconds away.
        """
        while True:
            delay, generation = self.reserve(budget)
            if delay > budget:
                return False
            if delay > 0:
                sleep(delay)
                budget -= delay
            if self.valid(generation):
                return True

    async def aacquire(
        self, sleep: Callable[[float], Awaitable[None]], budget: float = float("inf")
    ) -> bool:
        """The asyncio twin of `acquire`; tasks of any event loop share the pacer safely."""
        while True:
            delay, generation = self.reserve(budget)
            if delay > budget:
                return False
            if delay > 0:
                await sleep(delay)
                budget -= delay
            if self.valid(generation):
                return True

    def record(self, status: int | None, retry_after: float | None = None) -> None:
        """Learn from one reply: its status (None if none came) and `Retry-After` seconds.

        Pass `retry_after` only when the client means to honour it (it pauses every request
        of this client until then).
        """
        with self._lock:
            now = self._clock()
            if status == 429:
                self._refused(now, retry_after)
            elif status is not None and status < 500:
                accepted = self._accepted
                accepted.append(now)
                while accepted[0] < now - self.horizon:  # keep only what an estimate reads
                    accepted.popleft()
                self._grow(now)

    def _refused(self, now: float, retry_after: float | None) -> None:
        self.refusals += 1
        last = self._last_refusal
        volley = now < self._paused_until or (last is not None and now - last < self.volley)
        if retry_after is not None and retry_after > 0 and now + retry_after > self._paused_until:
            self._paused_until = now + retry_after
            self._pauses += 1
        if volley or not self.adaptive:
            return  # the rest of a volley already in flight: nothing new to learn
        accepted = self._accepted
        horizon = now - self.horizon
        while accepted and accepted[0] <= horizon:
            accepted.popleft()
        self._last_refusal = now
        self._last_growth = None
        # Since the previous refusal the server's bucket went from empty to empty: what it
        # accepted over that time is its rate. Before the first one, its bucket went from
        # full (at the start of this busy spell: no pause long enough to refill it) to empty,
        # so what it accepted is a burst's worth plus the rate over the spell.
        burst = 0.0
        if last is not None:
            start = max(last, horizon)
        else:
            busy = len(accepted)
            while busy > 1 and accepted[busy - 1] - accepted[busy - 2] < self.burst_seconds:
                busy -= 1
            for _ in range(busy - 1):
                accepted.popleft()
            start = accepted[0] if len(accepted) >= self.min_samples else now - 1.0
            burst = self.burst_seconds
        count = len(accepted)
        accepted.clear()
        # A server that asks to wait W seconds gives at least a request per W seconds.
        floor = 1.0 / max(1.0, retry_after or 1.0)
        # One refusal soon after another is a client saturating the limit: learn even from a
        # trickle. Otherwise a handful of requests says nothing about the server's rate.
        enough = self.min_samples if last is None or now - last > self.horizon else 1
        if count < enough or now - start <= 0:
            # Too little traffic to learn from (a lone refusal): the pause is all it takes.
            if self._rate is not None:
                self._rate = max(floor, self._rate * 0.7)
                self._ceiling = float("inf")  # regrow fast until refused again
            self._resumed = self._paused_until
            return
        granted = count / (now - start + burst)
        # Excluding the pause gives an upper bound (the server's bucket may have filled up
        # during it, and a small bucket drops what does not fit): grow back fast up to near
        # it, then slowly probe above.
        resumed = min(max(start, self._resumed), now - 1e-3)
        self._ceiling = count / (now - resumed) if last is not None else float("inf")
        self._resumed = self._paused_until
        rate = max(floor, granted * self.margin)
        self._rate = rate if self._rate is None else min(self._rate, rate)

    def _grow(self, now: float) -> None:
        if self._rate is None or not self.adaptive or self._last_refusal is None:
            return
        if self._last_growth is not None:
            elapsed = min(1.0, now - self._last_growth)  # idle time does not count
            rate = self._rate
            step = rate * self.growth
            if rate < self._ceiling * self.regrow_below:
                step = max(step, rate * 0.1)
            self._rate = rate + step * elapsed
        self._last_growth = now


__all__ = ["Pacer"]
