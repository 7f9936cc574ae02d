"""Projects: named groups of flows. A project holds flow origins; deleting it keeps the flows.

Flows join a project by node id (`/projects/{id}/flows`, any node of the flow names its
origin) or, in the deprecated form, by `data_source_id` / `data_set_id`
(`/projects/{id}/data_flows`). Each origin node carries the `project_id`.
"""

from __future__ import annotations

from typing import Any

from ..registry import ApiError, Ctx, not_found
from ..state import State, public
from ..store import Doc
from .flows import flow_response, node_of
from .generic import IN_USE, ON_CREATE, ON_UPDATE, RENDER, body_list, must, shaped_handler


def _origin_of_node(state: State, node_id: Any) -> int:
    node = state.store.get("flow_nodes", int(node_id))
    if node is None:
        raise not_found("flows", int(node_id))
    return int(node["origin_node_id"])


def _origin_of_ref(state: State, ref: Any) -> int:
    if not isinstance(ref, dict):
        raise ApiError(400, "data_flows[] entries name a data_source_id or data_set_id")
    if ref.get("data_source_id") is not None:
        return int(node_of(state, "data_sources", int(ref["data_source_id"]))["origin_node_id"])
    if ref.get("data_set_id") is not None:
        return int(node_of(state, "data_sets", int(ref["data_set_id"]))["origin_node_id"])
    raise ApiError(400, "data_flows[] entries name a data_source_id or data_set_id")


def _flow_ids(doc: Doc) -> list[int]:
    return [int(i) for i in doc.get("_flow_ids") or []]


def _project_flow(state: State, project: Doc, origin_id: int) -> Doc:
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


def _live_flow_ids(state: State, doc: Doc) -> list[int]:
    return [i for i in _flow_ids(doc) if state.store.get("flow_nodes", i) is not None]


def render(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    flows = [_project_flow(ctx.state, doc, i) for i in _live_flow_ids(ctx.state, doc)]
    out["flows"] = flows
    out["data_flows"] = flows
    out["flows_count"] = len(flows)
    out.setdefault("tags", [])
    return out


def _set_flows(ctx: Ctx, doc: Doc, new_ids: list[int]) -> None:
    state = ctx.state
    old = _flow_ids(doc)
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
        state.audit(ctx, "projects", doc, "update", {"flows": [old, unique]})


def _on_create(ctx: Ctx, body: Doc) -> Doc:
    ids = [_origin_of_ref(ctx.state, r) for r in body.get("data_flows") or []]
    return {
        "name": body["name"],
        "description": body.get("description") or "",
        "tags": [],
        "client_identifier": None,
        "client_url": None,
        "copied_from_id": None,
        "_flow_ids": list(dict.fromkeys(ids)),
    }


def _on_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "data_flows" in body:
        _set_flows(ctx, doc, [_origin_of_ref(ctx.state, r) for r in body["data_flows"] or []])
    return changes


def _in_use(state: State, doc: Doc) -> str | None:
    for origin_id in _flow_ids(doc):  # flows outlive their project
        node = state.store.get("flow_nodes", origin_id)
        if node is not None:
            node["project_id"] = None
            state.store.put("flow_nodes", node)
    return None


RENDER["projects"] = render
ON_CREATE["projects"] = _on_create
ON_UPDATE["projects"] = _on_update
IN_USE["projects"] = _in_use


def _flows_reply(ctx: Ctx, doc: Doc) -> Doc:
    return flow_response(
        ctx.state, _live_flow_ids(ctx.state, doc), flows_only=False, include_metrics=False
    )


@shaped_handler("get_project_flows")
def get_flows(ctx: Ctx) -> Any:
    return _flows_reply(ctx, must(ctx, "projects", ctx.path["project_id"]))


@shaped_handler("add_project_flows", "replace_project_flows", "remove_project_flows")
def change_flows(ctx: Ctx) -> Any:
    doc = must(ctx, "projects", ctx.path["project_id"])
    given = [_origin_of_node(ctx.state, i) for i in body_list(ctx, "flows")]
    current = _flow_ids(doc)
    if ctx.operation_id == "add_project_flows":
        new = current + given
    elif ctx.operation_id == "replace_project_flows":
        new = given
    else:
        new = [i for i in current if i not in given]
    _set_flows(ctx, doc, new)
    return _flows_reply(ctx, doc)


@shaped_handler("search_project_flows")
def search_flows(ctx: Ctx) -> Any:
    """Filters `{field, operator, value}` with `eq`/`contains` on flow node fields."""
    doc = must(ctx, "projects", ctx.path["project_id"])
    ids = []
    for origin_id in _live_flow_ids(ctx.state, doc):
        node = ctx.state.store.get("flow_nodes", origin_id) or {}
        keep = True
        for f in body_list(ctx, "filters"):
            if not isinstance(f, dict) or "field" not in f:
                continue
            actual, wanted = node.get(str(f["field"])), f.get("value")
            if str(f.get("operator", "eq")) == "contains":
                keep = keep and str(wanted).lower() in str(actual or "").lower()
            else:
                keep = keep and str(actual) == str(wanted)
        if keep:
            ids.append(origin_id)
    return flow_response(ctx.state, ids, flows_only=False, include_metrics=False)


@shaped_handler("get_project_flows_deprecated")
def get_data_flows(ctx: Ctx) -> Any:
    return render(ctx, must(ctx, "projects", ctx.path["project_id"]))["data_flows"]


@shaped_handler(
    "add_project_flows_deprecated",
    "replace_project_flows_deprecated",
    "remove_project_flows_deprecated",
)
def change_data_flows(ctx: Ctx) -> Any:
    doc = must(ctx, "projects", ctx.path["project_id"])
    given = [_origin_of_ref(ctx.state, r) for r in body_list(ctx, "data_flows")]
    current = _flow_ids(doc)
    if ctx.operation_id.startswith("add_"):
        new = current + given
    elif ctx.operation_id.startswith("replace_"):
        new = given
    else:
        new = [i for i in current if i not in given]
    _set_flows(ctx, doc, new)
    return render(ctx, doc)["data_flows"]
