"""Connector types in the sandbox, decided by the binding's connector catalogue (the one home
of which credential, source and destination types exist and what their configs hold).

- A create naming a type the catalogue does not know is refused with 400, naming the field;
  templated API connectors (`vendor_id`, `auth_template_id`, `vendor_endpoint_id`) carry
  vendor types and are not checked.
- A documented config field with the wrong JSON type or a value outside its allowed values
  is refused with 422, every such field listed in `errors`. A field the catalogue says is
  required but that is missing is not refused here: `nexla-recipes` checks that before
  sending, and the sandbox keeps accepting the partial configs tests build.
- Every resource renders a `connector` object for its type with an id that is the same for
  that type in every run.
- Probe-tree replies take the shape of the credential's connection category (file stores
  list folders and files, databases databases/tables/columns, NoSQL stores collections).
"""

from __future__ import annotations

from typing import Any

from nexla_api.runtime.connectors import (
    FAMILIES,
    connector_info,
    connector_types,
    validate_connector,
)

from .errors import ApiError

#: Credential types outside the catalogue that Nexla's SDK documents (GenAI integrations).
EXTRA_TYPES: dict[str, tuple[str, ...]] = {
    "credentials": ("genai_googleai", "genai_openai"),
    "sources": (),
    "destinations": (),
}
_TEMPLATED = ("vendor_id", "auth_template_id", "vendor_endpoint_id")
_RESOURCE = {
    "credentials": "data_credentials",
    "sources": "data_sources",
    "destinations": "data_sinks",
}


def _all_types() -> list[str]:
    names = {t for family in FAMILIES for t in connector_types(family)}
    names |= {t for extra in EXTRA_TYPES.values() for t in extra}
    return sorted(names)


def connector_id(connector_type: str) -> int:
    """A stable id per connector type (its place among every known type, from 1); types
    outside the catalogue share one id after them."""
    known = _all_types()
    return known.index(connector_type) + 1 if connector_type in known else len(known) + 1


def connector(connector_type: str) -> dict[str, Any]:
    """The `connector` object Nexla renders on a credential, source or destination."""
    category = category_of(connector_type)
    return {
        "id": connector_id(connector_type),
        "type": connector_type,
        "connection_type": connector_type,
        "name": connector_type,
        "description": f"{connector_type} ({category} connector)",
        "nexset_api_compatible": category in ("file", "database", "nosql", "stream"),
    }


def category_of(connector_type: str) -> str:
    for family in FAMILIES:
        info = connector_info(family, connector_type)
        if info is not None:
            return str(info["category"])
    return "api"


def check_create(family: str, body: dict[str, Any]) -> None:
    """Refuse an unknown type (400) or a config that breaks its type's schema (422)."""
    if any(body.get(key) is not None for key in _TEMPLATED):
        return
    type_key, block = FAMILIES[family]
    connector_type = body.get(type_key)
    if not isinstance(connector_type, str):
        return  # the request validator already requires the type
    if connector_type in EXTRA_TYPES[family]:
        return
    if connector_info(family, connector_type) is None:
        raise ApiError(
            400,
            f"Invalid {type_key}: {connector_type!r} is not a known connector type",
            resource_type=_RESOURCE[family],
            errors=[{"field": type_key, "message": "is not a known connector type"}],
        )
    check_config(family, connector_type, body.get(block))


def check_config(family: str, connector_type: str, config: Any) -> None:
    """Refuse (422) documented config fields with a wrong type or a value not allowed."""
    if not isinstance(config, dict):
        return
    type_key, block = FAMILIES[family]
    found = validate_connector(family, {type_key: connector_type, block: config})
    bad = [p for p in found if p.message.startswith(("must be", "not an allowed value"))]
    if bad:
        fields = [p.path.removeprefix("/") for p in bad]
        raise ApiError(
            422,
            f"Invalid {block} for {connector_type}: {', '.join(fields)}",
            resource_type=_RESOURCE[family],
            errors=[{"field": f, "message": p.message} for f, p in zip(fields, bad, strict=True)],
        )


_NAMES = ("orders", "customers", "events")


def probe_tree(connector_type: str, root: str, depth: int, now_ms: int) -> dict[str, Any]:
    """The `object` of a probe-tree reply, shaped by the connector's category."""
    category = category_of(connector_type)
    if category == "database":
        columns = [
            {"type": "column", "name": "id", "primaryKey": True, "defaultValue": None},
            {"type": "column", "name": "name", "primaryKey": False, "defaultValue": None},
            {"type": "column", "name": "updated_at", "primaryKey": False, "defaultValue": None},
        ]
        database = root.strip("/") or "analytics"
        tables = {n: {"type": "table", "value": columns if depth > 1 else []} for n in _NAMES}
        return {database: {"type": "database", "value": tables}}
    if category == "nosql":
        database = root.strip("/") or "app"
        collections = {n: {"type": "collection", "value": {}} for n in _NAMES}
        return {database: {"type": "database", "value": collections}}
    return _folder(root, depth, now_ms) | {"meta": {"type": "meta", "value": {}}}


def _folder(prefix: str, depth: int, now_ms: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _NAMES:
        path = f"{prefix.rstrip('/')}/{name}"
        inner = _folder(path, depth - 1, now_ms) if depth > 1 else {}
        inner["part-0001.json"] = {
            "type": "file",
            "display_name": "part-0001.json",
            "created_at": now_ms,
            "updated_at": now_ms,
            "size": 2048,
        }
        out[name] = {"type": "folder", "display_name": name, "value": inner}
    return out
