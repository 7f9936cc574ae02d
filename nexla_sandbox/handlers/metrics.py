"""Metrics derived from recorded runs: per resource (daily, per run), per flow, per org
and user (account totals, flow status counts, the last 24 hours), and active flows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain.runs import (
    FLOW_KINDS,
    between,
    data_set_of,
    iso_ms,
    owned_runs,
    runs_of_resource,
    status_counts,
    totals,
)
from ..errors import ApiError
from ..registry import Ctx, handler
from ..state import DEFAULT_ORG_ID
from ..store import Doc
from .common import must


@handler("get_resource_metrics_daily")
def daily(ctx: Ctx) -> Doc:
    kind, rid = ctx.path["resource_type"], ctx.path["resource_id"]
    start = str(ctx.q("from"))
    end = str(ctx.q("to") or "9999-12-31")
    days: dict[str, Doc] = {}
    for run in runs_of_resource(ctx.state, kind, rid):
        if start <= run["day"] <= end:
            day = days.setdefault(
                run["day"], {"time": run["day"], "records": 0, "size": 0, "errors": 0}
            )
            day["records"] += run["records"]
            day["size"] += run["size"]
            day["errors"] += run["errors"]
    return {"status": 200, "metrics": [days[d] for d in sorted(days)]}


@handler("get_resource_metrics_by_run")
def by_run(ctx: Ctx) -> Doc:
    state = ctx.state
    kind, rid = ctx.path["resource_type"], ctx.path["resource_id"]
    runs = runs_of_resource(state, kind, rid)
    key = "lastWritten" if ctx.q("orderby") == "lastWritten" else "runId"
    items = [
        {
            "runId": r["id"],
            "lastWritten": r["epoch_ms"],
            "dataSetId": data_set_of(state, kind, rid),
            "records": r["records"],
            "size": r["size"],
            "errors": r["errors"],
        }
        for r in runs
    ]
    items.sort(key=lambda i: i[key], reverse=True)
    page = int(ctx.q("page") or 1)
    size = int(ctx.q("size") or 20)
    total = len(items)
    return {
        "status": 200,
        "metrics": {
            "data": items[(page - 1) * size : page * size],
            "meta": {"currentPage": page, "pageCount": -(-total // size), "totalCount": total},
        },
    }


@handler("get_flow_metrics", "get_resource_flow_metrics", shaped=True)
def resource_flow_metrics(ctx: Ctx) -> Any:
    kind, rid = str(ctx.path["resource_type"]), int(ctx.path["resource_id"])
    runs = between(runs_of_resource(ctx.state, kind, rid), ctx.q("from"), ctx.q("to"))
    if ctx.q("orderby") == "created_at":
        runs.sort(key=lambda r: r["epoch_ms"], reverse=True)
    else:
        runs.sort(key=lambda r: r["id"], reverse=True)
    page, per_page = int(ctx.q("page") or 1), int(ctx.q("per_page") or 20)
    chunk = runs[(page - 1) * per_page : page * per_page]
    return {
        "status": 200,
        "message": "Ok",
        "metrics": {
            "data": {
                str(r["id"]): {
                    "runId": r["id"],
                    "lastWritten": r["epoch_ms"],
                    "records": r["records"],
                    "size": r["size"],
                    "errors": r["errors"],
                }
                for r in chunk
            },
            "meta": {
                "currentPage": page,
                "pageCount": -(-len(runs) // per_page),
                "totalCount": len(runs),
            },
        },
    }


@handler("get_active_flows_metrics", shaped=True)
def active_flows(ctx: Ctx) -> Any:
    state = ctx.state
    if ctx.q("org_id") is not None:
        must(ctx, "orgs", ctx.q("org_id"))
    active = [n for n in state.store.all("flow_nodes") if n["parent_node_id"] is None]
    active = [n for n in active if n.get("status") == "ACTIVE"]
    runs = between(state.store.all("runs"), ctx.q("from"), ctx.q("to"))
    return {
        "status": 200,
        "message": "Ok",
        "metrics": {"active_flows": len(active), **totals(runs)},
    }


@handler("get_flow_metrics_summary", shaped=True)
def metrics_summary(ctx: Ctx) -> Any:
    period = str(ctx.path["period"])
    days = {"day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30, "monthly": 30}
    if period not in days:
        raise ApiError(400, f"Unknown period {period!r}; use day, week or month")
    state = ctx.state
    today = state.clock.now().date()
    start = (today - dt.timedelta(days=days[period] - 1)).isoformat()
    runs = between(state.store.all("runs"), start, today.isoformat())
    return {
        "status": 200,
        "message": "Ok",
        "metrics": {
            "period": period,
            "from": start,
            "to": today.isoformat(),
            "flows": len({r["origin_node_id"] for r in runs}),
            "runs": len(runs),
            **totals(runs),
        },
    }


def _account_metrics(ctx: Ctx, runs: list[Doc]) -> Doc:
    runs = between(runs, ctx.q("from"), ctx.q("to"))
    if ctx.q("aggregate") == 0:
        days = sorted({r["day"] for r in runs})
        metrics = [
            {
                "data": {
                    k: v
                    for k, v in totals([r for r in runs if r["day"] == d]).items()
                    if k != "errors"
                },
                "start_time": f"{d}T00:00:00Z",
                "end_time": f"{d}T23:59:59Z",
            }
            for d in days
        ]
    else:
        sums = totals(runs)
        metrics = [
            {
                "data": {"records": sums["records"], "size": sums["size"]},
                "start_time": f"{ctx.q('from')}T00:00:00Z",
                "end_time": f"{ctx.q('to') or ctx.state.now()[:10]}T23:59:59Z",
            }
        ]
    return {"status": 200, "metrics": metrics}


@handler("org_account_metrics_total", shaped=True)
def org_account_metrics(ctx: Ctx) -> Any:
    must(ctx, "orgs", ctx.path["org_id"])
    return _account_metrics(ctx, ctx.state.store.all("runs"))


@handler("user_account_metrics_total", shaped=True)
def user_account_metrics(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    return _account_metrics(ctx, owned_runs(ctx.state, user["id"], FLOW_KINDS))


@handler("get_org_flow_status_metrics", shaped=True)
def org_status_metrics(ctx: Ctx) -> Any:
    org = must(ctx, "orgs", ctx.path["org_id"])
    counts = status_counts(ctx.state, None if org["id"] == DEFAULT_ORG_ID else -1)
    return {"status": 200, "message": "Ok", "metrics": counts, "meta": {"org_id": org["id"]}}


@handler("get_user_flow_status_metrics", shaped=True)
def user_status_metrics(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    counts = status_counts(ctx.state, user["id"])
    return {"status": 200, "message": "Ok", "metrics": counts, "meta": {"user_id": user["id"]}}


@handler("user_24_hour_flow_stats", shaped=True)
def dashboard(ctx: Ctx) -> Any:
    """Last 24 hours per resource the user owns, keyed by resource id."""
    state = ctx.state
    user = must(ctx, "users", ctx.path["user_id"])
    since = int(state.clock.now().timestamp() * 1000) - 24 * 3600 * 1000
    runs = [r for r in state.store.all("runs") if r["epoch_ms"] >= since]
    out: Doc = {}
    for label, kind in (
        ("sources", "data_sources"),
        ("datasets", "data_sets"),
        ("sinks", "data_sinks"),
    ):
        per: Doc = {}
        for doc in state.store.all(kind):
            if (doc.get("owner") or {}).get("id") != user["id"]:
                continue
            mine = [r for r in runs if [kind, doc["id"]] in r["resources"]]
            sums = totals(mine)
            sums["status"] = "ERROR" if sums["errors"] else "OK"
            per[str(doc["id"])] = sums
        out[label] = per
    out["start_time"] = iso_ms(since)
    out["end_time"] = state.now()
    return {"status": 200, "metrics": out}


@handler("user_metrics_daily", shaped=True)
def user_daily(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    kind = {"SOURCE": "data_sources", "SINK": "data_sinks"}[str(ctx.q("resource_type"))]
    runs = between(owned_runs(ctx.state, user["id"], (kind,)), ctx.q("from"), ctx.q("to"))
    days: dict[str, Doc] = {}
    for r in runs:
        day = days.setdefault(r["day"], {"time": r["day"], "records": 0, "size": 0, "errors": 0})
        for key in ("records", "size", "errors"):
            day[key] += r[key]
    if ctx.q("aggregate") == 1:
        return {"status": 200, "metrics": [{"time": str(ctx.q("from")), **totals(runs)}]}
    return {"status": 200, "metrics": [days[d] for d in sorted(days)]}
