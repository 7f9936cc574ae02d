"""Marketplace domains, items and custodians; approval requests; self sign-up; auth configs.

Publishing a nexset to a domain files a pending approval request assigned to the org
owner; approving or rejecting it settles the item. A domain with items or sub-domains
cannot be deleted (409). Sign-ups from a blocked domain are refused (400); others become
pending requests whose email is verified with the token Nexla would mail, and approving
one creates the user.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..errors import ApiError, conflict
from ..state import DEFAULT_ORG_ID, DEFAULT_USER_ID, Actor, State, public
from ..store import Doc
from .docs import create_doc, replace_list
from .people import find_user
from .records import records_of


# -- marketplace -----------------------------------------------------------------------
def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split()) or "domain"


def render_domain(doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = doc.get("org_id") or (doc.get("org") or {}).get("id")
    out["owner_id"] = doc.get("owner_id") or (doc.get("owner") or {}).get("id")
    out["custodians"] = list(doc.get("_custodians") or [])
    return out


def custodians(state: State, refs: list[Any]) -> list[Doc]:
    out: dict[int, Doc] = {}
    for ref in refs:
        user = find_user(state, ref)
        out[user["id"]] = {
            "id": user["id"],
            "email": user.get("email"),
            "full_name": user.get("full_name"),
        }
    return list(out.values())


def domain_fields(state: State, body: Doc) -> Doc:
    fields: Doc = {k: body[k] for k in ("name", "description", "parent_id") if k in body}
    if body.get("parent_id") is not None:
        state.must("marketplace_domains", int(body["parent_id"]))
    if body.get("org_id") is not None:
        fields["org_id"] = state.must("orgs", int(body["org_id"]))["id"]
    if body.get("owner_id") is not None:
        fields["owner_id"] = state.must("users", int(body["owner_id"]))["id"]
    if "name" in body:
        fields["slug"] = _slug(str(body["name"]))
    if body.get("custodians") is not None:
        fields["_custodians"] = custodians(state, body["custodians"])
    return fields


def domain_changes(state: State, doc: Doc, body: Doc) -> Doc:
    if body.get("parent_id") == doc["id"]:
        raise ApiError(400, "A domain cannot be its own parent")
    return domain_fields(state, body)


def domain_in_use(state: State, doc: Doc) -> str | None:
    items = [i["id"] for i in state.store.all("marketplace_items") if i["domain_id"] == doc["id"]]
    subs = [
        d["id"] for d in state.store.all("marketplace_domains") if d.get("parent_id") == doc["id"]
    ]
    if items or subs:
        return f"Domain {doc['id']} still has items {items} and sub-domains {subs}"
    return None


def create_domain(state: State, actor: Actor | None, body: Doc) -> Doc:
    fields = domain_fields(state, body)
    fields.setdefault("parent_id", None)
    fields.setdefault("org_id", DEFAULT_ORG_ID)
    fields.setdefault("owner_id", (actor.user_id if actor else 0) or DEFAULT_USER_ID)
    return create_doc(state, actor, "marketplace_domains", fields)


def change_custodians(
    state: State, actor: Actor | None, doc: Doc, how: str, refs: list[Any]
) -> list[Doc]:
    """`add`, `update` (replace) or `remove` a domain's custodians."""
    old = list(doc.get("_custodians") or [])
    given = custodians(state, refs)
    if how == "add":
        new = list({c["id"]: c for c in old + given}.values())
    elif how == "update":
        new = given
    else:
        drop = {c["id"] for c in given}
        new = [c for c in old if c["id"] not in drop]
    return replace_list(state, actor, "marketplace_domains", doc, "custodians", old, new)


def render_item(state: State, doc: Doc) -> Doc:
    out = public(doc)
    nexset = state.store.get("data_sets", int(doc.get("resource_id") or 0))
    out["data_samples"] = records_of(state, nexset)[:3] if nexset is not None else []
    return out


def create_item(state: State, actor: Actor | None, domain: Doc, body: Doc) -> Doc:
    """List a nexset in a domain, pending the approval request this files."""
    nexset = state.must("data_sets", int(body["data_set_id"]))
    for item in state.store.all("marketplace_items"):
        if item["domain_id"] == domain["id"] and item.get("resource_id") == nexset["id"]:
            raise conflict(
                f"Nexset {nexset['id']} is already listed in domain {domain['id']}",
                "marketplace_items",
                item["id"],
            )
    item = create_doc(
        state,
        actor,
        "marketplace_items",
        {
            "name": body["name"],
            "description": body.get("description"),
            "domain_id": domain["id"],
            "resource_type": "data_set",
            "resource_id": nexset["id"],
            "status": "pending",
        },
    )
    requester = (actor.user_id if actor else 0) or DEFAULT_USER_ID
    create_doc(
        state,
        actor,
        "approval_requests",
        {
            "org_id": DEFAULT_ORG_ID,
            "request_type": "marketplace_item_publish",
            "status": "pending",
            "topic_id": domain["id"],
            "resource_type": "marketplace_items",
            "resource_id": item["id"],
            "requestor_id": requester,
            "requester_id": requester,
            "assignee_id": DEFAULT_USER_ID,
            "reason": f"Publish nexset {nexset['id']} to {domain['name']}",
            "rejection_reason": None,
        },
    )
    return item


def settle(state: State, actor: Actor | None, doc: Doc, status: str, reason: str | None) -> Doc:
    """Approve or reject a pending request (409 once settled); settles its item too."""
    if doc.get("status") != "pending":
        raise conflict(
            f"Approval request {doc['id']} is already {doc.get('status')}",
            "approval_requests",
            doc["id"],
        )
    changes: Doc = {"status": status}
    if reason is not None:
        changes["rejection_reason"] = reason
    state.update_fields(actor, "approval_requests", doc, changes, event=status)
    if doc.get("resource_type") == "marketplace_items":
        item = state.store.get("marketplace_items", int(doc.get("resource_id") or 0))
        if item is not None:
            state.update_fields(actor, "marketplace_items", item, {"status": status})
    return doc


# -- self sign-up ----------------------------------------------------------------------
def _blocked(state: State, email: str) -> bool:
    domain = email.rsplit("@", 1)[-1].lower()
    return any(
        str(d.get("domain", "")).lower() == domain
        for d in state.store.all("self_signup_blocked_domains")
    )


def _token(email: str) -> str:
    return hashlib.sha256(f"sandbox-signup:{email}".encode()).hexdigest()[:32]


def blocked_domain_fields(state: State, body: Doc) -> Doc:
    domain = str(body["domain"]).strip().lower()
    if not domain or "@" in domain:
        raise ApiError(400, "domain is a bare email domain, e.g. example.org")
    for d in state.store.all("self_signup_blocked_domains"):
        if d.get("domain") == domain:
            raise conflict(f"{domain} is already blocked", "self_signup_blocked_domains", d["id"])
    return {"domain": domain}


def sign_up(state: State, actor: Actor | None, body: Doc) -> Doc:
    """A pending sign-up request (400 for a blocked domain, 409 for a known email)."""
    email = str(body["email"]).strip().lower()
    if "@" not in email:
        raise ApiError(400, "email is not an email address")
    if _blocked(state, email):
        raise ApiError(400, f"Sign-ups from {email.rsplit('@', 1)[-1]} are blocked")
    for req in state.store.all("self_signup_requests"):
        if req.get("email") == email:
            raise conflict(f"{email} has already signed up", "self_signup_requests", req["id"])
    return create_doc(
        state,
        actor,
        "self_signup_requests",
        {
            "status": "pending",
            "email": email,
            "full_name": body.get("full_name"),
            "invite_id": None,
            "_token": _token(email),
        },
    )


def verify_email(state: State, actor: Actor | None, token: str) -> None:
    for req in state.store.all("self_signup_requests"):
        if req.get("_token") == token:
            if req.get("status") == "pending":
                state.update_fields(
                    actor, "self_signup_requests", req, {"status": "email_verified"}
                )
            return
    raise ApiError(404, "Unknown or expired verification token")


def approve_sign_up(state: State, actor: Actor | None, req: Doc) -> Doc:
    if req.get("status") in ("approved", "rejected"):
        raise conflict(
            f"Sign-up request {req['id']} is already {req['status']}",
            "self_signup_requests",
            req["id"],
        )
    email = str(req.get("email"))
    if not any(u.get("email") == email for u in state.store.all("users")):
        create_doc(
            state,
            actor,
            "users",
            {
                "full_name": req.get("full_name") or email.split("@")[0],
                "email": email,
                "status": "ACTIVE",
            },
        )
    return state.update_fields(actor, "self_signup_requests", req, {"status": "approved"})


# -- auth configs ----------------------------------------------------------------------
def render_auth_config(doc: Doc) -> Doc:
    out = public(doc)
    out.setdefault("global", False)
    for key in ("org_id", "owner_id", "metadata", "enabled_by_default", "check_state"):
        out.pop(key, None)
    return out


def auth_config_changes(state: State, body: Doc) -> Doc:
    fields = {k: v for k, v in body.items() if k != "secret_config"}
    if body.get("org_id") is not None:
        fields["org"] = (
            state.org_ref()
            if body["org_id"] == DEFAULT_ORG_ID
            else {"id": state.must("orgs", int(body["org_id"]))["id"]}
        )
    if body.get("owner_id") is not None:
        fields["owner"] = state.owner_ref(state.must("users", int(body["owner_id"]))["id"])
    return fields


def auth_config_fields(state: State, body: Doc) -> Doc:
    fields = auth_config_changes(state, body)
    fields.setdefault("protocol", "saml")
    name = str(body.get("name") or fields["protocol"])
    fields.setdefault("uid", hashlib.sha256(f"auth:{name}".encode()).hexdigest()[:16])
    return fields
