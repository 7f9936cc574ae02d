"""Demo data for the plain resources (`--seed-data`): one or two of each, same ids every start.

Runs after the flows of `seed.seed_demo`: a project holding the live flow, team members,
a lookup with entries, a code container used by nothing, nexset docs and data schemas,
a runtime, a marketplace domain with a listed nexset (and its pending approval), a
sign-up request, a blocked domain, an auth config, notifications and their settings,
and quarantine export settings for the owner.
"""

from __future__ import annotations

from .domain import lookups, notifications, people, platform, projects
from .domain.docs import create_doc, stored_fields
from .state import Actor, State


def seed_resources(state: State, actor: Actor) -> None:
    store = state.store
    origins = sorted({n["origin_node_id"] for n in store.all("flow_nodes")})
    sources = store.all("data_sources")
    project = {
        "name": "customer-analytics",
        "description": "Flows feeding the analytics warehouse",
        "data_flows": [{"data_source_id": s["id"]} for s in sources[:1]],
    }
    create_doc(state, actor, "projects", projects.project_fields(state, project))
    team = state.must("teams", 1)
    people.change_team_members(state, actor, team, "add", [{"id": 1, "admin": True}, {"id": 2}])
    lookup = {
        "name": "country-names",
        "data_type": "string",
        "map_primary_key": "code",
        "data_map": [
            {"code": "US", "name": "United States"},
            {"code": "DE", "name": "Germany"},
            {"code": "IN", "name": "India"},
        ],
    }
    create_doc(state, actor, "data_maps", lookups.lookup_fields(lookup))
    container = {
        "name": "normalize-email",
        "output_type": "record",
        "code_type": "python",
        "code_encoding": "none",
        "code": "def transform(record):\n    return record",
        "reusable": True,
        "public": True,
    }
    create_doc(state, actor, "code_containers", lookups.code_container_fields(state, container))
    nexsets = store.all("data_sets")
    if nexsets:
        readme = {"name": "README", "text": "Orders as detected from S3."}
        lookups.replace_docs(state, actor, state.must("data_sets", nexsets[0]["id"]), [readme])
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
    runtime = {"name": "python-3.11", "dockerpath": "nexla/python:3.11"}
    create_doc(state, actor, "runtimes", stored_fields("runtimes", runtime))
    domain = platform.create_domain(state, actor, {"name": "Sales data", "description": "Curated"})
    if nexsets:
        item = {"name": "Orders", "data_set_id": nexsets[0]["id"]}
        platform.create_item(state, actor, domain, item)
    platform.sign_up(state, actor, {"email": "new.user@example.org", "full_name": "New User"})
    blocked = platform.blocked_domain_fields(state, {"domain": "spam.example"})
    create_doc(state, actor, "self_signup_blocked_domains", blocked)
    auth = {"name": "okta", "protocol": "saml", "org_id": 1}
    create_doc(state, actor, "api_auth_configs", platform.auth_config_fields(state, auth))
    channel_body = {"channel": "EMAIL", "config": {"email": "owner@example.com"}}
    channel = create_doc(
        state,
        actor,
        "notification_channel_settings",
        stored_fields("notification_channel_settings", channel_body),
    )
    setting = {
        "channel": "EMAIL",
        "notification_type_id": 2,
        "notification_channel_setting_id": channel["id"],
    }
    create_doc(state, actor, "notification_settings", notifications.setting_fields(state, setting))
    for level, text in (
        ("INFO", "Flow activated"),
        ("ERROR", "1 record failed validation"),
        ("WARN", "Source read was slow"),
    ):
        notifications.notify(state, 1, level, text, "DATA_FLOW", origins[0] if origins else None)
    creds = store.all("data_credentials")
    if creds:
        quarantine = {
            "data_credentials_id": creds[0]["id"],
            "config": {"start.cron": "0 0 * * *", "path": "quarantine/"},
        }
        people.create_quarantine(state, actor, state.must("users", 1), quarantine)
