"""Bearer authentication as httpx.Auth flows: service-key exchange with a shared token cache.

A service key is exchanged at `POST {base}/token` (`Authorization: Basic <key>`) for an access
token, lazily on the first request. The token is renewed shortly before it expires, with a
margin of min(300 s, 10 % of its life) so short-lived tokens are not renewed on every call.

One exchange at a time, whoever asks: callers on an expired token, in any thread, any event
loop, sync or async, share a single in-flight exchange and wait for it (each no longer than
its own call's deadline), so exactly one exchange happens per expiry. The exchange itself runs
through the client's transport with the calling request's timeouts and deadline, and is
retried like a read (it changes nothing on the server), so a hung or failing `/token` can
neither hold a call past its deadline nor end a run on a single 5xx.

A 401 renews the token once and replays the request once; a second 401 is returned to the
caller, whose `raise_for_status` turns it into `AuthenticationError`.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # asyncio is imported only once an async flow runs: it costs ~0.1 s
    import asyncio

from .constants import (
    ACCEPT,
    DEFAULT_TOKEN_LIFETIME,
    ENV_SERVICE_KEY,
    TOKEN_REFRESH_FRACTION,
    TOKEN_REFRESH_MARGIN,
    USER_AGENT,
    register_secret,
)
from .deadline import RETRY_SAFE_EXTENSION, copy_deadline, expired, remaining
from .errors import AuthenticationError, NexlaError, error_from_response, redact_error

logger = logging.getLogger("nexla_api")


class NexlaAuth(httpx.Auth):
    """Common surface of both credential modes: the current token and a way to forget it."""

    def current_token(self) -> str | None:
        """The access token held right now, if any (never logged or shown in reprs)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the local token (after logout)."""
        raise NotImplementedError


class AccessTokenAuth(NexlaAuth):
    """A caller-supplied access token, sent as given; it cannot be renewed."""

    def __init__(self, access_token: str) -> None:
        # Surrounding whitespace (a newline pasted from a file) is never part of a token.
        self._token: str | None = access_token.strip()
        register_secret(self._token)

    def current_token(self) -> str | None:
        return self._token

    def clear(self) -> None:
        self._token = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token is None:
            raise AuthenticationError(
                "no access token: this client has logged out",
                method=request.method,
                path=request.url.path,
            )
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "AccessTokenAuth(access_token=***)"


class _Exchange:
    """One token exchange in flight; threads and event loops waiting on it are woken at its end."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self._guard = threading.Lock()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def future(self) -> asyncio.Future[None]:
        """A future on the running loop, resolved when the exchange ends."""
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._guard:
            if not self.done.is_set():
                self._futures.append((loop, future))
                return future
        future.set_result(None)
        return future

    def finish(self) -> None:
        with self._guard:
            self.done.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            try:
                loop.call_soon_threadsafe(_resolve, future)
            except RuntimeError:  # that loop has closed; nobody is waiting there any more
                pass


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class ServiceKeyAuth(NexlaAuth):
    """Exchanges a service key for access tokens and keeps one cached for all threads and loops.

    `clock` is a monotonic time source in seconds, injectable for tests; `exchanges` counts
    successful token exchanges.
    """

    def __init__(
        self,
        service_key: str,
        *,
        base_url: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # Surrounding whitespace (a newline pasted from a file) is never part of a key.
        self._service_key = service_key.strip()
        register_secret(self._service_key)
        self._token_url = base_url.rstrip("/") + "/token"
        self._clock = clock
        # (token, renew_at): replaced as a whole so readers never see half an update.
        self._state: tuple[str | None, float] = (None, 0.0)
        self._guard = threading.Lock()
        self._inflight: _Exchange | None = None
        self.exchanges = 0

    def __repr__(self) -> str:
        return f"ServiceKeyAuth(token_url={self._token_url!r}, service_key=***)"

    def current_token(self) -> str | None:
        return self._state[0]

    def clear(self) -> None:
        self._state = (None, 0.0)

    def _fresh_token(self) -> str | None:
        token, renew_at = self._state
        if token is not None and self._clock() < renew_at:
            return token
        return None

    def _claim(self, stale: str | None) -> tuple[str | None, _Exchange | None, bool]:
        """A usable token; else the exchange to wait for; else a new exchange this caller runs.

        `stale` is a token the server just rejected: it does not count as usable.
        """
        with self._guard:
            token = self._fresh_token()
            if token is not None and token != stale:
                return token, None, False
            if self._inflight is not None:
                return None, self._inflight, False
            self._inflight = _Exchange()
            return None, self._inflight, True

    def _finish(self, exchange: _Exchange) -> None:
        with self._guard:
            if self._inflight is exchange:
                self._inflight = None
        exchange.finish()

    def _token_request(self, on_behalf_of: httpx.Request) -> httpx.Request:
        """`POST /token`, bounded by the timeouts and deadline of the call that needs it."""
        request = httpx.Request(
            "POST",
            self._token_url,
            headers={
                "Authorization": f"Basic {self._service_key}",
                "Accept": ACCEPT,
                "User-Agent": USER_AGENT,
            },
            extensions={RETRY_SAFE_EXTENSION: True},
        )
        copy_deadline(on_behalf_of, request)
        return request

    def _wait_timeout(self, request: httpx.Request) -> float | None:
        left = remaining(request, self._clock)
        if left <= 0:
            raise expired(request, "waiting for another caller's token exchange")
        return None if math.isinf(left) else left

    def _accept(self, reply: httpx.Response) -> str:
        """Store the token from a `/token` reply, or raise the right error for a failed one."""
        secrets = (self._service_key,)
        if reply.status_code == 401:
            error = error_from_response(reply)
            raise redact_error(
                AuthenticationError(
                    f"service key rejected by the token exchange; check {ENV_SERVICE_KEY}",
                    status=401,
                    method="POST",
                    path=reply.request.url.path,
                    request_id=error.request_id,
                    body=error.body,
                ),
                secrets,
            )
        if not 200 <= reply.status_code < 300:
            raise redact_error(error_from_response(reply), secrets)
        try:
            data: Any = reply.json()
        except ValueError:
            data = None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token.strip():
            raise NexlaError(
                "token exchange reply has no access_token",
                status=reply.status_code,
                method="POST",
                path=reply.request.url.path,
            )
        token = token.strip()
        register_secret(token)
        life = _lifetime(data.get("expires_in"))
        margin = min(TOKEN_REFRESH_MARGIN, TOKEN_REFRESH_FRACTION * life)
        self._state = (token, self._clock() + life - margin)
        self.exchanges += 1
        logger.debug("obtained an access token valid for %.0fs", life)
        return token

    def _sync_token(
        self, request: httpx.Request, stale: str | None
    ) -> Generator[httpx.Request, httpx.Response, str]:
        while True:
            token, exchange, leader = self._claim(stale)
            if token is not None:
                return token
            assert exchange is not None
            if leader:
                try:
                    reply = yield self._token_request(request)
                    reply.read()
                    return self._accept(reply)
                finally:
                    self._finish(exchange)
            if not exchange.done.wait(self._wait_timeout(request)):
                raise expired(request, "waiting for another caller's token exchange")

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # so the request can be replayed after a 401
        stale: str | None = None
        for attempt in range(2):
            token = yield from self._sync_token(request, stale)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or attempt:
                return
            response.read()
            logger.info("access token rejected (401); renewing once and replaying")
            stale = token

    async def _wait_async(self, exchange: _Exchange, request: httpx.Request) -> None:
        import asyncio

        future = exchange.future()
        timeout = self._wait_timeout(request)
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise expired(request, "waiting for another caller's token exchange") from None

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        stale: str | None = None
        for attempt in range(2):
            token: str | None = None
            while token is None:
                token, exchange, leader = self._claim(stale)
                if token is not None:
                    break
                assert exchange is not None
                if not leader:
                    await self._wait_async(exchange, request)
                    continue
                try:
                    reply = yield self._token_request(request)
                    await reply.aread()
                    token = self._accept(reply)
                finally:
                    self._finish(exchange)
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or attempt:
                return
            await response.aread()
            logger.info("access token rejected (401); renewing once and replaying")
            stale = token


class StaticBearerAuth(httpx.Auth):
    """Sends one fixed token with no exchange or retry; used for logout."""

    def __init__(self, token: str | None) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token or ''}"
        yield request

    def __repr__(self) -> str:
        return "StaticBearerAuth(token=***)"


def _lifetime(value: Any) -> float:
    """`expires_in` in seconds; missing or unusable means the official default of 86400."""
    if isinstance(value, bool):
        return DEFAULT_TOKEN_LIFETIME
    try:
        life = float(value)
    except (TypeError, ValueError):
        return DEFAULT_TOKEN_LIFETIME
    if life != life or life <= 0:
        return DEFAULT_TOKEN_LIFETIME if life != life else 0.0
    return life


__all__ = ["AccessTokenAuth", "NexlaAuth", "ServiceKeyAuth", "StaticBearerAuth"]
