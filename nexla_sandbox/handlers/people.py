"""Teams and their members; users, the current user, ownership transfer, quarantine export.

Members are existing users named by id or email (unknown ones are 404). A user who still
owns resources cannot be deleted (409) until `PUT /users/{id}/transfer` hands them to a
delegate; `GET /users/{id}/transferable` lists what would move.
"""

from __future__ import annotations

from typing import Any

from ..registry import ApiError, Ctx, conflict, not_found
from ..state import DEFAULT_USER_ID, State, public, require_body
from ..store import Doc
from .generic import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    body_list,
    create_doc,
    deleted,
    must,
    shaped_handler,
)

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


# -- teams -----------------------------------------------------------------------------
def find_user(state: State, ref: Any) -> Doc:
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


def _team_members(state: State, refs: list[Any]) -> list[Doc]:
    out: dict[int, Doc] = {}
    for ref in refs:
        user = find_user(state, ref)
        out[user["id"]] = {
            "id": user["id"],
            "email": user.get("email"),
            "admin": bool(ref.get("admin", False)),
        }
    return list(out.values())


def _with_defaults(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out.setdefault("owner", ctx.state.owner_ref(DEFAULT_USER_ID))
    out.setdefault("org", ctx.state.org_ref())
    out.setdefault("access_roles", ["owner"] if doc.get("_builtin") else ["collaborator"])
    out.setdefault("created_at", ctx.state.now())
    out.setdefault("updated_at", out["created_at"])
    return out


def render_team(ctx: Ctx, doc: Doc) -> Doc:
    out = _with_defaults(ctx, doc)
    members = list(doc.get("_members") or [])
    out["members"] = members
    out["member"] = any(m["id"] == ctx.user_id for m in members)
    if out["member"] and "member" not in out["access_roles"]:
        # Nexla lists a team's members with the role `member` besides any resource role.
        out["access_roles"] = [*out["access_roles"], "member"]
    out.setdefault("tags", [])
    out["description"] = out.get("description") or ""
    return out


def _team_create(ctx: Ctx, body: Doc) -> Doc:
    return {
        "name": body["name"],
        "description": body.get("description") or "",
        "tags": [],
        "_members": _team_members(ctx.state, body.get("members") or []),
    }


def _team_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "members" in body:
        changes["_members"] = _team_members(ctx.state, body["members"] or [])
        ctx.state.audit(
            ctx, "teams", doc, "update", {"members": [doc.get("_members"), changes["_members"]]}
        )
    return changes


RENDER["teams"] = render_team
ON_CREATE["teams"] = _team_create
ON_UPDATE["teams"] = _team_update


@shaped_handler("get_team_members")
def team_members(ctx: Ctx) -> Any:
    return list(must(ctx, "teams", ctx.path["team_id"]).get("_members") or [])


@shaped_handler("add_team_members", "replace_team_members", "delete_team_members")
def change_team_members(ctx: Ctx) -> Any:
    state = ctx.state
    doc = must(ctx, "teams", ctx.path["team_id"])
    old = list(doc.get("_members") or [])
    refs = body_list(ctx, "members")
    if ctx.operation_id == "delete_team_members":
        drop = {find_user(state, r)["id"] for r in refs} if refs else {m["id"] for m in old}
        new = [m for m in old if m["id"] not in drop]
    else:
        given = _team_members(state, refs)
        if ctx.operation_id == "replace_team_members":
            new = given
        else:
            by_id = {m["id"]: m for m in old}
            by_id.update({m["id"]: m for m in given})
            new = list(by_id.values())
    doc["_members"] = new
    state.save("teams", doc)
    if new != old:
        state.audit(ctx, "teams", doc, "update", {"members": [old, new]})
    return new


# -- users -----------------------------------------------------------------------------
def _org_brief(state: State, org_id: int) -> Doc:
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


def render_user(ctx: Ctx, doc: Doc) -> Doc:
    state = ctx.state
    out = public(doc)
    org_id = int(doc.get("default_org_id") or 1)
    out.setdefault("status", "ACTIVE")
    out.setdefault("super_user", False)
    out.setdefault("impersonated", False)
    out.setdefault("account_locked", False)
    out.setdefault("created_at", state.now())
    out.setdefault("updated_at", out["created_at"])
    out["default_org"] = _org_brief(state, org_id)
    out["org_memberships"] = [
        {
            **_org_brief(state, org_id),
            "is_admin?": doc["id"] == DEFAULT_USER_ID,
            "org_membership_status": "ACTIVE",
        }
    ]
    out.pop("default_org_id", None)
    if ctx.flag("expand"):
        out["account_summary"] = account_summary(state, doc["id"])
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


def _unique_email(state: State, email: str, user_id: int | None = None) -> None:
    for user in state.store.all("users"):
        if user.get("email") == email and user["id"] != user_id and not user.get("_deleted"):
            raise conflict(f"A user with email {email} already exists", "users", user["id"])


def _user_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {}
    if "name" in body:
        changes["full_name"] = body["name"]
    if "email" in body:
        _unique_email(ctx.state, body["email"], doc["id"])
        changes["email"] = body["email"]
    for key in ("status", "user_tier", "user_tier_id", "tos_signed_at"):
        if key in body:
            changes[key] = body[key]
    if "password" in body and body.get("password_confirmation") not in (None, body["password"]):
        raise ApiError(400, "password_confirmation does not match password")
    return changes


def _user_in_use(state: State, doc: Doc) -> str | None:
    if doc["id"] == DEFAULT_USER_ID:
        return f"User {doc['id']} owns the sandbox org and cannot be deleted"
    left = {k: v for k, v in owned(state, doc["id"]).items() if v}
    if left:
        return (
            f"User {doc['id']} still owns {left}; transfer them first "
            f"(PUT /users/{doc['id']}/transfer)"
        )
    return None


RENDER["users"] = render_user
ON_UPDATE["users"] = _user_update
IN_USE["users"] = _user_in_use


@shaped_handler("create_user")
def create_user(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    _unique_email(state, body["email"])
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
    doc = create_doc(ctx, "users", fields)
    return render_user(ctx, doc)


@shaped_handler("get_current_user")
def current_user(ctx: Ctx) -> Any:
    return render_user(ctx, must(ctx, "users", ctx.user_id or DEFAULT_USER_ID))


@shaped_handler("get_user_transferable_resources")
def transferable(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    must(ctx, "orgs", ctx.q("org_id"))
    return owned(ctx.state, user["id"])


@shaped_handler("transfer_user_resources")
def transfer(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    user = must(ctx, "users", ctx.path["user_id"])
    must(ctx, "orgs", body["org_id"])
    delegate = must(ctx, "users", body["delegate_owner_id"])
    if delegate["id"] == user["id"]:
        raise ApiError(400, "delegate_owner_id must be another user")
    moved = owned(state, user["id"])
    new_owner = state.owner_ref(delegate["id"])
    for kind, ids in moved.items():
        for doc_id in ids:
            doc = state.must(kind, doc_id)
            state.update_fields(ctx, kind, doc, {"owner": new_owner})
    out: Doc = dict(moved)
    out["transfer_user_resources"] = {
        "previous_owner_id": user["id"],
        "new_owner_id": delegate["id"],
        "org_id": body["org_id"],
    }
    return out


@shaped_handler("get_user_settings")
def user_settings(ctx: Ctx) -> Any:
    state = ctx.state
    owner = state.owner_ref(ctx.user_id or DEFAULT_USER_ID)
    return [
        {
            "id": f"{owner['id']}-ui",
            "owner": owner,
            "org": state.org_ref(),
            "user_settings_type": "ui",
            "settings": {"theme": "light", "timezone": "UTC", "page_size": 25},
        },
        {
            "id": f"{owner['id']}-notifications",
            "owner": owner,
            "org": state.org_ref(),
            "user_settings_type": "notifications",
            "settings": {"digest": "daily"},
        },
    ]


# -- quarantine data export settings ---------------------------------------------------
def _quarantine(state: State, user_id: int) -> Doc | None:
    return next(
        (d for d in state.store.all("quarantine_settings") if d.get("resource_id") == user_id),
        None,
    )


def _render_quarantine(state: State, doc: Doc) -> Doc:
    from .credentials import render as render_credential

    out = public(doc)
    cred = state.store.get("data_credentials", int(doc.get("data_credentials_id") or 0))
    if cred is not None:
        out["credentials_type"] = cred.get("credentials_type")
        out["data_credentials"] = render_credential(state, cred)
    return out


@shaped_handler("get_user_quarantine_data_export_settings")
def get_quarantine(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    doc = _quarantine(ctx.state, user["id"])
    if doc is None:
        raise not_found("quarantine_settings", user["id"])
    return _render_quarantine(ctx.state, doc)


@shaped_handler("create_quarantine_data_export_settings")
def create_quarantine(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    user = must(ctx, "users", ctx.path["user_id"])
    if _quarantine(state, user["id"]) is not None:
        raise conflict(
            f"User {user['id']} already has quarantine export settings; update them",
            "quarantine_settings",
            user["id"],
        )
    must(ctx, "data_credentials", body["data_credentials_id"])
    doc = create_doc(
        ctx,
        "quarantine_settings",
        {
            "resource_type": "USER",
            "resource_id": user["id"],
            "config": body["config"],
            "data_credentials_id": body["data_credentials_id"],
        },
    )
    return _render_quarantine(state, doc)


@shaped_handler("update_user_quarantine_data_export_settings")
def update_quarantine(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    user = must(ctx, "users", ctx.path["user_id"])
    doc = _quarantine(state, user["id"])
    if doc is None:
        raise not_found("quarantine_settings", user["id"])
    if "data_credentials_id" in body:
        must(ctx, "data_credentials", body["data_credentials_id"])
    changes: Doc = {k: body[k] for k in ("config", "data_credentials_id") if k in body}
    state.update_fields(ctx, "quarantine_settings", doc, changes)
    return _render_quarantine(state, doc)


@shaped_handler("delete_user_quarantine_data_export_settings")
def delete_quarantine(ctx: Ctx) -> Any:
    state = ctx.state
    user = must(ctx, "users", ctx.path["user_id"])
    doc = _quarantine(state, user["id"])
    if doc is None:
        raise not_found("quarantine_settings", user["id"])
    state.store.delete("quarantine_settings", doc["id"])
    state.audit(ctx, "quarantine_settings", doc, "destroy", {"id": [doc["id"], None]})
    return deleted(ctx, "quarantine_settings", doc["id"])
