"""Loopback-only admin API under `/_sandbox/`, outside the spec'd paths.

Tests and demos use it to change faults at run time, advance the clock, snapshot and
reset state, and trigger flow runs. It needs no credentials, so it only answers requests
that cannot come from somewhere else: a client on a loopback address, a `Host` naming a
loopback host and the port the sandbox listens on (a DNS-rebinding page has its own host
name there), and no `Origin` other than a loopback one (a page in the user's browser on
another site sends its own). Anything else gets 403 before the body is read; bodies are
typed (a bad value is a 400 and changes nothing).
"""

from __future__ import annotations

import ipaddress
import json
import math
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .domain.runs import record_run
from .seed import seed_demo
from .state import State, public


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def _host_port(netloc: str, default_port: int) -> tuple[str, int] | None:
    """`("127.0.0.1", 8080)` from `127.0.0.1:8080`; None if it does not parse."""
    try:
        parts = urlsplit(f"//{netloc}")
        port = parts.port
    except ValueError:
        return None
    if parts.hostname is None or parts.username is not None or parts.password is not None:
        return None
    return parts.hostname.lower(), default_port if port is None else port


def same_host_refusal(request: Request) -> str | None:
    """Why a request may come from a browser page on another site, or None if it cannot."""
    server = request.scope.get("server")
    host = _host_port(request.headers.get("host", ""), 80)
    if host is None or host[0] not in LOOPBACK_NAMES:
        return "Host must be a loopback name (127.0.0.1, localhost or [::1])"
    if server and server[1] is not None and host[1] != server[1]:
        return f"Host must name the sandbox's port {server[1]}"
    origin = request.headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        where = _host_port(parts.netloc, 443 if parts.scheme == "https" else 80)
        if parts.scheme not in ("http", "https") or where is None or where[0] not in LOOPBACK_NAMES:
            return "cross-origin requests are refused"
    return None


def snapshot(state: State) -> dict[str, Any]:
    """What exists now (built-ins excluded), for "nothing left behind" assertions."""
    store = state.store
    counts = store.kinds()
    resources = {
        kind: [d["id"] for d in store.all(kind) if not d.get("_builtin")] for kind in sorted(counts)
    }
    return {
        "counts": counts,
        "resources": resources,
        "audit_entries": store.audit_count(),
        "faults": state.faults.config.to_json(),
        "injected": dict(state.faults.injected),
        "now": state.now(),
    }


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def bad_request(message: str) -> Response:
    return JSONResponse({"message": message, "status": 400}, 400)


def admin_routes(state: State) -> list[Route]:
    async def guard(request: Request) -> tuple[dict[str, Any] | None, Response | None]:
        if not is_loopback(request.client.host if request.client else None):
            return None, JSONResponse(
                {"message": "The sandbox admin API only answers loopback clients", "status": 403},
                403,
            )
        why = same_host_refusal(request)
        if why is not None:
            return None, JSONResponse({"message": f"Sandbox admin API: {why}", "status": 403}, 403)
        raw = await request.body()
        if not raw:
            return {}, None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return None, bad_request("Body must be JSON")
        if not isinstance(data, dict):
            return None, bad_request("Body must be an object")
        return data, None

    async def faults(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        assert data is not None
        if request.method in ("PUT", "POST"):
            try:
                state.faults.configure(data, replace=request.method == "POST")
            except (TypeError, ValueError) as exc:
                return JSONResponse({"message": str(exc), "status": 400}, 400)
        elif request.method == "DELETE":
            state.faults.configure({}, replace=True)
        return JSONResponse(state.faults.config.to_json())

    async def state_view(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        return JSONResponse(snapshot(state))

    async def dump(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        kind = request.path_params["kind"]
        return JSONResponse([public(d) for d in state.store.all(kind)])

    async def reset(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        assert data is not None
        seed_data = data.get("seed_data", False)
        if set(data) - {"seed_data"} or not isinstance(seed_data, bool):
            return bad_request('the body is {"seed_data": true|false} (or empty)')
        state.reset()
        state.faults.configure({}, replace=True)
        if seed_data:
            seed_demo(state)
        return JSONResponse(snapshot(state))

    async def clock(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        assert data is not None
        advance = data.get("advance", 0)
        if set(data) - {"advance"} or not _is_number(advance):
            return bad_request('the body is {"advance": <seconds, a finite number>}')
        try:
            state.clock.advance(float(advance))
        except ValueError as exc:
            return bad_request(str(exc))
        return JSONResponse({"now": state.now(), "slept": state.clock.slept})

    async def run(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        with state.store.transaction():
            try:
                result = record_run(state, int(request.path_params["flow_id"]))
            except LookupError as exc:
                return JSONResponse({"message": str(exc), "status": 404}, 404)
        return JSONResponse(result)

    async def info(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        return JSONResponse(
            {
                "service_key": state.settings.service_key,
                "db": state.store.path,
                "discovery_polls": state.settings.discovery_polls,
                "async_task_polls": state.settings.async_task_polls,
            }
        )

    return [
        Route("/_sandbox/faults", faults, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/_sandbox/state", state_view, methods=["GET"]),
        Route("/_sandbox/state/{kind}", dump, methods=["GET"]),
        Route("/_sandbox/reset", reset, methods=["POST"]),
        Route("/_sandbox/clock", clock, methods=["POST"]),
        Route("/_sandbox/flows/{flow_id:int}/run", run, methods=["POST"]),
        Route("/_sandbox/info", info, methods=["GET"]),
    ]
