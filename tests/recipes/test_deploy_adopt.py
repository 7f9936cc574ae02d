"""Deploy is idempotent without its journal: same-named resources are adopted or refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nexla_recipes.deploy import AdoptionConflict, rollback
from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli
from .recipes_support import client_for, resources
from .test_deploy import CONFIG, config, run

__all__ = ["config"]  # the fixture


def test_second_deploy_with_a_new_journal_creates_nothing(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
    tmp_path: Path,
) -> None:
    first = run(sandbox, config, tmp_path / "first.jsonl")
    assert first.status == "succeeded"
    before = resources(sandbox)
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "deploy", str(config), "--journal",
        str(tmp_path / "second.jsonl"), "--json", normalised=False,
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert resources(sandbox) == before  # not a second anything
    assert report["created"] == []
    assert [r["kind"] for r in report["adopted"]] == [
        "credentials",
        "sources",
        "nexsets",
        "destinations",
    ]
    steps = {s["step"]: s["status"] for s in report["steps"]}
    assert [steps[s] for s in ("credential.create", "source.create", "transform.create")] == [
        "adopted",
        "adopted",
        "adopted",
    ]
    assert steps["destination.create"] == "adopted" and steps["run.verify"] == "done"
    # rolling the second deploy back never deletes what it adopted
    undo = rollback(client_for(sandbox), tmp_path / "second.jsonl")
    assert undo.undo == [] and resources(sandbox) == before


def test_differing_fields_stop_before_any_write_unless_adopt(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
    tmp_path: Path,
) -> None:
    assert run(sandbox, config, tmp_path / "first.jsonl").status == "succeeded"
    before = resources(sandbox)
    changed = tmp_path / "changed.yaml"
    changed.write_text(
        CONFIG.replace("path: orders/,", "path: orders-v2/,").replace(
            "sink_config: {path: out/, data_format: json}",
            "sink_config: {path: out-v2/, data_format: json}",
        )
    )
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "deploy", str(changed), "--journal",
        str(tmp_path / "second.jsonl"),
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith("error: deploy stopped before any change: ")
    assert "source <ID> ('orders-src') exists with different source_config.path" in err
    assert "destination <ID> ('orders-sink') exists with different sink_config.path" in err
    assert "orders-v2" not in err and "out-v2" not in err  # names fields, not values
    assert err.rstrip().endswith("or pass --adopt to take them over as they are")
    assert resources(sandbox) == before
    assert not (tmp_path / "second.jsonl").exists()

    # the dry run says the same, without a journal
    code, out, _ = run_cli(sandbox, monkeypatch, capsys, "deploy", str(changed), "--dry-run")
    assert code == 1 and "exists with different source_config.path" in out

    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "deploy", str(changed), "--journal",
        str(tmp_path / "third.jsonl"), "--adopt",
    )  # fmt: skip
    assert code == 0, err
    assert "taken over with different fields (adopt)" in out
    assert resources(sandbox) == before


def test_partial_match_adopts_what_exists_and_creates_the_rest(
    sandbox: SandboxServer, config: Path, tmp_path: Path
) -> None:
    cred_only = tmp_path / "cred.yaml"
    cred_only.write_text(CONFIG.replace("orders-src", "other-src").replace("orders-", "other-"))
    assert run(sandbox, cred_only, tmp_path / "a.jsonl").status == "succeeded"
    # same credential name and type as the first config: adopted; the rest is new
    text = CONFIG.replace("name: orders-cred", "name: other-cred")
    config.write_text(text)
    report = run(sandbox, config, tmp_path / "b.jsonl")
    assert report.status == "succeeded"
    assert [r.kind for r in report.adopted] == ["credentials"]
    assert [r.kind for r in report.created] == ["sources", "nexsets", "destinations"]


def test_a_name_used_twice_is_refused_even_with_adopt(
    sandbox: SandboxServer, config: Path, tmp_path: Path
) -> None:
    from nexla_recipes.sources import create_source

    client = client_for(sandbox)
    create_source(client, name="orders-src", source_type="s3")
    create_source(client, name="orders-src", source_type="s3")
    before = resources(sandbox)
    with pytest.raises(AdoptionConflict, match="2 sources are named 'orders-src'"):
        run(sandbox, config, tmp_path / "j.jsonl", adopt=True)
    assert resources(sandbox) == before
