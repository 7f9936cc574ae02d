"""Teams and their members; users, the current user, ownership transfer, quarantine export.

Members are existing users named by id or email (unknown ones are 404). A user who still
owns resources cannot be deleted (409) until `PUT /users/{id}/transfer` hands them to a
delegate; `GET /users/{id}/transferable` lists what would move (`domain.people`).
"""

from __future__ import annotations

from typing import Any

from ..domain import people
from ..errors import not_found
from ..registry import Ctx, handler
from ..state import DEFAULT_USER_ID, public
from ..store import Doc
from .common import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    body_list,
    deleted,
    must,
    require_body,
)


# -- teams -----------------------------------------------------------------------------
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


RENDER["teams"] = render_team
ON_CREATE["teams"] = lambda ctx, body: people.team_fields(ctx.state, body)
ON_UPDATE["teams"] = lambda ctx, doc, body: people.team_changes(ctx.state, ctx, doc, body)


@handler("get_team_members", shaped=True)
def team_members(ctx: Ctx) -> Any:
    return list(must(ctx, "teams", ctx.path["team_id"]).get("_members") or [])


@handler("add_team_members", "replace_team_members", "delete_team_members", shaped=True)
def change_team_members(ctx: Ctx) -> Any:
    doc = must(ctx, "teams", ctx.path["team_id"])
    how = ctx.operation_id.split("_", 1)[0]
    return people.change_team_members(ctx.state, ctx, doc, how, body_list(ctx, "members"))


# -- users -----------------------------------------------------------------------------
def render_user(ctx: Ctx, doc: Doc) -> Doc:
    return people.render_user(ctx.state, doc, expand=ctx.flag("expand"))


RENDER["users"] = render_user
ON_UPDATE["users"] = lambda ctx, doc, body: people.user_changes(ctx.state, doc, body)
IN_USE["users"] = people.user_in_use


@handler("create_user", shaped=True)
def create_user(ctx: Ctx) -> Any:
    return render_user(ctx, people.create_user(ctx.state, ctx, require_body(ctx)))


@handler("get_current_user", shaped=True)
def current_user(ctx: Ctx) -> Any:
    return render_user(ctx, must(ctx, "users", ctx.user_id or DEFAULT_USER_ID))


@handler("get_user_transferable_resources", shaped=True)
def transferable(ctx: Ctx) -> Any:
    user = must(ctx, "users", ctx.path["user_id"])
    must(ctx, "orgs", ctx.q("org_id"))
    return people.owned(ctx.state, user["id"])


@handler("transfer_user_resources", shaped=True)
def transfer(ctx: Ctx) -> Any:
    body = require_body(ctx)
    user = must(ctx, "users", ctx.path["user_id"])
    must(ctx, "orgs", body["org_id"])
    delegate = must(ctx, "users", body["delegate_owner_id"])
    out: Doc = dict(people.transfer(ctx.state, ctx, user, delegate))
    out["transfer_user_resources"] = {
        "previous_owner_id": user["id"],
        "new_owner_id": delegate["id"],
        "org_id": body["org_id"],
    }
    return out


@handler("get_user_settings", shaped=True)
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
def _quarantine(ctx: Ctx) -> tuple[Doc, Doc]:
    """The user of the path and their quarantine settings (404 if they have none)."""
    user = must(ctx, "users", ctx.path["user_id"])
    doc = people.quarantine_of(ctx.state, user["id"])
    if doc is None:
        raise not_found("quarantine_settings", user["id"])
    return user, doc


@handler("get_user_quarantine_data_export_settings", shaped=True)
def get_quarantine(ctx: Ctx) -> Any:
    return people.render_quarantine(ctx.state, _quarantine(ctx)[1])


@handler("create_quarantine_data_export_settings", shaped=True)
def create_quarantine(ctx: Ctx) -> Any:
    body = require_body(ctx)
    user = must(ctx, "users", ctx.path["user_id"])
    doc = people.create_quarantine(ctx.state, ctx, user, body)
    return people.render_quarantine(ctx.state, doc)


@handler("update_user_quarantine_data_export_settings", shaped=True)
def update_quarantine(ctx: Ctx) -> Any:
    body = require_body(ctx)
    _, doc = _quarantine(ctx)
    if "data_credentials_id" in body:
        must(ctx, "data_credentials", body["data_credentials_id"])
    changes: Doc = {k: body[k] for k in ("config", "data_credentials_id") if k in body}
    ctx.state.update_fields(ctx, "quarantine_settings", doc, changes)
    return people.render_quarantine(ctx.state, doc)


@handler("delete_user_quarantine_data_export_settings", shaped=True)
def delete_quarantine(ctx: Ctx) -> Any:
    _, doc = _quarantine(ctx)
    ctx.state.store.delete("quarantine_settings", doc["id"])
    ctx.state.audit(ctx, "quarantine_settings", doc, "destroy", {"id": [doc["id"], None]})
    return deleted(ctx, "quarantine_settings", doc["id"])
