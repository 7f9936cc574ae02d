"""Reusable record transforms and attribute transforms.

Public entries are Nexla's built-ins (installed with every sandbox) plus anything an org
marked public; built-ins cannot be changed or deleted, and a nexset referencing a
transform keeps it from being deleted (409).
"""

from __future__ import annotations

from ..errors import conflict
from ..state import Actor, State, public
from ..store import Doc

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


def render_transform(state: State, doc: Doc) -> Doc:
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


def create_transform(
    state: State, actor: Actor | None, kind: str, resource_type: str, body: Doc
) -> Doc:
    fields: Doc = {k: body.get(k) for k in FIELDS}
    fields["tags"] = fields["tags"] or []
    fields.update(
        {"resource_type": resource_type, "managed": False, "copied_from_id": None, "public": False}
    )
    doc = state.new_doc(kind, actor, fields)
    state.store.put(kind, doc)
    state.audit(actor, kind, doc, "create", {"name": [None, doc["name"]]})
    return doc


def update_transform(state: State, actor: Actor | None, kind: str, doc: Doc, body: Doc) -> Doc:
    if doc.get("_builtin"):
        raise conflict(
            f"Transform {doc['id']} is a Nexla built-in and cannot be changed", kind, doc["id"]
        )
    changes: Doc = {k: body[k] for k in FIELDS if k in body}
    if "tags" in changes and changes["tags"] is None:
        changes["tags"] = []
    return state.update_fields(actor, kind, doc, changes)


def delete_transform(state: State, actor: Actor | None, kind: str, doc: Doc) -> None:
    doc_id = doc["id"]
    if doc.get("_builtin"):
        raise conflict(f"Transform {doc_id} is a Nexla built-in", kind, doc_id)
    users = [n["id"] for n in state.store.all("data_sets") if n.get("transform_id") == doc_id]
    if kind == "transforms" and users:
        raise conflict(f"Transform {doc_id} is used by nexsets {users}", kind, doc_id)
    state.store.delete(kind, doc_id)
    state.audit(actor, kind, doc, "destroy", {"id": [doc_id, None]})
