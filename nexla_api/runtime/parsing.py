"""Helpers the generated endpoint functions use while turning a reply into models.

A 2xx reply is read as JSON of the documented top-level shape (`reply_json`) and built into
models (`parse_reply`); anything that goes wrong on the way (not JSON, an HTML page, an empty
body, `null` or an object where a list is documented, a required field missing, a value of
the wrong type) becomes one `MalformedReplyError` naming the operation, the status and what
was wrong. The body itself is never quoted: it may hold credentials.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from .constants import redact
from .errors import MalformedReplyError

# Replies smaller than this parse in well under a millisecond; pausing is not worth it.
LARGE_REPLY_BYTES = 64 * 1024

_MAX_DETAIL = 200

T = TypeVar("T")


class ReplyShapeError(ValueError):
    """The body is not JSON of the documented top-level shape; the message quotes no values."""


class NestedReplyError(ValueError):
    """A nested value of a reply did not parse; `path` is where, from the body's root.

    Generated models raise it (through `nested_error`) instead of keeping the raw dict
    behind a model's type; each enclosing model adds its own field to the front of the path.
    """

    def __init__(self, path: tuple[str | int, ...], cause: BaseException) -> None:
        super().__init__(path, cause)
        self.path = path
        self.cause = cause

    @property
    def json_path(self) -> str:
        """The path in JSONPath notation, e.g. `$.org.owner` or `$[3].org`."""
        return "$" + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path
        )


def nested_error(field: str | int, exc: BaseException) -> NestedReplyError:
    """The error for `field` of a model failing with `exc` (which may itself be nested)."""
    if isinstance(exc, NestedReplyError):
        return NestedReplyError((field, *exc.path), exc.cause)
    return NestedReplyError((field,), exc)


@contextmanager
def gc_paused(reply_bytes: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large reply becomes models.

    A 10,000-item list allocates hundreds of thousands of small objects; with the collector
    on, each allocation burst triggers collections that re-scan everything built so far,
    which measured at about 40 % of the parse time. The models hold no reference cycles,
    so nothing is lost by pausing. Another thread that pauses at the same time simply finds
    the collector already off and leaves it alone.

    The models outlive the call (they are its result), so afterwards they go straight to the
    collector's oldest generation (`gc.freeze()` then `gc.unfreeze()`, two list splices)
    instead of being scanned as young objects by the first collection after the pause and
    as middle-aged ones later: that first scan alone cost about 15 % of parsing 10,000
    sources. A full collection still visits them. When the application keeps objects
    frozen itself (a pre-forking server's `gc.freeze()`), this step is skipped, so they stay
    frozen.
    """
    if reply_bytes < LARGE_REPLY_BYTES or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


_JSON_KIND = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return _JSON_KIND.get(type(value), type(value).__name__)


def reply_json(
    response: httpx.Response, shape: type[list[Any]] | type[dict[str, Any]] | None
) -> Any:
    """The reply body as JSON, checked to be a `shape` (list or dict) when one is documented."""
    content = response.content
    if not content.strip():
        raise ReplyShapeError("the body is empty where JSON was documented")
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        content_type = response.headers.get("content-type", "no Content-Type").split(";")[0]
        raise ReplyShapeError(
            f"the body is not JSON ({content_type}, {len(content)} bytes)"
        ) from None
    if shape is not None and not isinstance(body, shape):
        expected = "an array" if shape is list else "an object"
        raise ReplyShapeError(f"expected {expected} but the body is {_kind(body)}")
    return body


def _describe(exc: BaseException) -> str:
    if isinstance(exc, NestedReplyError):
        return f"at {exc.json_path}: {_describe(exc.cause)}"
    if isinstance(exc, ReplyShapeError):
        return str(exc)
    if isinstance(exc, KeyError):
        return f"a required field is missing: {redact(str(exc.args[0]) if exc.args else '?')!r}"
    if isinstance(exc, RecursionError):
        return "the body is nested too deeply"
    detail = " ".join(redact(str(exc)).split())
    if len(detail) > _MAX_DETAIL:
        detail = detail[: _MAX_DETAIL - 1] + "…"
    return f"a value does not match the documented schema ({type(exc).__name__}: {detail})"


def malformed(operation: str, response: httpx.Response, exc: BaseException) -> MalformedReplyError:
    """The typed error for a reply to `operation` that could not be read (see module doc)."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    return MalformedReplyError(
        f"{operation}: unexpected {response.status_code} reply: {_describe(exc)}",
        operation=operation,
        status=response.status_code,
        method=request.method if request is not None else None,
        path=request.url.path if request is not None else None,
    )


_PARSE_FAILURES = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


def parse_reply(
    operation: str,
    parse: Callable[[httpx.Response], T],
    response: httpx.Response,
) -> T:
    """`parse(response)`, with any failure raised as `MalformedReplyError`."""
    size = len(response.content)
    try:
        if size < LARGE_REPLY_BYTES:  # the common case skips the context manager's cost
            return parse(response)
        with gc_paused(size):
            return parse(response)
    except _PARSE_FAILURES as exc:
        error = malformed(operation, response, exc)
    raise error  # outside the handler: the error carries no context that may quote the body


def parse_detailed(
    operation: str,
    parse: Callable[[httpx.Response], T],
    response: httpx.Response,
) -> tuple[T | None, MalformedReplyError | None]:
    """For `*_detailed`: (models, None) for a 2xx reply, or (None, the error) when its body is
    malformed; (None, None) for any other status (its body stays in `content`)."""
    if not 200 <= response.status_code < 300:
        return None, None
    size = len(response.content)
    try:
        if size < LARGE_REPLY_BYTES:
            return parse(response), None
        with gc_paused(size):
            return parse(response), None
    except _PARSE_FAILURES as exc:
        return None, malformed(operation, response, exc)


__all__ = [
    "LARGE_REPLY_BYTES",
    "NestedReplyError",
    "ReplyShapeError",
    "gc_paused",
    "malformed",
    "nested_error",
    "parse_detailed",
    "parse_reply",
    "reply_json",
]
