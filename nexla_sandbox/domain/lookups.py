"""Lookups (static data maps) and their entries; code containers; nexset docs.

A lookup keeps its entries keyed by the `map_primary_key` column: upserting replaces
entries with the same key, and an entry without the key column is a 400. A code
container used by a nexset's transform cannot be deleted (409). A nexset's docs are doc
containers owned by their author.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..state import Actor, State, public
from ..store import Doc
from .docs import create_doc
from .render import render_credential


# -- lookups ---------------------------------------------------------------------------
def key_of(doc: Doc, entry: Any) -> str:
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


def render_lookup(doc: Doc) -> Doc:
    out = public(doc)
    entries = dict(doc.get("_entries") or {})
    out["map_entry_count"] = len(entries)
    out["map_entry_schema"] = _entry_schema(entries)
    out.setdefault("public", False)
    out.setdefault("managed", False)
    out.setdefault("use_versioning", False)
    out.setdefault("data_format", "json")
    return out


def lookup_fields(body: Doc) -> Doc:
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
        entries[key_of(fields, entry)] = entry
    fields["_entries"] = entries
    return fields


def lookup_changes(doc: Doc, body: Doc) -> Doc:
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


def lookup_in_use(state: State, doc: Doc) -> str | None:
    users = [
        n["id"]
        for n in state.store.all("data_sets")
        if doc["id"] in ((n.get("transform") or {}).get("data_map_ids") or [])
    ]
    if users:
        return f"Lookup {doc['id']} is used by the transforms of nexsets {users}"
    return None


def upsert_entries(state: State, actor: Actor | None, doc: Doc, given: list[Any]) -> None:
    entries = dict(doc.get("_entries") or {})
    keys = [key_of(doc, e) for e in given]
    before = {k: entries.get(k) for k in keys}
    for key, entry in zip(keys, given, strict=True):
        entries[key] = entry
    doc["_entries"] = entries
    state.save("data_maps", doc)
    state.audit(
        actor,
        "data_maps",
        doc,
        "update",
        {"entries": [before, dict(zip(keys, given, strict=True))]},
    )


def delete_entries(state: State, actor: Actor | None, doc: Doc, keys: list[str]) -> None:
    entries = dict(doc.get("_entries") or {})
    gone = {k: entries.pop(k) for k in keys if k in entries}
    doc["_entries"] = entries
    state.save("data_maps", doc)
    if gone:
        state.audit(actor, "data_maps", doc, "update", {"entries": [gone, None]})


# -- code containers -------------------------------------------------------------------
def code_users(state: State, container_id: int) -> list[int]:
    out = []
    for n in state.store.all("data_sets"):
        raw = n.get("transform")
        transform: Doc = raw if isinstance(raw, dict) else {}
        if container_id in (n.get("code_container_id"), transform.get("code_container_id")):
            out.append(int(n["id"]))
    return out


def render_code_container(state: State, doc: Doc) -> Doc:
    out = public(doc)
    users = code_users(state, doc["id"])
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


def _check_credentials(state: State, body: Doc) -> None:
    for key in ("data_credentials_id", "runtime_data_credentials_id"):
        if body.get(key) is not None:
            state.must("data_credentials", int(body[key]))


def code_container_fields(state: State, body: Doc) -> Doc:
    _check_credentials(state, body)
    fields = dict(body)
    fields.setdefault("resource_type", "transform")
    fields.setdefault("reusable", True)
    fields.setdefault("public", False)
    fields["tags"] = body.get("tags") or []
    return fields


def code_container_changes(state: State, body: Doc) -> Doc:
    _check_credentials(state, body)
    return dict(body)


def code_container_in_use(state: State, doc: Doc) -> str | None:
    users = code_users(state, doc["id"])
    if users:
        return f"Code container {doc['id']} is used by the transforms of nexsets {users}"
    return None


# -- nexset docs -----------------------------------------------------------------------
def docs_of(state: State, set_id: int) -> list[Doc]:
    return [d for d in state.store.all("doc_containers") if d.get("_data_set_id") == set_id]


def replace_docs(state: State, actor: Actor | None, nexset: Doc, items: list[Any]) -> list[Doc]:
    """A nexset's docs replaced by `items` (`name`, `text`, ...); the new doc containers."""
    for old in docs_of(state, nexset["id"]):
        state.store.delete("doc_containers", old["id"])
        state.audit(actor, "doc_containers", old, "destroy", {"id": [old["id"], None]})
    out = []
    for item in items:
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
        out.append(create_doc(state, actor, "doc_containers", fields))
    state.audit(actor, "data_sets", nexset, "update", {"docs": [None, [d["id"] for d in out]]})
    return out
