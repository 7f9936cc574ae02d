"""Handler registry keyed by operationId, and what a handler sees and returns.

Routes come from the spec; a handler is found by the operation's `operationId`. An
operation without a handler answers 501 naming the id, so new spec operations are
visible immediately instead of silently missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, conflict, not_found
from .shape import shape
from .state import Actor, State

__all__ = ["HANDLERS", "ApiError", "Ctx", "Handler", "Reply", "conflict", "handler", "not_found"]

Json = Any


@dataclass
class Reply:
    """A non-default reply: another status, extra headers, or no body (204)."""

    body: Json = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(kw_only=True)
class Ctx(Actor):
    """Everything a handler needs: parsed request parts and the sandbox state.

    The request is also the `Actor` of the changes it makes (its user, address, agent, URL).
    """

    state: State
    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Json
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


def _shaped(fn: Handler) -> Handler:
    """`fn` with its reply shaped by the operation's response schema (`shape.shape`)."""

    def run(ctx: Ctx) -> Any:
        out = fn(ctx)
        if isinstance(out, Reply):
            if out.body is not None:
                out.body = shape(ctx.operation_id, out.body, ctx.state.now())
            return out
        return shape(ctx.operation_id, out, ctx.state.now())

    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


def handler(*operation_ids: str, shaped: bool = False) -> Callable[[Handler], Handler]:
    """Register a function for one or more operationIds (aliases share an implementation).

    `shaped=True` fits the reply to the operation's response schema: plain resources
    store what the client sent and leave the exact reply shape to the spec.
    """

    def register(fn: Handler) -> Handler:
        target = _shaped(fn) if shaped else fn
        for op_id in operation_ids:
            if op_id in HANDLERS:
                raise RuntimeError(f"two handlers for operation {op_id}")
            HANDLERS[op_id] = target
        return fn

    return register
