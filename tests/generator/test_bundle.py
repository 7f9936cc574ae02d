"""The published bundle says what the wire does: replies may carry null in any optional
property, path ids name nothing below 1 without a validation error, and the wire facts the
official reference settles are in it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec import bundle, is_untyped, reply_schemas, resolve, schema_types

DOC = bundle()


def _admits_null(schema: Any) -> bool:
    if not isinstance(schema, dict) or is_untyped(schema):
        return True
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return any(
                isinstance(v, dict) and (is_untyped(v) or "null" in schema_types(v))
                for v in schema[key]
            )
    if "$ref" in schema:
        return False
    if "enum" in schema:
        return None in schema["enum"]
    return "null" in schema_types(schema)


def _optional_non_null(schema: Any, where: str, out: list[str]) -> None:
    if not isinstance(schema, dict):
        return
    required = set(schema.get("required", []))
    for name, prop in (schema.get("properties") or {}).items():
        if name not in required and not _admits_null(prop):
            out.append(f"{where}.{name}")
        _optional_non_null(prop, f"{where}.{name}", out)
    for key in ("items", "additionalProperties"):
        _optional_non_null(schema.get(key), f"{where}[]", out)
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key) or []:
            _optional_non_null(variant, where, out)


def test_every_optional_reply_property_admits_null() -> None:
    found: list[str] = []
    for schema in reply_schemas(DOC):
        _optional_non_null(schema, schema.get("description", "?")[:40], found)
    assert found == []


def test_a_nullable_reference_keeps_its_type() -> None:
    team = DOC["components"]["schemas"]["Team"]
    assert team["properties"]["owner"] == {
        "anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]
    }


def _op(operation_id: str) -> dict[str, Any]:
    for item in DOC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _param_names(path: str, operation_id: str) -> set[str]:
    item = DOC["paths"][path]
    params = [*item.get("parameters", []), *_op(operation_id).get("parameters", [])]
    return {resolve(DOC, p)["name"] for p in params}


def test_path_ids_accept_any_id_so_unknown_ones_can_be_404() -> None:
    for name, param in DOC["components"]["parameters"].items():
        if param.get("in") == "path" and param["schema"].get("type") == "integer":
            assert param["schema"].get("minimum", -1) < 1, name


@pytest.mark.parametrize(
    ("path", "operation_id"),
    [
        ("/data_sources/{source_id}/activate", "activate_source"),
        ("/data_sources/{source_id}/pause", "pause_source"),
        ("/data_sets/{set_id}/activate", "activate_nexset"),
        ("/data_sets/{set_id}/pause", "pause_nexset"),
        ("/data_sinks/{sink_id}/activate", "activate_data_sink"),
        ("/data_sinks/{sink_id}/pause", "pause_data_sink"),
    ],
)
def test_resource_activate_and_pause_take_the_tree_flags(path: str, operation_id: str) -> None:
    assert {"all", "full_tree"} <= _param_names(path, operation_id)


@pytest.mark.parametrize(
    "operation_id",
    [
        "get_attribute_transform",
        "get_code_container",
        "get_notification",
        "get_org",
        "get_project",
        "get_projects",
        "get_team",
        "get_reusable_record_transform",
    ],
)
def test_gets_take_expand(operation_id: str) -> None:
    params = [resolve(DOC, p)["name"] for p in _op(operation_id).get("parameters", [])]
    assert "expand" in params


def test_required_only_what_both_references_always_send() -> None:
    schemas = DOC["components"]["schemas"]
    assert "type" not in schemas["AccessorEntry"]["required"]
    assert "logs" not in schemas["FlowLogsResponse"].get("required", [])
    assert "flows" not in schemas["ProjectFlowNodeList"].get("required", [])


def test_wire_values_the_official_reference_settles() -> None:
    schemas = DOC["components"]["schemas"]
    assert schemas["AsyncTaskStatus"]["enum"] == [
        "pending",
        "running",
        "completed",
        "failed",
        "cancelled",
    ]
    assert "member" in schemas["TeamAccessRole"]["enum"]
    refused = resolve(DOC, _op("delete_flow")["responses"]["405"])
    body = resolve(DOC, refused["content"]["application/json"]["schema"])
    assert {"message", "data_sources", "data_sets", "data_sinks"} <= set(body["properties"])
