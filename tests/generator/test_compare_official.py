"""compare-official: each kind of change between our spec and an official reference is reported,
and the reference's known defects are not.

The reference documents below are small copies of real official operations (ids, methods,
paths, parameters and fields as the official reference has them: number ids, `Accept` headers,
untyped error responses, null-only fields, a `?expand=1` path, path parameters declared outside
the template or under another name). "Ours" follows our conventions for the same operations, so
the baseline comparison is empty and every mutation must show exactly its own change.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import main as cli
from generator.compare_official import Change, Report, compare, load_reference
from generator.spec import SpecError, bundle

ACCEPT = {
    "name": "Accept",
    "in": "header",
    "schema": {"type": "string", "enum": ["application/vnd.nexla.api.v1+json", "application/json"]},
}
UNTYPED_ERRORS = {"403": {"description": "Forbidden"}, "404": {"description": "Not found"}}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def reference() -> dict[str, Any]:
    """Official operations from the catalog: sources, a source's audit log, flow activation."""
    source_id = {"name": "source_id", "in": "path", "required": True, "schema": {"type": "number"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Nexla API", "version": "official"},
        "paths": {
            "/data_sources": {
                "get": {
                    "operationId": "get_data_sources",
                    "tags": ["Sources"],
                    "summary": "Get All Sources",
                    "parameters": [
                        ACCEPT,
                        {
                            "name": "access_role",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/AccessRole"},
                        },
                    ],
                    "responses": {
                        "200": {"$ref": "#/components/responses/data_source_many"},
                        **UNTYPED_ERRORS,
                    },
                },
                "post": {
                    "operationId": "create_data_source",
                    "tags": ["Sources"],
                    "summary": "Create a Source",
                    "requestBody": {
                        "content": _json({"allOf": [{"$ref": "#/components/schemas/data_source"}]})
                    },
                    "responses": {
                        "200": {"$ref": "#/components/responses/data_source_one"},
                        "400": {"description": "Bad request"},
                    },
                },
            },
            "/data_sources/{source_id}": {
                "get": {
                    "operationId": "get_data_source",
                    "tags": ["Sources"],
                    "summary": "Get Source by ID",
                    "parameters": [
                        ACCEPT,
                        source_id,
                        {
                            "name": "expand",
                            "in": "query",
                            "schema": {"type": "number", "enum": [1]},
                        },
                    ],
                    "responses": {
                        "200": {"$ref": "#/components/responses/data_source_one"},
                        **UNTYPED_ERRORS,
                    },
                },
                "delete": {
                    "operationId": "delete_data_source",
                    "tags": ["Sources"],
                    "summary": "Delete a Source",
                    "parameters": [
                        ACCEPT,
                        {
                            "name": "source_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": _json(
                                {
                                    "type": "object",
                                    "properties": {
                                        "code": {"type": "number"},
                                        "message": {"type": "string"},
                                    },
                                }
                            ),
                        },
                        "404": {"description": "Not found"},
                    },
                },
            },
            "/data_sources/{source_id}?expand=1": {
                "get": {
                    "operationId": "get_data_source_expanded",
                    "tags": ["Sources"],
                    "summary": "Get Source by ID with Expanded References",
                    "parameters": [
                        ACCEPT,
                        source_id,
                        {
                            "name": "expand",
                            "in": "query",
                            "schema": {"type": "number", "enum": [1]},
                        },
                    ],
                    "responses": {
                        "200": {"$ref": "#/components/responses/data_source_one_expand"},
                        **UNTYPED_ERRORS,
                    },
                }
            },
            "/data_sources/{source_id}/audit_log": {
                "get": {
                    "operationId": "get_data_source_audit_log",
                    "tags": ["Audit Logs"],
                    "summary": "Get Audit Log for a Data Source",
                    "parameters": [
                        ACCEPT,
                        {
                            "name": "data_source_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "number"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": _json(
                                {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/LogEntry"},
                                }
                            ),
                        },
                        "401": {"description": "Unauthorized"},
                        **UNTYPED_ERRORS,
                    },
                }
            },
            "/flows/{flow_id}/activate": {
                "put": {
                    "operationId": "flow_activate_with_flow_id",
                    "tags": ["Flows"],
                    "summary": "Activate a Flow",
                    "parameters": [
                        ACCEPT,
                        {
                            "name": "flow_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "number"},
                        },
                        {
                            "name": "all",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "number", "enum": [1]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": _json(
                                {"type": "object", "properties": {"id": {"type": "number"}}}
                            ),
                        },
                        **UNTYPED_ERRORS,
                    },
                }
            },
        },
        "webhooks": {
            "send_one_record": {
                "post": {
                    "operationId": "send_one_record",
                    "parameters": [
                        {
                            "name": "include_headers",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "boolean"},
                        }
                    ],
                    "requestBody": {"content": _json({"type": "object"})},
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": _json(
                                {"type": "object", "properties": {"datasetId": {"type": "number"}}}
                            ),
                        },
                        "500": {
                            "description": "Returned when the service is not able to consume the data."
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "owner": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "number"},
                        "full_name": {"type": "string"},
                        "email": {"type": "string", "format": "email"},
                    },
                },
                "org": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "number"},
                        "name": {"type": "string"},
                        "email_domain": {"type": "string"},
                        "email": {"type": "null"},
                        "client_identifier": {"type": "null"},
                    },
                },
                "AccessRole": {
                    "type": "string",
                    "enum": ["collaborator", "operator", "admin", "owner"],
                },
                "AccessRoles": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/AccessRole"},
                },
                "data_source": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "description": {"type": "string"},
                        "data_credentials_id": {"type": "number"},
                        "stream_config": {"type": "object"},
                        "source_type": {"type": "string"},
                    },
                },
                "LogEntry": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer", "format": "int32"},
                        "item_type": {"type": "string"},
                        "event": {"type": "string"},
                        "impersonator_id": {"type": "string", "format": "nullable"},
                        "request_url": {"type": "string", "format": "url"},
                        "created_at": {"type": "string", "format": "date-time"},
                    },
                },
            },
            "responses": {
                "data_source_many": {
                    "description": "OK",
                    "content": _json(
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "number"},
                                    "name": {"type": "string"},
                                    "description": {"type": ["string", "null"]},
                                    "status": {"type": "string"},
                                    "managed": {"type": "boolean"},
                                    "source_type": {"type": "string"},
                                    "connector_type": {"type": "string"},
                                    "access_roles": {"$ref": "#/components/schemas/AccessRoles"},
                                    "owner": {"$ref": "#/components/schemas/owner"},
                                    "org": {"$ref": "#/components/schemas/org"},
                                    "source_config": {"type": "object"},
                                    "data_sets": {"type": "array", "items": {}},
                                    "tags": {"type": "array", "items": {}},
                                },
                            },
                        }
                    ),
                },
                "data_source_one": {
                    "description": "OK",
                    "content": _json(
                        {
                            "type": "object",
                            "properties": {
                                "id": {"type": "number"},
                                "owner": {"$ref": "#/components/schemas/owner"},
                                "org": {"$ref": "#/components/schemas/org"},
                                "access_roles": {"$ref": "#/components/schemas/AccessRoles"},
                                "name": {"type": "string"},
                                "description": {"type": "null"},
                                "status": {"type": "string"},
                                "managed": {"type": "boolean"},
                                "source_type": {"type": "string"},
                                "connector_type": {"type": "string"},
                                "source_config": {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                },
                                "tags": {"type": "array", "items": {}},
                                "data_sets": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {"id": {"type": "number"}},
                                    },
                                },
                            },
                        }
                    ),
                },
                "data_source_one_expand": {
                    "description": "OK",
                    "content": _json(
                        {
                            "type": "object",
                            "properties": {
                                "id": {"type": "number"},
                                "name": {"type": "string"},
                                "data_sets": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {"id": {"type": "number"}},
                                    },
                                },
                            },
                        }
                    ),
                },
            },
        },
    }


def ours() -> dict[str, Any]:
    """The same operations as our spec describes them (integer ids, nullable unions, ErrorBody)."""
    source_id = {"$ref": "#/components/parameters/SourceId"}
    errors = {
        "403": {"$ref": "#/components/responses/Error"},
        "404": {"$ref": "#/components/responses/Error"},
    }
    src = {"official": None}

    def op(op_id: str, **rest: Any) -> dict[str, Any]:
        return {
            "operationId": op_id,
            "tags": ["sources"],
            "x-nexla-source": {**src, "official": op_id},
            **rest,
        }

    source = {"$ref": "#/components/schemas/DataSource"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "nexla-api", "version": "1"},
        "paths": {
            "/data_sources": {
                "get": op(
                    "get_data_sources",
                    parameters=[{"$ref": "#/components/parameters/AccessRoleParam"}],
                    responses={
                        "200": {
                            "description": "ok",
                            "content": _json({"type": "array", "items": source}),
                        },
                        **errors,
                    },
                ),
                "post": op(
                    "create_data_source",
                    requestBody={
                        "required": True,
                        "content": _json({"$ref": "#/components/schemas/DataSourceCreate"}),
                    },
                    responses={"200": {"description": "ok", "content": _json(source)}, **errors},
                ),
            },
            "/data_sources/{source_id}": {
                "parameters": [source_id],
                "get": op(
                    "get_data_source",
                    **{"x-nexla-aliases": ["get_data_source_expanded"]},
                    parameters=[
                        {
                            "name": "expand",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 1},
                        }
                    ],
                    responses={"200": {"description": "ok", "content": _json(source)}, **errors},
                ),
                "delete": op(
                    "delete_data_source",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": _json({"$ref": "#/components/schemas/DeleteResponse"}),
                        },
                        "204": {"description": "no body"},
                        **errors,
                    },
                ),
            },
            "/data_sources/{source_id}/audit_log": {
                "parameters": [source_id],
                "get": op(
                    "get_data_source_audit_log",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": _json(
                                {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/AuditLogEntry"},
                                }
                            ),
                        },
                        **errors,
                    },
                ),
            },
            "/flows/{flow_id}/activate": {
                "put": op(
                    "flow_activate_with_flow_id",
                    parameters=[
                        {
                            "name": "flow_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1},
                        },
                        {
                            "name": "all",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 1},
                        },
                    ],
                    responses={
                        "200": {
                            "description": "ok",
                            "content": _json(
                                {
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "integer"}},
                                }
                            ),
                        },
                        **errors,
                    },
                ),
            },
            "/webhook/{webhook_id}": {
                "parameters": [
                    {
                        "name": "webhook_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "post": op(
                    "send_one_record",
                    parameters=[
                        {"name": "include_headers", "in": "query", "schema": {"type": "boolean"}}
                    ],
                    requestBody={
                        "required": True,
                        "content": _json({"type": "object", "additionalProperties": True}),
                    },
                    responses={
                        "200": {
                            "description": "ok",
                            "content": _json(
                                {
                                    "type": "object",
                                    "properties": {"datasetId": {"type": ["integer", "null"]}},
                                }
                            ),
                        }
                    },
                ),
            },
        },
        "components": {
            "parameters": {
                "SourceId": {
                    "name": "source_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991},
                },
                "AccessRoleParam": {
                    "name": "access_role",
                    "in": "query",
                    "schema": {"$ref": "#/components/schemas/AccessRole"},
                },
            },
            "responses": {
                "Error": {
                    "description": "error",
                    "content": _json({"$ref": "#/components/schemas/ErrorBody"}),
                }
            },
            "schemas": {
                "ErrorBody": {"type": "object", "properties": {"message": {"type": "string"}}},
                "AccessRole": {
                    "type": "string",
                    "enum": ["owner", "admin", "operator", "collaborator"],
                },
                "Owner": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "full_name": {"type": ["string", "null"]},
                        "email": {"type": ["string", "null"]},
                    },
                },
                "OrgRef": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": ["string", "null"]},
                        "email_domain": {"type": ["string", "null"]},
                        "email": {"type": ["string", "null"]},
                        "client_identifier": {"type": ["string", "null"]},
                    },
                },
                "DataSourceCreate": {
                    "type": "object",
                    "required": ["name", "source_type"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "description": {"type": ["string", "null"]},
                        "data_credentials_id": {"type": ["integer", "null"]},
                        "stream_config": {"type": ["object", "null"], "additionalProperties": True},
                        "source_type": {"type": "string"},
                    },
                },
                "DataSource": {
                    "type": "object",
                    "required": ["id", "name", "status", "source_type"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "description": {"type": ["string", "null"]},
                        "status": {"type": "string", "enum": ["ACTIVE", "PAUSED", "DRAFT"]},
                        "managed": {"type": ["boolean", "null"]},
                        "source_type": {"type": "string"},
                        "connector_type": {"type": ["string", "null"]},
                        "access_roles": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/AccessRole"},
                        },
                        "owner": {"$ref": "#/components/schemas/Owner"},
                        "org": {"$ref": "#/components/schemas/OrgRef"},
                        "source_config": {"type": ["object", "null"], "additionalProperties": True},
                        "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                        "data_sets": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"id": {"type": "integer"}}},
                        },
                    },
                },
                "DeleteResponse": {
                    "type": "object",
                    "properties": {
                        "code": {"type": ["integer", "null"]},
                        "message": {"type": ["string", "null"]},
                    },
                },
                "AuditLogEntry": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "item_type": {"type": ["string", "null"]},
                        "event": {"type": ["string", "null"]},
                        "impersonator_id": {"type": ["string", "null"]},
                        "request_url": {"type": ["string", "null"]},
                        "created_at": {"type": ["string", "null"], "format": "date-time"},
                    },
                },
            },
        },
    }


def changes(report: Report) -> list[tuple[str, str, Change]]:
    return [(d.operation, c.kind, c) for d in report.changed for c in d.changes]


def only_change(ref: dict[str, Any]) -> tuple[str, str, Change]:
    report = compare(ours(), ref)
    assert not report.new and not report.gone
    found = changes(report)
    assert len(found) == 1, found
    return found[0]


def test_baseline_has_no_differences_and_folds_the_expand_variant() -> None:
    report = compare(ours(), reference())
    assert changes(report) == []
    assert report.new == [] and report.gone == []
    assert report.matched == 7  # the ?expand=1 variant is folded, the webhook matched by id
    assert {
        "reference_id": "get_data_source_expanded",
        "operation": "get_data_source",
        "why": "query string in path",
    } in report.aliased


# --------------------------------------------------------------------------- operations


def test_new_operation() -> None:
    ref = reference()
    ref["paths"]["/data_sources/{source_id}/activate"] = {
        "put": {
            "operationId": "activate_source",
            "tags": ["Sources"],
            "summary": "Activate a Source",
            "parameters": [
                {"name": "source_id", "in": "path", "required": True, "schema": {"type": "number"}}
            ],
            "responses": {"200": {"$ref": "#/components/responses/data_source_one"}},
        }
    }
    report = compare(ours(), ref)
    assert [n["operation_id"] for n in report.new] == ["activate_source"]
    assert (
        report.new[0]["method"] == "PUT"
        and report.new[0]["path"] == "/data_sources/{source_id}/activate"
    )
    assert changes(report) == [] and report.gone == []


def test_gone_operation() -> None:
    ref = reference()
    del ref["paths"]["/data_sources/{source_id}/audit_log"]
    report = compare(ours(), ref)
    assert [g["operation_id"] for g in report.gone] == ["get_data_source_audit_log"]
    assert changes(report) == [] and report.new == []


def test_operation_without_official_id_is_never_gone() -> None:
    mine = ours()
    mine["paths"]["/data_sources/{source_id}/audit_log"]["get"]["x-nexla-source"]["official"] = None
    ref = reference()
    del ref["paths"]["/data_sources/{source_id}/audit_log"]
    assert compare(mine, ref).gone == []


def test_renamed_operation_id_matches_by_method_and_path() -> None:
    ref = reference()
    ref["paths"]["/data_sources/{source_id}"]["get"]["operationId"] = "show_data_source"
    report = compare(ours(), ref)
    assert report.new == [] and report.gone == [] and changes(report) == []


def test_alias_id_matches() -> None:
    ref = reference()
    del ref["paths"]["/data_sources/{source_id}"]["get"]
    moved = ref["paths"].pop("/data_sources/{source_id}?expand=1")
    ref["paths"]["/data_sources/{source_id}/expanded"] = moved
    report = compare(ours(), ref)
    assert report.new == [] and report.gone == []


# --------------------------------------------------------------------------- parameters


def test_param_added() -> None:
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"].append(
        {"name": "page", "in": "query", "schema": {"type": "number"}}
    )
    op, kind, change = only_change(ref)
    assert (op, kind, change.where, change.reference) == (
        "get_data_sources",
        "param-added",
        "query page",
        "number",
    )


def test_required_param_added() -> None:
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"].append(
        {"name": "from", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    _, kind, change = only_change(ref)
    assert kind == "param-added" and change.reference == "string, required"


def test_param_removed() -> None:
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"] = [ACCEPT]
    op, kind, change = only_change(ref)
    assert (op, kind, change.where) == ("get_data_sources", "param-removed", "query access_role")


def test_path_param_added() -> None:
    ref = reference()
    item = ref["paths"].pop("/flows/{flow_id}/activate")
    item["put"]["parameters"].append(
        {"name": "run_id", "in": "path", "required": True, "schema": {"type": "number"}}
    )
    ref["paths"]["/flows/{flow_id}/activate/{run_id}"] = item
    report = compare(ours(), ref)
    assert [(c[1], c[2].where, c[2].reference) for c in changes(report)] == [
        ("param-added", "path #2", "run_id")
    ]


def test_param_renamed() -> None:
    ref = reference()
    for path in ("/data_sources/{source_id}", "/data_sources/{source_id}?expand=1"):
        params = ref["paths"][path]["get"]["parameters"]
        params[2] = {**params[2], "name": "expanded"}
    op, kind, change = only_change(ref)
    assert (op, kind, change.ours, change.reference) == (
        "get_data_source",
        "param-renamed",
        "expand",
        "expanded",
    )


def test_ambiguous_rename_stays_removed_and_added() -> None:
    mine = ours()
    mine["paths"]["/data_sources"]["get"]["parameters"] += [
        {"name": "page", "in": "query", "schema": {"type": "integer"}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
    ]
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"].append(
        {"name": "request_id", "in": "query", "schema": {"type": "number"}}
    )
    kinds = sorted((k, c.where) for _, k, c in changes(compare(mine, ref)))
    assert kinds == [
        ("param-added", "query request_id"),
        ("param-removed", "query page"),
        ("param-removed", "query per_page"),
    ]


def test_param_retyped() -> None:
    ref = reference()
    ref["paths"]["/flows/{flow_id}/activate"]["put"]["parameters"][2]["schema"] = {
        "type": "boolean"
    }
    op, kind, change = only_change(ref)
    assert (op, kind, change.where, change.ours, change.reference) == (
        "flow_activate_with_flow_id",
        "param-retyped",
        "query all",
        "number",
        "boolean",
    )


def test_path_param_retyped() -> None:
    ref = reference()
    ref["paths"]["/flows/{flow_id}/activate"]["put"]["parameters"][1]["schema"] = {
        "type": "boolean"
    }
    op, kind, change = only_change(ref)
    assert (kind, change.where, change.ours, change.reference) == (
        "param-retyped",
        "path #1 (flow_id)",
        "number",
        "boolean",
    )


def test_id_path_param_typed_string_is_a_known_defect() -> None:
    ref = reference()
    ref["paths"]["/flows/{flow_id}/activate"]["put"]["parameters"][1]["schema"] = {"type": "string"}
    report = compare(ours(), ref)
    assert changes(report) == []
    assert report.ignored["id path parameter typed string"] == 1


def test_param_made_required() -> None:
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"][1]["required"] = True
    _, kind, change = only_change(ref)
    assert (
        kind == "param-retyped"
        and change.reference is not None
        and change.reference.endswith("required")
    )


# --------------------------------------------------------------------------- bodies


def test_request_field_added() -> None:
    ref = reference()
    ref["components"]["schemas"]["data_source"]["properties"]["ingest_method"] = {"type": "string"}
    op, kind, change = only_change(ref)
    assert (op, kind, change.where, change.reference) == (
        "create_data_source",
        "request-field-added",
        "request ingest_method",
        "string",
    )


def test_request_field_removed() -> None:
    ref = reference()
    del ref["components"]["schemas"]["data_source"]["properties"]["description"]
    op, kind, change = only_change(ref)
    assert (op, kind, change.where, change.ours) == (
        "create_data_source",
        "request-field-removed",
        "request description",
        "string",
    )


def test_request_field_retyped() -> None:
    ref = reference()
    ref["components"]["schemas"]["data_source"]["properties"]["data_credentials_id"] = {
        "type": "string"
    }
    op, kind, change = only_change(ref)
    assert (kind, change.where, change.ours, change.reference) == (
        "request-field-retyped",
        "request data_credentials_id",
        "number",
        "string",
    )


def test_request_body_added() -> None:
    ref = reference()
    ref["paths"]["/flows/{flow_id}/activate"]["put"]["requestBody"] = {
        "content": _json({"type": "object", "properties": {"all": {"type": "boolean"}}})
    }
    _, kind, _ = only_change(ref)
    assert kind == "request-body-added"


def test_response_field_added() -> None:
    ref = reference()
    props = ref["components"]["responses"]["data_source_one"]["content"]["application/json"][
        "schema"
    ]["properties"]
    props["ingestion_mode"] = {"type": "string"}
    report = compare(ours(), ref)
    found = {(op, kind, c.where) for op, kind, c in changes(report)}
    # data_source_one answers create_data_source and get_data_source
    assert found == {
        ("create_data_source", "response-field-added", "response 200 ingestion_mode"),
        ("get_data_source", "response-field-added", "response 200 ingestion_mode"),
    }


def test_response_field_removed() -> None:
    ref = reference()
    items = ref["components"]["responses"]["data_source_many"]["content"]["application/json"][
        "schema"
    ]["items"]
    del items["properties"]["connector_type"]
    op, kind, change = only_change(ref)
    assert (op, kind, change.where) == (
        "get_data_sources",
        "response-field-removed",
        "response 200 [].connector_type".replace(".", "/"),
    )


def test_nested_response_field_retyped() -> None:
    ref = reference()
    ref["components"]["schemas"]["owner"]["properties"]["id"] = {"type": "string"}
    report = compare(ours(), ref)
    found = {(op, kind, c.where, c.ours, c.reference) for op, kind, c in changes(report)}
    assert (
        "get_data_sources",
        "response-field-retyped",
        "response 200 []/owner/id",
        "number",
        "string",
    ) in found
    assert {kind for _, kind, _ in changes(report)} == {"response-field-retyped"}


def test_response_field_retyped_reports_the_subtree_once() -> None:
    ref = reference()
    items = ref["components"]["responses"]["data_source_many"]["content"]["application/json"][
        "schema"
    ]["items"]
    items["properties"]["owner"] = {"type": "string"}
    op, kind, change = only_change(ref)
    assert (kind, change.where, change.ours, change.reference) == (
        "response-field-retyped",
        "response 200 []/owner",
        "object",
        "string",
    )


# --------------------------------------------------------------------------- enums


def test_enum_value_added() -> None:
    ref = reference()
    ref["components"]["schemas"]["AccessRole"]["enum"].append("viewer")
    report = compare(ours(), ref)
    found = {(op, kind, c.where, c.reference) for op, kind, c in changes(report)}
    assert ("get_data_sources", "enum-values-added", "query access_role", "viewer") in found
    assert (
        "get_data_sources",
        "enum-values-added",
        "response 200 []/access_roles[]",
        "viewer",
    ) in found
    assert {kind for _, kind, _ in changes(report)} == {"enum-values-added"}


def test_enum_value_removed_is_not_a_change() -> None:
    ref = reference()
    ref["components"]["schemas"]["AccessRole"]["enum"].remove("operator")
    assert changes(compare(ours(), ref)) == []


# --------------------------------------------------------------------------- known defects


@pytest.mark.parametrize(
    "defect",
    [
        "query string in path (folded into the plain path)",
        "path parameter declared outside the template (compared as query)",
        "path parameter declared under another name than its placeholder",
        "path parameter typed both ways in the reference",
        "null-only type",
    ],
)
def test_known_defects_are_skipped_not_reported(defect: str) -> None:
    report = compare(ours(), reference())
    assert report.ignored[defect] >= 1
    assert changes(report) == []


def test_path_param_names_are_compared_by_position() -> None:
    ref = reference()
    item = ref["paths"].pop("/data_sources/{source_id}/audit_log")
    ref["paths"]["/data_sources/{data_source_id}/audit_log"] = item
    report = compare(ours(), ref)
    assert changes(report) == [] and report.new == [] and report.gone == []
    assert report.ignored["path parameter named differently (compared by position)"] == 1


def test_number_and_integer_are_the_same_type() -> None:
    ref = reference()
    ref["components"]["schemas"]["owner"]["properties"]["id"] = {
        "type": "integer",
        "format": "int64",
    }
    assert changes(compare(ours(), ref)) == []


def test_untyped_error_bodies_and_untyped_success_are_not_compared() -> None:
    ref = reference()
    op = ref["paths"]["/data_sources/{source_id}"]["delete"]
    op["responses"] = {
        "200": {"description": "OK"},
        "404": {"description": "Not found"},
        "500": {"description": "x"},
    }
    report = compare(ours(), ref)
    assert changes(report) == []
    assert report.ignored["no typed success response"] == 1


def test_nullable_only_differences_are_not_changes() -> None:
    ref = reference()
    ref["components"]["schemas"]["owner"]["properties"]["full_name"] = {"type": ["string", "null"]}
    ref["components"]["schemas"]["owner"]["properties"]["email"] = {
        "type": "string",
        "nullable": True,
    }
    assert changes(compare(ours(), ref)) == []


def test_field_names_with_question_mark() -> None:
    ref = reference()
    props = ref["components"]["responses"]["data_source_one"]["content"]["application/json"][
        "schema"
    ]["properties"]
    props["managed?"] = props.pop("managed")
    assert changes(compare(ours(), ref)) == []


def test_duplicate_operation_ids_match_by_path() -> None:
    ref = reference()
    ref["paths"]["/data_sources/{source_id}/audit_log"]["get"]["operationId"] = "get_data_sources"
    report = compare(ours(), ref)
    assert report.new == [] and report.gone == [] and changes(report) == []


def test_webhooks_have_no_path_to_compare() -> None:
    report = compare(ours(), reference())
    assert not any(op == "send_one_record" for op, _, _ in changes(report))
    ref = reference()
    ref["webhooks"]["send_one_record"]["post"]["parameters"].append(
        {
            "name": "force_schema_detection",
            "in": "path",
            "required": True,
            "schema": {"type": "boolean"},
        }
    )
    op, kind, change = only_change(ref)
    assert (op, kind, change.where) == (
        "send_one_record",
        "param-added",
        "query force_schema_detection",
    )


# --------------------------------------------------------------------------- outputs


def test_markdown_and_json_outputs(tmp_path: Path) -> None:
    from generator.compare_official import markdown, write_outputs

    ref = reference()
    ref["components"]["schemas"]["data_source"]["properties"]["data_credentials_id"] = {
        "type": "string"
    }
    del ref["paths"]["/data_sources/{source_id}/audit_log"]
    report = compare(ours(), ref, "ref.yaml")
    text = markdown(report)
    assert "## Gone operations" in text and "`get_data_source_audit_log`" in text
    assert "| request-field-retyped | request data_credentials_id | `number` | `string` |" in text
    write_outputs(report, tmp_path / "r.json", tmp_path / "r.md")
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["summary"]["gone"] == 1 and data["summary"]["by_kind"] == {
        "request-field-retyped": 1
    }
    assert (tmp_path / "r.md").read_text() == text


def test_reads_yaml_and_json(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(reference()))
    (tmp_path / "r.json").write_text(json.dumps(reference()))
    assert load_reference(tmp_path / "r.yaml") == load_reference(tmp_path / "r.json")


def _real_spec() -> dict[str, Any]:
    try:
        return bundle()
    except SpecError as exc:  # the spec is being edited; the synthetic tests above still run
        pytest.skip(f"spec does not bundle: {exc}")


def test_against_our_real_spec_reports_exactly_the_mutation(tmp_path: Path) -> None:
    """On the real spec, a mutated reference adds exactly the mutation's changes."""
    mine = _real_spec()
    base = compare(mine, reference())
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"].append(
        {"name": "sort_by", "in": "query", "schema": {"type": "string"}}
    )
    ref["paths"]["/frobnicators"] = {
        "get": {"operationId": "get_frobnicators", "responses": {"200": {"description": "OK"}}}
    }
    after = compare(mine, ref)
    before = {(op, k, c.where) for op, k, c in changes(base)}
    delta = {(op, k, c.where) for op, k, c in changes(after)} - before
    assert delta == {("get_data_sources", "param-added", "query sort_by")}
    assert [n["operation_id"] for n in after.new] == [
        *[n["operation_id"] for n in base.new],
        "get_frobnicators",
    ]


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _real_spec()
    ref = copy.deepcopy(reference())
    ref["paths"]["/frobnicators"] = {
        "get": {"operationId": "get_frobnicators", "responses": {"200": {"description": "OK"}}}
    }
    (tmp_path / "ref.yaml").write_text(yaml.safe_dump(ref))
    argv = [
        "compare-official",
        str(tmp_path / "ref.yaml"),
        "--json",
        str(tmp_path / "o.json"),
        "--markdown",
        str(tmp_path / "o.md"),
    ]
    assert cli(argv) == 0
    assert "get_frobnicators" in capsys.readouterr().out
    data = json.loads((tmp_path / "o.json").read_text())
    assert "get_frobnicators" in [n["operation_id"] for n in data["new"]]
    assert cli([*argv, "--fail-on-change"]) == 1
    assert cli(["compare-official", str(tmp_path / "missing.yaml")]) == 2
