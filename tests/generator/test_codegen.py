"""Generation is deterministic, and `check` notices a binding that no longer matches the spec."""

from __future__ import annotations

import copy
import filecmp
from pathlib import Path
from typing import Any

import pytest

from generator import codegen
from generator.normalize import normalize
from generator.paths import PACKAGE_DIR
from generator.spec import bundle


def _generate(doc: dict[str, Any], out_root: Path) -> Path:
    """What `python -m generator generate` produces, in a scratch directory."""
    codegen.write_sandbox_spec(doc, out_root)
    return codegen.generate_into(normalize(doc), out_root)


@pytest.fixture(scope="module")
def generated_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    doc = bundle()
    first = _generate(copy.deepcopy(doc), tmp_path_factory.mktemp("first"))
    second = _generate(copy.deepcopy(doc), tmp_path_factory.mktemp("second"))
    return first, second


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_two_runs_produce_identical_bytes(generated_twice: tuple[Path, Path]) -> None:
    first, second = generated_twice
    assert _tree(first.parent) == _tree(second.parent)


def test_committed_binding_matches_a_fresh_generation(generated_twice: tuple[Path, Path]) -> None:
    first, _ = generated_twice
    assert codegen.compare(first, first.parent) == []


def test_generation_leaves_no_tool_caches(generated_twice: tuple[Path, Path]) -> None:
    first, _ = generated_twice
    assert not list(first.rglob(".ruff_cache"))


def test_editing_the_spec_without_regenerating_is_reported_as_stale(tmp_path: Path) -> None:
    doc = bundle()
    doc["components"]["schemas"]["DataSource"]["properties"]["brand_new_field"] = {"type": "string"}
    fresh = _generate(doc, tmp_path)
    problems = codegen.compare(fresh, tmp_path)
    assert problems == [
        "stale:   nexla_api/models/data_source.py",
        "stale:   nexla_sandbox/data/openapi.json",
    ]


def test_a_spec_change_that_touches_no_code_still_makes_the_sandbox_spec_stale(
    tmp_path: Path,
) -> None:
    doc = bundle()
    doc["info"]["description"] = str(doc["info"].get("description", "")) + " Changed."
    fresh = _generate(doc, tmp_path)
    assert codegen.compare(fresh, tmp_path) == ["stale:   nexla_sandbox/data/openapi.json"]


def test_the_sandbox_serves_the_committed_bundle_of_spec() -> None:
    from nexla_sandbox.spec import bundled_spec

    assert bundled_spec() == bundle()


def test_compare_reports_extra_and_missing_files(tmp_path: Path) -> None:
    doc = bundle()
    doc["components"]["schemas"]["DataSourceUpdate"]["properties"]["mode"] = {
        "$ref": "#/components/schemas/UpdateMode"
    }
    doc["components"]["schemas"]["UpdateMode"] = {"type": "string", "enum": ["merge", "replace"]}
    fresh = _generate(doc, tmp_path)
    (fresh / "models" / "data_set_brief.py").unlink()
    problems = codegen.compare(fresh, tmp_path)
    assert "missing: nexla_api/models/update_mode.py (the spec now generates it)" in problems
    assert (
        "extra:   nexla_api/models/data_set_brief.py (the spec no longer generates it)" in problems
    )
    assert filecmp.cmp(fresh / "client.py", PACKAGE_DIR / "client.py", shallow=False)


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"][name]
    return schema


def test_normalize_makes_optional_properties_nullable_and_configs_untyped() -> None:
    doc = normalize(bundle())
    source = _schema(doc, "DataSource")["properties"]
    assert source["id"] == {"type": "integer"}  # required: unchanged
    assert source["owner"] == {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}
    assert source["status"] == {"$ref": "#/components/schemas/ResourceStatus"}
    assert source["source_config"] == {"description": "Connector-specific configuration."}
    assert source["tags"]["type"] == ["array", "null"]


def test_normalize_drops_error_responses_and_documentation_extensions() -> None:
    doc = normalize(bundle())
    op = doc["paths"]["/data_sources"]["get"]
    assert set(op["responses"]) == {"200"}
    assert "x-nexla-source" not in op
    assert "responses" not in doc["components"]


def test_normalize_gives_object_unions_a_fallback_variant() -> None:
    doc = bundle()
    doc["components"]["schemas"]["Either"] = {
        "oneOf": [{"$ref": "#/components/schemas/Owner"}, {"$ref": "#/components/schemas/OrgRef"}]
    }
    variants = _schema(normalize(doc), "Either")["oneOf"]
    assert variants[-1]["title"] == "UnknownVariant"
    assert len(variants) == 3


def test_normalize_does_not_change_its_input() -> None:
    doc = bundle()
    before = copy.deepcopy(doc)
    normalize(doc)
    assert doc == before
