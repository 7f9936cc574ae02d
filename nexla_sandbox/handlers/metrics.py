"""Daily metrics, per-run summaries and flow logs, all derived from recorded runs."""

from __future__ import annotations

from typing import Any

from ..registry import Ctx, handler
from ..state import State
from ..store import Doc

SHARE = {"data_sources": 1.0, "data_sets": 1.0, "data_sinks": 1.0}
LOG_TYPE = {"data_sources": "SOURCE", "data_sets": "DATASET", "data_sinks": "SINK"}


def _runs(state: State, kind: str, resource_id: int) -> list[Doc]:
    state.must(kind, resource_id)
    return [r for r in state.store.all("runs") if [kind, resource_id] in r["resources"]]


def _data_set_id(state: State, kind: str, resource_id: int) -> int | None:
    if kind == "data_sets":
        return resource_id
    if kind == "data_sinks":
        sink = state.store.get("data_sinks", resource_id)
        return int(sink["data_set_id"]) if sink and sink.get("data_set_id") else None
    nexsets = [n for n in state.store.all("data_sets") if n.get("data_source_id") == resource_id]
    return nexsets[0]["id"] if nexsets else None


@handler("get_resource_metrics_daily")
def daily(ctx: Ctx) -> Doc:
    kind, rid = ctx.path["resource_type"], ctx.path["resource_id"]
    start = str(ctx.q("from"))
    end = str(ctx.q("to") or "9999-12-31")
    days: dict[str, Doc] = {}
    for run in _runs(ctx.state, kind, rid):
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
    runs = _runs(state, kind, rid)
    key = "lastWritten" if ctx.q("orderby") == "lastWritten" else "runId"
    items = [
        {
            "runId": r["id"],
            "lastWritten": r["epoch_ms"],
            "dataSetId": _data_set_id(state, kind, rid),
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


@handler("get_resource_flow_logs")
def flow_logs(ctx: Ctx) -> Doc:
    state = ctx.state
    kind, rid = ctx.path["resource_type"], ctx.path["resource_id"]
    run_id = int(ctx.q("run_id"))
    start = int(ctx.q("from"))
    end = int(ctx.q("to") or 2**53)
    entries: list[dict[str, Any]] = []
    for run in _runs(state, kind, rid):
        if run["id"] != run_id:
            continue
        t = run["epoch_ms"]
        rtype = LOG_TYPE[kind]
        lines = [
            (t, "EVENT", "INFO", f"Run {run_id} started"),
            (t + 1000, "LOG", "INFO", f"Processed {run['records']} records ({run['size']} bytes)"),
        ]
        if run["errors"]:
            lines.append((t + 1500, "LOG", "ERROR", f"{run['errors']} record(s) failed validation"))
        lines.append((t + 2000, "EVENT", "INFO", f"Run {run_id} finished"))
        entries.extend(
            {
                "timestamp": ts,
                "log": text,
                "log_type": log_type,
                "severity": severity,
                "resource_id": rid,
                "resource_type": rtype,
                "run_id": run_id,
                "details": {"origin_node_id": run["origin_node_id"]},
            }
            for ts, log_type, severity, text in lines
            if start <= ts <= end
        )
    page = int(ctx.q("page") or 1)
    per_page = int(ctx.q("per_page") or 100)
    total = len(entries)
    return {
        "status": 200,
        "message": "Ok",
        "logs": {
            "data": entries[(page - 1) * per_page : page * per_page],
            "meta": {
                "org_id": 1,
                "run_id": run_id,
                "current_page": page,
                "pages_count": -(-total // per_page),
                "total_count": total,
            },
        },
    }
