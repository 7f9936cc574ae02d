"""Starlette application: routes from the spec, openapi-core validation, auth, faults.

Request path: body cap (413) -> route (literal paths first) -> injected latency / 429 /
random 5xx -> bearer or service-key check -> body read (never before authentication) ->
openapi-core request validation -> "fail before" fault ->
handler inside one store transaction -> "fail after" fault -> response validation.
A handler reply that does not match the spec becomes a 500 naming the mismatch, so the
sandbox cannot drift away from spec/ unnoticed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from openapi_core.datatypes import RequestParameters
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.security.exceptions import SecurityNotFound
from openapi_core.validation.request.exceptions import SecurityValidationError
from starlette.applications import Starlette
from starlette.datastructures import Headers, ImmutableMultiDict
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import codec
from . import handlers as _handlers  # noqa: F401 - registers every handler
from .admin import admin_routes
from .fastcheck import FastCheck, Parsed
from .limits import BodyLimit, read_body
from .registry import HANDLERS, ApiError, Ctx, Reply
from .shape import prune_reply
from .spec import Operation, SandboxSpec, load_spec, route_sort_key
from .state import State

log = logging.getLogger("nexla_sandbox")
Endpoint = Callable[[Request], Awaitable[Response]]


class _OpenAPIRequest:
    """openapi-core's request protocol over a Starlette request (HEAD validated as GET)."""

    def __init__(self, request: Request, body: bytes, method: str) -> None:
        self.request = request
        self._body = body
        self._method = method
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.query_params),
            header=request.headers,
            cookie=request.cookies,
        )

    @property
    def host_url(self) -> str:
        return str(self.request.base_url).rstrip("/")

    @property
    def path(self) -> str:
        return self.request.url.path

    @property
    def method(self) -> str:
        return self._method

    @property
    def body(self) -> bytes | None:
        return self._body or None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type") or "application/octet-stream"


class _OpenAPIResponse:
    def __init__(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        self.status_code = status
        self.data = data
        self.headers = Headers(headers)
        self.content_type = headers.get("content-type", "")


def _safe_str(exc: BaseException) -> str:
    """str() of an openapi-core error; some raise on non-UTF-8 input."""
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - any failure here just means "unprintable"
        return exc.__class__.__name__


def _error_details(exc: BaseException) -> list[dict[str, str]]:
    cause = exc.__cause__
    details: list[dict[str, str]] = []
    name = getattr(exc, "name", None)
    for err in getattr(cause, "schema_errors", None) or []:
        parts = [str(p) for p in getattr(err, "absolute_path", [])]
        if isinstance(name, str):
            parts.insert(0, name)
        field = ".".join(parts) or "(root)"
        details.append({"field": field, "message": _safe_str(err.message)[:500]})
    if not details and isinstance(name, str):
        details.append({"field": name, "message": _safe_str(cause or exc)[:500]})
    return details


def error_response(err: ApiError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status, headers=err.headers)


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def _caller(request: Request) -> str:
    """Whose rate-limit bucket a request draws from: its credential, else its address."""
    return (
        request.headers.get("authorization")
        or request.query_params.get("api_key")
        or _client_ip(request)
    )


class SandboxApp:
    """Builds the Starlette app for one State (one per sandbox server)."""

    def __init__(
        self, state: State, spec: SandboxSpec | None = None, *, only_implemented: bool = False
    ) -> None:
        self.state = state
        self.spec = spec or load_spec()
        # Contract runs serve only what has a handler, matching the spec they fuzz.
        self.only_implemented = only_implemented
        self.fast = FastCheck(self.spec.doc)

    # -- auth ------------------------------------------------------------------------
    def _authenticate(self, op: Operation, request: Request) -> int:
        """The caller's user id, or raise 401. `[]` security means an open operation."""
        if not op.security:
            return 0
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        value = value.strip()
        for requirement in op.security:
            names = set(requirement)
            if "bearerAuth" in names and scheme.lower() == "bearer" and value:
                found = self.state.store.token(value)
                if found is None:
                    raise ApiError(401, "Invalid or unknown access token")
                user_id, expires_at = found
                if expires_at <= self.state.clock.timestamp():
                    raise ApiError(401, "Access token expired")
                return user_id
            if "serviceKeyBasic" in names and scheme.lower() == "basic" and value:
                if value != self.state.settings.service_key:
                    raise ApiError(401, "Authentication failed: unknown service key")
                return 1
            if names & {"webhookApiKey", "webhookBasic"}:
                key = request.query_params.get("api_key")
                if key is None and scheme.lower() == "basic" and value:
                    with contextlib.suppress(ValueError, UnicodeDecodeError):
                        key = base64.b64decode(value, validate=True).decode()
                if key:
                    request.state.api_key = key
                    return 0
        raise ApiError(401, "Authentication required")

    # -- validation ------------------------------------------------------------------
    def _validate_request(self, oreq: _OpenAPIRequest) -> Any:
        try:
            result = self.spec.openapi.unmarshal_request(oreq)
        except Exception as exc:  # noqa: BLE001 - openapi-core bugs must not kill the request
            raise ApiError(500, f"request validation crashed: {_safe_str(exc)}") from exc
        if not result.errors:
            return result
        errors = list(result.errors)
        first = errors[0]
        if isinstance(first, SecurityValidationError) or isinstance(
            first.__cause__, SecurityNotFound
        ):
            raise ApiError(401, "Authentication required")
        for err in errors:
            if isinstance(err.__cause__, MediaTypeNotFound) or isinstance(err, MediaTypeNotFound):
                raise ApiError(415, f"Unsupported Content-Type {oreq.content_type!r}")
        details = [d for err in errors for d in _error_details(err)]
        kind = first.__class__.__name__
        status = 422 if kind == "InvalidRequestBody" else 400
        message = "; ".join(f"{d['field']}: {d['message']}" for d in details[:5]) or _safe_str(
            first
        )
        raise ApiError(status, f"Invalid request: {message}", errors=details or None)

    def _check_response(
        self,
        oreq: _OpenAPIRequest,
        op: Operation,
        status: int,
        data: bytes,
        headers: dict[str, str],
    ) -> str | None:
        if not self.state.settings.validate_responses:
            return None
        if self.fast.reply_ok(op, status, headers.get("content-type", ""), data):
            return None
        try:
            errors = list(
                self.spec.openapi.iter_response_errors(
                    oreq, _OpenAPIResponse(status, data, headers)
                )
            )
        except Exception as exc:  # noqa: BLE001 - report instead of crashing
            return f"response validation crashed: {_safe_str(exc)}"
        if not errors:
            return None
        parts: list[str] = []
        for err in errors:
            cause = err.__cause__
            inner = getattr(cause, "schema_errors", None)
            if inner:
                parts.extend(
                    f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
                    for e in inner[:5]
                )
            else:
                parts.append(f"{err.__class__.__name__}: {_safe_str(cause or err)}")
        return "; ".join(parts)[:2000]

    # -- dispatch --------------------------------------------------------------------
    def endpoint_for(self, path: str, ops: dict[str, Operation]) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            method = request.method.lower()
            op = ops.get("get" if method == "head" else method)
            if op is None:  # Route methods come from `ops`, so only exotic cases land here
                allow = ", ".join(sorted(m.upper() for m in ops))
                raise HTTPException(405, headers={"Allow": allow})
            return await self.dispatch(request, op)

        return endpoint

    async def dispatch(self, request: Request, op: Operation) -> Response:
        state = self.state
        faults = state.faults
        body = b""
        oreq = _OpenAPIRequest(request, body, op.method)
        try:
            if faults.config.latency_ms > 0:
                await state.clock.sleep(faults.config.latency_ms / 1000)
            retry_after = faults.take_rate_limit(_caller(request))
            if retry_after is not None:
                raise ApiError(
                    429,
                    "Rate limit exceeded, retry later",
                    headers={"Retry-After": str(retry_after)},
                )
            random_status = faults.take_random_error()
            if random_status is not None:
                raise ApiError(random_status, "Injected server error (sandbox fault)")
            user_id = self._authenticate(op, request)
            body = await read_body(request)  # only once authenticated
            oreq = _OpenAPIRequest(request, body, op.method)
            parsed = self.fast.request(
                op, request.path_params, request.query_params, oreq.content_type, body
            )
            if parsed is None:  # invalid, or a shape only openapi-core handles
                result = self._validate_request(oreq)
                parsed = Parsed(dict(result.parameters.path), dict(result.parameters.query))
            failure = faults.take_op_failure(op.operation_id)
            if failure is not None and failure.when == "before":
                raise ApiError(failure.status, f"Injected failure of {op.operation_id} (before)")
            fn = HANDLERS.get(op.operation_id)
            if fn is None:
                raise ApiError(
                    501, f"Operation {op.operation_id} is not implemented by the sandbox"
                )
            ctx = Ctx(
                state=state,
                operation_id=op.operation_id,
                path=parsed.path,
                query=parsed.query,
                body=self._json_body(body),
                user_id=user_id,
                request_ip=_client_ip(request),
                user_agent=request.headers.get("user-agent", ""),
                url=str(request.url),
                raw_query=dict(request.query_params),
            )
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer":
                ctx.token = token.strip()
            if hasattr(request.state, "api_key"):
                ctx.raw_query["api_key"] = request.state.api_key
            with state.store.transaction():
                out = fn(ctx)
            if failure is not None and failure.when == "after":
                raise ApiError(
                    failure.status, f"Injected failure of {op.operation_id} (after commit)"
                )
            reply = out if isinstance(out, Reply) else Reply(body=out)
            if 200 <= reply.status < 300:
                # Only what the spec declares goes on the wire (no sandbox-private keys).
                reply.body = prune_reply(op.operation_id, reply.status, reply.body, state.now())
        except ApiError as err:
            reply = Reply(body=err.body(), status=err.status, headers=err.headers)
        except Exception as exc:
            log.exception("handler for %s crashed", op.operation_id)
            reply = Reply(
                body={"message": f"Internal error in {op.operation_id}: {exc!r}", "status": 500},
                status=500,
            )
        return self._respond(oreq, op, reply, head=request.method == "HEAD")

    @staticmethod
    def _json_body(body: bytes) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None

    def _respond(self, oreq: _OpenAPIRequest, op: Operation, reply: Reply, head: bool) -> Response:
        headers = dict(reply.headers)
        if reply.status == 204 or (reply.body is None and reply.status < 300):
            data = b""
            status = 204 if reply.body is None else reply.status
        else:
            data = codec.dumps(reply.body)
            headers["content-type"] = "application/json"
            status = reply.status
        # 413, 415 and 501 are the sandbox's own answers, not part of the API contract.
        skip = status in (413, 415, 501)
        problem = None if skip else self._check_response(oreq, op, status, data, headers)
        if problem is not None:
            log.error("response of %s does not match the spec: %s", op.operation_id, problem)
            body = {
                "message": f"Sandbox response for {op.operation_id} ({status}) "
                f"does not match the spec: {problem}",
                "status": 500,
            }
            return JSONResponse(body, status_code=500)
        if head:
            data = b""
        return Response(data, status_code=status, headers=headers)

    # -- app -------------------------------------------------------------------------
    def build(self) -> Starlette:
        routes: list[Route] = list(admin_routes(self.state))
        for path in sorted(self.spec.operations, key=route_sort_key):
            ops = self.spec.operations[path]
            if self.only_implemented:
                ops = {m: o for m, o in ops.items() if o.operation_id in HANDLERS}
                if not ops:
                    continue
            methods = sorted(m.upper() for m in ops)
            routes.append(Route(path, self.endpoint_for(path, ops), methods=methods))

        async def http_error(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, HTTPException)
            message = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, exc.detail)
            if exc.status_code == 404:
                message = f"No route for {request.method} {request.url.path}"
            return JSONResponse(
                {"message": message, "status": exc.status_code},
                status_code=exc.status_code,
                headers=exc.headers,
            )

        async def crash(request: Request, exc: Exception) -> Response:
            return JSONResponse({"message": f"Internal error: {exc!r}", "status": 500}, 500)

        app = Starlette(
            routes=routes,
            middleware=[Middleware(BodyLimit, max_bytes=self.state.settings.max_body_bytes)],
            exception_handlers={HTTPException: http_error, Exception: crash},
        )
        app.state.sandbox = self.state
        return app


def create_app(
    state: State, spec: SandboxSpec | None = None, *, only_implemented: bool = False
) -> Starlette:
    return SandboxApp(state, spec, only_implemented=only_implemented).build()
