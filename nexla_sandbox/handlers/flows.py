"""Flows: node trees (source -> nexsets -> destinations), activation, pause, deletion,
copies, run status and a generated description of a flow.

What activation, pause and deletion do to a tree is the domain's (`domain.flows`);
runs are what daily metrics, run summaries, health and flow logs are computed from.
"""

from __future__ import annotations

from ..domain import flows
from ..domain.copies import Copier
from ..domain.genai import docs_recommendation, require_docs_setting
from ..domain.nodes import flow_node, node_of, nodes_in, origins, resource_of
from ..domain.render import flow_response, render_resource
from ..errors import not_found
from ..registry import Ctx, Reply, handler
from ..store import Doc
from .common import base_url, options

RESOURCE_PATHS = {"source_id": "data_sources", "set_id": "data_sets", "sink_id": "data_sinks"}


def _node(ctx: Ctx) -> Doc:
    return flow_node(ctx.state, ctx.path["flow_id"])


def _whole_tree(ctx: Ctx) -> bool:
    return ctx.flag("all") or ctx.flag("full_tree")


def _flow(ctx: Ctx, node: Doc) -> Doc:
    return flow_response(
        ctx.state, [node["origin_node_id"]], flows_only=False, include_metrics=False
    )


@handler("get_flows")
def get_flows(ctx: Ctx) -> Doc:
    ids = origins(ctx.state)
    page, per_page = ctx.q("page"), ctx.q("per_page")
    if page is not None or per_page is not None:
        size = int(per_page or 100)
        start = (int(page or 1) - 1) * size
        ids = ids[start : start + size]
    return flow_response(
        ctx.state,
        ids,
        flows_only=ctx.flag("flows_only"),
        include_metrics=ctx.flag("include_run_metrics"),
    )


@handler("get_flow_by_id")
def get_flow(ctx: Ctx) -> Doc:
    node = _node(ctx)
    return flow_response(
        ctx.state,
        [node["origin_node_id"]],
        flows_only=ctx.flag("flows_only"),
        include_metrics=ctx.flag("include_run_metrics"),
    )


@handler("get_flow_by_resource_id")
def get_flow_by_resource(ctx: Ctx) -> Doc:
    node = node_of(ctx.state, ctx.path["resource_type"], ctx.path["resource_id"])
    return flow_response(
        ctx.state,
        [node["origin_node_id"]],
        flows_only=ctx.flag("flows_only"),
        include_metrics=False,
    )


@handler("flow_activate_with_flow_id")
def activate(ctx: Ctx) -> Doc:
    node = _node(ctx)
    flows.activate(ctx.state, ctx, node, whole_tree=_whole_tree(ctx))
    return _flow(ctx, node)


@handler("flow_pause_with_flow_id")
def pause(ctx: Ctx) -> Doc:
    state = ctx.state
    node = _node(ctx)
    flows.pause(state, ctx, node, whole_tree=_whole_tree(ctx))
    if ctx.flag("async"):
        now = state.now()
        return {
            "request_id": ctx.q("request_id") or state.store.next_value("flow_requests"),
            "status": "completed",
            "progress": 1.0,
            "result": {"flow_id": node["id"], "status": "PAUSED"},
            "request_started_at": now,
            "request_stopped_at": now,
            "request_completed_at": now,
        }
    return _flow(ctx, node)


@handler("flow_docs_recommendation")
def docs_recommendation_of_flow(ctx: Ctx) -> Doc:
    state = ctx.state
    node = _node(ctx)
    require_docs_setting(state)
    lines = []
    for n in sorted(nodes_in(state, node["origin_node_id"]), key=lambda x: x["id"]):
        found = resource_of(state, n)
        if found:
            kind, doc = found
            lines.append(
                f"- {kind[5:-1] if kind != 'data_sets' else 'nexset'} "
                f"{doc['id']} `{doc.get('name')}` ({doc.get('status')})"
            )
    text = f"# Flow {node['origin_node_id']}\n\nThis flow moves data through:\n" + "\n".join(lines)
    return docs_recommendation(text)


def _resource_node(ctx: Ctx) -> tuple[str, int, Doc]:
    kind, rid = next((k, ctx.path[p]) for p, k in RESOURCE_PATHS.items() if p in ctx.path)
    return kind, rid, node_of(ctx.state, kind, rid)


@handler("activate_source", "activate_nexset", "activate_data_sink")
def activate_resource(ctx: Ctx) -> Doc:
    """`PUT /{collection}/{id}/activate`: the node's flow activation, answered with the resource."""
    kind, rid, node = _resource_node(ctx)
    flows.activate(ctx.state, ctx, node, whole_tree=_whole_tree(ctx))
    return render_resource(ctx.state, kind, ctx.state.must(kind, rid))


@handler("pause_source", "pause_nexset", "pause_data_sink")
def pause_resource(ctx: Ctx) -> Doc:
    kind, rid, node = _resource_node(ctx)
    flows.pause(ctx.state, ctx, node, whole_tree=False)
    return render_resource(ctx.state, kind, ctx.state.must(kind, rid))


def _delete_tree(ctx: Ctx, node: Doc) -> Doc | Reply:
    """Delete a whole flow (every resource in the tree); refused (405) while any is ACTIVE."""
    origin_id = node["origin_node_id"]
    active = flows.active_resources(ctx.state, origin_id)
    if any(active.values()):
        # Nexla's refusal: 405 naming the active resources per kind (as the SDK's tests record).
        body = {**active, "message": "Active flow resources must be paused before flow deletion!"}
        return Reply(body=body, status=405)
    flows.delete_tree(ctx.state, ctx, origin_id)
    return {"code": 200, "message": f"Flow {origin_id} deleted"}


@handler("delete_flow")
def delete_flow(ctx: Ctx) -> Doc | Reply:
    return _delete_tree(ctx, _node(ctx))


@handler("delete_flow_by_resource_id")
def delete_flow_by_resource(ctx: Ctx) -> Doc | Reply:
    return _delete_tree(ctx, node_of(ctx.state, ctx.path["resource_type"], ctx.path["resource_id"]))


@handler("get_flow_run_status")
def run_status(ctx: Ctx) -> Doc:
    node = _node(ctx)
    run = ctx.state.store.get("runs", ctx.path["run_id"])
    if run is None or run["origin_node_id"] != node["origin_node_id"]:
        raise not_found("runs", ctx.path["run_id"])
    return {
        "status": "ok" if not run["errors"] else "completed_with_errors",
        "message": f"{run['records']} records, {run['errors']} errors",
        "run_id": run["id"],
        "origin_node_id": run["origin_node_id"],
    }


@handler("flow_copy_with_flow_id", shaped=True)
def copy_flow(ctx: Ctx) -> Doc:
    """The whole tree of the flow: source, detected nexset, derived nexsets, destinations."""
    node = ctx.state.must("flow_nodes", ctx.path["flow_id"])
    copier = Copier(ctx.state, ctx, options(ctx), base_url(ctx))
    new_origin = copier.flow(node)
    return flow_response(ctx.state, [new_origin], flows_only=False, include_metrics=False)
