"""Destinations: creating one wires it under its nexset's flow node."""

from __future__ import annotations

from ..connectors import check_config, check_create, connector
from ..errors import not_found
from ..state import Actor, State
from ..store import Doc
from .credentials import check_exists
from .nodes import create_node, require_inactive


def create_sink(state: State, actor: Actor | None, body: Doc) -> Doc:
    check_create("destinations", body)
    nexset = state.must("data_sets", body["data_set_id"])
    if state.store.get("data_credentials", body["data_credentials_id"]) is None:
        raise not_found("data_credentials", body["data_credentials_id"])
    stype = body["sink_type"]
    config = body.get("sink_config") or {}
    doc = state.new_doc(
        "data_sinks",
        actor,
        {
            "name": body["name"],
            "description": body.get("description"),
            "status": "INIT",
            "sink_type": stype,
            "connector_type": stype,
            "connector": connector(stype),
            "data_set_id": nexset["id"],
            "data_credentials_id": body["data_credentials_id"],
            "sink_config": body.get("sink_config"),
            "sink_format": next(
                (
                    v
                    for v in (config.get("file_format"), config.get("format"))
                    if isinstance(v, str)
                ),
                "json",
            ),
            "sink_schedule": None,
            "in_memory": False,
            "managed": False,
            "data_map_id": None,
            "copied_from_id": None,
            "flow_type": nexset.get("flow_type", "batch"),
            "template_config": body.get("template_config"),
            "tags": [],
        },
    )
    parent_node = state.store.get("flow_nodes", int(nexset["_flow_node_id"]))
    create_node(state, parent_node, "data_sinks", doc)
    state.store.put("data_sinks", doc)
    state.audit(actor, "data_sinks", doc, "create", {"name": [None, doc["name"]]})
    return doc


def update_sink(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    """Change a destination; a new `data_set_id` moves its node under that nexset's."""
    check_config("destinations", str(doc["sink_type"]), body.get("sink_config"))
    if body.get("data_credentials_id") is not None:
        check_exists(state, body["data_credentials_id"])
    if body.get("data_set_id") is not None and body["data_set_id"] != doc.get("data_set_id"):
        nexset = state.must("data_sets", int(body["data_set_id"]))
        node = state.store.get("flow_nodes", int(doc["_flow_node_id"]))
        parent = state.store.get("flow_nodes", int(nexset["_flow_node_id"]))
        if node is not None and parent is not None:
            node["parent_node_id"] = parent["id"]
            node["origin_node_id"] = parent["origin_node_id"]
            state.store.put("flow_nodes", node)
    changes: Doc = {
        k: body[k]
        for k in ("name", "description", "data_set_id", "data_credentials_id", "sink_config")
        if k in body and not (k in ("data_set_id", "data_credentials_id") and body[k] is None)
    }
    return state.update_fields(actor, "data_sinks", doc, changes)


def delete_sink(state: State, actor: Actor | None, doc: Doc) -> None:
    sink_id = doc["id"]
    require_inactive(doc, "data_sinks")
    state.store.delete("flow_nodes", int(doc["_flow_node_id"]))
    state.store.delete("data_sinks", sink_id)
    state.audit(actor, "data_sinks", doc, "destroy", {"id": [sink_id, None]})
