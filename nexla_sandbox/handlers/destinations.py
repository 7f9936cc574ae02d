"""Destinations: creating one wires it under its nexset's flow node."""

from __future__ import annotations

from typing import Any

from ..connectors import check_config, check_create, connector
from ..registry import Ctx, handler, not_found
from ..state import State, paginate, public, require_body
from ..store import Doc
from .common import deleted_reply, require_inactive, visible
from .flows import create_node


def sink_brief(doc: Doc) -> Doc:
    return {
        "id": doc["id"],
        "owner_id": doc["owner"]["id"],
        "org_id": doc["org"]["id"],
        "name": doc.get("name"),
        "status": doc.get("status"),
        "sink_type": doc.get("sink_type"),
    }


def render(state: State, doc: Doc, expand: bool = False) -> Doc:
    out = public(doc)
    nexset = state.store.get("data_sets", int(doc.get("data_set_id") or 0))
    if nexset is not None:
        data_set: Doc = {
            "id": nexset["id"],
            "owner_id": nexset["owner"]["id"],
            "org_id": nexset["org"]["id"],
            "name": nexset.get("name"),
            "description": nexset.get("description"),
            "status": nexset.get("status"),
            "version": nexset.get("version"),
            "created_at": nexset.get("created_at"),
            "updated_at": nexset.get("updated_at"),
        }
        if expand:
            data_set["output_schema"] = nexset.get("output_schema")
        out["data_set"] = data_set
        node = state.store.get("flow_nodes", int(doc.get("_flow_node_id") or 0))
        if node is not None:
            origin = state.store.get("flow_nodes", node["origin_node_id"])
            if origin is not None:
                out["data_source_id"] = origin.get("data_source_id")
    if expand and doc.get("data_credentials_id"):
        from .credentials import render as render_credential

        cred = state.store.get("data_credentials", int(doc["data_credentials_id"]))
        if cred is not None:
            out["data_credentials"] = render_credential(state, cred)
    return out


@handler("get_data_sinks")
def list_sinks(ctx: Ctx) -> list[Any]:
    return [render(ctx.state, d) for d in paginate(ctx, visible(ctx, "data_sinks"))]


@handler("create_data_sink")
def create_sink(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    check_create("destinations", body)
    nexset = state.must("data_sets", body["data_set_id"])
    if state.store.get("data_credentials", body["data_credentials_id"]) is None:
        raise not_found("data_credentials", body["data_credentials_id"])
    stype = body["sink_type"]
    config = body.get("sink_config") or {}
    doc = state.new_doc(
        "data_sinks",
        ctx,
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
    state.audit(ctx, "data_sinks", doc, "create", {"name": [None, doc["name"]]})
    return render(state, doc)


@handler("get_data_sink")
def get_sink(ctx: Ctx) -> Doc:
    return render(ctx.state, ctx.state.must("data_sinks", ctx.path["sink_id"]), ctx.flag("expand"))


@handler("update_data_sink")
def update_sink(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = state.must("data_sinks", ctx.path["sink_id"])
    check_config("destinations", str(doc["sink_type"]), body.get("sink_config"))
    if body.get("data_credentials_id") is not None:
        if state.store.get("data_credentials", int(body["data_credentials_id"])) is None:
            raise not_found("data_credentials", int(body["data_credentials_id"]))
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
    state.update_fields(ctx, "data_sinks", doc, changes)
    return render(state, doc)


@handler("delete_data_sink")
def delete_sink(ctx: Ctx) -> Doc:
    state = ctx.state
    sink_id = ctx.path["sink_id"]
    doc = state.must("data_sinks", sink_id)
    require_inactive(doc, "data_sinks")
    state.store.delete("flow_nodes", int(doc["_flow_node_id"]))
    state.store.delete("data_sinks", sink_id)
    state.audit(ctx, "data_sinks", doc, "destroy", {"id": [sink_id, None]})
    return deleted_reply("data_sinks", sink_id)
