"""What handlers share (not a handler module): reading a request, paging, delete replies,
and the hooks through which tag modules extend the generic resource engine (`generic`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import audit
from ..domain.docs import label
from ..errors import ApiError, conflict
from ..kinds import KINDS
from ..registry import Ctx
from ..shape import has_body
from ..state import State, public
from ..store import Doc

# Path parameter -> store kind, for routes shared by the flow resources and credentials.
RESOURCE_PARAMS = {
    "source_id": "data_sources",
    "set_id": "data_sets",
    "sink_id": "data_sinks",
    "credential_id": "data_credentials",
}


def visible(ctx: Ctx, kind: str) -> list[Doc]:
    """Live documents of a kind, filtered by `access_role` when asked."""
    docs = [d for d in ctx.state.store.all(kind) if not d.get("_deleted")]
    role = ctx.q("access_role")
    if role:
        docs = [d for d in docs if role in d.get("access_roles", [])]
    return docs


def paginate(ctx: Ctx, items: list[Any]) -> list[Any]:
    """Nexla's page/per_page: 1-based; no paging asked for means the whole list."""
    page = ctx.query.get("page")
    per_page = ctx.query.get("per_page")
    if page is None and per_page is None:
        return items
    page = int(page or 1)
    per_page = int(per_page or 100)
    start = (page - 1) * per_page
    if start >= len(items):
        return []
    return items[start : start + per_page]


def paged(ctx: Ctx, items: list[Any]) -> list[Any]:
    """page/per_page, also on list operations whose spec entry does not declare them."""
    for key in ("page", "per_page"):
        raw = ctx.raw_query.get(key, "")
        if key not in ctx.query and raw.isdigit() and int(raw) > 0:
            ctx.query[key] = int(raw)
    return paginate(ctx, items)


def require_body(ctx: Ctx) -> Doc:
    if not isinstance(ctx.body, dict):
        raise ApiError(400, "A JSON object body is required")
    return ctx.body


def options(ctx: Ctx) -> Doc:
    """The body when it is an object, else no options."""
    return ctx.body if isinstance(ctx.body, dict) else {}


def body_list(ctx: Ctx, key: str) -> list[Any]:
    value = options(ctx).get(key)
    return value if isinstance(value, list) else []


def must(ctx: Ctx, kind: str, doc_id: Any) -> Doc:
    return ctx.state.must(kind, int(doc_id))


def base_url(ctx: Ctx) -> str:
    """The sandbox's address as the caller reached it (webhook URLs are built on it)."""
    return ctx.url.split("/data_sources")[0]


def deleted_reply(kind: str, doc_id: int) -> dict[str, Any]:
    return {"code": 200, "message": f"{KINDS[kind][1]} {doc_id} deleted"}


def audit_reply(ctx: Ctx, entries: list[Any]) -> list[Any]:
    """`from`/`to` (days), `event_filter`, `change_filter`, newest first, paged."""
    return paginate(
        ctx,
        audit.select(
            entries,
            start=ctx.q("from"),
            end=ctx.q("to"),
            event=ctx.q("event_filter"),
            change=ctx.q("change_filter"),
        ),
    )


# -- hooks of the generic resource engine ----------------------------------------------
RENDER: dict[str, Callable[[Ctx, Doc], Doc]] = {}  # stored doc -> reply
ON_CREATE: dict[str, Callable[[Ctx, Doc], Doc]] = {}  # body -> stored fields
ON_UPDATE: dict[str, Callable[[Ctx, Doc, Doc], Doc]] = {}  # (doc, body) -> changed fields
IN_USE: dict[str, Callable[[State, Doc], str | None]] = {}  # why a delete is refused


def render(ctx: Ctx, kind: str, doc: Doc) -> Doc:
    hook = RENDER.get(kind)
    return hook(ctx, doc) if hook else public(doc)


def path_id(ctx: Ctx) -> int:
    """The resource id of a one-parameter path (`/things/{thing_id}/...`)."""
    for value in ctx.path.values():
        if isinstance(value, int):
            return value
    raise ApiError(400, "the path names no resource id")


def delete_doc(ctx: Ctx, kind: str, doc: Doc) -> Doc | None:
    """Delete (409 when something depends on it); the reply the operation declares."""
    state = ctx.state
    check = IN_USE.get(kind)
    reason = check(state, doc) if check else None
    if reason:
        raise conflict(reason, KINDS[kind][0], doc["id"])
    state.store.delete(kind, doc["id"])
    state.audit(ctx, kind, doc, "destroy", {"id": [doc["id"], None]})
    return deleted(ctx, kind, doc["id"])


def deleted(ctx: Ctx, kind: str, doc_id: int) -> Doc | None:
    if has_body(ctx.operation_id, 200):
        return {"code": 200, "message": f"{label(kind)} {doc_id} deleted"}
    return None
