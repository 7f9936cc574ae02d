"""Projects: named groups of flows; the rules are the domain's (`domain.projects`).

Flows join a project by node id (`/projects/{id}/flows`) or, in the deprecated form, by
`data_source_id` / `data_set_id` (`/projects/{id}/data_flows`).
"""

from __future__ import annotations

from typing import Any

from ..domain import projects
from ..domain.render import flow_response
from ..registry import Ctx, handler
from ..state import public
from ..store import Doc
from .common import IN_USE, ON_CREATE, ON_UPDATE, RENDER, body_list, must


def render(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    ids = projects.live_flow_ids(ctx.state, doc)
    flows = [projects.project_flow(ctx.state, doc, i) for i in ids]
    out["flows"] = flows
    out["data_flows"] = flows
    out["flows_count"] = len(flows)
    out.setdefault("tags", [])
    return out


RENDER["projects"] = render
ON_CREATE["projects"] = lambda ctx, body: projects.project_fields(ctx.state, body)
ON_UPDATE["projects"] = lambda ctx, doc, body: projects.project_changes(ctx.state, ctx, doc, body)
IN_USE["projects"] = projects.release_flows


def _flows_reply(ctx: Ctx, doc: Doc) -> Doc:
    return flow_response(
        ctx.state, projects.live_flow_ids(ctx.state, doc), flows_only=False, include_metrics=False
    )


def _changed(ctx: Ctx, current: list[int], given: list[int]) -> list[int]:
    """The project's flows after an add, replace or remove operation."""
    if ctx.operation_id.startswith("add_"):
        return current + given
    if ctx.operation_id.startswith("replace_"):
        return given
    return [i for i in current if i not in given]


@handler("get_project_flows", shaped=True)
def get_flows(ctx: Ctx) -> Any:
    return _flows_reply(ctx, must(ctx, "projects", ctx.path["project_id"]))


@handler("add_project_flows", "replace_project_flows", "remove_project_flows", shaped=True)
def change_flows(ctx: Ctx) -> Any:
    doc = must(ctx, "projects", ctx.path["project_id"])
    given = [projects.origin_of_node(ctx.state, i) for i in body_list(ctx, "flows")]
    projects.set_flows(ctx.state, ctx, doc, _changed(ctx, projects.flow_ids(doc), given))
    return _flows_reply(ctx, doc)


@handler("search_project_flows", shaped=True)
def search_flows(ctx: Ctx) -> Any:
    """Filters `{field, operator, value}` with `eq`/`contains` on flow node fields."""
    doc = must(ctx, "projects", ctx.path["project_id"])
    ids = []
    for origin_id in projects.live_flow_ids(ctx.state, doc):
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


@handler("get_project_flows_deprecated", shaped=True)
def get_data_flows(ctx: Ctx) -> Any:
    return render(ctx, must(ctx, "projects", ctx.path["project_id"]))["data_flows"]


@handler(
    "add_project_flows_deprecated",
    "replace_project_flows_deprecated",
    "remove_project_flows_deprecated",
    shaped=True,
)
def change_data_flows(ctx: Ctx) -> Any:
    doc = must(ctx, "projects", ctx.path["project_id"])
    given = [projects.origin_of_ref(ctx.state, r) for r in body_list(ctx, "data_flows")]
    projects.set_flows(ctx.state, ctx, doc, _changed(ctx, projects.flow_ids(doc), given))
    return render(ctx, doc)["data_flows"]
