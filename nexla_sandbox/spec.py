"""The bundled spec as the sandbox serves it, loaded once per process.

The spec ships inside this package (`data/openapi.json`, written by `python -m generator
generate` from spec/ and verified by `python -m generator check`), so an installed sandbox
needs neither the repository nor the generator.

Two adjustments to the served copy, both neutral for clients: `servers` point at the
sandbox root (so openapi-core matches loopback URLs), and `Accept` / `Content-Type` /
`Authorization` header parameters are dropped (OAS says they SHALL be ignored; openapi-core
would otherwise reject httpx's default `Accept: */*`).
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from openapi_core import Config, OpenAPI

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
_PARAM = re.compile(r"^\{[^}]+\}$")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    security: list[dict[str, list[str]]]
    op: dict[str, Any]


@dataclass(frozen=True)
class SandboxSpec:
    doc: dict[str, Any]
    openapi: OpenAPI
    operations: dict[str, dict[str, Operation]]  # path -> method -> operation

    def by_id(self) -> dict[str, Operation]:
        return {o.operation_id: o for ops in self.operations.values() for o in ops.values()}


def _strip(params: list[Any], doc: dict[str, Any]) -> list[Any]:
    kept = []
    for raw in params:
        param = raw
        if isinstance(raw, dict) and "$ref" in raw:
            target: Any = doc
            for token in raw["$ref"][2:].split("/"):
                target = target[token]
            param = target
        if param.get("in") == "header" and str(param.get("name", "")).lower() in IGNORED_HEADERS:
            continue
        kept.append(raw)
    return kept


def bundled_spec() -> dict[str, Any]:
    """The bundled spec exactly as the package ships it."""
    text = resources.files("nexla_sandbox").joinpath("data/openapi.json").read_text("utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


def prepare(doc: dict[str, Any]) -> dict[str, Any]:
    served = copy.deepcopy(doc)
    served["servers"] = [{"url": "/"}]
    for item in served.get("paths", {}).values():
        item.pop("servers", None)
        if "parameters" in item:
            item["parameters"] = _strip(item["parameters"], served)
        for method in HTTP_METHODS:
            if method in item:
                item[method].pop("servers", None)
                if "parameters" in item[method]:
                    item[method]["parameters"] = _strip(item[method]["parameters"], served)
    return served


def route_sort_key(path: str) -> tuple[tuple[int, str], ...]:
    """Literal segments before templated ones, segment by segment."""
    return tuple((1, "") if _PARAM.match(s) else (0, s) for s in path.strip("/").split("/"))


@functools.cache
def load_spec() -> SandboxSpec:
    """Read the packaged spec and build the validator, once per process."""
    doc = prepare(bundled_spec())
    root_security = doc.get("security", [])
    operations: dict[str, dict[str, Operation]] = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                operations.setdefault(path, {})[method] = Operation(
                    operation_id=str(op.get("operationId") or f"{method}_{path}"),
                    method=method,
                    path=path,
                    security=op.get("security", root_security),
                    op=op,
                )
    # The spec is validated against the 3.1 meta-schema by the generator (`nox -s check`);
    # doing it again here costs seconds at every start for ~300 operations.
    openapi = OpenAPI.from_dict(doc, config=Config(spec_validator_cls=None))
    return SandboxSpec(doc=doc, openapi=openapi, operations=operations)
