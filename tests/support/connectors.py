"""Sample connector configs built from the catalogue, for tests."""

from __future__ import annotations

from typing import Any

from nexla_api.connectors import connector_info


def sample(schema: dict[str, Any], seed: str) -> Any:
    """A value that fits `schema` (first enum value, else a typed placeholder)."""
    if "anyOf" in schema:
        return sample(schema["anyOf"][0], seed)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "string":
        return f"v-{seed}"
    if kind in ("number", "integer"):
        return 7
    if kind == "boolean":
        return True
    if kind == "array":
        items = schema.get("items")
        return [sample(items, seed)] if isinstance(items, dict) else ["x"]
    if kind == "object":
        props = schema.get("properties", {})
        return {name: sample(sub, f"{seed}.{name}") for name, sub in props.items()}
    return {"free": seed}


def full_wire(family: str, connector_type: str) -> dict[str, Any]:
    info = connector_info(family, connector_type)
    assert info is not None
    return {name: sample(sub, name) for name, sub in info["schema"].get("properties", {}).items()}
