"""Access rules: who (a user, team or org) holds which roles on a resource.

Every change is written to the resource's audit log (event `update`, change
`access_controls`, the first changed accessor as the association) so "who granted what"
can be audited like Nexla shows it.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..state import Actor, State
from ..store import Doc


def identity(acc: Doc) -> tuple[str, str]:
    for key in ("id", "email", "name", "client_identifier", "email_domain"):
        if acc.get(key) is not None:
            return acc["type"], f"{key}:{acc[key]}"
    return acc["type"], ""


def resolve(state: State, acc: Doc) -> Doc:
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
        raise ApiError(404, f"{acc['type']} accessor not found: {identity(acc)[1]}")
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


def entries(doc: Doc) -> list[Doc]:
    return list(doc.get("_accessors") or [])


def _save(
    state: State, actor: Actor | None, kind: str, doc: Doc, new: list[Doc], event: str
) -> list[Doc]:
    old = entries(doc)
    doc["_accessors"] = new
    state.save(kind, doc)
    strip = [{k: v for k, v in a.items() if k not in ("created_at", "updated_at")} for a in old]
    after = [{k: v for k, v in a.items() if k not in ("created_at", "updated_at")} for a in new]
    if strip != after:
        changed = [a for a in after if a not in strip] + [a for a in strip if a not in after]
        first = changed[0] if changed else {}
        state.audit(
            actor,
            kind,
            doc,
            "update",
            {"access_controls": [strip, after]},
            association={"type": first.get("type"), "id": first.get("id"), "action": event},
        )
    return new


def add(state: State, actor: Actor | None, kind: str, doc: Doc, given: list[Any]) -> list[Doc]:
    """Grant the given accessors (an accessor already there gets the new roles)."""
    now = state.now()
    current = {identity(a): a for a in entries(doc)}
    for acc in (resolve(state, a) for a in given):
        key = identity(acc)
        created = current[key].get("created_at", now) if key in current else now
        current[key] = {**acc, "created_at": created, "updated_at": now}
    return _save(state, actor, kind, doc, list(current.values()), "add")


def replace(state: State, actor: Actor | None, kind: str, doc: Doc, given: list[Any]) -> list[Doc]:
    now = state.now()
    resolved = [resolve(state, a) for a in given]
    new = {identity(a): {**a, "created_at": now, "updated_at": now} for a in resolved}
    return _save(state, actor, kind, doc, list(new.values()), "replace")


def remove(
    state: State, actor: Actor | None, kind: str, doc: Doc, given: list[Any] | None
) -> list[Doc]:
    """Revoke the given accessors; None revokes every one."""
    if given is None:
        return _save(state, actor, kind, doc, [], "delete")
    drop = {identity(resolve(state, a)) for a in given}
    kept = [a for a in entries(doc) if identity(a) not in drop]
    return _save(state, actor, kind, doc, kept, "delete")
