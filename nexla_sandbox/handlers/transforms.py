"""Reusable record transforms and attribute transforms, with public lists and copies.

The rules (built-ins, transforms in use) are the domain's (`domain.transforms`).
"""

from __future__ import annotations

from typing import Any

from ..domain import transforms
from ..domain.copies import transform_copy_fields
from ..domain.docs import create_doc
from ..registry import Ctx, handler
from ..store import Doc
from .common import deleted_reply, must, paginate, require_body, visible

KINDS = {"transforms": "transform", "attribute_transforms": "attribute_transform"}


def _render(ctx: Ctx, doc: Doc) -> Doc:
    return transforms.render_transform(ctx.state, doc)


def _list(ctx: Ctx, kind: str, only_public: bool) -> list[Any]:
    docs = (
        visible(ctx, kind)
        if not only_public
        else [d for d in ctx.state.store.all(kind) if d.get("public")]
    )
    if not only_public:
        docs = [d for d in docs if not d.get("_builtin")]
    return [_render(ctx, d) for d in paginate(ctx, docs)]


def _create(ctx: Ctx, kind: str) -> Doc:
    body = require_body(ctx)
    return _render(ctx, transforms.create_transform(ctx.state, ctx, kind, KINDS[kind], body))


def _update(ctx: Ctx, kind: str, doc_id: int) -> Doc:
    body = require_body(ctx)
    doc = ctx.state.must(kind, doc_id)
    return _render(ctx, transforms.update_transform(ctx.state, ctx, kind, doc, body))


def _delete(ctx: Ctx, kind: str, doc_id: int) -> Doc:
    transforms.delete_transform(ctx.state, ctx, kind, ctx.state.must(kind, doc_id))
    return deleted_reply(kind, doc_id)


@handler("get_reusable_record_transforms")
def list_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "transforms", only_public=False)


@handler("get_public_reusable_record_transforms")
def list_public_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "transforms", only_public=True)


@handler("create_reusable_record_transform")
def create_transform(ctx: Ctx) -> Doc:
    return _create(ctx, "transforms")


@handler("get_reusable_record_transform")
def get_transform(ctx: Ctx) -> Doc:
    return _render(ctx, ctx.state.must("transforms", ctx.path["transform_id"]))


@handler("update_reusable_record_transform")
def update_transform(ctx: Ctx) -> Doc:
    return _update(ctx, "transforms", ctx.path["transform_id"])


@handler("delete_reusable_record_transform")
def delete_transform(ctx: Ctx) -> Doc:
    return _delete(ctx, "transforms", ctx.path["transform_id"])


@handler("copy_transform", shaped=True)
def copy_transform(ctx: Ctx) -> Any:
    original = must(ctx, "transforms", ctx.path["transform_id"])
    copy = create_doc(ctx.state, ctx, "transforms", transform_copy_fields(original))
    return _render(ctx, copy)


@handler("get_attribute_transforms")
def list_attribute_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "attribute_transforms", only_public=False)


@handler("get_public_attribute_transforms")
def list_public_attribute_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "attribute_transforms", only_public=True)


@handler("create_attribute_transform")
def create_attribute_transform(ctx: Ctx) -> Doc:
    return _create(ctx, "attribute_transforms")


@handler("get_attribute_transform")
def get_attribute_transform(ctx: Ctx) -> Doc:
    return _render(ctx, ctx.state.must("attribute_transforms", ctx.path["attribute_transform_id"]))


@handler("update_attribute_transform")
def update_attribute_transform(ctx: Ctx) -> Doc:
    return _update(ctx, "attribute_transforms", ctx.path["attribute_transform_id"])


@handler("delete_attribute_transform")
def delete_attribute_transform(ctx: Ctx) -> Doc:
    return _delete(ctx, "attribute_transforms", ctx.path["attribute_transform_id"])
