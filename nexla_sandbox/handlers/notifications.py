"""Notifications (read/unread, count, delete), notification types, settings, channels.

Notifications are stored per user (`notify()` adds one; the demo data adds a few).
Types are Nexla's fixed catalogue (`TYPES`). A setting names a type and a channel and,
optionally, one resource; `GET /notification_settings/{resource_type}/{resource_id}`
lists the ones about that resource, `.../notification_types/{id}` the ones of a type.
"""

from __future__ import annotations

from typing import Any

from ..registry import ApiError, Ctx, not_found
from ..state import State, paginate, public
from ..store import Doc
from .generic import IN_USE, ON_CREATE, ON_UPDATE, RENDER, must, paged, shaped_handler

# id, name, category, event_type, resource_type, default
TYPES: list[tuple[int, str, str, str, str, bool]] = [
    (1, "Source read done", "DATA", "READ_DONE", "SOURCE", True),
    (2, "Source error", "DATA", "ERROR", "SOURCE", True),
    (3, "Nexset write done", "DATA", "WRITE_DONE", "DATASET", False),
    (4, "Destination write done", "DATA", "WRITE_DONE", "SINK", True),
    (5, "Destination error", "DATA", "ERROR", "SINK", True),
    (6, "Flow activated", "PLATFORM", "ACTIVATE", "DATA_FLOW", False),
    (7, "Flow paused", "PLATFORM", "PAUSE", "DATA_FLOW", False),
    (8, "Resource shared", "PLATFORM", "SHARE", "USER", True),
    (9, "Empty data", "DATA", "EMPTY_DATA", "SOURCE", False),
    (10, "Password reset", "SYSTEM", "RESETPASS", "USER", True),
]


def notification_types() -> list[Doc]:
    return [
        {
            "id": tid,
            "name": name,
            "description": f"Sent when: {name.lower()}",
            "category": category,
            "default": default,
            "status": True,
            "event_type": event,
            "resource_type": resource,
        }
        for tid, name, category, event, resource, default in TYPES
    ]


def _type(type_id: int) -> Doc:
    found = next((t for t in notification_types() if t["id"] == type_id), None)
    if found is None:
        raise not_found("notification_types", type_id)
    return found


def notify(
    state: State,
    user_id: int,
    level: str,
    message: str,
    resource_type: str | None = None,
    resource_id: int | None = None,
) -> Doc:
    """Store one notification for a user."""
    doc = state.new_doc(
        "notifications",
        None,
        {
            "level": level,
            "message": message,
            "message_id": None,
            "resource_type": resource_type,
            "resource_id": resource_id,
            "read_at": None,
        },
    )
    doc["owner"] = state.owner_ref(user_id)
    doc["message_id"] = doc["id"]
    return state.store.put("notifications", doc)


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


@shaped_handler("get_notifications")
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


@shaped_handler("get_notification_count")
def count(ctx: Ctx) -> Any:
    return {"count": len(_read_filter(ctx, _mine(ctx)))}


def _ids(ctx: Ctx) -> list[int]:
    """The listed ids, or every notification of the caller with `notification_id=all`."""
    if ctx.q("notification_id") == "all":
        return [d["id"] for d in _mine(ctx)]
    return [int(i) for i in ctx.body] if isinstance(ctx.body, list) else []


@shaped_handler("notifications_mark_read", "notifications_mark_unread")
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


@shaped_handler("delete_all_notifications")
def delete_all(ctx: Ctx) -> Any:
    for doc in _mine(ctx):
        ctx.state.store.delete("notifications", doc["id"])
    return None


RENDER["notifications"] = lambda ctx, doc: public(doc)


# -- types -----------------------------------------------------------------------------
@shaped_handler("get_notification_types")
def list_types(ctx: Ctx) -> Any:
    status = ctx.q("status")
    types = notification_types()
    if status is not None and str(status).upper() in ("INACTIVE", "FALSE", "0"):
        return []
    return types


@shaped_handler("list_notification_type")
def one_type(ctx: Ctx) -> Any:
    event, resource = ctx.q("event_type"), ctx.q("resource_type")
    for t in notification_types():
        if t["event_type"] == event and t["resource_type"] == resource:
            return t
    raise ApiError(404, f"No notification type for {event} on {resource}")


# -- settings --------------------------------------------------------------------------
def _check_refs(ctx: Ctx, body: Doc) -> None:
    if body.get("notification_type_id") is not None:
        _type(int(body["notification_type_id"]))
    if body.get("notification_channel_setting_id") is not None:
        must(ctx, "notification_channel_settings", body["notification_channel_setting_id"])


def render_setting(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = (doc.get("org") or {}).get("id")
    out["owner_id"] = (doc.get("owner") or {}).get("id")
    if doc.get("notification_type_id") is not None:
        t = _type(int(doc["notification_type_id"]))
        out.update(
            {
                "name": t["name"],
                "description": t["description"],
                "code": t["id"],
                "category": t["category"],
                "event_type": t["event_type"],
                "resource_type": t["resource_type"],
            }
        )
    out.setdefault("priority", 1)
    return out


def _setting_create(ctx: Ctx, body: Doc) -> Doc:
    _check_refs(ctx, body)
    fields = dict(body)
    fields.setdefault("status", "ACTIVE")
    fields.setdefault("config", {})
    if "notification_resource_type" not in fields:
        fields["notification_resource_type"] = _type(int(body["notification_type_id"]))[
            "resource_type"
        ]
    return fields


def _setting_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    _check_refs(ctx, body)
    return {k: v for k, v in body.items() if k != "checked"}


RENDER["notification_settings"] = render_setting
ON_CREATE["notification_settings"] = _setting_create
ON_UPDATE["notification_settings"] = _setting_update


def _settings(ctx: Ctx) -> list[Doc]:
    return [render_setting(ctx, d) for d in ctx.state.store.all("notification_settings")]


@shaped_handler("list_notification_settings")
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


@shaped_handler("list_notification_settings_by_type")
def settings_by_type(ctx: Ctx) -> Any:
    t = _type(int(ctx.path["notification_type_id"]))
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


@shaped_handler("list_resource_notification_settings")
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
def render_channel(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = (doc.get("org") or {}).get("id")
    out["owner_id"] = (doc.get("owner") or {}).get("id")
    return out


def _channel_in_use(state: State, doc: Doc) -> str | None:
    users = [
        s["id"]
        for s in state.store.all("notification_settings")
        if s.get("notification_channel_setting_id") == doc["id"]
    ]
    if users:
        return f"Channel setting {doc['id']} is used by notification settings {users}"
    return None


RENDER["notification_channel_settings"] = render_channel
IN_USE["notification_channel_settings"] = _channel_in_use
