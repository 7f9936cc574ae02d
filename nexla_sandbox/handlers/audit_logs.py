"""Audit logs of sources, nexsets, destinations and credentials, filterable by day."""

from __future__ import annotations

from typing import Any

from ..registry import Ctx, handler
from ..state import KINDS, paginate
from .access_control import PATHS


@handler(
    "get_data_source_audit_log",
    "get_nexset_audit_log",
    "get_data_sink_audit_log",
    "get_data_credential_audit_log",
)
def audit_log(ctx: Ctx) -> list[Any]:
    kind, resource_id = next((k, ctx.path[p]) for p, k in PATHS.items() if p in ctx.path)
    state = ctx.state
    entries = state.store.audit(KINDS[kind][1], resource_id)
    if not entries:
        state.must(kind, resource_id)  # 404 for ids that never existed
    start = ctx.q("from")
    end = ctx.q("to")
    event = ctx.q("event_filter")
    change = ctx.q("change_filter")
    out = []
    for e in entries:
        day = e["created_at"][:10]
        if start is not None and day < str(start):
            continue
        if end is not None and day > str(end):
            continue
        if event and e["event"] != event:
            continue
        if change and change not in (e.get("change_summary") or []):
            continue
        out.append(e)
    out.reverse()  # newest first, like Nexla
    return paginate(ctx, out)
