"""Projects: named groups of flows. A project holds flow origins; deleting it keeps the flows.

Flows join a project by node id (any node of the flow names its origin) or, in the
deprecated form, by `data_source_id` / `data_set_id`. Each origin node carries the
`project_id`.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, not_found
from ..state import Actor, State
from ..store import Doc
from .nodes import node_of


def origin_of_node(state: State, node_id: Any) -> int:
    node = state.store.get("flow_nodes", int(node_id))
    if node is None:
        raise not_found("flows", int(node_id))
    return int(node["origin_node_id"])


def origin_of_ref(state: State, ref: Any) -> int:
    if not isinstance(ref, dict):
        raise ApiError(400, "data_flows[] entries name a data_source_id or data_set_id")
    if ref.get("data_source_id") is not None:
        return int(node_of(state, "data_sources", int(ref["data_source_id"]))["origin_node_id"])
    if ref.get("data_set_id") is not None:
        return int(node_of(state, "data_sets", int(ref["data_set_id"]))["origin_node_id"])
    raise ApiError(400, "data_flows[] entries name a data_source_id or data_set_id")


def flow_ids(doc: Doc) -> list[int]:
    return [int(i) for i in doc.get("_flow_ids") or []]


def live_flow_ids(state: State, doc: Doc) -> list[int]:
    return [i for i in flow_ids(doc) if state.store.get("flow_nodes", i) is not None]


def project_flow(state: State, project: Doc, origin_id: int) -> Doc:
    node = state.store.get("flow_nodes", origin_id) or {"id": origin_id}
    return {
        "id": origin_id,
        "project_id": project["id"],
        "data_source_id": node.get("data_source_id"),
        "data_set_id": node.get("data_set_id"),
        "data_sink_id": node.get("data_sink_id"),
        "name": node.get("name"),
        "description": node.get("description"),
        "created_at": project.get("created_at"),
        "updated_at": project.get("updated_at"),
    }


def set_flows(state: State, actor: Actor | None, doc: Doc, new_ids: list[int]) -> None:
    old = flow_ids(doc)
    unique = list(dict.fromkeys(new_ids))
    for origin_id in set(old) | set(unique):
        node = state.store.get("flow_nodes", origin_id)
        if node is None:
            continue
        node["project_id"] = doc["id"] if origin_id in unique else None
        state.store.put("flow_nodes", node)
    doc["_flow_ids"] = unique
    state.save("projects", doc)
    if old != unique:
        state.audit(actor, "projects", doc, "update", {"flows": [old, unique]})


def project_fields(state: State, body: Doc) -> Doc:
    ids = [origin_of_ref(state, r) for r in body.get("data_flows") or []]
    return {
        "name": body["name"],
        "description": body.get("description") or "",
        "tags": [],
        "client_identifier": None,
        "client_url": None,
        "copied_from_id": None,
        "_flow_ids": list(dict.fromkeys(ids)),
    }


def project_changes(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "data_flows" in body:
        set_flows(state, actor, doc, [origin_of_ref(state, r) for r in body["data_flows"] or []])
    return changes


def release_flows(state: State, doc: Doc) -> str | None:
    """Flows outlive their project: a deleted project lets go of them (never refused)."""
    for origin_id in flow_ids(doc):
        node = state.store.get("flow_nodes", origin_id)
        if node is not None:
            node["project_id"] = None
            state.store.put("flow_nodes", node)
    return None
