"""Small shared readers: resource type names, unset-to-None, and flow trees.

The binding's models use `UNSET` for absent fields and enums for statuses; recipes report
plain values, and find flow nodes by walking the tree Nexla returns (the flows list is one
object whose `flows` are trees, not a list of flows).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.flows import get_flow_by_resource_id
from nexla_api.models import FlowNode, FlowResourceType
from nexla_api.types import Unset

from ._kinds import canonical_type

#: Vocabulary names of the flow resource types -> the API path segment.
FLOW_TYPES: dict[str, FlowResourceType] = {
    "sources": FlowResourceType.DATA_SOURCES,
    "nexsets": FlowResourceType.DATA_SETS,
    "destinations": FlowResourceType.DATA_SINKS,
}

NODE_KEY = {
    FlowResourceType.DATA_SOURCES: "data_source_id",
    FlowResourceType.DATA_SETS: "data_set_id",
    FlowResourceType.DATA_SINKS: "data_sink_id",
}

FRIENDLY = {
    FlowResourceType.DATA_SOURCES: "sources",
    FlowResourceType.DATA_SETS: "nexsets",
    FlowResourceType.DATA_SINKS: "destinations",
}


def resource_type(name: str | FlowResourceType) -> FlowResourceType:
    """`sources`/`nexsets`/`destinations` (or any alias in `VOCABULARY`) as the binding's enum."""
    if isinstance(name, FlowResourceType):
        return name
    return FLOW_TYPES[canonical_type(name, list(FLOW_TYPES))]


def val(value: Any) -> Any:
    """A model field as a plain value: UNSET -> None, enums -> their value."""
    if isinstance(value, Unset):
        return None
    if isinstance(value, Enum):
        return value.value
    return value


def walk(nodes: Any) -> Iterator[FlowNode]:
    """Every node of a flow forest, parents before children."""
    if not isinstance(nodes, list):
        return
    for node in nodes:
        yield node
        yield from walk(node.children)


def node_resource(node: FlowNode) -> tuple[FlowResourceType, int] | None:
    """Which resource a flow node stands for."""
    for kind, key in NODE_KEY.items():
        rid = val(getattr(node, key))
        if rid:
            return kind, int(rid)
    return None


def flow_node_for(client: NexlaClient, kind: str | FlowResourceType, resource_id: int) -> FlowNode:
    """The flow node of one resource (`GET /{type}/{id}/flow?flows_only=1`)."""
    rtype = resource_type(kind)
    flow = get_flow_by_resource_id.sync(rtype, resource_id, client=client, flows_only=1)
    key = NODE_KEY[rtype]
    for node in walk(flow.flows):
        if val(getattr(node, key)) == resource_id:
            return node
    raise LookupError(f"no flow node for {FRIENDLY[rtype]} {resource_id} in its flow")
