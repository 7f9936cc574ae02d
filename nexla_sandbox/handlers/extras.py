"""Copies (sources, nexsets, destinations, transforms, whole flows), credential previews,
nexset doc recommendations, flow health and the account/flow metrics.

Copies go through the same create paths as new resources, so a copied source gets its
own flow and, like any source, its nexset is detected on polling (a copied flow is
rebuilt at once: source, detected nexset, derived nexsets, destinations). Health and
metrics are computed from recorded runs: a flow whose latest run had errors is YELLOW,
one whose latest run had more than 5% errors is RED, others GREEN.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..connectors import probe_tree
from ..registry import ApiError, Ctx
from ..state import DEFAULT_ORG_ID, State, require_body
from ..store import Doc
from .generic import create_doc, must, shaped_handler

COPY_SKIP = ("id", "owner", "org", "access_roles", "created_at", "updated_at", "status")


def _with_body(ctx: Ctx, body: Doc) -> Ctx:
    return dataclasses.replace(ctx, body=body)


def _copy_access(ctx: Ctx, kind: str, original: Doc, new_id: int) -> None:
    options = ctx.body if isinstance(ctx.body, dict) else {}
    if options.get("copy_access_controls"):
        doc = ctx.state.must(kind, new_id)
        doc["_accessors"] = list(original.get("_accessors") or [])
        ctx.state.save(kind, doc)


def _credential_for(ctx: Ctx, cred_id: Any) -> Any:
    """The credential a copy uses: the same one, or a copy when `reuse_data_credentials` is false."""
    from .credentials import create_credential

    options = ctx.body if isinstance(ctx.body, dict) else {}
    if cred_id is None or options.get("reuse_data_credentials", True):
        return cred_id
    cred = must(ctx, "data_credentials", cred_id)
    copy = create_credential(
        _with_body(
            ctx,
            {
                "name": f"{cred['name']} (copy)",
                "credentials_type": cred["credentials_type"],
                "credentials": cred.get("_credentials") or {},
            },
        )
    )
    return copy["id"]


def copy_source_doc(ctx: Ctx, original: Doc) -> Doc:
    from .sources import create_source

    body: Doc = {
        "name": f"{original['name']} (copy)",
        "source_type": original["source_type"],
        "source_config": original.get("source_config"),
    }
    cred = _credential_for(ctx, original.get("data_credentials_id"))
    if cred is not None:
        body["data_credentials_id"] = cred
    for key in ("description", "ingest_method", "template_config", "tags"):
        if original.get(key) is not None:
            body[key] = original[key]
    out = create_source(_with_body(ctx, body))
    doc = ctx.state.must("data_sources", out["id"])
    doc["copied_from_id"] = original["id"]
    ctx.state.store.put("data_sources", doc)
    _copy_access(ctx, "data_sources", original, out["id"])
    return doc


def _copy_sink_doc(ctx: Ctx, original: Doc, data_set_id: int) -> Doc:
    from .destinations import create_sink

    body: Doc = {
        "name": f"{original['name']} (copy)",
        "sink_type": original["sink_type"],
        "data_set_id": data_set_id,
        "data_credentials_id": _credential_for(ctx, original.get("data_credentials_id")),
        "sink_config": original.get("sink_config"),
    }
    if original.get("description") is not None:
        body["description"] = original["description"]
    out = create_sink(_with_body(ctx, body))
    doc = ctx.state.must("data_sinks", out["id"])
    doc["copied_from_id"] = original["id"]
    ctx.state.store.put("data_sinks", doc)
    _copy_access(ctx, "data_sinks", original, out["id"])
    return doc


def _copy_nexset_doc(ctx: Ctx, original: Doc, parent_id: int) -> Doc:
    from .nexsets import create_nexset

    body: Doc = {"name": f"{original['name']} (copy)", "parent_data_set_id": parent_id}
    for key in (
        "description",
        "transform_id",
        "transform",
        "has_custom_transform",
        "custom_config",
        "tags",
    ):
        if original.get(key) is not None:
            body[key] = original[key]
    out = create_nexset(_with_body(ctx, body))
    doc = ctx.state.must("data_sets", out["id"])
    doc["copied_from_id"] = original["id"]
    ctx.state.store.put("data_sets", doc)
    _copy_access(ctx, "data_sets", original, out["id"])
    return doc


@shaped_handler("copy_source")
def copy_source(ctx: Ctx) -> Any:
    from .sources import render

    original = must(ctx, "data_sources", ctx.path["source_id"])
    return render(ctx.state, copy_source_doc(ctx, original))


@shaped_handler("copy_data_sink_source")
def copy_sink(ctx: Ctx) -> Any:
    from .destinations import render

    original = must(ctx, "data_sinks", ctx.path["sink_id"])
    return render(ctx.state, _copy_sink_doc(ctx, original, int(original["data_set_id"])))


@shaped_handler("copy_nexset")
def copy_nexset(ctx: Ctx) -> Any:
    """A derived nexset is copied under the same parent; a detected one under itself."""
    from .nexsets import render

    original = must(ctx, "data_sets", ctx.path["set_id"])
    parent = original.get("parent_data_set_id") or original["id"]
    return render(ctx.state, _copy_nexset_doc(ctx, original, int(parent)))


@shaped_handler("copy_transform")
def copy_transform(ctx: Ctx) -> Any:
    from .transforms import render

    original = must(ctx, "transforms", ctx.path["transform_id"])
    fields = {k: v for k, v in original.items() if k not in COPY_SKIP and not k.startswith("_")}
    fields.update(
        {
            "name": f"{original['name']} (copy)",
            "copied_from_id": original["id"],
            "managed": False,
            "public": False,
        }
    )
    return render(ctx.state, create_doc(ctx, "transforms", fields))


@shaped_handler("flow_copy_with_flow_id")
def copy_flow(ctx: Ctx) -> Any:
    """The whole tree of the flow: source, detected nexset, derived nexsets, destinations."""
    from .flows import flow_response, nodes_in, resource_of
    from .sources import discover

    state = ctx.state
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    nodes = sorted(nodes_in(state, int(node["origin_node_id"])), key=lambda n: n["id"])
    origin = next(n for n in nodes if n["id"] == node["origin_node_id"])
    found = resource_of(state, origin)
    if found is None or found[0] != "data_sources":
        raise ApiError(400, f"Flow {origin['id']} has no source to copy")
    new_source = copy_source_doc(ctx, found[1])
    detected = discover(state, new_source)
    mapped: dict[int, int] = {}
    for n in nodes:
        res = resource_of(state, n)
        if res is None:
            continue
        kind, doc = res
        if kind == "data_sets" and not doc.get("parent_data_set_id") and detected is not None:
            mapped[doc["id"]] = detected["id"]
        elif kind == "data_sets" and int(doc["parent_data_set_id"]) in mapped:
            copy = _copy_nexset_doc(ctx, doc, mapped[int(doc["parent_data_set_id"])])
            mapped[doc["id"]] = copy["id"]
        elif kind == "data_sinks" and int(doc.get("data_set_id") or 0) in mapped:
            _copy_sink_doc(ctx, doc, mapped[int(doc["data_set_id"])])
    new_origin = int(state.must("flow_nodes", int(new_source["_flow_node_id"]))["origin_node_id"])
    return flow_response(state, [new_origin], flows_only=False, include_metrics=False)


# -- credential previews ---------------------------------------------------------------
def _probed(ctx: Ctx) -> Doc:
    from .credentials import probe_ok

    cred = must(ctx, "data_credentials", ctx.path["credential_id"])
    if not probe_ok(cred):
        raise ApiError(
            400,
            f"Credential probe failed: could not connect with credential {cred['id']}",
            resource_type="data_credentials",
            resource_id=cred["id"],
        )
    return cred


def _async_reply(ctx: Ctx, cred: Doc) -> Doc | None:
    if ctx.flag("async") and ctx.q("request_id") is None:
        return {
            "status": "pending",
            "message": "Probe queued",
            "request_id": cred["id"],
            "progress": 0.0,
            "request_started_at": ctx.state.now(),
        }
    return None


@shaped_handler("preview_connector_content")
def preview_content(ctx: Ctx) -> Any:
    from .sources import default_records

    cred = _probed(ctx)
    pending = _async_reply(ctx, cred)
    if pending is not None:
        return pending
    body = require_body(ctx)
    path = str(body.get("path") or "/")
    records = default_records(cred["id"], 5)
    now = ctx.state.now()
    return {
        "status": "ok",
        "message": f"{len(records)} sample records from {path}",
        "connection_type": cred["credentials_type"],
        "output": {"path": path, "format": "json", "data": records},
        "request_id": ctx.q("request_id"),
        "progress": 1.0,
        "request_started_at": now,
        "request_completed_at": now,
    }


@shaped_handler("preview_storage_structure")
def preview_tree(ctx: Ctx) -> Any:
    cred = _probed(ctx)
    pending = _async_reply(ctx, cred)
    if pending is not None:
        return pending
    body = require_body(ctx)
    depth = max(0, min(int(body.get("depth") or 1), 3))
    root = str(body.get("path") or body.get("database") or "/")
    now = ctx.state.now()
    return {
        "status": "ok",
        "message": f"Listed {root} to depth {depth}",
        "connection_type": cred["credentials_type"],
        "object": probe_tree(
            cred["credentials_type"], root, depth, int(ctx.state.clock.timestamp() * 1000)
        ),
        "request_id": ctx.q("request_id"),
        "progress": 1.0,
        "request_started_at": now,
        "request_completed_at": now,
    }


# -- nexset docs recommendation --------------------------------------------------------
@shaped_handler("data_set_docs_recommendation")
def nexset_docs_recommendation(ctx: Ctx) -> Any:
    from .genai import active_setting

    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    if active_setting(ctx.state, "gen_docs") is None:
        raise ApiError(
            422,
            "No GenAI configuration is active for documentation (gen_docs or all); "
            "create one with POST /gen_ai_org_settings",
        )
    props = ((nexset.get("output_schema") or {}).get("properties") or {}).items()
    lines = [f"- `{name}` ({(spec or {}).get('type', 'string')})" for name, spec in props]
    text = f"# {nexset.get('name')}\n\nFields:\n" + ("\n".join(lines) or "- (no fields yet)")
    return {
        "status": "success",
        "recommendation": text,
        "output": {"response": text, "statusCode": 200, "errorMessage": None},
    }


# -- health ----------------------------------------------------------------------------
def _runs(state: State, origin_id: int) -> list[Doc]:
    return [r for r in state.store.all("runs") if r["origin_node_id"] == origin_id]


def _origins(state: State) -> list[int]:
    return sorted({int(n["origin_node_id"]) for n in state.store.all("flow_nodes")})


def health_of(state: State, origin_id: int) -> Doc:
    runs = _runs(state, origin_id)
    latest = runs[-1] if runs else None
    status = "GREEN"
    if latest is not None and latest["errors"]:
        status = "RED" if latest["errors"] > 0.05 * latest["records"] else "YELLOW"
    return {
        "origin_node_id": origin_id,
        "healthStatus": status,
        "latestErrorCount": latest["errors"] if latest else 0,
        "latestRecordCount": latest["records"] if latest else 0,
        "latestRunId": latest["id"] if latest else None,
        "errorSummary": (
            {"errors": latest["errors"], "message": "record(s) failed validation"}
            if latest and latest["errors"]
            else None
        ),
        "updatedAtEpoch": latest["epoch_ms"] if latest else None,
    }


def _org_flows(ctx: Ctx) -> list[Doc]:
    org_id = ctx.q("org_id")
    if org_id is not None:
        must(ctx, "orgs", org_id)
    owner_id = ctx.q("owner_id")
    out = []
    for origin_id in _origins(ctx.state):
        if owner_id is not None:
            from .flows import resource_of

            node = ctx.state.store.get("flow_nodes", origin_id) or {}
            found = resource_of(ctx.state, node)
            if found is None or (found[1].get("owner") or {}).get("id") != owner_id:
                continue
        out.append(health_of(ctx.state, origin_id))
    return out


@shaped_handler("get_flow_health")
def flow_health(ctx: Ctx) -> Any:
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    return health_of(ctx.state, int(node["origin_node_id"]))


@shaped_handler("get_org_health_summary")
def org_health(ctx: Ctx) -> Any:
    flows = _org_flows(ctx)
    out: Doc = {"status": 200, "message": "Ok"}
    for color in ("GREEN", "YELLOW", "RED"):
        out[color] = sum(1 for f in flows if f["healthStatus"] == color)
    return out


@shaped_handler("get_org_health_flows")
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


# -- metrics ---------------------------------------------------------------------------
def _between(runs: list[Doc], start: Any, end: Any) -> list[Doc]:
    lo, hi = str(start or "0000-01-01"), str(end or "9999-12-31")
    return [r for r in runs if lo <= r["day"] <= hi]


def _resource_runs(ctx: Ctx) -> list[Doc]:
    kind, rid = str(ctx.path["resource_type"]), int(ctx.path["resource_id"])
    must(ctx, kind, rid)
    return [r for r in ctx.state.store.all("runs") if [kind, rid] in r["resources"]]


@shaped_handler("get_flow_metrics", "get_resource_flow_metrics")
def resource_flow_metrics(ctx: Ctx) -> Any:
    runs = _between(_resource_runs(ctx), ctx.q("from"), ctx.q("to"))
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


@shaped_handler("get_flow_logs_for_run_id")
def logs_for_run(ctx: Ctx) -> Any:
    from .metrics import flow_logs

    return flow_logs(ctx)


def _flow_log_entries(state: State, origin_id: int) -> list[Doc]:
    entries: list[Doc] = []
    for run in _runs(state, origin_id):
        t = run["epoch_ms"]
        lines = [
            (t, "EVENT", "INFO", f"Run {run['id']} started"),
            (t + 1000, "LOG", "INFO", f"Processed {run['records']} records ({run['size']} bytes)"),
        ]
        if run["errors"]:
            lines.append((t + 1500, "LOG", "ERROR", f"{run['errors']} record(s) failed validation"))
        lines.append((t + 2000, "EVENT", "INFO", f"Run {run['id']} finished"))
        entries.extend(
            {
                "timestamp": ts,
                "log": text,
                "log_type": log_type,
                "severity": severity,
                "resource_id": origin_id,
                "resource_type": "FLOW",
                "run_id": run["id"],
                "details": {"origin_node_id": origin_id},
            }
            for ts, log_type, severity, text in lines
        )
    return entries


def _time_window(ctx: Ctx, entries: list[Doc]) -> list[Doc]:
    lo = int(ctx.q("from") or 0)
    hi = int(ctx.q("to") or 2**53)
    return [e for e in entries if lo <= e["timestamp"] <= hi]


@shaped_handler("get_flow_logs")
def flow_logs(ctx: Ctx) -> Any:
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    entries = _time_window(ctx, _flow_log_entries(ctx.state, int(node["origin_node_id"])))
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


@shaped_handler("search_flow_logs")
def search_flow_logs(ctx: Ctx) -> Any:
    body = require_body(ctx)
    node = must(ctx, "flow_nodes", ctx.path["flow_id"])
    entries = _time_window(ctx, _flow_log_entries(ctx.state, int(node["origin_node_id"])))
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


def _totals(runs: list[Doc]) -> Doc:
    return {
        "records": sum(r["records"] for r in runs),
        "size": sum(r["size"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
    }


@shaped_handler("get_active_flows_metrics")
def active_flows(ctx: Ctx) -> Any:
    state = ctx.state
    if ctx.q("org_id") is not None:
        must(ctx, "orgs", ctx.q("org_id"))
    active = [n for n in state.store.all("flow_nodes") if n["parent_node_id"] is None]
    active = [n for n in active if n.get("status") == "ACTIVE"]
    runs = _between(state.store.all("runs"), ctx.q("from"), ctx.q("to"))
    return {
        "status": 200,
        "message": "Ok",
        "metrics": {"active_flows": len(active), **_totals(runs)},
    }


@shaped_handler("get_flow_metrics_summary")
def metrics_summary(ctx: Ctx) -> Any:
    period = str(ctx.path["period"])
    days = {"day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30, "monthly": 30}
    if period not in days:
        raise ApiError(400, f"Unknown period {period!r}; use day, week or month")
    state = ctx.state
    today = state.clock.now().date()
    import datetime as _dt

    start = (today - _dt.timedelta(days=days[period] - 1)).isoformat()
    runs = _between(state.store.all("runs"), start, today.isoformat())
    return {
        "status": 200,
        "message": "Ok",
        "metrics": {
            "period": period,
            "from": start,
            "to": today.isoformat(),
            "flows": len({r["origin_node_id"] for r in runs}),
            "runs": len(runs),
            **_totals(runs),
        },
    }


def _owned_runs(state: State, user_id: int | None, kinds: tuple[str, ...]) -> list[Doc]:
    out = []
    for run in state.store.all("runs"):
        for kind, rid in run["resources"]:
            if kind not in kinds:
                continue
            doc = state.store.get(kind, rid)
            if doc is None:
                continue
            if user_id is None or (doc.get("owner") or {}).get("id") == user_id:
                out.append(run)
                break
    return out


def _account_metrics(ctx: Ctx, runs: list[Doc]) -> Doc:
    runs = _between(runs, ctx.q("from"), ctx.q("to"))
    if ctx.q("aggregate") == 0:
        days = sorted({r["day"] for r in runs})
        metrics = [
            {
                "data": {
                    k: v
                    for k, v in _totals([r for r in runs if r["day"] == d]).items()
                    if k != "errors"
                },
                "start_time": f"{d}T00:00:00Z",
                "end_time": f"{d}T23:59:59Z",
            }
            for d in days
        ]
    else:
        totals = _totals(runs)
        metrics = [
            {
                "data": {"records": totals["records"], "size": totals["size"]},
                "start_time": f"{ctx.q('from')}T00:00:00Z",
                "end_time": f"{ctx.q('to') or ctx.state.now()[:10]}T23:59:59Z",
            }
        ]
    return {"status": 200, "metrics": metrics}


@shaped_handler("org_account_metrics_total")
def org_account_metrics(ctx: Ctx) -> Any:
    must(ctx, "orgs", ctx.path["org_id"])
    return _account_metrics(ctx, ctx.state.store.all("runs"))


@shaped_handler("user_account_metrics_total")
def user_account_metrics(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    return _account_metrics(
        ctx, _owned_runs(ctx.state, user["id"], ("data_sources", "data_sets", "data_sinks"))
    )


def _status_counts(state: State, user_id: int | None) -> Doc:
    counts: dict[str, int] = {"ACTIVE": 0, "PAUSED": 0, "INIT": 0}
    from .flows import resource_of

    for n in state.store.all("flow_nodes"):
        if n["parent_node_id"] is not None:
            continue
        found = resource_of(state, n)
        if user_id is not None and (
            found is None or (found[1].get("owner") or {}).get("id") != user_id
        ):
            continue
        status = str(n.get("status") or "INIT")
        counts[status] = counts.get(status, 0) + 1
    return counts


@shaped_handler("get_org_flow_status_metrics")
def org_status_metrics(ctx: Ctx) -> Any:
    org = must(ctx, "orgs", ctx.path["org_id"])
    counts = _status_counts(ctx.state, None if org["id"] == DEFAULT_ORG_ID else -1)
    return {"status": 200, "message": "Ok", "metrics": counts, "meta": {"org_id": org["id"]}}


@shaped_handler("get_user_flow_status_metrics")
def user_status_metrics(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    counts = _status_counts(ctx.state, user["id"])
    return {"status": 200, "message": "Ok", "metrics": counts, "meta": {"user_id": user["id"]}}


@shaped_handler("user_24_hour_flow_stats")
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
            totals = _totals(mine)
            totals["status"] = "ERROR" if totals["errors"] else "OK"
            per[str(doc["id"])] = totals
        out[label] = per
    out["start_time"] = _iso_ms(since)
    out["end_time"] = state.now()
    return {"status": 200, "metrics": out}


def _iso_ms(ms: int) -> str:
    import datetime as _dt

    return _dt.datetime.fromtimestamp(ms / 1000, tz=_dt.UTC).isoformat().replace("+00:00", "Z")


@shaped_handler("user_metrics_daily")
def user_daily(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    kind = {"SOURCE": "data_sources", "SINK": "data_sinks"}[str(ctx.q("resource_type"))]
    runs = _between(_owned_runs(ctx.state, user["id"], (kind,)), ctx.q("from"), ctx.q("to"))
    days: dict[str, Doc] = {}
    for r in runs:
        day = days.setdefault(r["day"], {"time": r["day"], "records": 0, "size": 0, "errors": 0})
        for key in ("records", "size", "errors"):
            day[key] += r[key]
    if ctx.q("aggregate") == 1:
        total = _totals(runs)
        return {"status": 200, "metrics": [{"time": str(ctx.q("from")), **total}]}
    return {"status": 200, "metrics": [days[d] for d in sorted(days)]}
