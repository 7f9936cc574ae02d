"""Replies shaped by the spec: a stored record made to fit an operation's response schema.

Handlers for plain resources keep whatever the client sent (plus the Nexla conventions:
owner, org, access roles, timestamps) and leave the exact reply shape to the spec:
`shape(operation_id, body, now)` keeps every field that already conforms, repairs
nested values, drops optional fields of the wrong type and fills required fields with
realistic values (ids 1, `owner@example.com`, the sandbox clock for timestamps, the
first enum member). Values that conform are returned unchanged, so stored records are
never rewritten by this, only their reply.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

import jsonschema

from nexla_api.runtime.connectors import json_type

from .spec import load_spec

Schema = dict[str, Any]
_MAX_DEPTH = 12


@functools.cache
def _root_validator() -> Any:
    doc = load_spec().doc
    cls = jsonschema.Draft202012Validator
    return cls({"components": doc["components"]}, format_checker=cls.FORMAT_CHECKER)


@functools.cache
def _validator(key: str) -> Any:
    return _root_validator().evolve(schema=json.loads(key))


def _is_valid(value: Any, schema: Schema) -> bool:
    return bool(_validator(json.dumps(schema, sort_keys=True)).is_valid(value))


def resolve(schema: Any) -> Schema:
    doc = load_spec().doc
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        target: Any = doc
        for token in schema["$ref"][2:].split("/"):
            target = target[token]
        schema = target
        seen += 1
    return schema if isinstance(schema, dict) else {}


def response_schema(operation_id: str) -> tuple[int, Schema | None]:
    """The first success status of an operation and its JSON schema (None: no body)."""
    op = load_spec().by_id()[operation_id].op
    codes = sorted(c for c in op.get("responses", {}) if c.startswith("2"))
    for code in codes:
        resp = resolve(op["responses"][code])
        content = resp.get("content") or {}
        if "application/json" in content:
            return int(code), resolve(content["application/json"].get("schema") or {})
    return (int(codes[0]) if codes else 200), None


def has_body(operation_id: str, status: int = 200) -> bool:
    op = load_spec().by_id()[operation_id].op
    resp = op.get("responses", {}).get(str(status))
    return resp is not None and bool(resolve(resp).get("content"))


def _merge_all_of(schema: Schema) -> Schema:
    merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in schema["allOf"]:
        sub = resolve(part)
        if "allOf" in sub:
            sub = _merge_all_of(sub)
        props.update(sub.get("properties") or {})
        required.extend(r for r in sub.get("required") or [] if r not in required)
        for key in ("type", "additionalProperties", "items", "enum", "format"):
            if key in sub and key not in merged:
                merged[key] = sub[key]
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def _types(schema: Schema) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(t) for t in declared]
    if "properties" in schema or "required" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def _fits_type(value: Any, types: list[str]) -> bool:
    kind = json_type(value)
    if kind in types:
        return True
    if kind == "integer" and "number" in types:
        return True
    return kind == "number" and "integer" in types and float(value).is_integer()


class Shaper:
    """Conform values to schemas; `now` stamps synthesized timestamps."""

    def __init__(self, now: str) -> None:
        self.now = now

    # -- synthesis -------------------------------------------------------------------
    def synth(self, schema: Any, name: str = "", depth: int = 0) -> Any:
        schema = resolve(schema)
        if depth > _MAX_DEPTH:
            return None
        if "allOf" in schema:
            schema = _merge_all_of(schema)
        if "const" in schema:
            return schema["const"]
        if "default" in schema and _is_valid(schema["default"], schema):
            return schema["default"]
        if "enum" in schema:
            members = [m for m in schema["enum"] if m is not None]
            return members[0] if members else None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [resolve(b) for b in schema[key]]
                typed = [b for b in branches if [t for t in _types(b) if t != "null"]]
                for branch in typed or branches:
                    value = self.synth(branch, name, depth + 1)
                    if _is_valid(value, schema):
                        return value
                return None
        types = [t for t in _types(schema) if t != "null"]
        if not types:
            return None
        kind = types[0]
        if kind == "object":
            props = schema.get("properties") or {}
            return {
                k: self.synth(props.get(k, {}), k, depth + 1) for k in schema.get("required") or []
            }
        if kind == "array":
            count = int(schema.get("minItems") or 0)
            return [self.synth(schema.get("items") or {}, name, depth + 1) for _ in range(count)]
        if kind == "string":
            return self._string(schema, name)
        if kind in ("integer", "number"):
            return self._number(schema, name, kind)
        if kind == "boolean":
            return False
        return None

    def _string(self, schema: Schema, name: str) -> str:
        fmt = schema.get("format")
        lname = name.lower()
        if fmt == "date-time" or lname.endswith("_at"):
            value = self.now
        elif fmt == "date" or lname in ("day", "date"):
            value = self.now[:10]
        elif fmt == "email" or "email" in lname:
            value = "owner@example.com"
        elif fmt in ("uri", "url") or lname.endswith("url"):
            value = "https://sandbox.nexla.test/"
        elif lname == "status":
            value = "ACTIVE"
        elif lname in ("name", "full_name"):
            value = "Sandbox Owner" if lname == "full_name" else "sandbox"
        else:
            value = "sandbox"
        min_len = int(schema.get("minLength") or 0)
        return value + "x" * max(0, min_len - len(value))

    @staticmethod
    def _number(schema: Schema, name: str, kind: str) -> int | float:
        lname = name.lower()
        value: int | float = 1 if lname == "id" or lname.endswith("_id") else 0
        if "minimum" in schema and value < schema["minimum"]:
            value = schema["minimum"]
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            value = schema["exclusiveMinimum"] + 1
        if "maximum" in schema and value > schema["maximum"]:
            value = schema["maximum"]
        return int(value) if kind == "integer" else float(value)

    # -- conformance -----------------------------------------------------------------
    def conform(self, value: Any, schema: Any, name: str = "", depth: int = 0) -> Any:
        schema = resolve(schema)
        if not schema or depth > _MAX_DEPTH or _is_valid(value, schema):
            return value
        if "allOf" in schema:
            schema = _merge_all_of(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._conform_union(value, schema, key, name, depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return value if value in schema["enum"] else self.synth(schema, name, depth)
        types = _types(schema)
        if not types:
            return value
        if value is None and "null" in types:
            return None
        if not _fits_type(value, types):
            return self.synth(schema, name, depth)
        out: Any
        if isinstance(value, dict):
            out = self._conform_object(value, schema, depth)
        elif isinstance(value, list):
            items = schema.get("items") or {}
            out = [self.conform(v, items, name, depth + 1) for v in value]
            max_items = schema.get("maxItems")
            if isinstance(max_items, int):
                out = out[:max_items]
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out = self._clamp(value, schema, "integer" if "integer" in types else "number")
        else:
            out = value
        return out if _is_valid(out, schema) else self.synth(schema, name, depth)

    @staticmethod
    def _clamp(value: float, schema: Schema, kind: str) -> int | float:
        if "minimum" in schema and value < schema["minimum"]:
            value = schema["minimum"]
        if "maximum" in schema and value > schema["maximum"]:
            value = schema["maximum"]
        return int(value) if kind == "integer" else value

    def _conform_object(self, value: dict[str, Any], schema: Schema, depth: int) -> dict[str, Any]:
        props = schema.get("properties") or {}
        required = schema.get("required") or []
        extra = schema.get("additionalProperties", True)
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in props:
                sub = resolve(props[key])
                if key in required or _is_valid(item, sub):
                    out[key] = self.conform(item, sub, key, depth + 1)
                elif _fits_type(item, _types(sub) or [json_type(item)]):
                    out[key] = self.conform(item, sub, key, depth + 1)
                # optional and of the wrong type: left out
            elif extra is False:
                continue
            elif isinstance(extra, dict):
                out[key] = self.conform(item, extra, key, depth + 1)
            else:
                out[key] = item
        for key in required:
            if key not in out:
                out[key] = self.synth(props.get(key, {}), key, depth + 1)
        return out

    def _conform_union(self, value: Any, schema: Schema, key: str, name: str, depth: int) -> Any:
        branches = [resolve(b) for b in schema[key]]
        for branch in branches:
            if _is_valid(value, branch):
                candidate = value
                if _is_valid(candidate, schema):
                    return candidate
        kind = json_type(value)
        matching = [b for b in branches if _fits_type(value, _types(b))] or [
            b for b in branches if _types(b) and kind != "null"
        ]
        for branch in matching:
            candidate = self.conform(value, branch, name, depth + 1)
            if _is_valid(candidate, schema):
                return candidate
        return self.synth(schema, name, depth)


def shape(operation_id: str, body: Any, now: str) -> Any:
    """`body` made to fit the operation's success schema (unchanged if it already does)."""
    _, schema = response_schema(operation_id)
    if schema is None or body is None:
        return body
    return Shaper(now).conform(body, schema)


def _declared(schema: Any, depth: int = 0) -> Schema:
    """The schema with `allOf` merged and, for unions, the object branches' properties
    merged (so a reply keeps whatever any branch declares). A merged union is marked
    with `"x-union": True`."""
    schema = resolve(schema)
    if "allOf" in schema:
        schema = _merge_all_of(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema and depth < _MAX_DEPTH:
            real = [b for b in schema[key] if _types(resolve(b)) != ["null"]]
            if len(real) == 1:  # `X or null`: X's declaration
                return _declared(real[0], depth + 1)
            merged: Schema = {"properties": {}, "items": None, "free": False}
            for branch in schema[key]:
                sub = _declared(branch, depth + 1)
                if "object" in _types(sub):
                    if not sub.get("properties") or "additionalProperties" in sub:
                        merged["free"] = True
                    merged["properties"].update(sub.get("properties") or {})
                if "array" in _types(sub) and merged["items"] is None:
                    merged["items"] = sub.get("items") or {}
            out: Schema = {
                "type": ["object", "array"],
                "properties": merged["properties"],
                "x-union": True,
            }
            if merged["free"] or not merged["properties"]:
                out["additionalProperties"] = True
            if merged["items"] is not None:
                out["items"] = merged["items"]
            return out
    return dict(schema)


# -- reply rendering -------------------------------------------------------------------
#
# Nexla's serializers send every attribute a record has, `null` when it is unset, `[]`
# for an empty list and `false` for an unset flag. A reply is therefore rendered from
# its schema: fields the schema does not declare (and sandbox-private `_` keys) are
# left out, and the declared fields a record (an object schema with an `id`) lacks are
# filled with such a value; envelopes and messages keep only what the handler set. The
# schema walk is compiled once per schema into a closure (a list of 1,000 records is
# rendered on every page request, so the walk must not be repeated per record).

Render = Callable[[Any, str], Any]
_PROBE_NOW = "2026-01-01T00:00:00Z"  # only to probe that a synthesized value fits
_PLANS: dict[int, tuple[Any, Render]] = {}


def _identity(value: Any, now: str) -> Any:
    return value


def _nullable(schema: Schema) -> bool:
    if "null" in _types(schema) or schema.get("nullable") is True:
        return True
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    return any("null" in _types(resolve(b)) for b in branches)


def _fill(schema: Any, name: str) -> tuple[bool, Any] | None:
    """How to fill a declared field a record lacks: `(True, value)` for a value every record
    may share (null, a flag, a string), `(False, make)` for one made per record (`make(now)`:
    a fresh list, a synthesized value), or None when nothing fits.

    A default the schema gives wins; then `[]` for lists, `false` for flags and `null`
    where the field may be null; otherwise a synthesized value of the field's type.
    """
    base = resolve(schema)
    if "allOf" in base:
        base = _merge_all_of(base)
    types = _types(base)
    candidates: list[Any] = []
    if "default" in base:
        candidates.append(base["default"])
    if "array" in types:
        candidates.append([])
    if "boolean" in types:
        candidates.append(False)
    if _nullable(base):
        candidates.append(None)
    for value in candidates:
        if _is_valid(value, base):
            if value == [] or value == {}:
                return False, type(value)
            if isinstance(value, (list, dict)):
                frozen = json.dumps(value)
                return False, lambda now, frozen=frozen: json.loads(frozen)
            return True, value
    probe = Shaper(_PROBE_NOW).synth(base, name)
    if probe is None or not _is_valid(probe, base):
        return None
    return False, lambda now: Shaper(now).synth(base, name)


def _plan(schema: Any) -> Render:
    """The compiled renderer of `schema` (a schema object of the loaded spec)."""
    if not schema:
        return _identity
    key = id(schema)
    hit = _PLANS.get(key)
    if hit is not None and hit[0] is schema:
        return hit[1]
    box: list[Render] = []
    # A placeholder first, so a recursive schema compiles to a recursive renderer.
    _PLANS[key] = (schema, lambda value, now: box[0](value, now))
    real = _build(schema)
    box.append(real)
    _PLANS[key] = (schema, real)
    return real


def _build(schema: Any) -> Render:
    declared = _declared(schema)
    items = declared.get("items")
    props: dict[str, Any] = declared.get("properties") or {}
    extra = declared.get("additionalProperties")
    if not props and not items and not isinstance(extra, dict):
        return _identity
    item_plan = _plan(items) if items else None
    if item_plan is _identity:
        item_plan = None
    declared_keys = frozenset(props)
    nested = {k: p for k, p in ((k, _plan(v)) for k, v in props.items()) if p is not _identity}
    keep_unknown = not props or extra is True or extra == {}
    extra_plan = _plan(extra) if isinstance(extra, dict) and extra else None
    shared: dict[str, Any] = {}  # fills every record may share, in declaration order
    made: dict[str, Callable[[Any], Any]] = {}  # fills made per record
    if "id" in props and not declared.get("x-union"):
        for name, sub in props.items():
            if isinstance(sub, dict) and sub.get("x-nexla-expand"):
                continue  # only on the wire with `expand=1`, which the handler decides
            how = _fill(sub, name)
            if how is None:
                continue
            if how[0]:
                shared[name] = how[1]
            else:
                made[name] = how[1]
    if not props and item_plan is None and extra_plan is None:
        return _identity
    closed = not keep_unknown and extra_plan is None
    nested_keys = frozenset(nested)

    def render(value: Any, now: str) -> Any:
        if isinstance(value, list):
            return [item_plan(v, now) for v in value] if item_plan is not None else value
        if not isinstance(value, dict):
            return value
        out: dict[str, Any]
        if closed:  # the common case: exactly the declared fields, read in one pass
            out = {k: v for k, v in value.items() if k in declared_keys}
            for key in nested_keys.intersection(out):
                out[key] = nested[key](out[key], now)
        else:
            out = {}
            for key, item in value.items():
                if key in declared_keys:
                    plan = nested.get(key)
                    out[key] = item if plan is None else plan(item, now)
                elif key[:1] == "_":
                    continue
                elif keep_unknown:
                    out[key] = item
                elif extra_plan is not None:
                    out[key] = extra_plan(item, now)
        if not shared and not made:
            return out
        # Declared order first (stable replies), the record's own values over the fills.
        whole = shared.copy()
        for key, make in made.items():
            if key not in out:
                whole[key] = make(now) if make is not list else []
        whole.update(out)
        return whole

    return render


def prune(value: Any, schema: Any, now: str = _PROBE_NOW) -> Any:
    """`value` rendered as its schema declares it (see above).

    An object schema that lists `properties` and says nothing about
    `additionalProperties` declares exactly those fields: anything else (and every
    sandbox-private `_` key) is left out, and every declared field is present. Free-form
    objects are kept whole.
    """
    if value is None:
        return value
    return _plan(schema)(value, now)


def prune_reply(operation_id: str, status: int, body: Any, now: str = _PROBE_NOW) -> Any:
    """A success reply rendered as the operation's schema for `status` declares it."""
    op = load_spec().by_id()[operation_id].op
    response = op.get("responses", {}).get(str(status))
    if response is None or body is None:
        return body
    media = (resolve(response).get("content") or {}).get("application/json")
    if not media or not media.get("schema"):
        return body
    return prune(body, media["schema"], now)
