"""Promote staging onto prod (two seeded tags): afterwards they differ only where mapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from nexla_api.api.sources import update_data_source
from nexla_api.models import DataSourceUpdate
from nexla_recipes.drift import compare_environments
from nexla_recipes.envcode.export import export
from nexla_recipes.envcode.promote import promote
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es

from .cli_support import run_cli
from .flows_as_code_support import (
    PROD,
    STAGING,
    FakeClock,
    all_text,
    assert_no_secret,
    seed_tagged,
)
from .recipes_support import client_for

VALUES = "credentials:\n  warehouse-stg: warehouse-prd\n"


def differences(client: object) -> set[tuple[str, str, str]]:
    report = compare_environments(client, STAGING, right_tag=PROD)  # type: ignore[arg-type]
    found = {(r.kind, r.name, d.pointer) for r in report.changed for d in r.differences}
    for side in (report.only_left, report.only_right):
        found |= {(k, n, "missing") for k, names in side.items() for n in names}
    return found


MAPPED = {
    ("sources", "orders", "/data_credentials"),
    ("sources", "customers", "/data_credentials"),
    ("destinations", "orders-out", "/data_credentials"),
    # each environment keeps its own secret: ${env:...} is read per environment, never copied
    ("sources", "orders", "/source_config/api_key"),
}


def test_promote_staging_onto_prod_leaves_drift_only_at_mapped_values(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    client = client_for(sandbox)
    ids = seed_tagged(client, STAGING, prod=False)
    seed_tagged(client, PROD, prod=True)
    # staging moves ahead: a changed config, a paused flow's change, a new source
    body = DataSourceUpdate(source_config={"table": "customers_v2", "file_format": "json"})
    update_data_source.sync(ids["customers"], client=client, body=body)
    cred = client_for(sandbox)
    es.source(cred, "events", sandbox.state.store.all("data_credentials")[0]["id"], [STAGING])
    before = differences(client)
    assert ("sources", "customers", "/source_config/table") in before
    assert ("sources", "events", "missing") in before

    values = tmp_path / "prod.values.yaml"
    values.write_text(VALUES)
    clock = FakeClock()
    report = promote(
        client,
        STAGING,
        PROD,
        values=values,
        journal_path=tmp_path / "promote.jsonl",
        clock=clock,
        sleep=clock.sleep,
    )
    assert report.status == "applied", report.to_text()
    assert {s.step for s in report.steps} >= {
        "update:source/customers",
        "create:source/events",
        "create:nexset/events nexset",
    }
    assert differences(client) == MAPPED | {("sources", "events", "/data_credentials")}
    # the prod credential is used, not the staging one, and no credential was created
    assert sorted(c["name"] for c in sandbox.admin.dump("data_credentials")) == [
        "warehouse-prd",
        "warehouse-stg",
    ]
    # promoting again changes nothing
    again = promote(client, STAGING, PROD, values=values, journal_path=tmp_path / "again.jsonl")
    assert again.status == "no_changes" and again.plan.items == []
    out = tmp_path / "prod"
    export(client, out, tag=PROD)
    assert_no_secret(all_text(out) + (tmp_path / "promote.jsonl").read_text() + report.to_text())


def test_promote_from_a_directory_with_variables(sandbox: SandboxServer, tmp_path: Path) -> None:
    client = client_for(sandbox)
    seed_tagged(client, STAGING, prod=False)
    seed_tagged(client, PROD, prod=True)
    out = tmp_path / "staging"
    export(client, out, tag=STAGING)
    path = out / "sources" / "customers.yaml"
    path.write_text(path.read_text().replace("table: customers", "table: ${var:customers_table}"))
    values = tmp_path / "prod.values.yaml"
    values.write_text(VALUES + "vars:\n  customers_table: customers_prod\n")
    report = promote(client, str(out), PROD, values=values, journal_path=tmp_path / "j.jsonl")
    assert report.status == "applied", report.to_text()
    assert differences(client) == MAPPED | {("sources", "customers", "/source_config/table")}


def test_cli_promote_from_a_tag(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    client = client_for(sandbox)
    ids = seed_tagged(client, STAGING, prod=False)
    seed_tagged(client, PROD, prod=True)
    body = DataSourceUpdate(source_config={"table": "customers_v2", "file_format": "json"})
    update_data_source.sync(ids["customers"], client=client, body=body)
    values = tmp_path / "prod.values.yaml"
    values.write_text(VALUES)
    monkeypatch.chdir(tmp_path)
    argv = ("promote", "--from", STAGING, "--to", PROD, "--vars", str(values), "--auto-approve")
    code, stdout, err = run_cli(sandbox, monkeypatch, capsys, *argv, normalised=False)
    assert code == 0, stdout + err
    assert "done       update:source/customers" in stdout
    assert differences(client) == MAPPED
    [journal] = list(tmp_path.glob("tag-env-staging.*.apply.jsonl"))
    assert_no_secret(stdout + err + journal.read_text())
