"""The generic resource engine: plain Nexla collections answered from one table.

Most of the API is plain resources (projects, teams, lookups, runtimes, ...) that share
Nexla's conventions: `GET /things` (page/per_page, `access_role`), `POST /things`,
`GET|PUT|DELETE /things/{id}`, `.../copy`, `.../activate|pause`, `.../accessors` and
`.../audit_log`. `TABLE` maps each such operationId to a behaviour and a store kind; the
behaviour stores what the client sent (plus owner, org, access roles, timestamps), audits
every write like the hand-written handlers, and answers the record shaped by the
operation's response schema (`sandbox.shape`). Tag modules plug in where the platform
does more: `RENDER` (extra reply fields), `ON_CREATE` / `ON_UPDATE` (derived fields,
reference checks) and `IN_USE` (a 409 reason that blocks a delete).

Tag modules register their own operations with `@shaped_handler`, which shapes replies
the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..registry import ApiError, Ctx, Reply, conflict, handler
from ..shape import has_body, shape
from ..state import KINDS, State, paginate, public, require_body
from ..store import Doc
from .access_control import _entries, _identity, _requested, _resolve, _save


@dataclass(frozen=True)
class Collection:
    kind: str  # store kind
    label: str  # human name in messages
    resource_type: str  # `resource_type` of error replies
    item_type: str  # audit log `item_type`
    private: tuple[str, ...] = ()  # request fields never stored (passwords, secrets)


COLLECTIONS: dict[str, Collection] = {
    c.kind: c
    for c in (
        Collection("projects", "Project", "projects", "Project"),
        Collection("teams", "Team", "teams", "Team"),
        Collection("users", "User", "users", "User", ("password", "password_confirmation")),
        Collection("orgs", "Org", "orgs", "Org"),
        Collection("data_maps", "Lookup", "data_maps", "DataMap"),
        Collection("code_containers", "Code container", "code_containers", "CodeContainer"),
        Collection("doc_containers", "Doc container", "doc_containers", "DocContainer"),
        Collection("data_schemas", "Data schema", "data_schemas", "DataSchema"),
        Collection("runtimes", "Runtime", "runtimes", "CustomRuntime"),
        Collection("marketplace_domains", "Domain", "marketplace_domains", "Domain"),
        Collection("marketplace_items", "Marketplace item", "marketplace_items", "DomainItem"),
        Collection("approval_requests", "Approval request", "approval_requests", "ApprovalRequest"),
        Collection(
            "self_signup_requests", "Sign-up request", "self_signup_requests", "SelfSignupRequest"
        ),
        Collection(
            "self_signup_blocked_domains",
            "Blocked domain",
            "self_signup_blocked_domains",
            "SelfSignupBlockedDomain",
        ),
        Collection(
            "api_auth_configs",
            "Auth config",
            "api_auth_configs",
            "ApiAuthConfig",
            ("secret_config",),
        ),
        Collection("notifications", "Notification", "notifications", "Notification"),
        Collection(
            "notification_settings",
            "Notification setting",
            "notification_settings",
            "NotificationSetting",
        ),
        Collection(
            "notification_channel_settings",
            "Notification channel setting",
            "notification_channel_settings",
            "NotificationChannelSetting",
        ),
        Collection(
            "quarantine_settings", "Quarantine setting", "quarantine_settings", "QuarantineSetting"
        ),
        Collection("flow_nodes", "Flow", "flows", "FlowNode"),
    )
}
for _c in COLLECTIONS.values():
    KINDS.setdefault(_c.kind, (_c.resource_type, _c.item_type))

Hook = Callable[[Ctx, Doc], Doc]
RENDER: dict[str, Callable[[Ctx, Doc], Doc]] = {}
ON_CREATE: dict[str, Hook] = {}  # body -> stored fields
ON_UPDATE: dict[str, Callable[[Ctx, Doc, Doc], Doc]] = {}  # (doc, body) -> changed fields
IN_USE: dict[str, Callable[[State, Doc], str | None]] = {}


def shaped_handler(*operation_ids: str) -> Callable[[Callable[[Ctx], Any]], Callable[[Ctx], Any]]:
    """Register a handler whose reply is shaped by the operation's response schema."""

    def register(fn: Callable[[Ctx], Any]) -> Callable[[Ctx], Any]:
        def run(ctx: Ctx) -> Any:
            out = fn(ctx)
            if isinstance(out, Reply):
                if out.body is not None:
                    out.body = shape(ctx.operation_id, out.body, ctx.state.now())
                return out
            return shape(ctx.operation_id, out, ctx.state.now())

        run.__name__ = fn.__name__
        run.__doc__ = fn.__doc__
        handler(*operation_ids)(run)
        return fn

    return register


# -- helpers tag modules share ---------------------------------------------------------
def render(ctx: Ctx, kind: str, doc: Doc) -> Doc:
    hook = RENDER.get(kind)
    return hook(ctx, doc) if hook else public(doc)


def must(ctx: Ctx, kind: str, doc_id: Any) -> Doc:
    return ctx.state.must(kind, int(doc_id))


def path_id(ctx: Ctx) -> int:
    """The resource id of a one-parameter path (`/things/{thing_id}/...`)."""
    for value in ctx.path.values():
        if isinstance(value, int):
            return value
    raise ApiError(400, "the path names no resource id")


def stored_fields(ctx: Ctx, kind: str, body: Doc) -> Doc:
    private = COLLECTIONS[kind].private if kind in COLLECTIONS else ()
    return {k: v for k, v in body.items() if k not in private}


def create_doc(ctx: Ctx, kind: str, fields: Doc) -> Doc:
    """Store a new resource and audit its creation (every given field as `[null, value]`)."""
    state = ctx.state
    doc = state.new_doc(kind, ctx, fields)
    state.store.put(kind, doc)
    changes = {k: [None, v] for k, v in fields.items() if not k.startswith("_") and v is not None}
    state.audit(ctx, kind, doc, "create", changes or {"id": [None, doc["id"]]})
    return doc


def delete_doc(ctx: Ctx, kind: str, doc: Doc) -> Doc | None:
    """Delete (409 when something depends on it); the reply the operation declares."""
    state = ctx.state
    check = IN_USE.get(kind)
    reason = check(state, doc) if check else None
    if reason:
        raise conflict(reason, KINDS[kind][0], doc["id"])
    state.store.delete(kind, doc["id"])
    state.audit(ctx, kind, doc, "destroy", {"id": [doc["id"], None]})
    return deleted(ctx, kind, doc["id"])


def deleted(ctx: Ctx, kind: str, doc_id: int) -> Doc | None:
    label = COLLECTIONS[kind].label if kind in COLLECTIONS else kind
    if has_body(ctx.operation_id, 200):
        return {"code": 200, "message": f"{label} {doc_id} deleted"}
    return None


def filter_audit(ctx: Ctx, entries: list[Doc]) -> list[Any]:
    """`from`/`to` (days), `event_filter`, `change_filter`, newest first, paged."""
    start, end = ctx.q("from"), ctx.q("to")
    event, change = ctx.q("event_filter"), ctx.q("change_filter")
    out = []
    for e in entries:
        day = e["created_at"][:10]
        if start is not None and day < str(start):
            continue
        if end is not None and day > str(end):
            continue
        if event and e["event"] != event:
            continue
        if change and change not in (e.get("change_summary") or []):
            continue
        out.append(e)
    out.reverse()
    return paginate(ctx, out)


def body_list(ctx: Ctx, key: str) -> list[Any]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    value = body.get(key)
    return value if isinstance(value, list) else []


# -- generic behaviours ----------------------------------------------------------------
def paged(ctx: Ctx, items: list[Any]) -> list[Any]:
    """page/per_page, also on list operations whose spec entry does not declare them."""
    for key in ("page", "per_page"):
        raw = ctx.raw_query.get(key, "")
        if key not in ctx.query and raw.isdigit() and int(raw) > 0:
            ctx.query[key] = int(raw)
    return paginate(ctx, items)


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
    fields = hook(ctx, body) if hook else stored_fields(ctx, kind, body)
    return render(ctx, kind, create_doc(ctx, kind, fields))


def _update(ctx: Ctx, kind: str) -> Any:
    body = require_body(ctx)
    doc = must(ctx, kind, path_id(ctx))
    hook = ON_UPDATE.get(kind)
    changes = hook(ctx, doc, body) if hook else stored_fields(ctx, kind, body)
    ctx.state.update_fields(ctx, kind, doc, changes)
    return render(ctx, kind, doc)


def _delete(ctx: Ctx, kind: str) -> Any:
    return delete_doc(ctx, kind, must(ctx, kind, path_id(ctx)))


def _copy(ctx: Ctx, kind: str) -> Any:
    original = must(ctx, kind, path_id(ctx))
    fields = {k: v for k, v in original.items() if k not in ("id", "_accessors", "_builtin")}
    fields.update({"name": f"{original.get('name')} (copy)", "copied_from_id": original["id"]})
    for key in ("owner", "org", "access_roles", "created_at", "updated_at", "managed"):
        fields.pop(key, None)
    if "public" in fields:
        fields["public"] = False
    return render(ctx, kind, create_doc(ctx, kind, fields))


def _set_active(ctx: Ctx, kind: str, active: bool) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    changes: Doc = {"active": active}
    if "status" in doc:
        changes["status"] = "ACTIVE" if active else "PAUSED"
    ctx.state.update_fields(ctx, kind, doc, changes, event="activate" if active else "pause")
    return render(ctx, kind, doc)


def _accessors_get(ctx: Ctx, kind: str) -> Any:
    return _entries(must(ctx, kind, path_id(ctx)))


def _accessors_add(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    now = ctx.state.now()
    current = {_identity(a): a for a in _entries(doc)}
    for acc in _requested(ctx):
        key = _identity(acc)
        created = current[key].get("created_at", now) if key in current else now
        current[key] = {**acc, "created_at": created, "updated_at": now}
    return _save(ctx, kind, doc, list(current.values()), "add")


def _accessors_replace(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    now = ctx.state.now()
    new = {_identity(a): {**a, "created_at": now, "updated_at": now} for a in _requested(ctx)}
    return _save(ctx, kind, doc, list(new.values()), "replace")


def _accessors_delete(ctx: Ctx, kind: str) -> Any:
    doc = must(ctx, kind, path_id(ctx))
    body = ctx.body if isinstance(ctx.body, dict) else None
    if body is None or "accessors" not in body:
        return _save(ctx, kind, doc, [], "delete")
    drop = {_identity(_resolve(ctx.state, a)) for a in body["accessors"]}
    return _save(ctx, kind, doc, [a for a in _entries(doc) if _identity(a) not in drop], "delete")


def _audit_log(ctx: Ctx, kind: str) -> Any:
    doc_id = path_id(ctx)
    entries = ctx.state.store.audit(KINDS[kind][1], doc_id)
    if not entries:
        must(ctx, kind, doc_id)
    return filter_audit(ctx, entries)


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
    shaped_handler(_op_id)(_table_handler(_behaviour, _kind))
