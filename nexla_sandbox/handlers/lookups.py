"""Lookups (static data maps) and their entries; code containers; nexset docs.

A lookup keeps its entries keyed by the `map_primary_key` column: upserting replaces
entries with the same key, `GET .../entries/{keys}` (comma-separated) returns the ones
that exist, and an entry without the key column is a 400. A code container used by a
nexset's transform cannot be deleted (409); `GET /code_containers/public` lists the
public ones. A nexset's docs are doc containers owned by the caller.
"""

from __future__ import annotations

from typing import Any

from ..registry import ApiError, Ctx
from ..state import State, public, require_body
from ..store import Doc
from .generic import (
    IN_USE,
    ON_CREATE,
    ON_UPDATE,
    RENDER,
    body_list,
    create_doc,
    deleted,
    must,
    shaped_handler,
)


# -- lookups ---------------------------------------------------------------------------
def _key_of(doc: Doc, entry: Any) -> str:
    column = doc.get("map_primary_key") or "key"
    if not isinstance(entry, dict) or entry.get(column) is None:
        raise ApiError(400, f"Every entry needs its primary key column {column!r}")
    return str(entry[column])


def _entry_schema(entries: dict[str, Doc]) -> Doc:
    names = {bool: "boolean", int: "integer", float: "number", str: "string"}
    props: Doc = {}
    for entry in entries.values():
        for key, value in entry.items():
            props.setdefault(key, {"type": names.get(type(value), "string")})
    return {"type": "object", "properties": props}


def render_lookup(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    entries = dict(doc.get("_entries") or {})
    out["map_entry_count"] = len(entries)
    out["map_entry_schema"] = _entry_schema(entries)
    out.setdefault("public", False)
    out.setdefault("managed", False)
    out.setdefault("use_versioning", False)
    out.setdefault("data_format", "json")
    return out


def _lookup_create(ctx: Ctx, body: Doc) -> Doc:
    fields: Doc = {
        k: body.get(k)
        for k in ("name", "description", "data_type", "map_primary_key", "data_defaults")
    }
    fields["description"] = fields["description"] or ""
    fields["data_defaults"] = fields["data_defaults"] or {}
    fields["emit_data_default"] = bool(body.get("emit_data_default"))
    fields["tags"] = body.get("tags") or []
    entries: dict[str, Doc] = {}
    for entry in body.get("data_map") or []:
        entries[_key_of(fields, entry)] = entry
    fields["_entries"] = entries
    return fields


def _lookup_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    changes: Doc = {
        k: body[k]
        for k in (
            "name",
            "description",
            "map_primary_key",
            "data_defaults",
            "emit_data_default",
            "tags",
        )
        if k in body
    }
    if changes.get("map_primary_key") not in (None, doc.get("map_primary_key")):
        column = changes["map_primary_key"]
        entries = dict(doc.get("_entries") or {})
        if any(column not in e for e in entries.values()):
            raise ApiError(400, f"Not every entry has the column {column!r}")
        changes["_entries"] = {str(e[column]): e for e in entries.values()}
    return changes


def _lookup_in_use(state: State, doc: Doc) -> str | None:
    users = [
        n["id"]
        for n in state.store.all("data_sets")
        if doc["id"] in ((n.get("transform") or {}).get("data_map_ids") or [])
    ]
    if users:
        return f"Lookup {doc['id']} is used by the transforms of nexsets {users}"
    return None


RENDER["data_maps"] = render_lookup
ON_CREATE["data_maps"] = _lookup_create
ON_UPDATE["data_maps"] = _lookup_update
IN_USE["data_maps"] = _lookup_in_use


@shaped_handler("upsert_data_map_entries")
def upsert_entries(ctx: Ctx) -> Any:
    state = ctx.state
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    entries = dict(doc.get("_entries") or {})
    given = body_list(ctx, "entries")
    keys = [_key_of(doc, e) for e in given]
    before = {k: entries.get(k) for k in keys}
    for key, entry in zip(keys, given, strict=True):
        entries[key] = entry
    doc["_entries"] = entries
    state.save("data_maps", doc)
    state.audit(
        ctx, "data_maps", doc, "update", {"entries": [before, dict(zip(keys, given, strict=True))]}
    )
    return given


def _keys(ctx: Ctx) -> list[str]:
    return [k.strip() for k in str(ctx.path["entry_keys"]).split(",") if k.strip()]


@shaped_handler("check_data_map_entries")
def check_entries(ctx: Ctx) -> Any:
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    entries = doc.get("_entries") or {}
    return [entries[k] for k in _keys(ctx) if k in entries]


@shaped_handler("delete_data_map_entries")
def delete_entries(ctx: Ctx) -> Any:
    state = ctx.state
    doc = must(ctx, "data_maps", ctx.path["data_map_id"])
    entries = dict(doc.get("_entries") or {})
    gone = {k: entries.pop(k) for k in _keys(ctx) if k in entries}
    doc["_entries"] = entries
    state.save("data_maps", doc)
    if gone:
        state.audit(ctx, "data_maps", doc, "update", {"entries": [gone, None]})
    return deleted(ctx, "data_maps", doc["id"])


# -- code containers -------------------------------------------------------------------
def _code_users(state: State, container_id: int) -> list[int]:
    out = []
    for n in state.store.all("data_sets"):
        raw = n.get("transform")
        transform: Doc = raw if isinstance(raw, dict) else {}
        if container_id in (n.get("code_container_id"), transform.get("code_container_id")):
            out.append(int(n["id"]))
    return out


def render_code_container(ctx: Ctx, doc: Doc) -> Doc:
    from .credentials import render as render_credential

    state = ctx.state
    out = public(doc)
    users = _code_users(state, doc["id"])
    out["data_sets"] = users
    out["flows"] = sorted(
        {
            int(node["origin_node_id"])
            for n in users
            if (ds := state.store.get("data_sets", n)) is not None
            and (node := state.store.get("flow_nodes", int(ds.get("_flow_node_id") or 0)))
            is not None
        }
    )
    for key in ("data_credentials", "runtime_data_credentials"):
        cred_id = doc.get(f"{key}_id")
        cred = state.store.get("data_credentials", int(cred_id)) if cred_id else None
        if cred is not None:
            out[key] = {
                k: v for k, v in render_credential(state, cred).items() if k != "credentials"
            }
    out.setdefault("managed", False)
    out.setdefault("copied_from_id", None)
    out.setdefault("tags", [])
    return out


def _code_create(ctx: Ctx, body: Doc) -> Doc:
    for key in ("data_credentials_id", "runtime_data_credentials_id"):
        if body.get(key) is not None:
            must(ctx, "data_credentials", body[key])
    fields = dict(body)
    fields.setdefault("resource_type", "transform")
    fields.setdefault("reusable", True)
    fields.setdefault("public", False)
    fields["tags"] = body.get("tags") or []
    return fields


def _code_update(ctx: Ctx, doc: Doc, body: Doc) -> Doc:
    for key in ("data_credentials_id", "runtime_data_credentials_id"):
        if body.get(key) is not None:
            must(ctx, "data_credentials", body[key])
    return dict(body)


def _code_in_use(state: State, doc: Doc) -> str | None:
    users = _code_users(state, doc["id"])
    if users:
        return f"Code container {doc['id']} is used by the transforms of nexsets {users}"
    return None


RENDER["code_containers"] = render_code_container
ON_CREATE["code_containers"] = _code_create
ON_UPDATE["code_containers"] = _code_update
IN_USE["code_containers"] = _code_in_use


@shaped_handler("get_public_code_containers")
def public_code_containers(ctx: Ctx) -> Any:
    return [
        render_code_container(ctx, d)
        for d in ctx.state.store.all("code_containers")
        if d.get("public") and not d.get("_deleted")
    ]


# -- nexset docs -----------------------------------------------------------------------
def _docs_of(state: State, set_id: int) -> list[Doc]:
    return [d for d in state.store.all("doc_containers") if d.get("_data_set_id") == set_id]


def render_doc(ctx: Ctx, doc: Doc) -> Doc:
    out = public(doc)
    out.setdefault("tags", [])
    return out


RENDER["doc_containers"] = render_doc


@shaped_handler("get_nexset_docs")
def nexset_docs(ctx: Ctx) -> Any:
    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    docs = [render_doc(ctx, d) for d in _docs_of(ctx.state, nexset["id"])]
    if not ctx.flag("expand"):
        for d in docs:
            d.pop("text", None)
    return docs


@shaped_handler("replace_nexset_docs")
def replace_docs(ctx: Ctx) -> Any:
    state = ctx.state
    body = require_body(ctx)
    nexset = must(ctx, "data_sets", ctx.path["set_id"])
    for old in _docs_of(state, nexset["id"]):
        state.store.delete("doc_containers", old["id"])
        state.audit(ctx, "doc_containers", old, "destroy", {"id": [old["id"], None]})
    out = []
    for item in body.get("docs") or []:
        fields = {
            "name": item["name"],
            "description": item.get("description"),
            "doc_type": item.get("doc_type") or "markdown",
            "text": item["text"],
            "public": False,
            "repo_type": "nexla",
            "repo_config": None,
            "tags": [],
            "copied_from_id": None,
            "_data_set_id": nexset["id"],
        }
        out.append(render_doc(ctx, create_doc(ctx, "doc_containers", fields)))
    state.audit(ctx, "data_sets", nexset, "update", {"docs": [None, [d["id"] for d in out]]})
    return out
