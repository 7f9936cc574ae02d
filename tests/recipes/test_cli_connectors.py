"""Connector blocks of deploy, rotation and batch-create files are checked against the catalogue
before any request (one line per problem), and `connectors` lists the catalogue offline."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from nexla_recipes.cli import main

BAD_FLOW = """\
name: orders-flow
credential:
  name: orders-bucket
  credentials_type: s3
  credentials: {s3_auth_type: Access Keys, access_key: AKIA-X, secret_key: shh-secret-99}
source:
  name: orders-raw
  source_type: s3
  source_config: {path: orders/}
destination:
  name: orders-warehouse
  sink_type: snowflak
  sink_config: {table: orders}
"""

EXPECTED_LINES = [
    "error: flow.yaml: credential.credentials.s3_auth_type: credential type s3: not an allowed "
    "value; allowed: 'Access Key', 'ARN', 'Instance Role' "
    "(fix: `nexla-recipes connectors s3 --family credentials` lists its fields)",
    'error: flow.yaml: source.source_config["start.cron"]: source type s3: missing required '
    "field 'start.cron' (fix: `nexla-recipes connectors s3 --family sources` lists its fields)",
    "error: flow.yaml: destination.sink_type: destination type snowflak: unknown sink_type "
    "'snowflak' (did you mean 'snowflake'?); allowed: ",
]


@pytest.fixture
def no_requests(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the CLI tries to send (none should be)."""
    sent: list[httpx.Request] = []

    def refuse(self: Any, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sent.append(request)
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    monkeypatch.setattr(httpx.Client, "send", refuse)
    monkeypatch.setenv("NEXLA_SERVICE_KEY", "unused-service-key")
    monkeypatch.setenv("NEXLA_API_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    return sent


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--env-file", os.devnull, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_deploy_reports_each_connector_mistake_on_its_own_line_before_any_request(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_requests: list[httpx.Request],
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("flow.yaml").write_text(BAD_FLOW, encoding="utf-8")
    code, out, err = run(["deploy", "flow.yaml"], capsys)
    lines = err.splitlines()
    assert code == 1 and out == "" and no_requests == []
    assert len(lines) == 3
    assert lines[0] == EXPECTED_LINES[0]
    assert lines[1] == EXPECTED_LINES[1]
    assert lines[2].startswith(EXPECTED_LINES[2]) and "snowflake" in lines[2]
    assert "shh-secret-99" not in err and "AKIA-X" not in err


def test_rotation_plan_is_checked_with_env_references_taken_as_present(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_requests: list[httpx.Request],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PG_PORT", "5432")
    Path("plan.yaml").write_text(
        "new_credential:\n  name: pg\n  credentials_type: postgres\n  credentials:\n"
        "    host: db\n    port: ${PG_PORT}\n    username: etl\n    password: pw\n",
        encoding="utf-8",
    )
    code, _, err = run(["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml"], capsys)
    assert code == 1 and no_requests == []
    assert err.splitlines() == [
        "error: plan.yaml: new_credential.credentials.database_name: credential type postgres: "
        "missing required field 'database_name' "
        "(fix: `nexla-recipes connectors postgres --family credentials` lists its fields)"
    ]


def test_batch_create_checks_every_item(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_requests: list[httpx.Request],
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("sinks.yaml").write_text(
        "destinations:\n"
        "  - {name: a, sink_type: s3, sink_config: {path: a/, data_format: json}}\n"
        "  - {name: b, sink_type: s3, sink_config: {path: b/, data_format: jsonl}}\n"
        "  - {name: c, sink_type: s3_iceberg, sink_config: {iceberg.table.name: t}}\n",
        encoding="utf-8",
    )
    code, _, err = run(["batch-create", "--type", "destinations", "sinks.yaml"], capsys)
    lines = err.splitlines()
    assert code == 1 and no_requests == []
    assert [line.split(": ")[2] for line in lines] == [
        "destinations[1].sink_config.data_format",
        'destinations[2].sink_config["iceberg.warehouse.dir"]',
    ]


def test_connectors_lists_families_and_one_types_fields(
    capsys: pytest.CaptureFixture[str], no_requests: list[httpx.Request]
) -> None:
    code, out, _ = run(["connectors", "--json"], capsys)
    listing = json.loads(out)
    assert code == 0
    assert {f: len(types) for f, types in listing.items()} == {
        "credentials": 52,
        "sources": 49,
        "destinations": 46,
    }
    code, out, _ = run(["connectors", "s3_iceberg", "--family", "destinations", "--json"], capsys)
    (doc,) = json.loads(out)
    fields = {f["name"]: f for f in doc["fields"]}
    assert doc["sink_type"] == "s3_iceberg" and doc["block"] == "sink_config"
    assert fields["iceberg.warehouse.dir"]["required"] is True
    assert fields["iceberg.warehouse.dir"]["python_name"] == "iceberg_warehouse_dir"
    assert fields["iceberg.insert.mode"]["allowed"] == ["insert", "upsert"]
    code, out, _ = run(["connectors", "postgres", "--family", "credentials"], capsys)
    password = next(line for line in out.splitlines() if line.strip().startswith("password "))
    assert "secret" in password and "yes" in password
    code, _, err = run(["connectors", "postgre"], capsys)
    assert code == 1 and "did you mean postgres" in err
    assert no_requests == []
