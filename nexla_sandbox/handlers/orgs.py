"""Orgs: members (activate/deactivate), custodians, account summary, auth settings, audit.

The rules (the sandbox org, invitations, who stays a member) are the domain's
(`domain.orgs`).
"""

from __future__ import annotations

from typing import Any

from ..domain import audit, orgs
from ..errors import ApiError, not_found
from ..registry import Ctx, handler
from ..state import DEFAULT_ORG_ID
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


def render_org(ctx: Ctx, doc: Doc) -> Doc:
    return orgs.render_org(ctx.state, doc, expand=ctx.flag("expand"))


RENDER["orgs"] = render_org
ON_CREATE["orgs"] = lambda ctx, body: orgs.org_fields(ctx.state, ctx, body)
ON_UPDATE["orgs"] = lambda ctx, doc, body: orgs.org_changes(ctx.state, ctx, doc, body)
IN_USE["orgs"] = orgs.org_in_use


def _org(ctx: Ctx) -> Doc:
    return must(ctx, "orgs", ctx.path["org_id"])


@handler("create_org", shaped=True)
def create_org(ctx: Ctx) -> Any:
    return render_org(ctx, orgs.create_org(ctx.state, ctx, require_body(ctx)))


# -- members ---------------------------------------------------------------------------
@handler("get_org_members", shaped=True)
def get_members(ctx: Ctx) -> Any:
    return orgs.members(ctx.state, _org(ctx))


@handler("update_org_members", shaped=True)
def update_members(ctx: Ctx) -> Any:
    org = _org(ctx)
    new = orgs.merge(ctx.state, ctx, org, body_list(ctx, "members"))
    return orgs.set_members(ctx.state, ctx, org, new)


@handler("replace_org_members", shaped=True)
def replace_members(ctx: Ctx) -> Any:
    return orgs.replace_members(ctx.state, ctx, _org(ctx), body_list(ctx, "members"))


@handler("delete_org_members", shaped=True)
def delete_members(ctx: Ctx) -> Any:
    org = _org(ctx)
    orgs.remove_members(ctx.state, ctx, org, body_list(ctx, "members"))
    return deleted(ctx, "orgs", org["id"])


@handler("activate_org_members", "deactivate_org_members", shaped=True)
def member_status(ctx: Ctx) -> Any:
    status = "ACTIVE" if ctx.operation_id.startswith("activate") else "DEACTIVATED"
    refs = body_list(ctx, "members")
    return orgs.set_member_status(ctx.state, ctx, _org(ctx), refs, status)


# -- custodians ------------------------------------------------------------------------
@handler("get_org_custodians", shaped=True)
def get_custodians(ctx: Ctx) -> Any:
    return list(_org(ctx).get("_custodians") or [])


@handler("add_org_custodians", "update_org_custodians", "remove_org_custodians", shaped=True)
def change_custodians(ctx: Ctx) -> Any:
    org = _org(ctx)
    given = [orgs.custodian(ctx.state, r) for r in body_list(ctx, "custodians")]
    old = list(org.get("_custodians") or [])
    if ctx.operation_id == "add_org_custodians":
        return orgs.set_custodians(ctx.state, ctx, org, old + given)
    if ctx.operation_id == "update_org_custodians":
        return orgs.set_custodians(ctx.state, ctx, org, given)
    drop = {c["id"] for c in given}
    orgs.set_custodians(ctx.state, ctx, org, [c for c in old if c["id"] not in drop])
    return None


# -- account summary, audit ------------------------------------------------------------
@handler("get_current_org_account_summary", shaped=True)
def current_summary(ctx: Ctx) -> Any:
    return orgs.account_summary(ctx.state, DEFAULT_ORG_ID)


@handler("get_org_account_summary", shaped=True)
def org_summary(ctx: Ctx) -> Any:
    return orgs.account_summary(ctx.state, _org(ctx)["id"])


@handler("get_org_resource_audit_log", shaped=True)
def org_resource_audit(ctx: Ctx) -> Any:
    """Every audit entry of one resource type in the org (`data_sources`, `projects`, ...)."""
    org = _org(ctx)
    resource_type = str(ctx.path["resource_type"])
    entries = audit.of_org(ctx.state, org["id"], resource_type)
    if entries is None:
        raise ApiError(400, f"Unknown resource type {resource_type!r}")
    return audit_reply(ctx, entries)


# -- auth settings ---------------------------------------------------------------------
def _settings(ctx: Ctx, org: Doc) -> list[Doc]:
    return orgs.auth_settings(org, visible(ctx, "api_auth_configs"))


@handler("get_api_auth_settings", shaped=True)
def auth_settings(ctx: Ctx) -> Any:
    return _settings(ctx, _org(ctx))


@handler("update_org_auth_setting", shaped=True)
def update_auth_setting(ctx: Ctx) -> Any:
    body = require_body(ctx)
    org = _org(ctx)
    setting_id = int(ctx.path["auth_setting_id"])
    if not any(s["id"] == setting_id for s in _settings(ctx, org)):
        raise not_found("auth_settings", setting_id)
    orgs.enable_auth_setting(ctx.state, ctx, org, setting_id, body["enabled"])
    return next(s for s in _settings(ctx, org) if s["id"] == setting_id)
