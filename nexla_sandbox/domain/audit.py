"""The audit trail of a resource, or of the org, filtered like Nexla filters it."""

from __future__ import annotations

from typing import Any

from ..kinds import KINDS
from ..state import State
from ..store import Doc


def select(
    entries: list[Doc], *, start: Any = None, end: Any = None, event: Any = None, change: Any = None
) -> list[Doc]:
    """`start`/`end` (days), `event`, one `change`d field; newest first, like Nexla."""
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
    out.reverse()
    return out


def of_resource(state: State, kind: str, doc_id: int) -> list[Doc]:
    """A resource's audit entries, oldest first (404 for an id that never existed)."""
    entries = state.store.audit(KINDS[kind][1], doc_id)
    if not entries:
        state.must(kind, doc_id)
    return entries


def of_org(state: State, org_id: int, resource_type: str) -> list[Doc] | None:
    """Every entry about one resource type (store kind or its API name) in an org;
    None when no kind goes by that name."""
    item_types = {v[1] for k, v in KINDS.items() if resource_type in (k, v[0])}
    if not item_types:
        return None
    return [
        e
        for e in state.store.audit_entries()
        if e.get("item_type") in item_types and e.get("org_id") == org_id
    ]
