"""The generation lock: `check` skips regenerating only when it proves nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import lock


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A miniature repository: inputs, generated files, and a lock written over them."""
    files = {
        "spec/openapi.yaml": "openapi: 3.1.0\n",
        "spec/paths/sources.yaml": "paths: {}\n",
        "generator/normalize.py": "RULES = 1\n",
        "generator/templates/model.py.jinja": "{{ model }}\n",
        "generator/api_diff.py": "# only for diffs\n",
        "nexla_recipes/schemas/flow.schema.json": "{}\n",
        "nexla_api/api/sources/get_data_source.py": "def sync(): ...\n",
        "nexla_api/models/data_source.py": "class DataSource: ...\n",
        "nexla_api/client.py": "class Client: ...\n",
        "nexla_api/runtime/client.py": "# hand-written, not generated\n",
        "nexla_recipes/config_models/flow.py": "class Flow: ...\n",
        "nexla_sandbox/data/openapi.json": "{}\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    lock.write(tmp_path)
    return tmp_path


def test_an_untouched_tree_is_proven_up_to_date(tree: Path) -> None:
    verdict = lock.verify(tree)
    assert verdict.proven and verdict.problems == [] and verdict.changed == []


def test_a_hand_edited_generated_file_is_stale(tree: Path) -> None:
    (tree / "nexla_api/models/data_source.py").write_text("class DataSource: x = 1\n")
    (tree / "nexla_sandbox/data/openapi.json").write_text('{"edited": true}\n')
    verdict = lock.verify(tree)
    assert verdict.proven
    assert verdict.problems == [
        "stale:   nexla_api/models/data_source.py",
        "stale:   nexla_sandbox/data/openapi.json",
    ]


def test_deleted_and_added_generated_files_are_missing_and_extra(tree: Path) -> None:
    (tree / "nexla_recipes/config_models/flow.py").unlink()
    (tree / "nexla_api/api/sources/sneaked_in.py").write_text("x = 1\n")
    assert lock.verify(tree).problems == [
        "extra:   nexla_api/api/sources/sneaked_in.py (the spec does not generate it)",
        "missing: nexla_recipes/config_models/flow.py (the spec generates it)",
    ]


def test_hand_written_files_beside_the_generated_ones_are_not_watched(tree: Path) -> None:
    (tree / "nexla_api/runtime/client.py").write_text("# edited by hand, as intended\n")
    (tree / "generator/api_diff.py").write_text("# a diff tool, not an input\n")
    assert lock.verify(tree) == lock.Verdict(True)


@pytest.mark.parametrize(
    "name",
    [
        "spec/paths/sources.yaml",
        "generator/normalize.py",
        "generator/templates/model.py.jinja",
        "nexla_recipes/schemas/flow.schema.json",
    ],
)
def test_any_input_change_means_the_lock_proves_nothing(tree: Path, name: str) -> None:
    (tree / name).write_text("changed\n")
    verdict = lock.verify(tree)
    assert not verdict.proven and verdict.changed == [name]


def test_a_new_input_or_another_tool_version_means_the_lock_proves_nothing(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tree / "spec/paths/flows.yaml").write_text("paths: {}\n")
    assert lock.verify(tree).changed == ["spec/paths/flows.yaml"]
    (tree / "spec/paths/flows.yaml").unlink()
    versions = {**lock.tool_versions(), "ruff": "0.0.1"}
    monkeypatch.setattr(lock, "tool_versions", lambda: versions)
    assert lock.verify(tree).changed == ["tool ruff"]


def test_a_missing_or_broken_lock_proves_nothing(tree: Path) -> None:
    (tree / "generator/generation.lock.json").write_text("{not json")
    assert not lock.verify(tree).proven
    (tree / "generator/generation.lock.json").unlink()
    assert not lock.verify(tree).proven
