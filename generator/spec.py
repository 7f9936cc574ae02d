"""Load the multi-file spec and bundle it into one OpenAPI document.

The root `spec/openapi.yaml` holds what all operations share; each `spec/paths/<tag>.yaml`
holds `paths` and `components` for one tag; `spec/components/*.yaml` hold components
shared across tags (the connector catalogue). All `$ref`s are internal (`#/components/...`),
so bundling is a merge that refuses duplicate keys, followed by adding the standard error
responses the root lists under `x-nexla-standard-errors`.
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
