"""Marketplace domains, items and custodians; approval requests; self sign-up; auth
configs; rate limits. The rules are the domain's (`domain.platform`)."""

from __future__ import annotations

from typing import Any

from ..domain import platform
from ..registry import Ctx, Reply, handler
from ..state import DEFAULT_ORG_ID, DEFAULT_USER_ID, public
from .common import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    body_list,
    deleted,
    must,
    options,
    paged,
    require_body,
    visible,
)

# -- marketplace -----------------------------------------------------------------------
RENDER["marketplace_domains"] = lambda ctx, doc: platform.render_domain(doc)
ON_UPDATE["marketplace_domains"] = lambda ctx, doc, body: platform.domain_changes(
    ctx.state, doc, body
)
IN_USE["marketplace_domains"] = platform.domain_in_use


@handler("create_domains", shaped=True)
def create_domain(ctx: Ctx) -> Any:
    return platform.render_domain(platform.create_domain(ctx.state, ctx, require_body(ctx)))


@handler("get_domains_for_org", shaped=True)
def domains_for_org(ctx: Ctx) -> Any:
    org_id = must(ctx, "orgs", ctx.q("org_id"))["id"]
    return [
        platform.render_domain(d)
        for d in visible(ctx, "marketplace_domains")
        if (d.get("org_id") or DEFAULT_ORG_ID) == org_id
    ]


@handler("get_domain_custodians", shaped=True)
def domain_custodians(ctx: Ctx) -> Any:
    return list(must(ctx, "marketplace_domains", ctx.path["domain_id"]).get("_custodians") or [])


@handler(
    "add_domain_custodians", "update_domain_custodians", "remove_domain_custodians", shaped=True
)
def change_domain_custodians(ctx: Ctx) -> Any:
    doc = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    how = ctx.operation_id.split("_", 1)[0]
    new = platform.change_custodians(ctx.state, ctx, doc, how, body_list(ctx, "custodians"))
    if how == "remove":
        return deleted(ctx, "marketplace_domains", doc["id"])
    return new


RENDER["marketplace_items"] = lambda ctx, doc: platform.render_item(ctx.state, doc)


@handler("get_domain_items", shaped=True)
def domain_items(ctx: Ctx) -> Any:
    domain = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    return [
        platform.render_item(ctx.state, i)
        for i in ctx.state.store.all("marketplace_items")
        if i["domain_id"] == domain["id"]
    ]


@handler("create_domain_item", shaped=True)
def create_item(ctx: Ctx) -> Any:
    body = require_body(ctx)
    domain = must(ctx, "marketplace_domains", ctx.path["domain_id"])
    return platform.render_item(ctx.state, platform.create_item(ctx.state, ctx, domain, body))


# -- approval requests -----------------------------------------------------------------
RENDER["approval_requests"] = lambda ctx, doc: public(doc)


@handler("get_pending_approval_requests", shaped=True)
def pending(ctx: Ctx) -> Any:
    uid = ctx.user_id or DEFAULT_USER_ID
    return [
        public(d)
        for d in ctx.state.store.all("approval_requests")
        if d.get("status") == "pending" and d.get("assignee_id") == uid
    ]


@handler("get_requested_approval_requests", shaped=True)
def requested(ctx: Ctx) -> Any:
    uid = ctx.user_id or DEFAULT_USER_ID
    return [
        public(d) for d in ctx.state.store.all("approval_requests") if d.get("requestor_id") == uid
    ]


@handler("approve_approval_request", shaped=True)
def approve(ctx: Ctx) -> Any:
    doc = must(ctx, "approval_requests", ctx.path["request_id"])
    return public(platform.settle(ctx.state, ctx, doc, "approved", None))


@handler("reject_approval_request", shaped=True)
def reject(ctx: Ctx) -> Any:
    reason = options(ctx).get("reason") or "Rejected"
    doc = must(ctx, "approval_requests", ctx.path["request_id"])
    return public(platform.settle(ctx.state, ctx, doc, "rejected", reason))


# -- self sign-up ----------------------------------------------------------------------
RENDER["self_signup_requests"] = lambda ctx, doc: public(doc)
RENDER["self_signup_blocked_domains"] = lambda ctx, doc: public(doc)
ON_CREATE["self_signup_blocked_domains"] = lambda ctx, body: platform.blocked_domain_fields(
    ctx.state, body
)
ON_UPDATE["self_signup_blocked_domains"] = lambda ctx, doc, body: platform.blocked_domain_fields(
    ctx.state, body
)


@handler("self_sign_up", shaped=True)
def sign_up(ctx: Ctx) -> Any:
    platform.sign_up(ctx.state, ctx, require_body(ctx))
    return Reply(status=204)


@handler("verify_email", shaped=True)
def verify_email(ctx: Ctx) -> Any:
    platform.verify_email(ctx.state, ctx, str(ctx.q("token")))
    return Reply(status=204)


@handler("approve_self_sign_up_request", shaped=True)
def approve_sign_up(ctx: Ctx) -> Any:
    req = must(ctx, "self_signup_requests", ctx.path["request_id"])
    return public(platform.approve_sign_up(ctx.state, ctx, req))


# -- auth configs ----------------------------------------------------------------------
RENDER["api_auth_configs"] = lambda ctx, doc: platform.render_auth_config(doc)
ON_CREATE["api_auth_configs"] = lambda ctx, body: platform.auth_config_fields(ctx.state, body)
ON_UPDATE["api_auth_configs"] = lambda ctx, doc, body: platform.auth_config_changes(ctx.state, body)


@handler("get_api_auth_configs", shaped=True)
def org_auth_configs(ctx: Ctx) -> Any:
    configs = [
        d
        for d in visible(ctx, "api_auth_configs")
        if (d.get("org") or {}).get("id", DEFAULT_ORG_ID) == DEFAULT_ORG_ID
    ]
    return [platform.render_auth_config(d) for d in paged(ctx, configs)]


@handler("get_all_api_auth_configs", shaped=True)
def all_auth_configs(ctx: Ctx) -> Any:
    return [platform.render_auth_config(d) for d in paged(ctx, visible(ctx, "api_auth_configs"))]


# -- limits ----------------------------------------------------------------------------
@handler("limits", shaped=True)
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
