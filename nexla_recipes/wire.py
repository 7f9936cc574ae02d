"""Recipe 4: create a destination on a nexset, find its flow node and activate it.

The node is looked up in the destination's own flow (`GET /data_sinks/{id}/flow`) by
`data_sink_id` anywhere in the tree, not assumed to be `flows[0]` (that is the origin
source's node). Activation reports the node's status from the reply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.destinations import create_data_sink
from nexla_api.api.flows import flow_activate_with_flow_id
from nexla_api.models import DataSinkCreate

from ._progress import ProgressFn, emit
from ._resources import flow_node_for, walk


@dataclass(frozen=True)
class WireResult:
    """The destination, its flow node, and the node's status after activation (if asked)."""

    destination_id: int
    flow_id: int
    origin_node_id: int
    activated: bool
    status: str | None


def create_destination(
    client: NexlaClient,
    *,
    nexset_id: int,
    name: str,
    sink_type: str,
    credential_id: int,
    sink_config: Mapping[str, Any] | None = None,
    description: str | None = None,
) -> int:
    """`POST /data_sinks` on `nexset_id`; returns the new id."""
    body = DataSinkCreate(
        name=name, sink_type=sink_type, data_set_id=nexset_id, data_credentials_id=credential_id
    )
    if sink_config is not None:
        body.sink_config = dict(sink_config)
    if description is not None:
        body.description = description
    return int(create_data_sink.sync(client=client, body=body).id)


def activate_node(client: NexlaClient, node_id: int, status: str | None = None) -> str | None:
    """Activate the flow of node `node_id`; returns the node's status from the reply
    (`status` if the reply does not hold the node)."""
    reply = flow_activate_with_flow_id.sync(node_id, client=client)
    return next((n.status for n in walk(reply.flows) if n.id == node_id), status)


def wire_destination(
    client: NexlaClient,
    *,
    nexset_id: int,
    name: str,
    sink_type: str,
    credential_id: int,
    sink_config: Mapping[str, Any] | None = None,
    description: str | None = None,
    activate: bool = True,
    progress: ProgressFn | None = None,
) -> WireResult:
    """`POST /data_sinks` on `nexset_id`, then activate the new node's flow."""
    sink_id = create_destination(
        client,
        nexset_id=nexset_id,
        name=name,
        sink_type=sink_type,
        credential_id=credential_id,
        sink_config=sink_config,
        description=description,
    )
    emit(progress, "destination", f"created destination {sink_id}")
    node = flow_node_for(client, "destinations", sink_id)
    status = node.status
    if activate:
        status = activate_node(client, int(node.id), status)
        emit(progress, "activate", f"flow node {node.id} is {status}")
    return WireResult(sink_id, int(node.id), int(node.origin_node_id), activate, status)
