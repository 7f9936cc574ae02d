"""Users and teams: finding a user, team members, what a user owns and can hand over,
a user as Nexla shows one, and a user's quarantine export settings."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, conflict, not_found
from ..state import DEFAULT_USER_ID, Actor, State, public
from ..store import Doc
from .docs import create_doc
from .render import render_credential

TRANSFERABLE = (
    "code_containers",
    "data_credentials",
    "data_maps",
    "data_schemas",
    "data_sets",
    "data_sinks",
    "data_sources",
    "doc_containers",
    "projects",
    "teams",
)


def find_user(state: State, ref: Any) -> Doc:
    """A live user named by `{"id": ...}` or `{"email": ...}` (404 if there is none)."""
    if not isinstance(ref, dict):
        raise ApiError(400, "a member is an object with an id or an email")
    users = [u for u in state.store.all("users") if not u.get("_deleted")]
    if ref.get("id") is not None:
        match = next((u for u in users if u["id"] == ref["id"]), None)
        if match is None:
            raise not_found("users", int(ref["id"]))
        return match
    if ref.get("email") is not None:
        match = next((u for u in users if u.get("email") == ref["email"]), None)
        if match is None:
            raise ApiError(404, f"No user with email {ref['email']}", resource_type="users")
        return match
    raise ApiError(400, "a member names an id or an email")


# -- teams -----------------------------------------------------------------------------
def team_members(state: State, refs: list[Any]) -> list[Doc]:
    out: dict[int, Doc] = {}
    for ref in refs:
        user = find_user(state, ref)
        out[user["id"]] = {
            "id": user["id"],
            "email": user.get("email"),
            "admin": bool(ref.get("admin", False)),
        }
    return list(out.values())


def team_fields(state: State, body: Doc) -> Doc:
    return {
        "name": body["name"],
        "description": body.get("description") or "",
        "tags": [],
        "_members": team_members(state, body.get("members") or []),
    }


def team_changes(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "members" in body:
        changes["_members"] = team_members(state, body["members"] or [])
        state.audit(
            actor, "teams", doc, "update", {"members": [doc.get("_members"), changes["_members"]]}
        )
    return changes


def change_team_members(
    state: State, actor: Actor | None, doc: Doc, how: str, refs: list[Any]
) -> list[Doc]:
    """`add`, `replace` or `delete` members (delete without refs empties the team)."""
    old = list(doc.get("_members") or [])
    if how == "delete":
        drop = {find_user(state, r)["id"] for r in refs} if refs else {m["id"] for m in old}
        new = [m for m in old if m["id"] not in drop]
    else:
        given = team_members(state, refs)
        if how == "replace":
            new = given
        else:
            by_id = {m["id"]: m for m in old}
            by_id.update({m["id"]: m for m in given})
            new = list(by_id.values())
    doc["_members"] = new
    state.save("teams", doc)
    if new != old:
        state.audit(actor, "teams", doc, "update", {"members": [old, new]})
    return new


# -- users -----------------------------------------------------------------------------
def org_brief(state: State, org_id: int) -> Doc:
    org = state.store.get("orgs", org_id) or {"id": org_id, "name": "Sandbox Org"}
    return {"id": org["id"], "name": org.get("name")}


def owned(state: State, user_id: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for kind in TRANSFERABLE:
        ids = [
            d["id"]
            for d in state.store.all(kind)
            if not d.get("_deleted")
            and not d.get("_builtin")
            and (d.get("owner") or {}).get("id") == user_id
        ]
        out[kind] = ids
    return out


def account_summary(state: State, user_id: int) -> Doc:
    """`{kind: {"counts": {...}}}` per kind; kinds without a status have no status counts."""
    out: Doc = {}
    for kind in ("data_sources", "data_sets", "data_sinks", "data_maps"):
        docs = [d for d in state.store.all(kind) if not d.get("_deleted")]
        mine = [d for d in docs if (d.get("owner") or {}).get("id") == user_id]
        shared = [
            d
            for d in docs
            if d not in mine and any(a.get("id") == user_id for a in d.get("_accessors") or [])
        ]
        counts = {"total": len(mine) + len(shared), "owner": len(mine), "collaborator": len(shared)}
        if kind != "data_maps":
            for status in ("active", "paused", "draft"):
                wanted = {"draft": ("INIT", "DRAFT")}.get(status, (status.upper(),))
                counts[status] = sum(1 for d in mine + shared if d.get("status") in wanted)
        out[kind] = {"counts": counts}
    return out


def render_user(state: State, doc: Doc, *, expand: bool = False) -> Doc:
    out = public(doc)
    org_id = int(doc.get("default_org_id") or 1)
    out.setdefault("status", "ACTIVE")
    out.setdefault("super_user", False)
    out.setdefault("impersonated", False)
    out.setdefault("account_locked", False)
    out.setdefault("created_at", state.now())
    out.setdefault("updated_at", out["created_at"])
    out["default_org"] = org_brief(state, org_id)
    out["org_memberships"] = [
        {
            **org_brief(state, org_id),
            "is_admin?": doc["id"] == DEFAULT_USER_ID,
            "org_membership_status": "ACTIVE",
        }
    ]
    out.pop("default_org_id", None)
    if expand:
        out["account_summary"] = account_summary(state, doc["id"])
    return out


def unique_email(state: State, email: str, user_id: int | None = None) -> None:
    for user in state.store.all("users"):
        if user.get("email") == email and user["id"] != user_id and not user.get("_deleted"):
            raise conflict(f"A user with email {email} already exists", "users", user["id"])


def user_changes(state: State, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {}
    if "name" in body:
        changes["full_name"] = body["name"]
    if "email" in body:
        unique_email(state, body["email"], doc["id"])
        changes["email"] = body["email"]
    for key in ("status", "user_tier", "user_tier_id", "tos_signed_at"):
        if key in body:
            changes[key] = body[key]
    if "password" in body and body.get("password_confirmation") not in (None, body["password"]):
        raise ApiError(400, "password_confirmation does not match password")
    return changes


def user_in_use(state: State, doc: Doc) -> str | None:
    if doc["id"] == DEFAULT_USER_ID:
        return f"User {doc['id']} owns the sandbox org and cannot be deleted"
    left = {k: v for k, v in owned(state, doc["id"]).items() if v}
    if left:
        return (
            f"User {doc['id']} still owns {left}; transfer them first "
            f"(PUT /users/{doc['id']}/transfer)"
        )
    return None


def create_user(state: State, actor: Actor | None, body: Doc) -> Doc:
    unique_email(state, body["email"])
    org_id = body.get("default_org_id") or 1
    state.must("orgs", int(org_id))
    fields: Doc = {
        "full_name": body["full_name"],
        "email": body["email"],
        "status": body.get("status") or "ACTIVE",
        "default_org_id": int(org_id),
        "tos_signed_at": body.get("tos_signed_at"),
        "email_verified_at": None,
    }
    if body.get("user_tier") is not None:
        fields["user_tier"] = body["user_tier"]
    return create_doc(state, actor, "users", fields)


def transfer(state: State, actor: Actor | None, user: Doc, delegate: Doc) -> dict[str, list[int]]:
    """Hand everything `user` owns to `delegate`; what moved, per kind."""
    if delegate["id"] == user["id"]:
        raise ApiError(400, "delegate_owner_id must be another user")
    moved = owned(state, user["id"])
    new_owner = state.owner_ref(delegate["id"])
    for kind, ids in moved.items():
        for doc_id in ids:
            doc = state.must(kind, doc_id)
            state.update_fields(actor, kind, doc, {"owner": new_owner})
    return moved


# -- quarantine data export settings ---------------------------------------------------
def quarantine_of(state: State, user_id: int) -> Doc | None:
    return next(
        (d for d in state.store.all("quarantine_settings") if d.get("resource_id") == user_id),
        None,
    )


def render_quarantine(state: State, doc: Doc) -> Doc:
    out = public(doc)
    cred = state.store.get("data_credentials", int(doc.get("data_credentials_id") or 0))
    if cred is not None:
        out["credentials_type"] = cred.get("credentials_type")
        out["data_credentials"] = render_credential(state, cred)
    return out


def create_quarantine(state: State, actor: Actor | None, user: Doc, body: Doc) -> Doc:
    """A user's quarantine export settings (409 when the user has them already)."""
    if quarantine_of(state, user["id"]) is not None:
        raise conflict(
            f"User {user['id']} already has quarantine export settings; update them",
            "quarantine_settings",
            user["id"],
        )
    state.must("data_credentials", int(body["data_credentials_id"]))
    return create_doc(
        state,
        actor,
        "quarantine_settings",
        {
            "resource_type": "USER",
            "resource_id": user["id"],
            "config": body["config"],
            "data_credentials_id": body["data_credentials_id"],
        },
    )
