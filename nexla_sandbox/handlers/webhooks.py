"""Webhook ingestion: records pushed with the source's API key land in its nexset."""

from __future__ import annotations

from ..registry import ApiError, Ctx, handler
from ..store import Doc
from .sources import discover, webhook_source

MAX_KEPT = 200


@handler("send_one_record")
def send(ctx: Ctx) -> Doc:
    state = ctx.state
    source = webhook_source(state, ctx.path["webhook_id"])
    keys = [k.get("api_key") for k in source.get("api_keys") or []]
    if ctx.raw_query.get("api_key") not in keys:
        raise ApiError(401, "Invalid webhook API key")
    records = ctx.body if isinstance(ctx.body, list) else [ctx.body]
    nexset = discover(state, source)
    if nexset is None:
        nexset = next(
            n for n in state.store.all("data_sets") if n.get("data_source_id") == source["id"]
        )
    kept = list(nexset.get("_records") or []) + [r for r in records if isinstance(r, dict)]
    nexset["_records"] = kept[-MAX_KEPT:]
    nexset["_webhook"] = True
    nexset["_received"] = int(nexset.get("_received", 0)) + len(records)
    state.store.put("data_sets", nexset)
    return {"dataset_id": nexset["id"], "processed": len(records)}
