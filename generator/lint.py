"""House rules for the spec, beyond what the OpenAPI meta-schema checks.

Each finding names the JSON pointer of the offending node and how to fix it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .oas import DocumentError, resolve
from .spec import escape_pointer, iter_operations

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_TEMPLATE_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True, order=True)
class LintError:
    pointer: str
    rule: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.pointer}: [{self.rule}] {self.message} Fix: {self.fix}"


def lint(doc: dict[str, Any]) -> list[LintError]:
    """All findings for a bundled document, sorted by pointer."""
    errors: list[LintError] = []
    errors += _check_refs(doc)
    if errors:  # the remaining rules follow refs
        return sorted(errors)
    errors += _check_operations(doc)
    errors += _check_path_param_names(doc)
    errors += _check_unused_components(doc)
    return sorted(errors)


def _walk(node: Any, pointer: str = "") -> Any:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{escape_pointer(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def _check_refs(doc: dict[str, Any]) -> list[LintError]:
    errors = []
    for pointer, node in _walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                resolve(doc, {"$ref": ref})
            except DocumentError:
                errors.append(
                    LintError(
                        pointer + "/$ref",
                        "dangling-ref",
                        f"{ref!r} points at nothing.",
                        "define the component it names, or point the $ref at an existing one.",
                    )
                )
    return errors


def _check_operations(doc: dict[str, Any]) -> list[LintError]:
    errors: list[LintError] = []
    declared_tags = {t.get("name") for t in doc.get("tags", [])}
    seen_ids: dict[str, str] = {}
    for operation in iter_operations(doc):
        ptr, op = operation.pointer, operation.op
        op_id = op.get("operationId")
        if not op_id:
            errors.append(
                LintError(
                    ptr,
                    "operation-id",
                    "operation has no operationId.",
                    "add the official operationId (see the official reference), or a snake_case id of ours.",
                )
            )
        else:
            if not _IDENTIFIER.match(op_id):
                errors.append(
                    LintError(
                        ptr + "/operationId",
                        "operation-id",
                        f"{op_id!r} is not a snake_case identifier.",
                        "use lowercase letters, digits and underscores; record the official spelling in x-nexla-aliases.",
                    )
                )
            if op_id in seen_ids:
                errors.append(
                    LintError(
                        ptr + "/operationId",
                        "operation-id-unique",
                        f"{op_id!r} is also used by {seen_ids[op_id]}.",
                        "give one of them another id and list the official one in x-nexla-aliases.",
                    )
                )
            else:
                seen_ids[op_id] = ptr
        tags = op.get("tags") or []
        if len(tags) != 1:
            errors.append(
                LintError(
                    ptr + "/tags",
                    "tag",
                    f"operation has {len(tags)} tags; exactly one is required.",
                    "tags become module folders: pick the one group the operation belongs to.",
                )
            )
        elif tags[0] not in declared_tags:
            errors.append(
                LintError(
                    ptr + "/tags/0",
                    "tag",
                    f"tag {tags[0]!r} is not declared at the top level.",
                    "use one of the tags listed in spec/openapi.yaml, or declare the new one there.",
                )
            )
        if not op.get("summary"):
            errors.append(
                LintError(ptr, "summary", "operation has no summary.", "add a one-line summary.")
            )
        if "x-nexla-source" not in op:
            errors.append(
                LintError(
                    ptr,
                    "source",
                    "operation does not say where its facts come from.",
                    "add x-nexla-source naming the official operation, SDK method and recipes.",
                )
            )
        if "?" in operation.path:
            errors.append(
                LintError(
                    "/paths/" + escape_pointer(operation.path),
                    "query-in-path",
                    "path contains a query string.",
                    "declare the query part as a query parameter on the plain path.",
                )
            )
        errors += _check_success(doc, operation)
        errors += _check_path_params(doc, operation)
    return errors


def _check_success(doc: dict[str, Any], operation: Any) -> list[LintError]:
    responses = operation.op.get("responses") or {}
    ptr = operation.pointer + "/responses"
    success = [code for code in responses if str(code).startswith("2")]
    if not success:
        return [
            LintError(
                ptr,
                "typed-success",
                "operation has no 2xx response.",
                "declare its success response.",
            )
        ]
    errors = []
    for code in success:
        response = resolve(doc, responses[code])
        if str(code) == "204":
            continue
        content = response.get("content") or {}
        if not any(isinstance(media, dict) and "schema" in media for media in content.values()):
            errors.append(
                LintError(
                    f"{ptr}/{code}",
                    "typed-success",
                    f"{code} response has no body schema.",
                    "describe the body with a schema (a named component where it is an object), or use 204.",
                )
            )
    return errors


def _check_path_params(doc: dict[str, Any], operation: Any) -> list[LintError]:
    template = _TEMPLATE_PARAM.findall(operation.path.split("?")[0])
    params = operation.parameters(doc)
    declared = [p.get("name") for p in params if p.get("in") == "path"]
    errors = []
    for name in template:
        if name not in declared:
            errors.append(
                LintError(
                    operation.pointer + "/parameters",
                    "path-params",
                    f"template placeholder {{{name}}} has no path parameter.",
                    f"declare a required path parameter named {name!r}.",
                )
            )
    for param in params:
        if param.get("in") != "path":
            continue
        if param.get("name") not in template:
            errors.append(
                LintError(
                    operation.pointer + "/parameters",
                    "path-params",
                    f"path parameter {param.get('name')!r} is not in the template {operation.path!r}.",
                    "rename it to match the template, or make it a query parameter.",
                )
            )
        if param.get("required") is not True:
            errors.append(
                LintError(
                    operation.pointer + "/parameters",
                    "path-params",
                    f"path parameter {param.get('name')!r} is not marked required.",
                    "set required: true.",
                )
            )
    return errors


def _selectors(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(path, parameter) pairs whose value picks a collection (an enum), not an id."""
    found = set()
    for operation in iter_operations(doc):
        for param in operation.parameters(doc):
            if param.get("in") == "path" and "enum" in resolve(doc, param.get("schema", {})):
                found.add((operation.path, param.get("name", "")))
    return found


def _check_path_param_names(doc: dict[str, Any]) -> list[LintError]:
    """The id segment after a collection name must always use the same parameter name."""
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    selectors = _selectors(doc)
    for path in doc.get("paths", {}):
        segments = path.split("?")[0].strip("/").split("/")
        for previous, segment in zip(segments, segments[1:], strict=False):
            match = re.fullmatch(r"\{([^}]+)\}", segment)
            if match and not previous.startswith("{") and (path, match.group(1)) not in selectors:
                names[previous][match.group(1)].append(path)
    errors = []
    for collection, by_name in sorted(names.items()):
        if len(by_name) > 1:
            usage = ", ".join(f"{{{n}}} in {len(p)} path(s)" for n, p in sorted(by_name.items()))
            preferred = max(by_name, key=lambda n: len(by_name[n]))  # ties: first seen
            for name, paths in sorted(by_name.items()):
                if name == preferred:
                    continue
                for path in paths:
                    errors.append(
                        LintError(
                            "/paths/" + escape_pointer(path),
                            "path-param-names",
                            f"/{collection}/ is followed by {{{name}}} here but names differ ({usage}).",
                            f"use {{{preferred}}} for /{collection}/ everywhere.",
                        )
                    )
    return errors


def _check_unused_components(doc: dict[str, Any]) -> list[LintError]:
    """Components no operation reaches (directly or through other components)."""
    reached: set[str] = set()
    pending = [node for _, node in _walk(doc.get("paths", {}))]
    pending += [node for _, node in _walk(doc.get("security", []))]
    while pending:
        node = pending.pop()
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref not in reached:
            reached.add(ref)
            pending += [n for _, n in _walk(resolve(doc, {"$ref": ref}))]
    errors = []
    for section in ("schemas", "parameters", "responses", "headers"):
        for name in doc.get("components", {}).get(section, {}):
            ref = f"#/components/{section}/{escape_pointer(name)}"
            if ref not in reached:
                errors.append(
                    LintError(
                        ref[1:],
                        "unused-component",
                        f"{section[:-1]} {name!r} is not used by any operation.",
                        "reference it from an operation or delete it.",
                    )
                )
    return errors
