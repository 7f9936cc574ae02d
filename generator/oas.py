"""Reading OpenAPI documents for the comparison tools: load, resolve, walk operations, flatten.

`compare-official` and `coverage` read documents that are not ours (the official reference, the
SDK's catalogue) and must never fail on a defect in them: `resolve` has a lenient mode that turns
an unresolvable `$ref` into an empty schema, and `flatten` reduces any schema to the field paths
and types that a comparison looks at. The bundler (`spec.py`) uses the strict mode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# How deep `flatten` walks below a body before treating the rest as opaque.
MAX_DEPTH = 5


class DocumentError(Exception):
    """A document cannot be read as OpenAPI, or a `$ref` in it cannot be followed."""


def load_document(path: Path) -> dict[str, Any]:
    """Read an OpenAPI document from YAML or JSON."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DocumentError(f"{path}: {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise DocumentError(f"{path}: neither YAML nor JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("paths", {}), dict):
        raise DocumentError(f"{path}: not an OpenAPI document (no 'paths' mapping)")
    return data


def resolve(doc: dict[str, Any], node: Any, *, strict: bool = True) -> Any:
    """Follow an internal `$ref` (repeatedly) to the node it names.

    Strict: a cyclic, external or dangling `$ref` raises `DocumentError`. Lenient: it yields
    `{}` (a schema that matches anything), for documents whose defects we report, not fix.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or ref in seen or not ref.startswith("#/"):
            if strict:
                raise DocumentError(f"cannot resolve $ref {ref!r}")
            return {}
        seen.add(ref)
        target: Any = doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or token not in target:
                if strict:
                    raise DocumentError(f"dangling $ref {ref!r}")
                return {}
            target = target[token]
        node = target
    return node


def path_shape(path: str) -> str:
    """`/data_sources/{source_id}?expand=1` -> `/data_sources/{}`."""
    return re.sub(r"\{[^}]+\}", "{}", path.split("?")[0])


def placeholders(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path.split("?")[0])


def ident(op_id: str) -> str:
    """The identifier form of an operationId (`get_x_(deprecated)` -> `get_x__deprecated`)."""
    return re.sub(r"\W", "_", op_id).strip("_") if op_id else op_id


@dataclass
class Op:
    """One operation of a document, with what the comparison needs."""

    doc: dict[str, Any]
    op_id: str
    method: str
    path: str  # path key verbatim; webhooks: "webhook:<name>"
    op: dict[str, Any]
    path_item: dict[str, Any]
    webhook: bool = False
    extra_query: list[dict[str, Any]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def shape(self) -> str:
        return path_shape(self.path)

    def official_id(self) -> str | None:
        source = self.op.get("x-nexla-source")
        if isinstance(source, dict):
            value = source.get("official")
            return str(value) if value else None
        return None

    def aliases(self) -> list[str]:
        raw = self.op.get("x-nexla-aliases") or []
        return [str(a) for a in raw] if isinstance(raw, list) else []

    def tags(self) -> list[str]:
        raw = self.op.get("tags") or []
        return [str(t) for t in raw] if isinstance(raw, list) else []

    def parameters(self) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(self.path_item.get("parameters") or []), *(self.op.get("parameters") or [])]:
            param = resolve(self.doc, raw, strict=False)
            if isinstance(param, dict) and param.get("name"):
                merged[(str(param.get("in", "")), str(param["name"]))] = param
        for param in self.extra_query:
            merged.setdefault(("query", str(param["name"])), param)
        return list(merged.values())


def iter_ops(doc: dict[str, Any]) -> Iterator[Op]:
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = item[method]
                yield Op(doc, str(op.get("operationId", "")), method, str(path), op, item)
    for name, item in (doc.get("webhooks") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = item[method]
                op_id = str(op.get("operationId") or name)
                yield Op(doc, op_id, method, f"webhook:{name}", op, item, webhook=True)


# --------------------------------------------------------------------------- types


@dataclass
class TypeInfo:
    """A schema reduced to what is compared: base types (None = anything), enum, children."""

    types: frozenset[str] | None
    enum: frozenset[str] | None = None
    properties: dict[str, list[Any]] = field(default_factory=dict)
    items: list[Any] = field(default_factory=list)
    null_only: bool = False

    @property
    def opaque(self) -> bool:
        """Nothing below this node is compared: untyped, or an object with no properties."""
        if self.types is None:
            return True
        if "object" in self.types and not self.properties:
            return True
        return False

    def text(self) -> str:
        if self.types is None:
            return "any"
        out = "|".join(sorted(self.types))
        if self.enum is not None:
            out += "(" + "|".join(sorted(self.enum)) + ")"
        return out


_BASE = {"integer": "number", "number": "number"}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return "object" if isinstance(value, dict) else "array"


def type_info(doc: dict[str, Any], schema: Any, stack: tuple[str, ...] = ()) -> TypeInfo:
    """Merge `$ref`, allOf, oneOf and anyOf into one TypeInfo."""
    types: set[str] = set()
    saw_type = False
    saw_null = False
    enum: set[str] | None = None
    properties: dict[str, list[Any]] = {}
    items: list[Any] = []

    def visit(node: Any, refs: tuple[str, ...]) -> None:
        nonlocal saw_type, saw_null, enum
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in refs:
                return
            refs = (*refs, ref)
            node = resolve(doc, node, strict=False)
        if not isinstance(node, dict):
            return
        declared = node.get("type")
        declared_list = declared if isinstance(declared, list) else [declared] if declared else []
        for t in declared_list:
            if t == "null":
                saw_null = True
            else:
                saw_type = True
                types.add(_BASE.get(str(t), str(t)))
        if node.get("nullable") is True:
            saw_null = True
        values = node.get("enum")
        if "const" in node:
            values = [node["const"]]
        if isinstance(values, list):
            non_null = [v for v in values if v is not None]
            enum = (enum or set()) | {str(v) for v in non_null}
            if not declared_list and non_null:
                saw_type = True
                types.update(_json_type(v) for v in non_null)
        props = node.get("properties")
        if isinstance(props, dict) and props:
            if not declared_list:
                saw_type = True
                types.add("object")
            for name, sub in props.items():
                properties.setdefault(str(name).rstrip("?"), []).append((sub, refs))
        if "items" in node:
            if not declared_list:
                saw_type = True
                types.add("array")
            items.append((node["items"], refs))
        for key in ("allOf", "oneOf", "anyOf"):
            for member in node.get(key) or []:
                visit(member, refs)

    visit(schema, stack)
    if not saw_type:
        return TypeInfo(None, null_only=saw_null)
    return TypeInfo(
        frozenset(types), frozenset(enum) if enum is not None else None, properties, items
    )


def flatten(
    doc: dict[str, Any], schema: Any, path: str = "", depth: int = 0
) -> dict[str, TypeInfo]:
    """Every field path below a schema (`a/b`, `a[]/c`, `[]` for items of a root array)."""
    return dict(_flatten(doc, [(schema, ())], path, depth))


def _flatten(
    doc: dict[str, Any], variants: list[Any], path: str, depth: int
) -> Iterator[tuple[str, TypeInfo]]:
    info = _merged(doc, variants)
    yield path, info
    if depth >= MAX_DEPTH or info.opaque:
        return
    for name, subs in info.properties.items():
        child = f"{path}/{name}" if path else name
        yield from _flatten(doc, subs, child, depth + 1)
    if info.items:
        yield from _flatten(doc, info.items, f"{path}[]", depth + 1)


def _merged(doc: dict[str, Any], variants: list[Any]) -> TypeInfo:
    infos = [type_info(doc, schema, refs) for schema, refs in variants]
    if any(i.types is None for i in infos):
        return TypeInfo(None, null_only=all(i.null_only for i in infos if i.types is None))
    types: set[str] = set()
    enum: set[str] | None = None
    properties: dict[str, list[Any]] = {}
    items: list[Any] = []
    for info in infos:
        types |= info.types or set()
        if info.enum is not None:
            enum = (enum or set()) | info.enum
        for name, subs in info.properties.items():
            properties.setdefault(name, []).extend(subs)
        items.extend(info.items)
    return TypeInfo(
        frozenset(types), frozenset(enum) if enum is not None else None, properties, items
    )
