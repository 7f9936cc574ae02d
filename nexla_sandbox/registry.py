"""Handler registry keyed by operationId, and what a handler sees and returns.

Routes come from the spec; a handler is found by the operation's `operationId`. An
operation without a handler answers 501 naming the id, so new spec operations are
visible immediately instead of silently missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .state import State

Json = Any


class ApiError(Exception):
    """An error reply with Nexla's ErrorBody shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        resource_type: str | None = None,
        resource_id: int | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.errors = errors
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message, "status": self.status}
        if self.resource_type is not None:
            out["resource_type"] = self.resource_type
        if self.resource_id is not None:
            out["resource_id"] = self.resource_id
        if self.errors:
            out["errors"] = self.errors
        return out


def not_found(resource_type: str, resource_id: int) -> ApiError:
    return ApiError(
        404,
        f"{resource_type} {resource_id} not found",
        resource_type=resource_type,
        resource_id=resource_id,
    )


def conflict(message: str, resource_type: str, resource_id: int) -> ApiError:
    return ApiError(409, message, resource_type=resource_type, resource_id=resource_id)


@dataclass
class Reply:
    """A non-default reply: another status, extra headers, or no body (204)."""

    body: Json = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    """Everything a handler needs: parsed request parts and the sandbox state."""

    state: State
    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Json
    user_id: int
    request_ip: str
    user_agent: str
    url: str
    raw_query: dict[str, str] = field(default_factory=dict)
    token: str = ""

    def q(self, name: str, default: Any = None) -> Any:
        return self.query.get(name, default)

    def flag(self, name: str) -> bool:
        """A query flag the SDK sends as 1, true or True."""
        value = self.query.get(name)
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        return str(value).lower() in ("1", "true", "yes")


Handler = Callable[[Ctx], Any]
HANDLERS: dict[str, Handler] = {}


def handler(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a function for one or more operationIds (aliases share an implementation)."""

    def register(fn: Handler) -> Handler:
        for op_id in operation_ids:
            if op_id in HANDLERS:
                raise RuntimeError(f"two handlers for operation {op_id}")
            HANDLERS[op_id] = fn
        return fn

    return register
