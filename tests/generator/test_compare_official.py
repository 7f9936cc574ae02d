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
from generator.compare_official import Report, compare
from generator.oas import load_document as load_reference
from generator.report import Change
from generator.spec import SpecError, bundle

ACCEPT = {
    "name": "Accept",
    "in": "header",
    "schema": {"type": "string", "enum": ["application/vnd.nexla.api.v1+json", "application/json"]},
}
UNTYPED_ERRORS = {"403": {"description": "Forbidden"}, "404": {"description": "Not found"}}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


FIXTURES = Path(__file__).parent / "fixtures" / "compare_official"


def _fixture(name: str) -> dict[str, Any]:
    data = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def reference() -> dict[str, Any]:
    """A fresh copy of the official operations (`fixtures/compare_official/reference.yaml`)."""
    return _fixture("reference")


def ours() -> dict[str, Any]:
    """A fresh copy of the same operations as our spec describes them (`ours.yaml`)."""
    return _fixture("ours")


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
    assert (op, kind, change.subject, change.after) == (
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
    assert kind == "param-added" and change.after == "string, required"


def test_param_removed() -> None:
    ref = reference()
    ref["paths"]["/data_sources"]["get"]["parameters"] = [ACCEPT]
    op, kind, change = only_change(ref)
    assert (op, kind, change.subject) == ("get_data_sources", "param-removed", "query access_role")


def test_path_param_added() -> None:
    ref = reference()
    item = ref["paths"].pop("/flows/{flow_id}/activate")
    item["put"]["parameters"].append(
        {"name": "run_id", "in": "path", "required": True, "schema": {"type": "number"}}
    )
    ref["paths"]["/flows/{flow_id}/activate/{run_id}"] = item
    report = compare(ours(), ref)
    assert [(c[1], c[2].subject, c[2].after) for c in changes(report)] == [
        ("param-added", "path #2", "run_id")
    ]


def test_param_renamed() -> None:
    ref = reference()
    for path in ("/data_sources/{source_id}", "/data_sources/{source_id}?expand=1"):
        params = ref["paths"][path]["get"]["parameters"]
        params[2] = {**params[2], "name": "expanded"}
    op, kind, change = only_change(ref)
    assert (op, kind, change.before, change.after) == (
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
    kinds = sorted((k, c.subject) for _, k, c in changes(compare(mine, ref)))
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
    assert (op, kind, change.subject, change.before, change.after) == (
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
    assert (kind, change.subject, change.before, change.after) == (
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
        kind == "param-retyped" and change.after is not None and change.after.endswith("required")
    )


# --------------------------------------------------------------------------- bodies


def test_request_field_added() -> None:
    ref = reference()
    ref["components"]["schemas"]["data_source"]["properties"]["ingest_method"] = {"type": "string"}
    op, kind, change = only_change(ref)
    assert (op, kind, change.subject, change.after) == (
        "create_data_source",
        "request-field-added",
        "request ingest_method",
        "string",
    )


def test_request_field_removed() -> None:
    ref = reference()
    del ref["components"]["schemas"]["data_source"]["properties"]["description"]
    op, kind, change = only_change(ref)
    assert (op, kind, change.subject, change.before) == (
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
    assert (kind, change.subject, change.before, change.after) == (
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
    found = {(op, kind, c.subject) for op, kind, c in changes(report)}
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
    assert (op, kind, change.subject) == (
        "get_data_sources",
        "response-field-removed",
        "response 200 [].connector_type".replace(".", "/"),
    )


def test_nested_response_field_retyped() -> None:
    ref = reference()
    ref["components"]["schemas"]["owner"]["properties"]["id"] = {"type": "string"}
    report = compare(ours(), ref)
    found = {(op, kind, c.subject, c.before, c.after) for op, kind, c in changes(report)}
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
    assert (kind, change.subject, change.before, change.after) == (
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
    found = {(op, kind, c.subject, c.after) for op, kind, c in changes(report)}
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
    assert (op, kind, change.subject) == (
        "send_one_record",
        "param-added",
        "query force_schema_detection",
    )


# --------------------------------------------------------------------------- outputs


def test_markdown_and_json_outputs(tmp_path: Path) -> None:
    from generator.compare_official import markdown
    from generator.report import write_outputs

    ref = reference()
    ref["components"]["schemas"]["data_source"]["properties"]["data_credentials_id"] = {
        "type": "string"
    }
    del ref["paths"]["/data_sources/{source_id}/audit_log"]
    report = compare(ours(), ref, "ref.yaml")
    text = markdown(report)
    assert "## Gone operations" in text and "`get_data_source_audit_log`" in text
    assert "| request-field-retyped | request data_credentials_id | `number` | `string` |" in text
    write_outputs(report.to_json(), markdown(report), tmp_path / "r.json", tmp_path / "r.md")
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["changed"][0]["changes"] == [
        {
            "kind": "request-field-retyped",
            "subject": "request data_credentials_id",
            "before": "number",
            "after": "string",
            "detail": "",
        }
    ]
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
    before = {(op, k, c.subject) for op, k, c in changes(base)}
    delta = {(op, k, c.subject) for op, k, c in changes(after)} - before
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
