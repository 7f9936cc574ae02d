"""The connector catalogue: every credential, source and destination type Nexla documents.

`generator/data/connectors.json` holds the facts extracted from the official reference
(`python -m generator connectors-extract`). This module turns them, deterministically, into

* `spec/components/connectors.yaml`: one schema per connector config block
  (`<Type>Credentials`, `<Type>SourceConfig`, `<Type>SinkConfig`) with the shared bases as
  `allOf`, one envelope per type and one discriminated union per family
  (`CredentialConnector` by `credentials_type`, `SourceConnector` by `source_type`,
  `DestinationConnector` by `sink_type`). Secret fields are `writeOnly` and
  `x-nexla-secret: true`; every config object accepts keys the catalogue does not list.
* the binding's `nexla_api/connectors/` package (see `connectors_binding.py`), which reads
  the catalogue back from the bundled spec, so the spec stays the one source of truth.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from .connectors_extract import FACTS_FILE
from .paths import SPEC_DIR

CATALOGUE_FILE = SPEC_DIR / "components" / "connectors.yaml"

#: family -> (config schema suffix, envelope suffix, union name, wording)
FAMILY_NAMING: dict[str, tuple[str, str, str, str]] = {
    "credentials": ("Credentials", "CredentialConnector", "CredentialConnector", "credential"),
    "sources": ("SourceConfig", "SourceConnector", "SourceConnector", "source"),
    "destinations": ("SinkConfig", "DestinationConnector", "DestinationConnector", "destination"),
}
#: Shared bases whose reference names say little on their own.
_BASE_NAMES = {"WithCDCSupport": "DatabaseCdc", "WithoutCDCSupport": "Database"}
_BASE_CATEGORY = {
    "database": "database",
    "file": "file",
    "nosql": "nosql",
    "stream": "stream",
    "vector_db": "vector",
}

#: Which fields hold secrets: matched against the wire name, lower-cased, with `_` and `-`
#: read as `.`. Identifiers that merely sit next to a secret (client ids, user names,
#: key ids of public keys, token URLs and token types) are not secrets.
_SECRET_PATTERNS = re.compile(
    r"(password|passphrase|secret|secret\.key|private\.?key|privatekey|\.p12|jaas\.config"
    r"|(^|\.)token|connection\.string|account\.key|json\.creds|credentials\.json"
    r"|(^|\.)api\.key|auth\.value|oracle\.wallet|(^|\.)access\.key(\.id)?)$"
)


def is_secret_name(wire_name: str) -> bool:
    normal = re.sub(r"[_\-]", ".", wire_name.lower())
    return bool(_SECRET_PATTERNS.search(normal))


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-. ]+", name) if part)


def load_facts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    return data


def _base_stem(base: str, family_key: str) -> str:
    for suffix in ("_data_credential", "_data_source", "_data_sink"):
        if base.endswith(suffix):
            return base.removesuffix(suffix)
    return base


def base_schema_name(base: str, family: str) -> str:
    stem = _base_stem(base, family)
    return _BASE_NAMES.get(stem, pascal(stem)) + FAMILY_NAMING[family][0] + "Base"


def config_schema_name(connector_type: str, family: str) -> str:
    return pascal(connector_type) + FAMILY_NAMING[family][0]


def envelope_schema_name(connector_type: str, family: str) -> str:
    return pascal(connector_type) + FAMILY_NAMING[family][1]


def _category(connector_type: str, bases: list[str], facts: dict[str, Any]) -> str:
    categories: dict[str, str] = facts["categories"]
    if connector_type in categories:
        return categories[connector_type]
    for base in bases:
        stem = _base_stem(base, "")
        if stem in _BASE_CATEGORY:
            return _BASE_CATEGORY[stem]
    return "api"


def _field(wire_name: str, fact: dict[str, Any], *, top: bool) -> dict[str, Any]:
    """A spec property from a fact fragment (recursively), with our marks and wording."""
    out: dict[str, Any] = {}
    if "anyOf" in fact:
        out["anyOf"] = [_field(wire_name, f, top=False) for f in fact["anyOf"]]
    kind = fact.get("type")
    if kind:
        out["type"] = [kind, "null"] if fact.get("nullable") else kind
    if "enum" in fact:
        out["enum"] = list(fact["enum"])
    if "default" in fact:
        out["default"] = fact["default"]
    if fact.get("format") in ("email", "date-time"):
        out["format"] = fact["format"]
    if "properties" in fact:
        out["properties"] = {
            name: _field(name, sub, top=False) for name, sub in sorted(fact["properties"].items())
        }
        if fact.get("required"):
            out["required"] = sorted(fact["required"])
        out["additionalProperties"] = True
    if "items" in fact:
        out["items"] = _field(wire_name, fact["items"], top=False)
    if isinstance(fact.get("additionalProperties"), dict):
        out["additionalProperties"] = _field(wire_name, fact["additionalProperties"], top=False)
    notes = []
    if fact.get("format") == "epoch":
        notes.append("Milliseconds since the Unix epoch.")
    if fact.get("x-conditional"):
        out["x-nexla-conditionally-required"] = True
        notes.append(
            "Needed only with some settings of this connector (for example one auth mode)."
        )
    if top and is_secret_name(wire_name) and kind in ("string", "object", None):
        out["writeOnly"] = True
        out["x-nexla-secret"] = True
        notes.append("Secret: sent to Nexla, never returned, never logged by nexla-api.")
    if notes:
        out["description"] = " ".join(notes)
    return out


def _config_object(fact: dict[str, Any], config_key: str) -> dict[str, Any] | None:
    block = fact.get("properties", {}).get(config_key)
    if not block or not block.get("properties"):
        return None
    return {
        "type": "object",
        "properties": {
            name: _field(name, sub, top=True) for name, sub in sorted(block["properties"].items())
        },
        **({"required": sorted(block["required"])} if block.get("required") else {}),
        "additionalProperties": True,
    }


def _envelope_extras(fact: dict[str, Any], config_key: str) -> tuple[dict[str, Any], list[str]]:
    props = {
        name: _field(name, sub, top=False)
        for name, sub in sorted(fact.get("properties", {}).items())
        if name != config_key
    }
    required = sorted(r for r in fact.get("required", []) if r != config_key)
    return props, required


def build_catalogue(facts: dict[str, Any]) -> dict[str, Any]:
    """The `components` document of `spec/components/connectors.yaml`."""
    schemas: dict[str, Any] = {}
    for family, info in facts["families"].items():
        config_suffix, _, union_name, word = FAMILY_NAMING[family]
        key, prop = info["config_key"], info["discriminator"]
        used_bases: set[str] = set()
        mapping: dict[str, str] = {}
        for connector_type, entry in sorted(info["types"].items()):
            bases = entry["bases"]
            used_bases.update(bases)
            config_name = config_schema_name(connector_type, family)
            own = _config_object(entry["object"], key)
            parts: list[dict[str, Any]] = [
                {"$ref": f"#/components/schemas/{base_schema_name(b, family)}"}
                for b in bases
                if _config_object(facts["bases"][b], key) is not None
            ]
            if own is not None:
                parts.append(own)
            config: dict[str, Any] = {
                "description": (
                    f"The `{key}` block of a `{connector_type}` {word} "
                    f"(`{prop}: {connector_type}`). Keys are Nexla's wire names, dots included; "
                    "keys not listed here are sent as given."
                ),
                "type": "object",
                "x-nexla-connector-type": connector_type,
                "x-nexla-connector-family": family,
                "x-nexla-connector-category": _category(connector_type, bases, facts),
            }
            if parts:
                config["allOf"] = parts
            config["additionalProperties"] = True
            schemas[config_name] = config
            extras: dict[str, Any] = {}
            extra_required: list[str] = []
            for base in bases:
                more, req = _envelope_extras(facts["bases"][base], key)
                extras.update(more)
                extra_required += req
            more, req = _envelope_extras(entry["object"], key)
            extras.update(more)
            extra_required += req
            envelope_name = envelope_schema_name(connector_type, family)
            envelope: dict[str, Any] = {
                "description": f"A `{connector_type}` {word} as created or updated.",
                "allOf": [
                    {"$ref": f"#/components/schemas/{union_name}Base"},
                    {
                        "type": "object",
                        "required": sorted({prop, *extra_required}),
                        "properties": {
                            prop: {"const": connector_type},
                            key: {"$ref": f"#/components/schemas/{config_name}"},
                            **extras,
                        },
                    },
                ],
            }
            schemas[envelope_name] = envelope
            mapping[connector_type] = f"#/components/schemas/{envelope_name}"
        for base in sorted(used_bases):
            obj = _config_object(facts["bases"][base], key)
            if obj is not None:
                schemas[base_schema_name(base, family)] = {
                    "description": f"Settings shared by several {word} connector types.",
                    **obj,
                }
        base_props, _ = _envelope_extras(info["envelope"], key)
        schemas[f"{union_name}Base"] = {
            "description": f"Fields every {word} connector type shares.",
            "type": "object",
            "properties": {name: value for name, value in base_props.items() if name != prop}
            | {prop: {"type": "string"}},
            "additionalProperties": True,
        }
        schemas[union_name] = {
            "description": (
                f"Any {word} connector, told apart by `{prop}` ({len(mapping)} types). "
                f"A type not listed here is still accepted by nexla-api and sent as given."
            ),
            "oneOf": [{"$ref": ref} for ref in mapping.values()],
            "discriminator": {"propertyName": prop, "mapping": mapping},
        }
    schemas = {name: schemas[name] for name in sorted(schemas)}
    for schema in schemas.values():
        schema["x-nexla-catalogue"] = True
    return {"components": {"schemas": schemas}}


HEADER = (
    "# The connector catalogue. Generated by `python -m generator generate` from\n"
    "# generator/data/connectors.json (facts from Nexla's official reference); edit the\n"
    "# generator or re-extract the facts rather than this file.\n"
)


def render_catalogue(facts: dict[str, Any] | None = None) -> str:
    doc = build_catalogue(facts if facts is not None else load_facts())
    return HEADER + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def catalogue_problems(write: bool) -> list[str]:
    """Write (or compare) `spec/components/connectors.yaml` against the facts."""
    text = render_catalogue()
    if write:
        CATALOGUE_FILE.parent.mkdir(parents=True, exist_ok=True)
        if not CATALOGUE_FILE.exists() or CATALOGUE_FILE.read_text(encoding="utf-8") != text:
            CATALOGUE_FILE.write_text(text, encoding="utf-8")
        return []
    if not CATALOGUE_FILE.exists() or CATALOGUE_FILE.read_text(encoding="utf-8") != text:
        return ["stale:   spec/components/connectors.yaml (regenerate from the connector facts)"]
    return []
