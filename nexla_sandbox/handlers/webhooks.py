"""Webhook ingestion: records pushed with the source's API key land in its nexset."""

from __future__ import annotations

from ..domain.sources import receive, webhook_source
from ..errors import ApiError
from ..registry import Ctx, handler
from ..store import Doc

MAX_KEPT = 200


@handler("send_one_record")
def send(ctx: Ctx) -> Doc:
    state = ctx.state
    source = webhook_source(state, ctx.path["webhook_id"])
    keys = [k.get("api_key") for k in source.get("api_keys") or []]
    if ctx.raw_query.get("api_key") not in keys:
        raise ApiError(401, "Invalid webhook API key")
    records = ctx.body if isinstance(ctx.body, list) else [ctx.body]
    nexset = receive(state, source, records, MAX_KEPT)
    return {"dataset_id": nexset["id"], "processed": len(records)}
