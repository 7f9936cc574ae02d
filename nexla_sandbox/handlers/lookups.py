"""Lookups (static data maps) and their entries; code containers; nexset docs.

`GET .../entries/{keys}` (comma-separated) returns the entries that exist;
`GET /code_containers/public` lists the public containers. The rules are the domain's
(`domain.lookups`).
"""

from __future__ import annotations

from typing import Any

from ..domain import lookups
from ..registry import Ctx, handler
from ..state import public
from ..store import Doc
from .common import IN_USE, ON_CREATE, ON_UPDATE, RENDER, body_list, deleted, must, require_body

RENDER["data_maps"] = lambda ctx, doc: lookups.render_lookup(doc)
ON_CREATE["data_maps"] = lambda ctx, body: lookups.lookup_fields(body)
ON_UPDATE["data_maps"] = lambda ctx, doc, body: lookups.lookup_changes(doc, body)
IN_USE["data_maps"] = lookups.lookup_in_use


@handler("upsert_data_map_entries", shaped=True)
def upsert_entries(ctx: Ctx) -> Any:
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    given = body_list(ctx, "entries")
    lookups.upsert_entries(ctx.state, ctx, doc, given)
    return given


def _keys(ctx: Ctx) -> list[str]:
    return [k.strip() for k in str(ctx.path["entry_keys"]).split(",") if k.strip()]


@handler("check_data_map_entries", shaped=True)
def check_entries(ctx: Ctx) -> Any:
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    entries = doc.get("_entries") or {}
    return [entries[k] for k in _keys(ctx) if k in entries]


@handler("delete_data_map_entries", shaped=True)
def delete_entries(ctx: Ctx) -> Any:
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    lookups.delete_entries(ctx.state, ctx, doc, _keys(ctx))
    return deleted(ctx, "data_maps", doc["id"])


# -- code containers -------------------------------------------------------------------
RENDER["code_containers"] = lambda ctx, doc: lookups.render_code_container(ctx.state, doc)
ON_CREATE["code_containers"] = lambda ctx, body: lookups.code_container_fields(ctx.state, body)
ON_UPDATE["code_containers"] = lambda ctx, doc, body: lookups.code_container_changes(
    ctx.state, body
)
IN_USE["code_containers"] = lookups.code_container_in_use


@handler("get_public_code_containers", shaped=True)
def public_code_containers(ctx: Ctx) -> Any:
    return [
        lookups.render_code_container(ctx.state, d)
        for d in ctx.state.store.all("code_containers")
        if d.get("public") and not d.get("_deleted")
    ]


# -- nexset docs -----------------------------------------------------------------------
def render_doc(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out.setdefault("tags", [])
    return out


RENDER["doc_containers"] = render_doc


@handler("get_nexset_docs", shaped=True)
def nexset_docs(ctx: Ctx) -> Any:
    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    docs = [render_doc(ctx, d) for d in lookups.docs_of(ctx.state, nexset["id"])]
    if not ctx.flag("expand"):
        for d in docs:
            d.pop("text", None)
    return docs


@handler("replace_nexset_docs", shaped=True)
def replace_docs(ctx: Ctx) -> Any:
    body = require_body(ctx)
    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    docs = lookups.replace_docs(ctx.state, ctx, nexset, body.get("docs") or [])
    return [render_doc(ctx, d) for d in docs]
