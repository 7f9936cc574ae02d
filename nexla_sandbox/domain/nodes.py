"""Flow trees: every source, nexset and destination owns one flow node; a source's node
is the origin of its tree."""

from __future__ import annotations

from ..errors import conflict, not_found
from ..kinds import KINDS
from ..state import State
from ..store import Doc

RESOURCE_KEYS = {
    "data_sources": "data_source_id",
    "data_sets": "data_set_id",
    "data_sinks": "data_sink_id",
}


def create_node(
    state: State, parent: Doc | None, kind: str, resource: Doc, flow_type: str = "batch"
) -> Doc:
    node_id = state.store.new_id("flow_nodes")
    node: Doc = {
        "id": node_id,
        "origin_node_id": parent["origin_node_id"] if parent else node_id,
        "parent_node_id": parent["id"] if parent else None,
        "shared_origin_node_id": None,
        "data_source_id": None,
        "data_set_id": None,
        "data_sink_id": None,
        "status": resource.get("status", "INIT"),
        "project_id": None,
        "flow_type": parent["flow_type"] if parent else flow_type,
        "ingestion_mode": parent["ingestion_mode"] if parent else "full_ingestion",
        "name": resource.get("name"),
        "description": resource.get("description"),
    }
    node[RESOURCE_KEYS[kind]] = resource["id"]
    state.store.put("flow_nodes", node)
    resource["_flow_node_id"] = node_id
    return node


def node_of(state: State, kind: str, resource_id: int) -> Doc:
    resource = state.must(kind, resource_id)
    node = state.store.get("flow_nodes", int(resource.get("_flow_node_id") or 0))
    if node is None:
        raise not_found("flows", resource_id)
    return node


def flow_node(state: State, node_id: int) -> Doc:
    node = state.store.get("flow_nodes", node_id)
    if node is None:
        raise not_found("flows", node_id)
    return node


def nodes_in(state: State, origin_id: int) -> list[Doc]:
    return [n for n in state.store.all("flow_nodes") if n["origin_node_id"] == origin_id]


def origins(state: State) -> list[int]:
    return sorted({int(n["origin_node_id"]) for n in state.store.all("flow_nodes")})


def children_of(nodes: list[Doc], node_id: int) -> list[Doc]:
    return [n for n in nodes if n["parent_node_id"] == node_id]


def subtree(nodes: list[Doc], node_id: int) -> list[Doc]:
    out = [n for n in nodes if n["id"] == node_id]
    for child in children_of(nodes, node_id):
        out.extend(subtree(nodes, child["id"]))
    return out


def ancestors(nodes: list[Doc], node: Doc) -> list[Doc]:
    by_id = {n["id"]: n for n in nodes}
    out = []
    parent = by_id.get(node["parent_node_id"] or 0)
    while parent is not None:
        out.append(parent)
        parent = by_id.get(parent["parent_node_id"] or 0)
    return out


def render_tree(nodes: list[Doc], node: Doc) -> Doc:
    out = dict(node)
    out["children"] = [render_tree(nodes, c) for c in children_of(nodes, node["id"])]
    return out


def resource_of(state: State, node: Doc) -> tuple[str, Doc] | None:
    for kind, key in RESOURCE_KEYS.items():
        if node.get(key):
            doc = state.store.get(kind, int(node[key]))
            if doc is not None:
                return kind, doc
    return None


def owner_id_of(state: State, origin_id: int) -> int | None:
    """The owner of the resource at a flow's origin (None if there is none)."""
    node = state.store.get("flow_nodes", origin_id) or {}
    found = resource_of(state, node)
    return None if found is None else (found[1].get("owner") or {}).get("id")


def require_inactive(doc: Doc, kind: str) -> None:
    if doc.get("status") == "ACTIVE":
        raise conflict(
            f"{KINDS[kind][1]} {doc['id']} is ACTIVE; pause its flow before deleting it",
            KINDS[kind][0],
            doc["id"],
        )
