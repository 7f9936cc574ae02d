"""Load the multi-file spec and bundle it into one OpenAPI document.

The root `spec/openapi.yaml` holds what all operations share; each `spec/paths/<tag>.yaml`
holds `paths` and `components` for one tag; `spec/components/*.yaml` hold components
shared across tags (the connector catalogue). All `$ref`s are internal (`#/components/...`),
so bundling is a merge that refuses duplicate keys, followed by adding the standard error
responses the root lists under `x-nexla-standard-errors`, and declaring every optional
property of a reply schema nullable (servers send `null` for absent values; a property is
required only when the wire always carries it).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from .oas import HTTP_METHODS, DocumentError, resolve
from .paths import SPEC_COMPONENTS_DIR, SPEC_PATHS_DIR, SPEC_ROOT

__all__ = ["HTTP_METHODS", "SpecError", "bundle", "deep_copy", "iter_operations", "resolve"]

COMPONENT_SECTIONS = (
    "schemas",
    "parameters",
    "responses",
    "headers",
    "securitySchemes",
    "requestBodies",
)


class SpecError(DocumentError):
    """The spec files cannot be bundled (duplicate or malformed entries)."""


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise SpecError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return data


def bundle(
    root: Path = SPEC_ROOT,
    paths_dir: Path = SPEC_PATHS_DIR,
    components_dir: Path = SPEC_COMPONENTS_DIR,
) -> dict[str, Any]:
    """Merge the root, every path file and every shared-components file (each in file-name
    order) into one document."""
    doc = _load_yaml(root)
    doc.setdefault("paths", {})
    components = doc.setdefault("components", {})
    parts = sorted(paths_dir.glob("*.yaml")) + sorted(components_dir.glob("*.yaml"))
    for part_path in parts:
        part = _load_yaml(part_path)
        unknown = set(part) - {"paths", "components"}
        if unknown:
            raise SpecError(
                f"{part_path.name}: only 'paths' and 'components' are allowed, found {sorted(unknown)}"
            )
        for key, item in (part.get("paths") or {}).items():
            if key in doc["paths"]:
                raise SpecError(
                    f"{part_path.name}: path {key!r} is already defined in another file"
                )
            doc["paths"][key] = item
        for section, entries in (part.get("components") or {}).items():
            if section not in COMPONENT_SECTIONS:
                raise SpecError(f"{part_path.name}: unknown components section {section!r}")
            target = components.setdefault(section, {})
            for name, value in (entries or {}).items():
                if name in target:
                    raise SpecError(
                        f"{part_path.name}: components/{section}/{name} is already defined"
                    )
                target[name] = value
    _add_standard_errors(doc)
    _nullable_reply_optionals(doc)
    return doc


def _add_standard_errors(doc: dict[str, Any]) -> None:
    standard: dict[str, str] = doc.pop("x-nexla-standard-errors", {}) or {}
    for operation in iter_operations(doc):
        responses = operation.op.setdefault("responses", {})
        for status, response_name in standard.items():
            if status not in responses:
                responses[status] = {"$ref": f"#/components/responses/{response_name}"}


class Operation:
    """One operation of the bundled document, with where it lives."""

    __slots__ = ("method", "path", "path_item", "op")

    def __init__(
        self, path: str, method: str, path_item: dict[str, Any], op: dict[str, Any]
    ) -> None:
        self.path = path
        self.method = method
        self.path_item = path_item
        self.op = op

    @property
    def pointer(self) -> str:
        return "/paths/" + escape_pointer(self.path) + "/" + self.method

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId", ""))

    def parameters(self, doc: dict[str, Any]) -> list[dict[str, Any]]:
        """Path-item and operation parameters, `$ref`s resolved, operation entries winning."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.op.get("parameters", [])]:
            param = resolve(doc, raw)
            merged[(param.get("in", ""), param.get("name", ""))] = param
        return list(merged.values())


def iter_operations(doc: dict[str, Any]) -> list[Operation]:
    ops = []
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                ops.append(Operation(path, method, item, item[method]))
    return ops


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def deep_copy(doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(doc)


def schema_types(schema: dict[str, Any]) -> list[str]:
    """The JSON types a schema node declares (`type` as a list)."""
    value = schema.get("type")
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def is_untyped(schema: Any) -> bool:
    """A schema that accepts any value (no type, reference, union, enum or const)."""
    return isinstance(schema, dict) and not (
        {"type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const"} & set(schema)
    )


def nullable(schema: Any) -> Any:
    """The schema widened to accept `null` (a `$ref` or enum is wrapped in `anyOf`)."""
    if not isinstance(schema, dict) or is_untyped(schema):
        return schema
    if "$ref" in schema or ("allOf" in schema and "type" not in schema):
        key = "$ref" if "$ref" in schema else "allOf"
        extra = {k: v for k, v in schema.items() if k != key}
        return {**extra, "anyOf": [{key: schema[key]}, {"type": "null"}]}
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = schema[key]
            if not any(isinstance(v, dict) and v.get("type") == "null" for v in variants):
                variants.append({"type": "null"})
            return schema
    if "enum" in schema:
        if None in schema["enum"]:
            return schema
        inner = dict(schema)
        extra = {k: inner.pop(k) for k in ("description", "title") if k in inner}
        return {**extra, "anyOf": [inner, {"type": "null"}]}
    types = schema_types(schema)
    if types and "null" not in types:
        schema["type"] = [*types, "null"]
    return schema


def _schema_refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            out.add(ref)
        for value in node.values():
            _schema_refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _schema_refs(value, out)


def reply_schemas(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every schema node a success reply can reach: inline reply schemas and the
    component schemas they reference, transitively."""
    roots: list[dict[str, Any]] = []
    refs: set[str] = set()
    for operation in iter_operations(doc):
        for code, response in operation.op.get("responses", {}).items():
            if not str(code).startswith("2"):
                continue
            response = resolve(doc, response)
            _schema_refs(response, refs)
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    roots.append(media["schema"])
    for ref in _closure(doc, refs):
        target = resolve(doc, {"$ref": ref})
        if ref.startswith("#/components/schemas/") and isinstance(target, dict):
            roots.append(target)
    return roots


def _closure(doc: dict[str, Any], refs: set[str]) -> list[str]:
    """`refs` and every component reference they reach, transitively (in a stable order)."""
    seen: set[str] = set()
    order: list[str] = []
    todo = sorted(refs)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        order.append(ref)
        found: set[str] = set()
        _schema_refs(resolve(doc, {"$ref": ref}), found)
        todo.extend(sorted(found - seen))
    return order


def sent_schema_names(doc: dict[str, Any]) -> set[str]:
    """Names of the component schemas a request can carry: those a request body or a
    parameter references, transitively."""
    refs: set[str] = set()
    for operation in iter_operations(doc):
        _schema_refs(operation.op.get("requestBody"), refs)
        _schema_refs(operation.op.get("parameters"), refs)
        _schema_refs(operation.path_item.get("parameters"), refs)
    prefix = "#/components/schemas/"
    return {ref[len(prefix) :] for ref in _closure(doc, refs) if ref.startswith(prefix)}


def _optional_nullable(schema: Any) -> None:
    if not isinstance(schema, dict):
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        required = set(schema.get("required", []))
        for name, prop in list(properties.items()):
            _optional_nullable(prop)
            if name not in required:
                properties[name] = nullable(prop)
    for key in ("items", "additionalProperties", "not"):
        _optional_nullable(schema.get(key))
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key) or []:
            _optional_nullable(variant)


def _nullable_reply_optionals(doc: dict[str, Any]) -> None:
    for schema in reply_schemas(doc):
        _optional_nullable(schema)
