"""The generic resource engine: plain Nexla collections answered from one table.

Most of the API is plain resources (projects, teams, lookups, runtimes, ...) that share
Nexla's conventions: `GET /things` (page/per_page, `access_role`), `POST /things`,
`GET|PUT|DELETE /things/{id}`, `.../copy`, `.../activate|pause`, `.../accessors` and
`.../audit_log`. `TABLE` maps each such operationId to a behaviour and a store kind; the
behaviour stores what the client sent (plus owner, org, access roles, timestamps), audits
every write like the hand-written handlers, and answers the record shaped by the
operation's response schema (`nexla_sandbox.shape`). Tag modules plug in where the
platform does more, through the hooks in `common`: `RENDER` (extra reply fields),
`ON_CREATE` / `ON_UPDATE` (derived fields, reference checks) and `IN_USE` (a 409 reason
that blocks a delete).

Tag modules register their own operations with `@handler(..., shaped=True)`, which
shapes replies the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import access, audit
from ..domain.docs import copy_fields, create_doc, stored_fields
from ..registry import Ctx, handler
from ..store import Doc
from .common import (
    ON_CREATE,
    ON_UPDATE,
    audit_reply,
    body_list,
    delete_doc,
    must,
    options,
    paged,
    path_id,
    render,
    require_body,
)


# -- generic behaviours ----------------------------------------------------------------
def _list(ctx: Ctx, kind: str) -> Any:
    """`access_role` filters on the roles the reply shows (a team member's `member`, too)."""
    role = ctx.q("access_role")
    docs = [d for d in ctx.state.store.all(kind) if not d.get("_deleted")]
    rendered = [render(ctx, kind, d) for d in docs]
    if role:
        rendered = [r for r in rendered if role in (r.get("access_roles") or [])]
    return paged(ctx, rendered)


def _get(ctx: Ctx, kind: str) -> Any:
    return render(ctx, kind, must(ctx, kind, path_id(ctx)))


def _create(ctx: Ctx, kind: str) -> Any:
    body = require_body(ctx)
    hook = ON_CREATE.get(kind)
    fields = hook(ctx, body) if hook else stored_fields(kind, body)
    return render(ctx, kind, create_doc(ctx.state, ctx, kind, fields))


def _update(ctx: Ctx, kind: str) -> Any:
    body = require_body(ctx)
    doc = must(ctx, kind, path_id(ctx))
    hook = ON_UPDATE.get(kind)
    changes = hook(ctx, doc, body) if hook else stored_fields(kind, body)
    ctx.state.update_fields(ctx, kind, doc, changes)
    return render(ctx, kind, doc)


def _delete(ctx: Ctx, kind: str) -> Any:
    return delete_doc(ctx, kind, must(ctx, kind, path_id(ctx)))


def _copy(ctx: Ctx, kind: str) -> Any:
    original = must(ctx, kind, path_id(ctx))
    return render(ctx, kind, create_doc(ctx.state, ctx, kind, copy_fields(original)))


def _set_active(ctx: Ctx, kind: str, active: bool) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    changes: Doc = {"active": active}
    if "status" in doc:
        changes["status"] = "ACTIVE" if active else "PAUSED"
    ctx.state.update_fields(ctx, kind, doc, changes, event="activate" if active else "pause")
    return render(ctx, kind, doc)


def _accessors_get(ctx: Ctx, kind: str) -> Any:
    return access.entries(must(ctx, kind, path_id(ctx)))


def _accessors_add(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    return access.add(ctx.state, ctx, kind, doc, body_list(ctx, "accessors"))


def _accessors_replace(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    return access.replace(ctx.state, ctx, kind, doc, body_list(ctx, "accessors"))


def _accessors_delete(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    given = options(ctx).get("accessors") if isinstance(ctx.body, dict) else None
    return access.remove(ctx.state, ctx, kind, doc, given)


def _audit_log(ctx: Ctx, kind: str) -> Any:
    return audit_reply(ctx, audit.of_resource(ctx.state, kind, path_id(ctx)))


BEHAVIOURS: dict[str, Callable[[Ctx, str], Any]] = {
    "list": _list,
    "get": _get,
    "create": _create,
    "update": _update,
    "delete": _delete,
    "copy": _copy,
    "activate": lambda ctx, kind: _set_active(ctx, kind, True),
    "pause": lambda ctx, kind: _set_active(ctx, kind, False),
    "accessors": _accessors_get,
    "add_accessors": _accessors_add,
    "replace_accessors": _accessors_replace,
    "delete_accessors": _accessors_delete,
    "audit_log": _audit_log,
}


def _accessor_ops(name: str, kind: str) -> dict[str, tuple[str, str]]:
    return {
        f"get_{name}_accessors": ("accessors", kind),
        f"add_{name}_accessors": ("add_accessors", kind),
        f"replace_{name}_accessors": ("replace_accessors", kind),
        f"delete_{name}_accessors": ("delete_accessors", kind),
    }


# operationId -> (behaviour, store kind)
TABLE: dict[str, tuple[str, str]] = {
    # projects
    "get_projects": ("list", "projects"),
    "create_project": ("create", "projects"),
    "get_project": ("get", "projects"),
    "update_project": ("update", "projects"),
    "delete_project": ("delete", "projects"),
    "get_project_audit_log": ("audit_log", "projects"),
    **_accessor_ops("project", "projects"),
    # teams
    "get_teams": ("list", "teams"),
    "create_team": ("create", "teams"),
    "get_team": ("get", "teams"),
    "update_team": ("update", "teams"),
    "delete_team": ("delete", "teams"),
    "get_team_audit_log": ("audit_log", "teams"),
    **_accessor_ops("team", "teams"),
    # users
    "get_users": ("list", "users"),
    "get_user": ("get", "users"),
    "update_user": ("update", "users"),
    "delete_user": ("delete", "users"),
    "get_user_audit_log": ("audit_log", "users"),
    # orgs
    "get_orgs": ("list", "orgs"),
    "get_org": ("get", "orgs"),
    "update_org": ("update", "orgs"),
    "delete_org": ("delete", "orgs"),
    "get_org_audit_log": ("audit_log", "orgs"),
    # lookups
    "get_data_maps": ("list", "data_maps"),
    "create_static_data_map": ("create", "data_maps"),
    "get_data_map": ("get", "data_maps"),
    "update_data_map_metadata": ("update", "data_maps"),
    "delete_data_map": ("delete", "data_maps"),
    "get_data_map_audit_log": ("audit_log", "data_maps"),
    **_accessor_ops("data_map", "data_maps"),
    # code containers
    "get_code_containers": ("list", "code_containers"),
    "create_code_container": ("create", "code_containers"),
    "get_code_container": ("get", "code_containers"),
    "update_code_container": ("update", "code_containers"),
    "delete_code_container": ("delete", "code_containers"),
    "copy_code_container": ("copy", "code_containers"),
    "get_code_container_audit_log": ("audit_log", "code_containers"),
    **_accessor_ops("code_container", "code_containers"),
    # doc containers and data schemas (created with nexsets)
    "get_doc_container_audit_log": ("audit_log", "doc_containers"),
    **_accessor_ops("doc_container", "doc_containers"),
    "get_data_schema_audit_log": ("audit_log", "data_schemas"),
    **_accessor_ops("data_schema", "data_schemas"),
    # flows
    **_accessor_ops("flow", "flow_nodes"),
    **{
        f"{verb}_flow_accessors_deprecated": (behaviour, "flow_nodes")
        for verb, behaviour in (
            ("get", "accessors"),
            ("add", "add_accessors"),
            ("replace", "replace_accessors"),
            ("delete", "delete_accessors"),
        )
    },
    # runtimes
    "get_runtimes": ("list", "runtimes"),
    "create_runtime": ("create", "runtimes"),
    "get_runtime": ("get", "runtimes"),
    "update_runtime": ("update", "runtimes"),
    "delete_runtime": ("delete", "runtimes"),
    "activate_runtime": ("activate", "runtimes"),
    "pause_runtime": ("pause", "runtimes"),
    # marketplace
    "get_domains": ("list", "marketplace_domains"),
    "get_domain": ("get", "marketplace_domains"),
    "update_domain": ("update", "marketplace_domains"),
    "delete_domain": ("delete", "marketplace_domains"),
    # self sign-up
    "get_self_signup_requests": ("list", "self_signup_requests"),
    "get_self_signup_blocked_domains": ("list", "self_signup_blocked_domains"),
    "add_self_signup_blocked_domain": ("create", "self_signup_blocked_domains"),
    "update_self_signup_blocked_domain": ("update", "self_signup_blocked_domains"),
    "delete_self_signup_blocked_domain": ("delete", "self_signup_blocked_domains"),
    # org auth configs
    "create_api_auth_config": ("create", "api_auth_configs"),
    "get_api_auth_config": ("get", "api_auth_configs"),
    "update_api_auth_config": ("update", "api_auth_configs"),
    "delete_api_auth_config": ("delete", "api_auth_configs"),
    # notifications
    "get_notification": ("get", "notifications"),
    "delete_notifications": ("delete", "notifications"),
    "list_notification_channel_settings": ("list", "notification_channel_settings"),
    "create_notification_channel_setting": ("create", "notification_channel_settings"),
    "get_notification_channel_setting": ("get", "notification_channel_settings"),
    "update_notification_channel_setting": ("update", "notification_channel_settings"),
    "delete_notification_channel_setting": ("delete", "notification_channel_settings"),
    "create_notification_setting": ("create", "notification_settings"),
    "get_notification_setting": ("get", "notification_settings"),
    "update_notification_setting": ("update", "notification_settings"),
    "delete_notification_setting": ("delete", "notification_settings"),
}


def _table_handler(behaviour: str, kind: str) -> Callable[[Ctx], Any]:
    def run(ctx: Ctx) -> Any:
        return BEHAVIOURS[behaviour](ctx, kind)

    run.__name__ = f"{behaviour}_{kind}"
    return run


for _op_id, (_behaviour, _kind) in TABLE.items():
    handler(_op_id, shaped=True)(_table_handler(_behaviour, _kind))
