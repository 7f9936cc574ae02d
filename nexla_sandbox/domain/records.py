"""Records and schemas: deterministic sample records, inferred schemas, a nexset's
records (its parent's run through its transform), and the brief form of a resource."""

from __future__ import annotations

from typing import Any

from .. import jolt
from ..state import State
from ..store import Doc


def default_records(seed: int, count: int = 20) -> list[Doc]:
    """Deterministic customer-like records (with PII fields recipes like to strip)."""
    countries = ["US", "DE", "IN", "BR", "JP"]
    return [
        {
            "customer_id": seed * 100 + i,
            "name": f"Customer {i}",
            "email": f"customer{i}@example.com",
            "ssn": f"123-45-{6700 + i}",
            "dob": f"1990-01-{(i % 28) + 1:02d}",
            "country": countries[i % len(countries)],
            "amount": round(10.5 * (i + 1), 2),
            "created_at": f"2025-01-{(i % 28) + 1:02d}T10:00:00Z",
        }
        for i in range(1, count + 1)
    ]


def infer_schema(records: list[Doc]) -> Doc:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", dict: "object"}
    props: dict[str, Doc] = {}
    for rec in records:
        for key, value in rec.items():
            props.setdefault(key, {"type": names.get(type(value), "string")})
    return {"type": "object", "properties": props, "$schema-id": len(props)}


def brief(doc: Doc) -> Doc:
    return {
        "id": doc["id"],
        "owner_id": doc["owner"]["id"],
        "org_id": doc["org"]["id"],
        "name": doc.get("name"),
        "description": doc.get("description"),
        "version": doc.get("version", 1),
        "created_at": doc.get("created_at"),
        "updated_at": doc.get("updated_at"),
    }


def operations_of(state: State, doc: Doc) -> list[Any]:
    if doc.get("transform_id"):
        transform = state.store.get("transforms", int(doc["transform_id"]))
        if transform is not None:
            return list(transform.get("code") or [])
    inline = doc.get("transform")
    if isinstance(inline, dict):
        for key in ("code", "operations", "transforms"):
            if isinstance(inline.get(key), list):
                return list(inline[key])
        if "operation" in inline:
            return [inline]
    return []


def records_of(state: State, doc: Doc, depth: int = 0) -> list[Doc]:
    if doc.get("data_source_id") or depth > 50:
        return list(doc.get("_records") or [])
    parent = state.store.get("data_sets", int(doc.get("parent_data_set_id") or 0))
    if parent is None:
        return []
    ops = operations_of(state, doc)
    return [jolt.apply(ops, r) for r in records_of(state, parent, depth + 1)]
