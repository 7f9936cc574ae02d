"""Typed errors for every non-2xx reply, raised by the generated `sync`/`asyncio` functions."""

from __future__ import annotations

import json
from typing import Any

import httpx


class NexlaError(Exception):
    """Base class of every error nexla_api raises for a failed request."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        path: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.method = method
        self.path = path
        self.request_id = request_id
        self.body = body

    def summary(self) -> str:
        """One line: status, method, path and the server's message."""
        where = f"{self.method} {self.path}" if self.method else ""
        status = f"{self.status} " if self.status is not None else ""
        rid = f" (request {self.request_id})" if self.request_id else ""
        return f"{type(self).__name__}: {status}{where}: {self.message}{rid}".replace(" : ", ": ")

    def __str__(self) -> str:
        return self.summary()


class AuthenticationError(NexlaError):
    """401: the credentials or token were rejected."""


class AuthorizationError(NexlaError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(NexlaError):
    """404: no such resource (or not visible to the caller)."""


class ConflictError(NexlaError):
    """409: the change conflicts with the resource's current state."""


class ValidationError(NexlaError):
    """400 or 422: the request was rejected as invalid."""


class RateLimitError(NexlaError):
    """429: too many requests; `retry_after` is the delay the server asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(NexlaError):
    """5xx (or another unexpected status): the server failed."""


class TransportError(NexlaError):
    """The request did not complete: connection failure, timeout or protocol error."""


_BY_STATUS: dict[int, type[NexlaError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: AuthorizationError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header given as delta-seconds or an HTTP date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _body(response: httpx.Response) -> Any:
    try:
        response.read()
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, httpx.ResponseNotRead, httpx.StreamError):
        text = response.text if response.is_stream_consumed else ""
        return {"raw_text": text[:2000]} if text else None


def error_from_response(response: httpx.Response) -> NexlaError:
    """The typed error for a non-2xx reply."""
    status = response.status_code
    body = _body(response)
    message = ""
    if isinstance(body, dict):
        message = str(body.get("message") or body.get("error") or body.get("raw_text") or "")
    if not message:
        message = response.reason_phrase or f"HTTP {status}"
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 or status < 400 else NexlaError)
    request = response.request
    kwargs: dict[str, Any] = {
        "status": status,
        "method": request.method,
        "path": request.url.path,
        "request_id": response.headers.get("x-request-id"),
        "body": body,
    }
    if cls is RateLimitError:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if (
            retry_after is None
            and isinstance(body, dict)
            and isinstance(body.get("retry_after"), int | float)
        ):
            retry_after = float(body["retry_after"])
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for any status outside 2xx; do nothing for success."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)
