"""`NexlaClient`: the client every generated endpoint function takes.

It implements the generated layer's one client seam (`nexla_api.client.ApiClient`) and builds
both the sync and the async httpx clients with the same auth object (one token cache) and a
retry transport wrapped around the real one. Every call is bounded as a whole by `deadline`,
every reply by `max_reply_bytes`; `paginate` bounds listings by `listing_deadline` and
`max_pages`.

An httpx async client belongs to the event loop it first ran on, so the async side keeps one
per loop: the same `NexlaClient` works across successive `asyncio.run` calls and on loops in
several threads at once, sharing one token cache.
"""

from __future__ import annotations

import logging
import math
import os
import ssl
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    import asyncio

from .auth import AccessTokenAuth, NexlaAuth, ServiceKeyAuth, StaticBearerAuth
from .constants import (
    ACCEPT,
    DEFAULT_BASE_URL,
    DEFAULT_CALL_DEADLINE,
    DEFAULT_LISTING_DEADLINE,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_REPLY_BYTES,
    DEFAULT_TIMEOUT,
    ENV_ACCESS_TOKEN,
    ENV_API_URL,
    ENV_SERVICE_KEY,
    USER_AGENT,
)
from .deadline import stamp
from .errors import ConfigurationError, raise_for_status
from .logs import install_log_redaction
from .pacing import Pacer
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

logger = logging.getLogger("nexla_api")


def _resolve_credentials(
    service_key: str | None, access_token: str | None, env: Mapping[str, str]
) -> tuple[str | None, str | None]:
    """Exactly one credential, from the arguments or else from the environment."""
    names = f"{ENV_SERVICE_KEY} or {ENV_ACCESS_TOKEN}"
    # Arguments are read like environment values: surrounding whitespace (a trailing newline
    # from a file) is never part of a credential and must not reach a header.
    service_key = (service_key or "").strip()
    access_token = (access_token or "").strip()
    if service_key and access_token:
        raise ConfigurationError(
            "pass either service_key or access_token, not both "
            f"(the environment equivalents are {ENV_SERVICE_KEY} and {ENV_ACCESS_TOKEN})"
        )
    if service_key or access_token:
        return service_key or None, access_token or None
    env_key = env.get(ENV_SERVICE_KEY, "").strip() or None
    env_token = env.get(ENV_ACCESS_TOKEN, "").strip() or None
    if env_key and env_token:
        raise ConfigurationError(
            f"both {ENV_SERVICE_KEY} and {ENV_ACCESS_TOKEN} are set; set only one of them"
        )
    if not env_key and not env_token:
        raise ConfigurationError(
            f"no Nexla credentials: pass service_key= or access_token=, or set {names}"
        )
    return env_key, env_token


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigurationError(f"{name} must be a positive number")
    if math.isnan(value):
        raise ConfigurationError(f"{name} must be a positive number")
    return value


class _BoundedClient(httpx.Client):
    """httpx.Client that stamps every call with its overall deadline before auth runs."""

    def __init__(self, *, deadline: float, clock: Callable[[], float], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._nexla_deadline = deadline
        self._nexla_clock = clock

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        stamp(request, self._nexla_deadline, self._nexla_clock)
        return super().send(request, **kwargs)


class _AsyncBoundedClient(httpx.AsyncClient):
    """The asyncio twin of `_BoundedClient`."""

    def __init__(self, *, deadline: float, clock: Callable[[], float], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._nexla_deadline = deadline
        self._nexla_clock = clock

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        stamp(request, self._nexla_deadline, self._nexla_clock)
        return await super().send(request, **kwargs)


def _resolve_base_url(base_url: str | None, env: Mapping[str, str]) -> str:
    url = (base_url or env.get(ENV_API_URL, "").strip() or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"{ENV_API_URL} / base_url must be an http(s) URL")
    return url


class NexlaClient:
    """A Nexla API client for the generated endpoint functions, sync and async.

    Credentials come from `service_key` or `access_token`, else from `NEXLA_SERVICE_KEY` or
    `NEXLA_ACCESS_TOKEN` (exactly one must be set). `base_url` defaults to `NEXLA_API_URL`,
    then `https://dataops.nexla.io/nexla-api`. `transport` / `async_transport` replace the
    network layer (tests pass `httpx.MockTransport`); retries wrap whichever is used.
    `clock` is the monotonic clock for token expiry, deadlines and request pacing.

    Requests are paced by one `Pacer` shared by the sync and async clients, every thread and
    task, and sibling clients (`with_headers` etc.): it stays out of the way until the server
    answers 429, then spaces requests at the rate the server grants. Pass `pacer=Pacer(rate=R)`
    for a known limit, or `Pacer(adaptive=False)` to never pace.

    Bounds (seconds and bytes; each must be positive):
    `deadline` caps one call as a whole (token exchange, attempts, retry waits and reading
    the reply) and raises `DeadlineExceededError`; `max_reply_bytes` caps a reply body
    (`ReplyTooLargeError`); `listing_deadline` and `max_pages` cap one `paginate` listing
    (`DeadlineExceededError`, `PaginationError`).
    """

    def __init__(
        self,
        *,
        service_key: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        pacer: Pacer | None = None,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        env: Mapping[str, str] | None = None,
        deadline: float = DEFAULT_CALL_DEADLINE,
        listing_deadline: float = DEFAULT_LISTING_DEADLINE,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        _auth: NexlaAuth | None = None,
    ) -> None:
        install_log_redaction()
        self.deadline = _positive("deadline", deadline)
        self.listing_deadline = _positive("listing_deadline", listing_deadline)
        self.max_reply_bytes = int(_positive("max_reply_bytes", max_reply_bytes))
        self.max_pages = int(_positive("max_pages", max_pages))
        environ = os.environ if env is None else env
        url = _resolve_base_url(base_url, environ)
        if _auth is None:
            key, token = _resolve_credentials(service_key, access_token, environ)
            _auth = (
                ServiceKeyAuth(key, base_url=url, clock=clock)
                if key
                else AccessTokenAuth(token or "")
            )
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout, connect=min(timeout, DEFAULT_TIMEOUT.connect or 5.0))
        args = dict(httpx_args or {})
        transport = args.pop("transport", None) or transport
        async_transport = args.pop("async_transport", None) or async_transport
        merged_headers = {"Accept": ACCEPT, "User-Agent": USER_AGENT, **(headers or {})}
        self._base_url = url
        self._headers: dict[str, str] = merged_headers
        self._cookies: dict[str, str] = dict(cookies or {})
        self._timeout: httpx.Timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args: dict[str, Any] = args
        self._client: httpx.Client | None = None
        self.auth: NexlaAuth = _auth
        self.retry_policy = retry if retry is not None else RetryPolicy()
        self.pacer = pacer if pacer is not None else Pacer(clock=clock)
        self._transport = transport
        self._async_transport_override = async_transport
        self._clock = clock
        self._async_guard = threading.Lock()
        # One httpx.AsyncClient per event loop; the `None` entry was made outside any loop
        # and is adopted by the first loop that uses it.
        self._async_clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, httpx.AsyncClient
        ] = weakref.WeakKeyDictionary()
        self._unbound_async_client: httpx.AsyncClient | None = None
        # The loop last served and its client, read without the lock: most programs run one
        # loop, and a lookup in the weak dictionary under the lock costs more than the call.
        self._last_async: (
            tuple[weakref.ref[asyncio.AbstractEventLoop], httpx.AsyncClient] | None
        ) = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> NexlaClient:
        """A client configured only from `NEXLA_SERVICE_KEY`/`NEXLA_ACCESS_TOKEN`/`NEXLA_API_URL`."""
        for name in ("service_key", "access_token", "base_url"):
            if name in kwargs:
                raise TypeError(f"from_env() takes {name} from the environment, not an argument")
        return cls(env=env, **kwargs)

    @property
    def base_url(self) -> str:
        """The API root every generated path is appended to."""
        return self._base_url

    @property
    def clock(self) -> Callable[[], float]:
        """The monotonic clock deadlines and token expiry are measured with."""
        return self._clock

    def __repr__(self) -> str:
        mode = "service_key" if isinstance(self.auth, ServiceKeyAuth) else "access_token"
        return f"NexlaClient(base_url={self._base_url!r}, auth={mode}, retry={self.retry_policy!r})"

    def _copy(self, **changes: Any) -> NexlaClient:
        """A sibling client sharing this one's auth (and so its token cache), retries and pacer."""
        params: dict[str, Any] = {
            "base_url": self._base_url,
            "timeout": self._timeout,
            "retry": self.retry_policy,
            "pacer": self.pacer,
            "headers": self._headers,
            "cookies": self._cookies,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
            "transport": self._transport,
            "async_transport": self._async_transport_override,
            "clock": self._clock,
            "deadline": self.deadline,
            "listing_deadline": self.listing_deadline,
            "max_reply_bytes": self.max_reply_bytes,
            "max_pages": self.max_pages,
            "_auth": self.auth,
        }
        params.update(changes)
        return NexlaClient(**params)

    def with_headers(self, headers: dict[str, str]) -> NexlaClient:
        """A sibling client sending extra headers."""
        return self._copy(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> NexlaClient:
        """A sibling client sending extra cookies."""
        return self._copy(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> NexlaClient:
        """A sibling client with another timeout."""
        return self._copy(timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> NexlaClient:
        """A sibling client with another retry policy (e.g. `NO_RETRIES`)."""
        return self._copy(retry=retry)

    @staticmethod
    def raise_for_status(response: httpx.Response) -> None:
        """Raise the typed `NexlaError` for a reply outside 2xx (the endpoints' raise policy)."""
        raise_for_status(response)

    def _bounds(self) -> dict[str, Any]:
        return {"deadline": self.deadline, "max_reply_bytes": self.max_reply_bytes}

    def _httpx_kwargs(self) -> dict[str, Any]:
        """What the sync and async httpx clients share: Nexla headers, auth, the call bound."""
        return {
            "deadline": self.deadline,
            "clock": self._clock,
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "auth": self.auth,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client: Nexla headers, auth flow, retries and bounds."""
        if self._client is None:
            inner = self._transport or httpx.HTTPTransport(verify=self._verify_ssl)
            transport = RetryTransport(
                inner, self.retry_policy, clock=self._clock, pacer=self.pacer, **self._bounds()
            )
            self._client = _BoundedClient(transport=transport, **self._httpx_kwargs())
        return self._client

    def _new_async_client(self) -> httpx.AsyncClient:
        inner = self._async_transport_override or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
        transport = AsyncRetryTransport(
            inner, self.retry_policy, clock=self._clock, pacer=self.pacer, **self._bounds()
        )
        return _AsyncBoundedClient(transport=transport, **self._httpx_kwargs())

    @staticmethod
    def _running_loop() -> asyncio.AbstractEventLoop | None:
        import asyncio

        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            return None

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` on the running event loop (or on the next loop, outside one)."""
        loop = self._running_loop()
        with self._async_guard:
            self._last_async = None
            if loop is None:
                self._unbound_async_client = async_client
            else:
                self._async_clients[loop] = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client for the running event loop (one per loop, shared auth)."""
        loop = self._running_loop()
        last = self._last_async
        if last is not None and loop is not None and last[0]() is loop:
            return last[1]
        with self._async_guard:
            if loop is None:
                if self._unbound_async_client is None:
                    self._unbound_async_client = self._new_async_client()
                return self._unbound_async_client
            client = self._async_clients.get(loop)
            if client is None:
                # A pool's connections refer to their loop, so a closed loop's entry would
                # never be collected on its own: forget those pools (their sockets went with
                # the loop) before adding one for this loop.
                for closed in [each for each in self._async_clients if each.is_closed()]:
                    del self._async_clients[closed]
                client, self._unbound_async_client = self._unbound_async_client, None
                self._async_clients[loop] = client = client or self._new_async_client()
            self._last_async = (weakref.ref(loop), client)
            return client

    def close(self) -> None:
        """Close the sync connection pool; the client can be used again afterwards."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the running loop's async connection pool (and the sync one, if open)."""
        loop = self._running_loop()
        with self._async_guard:
            self._last_async = None
            client = self._async_clients.pop(loop, None) if loop is not None else None
            unbound, self._unbound_async_client = self._unbound_async_client, None
        for each in (client, unbound):
            if each is not None:
                await each.aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()

    def logout(self) -> None:
        """Revoke the current token (`POST /token/logout`); errors are ignored, the token cleared."""
        token = self.auth.current_token()
        try:
            if token is not None:
                self.get_httpx_client().post("/token/logout", auth=StaticBearerAuth(token))
        except Exception as exc:  # noqa: BLE001 - logout is best effort, as in the official SDK
            logger.debug("logout failed: %s", type(exc).__name__)
        finally:
            self.auth.clear()

    async def alogout(self) -> None:
        """The asyncio twin of `logout`."""
        token = self.auth.current_token()
        try:
            if token is not None:
                await self.get_async_httpx_client().post(
                    "/token/logout", auth=StaticBearerAuth(token)
                )
        except Exception as exc:  # noqa: BLE001 - logout is best effort, as in the official SDK
            logger.debug("logout failed: %s", type(exc).__name__)
        finally:
            self.auth.clear()


__all__ = ["NexlaClient"]
