"""Flow runs and what is derived from them: health, totals, logs, per-owner figures.

A run is recorded when a flow is activated (or through the admin API); it counts records,
bytes and errors for every resource in the tree. Runs are numbered by a counter and
stamped with the injected clock, so they are deterministic. A flow whose latest run had
errors is YELLOW, one whose latest run had more than 5% errors is RED, others GREEN.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..state import State
from ..store import Doc
from .nodes import nodes_in, resource_of

FLOW_KINDS = ("data_sources", "data_sets", "data_sinks")


def record_run(state: State, node_id: int) -> Doc:
    """One run of the flow containing `node_id`: counters for every node in the tree."""
    node = state.store.get("flow_nodes", node_id)
    if node is None:
        raise LookupError(f"flow node {node_id} not found")
    origin_id = node["origin_node_id"]
    number = state.store.next_value("runs", start=1)
    now = state.clock.now()
    records = 100 + 10 * (number % 7)
    errors = 1 if number % 4 == 0 else 0
    resources = []
    for n in nodes_in(state, origin_id):
        found = resource_of(state, n)
        if found:
            kind, doc = found
            resources.append([kind, doc["id"]])
    run: Doc = {
        "id": number,
        "origin_node_id": origin_id,
        "started_at": now.isoformat().replace("+00:00", "Z"),
        "day": now.date().isoformat(),
        "epoch_ms": int(now.timestamp() * 1000),
        "records": records,
        "size": records * 512,
        "errors": errors,
        "resources": resources,
    }
    state.store.put("runs", run)
    return run


def runs_of_flow(state: State, origin_id: int) -> list[Doc]:
    return [r for r in state.store.all("runs") if r["origin_node_id"] == origin_id]


def runs_of_resource(state: State, kind: str, resource_id: int) -> list[Doc]:
    """Runs that touched a resource (404 if the resource does not exist)."""
    state.must(kind, resource_id)
    return [r for r in state.store.all("runs") if [kind, resource_id] in r["resources"]]


def between(runs: list[Doc], start: Any, end: Any) -> list[Doc]:
    """Runs whose day is within `start`..`end` (ISO dates; None leaves that end open)."""
    lo, hi = str(start or "0000-01-01"), str(end or "9999-12-31")
    return [r for r in runs if lo <= r["day"] <= hi]


def totals(runs: list[Doc]) -> Doc:
    return {
        "records": sum(r["records"] for r in runs),
        "size": sum(r["size"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
    }


def health_of(state: State, origin_id: int) -> Doc:
    runs = runs_of_flow(state, origin_id)
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


def log_entries(run: Doc, resource_type: str, resource_id: int) -> list[Doc]:
    """The log lines one run writes, as entries about the given resource."""
    t = run["epoch_ms"]
    lines = [
        (t, "EVENT", "INFO", f"Run {run['id']} started"),
        (t + 1000, "LOG", "INFO", f"Processed {run['records']} records ({run['size']} bytes)"),
    ]
    if run["errors"]:
        lines.append((t + 1500, "LOG", "ERROR", f"{run['errors']} record(s) failed validation"))
    lines.append((t + 2000, "EVENT", "INFO", f"Run {run['id']} finished"))
    return [
        {
            "timestamp": ts,
            "log": text,
            "log_type": log_type,
            "severity": severity,
            "resource_id": resource_id,
            "resource_type": resource_type,
            "run_id": run["id"],
            "details": {"origin_node_id": run["origin_node_id"]},
        }
        for ts, log_type, severity, text in lines
    ]


def flow_log_entries(state: State, origin_id: int) -> list[Doc]:
    """Every run's log lines of a flow, oldest first."""
    return [
        e for run in runs_of_flow(state, origin_id) for e in log_entries(run, "FLOW", origin_id)
    ]


def in_window(entries: list[Doc], start: Any, end: Any) -> list[Doc]:
    """Entries stamped within `start`..`end` (epoch ms; None leaves that end open)."""
    lo, hi = int(start or 0), int(end or 2**53)
    return [e for e in entries if lo <= e["timestamp"] <= hi]


def owned_runs(state: State, user_id: int | None, kinds: tuple[str, ...]) -> list[Doc]:
    """Runs that touched a resource of one of `kinds` owned by `user_id` (None: anyone's)."""
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


def status_counts(state: State, user_id: int | None) -> Doc:
    """Flows per status; with `user_id`, only flows whose origin resource that user owns."""
    counts: dict[str, int] = {"ACTIVE": 0, "PAUSED": 0, "INIT": 0}
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


def iso_ms(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).isoformat().replace("+00:00", "Z")


def data_set_of(state: State, kind: str, resource_id: int) -> int | None:
    """The nexset a resource's metrics are about: itself, a sink's input, a source's first."""
    if kind == "data_sets":
        return resource_id
    if kind == "data_sinks":
        sink = state.store.get("data_sinks", resource_id)
        return int(sink["data_set_id"]) if sink and sink.get("data_set_id") else None
    nexsets = [n for n in state.store.all("data_sets") if n.get("data_source_id") == resource_id]
    return nexsets[0]["id"] if nexsets else None
