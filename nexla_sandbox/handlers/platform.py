"""Marketplace domains, items and custodians; approval requests; self sign-up; auth
configs; rate limits.

Publishing a nexset to a domain (`POST /marketplace/domains/{id}/items`) files a pending
approval request assigned to the org owner; approving or rejecting it settles the item.
A domain with items or sub-domains cannot be deleted (409). Sign-ups from a blocked
domain are refused (400); others become pending requests whose email is verified with
the token Nexla would mail, and approving one creates the user.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..registry import ApiError, Ctx, Reply, conflict
from ..state import DEFAULT_ORG_ID, DEFAULT_USER_ID, State, public, require_body
from ..store import Doc
from .common import visible
from .generic import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    body_list,
    create_doc,
    deleted,
    must,
    paged,
    shaped_handler,
)
from .people import find_user


# -- marketplace -----------------------------------------------------------------------
def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split()) or "domain"


def render_domain(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out["org_id"] = doc.get("org_id") or (doc.get("org") or {}).get("id")
    out["owner_id"] = doc.get("owner_id") or (doc.get("owner") or {}).get("id")
    out["custodians"] = list(doc.get("_custodians") or [])
    return out


def _custodians(ctx: Ctx, refs: list[Any]) -> list[Doc]:
    out: dict[int, Doc] = {}
    for ref in refs:
        user = find_user(ctx.state, ref)
        out[user["id"]] = {
            "id": user["id"],
            "email": user.get("email"),
            "full_name": user.get("full_name"),
        }
    return list(out.values())


def _domain_fields(ctx: Ctx, body: Doc) -> Doc:
    fields: Doc = {k: body[k] for k in ("name", "description", "parent_id") if k in body}
    if body.get("parent_id") is not None:
        must(ctx, "marketplace_domains", body["parent_id"])
    if body.get("org_id") is not None:
        fields["org_id"] = must(ctx, "orgs", body["org_id"])["id"]
    if body.get("owner_id") is not None:
        fields["owner_id"] = must(ctx, "users", body["owner_id"])["id"]
    if "name" in body:
        fields["slug"] = _slug(str(body["name"]))
    if body.get("custodians") is not None:
        fields["_custodians"] = _custodians(ctx, body["custodians"])
    return fields


def _domain_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    if body.get("parent_id") == doc["id"]:
        raise ApiError(400, "A domain cannot be its own parent")
    return _domain_fields(ctx, body)


def _domain_in_use(state: State, doc: Doc) -> str | None:
    items = [i["id"] for i in state.store.all("marketplace_items") if i["domain_id"] == doc["id"]]
    subs = [
        d["id"] for d in state.store.all("marketplace_domains") if d.get("parent_id") == doc["id"]
    ]
    if items or subs:
        return f"Domain {doc['id']} still has items {items} and sub-domains {subs}"
    return None


RENDER["marketplace_domains"] = render_domain
ON_UPDATE["marketplace_domains"] = _domain_update
IN_USE["marketplace_domains"] = _domain_in_use


@shaped_handler("create_domains")
def create_domain(ctx: Ctx) -> Any:
    body = require_body(ctx)
    fields = _domain_fields(ctx, body)
    fields.setdefault("parent_id", None)
    fields.setdefault("org_id", DEFAULT_ORG_ID)
    fields.setdefault("owner_id", ctx.user_id or DEFAULT_USER_ID)
    return render_domain(ctx, create_doc(ctx, "marketplace_domains", fields))


@shaped_handler("get_domains_for_org")
def domains_for_org(ctx: Ctx) -> Any:
    org_id = must(ctx, "orgs", ctx.q("org_id"))["id"]
    return [
        render_domain(ctx, d)
        for d in visible(ctx, "marketplace_domains")
        if (d.get("org_id") or DEFAULT_ORG_ID) == org_id
    ]


@shaped_handler("get_domain_custodians")
def domain_custodians(ctx: Ctx) -> Any:
    return list(must(ctx, "marketplace_domains", ctx.path["domain_id"]).get("_custodians") or [])


@shaped_handler("add_domain_custodians", "update_domain_custodians", "remove_domain_custodians")
def change_domain_custodians(ctx: Ctx) -> Any:
    state = ctx.state
    doc = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    old = list(doc.get("_custodians") or [])
    given = _custodians(ctx, body_list(ctx, "custodians"))
    if ctx.operation_id == "add_domain_custodians":
        new = list({c["id"]: c for c in old + given}.values())
    elif ctx.operation_id == "update_domain_custodians":
        new = given
    else:
        drop = {c["id"] for c in given}
        new = [c for c in old if c["id"] not in drop]
    doc["_custodians"] = new
    state.save("marketplace_domains", doc)
    if new != old:
        state.audit(
            ctx,
            "marketplace_domains",
            doc,
            "update",
            {"custodians": [[c["id"] for c in old], [c["id"] for c in new]]},
        )
    if ctx.operation_id == "remove_domain_custodians":
        return deleted(ctx, "marketplace_domains", doc["id"])
    return new


def render_item(ctx: Ctx, doc: Doc) -> Doc:
    from .nexsets import records_of

    out = public(doc)
    nexset = ctx.state.store.get("data_sets", int(doc.get("resource_id") or 0))
    out["data_samples"] = records_of(ctx.state, nexset)[:3] if nexset is not None else []
    return out


RENDER["marketplace_items"] = render_item


@shaped_handler("get_domain_items")
def domain_items(ctx: Ctx) -> Any:
    domain = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    return [
        render_item(ctx, i)
        for i in ctx.state.store.all("marketplace_items")
        if i["domain_id"] == domain["id"]
    ]


@shaped_handler("create_domain_item")
def create_item(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    domain = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    nexset = must(ctx, "data_sets", body["data_set_id"])
    for item in state.store.all("marketplace_items"):
        if item["domain_id"] == domain["id"] and item.get("resource_id") == nexset["id"]:
            raise conflict(
                f"Nexset {nexset['id']} is already listed in domain {domain['id']}",
                "marketplace_items",
                item["id"],
            )
    item = create_doc(
        ctx,
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
    create_doc(
        ctx,
        "approval_requests",
        {
            "org_id": DEFAULT_ORG_ID,
            "request_type": "marketplace_item_publish",
            "status": "pending",
            "topic_id": domain["id"],
            "resource_type": "marketplace_items",
            "resource_id": item["id"],
            "requestor_id": ctx.user_id or DEFAULT_USER_ID,
            "requester_id": ctx.user_id or DEFAULT_USER_ID,
            "assignee_id": DEFAULT_USER_ID,
            "reason": f"Publish nexset {nexset['id']} to {domain['name']}",
            "rejection_reason": None,
        },
    )
    return render_item(ctx, item)


# -- approval requests -----------------------------------------------------------------
RENDER["approval_requests"] = lambda ctx, doc: public(doc)


@shaped_handler("get_pending_approval_requests")
def pending(ctx: Ctx) -> Any:
    uid = ctx.user_id or DEFAULT_USER_ID
    return [
        public(d)
        for d in ctx.state.store.all("approval_requests")
        if d.get("status") == "pending" and d.get("assignee_id") == uid
    ]


@shaped_handler("get_requested_approval_requests")
def requested(ctx: Ctx) -> Any:
    uid = ctx.user_id or DEFAULT_USER_ID
    return [
        public(d) for d in ctx.state.store.all("approval_requests") if d.get("requestor_id") == uid
    ]


def _settle(ctx: Ctx, status: str, reason: str | None) -> Doc:
    state = ctx.state
    doc = must(ctx, "approval_requests", ctx.path["request_id"])
    if doc.get("status") != "pending":
        raise conflict(
            f"Approval request {doc['id']} is already {doc.get('status')}",
            "approval_requests",
            doc["id"],
        )
    changes: Doc = {"status": status}
    if reason is not None:
        changes["rejection_reason"] = reason
    state.update_fields(ctx, "approval_requests", doc, changes, event=status)
    if doc.get("resource_type") == "marketplace_items":
        item = state.store.get("marketplace_items", int(doc.get("resource_id") or 0))
        if item is not None:
            state.update_fields(ctx, "marketplace_items", item, {"status": status})
    return public(doc)


@shaped_handler("approve_approval_request")
def approve(ctx: Ctx) -> Any:
    return _settle(ctx, "approved", None)


@shaped_handler("reject_approval_request")
def reject(ctx: Ctx) -> Any:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    return _settle(ctx, "rejected", body.get("reason") or "Rejected")


# -- self sign-up ----------------------------------------------------------------------
def _blocked(state: State, email: str) -> bool:
    domain = email.rsplit("@", 1)[-1].lower()
    return any(
        str(d.get("domain", "")).lower() == domain
        for d in state.store.all("self_signup_blocked_domains")
    )


def _token(email: str) -> str:
    return hashlib.sha256(f"sandbox-signup:{email}".encode()).hexdigest()[:32]


RENDER["self_signup_requests"] = lambda ctx, doc: public(doc)
RENDER["self_signup_blocked_domains"] = lambda ctx, doc: public(doc)


def _blocked_fields(ctx: Ctx, body: Doc) -> Doc:
    domain = str(body["domain"]).strip().lower()
    if not domain or "@" in domain:
        raise ApiError(400, "domain is a bare email domain, e.g. example.org")
    for d in ctx.state.store.all("self_signup_blocked_domains"):
        if d.get("domain") == domain:
            raise conflict(f"{domain} is already blocked", "self_signup_blocked_domains", d["id"])
    return {"domain": domain}


ON_CREATE["self_signup_blocked_domains"] = _blocked_fields
ON_UPDATE["self_signup_blocked_domains"] = lambda ctx, doc, body: _blocked_fields(ctx, body)


@shaped_handler("self_sign_up")
def sign_up(ctx: Ctx) -> Any:
    body = require_body(ctx)
    state = ctx.state
    email = str(body["email"]).strip().lower()
    if "@" not in email:
        raise ApiError(400, "email is not an email address")
    if _blocked(state, email):
        raise ApiError(400, f"Sign-ups from {email.rsplit('@', 1)[-1]} are blocked")
    for req in state.store.all("self_signup_requests"):
        if req.get("email") == email:
            raise conflict(f"{email} has already signed up", "self_signup_requests", req["id"])
    create_doc(
        ctx,
        "self_signup_requests",
        {
            "status": "pending",
            "email": email,
            "full_name": body.get("full_name"),
            "invite_id": None,
            "_token": _token(email),
        },
    )
    return Reply(status=204)


@shaped_handler("verify_email")
def verify_email(ctx: Ctx) -> Any:
    token = str(ctx.q("token"))
    for req in ctx.state.store.all("self_signup_requests"):
        if req.get("_token") == token:
            if req.get("status") == "pending":
                ctx.state.update_fields(
                    ctx, "self_signup_requests", req, {"status": "email_verified"}
                )
            return Reply(status=204)
    raise ApiError(404, "Unknown or expired verification token")


@shaped_handler("approve_self_sign_up_request")
def approve_sign_up(ctx: Ctx) -> Any:
    state = ctx.state
    req = must(ctx, "self_signup_requests", ctx.path["request_id"])
    if req.get("status") in ("approved", "rejected"):
        raise conflict(
            f"Sign-up request {req['id']} is already {req['status']}",
            "self_signup_requests",
            req["id"],
        )
    email = str(req.get("email"))
    if not any(u.get("email") == email for u in state.store.all("users")):
        create_doc(
            ctx,
            "users",
            {
                "full_name": req.get("full_name") or email.split("@")[0],
                "email": email,
                "status": "ACTIVE",
            },
        )
    state.update_fields(ctx, "self_signup_requests", req, {"status": "approved"})
    return public(req)


# -- auth configs ----------------------------------------------------------------------
def render_auth_config(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out.setdefault("global", False)
    for key in ("org_id", "owner_id", "metadata", "enabled_by_default", "check_state"):
        out.pop(key, None)
    return out


def _auth_fields(ctx: Ctx, body: Doc) -> Doc:
    fields = {k: v for k, v in body.items() if k != "secret_config"}
    if body.get("org_id") is not None:
        fields["org"] = (
            ctx.state.org_ref()
            if body["org_id"] == DEFAULT_ORG_ID
            else {"id": must(ctx, "orgs", body["org_id"])["id"]}
        )
    if body.get("owner_id") is not None:
        fields["owner"] = ctx.state.owner_ref(must(ctx, "users", body["owner_id"])["id"])
    return fields


def _auth_create(ctx: Ctx, body: Doc) -> Doc:
    fields = _auth_fields(ctx, body)
    fields.setdefault("protocol", "saml")
    name = str(body.get("name") or fields["protocol"])
    fields.setdefault("uid", hashlib.sha256(f"auth:{name}".encode()).hexdigest()[:16])
    return fields


RENDER["api_auth_configs"] = render_auth_config
ON_CREATE["api_auth_configs"] = _auth_create
ON_UPDATE["api_auth_configs"] = lambda ctx, doc, body: _auth_fields(ctx, body)


@shaped_handler("get_api_auth_configs")
def org_auth_configs(ctx: Ctx) -> Any:
    configs = [
        d
        for d in visible(ctx, "api_auth_configs")
        if (d.get("org") or {}).get("id", DEFAULT_ORG_ID) == DEFAULT_ORG_ID
    ]
    return [render_auth_config(ctx, d) for d in paged(ctx, configs)]


@shaped_handler("get_all_api_auth_configs")
def all_auth_configs(ctx: Ctx) -> Any:
    return [render_auth_config(ctx, d) for d in paged(ctx, visible(ctx, "api_auth_configs"))]


# -- limits ----------------------------------------------------------------------------
@shaped_handler("limits")
def limits(ctx: Ctx) -> Any:
    used = ctx.state.store.counter("audit")
    return {
        "second": {
            "common": {"limit": 20, "count": 1},
            "light": {"limit": 50, "count": 0},
            "medium": {"limit": 10, "count": 0},
            "high": {"limit": 2, "count": 0},
        },
        "day": {
            "common": {"limit": 100000, "count": used},
            "light": {"limit": 500000, "count": 0},
            "medium": {"limit": 20000, "count": 0},
            "high": {"limit": 1000, "count": 0},
        },
    }
