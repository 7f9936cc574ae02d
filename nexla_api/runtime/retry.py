"""Method-aware retries as an httpx transport wrapper, so every generated function gets them.

Nexla has no idempotency key, so a POST/PATCH the server may have processed (a 5xx other than
503, a read timeout, a dropped connection mid-request) is never re-sent: a blind retry could
create a duplicate resource. Failures where the request provably never reached the application
(connection refused, connect/pool timeout, 429, 503) are retried for every method, and so is
a request marked retry-safe (the token exchange).

The transport also bounds each call as a whole (see `deadline`): no attempt starts, no retry
waits and no reply is read past the call's deadline, and a reply body larger than
`max_reply_bytes` is refused while it streams in, before it costs memory to parse.
"""

from __future__ import annotations

import logging
import random as _random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import httpx

from .constants import DEFAULT_CALL_DEADLINE, DEFAULT_MAX_REPLY_BYTES, redact
from .deadline import RETRY_SAFE_EXTENSION, capped_timeouts, expired, remaining, stamp
from .errors import ReplyTooLargeError, TransportError, parse_retry_after
from .pacing import Pacer

logger = logging.getLogger("nexla_api")


async def _asyncio_sleep(delay: float) -> None:
    """`asyncio.sleep`, imported on first use so sync-only programs never load asyncio."""
    import asyncio

    await asyncio.sleep(delay)


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Statuses meaning "not processed, try later": retried for every method.
RETRY_ANY_METHOD_STATUSES = frozenset({429, 503})
#: Statuses after which the request may have been applied: retried for idempotent methods only.
RETRY_IDEMPOTENT_STATUSES = frozenset({408, 500, 502, 504})
#: Any other status is final whatever the method: the reply goes back to the caller as it is.
_RETRYABLE_STATUSES = RETRY_ANY_METHOD_STATUSES | RETRY_IDEMPOTENT_STATUSES

#: The request never left the client: safe to re-send whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: The request may have reached the server: only idempotent methods are re-sent.
_MAYBE_SENT = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before re-sending a request.

    Delay before retry n (0-based) is `min(max_delay, base_delay * 2**n)` scaled by a jitter
    factor in `(1 - jitter, 1]`, unless the server sent `Retry-After`, which is honoured exactly
    up to `max_retry_after` seconds; a longer requested wait stops retrying at once, so the
    caller gets the 429 (a `RateLimitError` carrying `retry_after`) instead of a hung call.
    `sleep`, `async_sleep`, `random` and `clock` (Unix time, for HTTP-date Retry-After) are
    injectable for tests.
    """

    max_retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False)
    random: Callable[[], float] = field(default=_random.random, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def backoff(self, retry_number: int) -> float:
        """Exponential delay with jitter before retry `retry_number` (0 for the first retry)."""
        raw = min(self.max_delay, self.base_delay * 2.0 ** min(retry_number, 64))
        return raw * (1.0 - self.jitter * self.random())

    def retries_status(self, method: str, status: int, *, retry_safe: bool = False) -> bool:
        """Whether a reply with `status` to `method` (or to any retry-safe request) may be re-sent."""
        if status in RETRY_ANY_METHOD_STATUSES:
            return True
        return status in RETRY_IDEMPOTENT_STATUSES and (
            retry_safe or method.upper() in IDEMPOTENT_METHODS
        )

    def retries_exception(self, method: str, exc: Exception, *, retry_safe: bool = False) -> bool:
        """Whether a transport failure of `method` (or of any retry-safe request) may be re-sent."""
        if isinstance(exc, _NOT_SENT):
            return True
        return isinstance(exc, _MAYBE_SENT) and (retry_safe or method.upper() in IDEMPOTENT_METHODS)

    def retry_after(self, response: httpx.Response) -> float | None:
        """The server's requested delay in seconds, if it sent a usable `Retry-After`."""
        return parse_retry_after(response.headers.get("retry-after"), now=self.clock())


NO_RETRIES = RetryPolicy(max_retries=0)


def _retry_safe(request: httpx.Request) -> bool:
    return bool(request.extensions.get(RETRY_SAFE_EXTENSION))


def _transport_error(request: httpx.Request, exc: Exception, attempts: int) -> TransportError:
    detail = redact(str(exc)) or type(exc).__name__
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    return TransportError(
        f"{type(exc).__name__}{tries}: {detail}",
        method=request.method,
        path=request.url.path,
    )


class _Decision:
    """What to do after one attempt: give up (return/raise) or wait `delay` and retry."""

    __slots__ = ("delay",)

    def __init__(self, delay: float | None) -> None:
        self.delay = delay


def _decide_status(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, retry: int, left: float
) -> _Decision:
    status = response.status_code
    if retry >= policy.max_retries or not policy.retries_status(
        request.method, status, retry_safe=_retry_safe(request)
    ):
        return _Decision(None)
    requested = policy.retry_after(response)
    if requested is not None and requested > policy.max_retry_after:
        logger.info(
            "not retrying %s %s: server asked to wait %.1fs (cap %.1fs)",
            request.method,
            request.url.path,
            requested,
            policy.max_retry_after,
        )
        return _Decision(None)
    delay = requested if requested is not None else policy.backoff(retry)
    if delay >= left:
        logger.info(
            "not retrying %s %s after %d: the call's deadline comes first",
            request.method,
            request.url.path,
            status,
        )
        return _Decision(None)
    logger.info(
        "retrying %s %s after %d (attempt %d of %d) in %.2fs",
        request.method,
        request.url.path,
        status,
        retry + 2,
        policy.max_retries + 1,
        delay,
    )
    return _Decision(delay)


def _decide_exception(
    policy: RetryPolicy, request: httpx.Request, exc: Exception, retry: int, left: float
) -> _Decision:
    if retry >= policy.max_retries or not policy.retries_exception(
        request.method, exc, retry_safe=_retry_safe(request)
    ):
        return _Decision(None)
    delay = policy.backoff(retry)
    if delay >= left:
        return _Decision(None)
    logger.info(
        "retrying %s %s after %s (attempt %d of %d) in %.2fs",
        request.method,
        request.url.path,
        type(exc).__name__,
        retry + 2,
        policy.max_retries + 1,
        delay,
    )
    return _Decision(delay)


class _ReplyGuard:
    """Bounds shared by both transports: the call's deadline and the reply size cap."""

    def __init__(self, deadline: float, max_reply_bytes: int, clock: Callable[[], float]) -> None:
        if not deadline > 0:
            raise ValueError("deadline must be a positive number of seconds")
        if max_reply_bytes < 1:
            raise ValueError("max_reply_bytes must be at least 1")
        self.deadline = deadline
        self.max_reply_bytes = max_reply_bytes
        self.clock = clock

    def stamp(self, request: httpx.Request) -> float:
        """The instant the call must end by, stamping `request` with it unless it has one."""
        return stamp(request, self.deadline, self.clock).at

    def start(self, request: httpx.Request, at: float, retry: int) -> float:
        """Seconds left until `at` for this attempt (timeouts capped to it); raise if none."""
        left = at - self.clock()
        if left <= 0:
            raise expired(request, "sending the request" if retry == 0 else "retrying")
        capped_timeouts(request, left)
        return left

    def left(self, request: httpx.Request) -> float:
        return remaining(request, self.clock)

    def too_large(self, request: httpx.Request) -> ReplyTooLargeError:
        return ReplyTooLargeError(
            f"reply body larger than max_reply_bytes ({self.max_reply_bytes} bytes)",
            method=request.method,
            path=request.url.path,
        )

    def check_header(self, request: httpx.Request, response: httpx.Response) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_reply_bytes:
            raise self.too_large(request)

    def check_chunk(self, request: httpx.Request, total: int, at: float) -> None:
        if total > self.max_reply_bytes:
            raise self.too_large(request)
        if self.clock() >= at:
            raise expired(request, "reading the reply")

    def check_decoded(self, request: httpx.Request, response: httpx.Response) -> None:
        if len(response.content) > self.max_reply_bytes:
            raise self.too_large(request)

    def timed_out(self, request: httpx.Request, exc: Exception) -> bool:
        """Whether `exc` is a timeout that came from the deadline capping the httpx timeouts."""
        return isinstance(exc, httpx.TimeoutException) and self.left(request) <= 0


class _GuardedStream(httpx.SyncByteStream):
    """The reply body, refused once it outgrows the size cap or reads past `at`."""

    def __init__(
        self, stream: httpx.SyncByteStream, guard: _ReplyGuard, request: httpx.Request, at: float
    ) -> None:
        self._stream = stream
        self._guard = guard
        self._request = request
        self._at = at

    def __iter__(self) -> Iterator[bytes]:
        total = 0
        for chunk in self._stream:
            total += len(chunk)
            self._guard.check_chunk(self._request, total, self._at)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    """The reply body, refused once it outgrows the size cap or reads past `at`.

    An iterator rather than an async generator: asyncio tracks every async generator
    it starts (a weak set entry and a finaliser), a cost paid on every reply.
    """

    def __init__(
        self, stream: httpx.AsyncByteStream, guard: _ReplyGuard, request: httpx.Request, at: float
    ) -> None:
        self._stream = stream
        self._guard = guard
        self._request = request
        self._at = at
        self._chunks: AsyncIterator[bytes] | None = None
        self._total = 0

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._stream.__aiter__()
        self._total = 0
        return self

    async def __anext__(self) -> bytes:
        assert self._chunks is not None, "iterate with `async for`"
        chunk = await self._chunks.__anext__()
        self._total += len(chunk)
        self._guard.check_chunk(self._request, self._total, self._at)
        return chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _pace(pacer: Pacer, policy: RetryPolicy, response: httpx.Response) -> bool:
    """Tell the pacer about a reply. True if it now holds this client for the reply's
    Retry-After, so the retry must not sleep on its own as well."""
    status = response.status_code
    if status != 429:
        pacer.record(status)
        return False
    wait = policy.retry_after(response)
    if wait is None or wait > policy.max_retry_after:
        pacer.record(429)
        return False
    pacer.record(429, wait)
    return wait > 0


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport; retries per `RetryPolicy`, raises `TransportError` on give-up.

    The body is read inside the wrapper so a timeout while reading it is handled (and retried
    for idempotent methods) like any other transport failure, and so the call's `deadline`
    (seconds, per `clock`) and `max_reply_bytes` bound the read itself.

    With a `pacer`, every attempt (retries included) first waits for a send slot, within the
    deadline, and every reply teaches the pacer the rate the server grants (`pacing.Pacer`).
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        deadline: float = DEFAULT_CALL_DEADLINE,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
        clock: Callable[[], float] = time.monotonic,
        pacer: Pacer | None = None,
    ) -> None:
        self.wrapped = wrapped
        self.policy = policy or RetryPolicy()
        self.guard = _ReplyGuard(deadline, max_reply_bytes, clock)
        self.pacer = pacer

    def _read(self, request: httpx.Request, response: httpx.Response, at: float) -> None:
        try:
            self.guard.check_header(request, response)
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _GuardedStream(response.stream, self.guard, request, at)
            response.read()
            self.guard.check_decoded(request, response)
        except BaseException:
            response.close()
            raise

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        pacer = self.pacer
        at = self.guard.stamp(request)
        while True:
            left = self.guard.start(request, at, retry)
            if pacer is not None and not pacer.try_acquire():
                if not pacer.acquire(self.policy.sleep, left):
                    raise expired(request, "waiting for the rate limit")
                self.guard.start(request, at, retry)  # what is left after the wait
            try:
                response = self.wrapped.handle_request(request)
                self._read(request, response, at)
            except httpx.TransportError as exc:
                if pacer is not None:
                    pacer.record(None)
                if self.guard.timed_out(request, exc):
                    raise expired(request, "waiting for the reply") from None
                decision = _decide_exception(
                    self.policy, request, exc, retry, self.guard.left(request)
                )
                if decision.delay is None:
                    raise _transport_error(request, exc, retry + 1) from None
            else:
                status = response.status_code
                if status not in _RETRYABLE_STATUSES:  # final whatever the method
                    if pacer is not None:
                        pacer.record(status)
                    return response
                held = pacer is not None and _pace(pacer, self.policy, response)
                decision = _decide_status(
                    self.policy, request, response, retry, self.guard.left(request)
                )
                if decision.delay is None:
                    return response
                response.close()
                if held:  # the pacer's pause is this retry's wait
                    retry += 1
                    continue
            self.policy.sleep(decision.delay)
            retry += 1

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RetryTransport`, sleeping with `policy.async_sleep`."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        deadline: float = DEFAULT_CALL_DEADLINE,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
        clock: Callable[[], float] = time.monotonic,
        pacer: Pacer | None = None,
    ) -> None:
        self.wrapped = wrapped
        self.policy = policy or RetryPolicy()
        self.guard = _ReplyGuard(deadline, max_reply_bytes, clock)
        self.pacer = pacer

    async def _read(self, request: httpx.Request, response: httpx.Response, at: float) -> None:
        try:
            self.guard.check_header(request, response)
            if isinstance(response.stream, httpx.AsyncByteStream):
                response.stream = _AsyncGuardedStream(response.stream, self.guard, request, at)
            await response.aread()
            self.guard.check_decoded(request, response)
        except BaseException:
            await response.aclose()
            raise

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        pacer = self.pacer
        at = self.guard.stamp(request)
        while True:
            left = self.guard.start(request, at, retry)
            if pacer is not None and not pacer.try_acquire():
                if not await pacer.aacquire(self.policy.async_sleep, left):
                    raise expired(request, "waiting for the rate limit")
                self.guard.start(request, at, retry)  # what is left after the wait
            try:
                response = await self.wrapped.handle_async_request(request)
                await self._read(request, response, at)
            except httpx.TransportError as exc:
                if pacer is not None:
                    pacer.record(None)
                if self.guard.timed_out(request, exc):
                    raise expired(request, "waiting for the reply") from None
                decision = _decide_exception(
                    self.policy, request, exc, retry, self.guard.left(request)
                )
                if decision.delay is None:
                    raise _transport_error(request, exc, retry + 1) from None
            else:
                status = response.status_code
                if status not in _RETRYABLE_STATUSES:  # final whatever the method
                    if pacer is not None:
                        pacer.record(status)
                    return response
                held = pacer is not None and _pace(pacer, self.policy, response)
                decision = _decide_status(
                    self.policy, request, response, retry, self.guard.left(request)
                )
                if decision.delay is None:
                    return response
                await response.aclose()
                if held:  # the pacer's pause is this retry's wait
                    retry += 1
                    continue
            await self.policy.async_sleep(decision.delay)
            retry += 1

    async def aclose(self) -> None:
        await self.wrapped.aclose()


__all__ = [
    "IDEMPOTENT_METHODS",
    "NO_RETRIES",
    "RETRY_ANY_METHOD_STATUSES",
    "RETRY_IDEMPOTENT_STATUSES",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
]
