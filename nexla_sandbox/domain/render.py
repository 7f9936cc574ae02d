"""Credentials, sources, nexsets, destinations and whole flows as Nexla shows them."""

from __future__ import annotations

from ..state import State, public
from ..store import Doc
from .credentials import users_of_credential
from .nodes import render_tree, resource_of
from .records import brief, infer_schema, records_of


def render_credential(state: State, doc: Doc) -> Doc:
    out = public(doc)
    out["referenced_resource_ids"] = users_of_credential(state, doc["id"])
    return out


def _with_credential(state: State, out: Doc, doc: Doc) -> None:
    if doc.get("data_credentials_id"):
        cred = state.store.get("data_credentials", int(doc["data_credentials_id"]))
        if cred is not None:
            out["data_credentials"] = render_credential(state, cred)


def render_source(
    state: State, doc: Doc, expand: bool = False, nexsets: list[Doc] | None = None
) -> Doc:
    """A source as Nexla shows it; `nexsets` (all of them) saves re-reading them per source.

    The sandbox's private `_` keys stay in: every reply is rendered from its schema, which
    leaves them out (a page of 1,000 sources is rendered per request, so one pass it is).
    """
    out = dict(doc)
    every = state.store.all("data_sets") if nexsets is None else nexsets
    out["data_sets"] = [brief(n) for n in every if n.get("data_source_id") == doc["id"]]
    if expand:
        _with_credential(state, out, doc)
    return out


def sink_brief(doc: Doc) -> Doc:
    return {
        "id": doc["id"],
        "owner_id": doc["owner"]["id"],
        "org_id": doc["org"]["id"],
        "name": doc.get("name"),
        "status": doc.get("status"),
        "sink_type": doc.get("sink_type"),
    }


def render_sink(state: State, doc: Doc, expand: bool = False) -> Doc:
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
    if expand:
        _with_credential(state, out, doc)
    return out


def render_nexset(state: State, doc: Doc, expand: bool = False) -> Doc:
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


def render_resource(state: State, kind: str, doc: Doc, expand: bool = False) -> Doc:
    """A source, nexset or destination (by store kind) as Nexla shows it."""
    if kind == "data_sources":
        return render_source(state, doc, expand)
    if kind == "data_sets":
        return render_nexset(state, doc, expand)
    return render_sink(state, doc, expand)


def flow_response(
    state: State, origin_ids: list[int], *, flows_only: bool, include_metrics: bool
) -> Doc:
    """Flow trees of the given origins with (unless `flows_only`) every resource in them."""
    all_nodes = state.store.all("flow_nodes")
    trees = []
    elements: dict[str, list[Doc]] = {"data_sources": [], "data_sets": [], "data_sinks": []}
    cred_ids: set[int] = set()
    for origin_id in origin_ids:
        nodes = [n for n in all_nodes if n["origin_node_id"] == origin_id]
        origin = next((n for n in nodes if n["id"] == origin_id), None)
        if origin is None:
            continue
        trees.append(render_tree(nodes, origin))
        if flows_only:
            continue
        for node in nodes:
            found = resource_of(state, node)
            if found:
                kind, doc = found
                elements[kind].append(render_resource(state, kind, doc))
                if doc.get("data_credentials_id"):
                    cred_ids.add(int(doc["data_credentials_id"]))
    out: Doc = {"flows": trees}
    if not flows_only:
        out.update(elements)
        out["data_credentials"] = [
            render_credential(state, c)
            for c in (state.store.get("data_credentials", i) for i in sorted(cred_ids))
            if c is not None
        ]
    if include_metrics:
        out["metrics"] = [
            {
                "origin_node_id": r["origin_node_id"],
                "run_id": r["id"],
                "records": r["records"],
                "size": r["size"],
                "errors": r["errors"],
                "reporting_date": r["started_at"],
            }
            for r in state.store.all("runs")
            if r["origin_node_id"] in origin_ids
        ]
    return out
