"""Flow logs: per resource and run, per flow (filtered by time, severity, run), and searched.

Every run writes the same few lines (`domain.runs.log_entries`): started, processed,
failed records when there were any, finished.
"""

from __future__ import annotations

from typing import Any

from ..domain.runs import flow_log_entries, in_window, log_entries, runs_of_resource
from ..registry import Ctx, handler
from ..store import Doc
from .common import must, require_body

LOG_TYPE = {"data_sources": "SOURCE", "data_sets": "DATASET", "data_sinks": "SINK"}


@handler("get_resource_flow_logs")
def resource_flow_logs(ctx: Ctx) -> Doc:
    kind, rid = ctx.path["resource_type"], ctx.path["resource_id"]
    run_id = int(ctx.q("run_id"))
    start = int(ctx.q("from"))
    entries: list[Doc] = []
    for run in runs_of_resource(ctx.state, kind, rid):
        if run["id"] == run_id:
            entries.extend(log_entries(run, LOG_TYPE[kind], rid))
    entries = in_window(entries, start, ctx.q("to"))
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


@handler("get_flow_logs_for_run_id", shaped=True)
def logs_for_run(ctx: Ctx) -> Any:
    return resource_flow_logs(ctx)


def _flow_entries(ctx: Ctx) -> list[Doc]:
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    entries = flow_log_entries(ctx.state, int(node["origin_node_id"]))
    return in_window(entries, ctx.q("from"), ctx.q("to"))


@handler("get_flow_logs", shaped=True)
def flow_logs(ctx: Ctx) -> Any:
    entries = _flow_entries(ctx)
    if ctx.q("severity"):
        entries = [e for e in entries if e["severity"] == str(ctx.q("severity")).upper()]
    if ctx.q("run_id") is not None:
        entries = [e for e in entries if e["run_id"] == ctx.q("run_id")]
    page, per_page = int(ctx.q("page") or 1), int(ctx.q("per_page") or 100)
    return {
        "status": 200,
        "message": "Ok",
        "logs": entries[(page - 1) * per_page : page * per_page],
        "meta": {"current_page": page, "total_count": len(entries)},
    }


@handler("search_flow_logs", shaped=True)
def search_flow_logs(ctx: Ctx) -> Any:
    body = require_body(ctx)
    entries = _flow_entries(ctx)
    if body.get("run_ids"):
        entries = [e for e in entries if e["run_id"] in body["run_ids"]]
    if body.get("severity"):
        wanted = {str(s).upper() for s in body["severity"]}
        entries = [e for e in entries if e["severity"] in wanted]
    if body.get("log_type"):
        wanted = {str(s).upper() for s in body["log_type"]}
        entries = [e for e in entries if e["log_type"] in wanted]
    if body.get("search_string"):
        needle = str(body["search_string"]).lower()
        entries = [e for e in entries if needle in e["log"].lower()]
    if str(ctx.q("sort") or "").lower().endswith("desc"):
        entries.reverse()
    size = int(ctx.q("size") or 100)
    out: Doc = {"status": 200, "message": "Ok", "logs": entries[:size]}
    out["meta"] = {"total_count": len(entries)}
    if ctx.flag("facets"):
        facets: dict[str, dict[str, int]] = {"severity": {}, "log_type": {}}
        for e in entries:
            for key in facets:
                facets[key][e[key]] = facets[key].get(e[key], 0) + 1
        out["facets"] = facets
    return out
