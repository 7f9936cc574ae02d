"""Nexsets: discovered (under a source) and derived (parent + transform).

Samples of a derived nexset are its parent's samples run through its transform (a
reusable transform by `transform_id`, or an inline `transform` with Jolt operations in
`code`/`operations`), computed when asked so changing the transform shows at once.
"""

from __future__ import annotations

from typing import Any

from ..errors import conflict, not_found
from ..state import Actor, State
from ..store import Doc
from .nodes import create_node, flow_node, nodes_in, require_inactive
from .records import records_of

FIELDS = (
    "name",
    "description",
    "transform_id",
    "transform",
    "has_custom_transform",
    "custom_config",
    "output_schema_annotations",
    "output_schema_validation_enabled",
    "output_validation_schema",
)


def new_nexset(state: State, actor: Actor | None, fields: Doc, *, parent_node: Doc | None) -> Doc:
    base: Doc = {
        "status": "INIT",
        "flow_type": parent_node["flow_type"] if parent_node else "batch",
        "version": 1,
        "data_source_id": None,
        "parent_data_set_id": None,
        "transform_id": None,
        "transform": None,
        "has_custom_transform": False,
        "tags": [],
        "custom_config": None,
        "output_schema_annotations": None,
        "output_schema_validation_enabled": False,
        "output_validation_schema": None,
        "copied_from_id": None,
    }
    base.update(fields)
    doc = state.new_doc("data_sets", actor, base)
    create_node(state, parent_node, "data_sets", doc)
    state.store.put("data_sets", doc)
    state.audit(actor, "data_sets", doc, "create", {"name": [None, doc["name"]]})
    return doc


def check_transform(state: State, transform_id: Any) -> None:
    if transform_id is not None and state.store.get("transforms", int(transform_id)) is None:
        raise not_found("transforms", int(transform_id))


def create_derived(state: State, actor: Actor | None, body: Doc) -> Doc:
    """A nexset derived from `parent_data_set_id`, in its parent's flow."""
    parent = state.must("data_sets", body["parent_data_set_id"])
    check_transform(state, body.get("transform_id"))
    parent_node = state.store.get("flow_nodes", int(parent["_flow_node_id"]))
    fields: Doc = {k: body[k] for k in FIELDS if k in body}
    fields["parent_data_set_id"] = parent["id"]
    fields["tags"] = body.get("tags") or []
    fields["status"] = (
        "PAUSED" if parent.get("status") == "ACTIVE" else parent.get("status", "INIT")
    )
    return new_nexset(state, actor, fields, parent_node=parent_node)


def update_nexset(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    if "transform_id" in body:
        check_transform(state, body["transform_id"])
    changes: Doc = {k: body[k] for k in (*FIELDS, "tags") if k in body}
    if "tags" in changes and changes["tags"] is None:
        changes["tags"] = []
    if "transform_id" in changes or "transform" in changes:
        changes["version"] = int(doc.get("version") or 1) + 1
    return state.update_fields(actor, "data_sets", doc, changes)


def delete_nexset(state: State, actor: Actor | None, doc: Doc) -> None:
    set_id = doc["id"]
    require_inactive(doc, "data_sets")
    node_id = int(doc["_flow_node_id"])
    nodes = nodes_in(state, flow_node(state, node_id)["origin_node_id"])
    dependants = [n["id"] for n in nodes if n["parent_node_id"] == node_id]
    if dependants:
        raise conflict(
            f"Nexset {set_id} still feeds other nexsets or destinations (flow nodes {dependants})",
            "data_sets",
            set_id,
        )
    state.store.delete("flow_nodes", node_id)
    state.store.delete("data_sets", set_id)
    state.audit(actor, "data_sets", doc, "destroy", {"id": [set_id, None]})


def samples(state: State, doc: Doc, count: int) -> list[Doc]:
    """The first `count` records (the latest, for a nexset fed by a webhook)."""
    records = records_of(state, doc)
    return records[-count:] if doc.get("_webhook") else records[:count]
