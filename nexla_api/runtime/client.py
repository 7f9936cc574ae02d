"""`NexlaClient`: the generated `Client` configured with Nexla auth, headers and retries.

It subclasses the generated client, so every generated endpoint function accepts it, and builds
both the sync and the async httpx client with the same auth object (one token cache) and a
retry transport wrapped around the real one.
"""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from ..client import Client
from .auth import AccessTokenAuth, NexlaAuth, ServiceKeyAuth, StaticBearerAuth
from .constants import (
    ACCEPT,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_ACCESS_TOKEN,
    ENV_API_URL,
    ENV_SERVICE_KEY,
    USER_AGENT,
)
from .errors import ConfigurationError
from .logs import install_log_redaction
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

logger = logging.getLogger("nexla_api")


def _resolve_credentials(
    service_key: str | None, access_token: str | None, env: Mapping[str, str]
) -> tuple[str | None, str | None]:
    """Exactly one credential, from the arguments or else from the environment."""
    names = f"{ENV_SERVICE_KEY} or {ENV_ACCESS_TOKEN}"
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


def _resolve_base_url(base_url: str | None, env: Mapping[str, str]) -> str:
    url = (base_url or env.get(ENV_API_URL, "").strip() or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"{ENV_API_URL} / base_url must be an http(s) URL")
    return url


class NexlaClient(Client):
    """A Nexla API client for the generated endpoint functions, sync and async.

    Credentials come from `service_key` or `access_token`, else from `NEXLA_SERVICE_KEY` or
    `NEXLA_ACCESS_TOKEN` (exactly one must be set). `base_url` defaults to `NEXLA_API_URL`,
    then `https://dataops.nexla.io/nexla-api`. `transport` / `async_transport` replace the
    network layer (tests pass `httpx.MockTransport`); retries wrap whichever is used.
    `clock` is the monotonic clock for token expiry.
    """

    def __init__(
        self,
        *,
        service_key: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        env: Mapping[str, str] | None = None,
        _auth: NexlaAuth | None = None,
    ) -> None:
        install_log_redaction()
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
        super().__init__(
            base_url=url,
            headers=merged_headers,
            cookies=dict(cookies or {}),
            timeout=timeout,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=args,
            raise_on_unexpected_status=False,
        )
        self.auth: NexlaAuth = _auth
        self.retry_policy = retry if retry is not None else RetryPolicy()
        self._transport = transport
        self._async_transport_override = async_transport
        self._clock = clock

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

    def __repr__(self) -> str:
        mode = "service_key" if isinstance(self.auth, ServiceKeyAuth) else "access_token"
        return f"NexlaClient(base_url={self._base_url!r}, auth={mode}, retry={self.retry_policy!r})"

    def _copy(self, **changes: Any) -> NexlaClient:
        """A sibling client sharing this one's auth (and so its token cache) and retry policy."""
        params: dict[str, Any] = {
            "base_url": self._base_url,
            "timeout": self._timeout,
            "retry": self.retry_policy,
            "headers": self._headers,
            "cookies": self._cookies,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
            "transport": self._transport,
            "async_transport": self._async_transport_override,
            "clock": self._clock,
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

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client: Nexla headers, auth flow and retry transport."""
        if self._client is None:
            inner = self._transport or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self.auth,
                transport=RetryTransport(inner, self.retry_policy),
                **self._httpx_args,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client: same headers and auth (one token cache), async retries."""
        if self._async_client is None:
            inner = self._async_transport_override or httpx.AsyncHTTPTransport(
                verify=self._verify_ssl
            )
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self.auth,
                transport=AsyncRetryTransport(inner, self.retry_policy),
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool; the client can be used again afterwards."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the async connection pool (and the sync one, if open)."""
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None
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
