"""Nexsets: CRUD, samples, copies and a generated description of a nexset's fields.

How derived nexsets compute their samples is the domain's (`domain.records`).
"""

from __future__ import annotations

from typing import Any

from ..domain import nexsets
from ..domain.copies import Copier
from ..domain.genai import docs_recommendation, require_docs_setting
from ..domain.render import render_nexset
from ..registry import Ctx, handler
from ..store import Doc
from .common import base_url, deleted_reply, must, options, paginate, require_body, visible


@handler("get_nexsets")
def list_nexsets(ctx: Ctx) -> list[Any]:
    return [render_nexset(ctx.state, d) for d in paginate(ctx, visible(ctx, "data_sets"))]


@handler("create_nexset")
def create_nexset(ctx: Ctx) -> Doc:
    return render_nexset(ctx.state, nexsets.create_derived(ctx.state, ctx, require_body(ctx)))


@handler("get_nexset")
def get_nexset(ctx: Ctx) -> Doc:
    doc = ctx.state.must("data_sets", ctx.path["set_id"])
    return render_nexset(ctx.state, doc, ctx.flag("expand"))


@handler("update_nexset")
def update_nexset(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    doc = ctx.state.must("data_sets", ctx.path["set_id"])
    return render_nexset(ctx.state, nexsets.update_nexset(ctx.state, ctx, doc, body))


@handler("delete_nexset")
def delete_nexset(ctx: Ctx) -> Doc:
    doc = ctx.state.must("data_sets", ctx.path["set_id"])
    nexsets.delete_nexset(ctx.state, ctx, doc)
    return deleted_reply("data_sets", doc["id"])


@handler("get_nexset_samples")
def samples(ctx: Ctx) -> list[Any]:
    doc = ctx.state.must("data_sets", ctx.path["set_id"])
    records = nexsets.samples(ctx.state, doc, int(ctx.q("count") or 10))
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


@handler("copy_nexset", shaped=True)
def copy_nexset(ctx: Ctx) -> Any:
    """A derived nexset is copied under the same parent; a detected one under itself."""
    original = must(ctx, "data_sets", ctx.path["set_id"])
    parent = original.get("parent_data_set_id") or original["id"]
    copier = Copier(ctx.state, ctx, options(ctx), base_url(ctx))
    return render_nexset(ctx.state, copier.nexset(original, int(parent)))


@handler("data_set_docs_recommendation", shaped=True)
def docs_recommendation_of_nexset(ctx: Ctx) -> Any:
    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    require_docs_setting(ctx.state)
    props = ((nexset.get("output_schema") or {}).get("properties") or {}).items()
    lines = [f"- `{name}` ({(spec or {}).get('type', 'string')})" for name, spec in props]
    text = f"# {nexset.get('name')}\n\nFields:\n" + ("\n".join(lines) or "- (no fields yet)")
    return docs_recommendation(text)
