"""Audit logs of sources, nexsets, destinations and credentials, filterable by day."""

from __future__ import annotations

from typing import Any

from ..domain import audit
from ..registry import Ctx, handler
from .common import RESOURCE_PARAMS, audit_reply


@handler(
    "get_data_source_audit_log",
    "get_nexset_audit_log",
    "get_data_sink_audit_log",
    "get_data_credential_audit_log",
)
def audit_log(ctx: Ctx) -> list[Any]:
    kind, resource_id = next((k, ctx.path[p]) for p, k in RESOURCE_PARAMS.items() if p in ctx.path)
    return audit_reply(ctx, audit.of_resource(ctx.state, kind, resource_id))
