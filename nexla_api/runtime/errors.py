"""Typed errors for every failed request, raised by the generated `sync`/`asyncio` functions.

`raise_for_status` and `error_from_response` are the seam the generated code imports; keep their
names and signatures.
"""

from __future__ import annotations

import json
import time
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from .constants import redact

#: Headers that may carry a server-side request id, first match wins.
REQUEST_ID_HEADERS = ("x-request-id", "x-nexla-request-id", "request-id", "x-amzn-requestid")

_MAX_MESSAGE = 300
_MAX_RAW_TEXT = 2000


class NexlaError(Exception):
    """Base class of every error nexla_api raises.

    Carries what a caller needs to act on or report the failure, never the request headers:
    `status` (None when no reply arrived), `method`, `path` (no query string, which may hold
    keys), `request_id`, and `body` (the parsed error body; a non-JSON body is `{"raw_text": ...}`).
    """

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
        """One line for logs and alerts: class, status, method, path, message and request id."""
        where = []
        if self.status is not None:
            where.append(str(self.status))
        if self.method:
            where.append(f"{self.method} {self.path or ''}".rstrip())
        text = " ".join(self.message.split())
        if len(text) > _MAX_MESSAGE:
            text = text[: _MAX_MESSAGE - 1] + "…"
        parts = [type(self).__name__, " ".join(where), text]
        line = ": ".join(part for part in parts if part)
        if self.request_id:
            line += f" (request {self.request_id})"
        return line

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.summary()!r})"


class ConfigurationError(NexlaError):
    """The client was configured wrongly (missing or conflicting credentials, bad URL)."""


class AuthenticationError(NexlaError):
    """401: the service key or access token was rejected (after one renewal, for service keys)."""


class AuthorizationError(NexlaError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(NexlaError):
    """404: no such resource, or not visible to the caller."""


class ConflictError(NexlaError):
    """409: the change conflicts with the resource's current state."""


class ValidationError(NexlaError):
    """400 or 422: the request was rejected as invalid; `field_errors` lists per-field failures."""

    @property
    def field_errors(self) -> list[Any]:
        """The body's `errors` list when the server reports field-level failures."""
        if isinstance(self.body, dict) and isinstance(self.body.get("errors"), list):
            return list(self.body["errors"])
        return []


class RateLimitError(NexlaError):
    """429: too many requests; `retry_after` is the delay the server asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def summary(self) -> str:
        line = super().summary()
        if self.retry_after is not None:
            line += f" (retry after {self.retry_after:g}s)"
        return line


class ServerError(NexlaError):
    """5xx: the server failed; for POST/PATCH it may still have applied the change."""


class TransportError(NexlaError):
    """No usable reply: connection failure, timeout or protocol error, after any retries."""


class DeadlineExceededError(TransportError):
    """The call (or listing) ran past its overall deadline; `deadline` is that bound in seconds.

    Raised however the time was spent: a server that never answers, a reply trickling in,
    retries and their waits, or waiting for another caller's token exchange.
    """

    def __init__(self, message: str, *, deadline: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.deadline = deadline


class ReplyTooLargeError(TransportError):
    """The reply body is larger than the client's `max_reply_bytes`; it was not kept."""


class MalformedReplyError(NexlaError):
    """A 2xx reply whose body is not what the operation documents.

    Not JSON (an HTML page, an empty body), the wrong top-level shape (`null`, an object where
    a list is documented) or a missing required field. `operation` names the API operation;
    the message says what was wrong without quoting the body, which may hold secrets.
    """

    def __init__(self, message: str, *, operation: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.operation = operation


class PaginationError(NexlaError):
    """A listing could not make progress: the server repeated a page or the page cap was hit."""


_E = TypeVar("_E", bound=NexlaError)

_BY_STATUS: dict[int, type[NexlaError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: AuthorizationError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[NexlaError]:
    """The error class for a non-2xx status; statuses outside the table map to `NexlaError`."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 500 <= status < 600:
        return ServerError
    return NexlaError


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After value given as delta-seconds or an HTTP date (None if unusable).

    `now` is the current Unix time, injectable so HTTP-date handling is testable.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        # A negative or non-finite delay is unusable (the caller backs off on its own), not a
        # request to retry at once.
        return seconds if 0.0 <= seconds < float("inf") else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _redact_values(value: Any, secrets: tuple[str, ...] = ()) -> Any:
    """`value` with every string inside it passed through `redact`, and the value of every
    key the connector catalogue marks secret replaced whole."""
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        from ..connectors._secrets import SECRET_FIELDS

        return {
            k: "***" if k in SECRET_FIELDS and v is not None else _redact_values(v, secrets)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_values(v, secrets) for v in value]
    return value


def _body(response: httpx.Response) -> Any:
    try:
        response.read()
    except httpx.HTTPError:
        return None
    if not response.content:
        return None
    try:
        return _redact_values(response.json())
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        text = redact(response.text)
        return {"raw_text": text[:_MAX_RAW_TEXT]} if text.strip() else None


def _message(body: Any, response: httpx.Response) -> str:
    if isinstance(body, dict):
        for key in ("message", "error", "raw_text"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
    if isinstance(body, str) and body.strip():
        return body
    return response.reason_phrase or f"HTTP {response.status_code}"


def error_from_response(response: httpx.Response) -> NexlaError:
    """The typed error for a non-2xx reply: class by status, message from `message`/`error`."""
    status = response.status_code
    body = _body(response)
    request = _request_of(response)
    request_id = next(
        (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
    )
    kwargs: dict[str, Any] = {
        "status": status,
        "method": request.method if request is not None else None,
        "path": redact(request.url.path) if request is not None else None,  # may be a secret URL
        "request_id": request_id,
        "body": body,
    }
    message = redact(_message(body, response))
    cls = error_class_for(status)
    if cls is RateLimitError:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is None and isinstance(body, dict):
            value = body.get("retry_after")
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                retry_after = float(value)
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for any status outside 2xx; do nothing for success."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)


__all__ = [
    "AuthenticationError",
    "AuthorizationError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "MalformedReplyError",
    "NexlaError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ReplyTooLargeError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "error_class_for",
    "error_from_response",
    "parse_retry_after",
    "raise_for_status",
    "redact_error",
]


def redact_error(error: _E, secrets: tuple[str, ...]) -> _E:
    """`error` with `secrets` (and any `api_key=` value) removed from its message and raw body.

    Used where a server might echo a credential back, such as webhook and token replies.
    """
    error.message = redact(error.message, secrets)
    error.args = (error.message,)
    error.body = _redact_values(error.body, secrets)
    return error
