"""Accessors of sources, nexsets, destinations and credentials: list/add/replace/delete.

The rules (who an accessor is, what a change audits) are the domain's (`domain.access`).
"""

from __future__ import annotations

from typing import Any

from ..domain import access
from ..errors import ApiError
from ..registry import Ctx, handler
from ..store import Doc
from .common import RESOURCE_PARAMS, body_list, options


def _target(ctx: Ctx) -> tuple[str, Doc]:
    for param, kind in RESOURCE_PARAMS.items():
        if param in ctx.path:
            return kind, ctx.state.must(kind, ctx.path[param])
    raise ApiError(500, "accessor route without a resource id")


@handler(
    "get_data_source_accessors",
    "get_nexset_accessors",
    "get_data_sink_accessors",
    "get_data_credential_accessors",
)
def list_accessors(ctx: Ctx) -> list[Any]:
    return access.entries(_target(ctx)[1])


@handler(
    "add_data_source_accessors",
    "add_nexset_accessors",
    "add_data_sink_accessors",
    "add_data_credential_accessors",
)
def add_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    return access.add(ctx.state, ctx, kind, doc, body_list(ctx, "accessors"))


@handler(
    "replace_data_source_accessors",
    "replace_nexset_accessors",
    "replace_data_sink_accessors",
    "replace_data_credential_accessors",
)
def replace_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    return access.replace(ctx.state, ctx, kind, doc, body_list(ctx, "accessors"))


@handler(
    "delete_data_source_accessors",
    "delete_nexset_accessors",
    "delete_data_sink_accessors",
    "delete_data_credential_accessors",
)
def delete_accessors(ctx: Ctx) -> list[Any]:
    kind, doc = _target(ctx)
    given = options(ctx).get("accessors") if isinstance(ctx.body, dict) else None
    return access.remove(ctx.state, ctx, kind, doc, given)
