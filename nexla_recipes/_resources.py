"""Small shared readers: resource type names and flow trees.

Recipes find flow nodes by walking the tree Nexla returns (the flows list is one object
whose `flows` are trees, not a list of flows).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.flows import get_flow_by_resource_id
from nexla_api.models import FlowNode, FlowResourceType

from .kinds import FLOW_KINDS, REGISTRY, kind


def resource_type(name: str | FlowResourceType) -> FlowResourceType:
    """`sources`/`nexsets`/`destinations` (or any alias of the registry) as the binding's enum."""
    if isinstance(name, FlowResourceType):
        return name
    flow_type = kind(name, FLOW_KINDS).flow_type
    assert flow_type is not None
    return flow_type


def walk(nodes: Any) -> Iterator[FlowNode]:
    """Every node of a flow forest, parents before children."""
    if not isinstance(nodes, list):
        return
    for node in nodes:
        yield node
        yield from walk(node.children)


def node_resource(node: FlowNode) -> tuple[FlowResourceType, int] | None:
    """Which resource a flow node stands for."""
    for k in REGISTRY:
        if k.node_key is not None and k.flow_type is not None:
            rid = getattr(node, k.node_key)
            if rid:
                return k.flow_type, int(rid)
    return None


def flow_node_for(client: NexlaClient, rtype: str | FlowResourceType, resource_id: int) -> FlowNode:
    """The flow node of one resource (`GET /{type}/{id}/flow?flows_only=1`)."""
    flow_type = resource_type(rtype)
    flow = get_flow_by_resource_id.sync(flow_type, resource_id, client=client, flows_only=1)
    row = kind(flow_type)
    assert row.node_key is not None
    for node in walk(flow.flows):
        if getattr(node, row.node_key) == resource_id:
            return node
    raise LookupError(f"no flow node for {row.cli_word} {resource_id} in its flow")
