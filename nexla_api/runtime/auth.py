"""Bearer authentication as httpx.Auth flows: service-key exchange with a shared token cache.

A service key is exchanged at `POST {base}/token` (`Authorization: Basic <key>`, the key sent as
given) for an access token, lazily on the first request. The token is renewed shortly before it
expires, with a margin of min(300 s, 10 % of its life) so short-lived tokens are not renewed on
every call. Concurrent callers on an expired token wait on a lock and re-check, so exactly one
exchange happens. A 401 renews the token once and replays the request once; a second 401 is
returned to the caller, whose `raise_for_status` turns it into `AuthenticationError`.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
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
)
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
        self._token: str | None = access_token

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


class ServiceKeyAuth(NexlaAuth):
    """Exchanges a service key for access tokens and keeps one cached for all threads and tasks.

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
        self._service_key = service_key
        self._token_url = base_url.rstrip("/") + "/token"
        self._clock = clock
        # (token, renew_at): replaced as a whole so readers never see half an update.
        self._state: tuple[str | None, float] = (None, 0.0)
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._locks_guard = threading.Lock()
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

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._token_url,
            headers={
                "Authorization": f"Basic {self._service_key}",
                "Accept": ACCEPT,
                "User-Agent": USER_AGENT,
            },
        )

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
        if not isinstance(token, str) or not token:
            raise NexlaError(
                "token exchange reply has no access_token",
                status=reply.status_code,
                method="POST",
                path=reply.request.url.path,
            )
        life = _lifetime(data.get("expires_in"))
        margin = min(TOKEN_REFRESH_MARGIN, TOKEN_REFRESH_FRACTION * life)
        self._state = (token, self._clock() + life - margin)
        self.exchanges += 1
        logger.debug("obtained an access token valid for %.0fs", life)
        return token

    def _renewal_needed(self, stale: str) -> str | None:
        """After a 401 with `stale`: the token another caller already renewed, else None."""
        current = self._fresh_token()
        return current if current is not None and current != stale else None

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # so the request can be replayed after a 401
        token = self._fresh_token()
        if token is None:
            with self._thread_lock:
                token = self._fresh_token()
                if token is None:
                    reply = yield self._token_request()
                    reply.read()
                    token = self._accept(reply)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        response.read()
        with self._thread_lock:
            renewed = self._renewal_needed(token)
            if renewed is None:
                logger.info("access token rejected (401); renewing once and replaying")
                reply = yield self._token_request()
                reply.read()
                renewed = self._accept(reply)
        request.headers["Authorization"] = f"Bearer {renewed}"
        yield request

    def _async_lock(self) -> asyncio.Lock:
        """One asyncio lock per running event loop (a lock cannot be shared across loops)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        token = self._fresh_token()
        if token is None:
            async with self._async_lock():
                token = self._fresh_token()
                if token is None:
                    reply = yield self._token_request()
                    await reply.aread()
                    token = self._accept(reply)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401:
            return
        await response.aread()
        async with self._async_lock():
            renewed = self._renewal_needed(token)
            if renewed is None:
                logger.info("access token rejected (401); renewing once and replaying")
                reply = yield self._token_request()
                await reply.aread()
                renewed = self._accept(reply)
        request.headers["Authorization"] = f"Bearer {renewed}"
        yield request


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
