"""`logs`: the latest (or a given) run of a resource, then that run's flow log lines."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from nexla_api.api.metrics import get_resource_flow_logs, get_resource_metrics_by_run
from nexla_api.models import RunMetricsField

from ..kinds import FLOW_KINDS, kind
from .common import CliError, Outcome, add_command, add_type_option, client_from_env

DAY_MS = 86_400_000


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers, "logs", handle, help="latest run summary and flow logs of a resource"
    )
    add_type_option(p, FLOW_KINDS, "--resource-type", "--type", dest="resource_type")
    p.add_argument("--resource-id", type=int, required=True)
    p.add_argument("--run-id", type=int, help="this run instead of the latest")


def handle(args: argparse.Namespace) -> Outcome:
    client = client_from_env()
    rtype = kind(args.resource_type).flow_type
    assert rtype is not None
    rid = args.resource_id
    # The by-run reply's `metrics` is an object {data, meta}, newest run first by runId.
    summary = get_resource_metrics_by_run.sync(
        rtype,
        rid,
        client=client,
        orderby=RunMetricsField.RUNID,
        page=1,
        size=100 if args.run_id else 1,
    )
    runs = summary.metrics.data or []
    if args.run_id is not None:
        runs = [r for r in runs if r.run_id == args.run_id]
    if not runs:
        which = f"run {args.run_id}" if args.run_id else "any run"
        raise CliError(f"{args.resource_type} {rid} has no metrics for {which} yet")
    run = runs[0]
    run_id = int(run.run_id or args.run_id)
    written = run.last_written
    start = max(0, int(written) - DAY_MS) if written else 0
    entries: list[dict[str, Any]] = []
    page = 1
    while True:
        reply = get_resource_flow_logs.sync(
            rtype, rid, client=client, run_id=run_id, from_=start, page=page, per_page=100
        )
        logs = reply.logs  # optional in a reply: no page means no entries
        data = (logs.data if logs is not None else None) or []
        entries.extend(e.to_dict() for e in data)
        meta = logs.meta if logs is not None else None
        pages = meta.pages_count if meta is not None else None
        if not data or not pages or page >= int(pages):
            break
        page += 1
    run_info = {
        "run_id": run_id,
        "records": run.records,
        "size": run.size,
        "errors": run.errors,
        "last_written": written,
    }
    document = {"resource_type": rtype.value, "resource_id": rid, "run": run_info, "logs": entries}
    lines = [
        f"{args.resource_type} {rid} run {run_id}: {run_info['records']} records, {run_info['size']} bytes, {run_info['errors']} errors"
    ]
    for entry in entries:
        ts = entry.get("timestamp")
        when = (
            datetime.fromtimestamp(ts / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")
            if isinstance(ts, int)
            else "-"
        )
        lines.append(
            f"  {when}  {str(entry.get('severity') or '-'):<5}  {entry.get('log_type') or '-':<5}  {entry.get('log') or ''}"
        )
    if not entries:
        lines.append("  (no log lines for this run)")
    return Outcome("\n".join(lines), document)
