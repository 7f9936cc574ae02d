"""Notifications (read/unread, count, delete), notification types, settings, channels.

Notifications are stored per user (`notify()` adds one; the demo data adds a few).
Types are Nexla's fixed catalogue (`TYPES`). A setting names a type and a channel and,
optionally, one resource; `GET /notification_settings/{resource_type}/{resource_id}`
lists the ones about that resource, `.../notification_types/{id}` the ones of a type.
"""

from __future__ import annotations

from typing import Any

from ..domain.notifications import (
    channel_in_use,
    notification_types,
    render_channel,
    render_setting,
    setting_changes,
    setting_fields,
    type_of,
)
from ..errors import ApiError, not_found
from ..registry import Ctx, handler
from ..state import public
from ..store import Doc
from .common import IN_USE, ON_CREATE, ON_UPDATE, RENDER, must, paged, paginate


def _mine(ctx: Ctx) -> list[Doc]:
    uid = ctx.user_id or 1
    return [
        d for d in ctx.state.store.all("notifications") if (d.get("owner") or {}).get("id") == uid
    ]


def _read_filter(ctx: Ctx, docs: list[Doc]) -> list[Doc]:
    read = ctx.q("read")
    if read is None:
        return docs
    want = str(read).lower() in ("1", "true")
    return [d for d in docs if (d.get("read_at") is not None) == want]


@handler("get_notifications", shaped=True)
def list_notifications(ctx: Ctx) -> Any:
    docs = _read_filter(ctx, _mine(ctx))
    level = ctx.q("level")
    if level:
        docs = [d for d in docs if d.get("level") == level]
    start, end = ctx.q("from"), ctx.q("to")
    if start is not None:
        docs = [d for d in docs if str(d["created_at"]) >= str(start)]
    if end is not None:
        docs = [d for d in docs if str(d["created_at"])[: len(str(end))] <= str(end)]
    docs.reverse()
    return [public(d) for d in paginate(ctx, docs)]


@handler("get_notification_count", shaped=True)
def count(ctx: Ctx) -> Any:
    return {"count": len(_read_filter(ctx, _mine(ctx)))}


def _ids(ctx: Ctx) -> list[int]:
    """The listed ids, or every notification of the caller with `notification_id=all`."""
    if ctx.q("notification_id") == "all":
        return [d["id"] for d in _mine(ctx)]
    return [int(i) for i in ctx.body] if isinstance(ctx.body, list) else []


@handler("notifications_mark_read", "notifications_mark_unread", shaped=True)
def mark(ctx: Ctx) -> Any:
    state = ctx.state
    read = ctx.operation_id == "notifications_mark_read"
    mine = {d["id"]: d for d in _mine(ctx)}
    ids = _ids(ctx)
    for nid in ids:
        if nid not in mine:
            raise not_found("notifications", nid)
    for nid in ids:
        doc = mine[nid]
        doc["read_at"] = state.now() if read else None
        state.save("notifications", doc)
    return None


@handler("delete_all_notifications", shaped=True)
def delete_all(ctx: Ctx) -> Any:
    for doc in _mine(ctx):
        ctx.state.store.delete("notifications", doc["id"])
    return None


RENDER["notifications"] = lambda ctx, doc: public(doc)


# -- types -----------------------------------------------------------------------------
@handler("get_notification_types", shaped=True)
def list_types(ctx: Ctx) -> Any:
    status = ctx.q("status")
    types = notification_types()
    if status is not None and str(status).upper() in ("INACTIVE", "FALSE", "0"):
        return []
    return types


@handler("list_notification_type", shaped=True)
def one_type(ctx: Ctx) -> Any:
    event, resource = ctx.q("event_type"), ctx.q("resource_type")
    for t in notification_types():
        if t["event_type"] == event and t["resource_type"] == resource:
            return t
    raise ApiError(404, f"No notification type for {event} on {resource}")


# -- settings --------------------------------------------------------------------------
RENDER["notification_settings"] = lambda ctx, doc: render_setting(doc)
ON_CREATE["notification_settings"] = lambda ctx, body: setting_fields(ctx.state, body)
ON_UPDATE["notification_settings"] = lambda ctx, doc, body: setting_changes(ctx.state, body)


def _settings(ctx: Ctx) -> list[Doc]:
    return [render_setting(d) for d in ctx.state.store.all("notification_settings")]


@handler("list_notification_settings", shaped=True)
def list_settings(ctx: Ctx) -> Any:
    out = _settings(ctx)
    for param, key in (
        ("event_type", "event_type"),
        ("resource_type", "resource_type"),
        ("status", "status"),
    ):
        if ctx.q(param) is not None:
            out = [s for s in out if s.get(key) == ctx.q(param)]
    return paged(ctx, out)


@handler("list_notification_settings_by_type", shaped=True)
def settings_by_type(ctx: Ctx) -> Any:
    t = type_of(int(ctx.path["notification_type_id"]))
    out = []
    for s in _settings(ctx):
        if s.get("notification_type_id") != t["id"]:
            continue
        out.append(
            {
                "setting_id": s["id"],
                "org_id": s.get("org_id"),
                "owner_id": s.get("owner_id"),
                "channel": s.get("channel"),
                "resource_type": s.get("notification_resource_type") or t["resource_type"],
                "resource_id": s.get("resource_id"),
                "setting_config": str(s.get("config") or {}),
                "priority": s.get("priority"),
                "status": s.get("status"),
                "notification_type_id": t["id"],
                "setting_created_at": s.get("created_at"),
                "setting_updated_at": s.get("updated_at"),
                "notification_type_name": t["name"],
                "notification_type_description": t["description"],
                "notification_type_code": t["id"],
                "notification_type_category": t["category"],
                "notification_type_event_type": t["event_type"],
                "resource_owner_id": s.get("owner_id"),
                "resource_org_id": s.get("org_id"),
            }
        )
    return out


RESOURCE_KINDS = {
    "SOURCE": "data_sources",
    "DATASET": "data_sets",
    "SINK": "data_sinks",
    "DATA_FLOW": "flow_nodes",
    "USER": "users",
    "ORG": "orgs",
}


@handler("list_resource_notification_settings", shaped=True)
def settings_of_resource(ctx: Ctx) -> Any:
    rtype = str(ctx.path["resource_type"]).upper()
    rid = int(ctx.path["resource_id"])
    kind = RESOURCE_KINDS.get(rtype)
    if kind is not None:
        must(ctx, kind, rid)
    out = [
        s
        for s in _settings(ctx)
        if s.get("resource_id") in (rid, None)
        and s.get("notification_resource_type", s.get("resource_type")) == rtype
    ]
    if ctx.q("notification_type_id") is not None:
        out = [s for s in out if s.get("notification_type_id") == ctx.q("notification_type_id")]
    if ctx.flag("filter_overridden_settings"):
        specific = {s.get("notification_type_id") for s in out if s.get("resource_id") == rid}
        out = [
            s
            for s in out
            if s.get("resource_id") == rid or s.get("notification_type_id") not in specific
        ]
    return out


# -- channel settings ------------------------------------------------------------------
RENDER["notification_channel_settings"] = lambda ctx, doc: render_channel(doc)
IN_USE["notification_channel_settings"] = channel_in_use
