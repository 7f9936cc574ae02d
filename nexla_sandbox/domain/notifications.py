"""Notifications, Nexla's fixed catalogue of notification types, and notification settings.

Notifications are stored per user (`notify()` adds one). A setting names a type and a
channel and, optionally, one resource.
"""

from __future__ import annotations

from ..errors import not_found
from ..state import State, public
from ..store import Doc

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


def type_of(type_id: int) -> Doc:
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


def check_refs(state: State, body: Doc) -> None:
    """404 for a notification type or channel setting that does not exist."""
    if body.get("notification_type_id") is not None:
        type_of(int(body["notification_type_id"]))
    if body.get("notification_channel_setting_id") is not None:
        state.must("notification_channel_settings", int(body["notification_channel_setting_id"]))


def render_setting(doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = (doc.get("org") or {}).get("id")
    out["owner_id"] = (doc.get("owner") or {}).get("id")
    if doc.get("notification_type_id") is not None:
        t = type_of(int(doc["notification_type_id"]))
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


def setting_fields(state: State, body: Doc) -> Doc:
    check_refs(state, body)
    fields = dict(body)
    fields.setdefault("status", "ACTIVE")
    fields.setdefault("config", {})
    if "notification_resource_type" not in fields:
        fields["notification_resource_type"] = type_of(int(body["notification_type_id"]))[
            "resource_type"
        ]
    return fields


def setting_changes(state: State, body: Doc) -> Doc:
    check_refs(state, body)
    return {k: v for k, v in body.items() if k != "checked"}


def render_channel(doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = (doc.get("org") or {}).get("id")
    out["owner_id"] = (doc.get("owner") or {}).get("id")
    return out


def channel_in_use(state: State, doc: Doc) -> str | None:
    users = [
        s["id"]
        for s in state.store.all("notification_settings")
        if s.get("notification_channel_setting_id") == doc["id"]
    ]
    if users:
        return f"Channel setting {doc['id']} is used by notification settings {users}"
    return None
