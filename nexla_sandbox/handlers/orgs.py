"""Orgs: members (activate/deactivate), custodians, account summary, auth settings, audit.

The sandbox org (id 1) holds every user until its member list is changed; it cannot be
deleted while it owns resources. Members named by an unknown email are invited (a user
is created), like Nexla does. Auth settings are the org's switches for the auth configs
it can use (`/api_auth_configs`), one setting per config with the config's id.
"""

from __future__ import annotations

from typing import Any

from ..domain import audit
from ..domain.docs import create_doc
from ..domain.people import find_user, render_user
from ..errors import ApiError, conflict, not_found
from ..registry import Ctx, handler
from ..state import DEFAULT_ORG_ID, DEFAULT_USER_ID, State, public
from ..store import Doc
from .common import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    audit_reply,
    body_list,
    deleted,
    must,
    require_body,
    visible,
)

SUMMARY_KINDS = ("data_sources", "data_sets", "data_sinks")


def _user(state: State, user_id: int) -> Doc:
    user = state.store.get("users", user_id) or {"id": user_id}
    return {
        "id": user["id"],
        "email": user.get("email") or f"user{user_id}@example.com",
        "full_name": user.get("full_name") or f"User {user_id}",
    }


def _full_user(ctx: Ctx, user_id: int) -> Doc:
    """A user as `GET /users/{id}` shows it (orgs embed their owner and admins whole)."""
    stored = ctx.state.store.get("users", user_id)
    if stored is None:
        return _user(ctx.state, user_id)
    return render_user(ctx.state, stored, expand=ctx.flag("expand"))


def _member(state: State, user_id: int, admin: bool, roles: list[str] | None = None) -> Doc:
    user = _user(state, user_id)
    stored = state.store.get("users", user_id) or {}
    return {
        **user,
        "is_admin?": admin,
        "access_role": roles or (["admin"] if admin else ["member"]),
        "org_membership_status": "ACTIVE",
        "user_status": stored.get("status") or "ACTIVE",
    }


def members(state: State, org: Doc) -> list[Doc]:
    if "_members" in org:
        return list(org["_members"])
    if org["id"] == DEFAULT_ORG_ID:
        users = [u for u in state.store.all("users") if not u.get("_deleted")]
        return [_member(state, u["id"], u["id"] == DEFAULT_USER_ID) for u in users]
    owner_id = (org.get("owner") or {}).get("id", DEFAULT_USER_ID)
    return [_member(state, int(owner_id), True)]


def render_org(ctx: Ctx, doc: Doc) -> Doc:
    state = ctx.state
    out = public(doc)
    owner_id = int((doc.get("owner") or {}).get("id") or DEFAULT_USER_ID)
    out["owner"] = _full_user(ctx, owner_id)
    billing = int(doc.get("_billing_owner_id") or owner_id)
    out["billing_owner"] = _full_user(ctx, billing)
    out["admins"] = [_full_user(ctx, m["id"]) for m in members(state, doc) if m.get("is_admin?")]
    out.setdefault("status", "ACTIVE")
    out.setdefault("access_roles", ["owner"])
    out.setdefault("description", None)
    out.setdefault("created_at", state.now())
    out.setdefault("updated_at", out["created_at"])
    out.setdefault("members_default_access_role", "collaborator")
    out.setdefault("enable_nexla_password_login", True)
    out.pop("org", None)
    return out


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "org"


def _invite(ctx: Ctx, ref: Doc) -> Doc:
    """An existing user by id/email, or a new user for an unknown email."""
    state = ctx.state
    if ref.get("id") is None and ref.get("email") is not None:
        known = [u for u in state.store.all("users") if u.get("email") == ref["email"]]
        if not known:
            return create_doc(
                ctx.state,
                ctx,
                "users",
                {
                    "full_name": ref.get("full_name") or str(ref["email"]).split("@")[0],
                    "email": ref["email"],
                    "status": "ACTIVE",
                },
            )
    return find_user(state, ref)


def _org_create(ctx: Ctx, body: Doc) -> Doc:
    state = ctx.state
    owner_id = body.get("owner_id") or (body.get("owner") or {}).get("id") or ctx.user_id or 1
    owner = must(ctx, "users", owner_id)
    fields: Doc = {
        "name": body["name"],
        "email_domain": body["email_domain"],
        "description": body.get("description"),
        "email": body.get("email"),
        "client_identifier": _slug(body["name"]),
        "status": "ACTIVE",
        "owner": state.owner_ref(owner["id"]),
        "_billing_owner_id": body.get("billing_owner_id") or owner["id"],
    }
    listed = [_member(state, owner["id"], True)]
    for ref in body.get("members") or []:
        user = _invite(ctx, ref)
        listed.append(_member(state, user["id"], bool(ref.get("admin"))))
    fields["_members"] = list({m["id"]: m for m in listed}.values())
    return fields


def _org_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {
        k: body[k]
        for k in (
            "name",
            "description",
            "email",
            "email_domain",
            "client_identifier",
            "enable_nexla_password_login",
        )
        if k in body
    }
    owner_id = body.get("owner_id") or (body.get("owner") or {}).get("id")
    if owner_id is not None:
        changes["owner"] = ctx.state.owner_ref(must(ctx, "users", owner_id)["id"])
    if body.get("billing_owner_id") is not None:
        changes["_billing_owner_id"] = must(ctx, "users", body["billing_owner_id"])["id"]
    if "members" in body:
        _set_members(ctx, doc, _merge(ctx, doc, body["members"] or []))
    if "custodians" in body:
        _set_custodians(ctx, doc, [_custodian(ctx, r) for r in body["custodians"] or []])
    return changes


def _org_in_use(state: State, doc: Doc) -> str | None:
    if doc["id"] == DEFAULT_ORG_ID:
        counts = {k: len(visible_all(state, k)) for k in SUMMARY_KINDS}
        return f"Org {doc['id']} is the sandbox org and still holds resources {counts}"
    return None


def visible_all(state: State, kind: str) -> list[Doc]:
    return [d for d in state.store.all(kind) if not d.get("_deleted")]


RENDER["orgs"] = render_org
ON_CREATE["orgs"] = _org_create
ON_UPDATE["orgs"] = _org_update
IN_USE["orgs"] = _org_in_use


@handler("create_org", shaped=True)
def create_org(ctx: Ctx) -> Any:
    body = require_body(ctx)
    for org in ctx.state.store.all("orgs"):
        if org.get("name") == body["name"]:
            raise conflict(f"An org named {body['name']!r} already exists", "orgs", org["id"])
    return render_org(ctx, create_doc(ctx.state, ctx, "orgs", _org_create(ctx, body)))


# -- members ---------------------------------------------------------------------------
def _set_members(ctx: Ctx, org: Doc, new: list[Doc]) -> list[Doc]:
    old = members(ctx.state, org)
    org["_members"] = new
    ctx.state.save("orgs", org)
    if old != new:
        ctx.state.audit(
            ctx,
            "orgs",
            org,
            "update",
            {"members": [[m["id"] for m in old], [m["id"] for m in new]]},
        )
    return new


def _merge(ctx: Ctx, org: Doc, refs: list[Any]) -> list[Doc]:
    current = {m["id"]: m for m in members(ctx.state, org)}
    for ref in refs:
        if not isinstance(ref, dict):
            continue
        user = _invite(ctx, ref)
        admin = bool(ref.get("admin", current.get(user["id"], {}).get("is_admin?", False)))
        current[user["id"]] = _member(ctx.state, user["id"], admin, ref.get("access_role"))
    return list(current.values())


@handler("get_org_members", shaped=True)
def get_members(ctx: Ctx) -> Any:
    return members(ctx.state, must(ctx, "orgs", ctx.path["org_id"]))


@handler("update_org_members", shaped=True)
def update_members(ctx: Ctx) -> Any:
    org = must(ctx, "orgs", ctx.path["org_id"])
    return _set_members(ctx, org, _merge(ctx, org, body_list(ctx, "members")))


@handler("replace_org_members", shaped=True)
def replace_members(ctx: Ctx) -> Any:
    org = must(ctx, "orgs", ctx.path["org_id"])
    owner_id = int((org.get("owner") or {}).get("id") or DEFAULT_USER_ID)
    kept = {owner_id: _member(ctx.state, owner_id, True)}  # the owner stays a member
    org_copy = {**org, "_members": list(kept.values())}
    return _set_members(ctx, org, _merge(ctx, org_copy, body_list(ctx, "members")))


@handler("delete_org_members", shaped=True)
def delete_members(ctx: Ctx) -> Any:
    state = ctx.state
    org = must(ctx, "orgs", ctx.path["org_id"])
    owner_id = int((org.get("owner") or {}).get("id") or DEFAULT_USER_ID)
    drop: set[int] = set()
    for ref in body_list(ctx, "members"):
        user = find_user(state, ref)
        if user["id"] == owner_id:
            raise conflict(f"User {owner_id} owns org {org['id']}", "orgs", org["id"])
        delegate = ref.get("delegate_owner_id") if isinstance(ref, dict) else None
        if delegate is not None:
            must(ctx, "users", delegate)
        drop.add(user["id"])
    _set_members(ctx, org, [m for m in members(state, org) if m["id"] not in drop])
    return deleted(ctx, "orgs", org["id"])


@handler("activate_org_members", "deactivate_org_members", shaped=True)
def member_status(ctx: Ctx) -> Any:
    state = ctx.state
    org = must(ctx, "orgs", ctx.path["org_id"])
    status = "ACTIVE" if ctx.operation_id.startswith("activate") else "DEACTIVATED"
    current = members(state, org)
    by_id = {m["id"]: m for m in current}
    for ref in body_list(ctx, "members"):
        user = find_user(state, ref)
        if user["id"] not in by_id:
            raise ApiError(404, f"User {user['id']} is not a member of org {org['id']}")
        by_id[user["id"]] = {**by_id[user["id"]], "org_membership_status": status}
    return _set_members(ctx, org, [by_id[m["id"]] for m in current])


# -- custodians ------------------------------------------------------------------------
def _custodian(ctx: Ctx, ref: Any) -> Doc:
    user = find_user(ctx.state, ref)
    return _user(ctx.state, user["id"])


def _set_custodians(ctx: Ctx, org: Doc, new: list[Doc]) -> list[Doc]:
    old = list(org.get("_custodians") or [])
    unique = list({c["id"]: c for c in new}.values())
    org["_custodians"] = unique
    ctx.state.save("orgs", org)
    if old != unique:
        ctx.state.audit(
            ctx,
            "orgs",
            org,
            "update",
            {"custodians": [[c["id"] for c in old], [c["id"] for c in unique]]},
        )
    return unique


@handler("get_org_custodians", shaped=True)
def get_custodians(ctx: Ctx) -> Any:
    return list(must(ctx, "orgs", ctx.path["org_id"]).get("_custodians") or [])


@handler("add_org_custodians", "update_org_custodians", "remove_org_custodians", shaped=True)
def change_custodians(ctx: Ctx) -> Any:
    org = must(ctx, "orgs", ctx.path["org_id"])
    given = [_custodian(ctx, r) for r in body_list(ctx, "custodians")]
    old = list(org.get("_custodians") or [])
    if ctx.operation_id == "add_org_custodians":
        new = old + given
    elif ctx.operation_id == "update_org_custodians":
        new = given
    else:
        drop = {c["id"] for c in given}
        _set_custodians(ctx, org, [c for c in old if c["id"] not in drop])
        return None
    return _set_custodians(ctx, org, new)


# -- account summary, audit ------------------------------------------------------------
def _counts(docs: list[Doc]) -> dict[str, int]:
    return {
        "total": len(docs),
        "active": sum(1 for d in docs if d.get("status") == "ACTIVE"),
        "paused": sum(1 for d in docs if d.get("status") == "PAUSED"),
    }


def account_summary(state: State, org_id: int) -> Doc:
    """Counters per kind; nexsets are grouped one level deeper, by how they came to be."""
    out: Doc = {"org_id": org_id}
    for kind in SUMMARY_KINDS:
        docs = [d for d in visible_all(state, kind) if (d.get("org") or {}).get("id") == org_id]
        if kind == "data_sets":
            out[kind] = {
                "detected": _counts([d for d in docs if d.get("data_source_id")]),
                "derived": _counts([d for d in docs if not d.get("data_source_id")]),
            }
        else:
            out[kind] = _counts(docs)
    return out


@handler("get_current_org_account_summary", shaped=True)
def current_summary(ctx: Ctx) -> Any:
    return account_summary(ctx.state, DEFAULT_ORG_ID)


@handler("get_org_account_summary", shaped=True)
def org_summary(ctx: Ctx) -> Any:
    return account_summary(ctx.state, must(ctx, "orgs", ctx.path["org_id"])["id"])


@handler("get_org_resource_audit_log", shaped=True)
def org_resource_audit(ctx: Ctx) -> Any:
    """Every audit entry of one resource type in the org (`data_sources`, `projects`, ...)."""
    org = must(ctx, "orgs", ctx.path["org_id"])
    resource_type = str(ctx.path["resource_type"])
    entries = audit.of_org(ctx.state, org["id"], resource_type)
    if entries is None:
        raise ApiError(400, f"Unknown resource type {resource_type!r}")
    return audit_reply(ctx, entries)


# -- auth settings ---------------------------------------------------------------------
def _settings(ctx: Ctx, org: Doc) -> list[Doc]:
    enabled = org.get("_auth_enabled") or {}
    out = []
    for config in visible(ctx, "api_auth_configs"):
        if not config.get("global") and (config.get("org") or {}).get("id") != org["id"]:
            continue
        out.append(
            {
                "id": config["id"],
                "enabled": bool(enabled.get(str(config["id"]), config.get("enabled_by_default"))),
                "org": {"id": org["id"], "name": org.get("name")},
                "auth_config": {
                    k: config.get(k) for k in ("id", "uid", "protocol", "name", "description")
                }
                | {"global": bool(config.get("global"))},
                "created_at": config.get("created_at"),
                "updated_at": org.get("updated_at") or config.get("updated_at"),
            }
        )
    return out


@handler("get_api_auth_settings", shaped=True)
def auth_settings(ctx: Ctx) -> Any:
    return _settings(ctx, must(ctx, "orgs", ctx.path["org_id"]))


@handler("update_org_auth_setting", shaped=True)
def update_auth_setting(ctx: Ctx) -> Any:
    body = require_body(ctx)
    org = must(ctx, "orgs", ctx.path["org_id"])
    setting_id = int(ctx.path["auth_setting_id"])
    if not any(s["id"] == setting_id for s in _settings(ctx, org)):
        raise not_found("auth_settings", setting_id)
    enabled = dict(org.get("_auth_enabled") or {})
    old = enabled.get(str(setting_id))
    enabled[str(setting_id)] = bool(body["enabled"])
    org["_auth_enabled"] = enabled
    ctx.state.save("orgs", org)
    if old != body["enabled"]:
        ctx.state.audit(
            ctx, "orgs", org, "update", {"auth_settings": [old, {setting_id: body["enabled"]}]}
        )
    return next(s for s in _settings(ctx, org) if s["id"] == setting_id)
