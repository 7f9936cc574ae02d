"""Realistic example values built from the spec's schemas, for round-trip and request tests."""

from __future__ import annotations

from typing import Any

from generator.spec import resolve

_STRINGS_BY_FORMAT = {
    "date-time": "2026-03-04T05:06:07+00:00",
    "date": "2026-03-04",
    "uri": "https://example.com/nexla/object",
    "email": "owner@example.com",
}


def example(doc: dict[str, Any], schema: Any, *, name: str = "value", depth: int = 0) -> Any:
    """A value that conforms to `schema`: every declared property filled, first variant of unions."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return {"key": "value"}
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [v for v in schema[key] if resolve(doc, v).get("type") != "null"]
            return example(doc, variants[0], name=name, depth=depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(doc, part, name=name, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    types = schema.get("type", "object")
    kind = types if isinstance(types, str) else next((t for t in types if t != "null"), "null")
    if kind == "object":
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict) and extra:
            # A map: its values follow the documented schema.
            return {"42": example(doc, extra, name=name, depth=depth + 1)}
        if not props:
            return {"setting": "on", "count": 3}
        if depth > 3:
            required = set(schema.get("required", []))
            props = {k: v for k, v in props.items() if k in required}
        return {key: example(doc, sub, name=key, depth=depth + 1) for key, sub in props.items()}
    if kind == "array":
        if depth > 3:
            return []
        return [example(doc, schema.get("items", {}), name=name, depth=depth + 1)]
    if kind == "integer":
        return min(max(int(schema.get("minimum", 0)), 7), int(schema.get("maximum", 7)))
    if kind == "number":
        return 2.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if "format" in schema and schema["format"] in _STRINGS_BY_FORMAT:
        return _STRINGS_BY_FORMAT[schema["format"]]
    return f"{name}-example"
