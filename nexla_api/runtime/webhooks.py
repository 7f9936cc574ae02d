"""Push records to a Nexla webhook source (`POST <webhook url>`), sync or async.

The webhook URL is absolute and separate from the API base URL; it authenticates with the
webhook's own API key, not a service key. The key is added by an innermost transport, so it
exists only on the wire: httpx's own request logging, `response.request`, error messages and
reprs all see the URL without it.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from .constants import DEFAULT_TIMEOUT, USER_AGENT
from .errors import NexlaError, TransportError, error_from_response, redact_error
from .logs import install_log_redaction, register_secret_url
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

AuthMethod = Literal["query", "header"]


@dataclass(frozen=True)
class WebhookResult:
    """What Nexla accepted: `processed` records into the nexset `dataset_id`."""

    processed: int
    dataset_id: int | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


class _KeyTransport(httpx.BaseTransport):
    def __init__(self, wrapped: httpx.BaseTransport, key: _WebhookKey) -> None:
        self.wrapped = wrapped
        self.key = key

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.wrapped.handle_request(self.key.apply(request))

    def close(self) -> None:
        self.wrapped.close()


class _AsyncKeyTransport(httpx.AsyncBaseTransport):
    def __init__(self, wrapped: httpx.AsyncBaseTransport, key: _WebhookKey) -> None:
        self.wrapped = wrapped
        self.key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.wrapped.handle_async_request(self.key.apply(request))

    async def aclose(self) -> None:
        await self.wrapped.aclose()


class _WebhookKey:
    """Puts the API key on a copy of the outgoing request, leaving the caller's request clean."""

    def __init__(self, api_key: str, method: AuthMethod) -> None:
        self.api_key = api_key
        self.method = method
        self.basic = base64.b64encode(api_key.encode()).decode()

    def secrets(self) -> tuple[str, ...]:
        return (self.api_key, self.basic)

    def apply(self, request: httpx.Request) -> httpx.Request:
        headers = request.headers.copy()
        url = request.url
        if self.method == "header":
            headers["Authorization"] = f"Basic {self.basic}"
        else:
            url = url.copy_merge_params({"api_key": self.api_key})
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def __repr__(self) -> str:
        return f"_WebhookKey(method={self.method!r}, api_key=***)"


class WebhookClient:
    """Sends JSON records to one webhook URL with its API key (`auth_method` "query" or "header").

    Retries follow `retry` (a webhook POST is re-sent only when it never reached Nexla: connect
    errors, 429, 503). Failures raise the typed `NexlaError` subclasses with the key redacted.
    """

    def __init__(
        self,
        url: str,
        api_key: str,
        *,
        auth_method: AuthMethod = "query",
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        install_log_redaction()
        if auth_method not in ("query", "header"):
            raise ValueError('auth_method must be "query" or "header"')
        if not url.startswith(("http://", "https://")):
            raise ValueError("the webhook URL must be an absolute http(s) URL")
        register_secret_url(url)  # a webhook URL is a secret: never in logs or errors
        self._key = _WebhookKey(api_key, auth_method)
        self.url = url
        self.auth_method = auth_method
        self.retry_policy = retry if retry is not None else RetryPolicy()
        self._timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self._transport = transport
        self._async_transport = async_transport
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"WebhookClient(url=***, auth_method={self.auth_method!r}, api_key=***)"

    def _sync(self) -> httpx.Client:
        if self._client is None:
            inner = self._transport or httpx.HTTPTransport()
            self._client = httpx.Client(
                timeout=self._timeout,
                headers={"User-Agent": USER_AGENT},
                transport=RetryTransport(_KeyTransport(inner, self._key), self.retry_policy),
            )
        return self._client

    def _async(self) -> httpx.AsyncClient:
        if self._async_client is None:
            inner = self._async_transport or httpx.AsyncHTTPTransport()
            self._async_client = httpx.AsyncClient(
                timeout=self._timeout,
                headers={"User-Agent": USER_AGENT},
                transport=AsyncRetryTransport(
                    _AsyncKeyTransport(inner, self._key), self.retry_policy
                ),
            )
        return self._async_client

    @staticmethod
    def _params(
        include_headers: bool, include_url_params: bool, force_schema_detection: bool
    ) -> dict[str, str]:
        flags = {
            "include_headers": include_headers,
            "include_url_params": include_url_params,
            "force_schema_detection": force_schema_detection,
        }
        return {name: "true" for name, on in flags.items() if on}

    def _result(self, response: httpx.Response) -> WebhookResult:
        if not 200 <= response.status_code < 300:
            raise redact_error(error_from_response(response), self._key.secrets())
        try:
            data: Any = response.json() if response.content else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        processed = data.get("processed")
        dataset_id = data.get("dataset_id")
        return WebhookResult(
            processed=processed if isinstance(processed, int) else 0,
            dataset_id=dataset_id if isinstance(dataset_id, int) else None,
            raw=data,
        )

    def _send(self, body: Any, params: dict[str, str]) -> WebhookResult:
        try:
            response = self._sync().post(self.url, json=body, params=params)
        except NexlaError as exc:
            raise redact_error(exc, self._key.secrets()) from None
        except httpx.HTTPError as exc:
            raise _wrap(exc, self._key) from None
        return self._result(response)

    async def _asend(self, body: Any, params: dict[str, str]) -> WebhookResult:
        try:
            response = await self._async().post(self.url, json=body, params=params)
        except NexlaError as exc:
            raise redact_error(exc, self._key.secrets()) from None
        except httpx.HTTPError as exc:
            raise _wrap(exc, self._key) from None
        return self._result(response)

    def send_one(
        self,
        record: Mapping[str, Any],
        *,
        include_headers: bool = False,
        include_url_params: bool = False,
        force_schema_detection: bool = False,
    ) -> WebhookResult:
        """Send one record (a JSON object)."""
        params = self._params(include_headers, include_url_params, force_schema_detection)
        return self._send(dict(record), params)

    def send_many(
        self,
        records: Sequence[Mapping[str, Any]],
        *,
        include_headers: bool = False,
        include_url_params: bool = False,
        force_schema_detection: bool = False,
    ) -> WebhookResult:
        """Send many records in one request (a JSON array, one record per element)."""
        params = self._params(include_headers, include_url_params, force_schema_detection)
        return self._send([dict(r) for r in records], params)

    async def asend_one(
        self,
        record: Mapping[str, Any],
        *,
        include_headers: bool = False,
        include_url_params: bool = False,
        force_schema_detection: bool = False,
    ) -> WebhookResult:
        """The asyncio twin of `send_one`."""
        params = self._params(include_headers, include_url_params, force_schema_detection)
        return await self._asend(dict(record), params)

    async def asend_many(
        self,
        records: Sequence[Mapping[str, Any]],
        *,
        include_headers: bool = False,
        include_url_params: bool = False,
        force_schema_detection: bool = False,
    ) -> WebhookResult:
        """The asyncio twin of `send_many`."""
        params = self._params(include_headers, include_url_params, force_schema_detection)
        return await self._asend([dict(r) for r in records], params)

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the async connection pool (and the sync one, if open)."""
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None
        self.close()

    def __enter__(self) -> WebhookClient:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    async def __aenter__(self) -> WebhookClient:
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()


def _wrap(exc: httpx.HTTPError, key: _WebhookKey) -> TransportError:
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    error = TransportError(
        f"{type(exc).__name__}: {exc}",
        method=request.method if request is not None else "POST",
        path=request.url.path if request is not None else None,
    )
    return redact_error(error, key.secrets())


__all__ = ["WebhookClient", "WebhookResult"]
