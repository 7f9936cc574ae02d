"""The optional deterministic demo data (`--seed-data`), made through the domain.

Credentials, sources with discovered nexsets, a derived nexset, destinations, one active
flow with runs, more teams and users, then one or two of each plain resource
(`seed_resources`): the same ids and names on every start. The changes are audited as
made by the sandbox's seeding (`SEED`).
"""

from __future__ import annotations

from .domain import credentials, flows, nexsets, sinks, sources
from .domain.nodes import node_of
from .domain.runs import record_run
from .seed_resources import seed_resources
from .state import DEFAULT_USER_ID, Actor, State

SEED = Actor(
    user_id=DEFAULT_USER_ID,
    request_ip="127.0.0.1",
    user_agent="sandbox-seed",
    url="http://127.0.0.1/",
)


def seed_demo(state: State) -> None:
    """A small org worth listing: 2 credentials, 2 sources, 3 nexsets, 2 sinks, 1 live flow."""
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
        creds = [
            credentials.create_credential(
                state,
                SEED,
                {
                    "name": name,
                    "credentials_type": ctype,
                    "credentials": {"region": "us-east-1", "secret_key": "demo"},
                },
            )
            for name, ctype in (("orders-bucket", "s3"), ("warehouse", "snowflake"))
        ]
        for name, path in (("orders", "orders/"), ("customers", "customers/")):
            body = {
                "name": name,
                "source_type": "s3",
                "data_credentials_id": creds[0]["id"],
                "source_config": {"path": path, "file_format": "json"},
            }
            source = sources.create_source(state, SEED, body, SEED.url.rstrip("/"))
            sources.discover(state, state.must("data_sources", source["id"]))
        base_sets = [n for n in store.all("data_sets") if n.get("data_source_id")]
        derived = nexsets.create_derived(
            state,
            SEED,
            {
                "name": "customers-no-pii",
                "parent_data_set_id": base_sets[1]["id"],
                "has_custom_transform": True,
                "transform_id": 1,
            },
        )
        sink = sinks.create_sink(
            state,
            SEED,
            {
                "name": "orders-to-warehouse",
                "sink_type": "snowflake",
                "data_set_id": base_sets[0]["id"],
                "data_credentials_id": creds[1]["id"],
                "sink_config": {"table": "ORDERS"},
            },
        )
        sinks.create_sink(
            state,
            SEED,
            {
                "name": "customers-export",
                "sink_type": "s3",
                "data_set_id": derived["id"],
                "data_credentials_id": creds[0]["id"],
                "sink_config": {"path": "out/"},
            },
        )
        node = node_of(state, "data_sinks", sink["id"])
        flows.activate(state, SEED, node, whole_tree=True)
        record_run(state, node["id"])
        seed_resources(state, SEED)
