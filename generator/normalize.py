"""Rewrite the bundled spec into the shape openapi-python-client generates well.

The curated spec says what the wire carries; this step only changes how the generator
sees it, deterministically, in ways the stock generator would otherwise get wrong:

* error responses are dropped: the runtime raises a typed error for every non-2xx, so
  the generated functions return only success types;
* optional properties accept `null` (servers send null for absent values all the time,
  and an undeclared null on an object, enum or date field would fail a whole response);
* free-form objects (no declared properties), and lists of them, become untyped, so
  connector configs and credentials arrive as plain dicts instead of wrapper classes;
* `oneOf`/`anyOf` unions of object variants get a free-form fallback variant, so a new
  kind of object parses instead of raising;
* vendor extensions and documentation-only keywords the generator ignores are removed;
* object schemas no request can carry (not reachable from any request body or parameter)
  are marked `REPLY_ONLY`: the model template gives their optional fields the type
  `X | None` with default `None`, so an absent field and a null one read alike, and
  `to_dict` leaves out fields that are `None`. Schemas a request can carry keep `UNSET`,
  so "leave unchanged" (absent) and "set to null" stay different on PATCH/PUT. A schema
  used in both directions keeps `UNSET` too: the same object is built by callers for a
  request, where dropping the difference would turn a null into "leave unchanged";
* the connector catalogue (schemas marked `x-nexla-catalogue`) moves out of `components`
  to `CATALOGUE_KEY`: its models come from `generator.connectors_binding` (lazily
  importable dataclasses), not from openapi-python-client.
"""

from __future__ import annotations

from typing import Any

from .spec import deep_copy, is_untyped, iter_operations, nullable, schema_types, sent_schema_names

#: Where the normalised document carries the connector catalogue for `connectors_binding`
#: (taken off before openapi-python-client sees the document).
CATALOGUE_KEY = "x-nexla-connector-catalogue"

#: Marks an object schema (and so its model) that only replies carry; read by `model.py.jinja`.
REPLY_ONLY = "x-nexla-reply-only"

_DOC_ONLY_KEYS = ("x-nexla-source", "x-nexla-aliases", "externalDocs", "examples", "example")


def normalize(doc: dict[str, Any]) -> dict[str, Any]:
    out = deep_copy(doc)
    for operation in iter_operations(out):
        responses = operation.op.get("responses", {})
        for code in list(responses):
            if not str(code).startswith("2"):
                del responses[code]
        operation.op.pop("security", None)
        for key in _DOC_ONLY_KEYS:
            operation.op.pop(key, None)
        operation.op.pop("servers", None)
    out.pop("webhooks", None)
    components = out.get("components", {})
    schemas = components.get("schemas", {})
    catalogue = {
        n: schemas.pop(n) for n in [n for n, s in schemas.items() if s.get("x-nexla-catalogue")]
    }
    out[CATALOGUE_KEY] = catalogue
    components.pop("responses", None)
    components.pop("headers", None)
    for name, schema in components.get("schemas", {}).items():
        components["schemas"][name] = _schema(schema)
    for param in components.get("parameters", {}).values():
        _parameter(param)
    for path_item in out.get("paths", {}).values():
        for param in path_item.get("parameters", []):
            _parameter(param)
    for operation in iter_operations(out):
        for param in operation.op.get("parameters", []):
            _parameter(param)
        for media in _media(operation.op.get("requestBody")):
            media["schema"] = _schema(media["schema"])
        for response in operation.op.get("responses", {}).values():
            for media in _media(response):
                media["schema"] = _schema(media["schema"])
    _mark_reply_only(out)
    return out


def _mark_reply_only(doc: dict[str, Any]) -> None:
    """Mark every object schema that only replies carry (see `REPLY_ONLY`): the component
    schemas no request body or parameter reaches, and inline reply schemas, with the inline
    objects nested in them."""
    sent = sent_schema_names(doc)
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if name not in sent:
            _mark(schema)
    for operation in iter_operations(doc):
        for response in operation.op.get("responses", {}).values():
            for media in _media(response):
                _mark(media["schema"])


def _mark(schema: Any) -> None:
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema[REPLY_ONLY] = True
        for prop in properties.values():
            _mark(prop)
    for key in ("items", "additionalProperties"):
        _mark(schema.get(key))
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key) or []:
            _mark(variant)


def _parameter(param: Any) -> None:
    """Normalise a parameter's schema and hand its description to the generator, which
    documents arguments from the schema's description only."""
    if not isinstance(param, dict) or "schema" not in param:
        return
    schema = _schema(param["schema"])
    if param.get("description") and isinstance(schema, dict) and "description" not in schema:
        schema = {**schema, "description": param["description"]}
    param["schema"] = schema


def _media(holder: Any) -> list[dict[str, Any]]:
    if not isinstance(holder, dict):
        return []
    return [
        m for m in (holder.get("content") or {}).values() if isinstance(m, dict) and "schema" in m
    ]


def _is_free_form(schema: dict[str, Any]) -> bool:
    types = schema_types(schema)
    return (
        "object" in types
        and not schema.get("properties")
        and set(types) <= {"object", "null"}
        and schema.get("additionalProperties", True) in (True, {})
        and "allOf" not in schema
        and "oneOf" not in schema
        and "anyOf" not in schema
    )


def _untyped(schema: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {k: schema[k] for k in ("description", "title") if k in schema}
    return kept


def _schema(schema: Any) -> Any:
    """Normalise one schema node (recursively)."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return schema
    if _is_free_form(schema):
        return _untyped(schema)
    if (
        "array" in schema_types(schema)
        and isinstance(schema.get("items"), dict)
        and (_is_free_form(schema["items"]) or is_untyped(schema["items"]))
    ):
        # A list of free-form objects: the generator can only express it as a list of
        # wrapper classes or a redundant cast, so hand it over as plain JSON.
        return _untyped(schema)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            schema[key] = _schema(schema[key])
    for key in ("allOf", "oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            schema[key] = [_schema(s) for s in schema[key]]
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and any(_is_object_variant(v) for v in variants):
            if not any(is_untyped(v) for v in variants) and not _is_null_wrapper(variants):
                variants.append(
                    {
                        "title": "UnknownVariant",
                        "description": "A variant this binding does not know yet.",
                    }
                )
    properties = schema.get("properties")
    if isinstance(properties, dict):
        required = set(schema.get("required", []))
        for name, prop in list(properties.items()):
            prop = _schema(prop)
            if name not in required:
                prop = nullable(prop)
            properties[name] = prop
    for key in ("discriminator", "example", "examples", "externalDocs"):
        schema.pop(key, None)
    return schema


def _is_null_wrapper(variants: list[Any]) -> bool:
    """`[{$ref: X}, {type: null}]`: a nullable reference, not a union of kinds."""
    return (
        len(variants) == 2
        and isinstance(variants[0], dict)
        and set(variants[0]) == {"$ref"}
        and variants[1] == {"type": "null"}
    )


def _is_object_variant(schema: Any) -> bool:
    return isinstance(schema, dict) and ("$ref" in schema or "object" in schema_types(schema))
