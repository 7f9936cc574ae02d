"""Reusable record transforms and attribute transforms, with public lists and copies.

Public entries are Nexla's built-ins (installed with every sandbox) plus anything an
org marked public; a nexset referencing a transform keeps it from being deleted.
"""

from __future__ import annotations

from typing import Any

from ..domain.copies import transform_copy_fields
from ..domain.docs import create_doc
from ..errors import conflict
from ..registry import Ctx, handler
from ..state import State, public
from ..store import Doc
from .common import deleted_reply, must, paginate, require_body, visible

FIELDS = (
    "name",
    "description",
    "output_type",
    "reusable",
    "code_type",
    "code_encoding",
    "code",
    "code_config",
    "custom_config",
    "data_credentials_id",
    "runtime_data_credentials_id",
    "tags",
)


def render(state: State, doc: Doc) -> Doc:
    out = public(doc)
    out.pop("public", None)
    out["data_sets"] = (
        [n["id"] for n in state.store.all("data_sets") if n.get("transform_id") == doc["id"]]
        if out.get("resource_type") == "transform"
        else []
    )
    for key in ("data_credentials_id", "runtime_data_credentials_id"):
        cred_id = out.pop(key, None)
        if cred_id:
            cred = state.store.get("data_credentials", int(cred_id))
            if cred is not None:
                out[key.replace("_id", "")] = {
                    "id": cred["id"],
                    "name": cred["name"],
                    "description": cred.get("description"),
                    "created_at": cred["created_at"],
                    "updated_at": cred["updated_at"],
                }
    return out


def _create(ctx: Ctx, kind: str, resource_type: str) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    fields: Doc = {k: body.get(k) for k in FIELDS}
    fields["tags"] = fields["tags"] or []
    fields.update(
        {"resource_type": resource_type, "managed": False, "copied_from_id": None, "public": False}
    )
    doc = state.new_doc(kind, ctx, fields)
    state.store.put(kind, doc)
    state.audit(ctx, kind, doc, "create", {"name": [None, doc["name"]]})
    return render(state, doc)


def _list(ctx: Ctx, kind: str, only_public: bool) -> list[Any]:
    docs = (
        visible(ctx, kind)
        if not only_public
        else [d for d in ctx.state.store.all(kind) if d.get("public")]
    )
    if not only_public:
        docs = [d for d in docs if not d.get("_builtin")]
    return [render(ctx.state, d) for d in paginate(ctx, docs)]


def _delete(ctx: Ctx, kind: str, doc_id: int) -> Doc:
    state = ctx.state
    doc = state.must(kind, doc_id)
    if doc.get("_builtin"):
        raise conflict(f"Transform {doc_id} is a Nexla built-in", kind, doc_id)
    users = [n["id"] for n in state.store.all("data_sets") if n.get("transform_id") == doc_id]
    if kind == "transforms" and users:
        raise conflict(f"Transform {doc_id} is used by nexsets {users}", kind, doc_id)
    state.store.delete(kind, doc_id)
    state.audit(ctx, kind, doc, "destroy", {"id": [doc_id, None]})
    return deleted_reply(kind, doc_id)


@handler("get_reusable_record_transforms")
def list_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "transforms", only_public=False)


@handler("get_public_reusable_record_transforms")
def list_public_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "transforms", only_public=True)


@handler("create_reusable_record_transform")
def create_transform(ctx: Ctx) -> Doc:
    return _create(ctx, "transforms", "transform")


@handler("get_reusable_record_transform")
def get_transform(ctx: Ctx) -> Doc:
    return render(ctx.state, ctx.state.must("transforms", ctx.path["transform_id"]))


@handler("delete_reusable_record_transform")
def delete_transform(ctx: Ctx) -> Doc:
    return _delete(ctx, "transforms", ctx.path["transform_id"])


@handler("get_attribute_transforms")
def list_attribute_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "attribute_transforms", only_public=False)


@handler("get_public_attribute_transforms")
def list_public_attribute_transforms(ctx: Ctx) -> list[Any]:
    return _list(ctx, "attribute_transforms", only_public=True)


@handler("create_attribute_transform")
def create_attribute_transform(ctx: Ctx) -> Doc:
    return _create(ctx, "attribute_transforms", "attribute_transform")


@handler("get_attribute_transform")
def get_attribute_transform(ctx: Ctx) -> Doc:
    return render(
        ctx.state, ctx.state.must("attribute_transforms", ctx.path["attribute_transform_id"])
    )


@handler("delete_attribute_transform")
def delete_attribute_transform(ctx: Ctx) -> Doc:
    return _delete(ctx, "attribute_transforms", ctx.path["attribute_transform_id"])


def _update(ctx: Ctx, kind: str, doc_id: int) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = state.must(kind, doc_id)
    if doc.get("_builtin"):
        raise conflict(
            f"Transform {doc_id} is a Nexla built-in and cannot be changed", kind, doc_id
        )
    changes: Doc = {k: body[k] for k in FIELDS if k in body}
    if "tags" in changes and changes["tags"] is None:
        changes["tags"] = []
    state.update_fields(ctx, kind, doc, changes)
    return render(state, doc)


@handler("update_reusable_record_transform")
def update_transform(ctx: Ctx) -> Doc:
    return _update(ctx, "transforms", ctx.path["transform_id"])


@handler("update_attribute_transform")
def update_attribute_transform(ctx: Ctx) -> Doc:
    return _update(ctx, "attribute_transforms", ctx.path["attribute_transform_id"])


@handler("copy_transform", shaped=True)
def copy_transform(ctx: Ctx) -> Any:
    original = must(ctx, "transforms", ctx.path["transform_id"])
    return render(
        ctx.state, create_doc(ctx.state, ctx, "transforms", transform_copy_fields(original))
    )
