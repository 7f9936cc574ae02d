"""Extract the connector catalogue's facts from a Markdown catalogue of Nexla's official reference.

Run once per reference update:

    python -m generator connectors-extract PATH/TO/schemas.md

It reads the "Discriminated bases" table (which connector type value selects which schema)
and every schema those bases list, and writes `generator/data/connectors.json`: for each
family (credentials, sources, destinations) the types, their shared bases and the fields
of their config block as JSON Schema fragments. Only facts are kept (names, types, enums,
defaults, required-ness); `generator.connectors` turns them into the spec's catalogue.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .paths import GENERATOR_DIR

FACTS_FILE = GENERATOR_DIR / "data" / "connectors.json"

#: family -> (discriminated base schema, discriminator property, config block key)
FAMILIES: dict[str, tuple[str, str, str]] = {
    "credentials": ("data_credential", "credentials_type", "credentials"),
    "sources": ("data_source", "source_type", "source_config"),
    "destinations": ("data_sink", "sink_type", "sink_config"),
}
#: Probe-tree replies are discriminated by connection type too.
PROBE_TREE_BASE = "probe_tree_common"
CATEGORY_ENUMS = {
    "ConnectorTypeFile": "file",
    "ConnectorTypeDatabase": "database",
    "ConnectorTypeNoSql": "nosql",
    "ConnectorTypeKafka": "stream",
    "ConnectorTypeVectorDB": "vector",
}

_LINK = re.compile(r"\[([A-Za-z0-9_]+)\]\(#[^)]*\)")
_TICKED = re.compile(r"`([^`]*)`")


class ExtractError(Exception):
    """The Markdown does not have the shape this extractor reads."""


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("### "):
            current = sections.setdefault(line[4:].strip(), [])
            continue
        if line.startswith("## "):
            current = None
            continue
        if current is not None:
            current.append(line)
    return sections


def _cells(row: str) -> list[str]:
    """Split a table row on unescaped pipes."""
    parts = re.split(r"(?<!\\)\|", row.strip())
    return [p.strip().replace("\\|", "|") for p in parts[1:-1]]


def _split_top(text: str) -> list[str]:
    """Split on commas that are not nested in <> or ()."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
    out.append(text[start:].strip())
    return [p for p in out if p]


def parse_type(text: str) -> dict[str, Any]:
    """A JSON Schema fragment for the catalogue's type notation."""
    t = text.strip()
    if t.startswith("array<") and t.endswith(">"):
        inner = t[6:-1]
        return (
            {"type": "array", "items": parse_type(inner)} if inner != "any" else {"type": "array"}
        )
    if t.startswith("map<") and t.endswith(">"):
        _key, value = _split_top(t[4:-1])
        return {"type": "object", "additionalProperties": parse_type(value)}
    if t.startswith("anyOf(") and t.endswith(")"):
        return {"anyOf": [parse_type(p) for p in _split_top(t[6:-1])]}
    if t.startswith("enum(") and t.endswith(")"):
        return {"type": "string", "enum": t[5:-1].split("|")}
    if t.startswith("object"):
        return {"type": "object"}
    if t in ("string", "boolean", "integer", "null"):
        return {"type": t}
    if t == "number":
        return {"type": "number"}
    if t in ("any", "any (untyped)"):
        return {}
    raise ExtractError(f"unknown type notation {text!r}")


def _typed(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return value == "true"
    if kind in ("number", "integer"):
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


def _constraints(cell: str, schema: dict[str, Any]) -> None:
    for part in cell.split(";"):
        part = part.strip()
        if part.startswith("enum:"):
            schema["enum"] = [_typed(v, schema) for v in _TICKED.findall(part)]
        elif part.startswith("default:"):
            values = _TICKED.findall(part)
            if values:
                schema["default"] = _typed(values[0], schema)
        elif part.startswith("format:"):
            fmt = part.removeprefix("format:").strip()
            if fmt in ("boolean", "epoch", "email", "date-time", "strings"):
                schema["format"] = fmt


def _rows(lines: list[str]) -> list[list[str]]:
    return [_cells(line) for line in lines if line.startswith("| `")]


def _object_from_rows(rows: list[list[str]]) -> dict[str, Any]:
    """Build a nested object schema from `a/b[]/c` rows."""
    root: dict[str, Any] = {"type": "object", "properties": {}}
    for cells in rows:
        path, type_text, req, nullable, constraints, notes = cells[:6]
        path = path.strip("`")
        schema = parse_type(type_text)
        _constraints(constraints, schema)
        if nullable == "yes":
            schema["nullable"] = True
        if "conditionally required" in notes:
            schema["x-conditional"] = True
        parent = root
        parts = path.split("/")
        for part in parts[:-1]:
            array = part.endswith("[]")
            name = part.removesuffix("[]")
            node = parent["properties"].setdefault(name, {"type": "object", "properties": {}})
            if array:
                node = node.setdefault("items", {"type": "object", "properties": {}})
            node.setdefault("properties", {})
            parent = node
        leaf = parts[-1]
        existing = parent["properties"].get(leaf)
        if existing and "properties" in existing and schema.get("type") == "object":
            schema["properties"] = existing["properties"]
            if existing.get("required"):
                schema["required"] = existing["required"]
        parent["properties"][leaf] = schema
        if req == "req":
            required = parent.setdefault("required", [])
            if leaf not in required:
                required.append(leaf)
    return root


def _schema_facts(name: str, lines: list[str]) -> dict[str, Any]:
    shape = next((line for line in lines if line.startswith("Shape:")), "")
    links = _LINK.findall(shape)
    return {"refs": links, "object": _object_from_rows(_rows(lines))}


def _mapping(line: str) -> dict[str, str]:
    cells = _cells(line)
    pairs = re.findall(r"`([^`]+)`->`([^`]+)`", cells[3])
    return dict(pairs)


def extract(markdown: str) -> dict[str, Any]:
    sections = _sections(markdown)
    heading = next((k for k in sections if k.startswith("Discriminated bases")), None)
    if heading is None:
        raise ExtractError("no 'Discriminated bases' section")
    mappings: dict[str, dict[str, str]] = {}
    for line in sections[heading]:
        if line.startswith("| `"):
            base = _cells(line)[0].strip("`")
            mappings[base] = _mapping(line)
    out: dict[str, Any] = {"families": {}, "bases": {}, "categories": {}}
    base_names: set[str] = set()
    for family, (base, prop, key) in FAMILIES.items():
        if base not in mappings:
            raise ExtractError(f"no discriminator mapping for {base}")
        types: dict[str, Any] = {}
        for value, child in sorted(mappings[base].items()):
            facts = _schema_facts(child, sections[child])
            refs = [r for r in facts["refs"] if r != base]
            bases = [r for r in refs if r in sections and _is_base(sections[r])]
            if len(bases) != len(refs):
                raise ExtractError(f"{child}: refers to {refs}, not all of them plain bases")
            base_names.update(bases)
            types[value] = {"schema": child, "bases": bases, "object": facts["object"]}
        out["families"][family] = {
            "base": base,
            "discriminator": prop,
            "config_key": key,
            "envelope": _schema_facts(base, sections[base])["object"],
            "types": types,
        }
    for name in sorted(base_names):
        out["bases"][name] = _schema_facts(name, sections[name])["object"]
    for enum_name, category in CATEGORY_ENUMS.items():
        values = _TICKED.findall(next(x for x in sections[enum_name] if x.startswith("Shape:")))
        for value in values:
            out["categories"][value] = category
    probe = mappings.get(PROBE_TREE_BASE, {})
    out["probe_trees"] = {
        child: _schema_facts(child, sections[child])["object"]
        for child in sorted(set(probe.values()))
        if child in sections and child != "probe_tree_with_async"
    }
    return out


def _is_base(lines: list[str]) -> bool:
    shape = next((line for line in lines if line.startswith("Shape:")), "")
    return shape.strip() == "Shape: object"


def write(markdown_path: Path, out: Path = FACTS_FILE) -> dict[str, Any]:
    facts = extract(markdown_path.read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(facts, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return facts
