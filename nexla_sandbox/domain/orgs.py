"""Orgs: members (invited, activated, deactivated), custodians, account summary, auth settings.

The sandbox org (id 1) holds every user until its member list is changed; it cannot be
deleted while it owns resources. Members named by an unknown email are invited (a user
is created), like Nexla does. Auth settings are the org's switches for the auth configs
it can use, one setting per config with the config's id.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, conflict
from ..state import DEFAULT_ORG_ID, DEFAULT_USER_ID, Actor, State, public
from ..store import Doc
from .docs import create_doc, replace_list
from .people import find_user, render_user

SUMMARY_KINDS = ("data_sources", "data_sets", "data_sinks")


def user_brief(state: State, user_id: int) -> Doc:
    user = state.store.get("users", user_id) or {"id": user_id}
    return {
        "id": user["id"],
        "email": user.get("email") or f"user{user_id}@example.com",
        "full_name": user.get("full_name") or f"User {user_id}",
    }


def _full_user(state: State, user_id: int, expand: bool) -> Doc:
    """A user as `GET /users/{id}` shows it (orgs embed their owner and admins whole)."""
    stored = state.store.get("users", user_id)
    if stored is None:
        return user_brief(state, user_id)
    return render_user(state, stored, expand=expand)


def member(state: State, user_id: int, admin: bool, roles: list[str] | None = None) -> Doc:
    user = user_brief(state, user_id)
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
        return [member(state, u["id"], u["id"] == DEFAULT_USER_ID) for u in users]
    owner_id = (org.get("owner") or {}).get("id", DEFAULT_USER_ID)
    return [member(state, int(owner_id), True)]


def owner_of(org: Doc) -> int:
    return int((org.get("owner") or {}).get("id") or DEFAULT_USER_ID)


def render_org(state: State, doc: Doc, *, expand: bool = False) -> Doc:
    out = public(doc)
    owner_id = owner_of(doc)
    out["owner"] = _full_user(state, owner_id, expand)
    billing = int(doc.get("_billing_owner_id") or owner_id)
    out["billing_owner"] = _full_user(state, billing, expand)
    out["admins"] = [
        _full_user(state, m["id"], expand) for m in members(state, doc) if m.get("is_admin?")
    ]
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


def invite(state: State, actor: Actor | None, ref: Doc) -> Doc:
    """An existing user by id/email, or a new user for an unknown email."""
    if ref.get("id") is None and ref.get("email") is not None:
        known = [u for u in state.store.all("users") if u.get("email") == ref["email"]]
        if not known:
            return create_doc(
                state,
                actor,
                "users",
                {
                    "full_name": ref.get("full_name") or str(ref["email"]).split("@")[0],
                    "email": ref["email"],
                    "status": "ACTIVE",
                },
            )
    return find_user(state, ref)


def org_fields(state: State, actor: Actor | None, body: Doc) -> Doc:
    caller = actor.user_id if actor else 0
    owner_id = body.get("owner_id") or (body.get("owner") or {}).get("id") or caller or 1
    owner = state.must("users", int(owner_id))
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
    listed = [member(state, owner["id"], True)]
    for ref in body.get("members") or []:
        user = invite(state, actor, ref)
        listed.append(member(state, user["id"], bool(ref.get("admin"))))
    fields["_members"] = list({m["id"]: m for m in listed}.values())
    return fields


def create_org(state: State, actor: Actor | None, body: Doc) -> Doc:
    """A new org (409 when one has the name already)."""
    for org in state.store.all("orgs"):
        if org.get("name") == body["name"]:
            raise conflict(f"An org named {body['name']!r} already exists", "orgs", org["id"])
    return create_doc(state, actor, "orgs", org_fields(state, actor, body))


def org_changes(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
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
        changes["owner"] = state.owner_ref(state.must("users", int(owner_id))["id"])
    if body.get("billing_owner_id") is not None:
        changes["_billing_owner_id"] = state.must("users", int(body["billing_owner_id"]))["id"]
    if "members" in body:
        set_members(state, actor, doc, merge(state, actor, doc, body["members"] or []))
    if "custodians" in body:
        given = [custodian(state, r) for r in body["custodians"] or []]
        set_custodians(state, actor, doc, given)
    return changes


def _live(state: State, kind: str) -> list[Doc]:
    return [d for d in state.store.all(kind) if not d.get("_deleted")]


def org_in_use(state: State, doc: Doc) -> str | None:
    if doc["id"] == DEFAULT_ORG_ID:
        counts = {k: len(_live(state, k)) for k in SUMMARY_KINDS}
        return f"Org {doc['id']} is the sandbox org and still holds resources {counts}"
    return None


# -- members ---------------------------------------------------------------------------
def set_members(state: State, actor: Actor | None, org: Doc, new: list[Doc]) -> list[Doc]:
    return replace_list(state, actor, "orgs", org, "members", members(state, org), new)


def merge(state: State, actor: Actor | None, org: Doc, refs: list[Any]) -> list[Doc]:
    """The org's members with the given ones added or changed (unknown emails invited)."""
    current = {m["id"]: m for m in members(state, org)}
    for ref in refs:
        if not isinstance(ref, dict):
            continue
        user = invite(state, actor, ref)
        admin = bool(ref.get("admin", current.get(user["id"], {}).get("is_admin?", False)))
        current[user["id"]] = member(state, user["id"], admin, ref.get("access_role"))
    return list(current.values())


def replace_members(state: State, actor: Actor | None, org: Doc, refs: list[Any]) -> list[Doc]:
    """Members replaced by the given ones; the owner stays a member."""
    owner_id = owner_of(org)
    org_copy = {**org, "_members": [member(state, owner_id, True)]}
    return set_members(state, actor, org, merge(state, actor, org_copy, refs))


def remove_members(state: State, actor: Actor | None, org: Doc, refs: list[Any]) -> None:
    """Members removed (409 for the owner; a named delegate owner must exist)."""
    owner_id = owner_of(org)
    drop: set[int] = set()
    for ref in refs:
        user = find_user(state, ref)
        if user["id"] == owner_id:
            raise conflict(f"User {owner_id} owns org {org['id']}", "orgs", org["id"])
        delegate = ref.get("delegate_owner_id") if isinstance(ref, dict) else None
        if delegate is not None:
            state.must("users", int(delegate))
        drop.add(user["id"])
    set_members(state, actor, org, [m for m in members(state, org) if m["id"] not in drop])


def set_member_status(
    state: State, actor: Actor | None, org: Doc, refs: list[Any], status: str
) -> list[Doc]:
    current = members(state, org)
    by_id = {m["id"]: m for m in current}
    for ref in refs:
        user = find_user(state, ref)
        if user["id"] not in by_id:
            raise ApiError(404, f"User {user['id']} is not a member of org {org['id']}")
        by_id[user["id"]] = {**by_id[user["id"]], "org_membership_status": status}
    return set_members(state, actor, org, [by_id[m["id"]] for m in current])


# -- custodians ------------------------------------------------------------------------
def custodian(state: State, ref: Any) -> Doc:
    return user_brief(state, find_user(state, ref)["id"])


def set_custodians(state: State, actor: Actor | None, org: Doc, new: list[Doc]) -> list[Doc]:
    old = list(org.get("_custodians") or [])
    unique = list({c["id"]: c for c in new}.values())
    return replace_list(state, actor, "orgs", org, "custodians", old, unique)


# -- account summary -------------------------------------------------------------------
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
        docs = [d for d in _live(state, kind) if (d.get("org") or {}).get("id") == org_id]
        if kind == "data_sets":
            out[kind] = {
                "detected": _counts([d for d in docs if d.get("data_source_id")]),
                "derived": _counts([d for d in docs if not d.get("data_source_id")]),
            }
        else:
            out[kind] = _counts(docs)
    return out


# -- auth settings ---------------------------------------------------------------------
def auth_settings(org: Doc, configs: list[Doc]) -> list[Doc]:
    """The org's setting for each of `configs` it may use (its own and global ones)."""
    enabled = org.get("_auth_enabled") or {}
    out = []
    for config in configs:
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


def enable_auth_setting(
    state: State, actor: Actor | None, org: Doc, setting_id: int, on: bool
) -> None:
    enabled = dict(org.get("_auth_enabled") or {})
    old = enabled.get(str(setting_id))
    enabled[str(setting_id)] = bool(on)
    org["_auth_enabled"] = enabled
    state.save("orgs", org)
    if old != on:
        state.audit(actor, "orgs", org, "update", {"auth_settings": [old, {setting_id: on}]})
