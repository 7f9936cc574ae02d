"""Plain resources (projects, teams, lookups, runtimes, ...): stored as the client sent
them, plus Nexla's conventions (owner, org, access roles, timestamps), and audited."""

from __future__ import annotations

from ..kinds import COLLECTIONS
from ..state import Actor, State
from ..store import Doc


def stored_fields(kind: str, body: Doc) -> Doc:
    """The request fields a plain resource keeps (never passwords or secrets)."""
    private = COLLECTIONS[kind].private if kind in COLLECTIONS else ()
    return {k: v for k, v in body.items() if k not in private}


def create_doc(state: State, actor: Actor | None, kind: str, fields: Doc) -> Doc:
    """Store a new resource and audit its creation (every given field as `[null, value]`)."""
    doc = state.new_doc(kind, actor, fields)
    state.store.put(kind, doc)
    changes = {k: [None, v] for k, v in fields.items() if not k.startswith("_") and v is not None}
    state.audit(actor, kind, doc, "create", changes or {"id": [None, doc["id"]]})
    return doc


def label(kind: str) -> str:
    return COLLECTIONS[kind].label if kind in COLLECTIONS else kind


def copy_fields(original: Doc) -> Doc:
    """A plain resource's fields for its copy: named `(copy)`, private, not managed."""
    fields = {k: v for k, v in original.items() if k not in ("id", "_accessors", "_builtin")}
    fields.update({"name": f"{original.get('name')} (copy)", "copied_from_id": original["id"]})
    for key in ("owner", "org", "access_roles", "created_at", "updated_at", "managed"):
        fields.pop(key, None)
    if "public" in fields:
        fields["public"] = False
    return fields


def replace_list(
    state: State,
    actor: Actor | None,
    kind: str,
    doc: Doc,
    field: str,
    old: list[Doc],
    new: list[Doc],
) -> list[Doc]:
    """Keep `new` as the doc's `_<field>` (members, custodians); audit the ids if they changed."""
    doc[f"_{field}"] = new
    state.save(kind, doc)
    if old != new:
        ids = [[x["id"] for x in old], [x["id"] for x in new]]
        state.audit(actor, kind, doc, "update", {field: ids})
    return new
