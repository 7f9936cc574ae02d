"""Loading YAML/JSON input files and turning schema violations into one-line, fixable errors.

Every problem names the file, the field path (dotted, with [i] for list items) and what to
change, so the CLI can print it without a traceback.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from nexla_api.runtime.connectors import json_type

#: Bounds of every input file: bytes read, nesting levels, values (after alias expansion).
MAX_BYTES = 10_000_000
MAX_DEPTH = 64
MAX_VALUES = 200_000
#: How many further problems a one-line error names.
MAX_LISTED = 5


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with an input file; never carries a value from the file."""

    file: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return _printable(f"{where}: {self.message} (fix: {self.fix})")


def _printable(text: str) -> str:
    """Control characters (a key named "\\n", say) escaped, so a problem stays one line."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


class ConfigError(Exception):
    """An input file is unreadable or invalid; `problems` lists every finding.

    The message is one line: the first problem, then how many more there are and where.
    """

    def __init__(self, problems: list[ConfigProblem]) -> None:
        first, rest = problems[0], problems[1:]
        message = str(first)
        if rest:
            fields = ", ".join(p.field or "(file)" for p in rest[:MAX_LISTED])
            more = f", and {len(rest) - MAX_LISTED} more" if len(rest) > MAX_LISTED else ""
            message += _printable(f"; {len(rest)} more problem(s) at {fields}{more}")
        super().__init__(message)
        self.problems = problems


def problem(file: str | Path, field: str, message: str, fix: str) -> ConfigError:
    """A `ConfigError` with a single problem."""
    return ConfigError([ConfigProblem(str(file), field, message, fix)])


def schema_text(name: str) -> str:
    """The JSON Schema `name` (e.g. `flow_config`) shipped in `nexla_recipes/schemas/`."""
    return (
        resources.files("nexla_recipes")
        .joinpath("schemas", f"{name}.schema.json")
        .read_text(encoding="utf-8")
    )


def load_schema(name: str) -> dict[str, Any]:
    """The parsed JSON Schema `name`; see `schema_text`."""
    schema: dict[str, Any] = json.loads(schema_text(name))
    return schema


def field_path(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = _short(str(part))
            out += f".{name}" if out else name
    return out or "(top level)"


def _short(name: str, limit: int = 40) -> str:
    """A field name fit for a one-line message (printable, bounded)."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


# -- the input loader: bytes -> text -> document, bounded ---------------------------------------

_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def read_text(path: Path, *, what: str = "file", max_bytes: int = MAX_BYTES) -> str:
    """The UTF-8 text of `path`; `ConfigError` if it is missing, too big or not UTF-8."""
    name = str(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise problem(name, "", f"{what} not found", "check the path") from None
    except IsADirectoryError:
        raise problem(name, "", f"is a directory, not a {what}", "give a file") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise problem(
            name, "", f"cannot read: {reason}", "check the path and permissions"
        ) from None
    if len(data) > max_bytes:
        raise problem(
            name,
            "",
            f"larger than {max_bytes // 1_000_000} MB",
            "split it into smaller files",
        )
    if data.startswith(_UTF16_32_BOMS):
        raise problem(name, "", "is UTF-16/UTF-32 text", "save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise problem(name, f"line {line}", "is not UTF-8 text", "save it as UTF-8") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise problem(name, f"line {line}", "contains a NUL character", "save it as UTF-8 text")
    return text


def load_document(path: Path) -> Any:
    """Parse `path` as JSON (.json) or YAML (anything else; YAML is a JSON superset).

    Bounded: at most `MAX_BYTES` of input, `MAX_DEPTH` levels of nesting and `MAX_VALUES`
    values after YAML alias expansion (so an alias bomb is refused, not expanded).
    """
    text = read_text(path, what="config file")
    if path.suffix.lower() == ".json":
        return _load_json(text, str(path))
    return _load_yaml(text, str(path))


def load_env_values(path: Path, keep: Iterable[str] | None = None) -> dict[str, str]:
    """The settings of a dotenv file (python-dotenv: quotes, comments, `export`).

    A line that is not `KEY=VALUE` is an error naming its line number (never its text);
    `keep` limits the result to those names. Values are stripped of surrounding space.
    """
    from dotenv import dotenv_values
    from dotenv.parser import parse_stream

    text = read_text(path, what="env file")
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            raise problem(
                path,
                f"line {binding.original.line}",
                "is not a KEY=VALUE setting",
                "write NAME=value (quote values with spaces or #)",
            )
    values = dotenv_values(stream=io.StringIO(text), interpolate=False)
    wanted = None if keep is None else set(keep)
    return {
        k: v.strip() for k, v in values.items() if v is not None and (wanted is None or k in wanted)
    }


def _load_json(text: str, name: str) -> Any:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise problem(
            name,
            f"line {exc.lineno} column {exc.colno}",
            f"invalid JSON: {exc.msg}",
            "fix the JSON syntax",
        ) from None
    except RecursionError:
        raise _too_deep(name, "") from None
    _check_shape(document, name)
    return document


def _too_deep(name: str, where: str) -> ConfigError:
    return problem(name, where, f"nested deeper than {MAX_DEPTH} levels", "flatten the structure")


def _check_shape(document: Any, name: str) -> None:
    """Depth and size of a parsed document, without recursion."""
    stack: list[tuple[Any, int]] = [(document, 1)]
    count = 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise _too_deep(name, "")
        if count > MAX_VALUES:
            raise problem(name, "", f"holds more than {MAX_VALUES} values", "split the file")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def _mark(mark: Any) -> str:
    return f"line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""


#: libyaml's parser when PyYAML was built with it (an order of magnitude faster: a
#: 200-file desired-state directory loads in tens of milliseconds, not a third of a second).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str, name: str) -> Any:
    try:
        # Pass 1 (events, no recursion): nesting depth and event count.
        depth = 0
        events = 0
        for event in yaml.parse(text, Loader=_SAFE_LOADER):
            events += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(name, _mark(event.start_mark))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if events > MAX_VALUES:
                raise problem(name, "", f"holds more than {MAX_VALUES} values", "split the file")
        # Pass 2: the node graph; refuse aliases that expand past the bound, then construct.
        loader = _SAFE_LOADER(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check_expansion(node, name)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        where = _mark(getattr(exc, "problem_mark", None))
        reason = getattr(exc, "problem", None) or "not valid YAML"
        if "maximum nesting depth" in str(reason):  # libyaml's own bound, far above ours
            raise _too_deep(name, where) from None
        raise problem(name, where, f"invalid YAML: {reason}", "fix the YAML syntax") from None
    except (ValueError, TypeError, OverflowError):
        # e.g. a timestamp or number the YAML constructor cannot represent
        raise problem(
            name, "", "holds a value YAML cannot represent", "quote dates and numbers as strings"
        ) from None


def _check_expansion(root: yaml.Node, name: str) -> None:
    """Count the values `root` stands for with every alias expanded; refuse cycles.

    Aliases are shared node objects, so sizes are memoised per node: linear in the file.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:  # depth-first without recursion; a node is sized after its children
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            active.discard(key)
            total = 1 + sum(sizes[id(c)] for c in _children(node))
            if total > MAX_VALUES:
                raise problem(
                    name,
                    _mark(node.start_mark),
                    f"YAML aliases expand to more than {MAX_VALUES} values",
                    "write the values out instead of repeating anchors",
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in active:
            raise problem(
                name,
                _mark(node.start_mark),
                "a YAML alias refers to the collection that contains it",
                "remove the self-reference",
            )
        active.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _names(names: Any) -> str:
    listed = [f"`{_short(str(n))}`" for n in list(names)[:MAX_LISTED]]
    more = len(names) - len(listed)
    return ", ".join(listed) + (f" and {more} more" if more > 0 else "")


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _fix_for(error: SchemaError) -> tuple[str, str]:
    """(message, fix) for one schema violation, in words a config author can act on.

    Never quotes the offending value (it may be a secret, or 200,000 items long): only the
    field, what kind of value it is, and what the schema expects.
    """
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        # the message is "'<name>' is a required property"; the name comes from the schema
        names = (
            [n for n in value if f"{n!r} is a required" in error.message]
            if isinstance(value, list)
            else []
        )
        name = _short(str(names[0])) if names else "?"
        return f"required field `{name}` is missing", f"add `{name}`"
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = (
            sorted(map(str, set(error.instance) - set(allowed)))
            if isinstance(error.instance, dict)
            else []
        )
        return (
            f"unknown field(s) {_names(extra)}",
            f"remove or rename them; allowed fields are {', '.join(allowed)}",
        )
    if kind == "type":
        wanted = value if isinstance(value, list) else [value]
        words = " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in wanted)
        got = _TYPE_WORDS.get(json_type(error.instance), json_type(error.instance))
        return f"must be {words}, not {got}", f"write {words}"
    if kind in ("enum", "const"):
        allowed_values = value if kind == "enum" else [value]
        return (
            "is not one of the allowed values",
            f"use one of {', '.join(map(repr, allowed_values))}",
        )
    if kind in ("minimum", "exclusiveMinimum"):
        return "is too small", f"use a value {'>=' if kind == 'minimum' else '>'} {value}"
    if kind in ("maximum", "exclusiveMaximum"):
        return "is too large", f"use a value {'<=' if kind == 'maximum' else '<'} {value}"
    if kind == "minLength":
        return (
            "must not be empty" if value == 1 else "is too short",
            f"write at least {value} character(s)",
        )
    if kind == "maxLength":
        return "is too long", f"write at most {value} characters"
    if kind == "minItems":
        return (
            "must not be empty" if value == 1 else "has too few items",
            f"list at least {value} item(s)",
        )
    if kind == "maxItems":
        return "has too many items", f"list at most {value} item(s)"
    if kind == "pattern":
        return "does not have the expected form", f"match the pattern {value}"
    if kind == "format":
        return f"is not a valid {value}", f"write a {value}"
    if kind == "uniqueItems":
        return "has repeated items", "list each item once"
    if kind in ("minProperties", "maxProperties"):
        return "has the wrong number of fields", f"see the schema ({kind} {value})"
    if kind in ("oneOf", "anyOf"):
        hint = error.schema.get("description") or "see the schema"
        return (
            "matches none (or more than one) of the allowed shapes",
            f"give exactly one of the alternatives: {hint}",
        )
    return f"breaks the schema rule `{kind}`", "see the schema (`deploy --print-schema`)"


def validate(document: Any, schema: dict[str, Any], file: str) -> None:
    """Raise `ConfigError` listing every violation of `schema`, shallowest first."""
    validator = Draft202012Validator(schema)
    errors = sorted(
        validator.iter_errors(document),
        key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))),
    )
    if not errors:
        return
    problems = []
    for error in errors:
        message, fix = _fix_for(error)
        problems.append(ConfigProblem(file, field_path(error.absolute_path), message, fix))
    raise ConfigError(problems)
