"""Destinations: CRUD and copies; creating one wires it under its nexset's flow node."""

from __future__ import annotations

from typing import Any

from ..domain import sinks
from ..domain.copies import Copier
from ..domain.render import render_sink
from ..registry import Ctx, handler
from ..store import Doc
from .common import base_url, deleted_reply, must, options, paginate, require_body, visible


@handler("get_data_sinks")
def list_sinks(ctx: Ctx) -> list[Any]:
    return [render_sink(ctx.state, d) for d in paginate(ctx, visible(ctx, "data_sinks"))]


@handler("create_data_sink")
def create_sink(ctx: Ctx) -> Doc:
    return render_sink(ctx.state, sinks.create_sink(ctx.state, ctx, require_body(ctx)))


@handler("get_data_sink")
def get_sink(ctx: Ctx) -> Doc:
    doc = ctx.state.must("data_sinks", ctx.path["sink_id"])
    return render_sink(ctx.state, doc, ctx.flag("expand"))


@handler("update_data_sink")
def update_sink(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    doc = ctx.state.must("data_sinks", ctx.path["sink_id"])
    return render_sink(ctx.state, sinks.update_sink(ctx.state, ctx, doc, body))


@handler("delete_data_sink")
def delete_sink(ctx: Ctx) -> Doc:
    doc = ctx.state.must("data_sinks", ctx.path["sink_id"])
    sinks.delete_sink(ctx.state, ctx, doc)
    return deleted_reply("data_sinks", doc["id"])


@handler("copy_data_sink_source", shaped=True)
def copy_sink(ctx: Ctx) -> Any:
    original = must(ctx, "data_sinks", ctx.path["sink_id"])
    copier = Copier(ctx.state, ctx, options(ctx), base_url(ctx))
    return render_sink(ctx.state, copier.sink(original, int(original["data_set_id"])))
