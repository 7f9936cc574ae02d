"""Each house rule of the spec lint fires on a spec that breaks it, and names where and how to fix."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.lint import LintError, lint
from generator.spec import SpecError, bundle


def _base() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "things"}],
        "paths": {
            "/things/{thing_id}": {
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "get": {
                    "operationId": "get_thing",
                    "tags": ["things"],
                    "summary": "Get a thing",
                    "x-nexla-source": {"official": "get_thing"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}
        },
    }


def _rules(doc: dict[str, Any]) -> list[LintError]:
    return lint(doc)


def _op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/things/{thing_id}"]["get"]
    return op


def test_a_clean_spec_has_no_findings() -> None:
    assert _rules(_base()) == []


def test_the_committed_spec_is_clean() -> None:
    assert [str(e) for e in lint(bundle())] == []


def _second_operation(doc: dict[str, Any], path: str, op_id: str) -> dict[str, Any]:
    op = copy.deepcopy(_op(doc))
    op["operationId"] = op_id
    doc["paths"][path] = {"get": op}
    return op


CASES: list[tuple[str, str, str]] = []


Mutation = Callable[[dict[str, Any]], None]


def _case(rule: str, pointer: str) -> Callable[[Mutation], Mutation]:
    def register(fn: Mutation) -> Mutation:
        CASES.append((fn.__name__, rule, pointer))
        return fn

    return register


@_case("operation-id-unique", "/paths/~1other/get/operationId")
def duplicate_operation_id(doc: dict[str, Any]) -> None:
    _second_operation(doc, "/other", "get_thing")


@_case("operation-id", "/paths/~1things~1{thing_id}/get/operationId")
def operation_id_not_identifier(doc: dict[str, Any]) -> None:
    _op(doc)["operationId"] = "get_thing_(deprecated)"


@_case("tag", "/paths/~1things~1{thing_id}/get/tags")
def two_tags(doc: dict[str, Any]) -> None:
    _op(doc)["tags"] = ["things", "more"]


@_case("tag", "/paths/~1things~1{thing_id}/get/tags/0")
def undeclared_tag(doc: dict[str, Any]) -> None:
    _op(doc)["tags"] = ["Things (Data)"]


@_case("summary", "/paths/~1things~1{thing_id}/get")
def no_summary(doc: dict[str, Any]) -> None:
    del _op(doc)["summary"]


@_case("source", "/paths/~1things~1{thing_id}/get")
def no_source(doc: dict[str, Any]) -> None:
    del _op(doc)["x-nexla-source"]


@_case("typed-success", "/paths/~1things~1{thing_id}/get/responses/200")
def untyped_success(doc: dict[str, Any]) -> None:
    _op(doc)["responses"]["200"] = {"description": "ok"}


@_case("typed-success", "/paths/~1things~1{thing_id}/get/responses")
def no_success(doc: dict[str, Any]) -> None:
    _op(doc)["responses"] = {"404": {"description": "missing"}}


@_case("query-in-path", "/paths/~1things?expand=1")
def query_in_path(doc: dict[str, Any]) -> None:
    _second_operation(doc, "/things?expand=1", "get_things_expanded")


@_case(
    "dangling-ref",
    "/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/schema/$ref",
)
def dangling_ref(doc: dict[str, Any]) -> None:
    _op(doc)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nope"
    }


@_case("unused-component", "/components/schemas/Orphan")
def unused_schema(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["Orphan"] = {"type": "object"}


@_case("path-params", "/paths/~1things~1{thing_id}/get/parameters")
def path_param_not_in_template(doc: dict[str, Any]) -> None:
    _op(doc)["parameters"] = [
        {"name": "all", "in": "path", "required": True, "schema": {"type": "integer"}}
    ]


@_case("path-params", "/paths/~1things~1{thing_id}/get/parameters")
def template_param_undeclared(doc: dict[str, Any]) -> None:
    doc["paths"]["/things/{thing_id}"]["parameters"] = []


@_case("path-param-names", "/paths/~1things~1{id}~1parts")
def inconsistent_path_param_names(doc: dict[str, Any]) -> None:
    op = _second_operation(doc, "/things/{id}/parts", "get_thing_parts")
    op["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
    ]


@pytest.mark.parametrize(("mutation", "rule", "pointer"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_fires_with_pointer_and_fix(mutation: str, rule: str, pointer: str) -> None:
    doc = _base()
    globals()[mutation](doc)
    findings = _rules(doc)
    matching = [f for f in findings if f.rule == rule and f.pointer == pointer]
    assert matching, f"expected {rule} at {pointer}, got {[str(f) for f in findings]}"
    assert all(f.fix for f in matching)
    assert pointer in str(matching[0]) and "Fix:" in str(matching[0])


def test_bundle_refuses_a_component_defined_twice(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(yaml.safe_dump(_base()))
    parts = tmp_path / "paths"
    parts.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (parts / name).write_text(
            yaml.safe_dump({"components": {"schemas": {"Dup": {"type": "object"}}}})
        )
    with pytest.raises(SpecError, match=r"b.yaml: components/schemas/Dup is already defined"):
        bundle(root, parts)


def test_bundle_adds_the_standard_error_responses(tmp_path: Path) -> None:
    doc = _base()
    doc["x-nexla-standard-errors"] = {"404": "NotFound", "429": "TooManyRequests"}
    doc["components"]["responses"] = {
        "NotFound": {"description": "missing"},
        "TooManyRequests": {"description": "slow down"},
    }
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(doc))
    (tmp_path / "paths").mkdir()
    bundled = bundle(tmp_path / "openapi.yaml", tmp_path / "paths")
    responses = bundled["paths"]["/things/{thing_id}"]["get"]["responses"]
    assert responses["404"] == {"$ref": "#/components/responses/NotFound"}
    assert responses["429"] == {"$ref": "#/components/responses/TooManyRequests"}
    assert "x-nexla-standard-errors" not in bundled
