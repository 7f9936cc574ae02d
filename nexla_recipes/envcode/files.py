"""The desired-state directory: one YAML file per resource, variables and secret references.

Layout: `DIR/<kind>s/<name>.yaml` (credentials/, transforms/, sources/, nexsets/,
destinations/, flows/). Each file is validated against `schemas/resource_file.schema.json`
(model: `config_models.resource_file.ResourceFile`) after `${var:NAME}` references are
replaced from the environment's values file (`schemas/env_values.schema.json`).

A secret is never a value in a file: an entry whose key names a secret (as drift decides:
password, token, api_key, ...) holds `${env:NAME}`, read from the process environment only
when a request needs it. Plans, journals and reports carry the reference's name, never the
value.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from nexla_api.runtime.secret_fields import catalogued_fields, is_secret_key, looks_secret

from .._config import ConfigError, ConfigProblem, load_document, validate
from ..config_models.env_values import EnvironmentValues
from ..config_models.resource_file import ResourceFile
from .kinds import KINDS, ORDER

ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
VAR_REF = re.compile(r"\$\{var:([A-Za-z_][A-Za-z0-9_.-]*)\}")
SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class EnvRef:
    """`${env:NAME}`: a value (usually a secret) read from the environment when applied."""

    name: str

    def __str__(self) -> str:
        return f"${{env:{self.name}}}"


def schema(name: str) -> dict[str, Any]:
    text = resources.files("nexla_recipes").joinpath(f"schemas/{name}.schema.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


# -- secrets -------------------------------------------------------------------------------


#: What the connector catalogue marks secret in a document's config blocks, by block.
Marked = Mapping[str, frozenset[str]]


def catalogue_marks(doc: Any) -> Marked:
    """The config keys the connector catalogue marks secret for the document's connector type
    (`credentials` by `credentials_type`, `source_config` by `source_type`, `sink_config` by
    `sink_type`); nothing for a type the catalogue does not know."""
    if not isinstance(doc, Mapping):
        return {}
    out: dict[str, frozenset[str]] = {}
    for block in ("credentials", "source_config", "sink_config"):
        found = catalogued_fields(block, doc)
        if found is not None and found[0]:
            out[block] = found[0]
    return out


def is_secret_path(path: tuple[str | int, ...], marked: Marked | None = None) -> bool:
    """Whether the value at `path` of a resource document is a secret by its key.

    Top-level fields (names, types, references, tags) never are; inside a config object a
    key is secret when the connector catalogue marks it so for the resource's type (`marked`,
    see `catalogue_marks`) or when its name says so (password, token, api_key, ... in any
    spelling). Unlike drift, an ordinary-looking string under an unknown config key stays
    in the file: a file is for people to read and edit, so only what is a secret by mark,
    name or look becomes an `${env:...}` reference.
    """
    if len(path) < 2:
        return False
    block, key = path[0], path[1]
    if marked and isinstance(block, str) and key in marked.get(block, ()):
        return True
    keys = [p for p in path if isinstance(p, str)]
    return any(is_secret_key(k) for k in keys[1:])


def env_name(kind: str, name: str, path: tuple[str | int, ...]) -> str:
    """The variable an exported secret is read from, e.g. NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY."""
    parts = ["NEXLA", kind, name, *map(str, path)]
    return re.sub(r"[^A-Z0-9]+", "_", "_".join(parts).upper()).strip("_")


def value_at(value: Any, path: tuple[str | int, ...]) -> Any:
    """The value at `path` of a document, or None when there is none."""
    for part in path:
        if isinstance(value, Mapping) and isinstance(part, str):
            value = value.get(part)
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            return None
    return value


def walk_leaves(
    value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, Mapping):
        for key, sub in value.items():
            yield from walk_leaves(sub, (*path, str(key)))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from walk_leaves(sub, (*path, index))
    else:
        yield path, value


def is_secret_value(path: tuple[str | int, ...], value: Any, marked: Marked | None = None) -> bool:
    """A secret by where it is (`is_secret_path`) or by how it looks (a token, a URL with a
    password, a private key...: `looks_secret`)."""
    if len(path) < 2:
        return False
    return is_secret_path(path, marked) or (isinstance(value, str) and looks_secret(value))


def map_secrets(
    value: Any, fn: Any, path: tuple[str | int, ...] = (), marked: Marked | None = None
) -> Any:
    """`value` with `fn(path, secret)` in place of every secret entry (see `is_secret_value`).

    Called on a whole document (`path` empty), the catalogue's marks for its connector type
    are looked up once and apply below."""
    if not path and marked is None:
        marked = catalogue_marks(value)
    if len(path) >= 2 and isinstance(path[-1], str) and is_secret_path(path[:2], marked):
        return fn(path, value)
    if len(path) >= 2 and isinstance(path[-1], str) and is_secret_key(path[-1]):
        return fn(path, value)
    if isinstance(value, str) and is_secret_value(path, value, marked):
        return fn(path, value)
    if isinstance(value, Mapping):
        return {str(k): map_secrets(v, fn, (*path, str(k)), marked) for k, v in value.items()}
    if isinstance(value, list):
        return [map_secrets(v, fn, (*path, i), marked) for i, v in enumerate(value)]
    return value


# -- values files --------------------------------------------------------------------------


@dataclass(frozen=True)
class Values:
    """One environment's `${var:...}` values and credential name mapping."""

    vars: Mapping[str, Any] = field(default_factory=dict)
    credentials: Mapping[str, str] = field(default_factory=dict)
    path: str | None = None


def load_values(path: Path | None) -> Values:
    if path is None:
        return Values()
    raw = load_document(path)
    if raw is None:
        raw = {}
    validate(raw, schema("env_values"), str(path))
    model = EnvironmentValues.model_validate(raw)
    return Values(dict(model.vars or {}), dict(model.credentials or {}), str(path))


# -- loading -------------------------------------------------------------------------------


@dataclass
class Desired:
    """The directory's resources: (kind, name) -> document (fields besides kind and name)."""

    directory: str
    resources: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    files: dict[tuple[str, str], str] = field(default_factory=dict)
    #: Credentials the values file maps onto existing ones: not managed here.
    mapped_credentials: dict[str, str] = field(default_factory=dict)

    def env_refs(self) -> list[str]:
        names = {
            leaf.name
            for doc in self.resources.values()
            for _, leaf in walk_leaves(doc)
            if isinstance(leaf, EnvRef)
        }
        return sorted(names)

    def fingerprint(self) -> str:
        """A hash of the definition (env references by name, so no secret goes into it)."""
        canonical = json.dumps(
            {f"{k}/{n}": doc for (k, n), doc in sorted(self.resources.items())},
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(canonical.encode()).hexdigest()


def _substitute(
    value: Any, values: Values, file: str, problems: list[ConfigProblem], where: str
) -> Any:
    if isinstance(value, Mapping):
        return {
            str(k): _substitute(v, values, file, problems, f"{where}.{k}" if where else str(k))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [
            _substitute(v, values, file, problems, f"{where}[{i}]") for i, v in enumerate(value)
        ]
    if not isinstance(value, str):
        return value
    whole = VAR_REF.fullmatch(value)
    if whole:
        name = whole.group(1)
        if name not in values.vars:
            problems.append(_unknown_var(file, where, name, values))
            return value
        return values.vars[name]

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values.vars:
            problems.append(_unknown_var(file, where, name, values))
            return match.group(0)
        return str(values.vars[name])

    text = VAR_REF.sub(one, value)
    env = ENV_REF.fullmatch(text)
    if env:
        return EnvRef(env.group(1))
    if ENV_REF.search(text):
        problems.append(
            ConfigProblem(
                file,
                where,
                "an ${env:NAME} reference must be the whole value",
                "write the value as exactly ${env:NAME}",
            )
        )
    return text


def _unknown_var(file: str, where: str, name: str, values: Values) -> ConfigProblem:
    source = values.path or "no values file given"
    return ConfigProblem(
        file,
        where,
        f"${{var:{name}}} has no value ({source})",
        f"add `{name}` under vars: in --vars",
    )


def _plain(value: Any) -> Any:
    """The document with env references as their text, for schema validation."""
    if isinstance(value, EnvRef):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def canonical(kind: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The comparable form: only the kind's fields; absent, null and empty lists are alike."""
    fields = KINDS[kind].fields
    out: dict[str, Any] = {}
    for key in fields:
        value = doc.get(key)
        if value is None or (key in ("tags", "accessors") and not value):
            continue
        if key == "tags":
            value = sorted(value)
        out[key] = value
    return out


def resource_files(directory: Path) -> Iterator[Path]:
    for kind in ORDER:
        folder = directory / KINDS[kind].plural
        if folder.is_dir():
            yield from sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def load_directory(directory: Path, values: Values | None = None) -> Desired:
    """Every resource file under `directory`, variables resolved; `ConfigError` lists all problems."""
    values = values or Values()
    if not directory.is_dir():
        raise ConfigError(
            [
                ConfigProblem(
                    str(directory), "", "not a directory", "give the directory export wrote"
                )
            ]
        )
    desired = Desired(str(directory))
    problems: list[ConfigProblem] = []
    file_schema = schema("resource_file")
    for path in resource_files(directory):
        try:
            raw = load_document(path)
        except ConfigError as exc:
            problems += exc.problems
            continue
        before = len(problems)
        doc = _substitute(raw, values, str(path), problems, "")
        if len(problems) > before:
            continue
        branch = _branch(file_schema, doc)
        if branch is None:
            problems.append(
                ConfigProblem(
                    str(path),
                    "kind",
                    f"unknown kind {doc.get('kind') if isinstance(doc, dict) else None!r}",
                    f"use one of {', '.join(KINDS)}",
                )
            )
            continue
        try:
            validate(_plain(doc), branch, str(path))
            ResourceFile.model_validate(_plain(doc))
        except ConfigError as exc:
            problems += exc.problems
            continue
        except ValidationError as exc:  # the schema should have caught it
            problems.append(
                ConfigProblem(str(path), "", str(exc).splitlines()[0], "see the schema")
            )
            continue
        kind, name = str(doc["kind"]), str(doc["name"])
        folder = path.parent.name
        if folder != KINDS[kind].plural:
            problems.append(
                ConfigProblem(
                    str(path),
                    "kind",
                    f"a {kind} file in {folder}/",
                    f"move it to {KINDS[kind].plural}/",
                )
            )
            continue
        key = (kind, name)
        if key in desired.resources:
            problems.append(
                ConfigProblem(
                    str(path),
                    "name",
                    f"{kind} {name!r} is also defined in {desired.files[key]}",
                    "give each resource a unique name",
                )
            )
            continue
        desired.resources[key] = canonical(kind, doc)
        desired.files[key] = str(path)
    if problems:
        raise ConfigError(problems)
    map_credentials(desired, values)
    return desired


def _branch(file_schema: dict[str, Any], doc: Any) -> dict[str, Any] | None:
    """The part of the schema for the file's `kind` (so errors speak of that kind only)."""
    kind = doc.get("kind") if isinstance(doc, dict) else None
    for branch in file_schema["oneOf"]:
        if branch["properties"]["kind"].get("const") == kind:
            return {**branch, "$defs": file_schema["$defs"]}
    return None


def map_credentials(desired: Desired, values: Values) -> None:
    """Point references at the values file's credentials; the mapped ones are not managed."""
    for old, new in values.credentials.items():
        desired.mapped_credentials[old] = new
        desired.resources.pop(("credential", old), None)
        desired.files.pop(("credential", old), None)
    if not values.credentials:
        return
    for (kind, _), doc in desired.resources.items():
        for ref in KINDS[kind].refs:
            if KINDS[kind].refs[ref].kind == "credential" and doc.get(ref) in values.credentials:
                doc[ref] = values.credentials[doc[ref]]


# -- writing -------------------------------------------------------------------------------


def file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "resource"


def dump(kind: str, name: str, doc: Mapping[str, Any]) -> str:
    body: dict[str, Any] = {"kind": kind, "name": name}
    body.update({k: _plain(doc[k]) for k in KINDS[kind].fields if k in doc})
    text: str = yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)
    return text
