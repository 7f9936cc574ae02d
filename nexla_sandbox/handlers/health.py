"""Flow health, per flow and for the org: computed from each flow's latest run.

A flow whose latest run had errors is YELLOW, one whose latest run had more than 5%
errors is RED, others GREEN (`domain.runs.health_of`).
"""

from __future__ import annotations

from typing import Any

from ..domain.nodes import origins, owner_id_of
from ..domain.runs import health_of
from ..registry import Ctx, handler
from ..store import Doc
from .common import must


def _org_flows(ctx: Ctx) -> list[Doc]:
    org_id = ctx.q("org_id")
    if org_id is not None:
        must(ctx, "orgs", org_id)
    owner_id = ctx.q("owner_id")
    return [
        health_of(ctx.state, origin_id)
        for origin_id in origins(ctx.state)
        if owner_id is None or owner_id_of(ctx.state, origin_id) == owner_id
    ]


@handler("get_flow_health", shaped=True)
def flow_health(ctx: Ctx) -> Any:
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    return health_of(ctx.state, int(node["origin_node_id"]))


@handler("get_org_health_summary", shaped=True)
def org_health(ctx: Ctx) -> Any:
    flows = _org_flows(ctx)
    out: Doc = {"status": 200, "message": "Ok"}
    for color in ("GREEN", "YELLOW", "RED"):
        out[color] = sum(1 for f in flows if f["healthStatus"] == color)
    return out


@handler("get_org_health_flows", shaped=True)
def org_health_flows(ctx: Ctx) -> Any:
    flows = _org_flows(ctx)
    if ctx.q("health_status"):
        flows = [f for f in flows if f["healthStatus"] == ctx.q("health_status")]
    key = str(ctx.q("sort_by") or "origin_node_id")
    flows.sort(key=lambda f: (f.get(key) is None, str(f.get(key))))
    if ctx.q("sort_order") == "desc":
        flows.reverse()
    page, size = int(ctx.q("page") or 1), int(ctx.q("size") or 20)
    chunk = flows[(page - 1) * size : page * size]
    return {
        "status": 200,
        "message": "Ok",
        "data": chunk,
        "flows": chunk,
        "meta": {
            "currentPage": page,
            "pageCount": -(-len(flows) // size),
            "totalCount": len(flows),
        },
    }
