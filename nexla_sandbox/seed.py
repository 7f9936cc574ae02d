"""Built-in state every sandbox has, and the optional deterministic demo data.

Built-ins (marked `_builtin`, left out of state snapshots): the org, two users, a team,
and Nexla's public record and attribute transforms. The demo data (`--seed-data`) adds
credentials, sources with discovered nexsets, a derived nexset, destinations, one active
flow with runs, more teams and users: the same ids and names on every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .registry import Ctx

if TYPE_CHECKING:
    from .state import State

TEAM_ID = 1
TEAMMATE_ID = 2


def install_builtins(state: State) -> None:
    store = state.store
    now = state.now()
    # Built-ins keep the time they came into being: replies show the same, ordered stamps.
    stamps = {"created_at": now, "updated_at": now}
    with store.transaction():
        store.put(
            "orgs",
            {
                "id": 1,
                "name": "Sandbox Org",
                "email_domain": "example.com",
                "client_identifier": "sandbox",
                **stamps,
                "_builtin": True,
            },
        )
        store.put(
            "users",
            {
                "id": 1,
                "full_name": "Sandbox Owner",
                "email": "owner@example.com",
                **stamps,
                "_builtin": True,
            },
        )
        store.put(
            "users",
            {
                "id": TEAMMATE_ID,
                "full_name": "Dana Analyst",
                "email": "dana@example.com",
                **stamps,
                "_builtin": True,
            },
        )
        store.put("teams", {"id": TEAM_ID, "name": "data-engineering", **stamps, "_builtin": True})
        base = {
            "owner": state.owner_ref(1),
            "org": state.org_ref(),
            "access_roles": ["collaborator"],
            "created_at": now,
            "updated_at": now,
            "managed": True,
            "copied_from_id": None,
            "tags": [],
            "public": True,
            "reusable": True,
            "_builtin": True,
            "code_config": None,
            "custom_config": None,
            "description": None,
        }
        for i, (name, code) in enumerate(
            [
                ("drop-pii", [{"operation": "remove", "spec": {"ssn": "", "dob": ""}}]),
                ("add-source-tag", [{"operation": "default", "spec": {"source": "nexla"}}]),
            ],
            start=1,
        ):
            store.put(
                "transforms",
                {
                    **base,
                    "id": i,
                    "name": name,
                    "resource_type": "transform",
                    "output_type": "record",
                    "code_type": "jolt_standard",
                    "code_encoding": "none",
                    "code": code,
                },
            )
        for i, (name, attr_code) in enumerate(
            [
                (
                    "mask-email",
                    "lambda x: x[:2] + '***@' + x.split('@')[1] if '@' in str(x) else x",
                ),
                ("to-upper", "lambda x: str(x).upper()"),
            ],
            start=1,
        ):
            store.put(
                "attribute_transforms",
                {
                    **base,
                    "id": i,
                    "name": name,
                    "resource_type": "attribute_transform",
                    "output_type": "string",
                    "code_type": "python",
                    "code_encoding": "none",
                    "code": attr_code,
                },
            )


def _ctx(state: State) -> Ctx:
    return Ctx(
        state=state,
        operation_id="seed",
        path={},
        query={},
        body=None,
        user_id=1,
        request_ip="127.0.0.1",
        user_agent="sandbox-seed",
        url="http://127.0.0.1/",
    )


def seed_demo(state: State) -> None:
    """A small org worth listing: 2 credentials, 2 sources, 3 nexsets, 2 sinks, 1 live flow."""
    from .handlers import credentials, destinations, flows, nexsets, sources

    store = state.store
    with store.transaction():
        stamps = {"created_at": state.now(), "updated_at": state.now()}
        store.put("teams", {"id": 2, "name": "analytics", **stamps, "_builtin": True})
        store.put(
            "users",
            {
                "id": 3,
                "full_name": "Sam Operator",
                "email": "sam@example.com",
                **stamps,
                "_builtin": True,
            },
        )
        ctx = _ctx(state)
        creds = []
        for name, ctype in (("orders-bucket", "s3"), ("warehouse", "snowflake")):
            ctx.body = {
                "name": name,
                "credentials_type": ctype,
                "credentials": {"region": "us-east-1", "secret_key": "demo"},
            }
            creds.append(credentials.create_credential(ctx))
        srcs = []
        for name, path in (("orders", "orders/"), ("customers", "customers/")):
            ctx.body = {
                "name": name,
                "source_type": "s3",
                "data_credentials_id": creds[0]["id"],
                "source_config": {"path": path, "file_format": "json"},
            }
            doc = state.must("data_sources", sources.create_source(ctx)["id"])
            sources.discover(state, doc)
            srcs.append(doc)
        base_sets = [n for n in store.all("data_sets") if n.get("data_source_id")]
        ctx.body = {
            "name": "customers-no-pii",
            "parent_data_set_id": base_sets[1]["id"],
            "has_custom_transform": True,
            "transform_id": 1,
        }
        derived = nexsets.create_nexset(ctx)
        ctx.body = {
            "name": "orders-to-warehouse",
            "sink_type": "snowflake",
            "data_set_id": base_sets[0]["id"],
            "data_credentials_id": creds[1]["id"],
            "sink_config": {"table": "ORDERS"},
        }
        sink = destinations.create_sink(ctx)
        ctx.body = {
            "name": "customers-export",
            "sink_type": "s3",
            "data_set_id": derived["id"],
            "data_credentials_id": creds[0]["id"],
            "sink_config": {"path": "out/"},
        }
        destinations.create_sink(ctx)
        node = flows.node_of(state, "data_sinks", sink["id"])
        ctx.path = {"flow_id": node["id"]}
        ctx.query = {"all": 1}
        flows.activate(ctx)
        flows.record_run(state, node["id"])

        from .seed_resources import seed_resources

        seed_resources(state, ctx)
