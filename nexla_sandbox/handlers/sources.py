"""Sources: CRUD, copies, and the polling that makes Nexla detect a source's nexset.

Each GET of a source counts as a poll (`domain.sources`): after
`Settings.discovery_polls` of them its nexset shows up.
"""

from __future__ import annotations

from typing import Any

from ..domain import sources
from ..domain.copies import Copier
from ..domain.render import render_source
from ..registry import Ctx, handler
from ..store import Doc
from .common import base_url, deleted_reply, must, options, paginate, require_body, visible


@handler("get_data_sources")
def list_sources(ctx: Ctx) -> list[Any]:
    page = paginate(ctx, visible(ctx, "data_sources"))
    by_source: dict[Any, list[Doc]] = {}
    if page:
        for nexset in ctx.state.store.all("data_sets"):
            by_source.setdefault(nexset.get("data_source_id"), []).append(nexset)
    return [render_source(ctx.state, d, nexsets=by_source.get(d["id"], [])) for d in page]


@handler("create_data_source")
def create_source(ctx: Ctx) -> Doc:
    doc = sources.create_source(ctx.state, ctx, require_body(ctx), base_url(ctx))
    return render_source(ctx.state, doc)


@handler("get_data_source")
def get_source(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = state.must("data_sources", ctx.path["source_id"])
    sources.poll(state, doc)
    return render_source(state, doc, expand=ctx.flag("expand"))


@handler("update_data_source")
def update_source(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    doc = ctx.state.must("data_sources", ctx.path["source_id"])
    return render_source(ctx.state, sources.update_source(ctx.state, ctx, doc, body))


@handler("delete_data_source")
def delete_source(ctx: Ctx) -> Doc:
    doc = ctx.state.must("data_sources", ctx.path["source_id"])
    sources.delete_source(ctx.state, ctx, doc)
    return deleted_reply("data_sources", doc["id"])


@handler("copy_source", shaped=True)
def copy_source(ctx: Ctx) -> Any:
    original = must(ctx, "data_sources", ctx.path["source_id"])
    copier = Copier(ctx.state, ctx, options(ctx), base_url(ctx))
    return render_source(ctx.state, copier.source(original))
