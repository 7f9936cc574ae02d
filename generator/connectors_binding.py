"""Generate `nexla_api/connectors/` from the connector catalogue in the bundled spec.

openapi-python-client would turn the catalogue's ~300 schemas into eagerly imported attrs
classes and ignore the discriminators; here each config block becomes one dataclass with
Python field names and a wire-name table (`ConnectorConfig` in `nexla_api.runtime.connectors`
does the mapping), and the package's `__init__` loads a family's module only when one of its
names is used.
"""

from __future__ import annotations

import keyword
import re
import subprocess
from pathlib import Path
from typing import Any

from .connectors import FAMILY_NAMING

_KEEP = ("type", "enum", "required", "default", "x-nexla-secret", "x-nexla-conditionally-required")
_FAMILY_DOC = {
    "credentials": "credential (`credentials` block, chosen by `credentials_type`)",
    "sources": "source (`source_config` block, chosen by `source_type`)",
    "destinations": "destination (`sink_config` block, chosen by `sink_type`)",
}


class BindingError(Exception):
    """The catalogue cannot be turned into models (for example two keys map to one name)."""


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _merge(into: dict[str, Any], schema: dict[str, Any]) -> None:
    for key in _KEEP:
        if key == "required":
            if schema.get("required"):
                into["required"] = sorted(set(into.get("required", [])) | set(schema["required"]))
        elif key in schema:
            into[key] = schema[key]
    if "anyOf" in schema:
        into["anyOf"] = [_flat(s) for s in schema["anyOf"]]
    if "items" in schema:
        into["items"] = _flat(schema["items"])
    if isinstance(schema.get("additionalProperties"), dict):
        into["additionalProperties"] = _flat(schema["additionalProperties"])
    for name, prop in (schema.get("properties") or {}).items():
        target = into.setdefault("properties", {}).setdefault(name, {})
        _merge(target, prop)


def _flat(schema: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _merge(out, schema)
    return out


def flatten(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    """One config schema with its `allOf` bases merged in (base first, then the type's own)."""
    out: dict[str, Any] = {"type": "object"}
    schema = schemas[name]
    for part in schema.get("allOf", []):
        if "$ref" in part:
            _merge(out, flatten(schemas, _ref_name(part["$ref"])))
        else:
            _merge(out, part)
    own = {k: v for k, v in schema.items() if k != "allOf"}
    _merge(out, own)
    out["type"] = "object"
    return out


def python_name(wire: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", wire)
    name = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower()
    name = re.sub(r"_+", "_", name)
    if not name or name[0].isdigit():
        name = "field_" + name
    if keyword.iskeyword(name) or name in ("extra", "to_dict", "from_dict"):
        name += "_"
    return name


def _annotation(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        parts: list[str] = []
        for sub in schema["anyOf"]:
            for part in _annotation(sub).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    nullable = "null" in kinds
    kinds = [k for k in kinds if k != "null"]
    if not kinds:
        text = "Any"
    elif kinds[0] == "string" and schema.get("enum"):
        text = "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    else:
        text = {
            "string": "str",
            "number": "int | float",
            "integer": "int",
            "boolean": "bool",
            "object": "dict[str, Any]",
            "array": "list[Any]",
        }[kinds[0]]
    return text + (" | None" if nullable else "")


def _doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''")


def _model(
    class_name: str, family: str, connector_type: str, category: str, flat: dict[str, Any]
) -> str:
    props: dict[str, Any] = flat.get("properties", {})
    required = set(flat.get("required", []))
    names: dict[str, str] = {}
    for wire in props:
        py = python_name(wire)
        if py in names.values():
            clash = next(w for w, p in names.items() if p == py)
            raise BindingError(f"{class_name}: {wire!r} and {clash!r} both map to {py!r}")
        names[wire] = py
    order = sorted(props, key=lambda w: (w not in required, names[w]))
    secrets = sorted(names[w] for w in props if props[w].get("x-nexla-secret"))
    lines = [
        "",
        "",
        "@dataclass(repr=False, kw_only=True)",
        f"class {class_name}(ConnectorConfig):",
        f'    """Config of a `{connector_type}` {_FAMILY_DOC[family]}; a {category} connector.',
        "",
        "    Field names are Python spellings of Nexla's keys; `to_dict()` sends the exact wire",
        "    names (`WIRE_NAMES`). Keys not listed here go in `extra`.",
        '    """',
        "",
        f"    FAMILY: ClassVar[str] = {family!r}",
        f"    CONNECTOR_TYPE: ClassVar[str] = {connector_type!r}",
        "    WIRE_NAMES: ClassVar[Mapping[str, str]] = {",
        *[f"        {names[w]!r}: {w!r}," for w in order],
        "    }",
        f"    SECRETS: ClassVar[frozenset[str]] = frozenset({{{', '.join(repr(s) for s in secrets)}}})",
        "",
    ]
    for wire in order:
        prop = props[wire]
        annotation = _annotation(prop)
        if wire in required:
            lines.append(f"    {names[wire]}: {annotation}")
        else:
            lines.append(f"    {names[wire]}: {annotation} | None = None")
        notes = [f"Wire name `{wire}`."]
        if prop.get("x-nexla-secret"):
            notes.append("Secret.")
        if prop.get("x-nexla-conditionally-required"):
            notes.append("Required with some settings.")
        if "default" in prop:
            notes.append(f"Nexla's default: `{prop['default']!r}`.")
        lines.append(f'    """{_doc(" ".join(notes))}"""')
    return "\n".join(lines) + "\n"


_MODULE_HEAD = '''"""Typed {what} configs, one class per connector type. Generated from the spec; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ..runtime.connectors import ConnectorConfig

__all__ = [
{names}
]
'''

_INIT = '''"""The connector catalogue as typed models: every credential, source and destination type.

Generated from the spec's catalogue; do not edit. Names load lazily: importing this package
costs nothing until a model, `CATALOGUE` or a helper is used.

    from nexla_api.connectors import S3Credentials
    S3Credentials(s3_auth_type="Access Key", access_key="...", secret_key="...").to_dict()

Helpers (`secret_fields`, `validate_config`, `parse_config`, ...) come from
`nexla_api.runtime.connectors`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..runtime.connectors import (
    ConfigProblem,
    ConnectorConfig,
    ConnectorConfigError,
    all_secret_fields,
    config_class,
    connector_info,
    connector_types,
    parse_config,
    secret_fields,
    to_wire,
    validate_config,
    validate_connector,
)

if TYPE_CHECKING:
{type_imports}

_MODULE_OF: dict[str, str] = {{
{module_of}
}}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


__all__ = [
    "ConfigProblem",
    "ConnectorConfig",
    "ConnectorConfigError",
    "all_secret_fields",
    "config_class",
    "connector_info",
    "connector_types",
    "parse_config",
    "secret_fields",
    "to_wire",
    "validate_config",
    "validate_connector",
{all_names}
]
'''


def render(schemas: dict[str, Any]) -> dict[str, str]:
    """File name -> text for the package, from the catalogue's schemas."""
    catalogue: dict[str, dict[str, Any]] = {}
    modules: dict[str, list[str]] = {}
    classes: dict[str, list[str]] = {}
    for name in sorted(schemas):
        schema = schemas[name]
        family = schema.get("x-nexla-connector-family")
        if not schema.get("x-nexla-catalogue") or not family:
            continue
        connector_type = schema["x-nexla-connector-type"]
        category = schema["x-nexla-connector-category"]
        flat = flatten(schemas, name)
        catalogue.setdefault(family, {})[connector_type] = {
            "model": name,
            "category": category,
            "schema": flat,
        }
        modules.setdefault(family, []).append(_model(name, family, connector_type, category, flat))
        classes.setdefault(family, []).append(name)
    files: dict[str, str] = {}
    for family in FAMILY_NAMING:
        names = "\n".join(f"    {n!r}," for n in classes[family])
        head = _MODULE_HEAD.format(what=family[:-1], names=names)
        files[f"{family}.py"] = head + "".join(modules[family])
    ordered = {f: dict(sorted(catalogue[f].items())) for f in FAMILY_NAMING}
    files["_catalogue.py"] = (
        '"""The connector catalogue as data (schemas flattened, wire names as keys). Generated;\n'
        'do not edit."""\n\n'
        "from typing import Any\n\n"
        f"CATALOGUE: dict[str, dict[str, dict[str, Any]]] = {ordered!r}\n"
    )
    by_type = {
        f: {
            t: sorted(
                n for n, p in e["schema"].get("properties", {}).items() if p.get("x-nexla-secret")
            )
            for t, e in ordered[f].items()
        }
        for f in FAMILY_NAMING
    }
    union = sorted({n for types in by_type.values() for names in types.values() for n in names})
    files["_secrets.py"] = (
        '"""Which connector config fields are secret, by family and type (a small table the\n'
        'runtime\'s redaction reads without loading the whole catalogue). Generated; do not edit."""\n\n'
        f"SECRETS_BY_TYPE: dict[str, dict[str, tuple[str, ...]]] = "
        f"{ {f: {t: tuple(n) for t, n in v.items()} for f, v in by_type.items()}!r}\n\n"
        f"#: Every wire name marked secret in any connector type.\n"
        f"SECRET_FIELDS: frozenset[str] = frozenset({tuple(union)!r})\n"
    )
    all_classes = [(f, n) for f in FAMILY_NAMING for n in classes[f]]
    files["__init__.py"] = _INIT.format(
        type_imports="\n".join(f"    from .{f} import {n} as {n}" for f, n in all_classes),
        module_of="\n".join(f"    {n!r}: {f!r}," for f, n in all_classes),
        all_names="\n".join(f"    {n!r}," for _, n in sorted(all_classes, key=lambda x: x[1])),
    )
    return files


def write(schemas: dict[str, Any], package_dir: Path, ruff: str) -> None:
    """Write the package into `package_dir/connectors` and format it with ruff."""
    target = package_dir / "connectors"
    target.mkdir(parents=True, exist_ok=True)
    for name, text in render(schemas).items():
        (target / name).write_text(text, encoding="utf-8")
    for args in (
        [
            ruff,
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--select=F401,I001",
            "--target-version=py311",
            "--quiet",
            str(target),
        ],
        [
            ruff,
            "format",
            "--isolated",
            "--no-cache",
            "--target-version=py311",
            "--quiet",
            str(target),
        ],
    ):
        subprocess.run(args, check=True, capture_output=True)
