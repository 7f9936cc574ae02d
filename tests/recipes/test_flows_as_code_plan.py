"""Export and plan against the sandbox: empty plans for exported worlds, one item per edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from nexla_recipes._config import ConfigError
from nexla_recipes.envcode.export import export
from nexla_recipes.envcode.files import (
    catalogue_marks,
    is_secret_path,
    load_directory,
    load_values,
)
from nexla_recipes.envcode.plan import plan
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es

from .cli_support import run_cli
from .flows_as_code_support import STAGING, all_text, assert_no_secret, build_examples, seed_tagged
from .recipes_support import client_for


def edit(directory: Path, rel: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = directory / rel
    doc = yaml.safe_load(path.read_text("utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False), "utf-8")


def test_export_then_plan_is_empty_for_the_demo_org(sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.admin.reset(seed_data=True)
    client = client_for(sandbox)
    report = export(client, tmp_path)
    assert report.files == {
        "credential": 2,
        "source": 2,
        "nexset": 3,
        "destination": 2,
        "flow": 2,
    }
    result = plan(client, tmp_path)
    assert result.items == [] and result.errors == [], result.to_text()
    orders = yaml.safe_load((tmp_path / "sources" / "orders.yaml").read_text())
    assert orders == {
        "kind": "source",
        "name": "orders",
        "source_type": "s3",
        "data_credentials": "orders-bucket",
        "source_config": {"file_format": "json", "path": "orders/"},
    }
    assert yaml.safe_load((tmp_path / "flows" / "orders.yaml").read_text())["active"] is True
    text = all_text(tmp_path)
    for word in ("id:", "created_at", "updated_at", "owner"):
        assert word not in text


def test_export_then_plan_is_empty_for_the_environment_examples_build(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    client = client_for(sandbox)
    build_examples(client, tmp_path / "deploy.jsonl")
    out = tmp_path / "env"
    export(client, out)
    result = plan(client, out)
    assert result.items == [] and result.errors == [], result.to_text()
    names = {p.stem for p in (out / "sources").iterdir()}
    assert names == {"orders-raw", "orders-prod", "customers-prod"}
    derived = yaml.safe_load((out / "nexsets" / "orders-no-pii.yaml").read_text())
    assert derived["transform"]["operations"] == [
        {"operation": "remove", "spec": {"ssn": "", "dob": ""}}
    ]
    assert_no_secret(all_text(out))


def _config(doc: dict[str, Any]) -> None:
    doc["source_config"]["table"] = "orders_v2"


def _schedule(doc: dict[str, Any]) -> None:
    doc["source_config"]["start"]["cron"] = "*/5 * * * *"


def _code(doc: dict[str, Any]) -> None:
    doc["code"][0]["spec"]["dob"] = ""


def _activation(doc: dict[str, Any]) -> None:
    doc["active"] = False


def _accessors(doc: dict[str, Any]) -> None:
    doc["accessors"] = [
        {"type": "USER", "email": "dana@example.com", "access_roles": ["collaborator"]}
    ]


EDITS = {
    "config": (
        "sources/orders.yaml",
        _config,
        ("update", "source", "orders"),
        "/source_config/table",
    ),
    "schedule": (
        "sources/orders.yaml",
        _schedule,
        ("update", "source", "orders"),
        "/source_config/start/cron",
    ),
    "transform code": (
        "transforms/drop-ssn.yaml",
        _code,
        ("update", "transform", "drop-ssn"),
        "/code/0/spec/dob",
    ),
    "activation": ("flows/orders.yaml", _activation, ("pause", "flow", "orders"), "/active"),
    "accessors": (
        "destinations/orders-out.yaml",
        _accessors,
        ("update", "destination", "orders-out"),
        "/accessors",
    ),
}


@pytest.mark.parametrize("field_kind", list(EDITS))
def test_one_edit_of_each_field_kind_is_exactly_one_plan_item(
    exported_staging: tuple[Any, Path], field_kind: str
) -> None:
    client, out = exported_staging
    assert plan(client, out, tag=STAGING).items == []
    rel, change, expected, pointer = EDITS[field_kind]
    edit(out, rel, change)
    result = plan(client, out, tag=STAGING)
    assert result.errors == []
    assert [(i.action, i.kind, i.name) for i in result.items] == [expected]
    assert [c.pointer for c in result.items[0].changes] == [pointer]
    assert_no_secret(result.to_json() + result.to_text() + result.to_markdown())


def test_exported_secrets_are_env_references_with_an_env_example(
    exported_staging: tuple[Any, Path],
) -> None:
    client, out = exported_staging
    text = all_text(out)
    assert_no_secret(text)
    source = yaml.safe_load((out / "sources" / "orders.yaml").read_text())
    assert source["source_config"]["api_key"] == "${env:NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY}"
    example = (out / ".env.example").read_text()
    assert "NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY=\n" in example
    assert "NEXLA_DESTINATION_ORDERS_OUT_SINK_CONFIG_PASSWORD=\n" in example
    # unset: not compared; set to the live value: equal; set to another: one secret change
    env = {"NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY": "stg-api-key-111"}
    assert plan(client, out, tag=STAGING, environ={}).items == []
    assert plan(client, out, tag=STAGING, environ=env).items == []
    changed = plan(
        client,
        out,
        tag=STAGING,
        environ={**env, "NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY": "new-key"},
    )
    assert [(i.kind, i.name) for i in changed.items] == [("source", "orders")]
    assert changed.items[0].changes[0].secret
    assert "new-key" not in changed.to_json() + changed.to_text()


def test_variables_come_from_the_values_file(
    exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    edit(
        out,
        "sources/customers.yaml",
        lambda d: d["source_config"].__setitem__("table", "${var:customers_table}"),
    )
    values = tmp_path / "staging.values.yaml"
    values.write_text("vars:\n  customers_table: customers\n")
    assert plan(client, out, tag=STAGING, values=values).items == []
    values.write_text("vars:\n  customers_table: customers_eu\n")
    items = plan(client, out, tag=STAGING, values=values).items
    assert [(i.name, i.changes[0].right) for i in items] == [("customers", "customers_eu")]
    with pytest.raises(ConfigError) as err:
        load_directory(out, load_values(None))
    assert "${var:customers_table} has no value" in str(err.value)


def test_bad_files_are_reported_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yaml").write_text("kind: source\nname: a\nsource_typ: s3\n")
    (tmp_path / "sources" / "b.yaml").write_text("kind: nexset\nname: b\ndata_source: a\n")
    (tmp_path / "sources" / "c.yaml").write_text("kind: pipeline\nname: c\n")
    with pytest.raises(ConfigError) as err:
        load_directory(tmp_path)
    lines = [str(p) for p in err.value.problems]
    assert any(
        "a.yaml: (top level): required field `source_type` is missing" in line for line in lines
    )
    assert any("a.yaml" in line and "unknown field(s) `source_typ`" in line for line in lines)
    assert any("b.yaml: kind: a nexset file in sources/" in line for line in lines)
    assert any("c.yaml: kind: unknown kind 'pipeline'" in line for line in lines)


def test_references_to_nothing_and_changes_nexla_refuses_are_plan_errors(
    exported_staging: tuple[Any, Path],
) -> None:
    client, out = exported_staging
    edit(out, "destinations/orders-out.yaml", lambda d: d.__setitem__("data_set", "no-such-nexset"))
    edit(out, "sources/customers.yaml", lambda d: d.__setitem__("source_type", "s3"))
    result = plan(client, out, tag=STAGING)
    assert sorted(result.errors) == [
        "destination 'orders-out': data_set names nexset 'no-such-nexset': no such resource in the directory or the org",
        "source 'customers': source_type cannot change in place; delete it (or rename it in the directory so a new one is created)",
    ]


def test_cli_plan_exit_codes_and_formats(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    seed_tagged(client_for(sandbox), STAGING, prod=False)
    out = tmp_path / "env"
    code, stdout, _ = run_cli(
        sandbox, monkeypatch, capsys, "export", "--out", str(out), "--tag", STAGING
    )
    assert code == 0 and stdout.startswith("exported 10 resource(s)")
    code, stdout, _ = run_cli(
        sandbox, monkeypatch, capsys, "plan", str(out), "--tag", STAGING, normalised=False
    )
    assert (code, stdout) == (
        0,
        f"No changes: {STAGING} matches {out}.\n"
        "note: ${env:NEXLA_DESTINATION_ORDERS_OUT_SINK_CONFIG_PASSWORD} is not set: "
        "destination 'orders-out' /sink_config/password not compared\n"
        "note: ${env:NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY} is not set: "
        "source 'orders' /source_config/api_key not compared\n",
    )
    edit(out, "sources/orders.yaml", _config)
    code, stdout, _ = run_cli(sandbox, monkeypatch, capsys, "plan", str(out), "--tag", STAGING)
    assert code == 2
    assert "~ update source 'orders': source_config differs" in stdout
    assert '/source_config/table: "orders" -> "orders_v2"' in stdout
    code, stdout, _ = run_cli(
        sandbox, monkeypatch, capsys, "plan", str(out), "--tag", STAGING, "--markdown"
    )
    assert code == 2 and "| 1 | update | source | orders | `/source_config/table` |" in stdout
    code, _, err = run_cli(sandbox, monkeypatch, capsys, "plan", str(tmp_path / "missing"))
    assert code == 1 and "not a directory" in err and "Traceback" not in err


def test_catalogue_marked_secrets_never_reach_a_file(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """`json_creds` and `sasl.jaas.config` do not look secret by name; the catalogue says so."""
    client = client_for(sandbox)
    es.credential(client, "bq", "bigquery", json_creds={"private": "bq-json-creds-333"})
    cred = es.credential(client, "kafka", "kafka")
    es.source(
        client,
        "clicks",
        cred,
        ["env:web"],
        {"topic": "clicks", "sasl.jaas.config": "jaas-444"},
        source_type="kafka",
    )
    export(client, tmp_path)
    text = all_text(tmp_path)
    assert "bq-json-creds-333" not in text and "jaas-444" not in text
    source = yaml.safe_load((tmp_path / "sources" / "clicks.yaml").read_text())
    assert source["source_config"]["sasl.jaas.config"].startswith("${env:NEXLA_SOURCE_CLICKS_")
    assert plan(client, tmp_path).items == []
    marks = catalogue_marks({"credentials_type": "bigquery"})
    assert is_secret_path(("credentials", "json_creds"), marks)
    assert not is_secret_path(("credentials", "json_creds"))
