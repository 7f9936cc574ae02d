"""Build tagged environments in the sandbox through the binding, the way a user would."""

from __future__ import annotations

import sqlite3
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.credentials import create_data_credential
from nexla_api.api.destinations import create_data_sink
from nexla_api.api.flows import flow_activate_with_flow_id, get_flow_by_resource_id
from nexla_api.api.nexsets import create_nexset
from nexla_api.api.sources import create_data_source, get_data_source
from nexla_api.api.transforms import create_reusable_record_transform
from nexla_api.models import (
    DataCredentialCreate,
    DataSetCreate,
    DataSinkCreate,
    DataSourceCreate,
    FlowResourceType,
    TransformCodeOp,
    TransformCreate,
)
from nexla_sandbox.testing import SandboxServer


def credential(client: NexlaClient, name: str, ctype: str = "postgres", **secrets: Any) -> int:
    creds = {"host": f"{name}.db.internal", "username": "etl", "password": f"pw-{name}", **secrets}
    body = DataCredentialCreate(name=name, credentials_type=ctype, credentials=creds)
    return create_data_credential.sync(client=client, body=body).id


def source(
    client: NexlaClient,
    name: str,
    cred_id: int | None,
    tags: list[str],
    config: dict[str, Any] | None = None,
    source_type: str = "postgres",
) -> tuple[int, int]:
    """A source and its discovered nexset: (source id, nexset id)."""
    body = DataSourceCreate(
        name=name,
        source_type=source_type,
        data_credentials_id=cred_id,
        source_config=config or {"table": name, "file_format": "json"},
        tags=tags,
    )
    source_id = create_data_source.sync(client=client, body=body).id
    for _ in range(10):
        sets = get_data_source.sync(source_id, client=client, expand=1).data_sets
        if sets:
            return source_id, sets[0].id
    raise AssertionError(f"no nexset discovered for source {source_id}")


def sink(
    client: NexlaClient,
    name: str,
    nexset_id: int,
    cred_id: int,
    config: dict[str, Any] | None = None,
    sink_type: str = "postgres",
) -> int:
    body = DataSinkCreate(
        name=name,
        sink_type=sink_type,
        data_set_id=nexset_id,
        data_credentials_id=cred_id,
        sink_config=config or {"table": f"{name}_out"},
    )
    return create_data_sink.sync(client=client, body=body).id


def transform(client: NexlaClient, name: str, spec: dict[str, Any], tags: list[str]) -> int:
    body = TransformCreate(
        name=name,
        output_type="record",
        code_type="jolt_standard",
        code_encoding="none",
        code=[TransformCodeOp(operation="remove", spec=spec)],
        tags=tags,
    )
    return create_reusable_record_transform.sync(client=client, body=body).id


def derived(client: NexlaClient, name: str, parent: int, transform_id: int, tags: list[str]) -> int:
    body = DataSetCreate(
        name=name,
        parent_data_set_id=parent,
        has_custom_transform=True,
        transform_id=transform_id,
        tags=tags,
    )
    return create_nexset.sync(client=client, body=body).id


def flow_of(client: NexlaClient, source_id: int) -> int:
    flow = get_flow_by_resource_id.sync(
        FlowResourceType.DATA_SOURCES, source_id, client=client, flows_only=1
    )
    return flow.flows[0].origin_node_id


def activate(client: NexlaClient, source_id: int) -> int:
    flow_id = flow_of(client, source_id)
    flow_activate_with_flow_id.sync(flow_id, client=client, all_=1)
    return flow_id


def audit_entries(sandbox: SandboxServer, item_type: str, item_id: int) -> list[dict[str, Any]]:
    return list(sandbox.state.store.audit(item_type, item_id))


def changes_of(sandbox: SandboxServer, item_type: str, item_id: int, attribute: str) -> list[Any]:
    """`[old, new]` of every audited change of `attribute` on one resource, oldest first."""
    return [
        e["object_changes"][attribute]
        for e in audit_entries(sandbox, item_type, item_id)
        if attribute in (e.get("change_summary") or [])
    ]


def save_state(sandbox: SandboxServer) -> sqlite3.Connection:
    """A copy of the whole sandbox database, so a test can re-run from one seeded world.

    Re-seeding through HTTP costs a few dozen requests; the admin API has no save/restore.
    """
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    store = sandbox.state.store
    with store.lock:
        store._conn.backup(copy)
    return copy


def restore_state(sandbox: SandboxServer, saved: sqlite3.Connection) -> None:
    store = sandbox.state.store
    with store.lock:
        saved.backup(store._conn)
