"""Nexsets: discovered (under a source) and derived (parent + transform), and samples.

Samples of a derived nexset are its parent's samples run through its transform (a
reusable transform by `transform_id`, or an inline `transform` with Jolt operations in
`code`/`operations`), computed at request time so changing the transform shows at once.
"""

from __future__ import annotations

from typing import Any

from .. import jolt
from ..registry import Ctx, conflict, handler, not_found
from ..state import State, paginate, public, require_body
from ..store import Doc
from .common import deleted_reply, require_inactive, visible
from .flows import create_node, nodes_in


def new_nexset(state: State, ctx: Ctx | None, fields: Doc, *, parent_node: Doc | None) -> Doc:
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
    doc = state.new_doc("data_sets", ctx, base)
    create_node(state, parent_node, "data_sets", doc)
    state.store.put("data_sets", doc)
    state.audit(ctx, "data_sets", doc, "create", {"name": [None, doc["name"]]})
    return doc


def operations_of(state: State, doc: Doc) -> list[Any]:
    if doc.get("transform_id"):
        transform = state.store.get("transforms", int(doc["transform_id"]))
        if transform is not None:
            return list(transform.get("code") or [])
    inline = doc.get("transform")
    if isinstance(inline, dict):
        for key in ("code", "operations", "transforms"):
            if isinstance(inline.get(key), list):
                return list(inline[key])
        if "operation" in inline:
            return [inline]
    return []


def records_of(state: State, doc: Doc, depth: int = 0) -> list[Doc]:
    if doc.get("data_source_id") or depth > 50:
        return list(doc.get("_records") or [])
    parent = state.store.get("data_sets", int(doc.get("parent_data_set_id") or 0))
    if parent is None:
        return []
    ops = operations_of(state, doc)
    return [jolt.apply(ops, r) for r in records_of(state, parent, depth + 1)]


def render(state: State, doc: Doc, expand: bool = False) -> Doc:
    from .destinations import sink_brief
    from .sources import brief, infer_schema
    from .sources import render as render_source

    out = public(doc)
    for key in (
        "parent_data_set_id",
        "has_custom_transform",
        "custom_config",
        "output_schema_annotations",
        "output_schema_validation_enabled",
        "output_validation_schema",
    ):
        out.pop(key, None)
    parent = state.store.get("data_sets", int(doc.get("parent_data_set_id") or 0))
    out["parent_data_sets"] = [brief(parent)] if parent else []
    sinks = [s for s in state.store.all("data_sinks") if s.get("data_set_id") == doc["id"]]
    out["data_sinks"] = [sink_brief(s) for s in sinks]
    if not doc.get("data_source_id"):
        out["output_schema"] = infer_schema(records_of(state, doc))
    if expand:
        src = state.store.get("data_sources", int(doc.get("data_source_id") or 0))
        if src is not None:
            out["data_source"] = render_source(state, src)
        if doc.get("transform_id"):
            transform = state.store.get("transforms", int(doc["transform_id"]))
            if transform is not None:
                out["transform"] = {
                    "id": transform["id"],
                    "name": transform["name"],
                    "code": transform.get("code"),
                }
    return out


@handler("get_nexsets")
def list_nexsets(ctx: Ctx) -> list[Any]:
    return [render(ctx.state, d) for d in paginate(ctx, visible(ctx, "data_sets"))]


def _check_transform(state: State, transform_id: Any) -> None:
    if transform_id is not None and state.store.get("transforms", int(transform_id)) is None:
        raise not_found("transforms", int(transform_id))


@handler("create_nexset")
def create_nexset(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    parent = state.must("data_sets", body["parent_data_set_id"])
    _check_transform(state, body.get("transform_id"))
    parent_node = state.store.get("flow_nodes", int(parent["_flow_node_id"]))
    fields: Doc = {
        k: body[k]
        for k in (
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
        if k in body
    }
    fields["parent_data_set_id"] = parent["id"]
    fields["tags"] = body.get("tags") or []
    fields["status"] = (
        "PAUSED" if parent.get("status") == "ACTIVE" else parent.get("status", "INIT")
    )
    doc = new_nexset(state, ctx, fields, parent_node=parent_node)
    return render(state, doc)


@handler("get_nexset")
def get_nexset(ctx: Ctx) -> Doc:
    return render(ctx.state, ctx.state.must("data_sets", ctx.path["set_id"]), ctx.flag("expand"))


@handler("update_nexset")
def update_nexset(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = state.must("data_sets", ctx.path["set_id"])
    if "transform_id" in body:
        _check_transform(state, body["transform_id"])
    changes: Doc = {
        k: body[k]
        for k in (
            "name",
            "description",
            "transform_id",
            "transform",
            "has_custom_transform",
            "custom_config",
            "output_schema_annotations",
            "output_schema_validation_enabled",
            "output_validation_schema",
            "tags",
        )
        if k in body
    }
    if "tags" in changes and changes["tags"] is None:
        changes["tags"] = []
    if "transform_id" in changes or "transform" in changes:
        changes["version"] = int(doc.get("version") or 1) + 1
    state.update_fields(ctx, "data_sets", doc, changes)
    return render(state, doc)


@handler("delete_nexset")
def delete_nexset(ctx: Ctx) -> Doc:
    state = ctx.state
    set_id = ctx.path["set_id"]
    doc = state.must("data_sets", set_id)
    require_inactive(doc, "data_sets")
    node_id = int(doc["_flow_node_id"])
    nodes = nodes_in(state, state.store.get("flow_nodes", node_id)["origin_node_id"])  # type: ignore[index]
    dependants = [n["id"] for n in nodes if n["parent_node_id"] == node_id]
    if dependants:
        raise conflict(
            f"Nexset {set_id} still feeds other nexsets or destinations (flow nodes {dependants})",
            "data_sets",
            set_id,
        )
    state.store.delete("flow_nodes", node_id)
    state.store.delete("data_sets", set_id)
    state.audit(ctx, "data_sets", doc, "destroy", {"id": [set_id, None]})
    return deleted_reply("data_sets", set_id)


@handler("get_nexset_samples")
def samples(ctx: Ctx) -> list[Any]:
    state = ctx.state
    doc = state.must("data_sets", ctx.path["set_id"])
    count = int(ctx.q("count") or 10)
    records = (
        records_of(state, doc)[-count:] if doc.get("_webhook") else records_of(state, doc)[:count]
    )
    if not ctx.flag("include_metadata"):
        return records
    return [
        {
            "rawMessage": r,
            "nexlaMetaData": {
                "resourceType": "DATASET",
                "resourceId": doc["id"],
                "sourceType": "data_set",
                "ingestTime": 1735725600000 + i,
                "sourceOffset": i,
                "runId": None,
                "tags": None,
            },
        }
        for i, r in enumerate(records)
    ]
