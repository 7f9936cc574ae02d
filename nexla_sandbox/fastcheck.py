"""Compiled validation for the common case, so a request does not pay openapi-core's lookups.

openapi-core finds the operation by matching the URL against every path of the spec and
resolves each schema anew on every request; that was most of the sandbox's time per
request. The router already knows the operation, so here each operation's parameters and
bodies are compiled once into OAS 3.1 schema validators (the same `OAS31Validator` and
format checker openapi-core uses) and checked directly.

The fast path only ever *accepts*: a request it accepts is one openapi-core accepts, with
the same parsed parameters (integers, booleans and dates cast the way openapi-core casts
them). Anything it does not handle, and every failure, returns None and is left to
openapi-core, which produces the error reply exactly as before. Replies are treated the
same way: a reply the compiled validator passes is fine; any other goes to openapi-core for
its verdict and message.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import codec
from .spec import HTTP_METHODS, Operation

_SPEC_URI = "urn:nexla-sandbox:openapi"
_INTEGER = re.compile(r"-?[0-9]+")
_NOT_HANDLED = object()

Caster = Callable[[str], Any]


def _pointer(*tokens: str) -> str:
    return "/".join(t.replace("~", "~0").replace("/", "~1") for t in tokens)


def _cast_integer(text: str) -> Any:
    return int(text) if _INTEGER.fullmatch(text) else _NOT_HANDLED


def _cast_boolean(text: str) -> Any:
    return {"true": True, "false": False}.get(text, _NOT_HANDLED)


def _cast_string(text: str) -> Any:
    return text


@dataclass(frozen=True)
class _Param:
    name: str
    location: str
    required: bool
    cast: Caster
    validator: OAS31Validator
    as_date: bool


@dataclass(frozen=True)
class _CompiledOperation:
    params: tuple[_Param, ...] | None  # None: a parameter shape left to openapi-core
    body: OAS31Validator | None
    body_required: bool
    has_body: bool


@dataclass(frozen=True)
class Parsed:
    """Parameters as openapi-core would have unmarshalled them."""

    path: dict[str, Any]
    query: dict[str, Any]


class FastCheck:
    """Per-operation compiled validators over one bundled spec document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._ops: dict[tuple[str, str], _CompiledOperation] = {}
        self._replies: dict[tuple[str, str, int], OAS31Validator | bool | None] = {}

    # -- compiling -----------------------------------------------------------------------
    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        """A `$ref`-free node and, if it was a reference, the pointer it came from."""
        pointer = None
        while isinstance(node, dict) and "$ref" in node:
            pointer = str(node["$ref"])
            target: Any = self.doc
            for token in pointer[2:].split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node, pointer

    def _validator(self, pointer: str) -> OAS31Validator:
        # Built on the schema itself, not on a `$ref` to it: a reference would be looked up
        # again on every check. Nested references resolve against the whole document.
        resolved = self._registry.resolver().lookup(f"{_SPEC_URI}#{pointer}")
        return OAS31Validator(
            resolved.contents,
            registry=self._registry,
            format_checker=oas31_format_checker,
            _resolver=resolved.resolver,
        )

    def _param(self, raw: Any, pointer: str) -> _Param | None:
        param, ref = self._resolve(raw)
        if ref is not None:
            pointer = ref[1:]
        location = param.get("in")
        if location not in ("path", "query") or "content" in param:
            return None
        if param.get("style") not in (None, "form" if location == "query" else "simple"):
            return None
        if param.get("allowEmptyValue") or param.get("deprecated"):
            return None
        schema, _ = self._resolve(param.get("schema", {}))
        if "default" in schema or not isinstance(schema, dict):
            return None
        kind = schema.get("type")
        casts: dict[Any, Caster] = {
            "integer": _cast_integer,
            "boolean": _cast_boolean,
            "string": _cast_string,
        }
        if kind not in casts or any(k in schema for k in ("allOf", "anyOf", "oneOf")):
            return None
        fmt = schema.get("format")
        if kind == "string" and fmt not in (None, "date"):
            return None
        return _Param(
            name=str(param["name"]),
            location=str(location),
            required=bool(param.get("required", False)),
            cast=casts[kind],
            validator=self._validator(pointer + "/schema"),
            as_date=fmt == "date",
        )

    def _compile(self, op: Operation) -> _CompiledOperation:
        item = self.doc["paths"][op.path]
        base = _pointer("", "paths", op.path)
        params: list[_Param] = []
        seen: set[tuple[str, str]] = set()
        handled = True
        sources = [
            (op.op.get("parameters", []), f"{base}/{op.method}/parameters"),
            (item.get("parameters", []), f"{base}/parameters"),
        ]
        for raws, where in sources:
            for index, raw in enumerate(raws):
                resolved, _ = self._resolve(raw)
                key = (str(resolved.get("name")), str(resolved.get("in")))
                if key in seen:
                    continue
                seen.add(key)
                compiled = self._param(raw, f"{where}/{index}")
                if compiled is None:
                    handled = False
                else:
                    params.append(compiled)
        body_validator = None
        body_required = False
        request_body = op.op.get("requestBody")
        if request_body is not None:
            body, ref = self._resolve(request_body)
            where = ref[1:] if ref else f"{base}/{op.method}/requestBody"
            content = body.get("content", {})
            if set(content) == {"application/json"} and "schema" in content["application/json"]:
                body_validator = self._validator(where + "/content/application~1json/schema")
                body_required = bool(body.get("required", False))
            else:
                handled = False
        return _CompiledOperation(
            params=tuple(params) if handled else None,
            body=body_validator,
            body_required=body_required,
            has_body=request_body is not None,
        )

    def _compiled(self, op: Operation) -> _CompiledOperation:
        key = (op.path, op.method)
        found = self._ops.get(key)
        if found is None:
            found = self._ops[key] = self._compile(op)
        return found

    def warm(self, operations: Mapping[str, Mapping[str, Operation]]) -> None:
        """Compile every operation now rather than on its first request."""
        for ops in operations.values():
            for op in ops.values():
                if op.method in HTTP_METHODS:
                    self._compiled(op)

    # -- requests ------------------------------------------------------------------------
    def request(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: Any,
        content_type: str,
        body: bytes,
    ) -> Parsed | None:
        """The parsed parameters if the request is valid, None to ask openapi-core."""
        compiled = self._compiled(op)
        if compiled.params is None:
            return None
        parsed = Parsed(path={}, query={})
        for param in compiled.params:
            source = path_params if param.location == "path" else query
            if param.location == "query" and len(query.getlist(param.name)) > 1:
                return None
            text = source.get(param.name)
            if text is None:
                if param.required:
                    return None
                continue
            if text == "" and param.location == "query":
                return None
            value = param.cast(text)
            if value is _NOT_HANDLED or not param.validator.is_valid(value):
                return None
            if param.as_date:
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    return None
            target = parsed.path if param.location == "path" else parsed.query
            target[param.name] = value
        if not compiled.has_body:
            return parsed if not body else None
        if not body:
            return None if compiled.body_required else parsed
        if content_type.split(";", 1)[0].strip().lower() != "application/json":
            return None
        assert compiled.body is not None
        try:
            document = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None
        return parsed if compiled.body.is_valid(document) else None

    # -- replies -------------------------------------------------------------------------
    def _reply_validator(self, op: Operation, status: int) -> OAS31Validator | bool | None:
        """Validator for a JSON reply; True for "no content declared, none sent"; None to ask
        openapi-core."""
        responses = op.op.get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                break
        else:
            return None
        reply, ref = self._resolve(responses[key])
        where = ref[1:] if ref else _pointer("", "paths", op.path, op.method, "responses", key)
        if reply.get("headers"):
            return None
        content = reply.get("content")
        if not content:
            return True
        if set(content) != {"application/json"} or "schema" not in content["application/json"]:
            return None
        return self._validator(where + "/content/application~1json/schema")

    def reply_ok(self, op: Operation, status: int, content_type: str, data: bytes) -> bool:
        """True if the reply surely matches the spec; False means "ask openapi-core"."""
        key = (op.path, op.method, status)
        if key not in self._replies:
            self._replies[key] = self._reply_validator(op, status)
        validator = self._replies[key]
        if validator is None:
            return False
        if validator is True:
            return not data
        if validator is False or content_type != "application/json":
            return False
        try:
            document = codec.loads(data)
        except (ValueError, UnicodeDecodeError):
            return False
        return bool(validator.is_valid(document))
