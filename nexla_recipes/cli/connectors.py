"""`connectors`: the connector catalogue offline — every credential, source and destination type,
and one type's fields (wire name, Python name, type, required, allowed values, secret)."""

from __future__ import annotations

import argparse
import difflib
from typing import Any

from nexla_api.runtime.connectors import (
    FAMILIES,
    config_class,
    connector_info,
    connector_types,
    secret_fields,
)

from .common import CliError, Outcome, add_command

_REQUIRED_WORDS = {True: "yes", False: "no", "conditional": "depends"}


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers,
        "connectors",
        handle,
        help="list connector types, or one type's config fields",
        description=(
            "Without TYPE: every connector type of each family (credentials by "
            "credentials_type, sources by source_type, destinations by sink_type). With TYPE: "
            "the fields of its config block (credentials, source_config, sink_config) with "
            "Nexla's wire names, the Python names of nexla_api.connectors, types, whether "
            "required, allowed values and which are secret. Needs no API access."
        ),
    )
    p.add_argument("connector_type", nargs="?", metavar="TYPE", help="e.g. s3, postgres")
    p.add_argument("--family", choices=sorted(FAMILIES), help="only this family")


def _field_rows(family: str, connector_type: str) -> list[dict[str, Any]]:
    info = connector_info(family, connector_type)
    cls = config_class(family, connector_type)
    assert info is not None and cls is not None
    python_names = {wire: py for py, wire in cls.WIRE_NAMES.items()}
    schema = info["schema"]
    required = set(schema.get("required", []))
    secrets = secret_fields(family, connector_type)
    rows = []
    for name, prop in schema.get("properties", {}).items():
        kind = prop.get("type")
        if "anyOf" in prop:
            kind = " | ".join(str(p.get("type", "any")) for p in prop["anyOf"])
        need: bool | str = name in required
        if not need and prop.get("x-nexla-conditionally-required"):
            need = "conditional"
        row: dict[str, Any] = {
            "name": name,
            "python_name": python_names[name],
            "type": kind if isinstance(kind, str) else "any",
            "required": need,
            "secret": name in secrets,
        }
        if "enum" in prop:
            row["allowed"] = prop["enum"]
        if "default" in prop:
            row["default"] = prop["default"]
        if "properties" in prop:
            row["fields"] = sorted(prop["properties"])
        rows.append(row)
    order = {True: 0, "conditional": 1, False: 2}
    return sorted(rows, key=lambda r: (order[r["required"]], r["name"]))


def describe(family: str, connector_type: str) -> dict[str, Any]:
    info = connector_info(family, connector_type)
    assert info is not None
    type_key, block = FAMILIES[family]
    return {
        "family": family,
        "type": connector_type,
        type_key: connector_type,
        "block": block,
        "category": info["category"],
        "model": f"nexla_api.connectors.{info['model']}",
        "fields": _field_rows(family, connector_type),
    }


def _text(doc: dict[str, Any]) -> str:
    type_key = FAMILIES[doc["family"]][0]
    lines = [
        f"{doc['type']} {doc['family']}: `{doc['block']}` block when {type_key} is "
        f"{doc['type']} ({doc['category']} connector; model {doc['model']})"
    ]
    rows = doc["fields"]
    width = max([len(r["name"]) for r in rows] + [5])
    lines.append(f"  {'field':<{width}}  {'type':<16}  {'required':<8}  notes")
    for r in rows:
        notes = []
        if r["secret"]:
            notes.append("secret")
        if "allowed" in r:
            notes.append("allowed: " + ", ".join(repr(v) for v in r["allowed"]))
        if "default" in r:
            notes.append(f"default {r['default']!r}")
        if "fields" in r:
            notes.append("object with " + ", ".join(r["fields"]))
        if r["python_name"] != r["name"]:
            notes.append(f"python: {r['python_name']}")
        required = _REQUIRED_WORDS[r["required"]]
        lines.append(
            f"  {r['name']:<{width}}  {r['type']:<16}  {required:<8}  {'; '.join(notes)}".rstrip()
        )
    lines.append("  (keys not listed are sent as given)")
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> Outcome:
    families = [args.family] if args.family else list(FAMILIES)
    if args.connector_type is None:
        listing = {f: connector_types(f) for f in families}
        text = "\n".join(
            f"{f} ({FAMILIES[f][0]}, {len(types)} types): {', '.join(types)}"
            for f, types in listing.items()
        )
        return Outcome(text=text, document=listing)
    found = [f for f in families if connector_info(f, args.connector_type) is not None]
    if not found:
        known = sorted({t for f in families for t in connector_types(f)})
        close = difflib.get_close_matches(args.connector_type, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; run `connectors` for the list"
        where = args.family or "any family"
        raise CliError(f"no connector type {args.connector_type!r} in {where}{hint}")
    docs = [describe(f, args.connector_type) for f in found]
    return Outcome(text="\n\n".join(_text(d) for d in docs), document=docs)
