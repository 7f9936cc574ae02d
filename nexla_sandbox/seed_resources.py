"""Demo data for the plain resources (`--seed-data`): one or two of each, same ids every start.

Runs after the flows of `seed.seed_demo`: a project holding the live flow, team members,
a lookup with entries, a code container used by nothing, nexset docs and data schemas,
a runtime, a marketplace domain with a listed nexset (and its pending approval), a
sign-up request, a blocked domain, an auth config, notifications and their settings,
and quarantine export settings for the owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .registry import Ctx
    from .state import State


def _call(ctx: Ctx, op: str, body: Any = None, **path: Any) -> Any:
    from .registry import HANDLERS

    ctx.operation_id = op
    ctx.body = body
    ctx.path = dict(path)
    ctx.query = {}
    return HANDLERS[op](ctx)


def seed_resources(state: State, ctx: Ctx) -> None:
    from .handlers.notifications import notify

    store = state.store
    origins = sorted({n["origin_node_id"] for n in store.all("flow_nodes")})
    sources = store.all("data_sources")
    _call(
        ctx,
        "create_project",
        {
            "name": "customer-analytics",
            "description": "Flows feeding the analytics warehouse",
            "data_flows": [{"data_source_id": s["id"]} for s in sources[:1]],
        },
    )
    _call(ctx, "add_team_members", {"members": [{"id": 1, "admin": True}, {"id": 2}]}, team_id=1)
    _call(
        ctx,
        "create_static_data_map",
        {
            "name": "country-names",
            "data_type": "string",
            "map_primary_key": "code",
            "data_map": [
                {"code": "US", "name": "United States"},
                {"code": "DE", "name": "Germany"},
                {"code": "IN", "name": "India"},
            ],
        },
    )
    _call(
        ctx,
        "create_code_container",
        {
            "name": "normalize-email",
            "output_type": "record",
            "code_type": "python",
            "code_encoding": "none",
            "code": "def transform(record):\n    return record",
            "reusable": True,
            "public": True,
        },
    )
    nexsets = store.all("data_sets")
    if nexsets:
        _call(
            ctx,
            "replace_nexset_docs",
            {"docs": [{"name": "README", "text": "Orders as detected from S3."}]},
            set_id=nexsets[0]["id"],
        )
    for nexset in nexsets:
        schema = state.new_doc(
            "data_schemas",
            None,
            {
                "name": f"{nexset['name']} schema",
                "schema": nexset.get("output_schema"),
                "data_set_id": nexset["id"],
            },
        )
        store.put("data_schemas", schema)
    _call(ctx, "create_runtime", {"name": "python-3.11", "dockerpath": "nexla/python:3.11"})
    domain = _call(ctx, "create_domains", {"name": "Sales data", "description": "Curated"})
    if nexsets:
        _call(
            ctx,
            "create_domain_item",
            {"name": "Orders", "data_set_id": nexsets[0]["id"]},
            domain_id=domain["id"],
        )
    _call(ctx, "self_sign_up", {"email": "new.user@example.org", "full_name": "New User"})
    _call(ctx, "add_self_signup_blocked_domain", {"domain": "spam.example"})
    _call(ctx, "create_api_auth_config", {"name": "okta", "protocol": "saml", "org_id": 1})
    channel = _call(
        ctx,
        "create_notification_channel_setting",
        {"channel": "EMAIL", "config": {"email": "owner@example.com"}},
    )
    _call(
        ctx,
        "create_notification_setting",
        {
            "channel": "EMAIL",
            "notification_type_id": 2,
            "notification_channel_setting_id": channel["id"],
        },
    )
    for level, text in (
        ("INFO", "Flow activated"),
        ("ERROR", "1 record failed validation"),
        ("WARN", "Source read was slow"),
    ):
        notify(state, 1, level, text, "DATA_FLOW", origins[0] if origins else None)
    creds = store.all("data_credentials")
    if creds:
        _call(
            ctx,
            "create_quarantine_data_export_settings",
            {
                "data_credentials_id": creds[0]["id"],
                "config": {"start.cron": "0 0 * * *", "path": "quarantine/"},
            },
            user_id=1,
        )
