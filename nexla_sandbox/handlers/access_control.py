"""Accessors of sources, nexsets, destinations and credentials: list/add/replace/delete.

Every change is written to the resource's audit log (event `update`, change
`access_controls`) so "who granted what" can be audited like Nexla shows it.
"""

from __future__ import annotations

from typing import Any

from ..registry import ApiError, Ctx, handler
from ..state import State
from ..store import Doc

PATHS = {
    "source_id": "data_sources",
    "set_id": "data_sets",
    "sink_id": "data_sinks",
    "credential_id": "data_credentials",
}


def _target(ctx: Ctx) -> tuple[str, Doc]:
    for param, kind in PATHS.items():
        if param in ctx.path:
            return kind, ctx.state.must(kind, ctx.path[param])
    raise ApiError(500, "accessor route without a resource id")


def _identity(acc: Doc) -> tuple[str, str]:
    for key in ("id", "email", "name", "client_identifier", "email_domain"):
        if acc.get(key) is not None:
            return acc["type"], f"{key}:{acc[key]}"
    return acc["type"], ""


def _resolve(state: State, acc: Doc) -> Doc:
    """Fill in who an accessor is; unknown users/teams/orgs are 404 like Nexla."""
    kind = {"USER": "users", "TEAM": "teams", "ORG": "orgs"}[acc["type"]]
    docs = state.store.all(kind)
    match = None
    if acc.get("id") is not None:
        match = next((d for d in docs if d["id"] == acc["id"]), None)
    else:
        for key in ("email", "name", "client_identifier", "email_domain"):
            if acc.get(key) is not None:
                match = next((d for d in docs if d.get(key) == acc[key]), None)
                break
    if match is None:
        raise ApiError(404, f"{acc['type']} accessor not found: {_identity(acc)[1]}")
    if not acc.get("access_roles"):
        raise ApiError(400, "accessors[].access_roles must name at least one role")
    out: Doc = {"type": acc["type"], "id": match["id"], "access_roles": list(acc["access_roles"])}
    if acc["type"] == "USER":
        out["email"] = match.get("email")
        if acc.get("org_id") is not None:
            out["org_id"] = acc["org_id"]
    elif acc["type"] == "TEAM":
        out["name"] = match.get("name")
    else:
        out["client_identifier"] = match.get("client_identifier")
        out["email_domain"] = match.get("email_domain")
    return out


def _entries(doc: Doc) -> list[Doc]:
    return list(doc.get("_accessors") or [])


def _save(ctx: Ctx, kind: str, doc: Doc, new: list[Doc], event: str) -> list[Doc]:
    old = _entries(doc)
    doc["_accessors"] = new
    state = ctx.state
    state.save(kind, doc)
    strip = [{k: v for k, v in a.items() if k not in ("created_at", "updated_at")} for a in old]
    after = [{k: v for k, v in a.items() if k not in ("created_at", "updated_at")} for a in new]
    if strip != after:
        changed = [a for a in after if a not in strip] + [a for a in strip if a not in after]
        first = changed[0] if changed else {}
        state.audit(
            ctx,
            kind,
            doc,
            "update",
            {"access_controls": [strip, after]},
            association={"type": first.get("type"), "id": first.get("id"), "action": event},
        )
    return new


def _requested(ctx: Ctx) -> list[Doc]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    return [_resolve(ctx.state, a) for a in body.get("accessors") or []]


@handler(
    "get_data_source_accessors",
    "get_nexset_accessors",
    "get_data_sink_accessors",
    "get_data_credential_accessors",
)
def list_accessors(ctx: Ctx) -> list[Any]:
    return _entries(_target(ctx)[1])


@handler(
    "add_data_source_accessors",
    "add_nexset_accessors",
    "add_data_sink_accessors",
    "add_data_credential_accessors",
)
def add_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    now = ctx.state.now()
    current = {_identity(a): a for a in _entries(doc)}
    for acc in _requested(ctx):
        key = _identity(acc)
        created = current[key]["created_at"] if key in current else now
        current[key] = {**acc, "created_at": created, "updated_at": now}
    return _save(ctx, kind, doc, list(current.values()), "add")


@handler(
    "replace_data_source_accessors",
    "replace_nexset_accessors",
    "replace_data_sink_accessors",
    "replace_data_credential_accessors",
)
def replace_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    now = ctx.state.now()
    new = {_identity(a): {**a, "created_at": now, "updated_at": now} for a in _requested(ctx)}
    return _save(ctx, kind, doc, list(new.values()), "replace")


@handler(
    "delete_data_source_accessors",
    "delete_nexset_accessors",
    "delete_data_sink_accessors",
    "delete_data_credential_accessors",
)
def delete_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    body = ctx.body if isinstance(ctx.body, dict) else None
    if body is None or "accessors" not in body:
        return _save(ctx, kind, doc, [], "delete")
    drop = {_identity(_resolve(ctx.state, a)) for a in body["accessors"]}
    kept = [a for a in _entries(doc) if _identity(a) not in drop]
    return _save(ctx, kind, doc, kept, "delete")
