"""Loopback-only admin API under `/_sandbox/`, outside the spec'd paths.

Tests and demos use it to change faults at run time, advance the clock, snapshot and
reset state, and trigger flow runs. Any client not on a loopback address gets 403.
"""

from __future__ import annotations

import ipaddress
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import State, public


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


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


def admin_routes(state: State) -> list[Route]:
    async def guard(request: Request) -> tuple[dict[str, Any] | None, Response | None]:
        if not is_loopback(request.client.host if request.client else None):
            return None, JSONResponse(
                {"message": "The sandbox admin API only answers loopback clients", "status": 403},
                403,
            )
        raw = await request.body()
        if not raw:
            return {}, None
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            return None, JSONResponse({"message": "Body must be JSON", "status": 400}, 400)
        if not isinstance(data, dict):
            return None, JSONResponse({"message": "Body must be an object", "status": 400}, 400)
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
        state.reset()
        state.faults.configure({}, replace=True)
        if data.get("seed_data"):
            from .seed import seed_demo

            seed_demo(state)
        return JSONResponse(snapshot(state))

    async def clock(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        assert data is not None
        state.clock.advance(float(data.get("advance", 0)))
        return JSONResponse({"now": state.now(), "slept": state.clock.slept})

    async def run(request: Request) -> Response:
        data, refused = await guard(request)
        if refused is not None:
            return refused
        from .handlers.flows import record_run

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
