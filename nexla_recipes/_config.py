"""Loading YAML/JSON input files and turning schema violations into one-line, fixable errors.

Every problem names the file, the field path (dotted, with [i] for list items) and what to
change, so the CLI can print it without a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with an input file."""

    file: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message} (fix: {self.fix})"


class ConfigError(Exception):
    """An input file is unreadable or invalid; `problems` lists every finding."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def field_path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_document(path: Path) -> Any:
    """Parse `path` as JSON (.json) or YAML (anything else; YAML is a JSON superset)."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigProblem(name, "", "file not found", "check the path")]) from None
    except OSError as exc:
        raise ConfigError(
            [
                ConfigProblem(
                    name, "", f"cannot read: {exc.strerror}", "check the path and permissions"
                )
            ]
        ) from None
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        problem = ConfigProblem(
            name,
            f"line {exc.lineno} column {exc.colno}",
            f"invalid JSON: {exc.msg}",
            "fix the JSON syntax",
        )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or "not valid YAML"
        problem = ConfigProblem(name, where, f"invalid YAML: {reason}", "fix the YAML syntax")
    raise ConfigError([problem])


def _fix_for(error: SchemaError) -> tuple[str, str]:
    """(message, fix) for one schema violation, in words a config author can act on."""
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return f"required field `{missing}` is missing", f"add `{missing}`"
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = (
            sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        )
        return (
            f"unknown field(s) {', '.join(f'`{e}`' for e in extra)}",
            f"remove or rename them; allowed fields are {', '.join(allowed)}",
        )
    if kind == "type":
        return (
            f"must be of type {value}, got {type(error.instance).__name__} {error.instance!r}",
            f"write a {value}",
        )
    if kind == "enum":
        return f"{error.instance!r} is not allowed", f"use one of {', '.join(map(repr, value))}"
    if kind in ("minimum", "exclusiveMinimum"):
        return (
            f"{error.instance!r} is too small",
            f"use a value {'>=' if kind == 'minimum' else '>'} {value}",
        )
    if kind == "minLength":
        return "must not be empty", "write a non-empty string"
    if kind == "minItems":
        return "must not be empty", f"list at least {value} item(s)"
    if kind == "oneOf":
        hint = error.schema.get("description") or "see the schema"
        return (
            "matches none (or more than one) of the allowed shapes",
            f"give exactly one of the alternatives: {hint}",
        )
    return error.message, "see the schema (`deploy --print-schema`)"


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
