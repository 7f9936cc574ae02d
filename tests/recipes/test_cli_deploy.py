"""Golden output of `deploy`, `deploy --dry-run`, `deploy rollback` and `--print-schema`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "flow.yaml"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "flow.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "poll_interval_seconds: 5", "poll_interval_seconds: 0.01"
    )
    path.write_text(text, encoding="utf-8")
    return path


def test_deploy_dry_run_deploy_and_rollback(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
) -> None:
    code, out, _ = run_cli(sandbox, monkeypatch, capsys, "deploy", str(config), "--dry-run")
    assert code == 0
    assert out == (
        "deploy orders-to-warehouse: dry_run\n"
        "  planned    credential.create  name=orders-bucket\n"
        "  planned    credential.probe  after creating it\n"
        "  planned    source.create  name=orders-raw\n"
        "  planned    discovery.wait\n"
        "  planned    transform.create  name=orders-no-pii\n"
        "  planned    destination.create  name=orders-warehouse\n"
        "  planned    flow.lookup\n"
        "  planned    flow.activate\n"
        "  planned    run.verify\n"
    )
    code, out, err = run_cli(sandbox, monkeypatch, capsys, "deploy", str(config))
    assert code == 0
    assert out == (
        "deploy orders-to-warehouse: succeeded\n"
        "  done       credential.create  id=<ID>, name=orders-bucket\n"
        "  done       credential.probe  credential_id=<ID>, probe=success\n"
        "  done       source.create  id=<ID>, name=orders-raw\n"
        "  done       discovery.wait  nexset_id=<ID>\n"
        "  done       transform.create  id=<ID>, name=orders-no-pii\n"
        "  done       destination.create  id=<ID>, name=orders-warehouse\n"
        "  done       flow.lookup  flow_id=<ID>, origin_node_id=<ID>\n"
        "  done       flow.activate  flow_id=<ID>\n"
        "  done       run.verify  run_id=1, records=110, errors=0\n"
        "exists now: credential <ID> (orders-bucket), source <ID> (orders-raw), "
        "nexset <ID> (orders-no-pii), destination <ID> (orders-warehouse)\n"
        "journal: <DIR>/orders-to-warehouse.deploy.jsonl\n"
    )
    assert "[discovery.wait] done" in err
    code, out, err = run_cli(sandbox, monkeypatch, capsys, "deploy", str(config))
    assert code == 1 and "already exists; resume it with --resume" in err
    journal = config.with_name("orders-to-warehouse.deploy.jsonl")
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "deploy", "rollback", str(journal), "--json", normalised=False
    )
    assert code == 0
    report = json.loads(out)
    assert report["status"] == "rolled_back" and report["exists"] == []
    assert [u["detail"].split()[:2] for u in report["undo"]] == [
        ["pause", "flows"],
        ["delete", "destinations"],
        ["delete", "nexsets"],
        ["delete", "sources"],
        ["delete", "credentials"],
    ]


def test_bad_config_names_file_field_and_fix(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: Path,
) -> None:
    config.write_text("name: x\nsource: {name: a}\n", encoding="utf-8")
    code, out, err = run_cli(sandbox, monkeypatch, capsys, "deploy", str(config))
    assert (code, out) == (1, "")
    assert err == (
        f"error: {config}: (top level): required field `credential` is missing "
        "(fix: add `credential`); 2 more problem(s) at (top level), source\n"
    )
    assert "Traceback" not in err


def test_print_schema(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = 0
    from nexla_recipes.cli import main

    code = main(["--env-file", os.devnull, "deploy", "--print-schema"])
    out = capsys.readouterr().out
    schema_file = (
        Path(__file__).resolve().parents[2]
        / "nexla_recipes"
        / "schemas"
        / "flow_config.schema.json"
    )
    printed = json.loads(out)
    file_schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert code == 0 and printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # the file's schema, each connector block extended by its type's config schema
    for key in file_schema["properties"]:
        prop = printed["properties"][key]
        if key in ("credential", "source", "destination"):
            assert prop["allOf"][0] == file_schema["properties"][key]
        else:
            assert prop == file_schema["properties"][key]
    assert len([d for d in printed["$defs"] if d.startswith("sources.")]) == 49
    s3 = printed["$defs"]["destinations.s3_iceberg"]
    assert {"iceberg.warehouse.dir", "iceberg.table.name"} <= set(s3["required"])
