"""Every command × (bad flag, missing config, API error, found something) → exit code.

Each cell is a real in-process run of `nexla-recipes` against the sandbox. The table is
printed (run with `-s` to see it) and compared with the documented contract: 1 for every
error, 2 only when a check found something.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes.async_task import run_task
from nexla_recipes.cli import main
from nexla_recipes.sources import create_source
from nexla_sandbox.testing import SandboxServer
from tests.recipes import test_drift
from tests.recipes.test_deploy import CONFIG as FLOW_CONFIG

from .pipelines import discovered, wired
from .recipes_support import client_for

COLUMNS = ("bad flag", "missing config", "API error", "found something")
EXPECTED = {"bad flag": 1, "missing config": 1, "API error": 1, "found something": 2}

PLAN = """\
new_credential:
  name: pg-prod-2025
  credentials_type: postgres
  credentials: {host: db2, port: 5432, username: etl, database_name: analytics, password: pw}
"""


@dataclass
class Row:
    command: str
    argv: Callable[[], list[str]]
    #: the argument that names the command's config file (replaced by a missing path),
    #: or None: then "missing config" means no credentials in the environment.
    config_arg: str | None = None
    #: sets up state where the check finds something, and returns the argv to run
    found: Callable[[], list[str]] | None = None


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--env-file", os.devnull, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_code_table(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEXLA_SERVICE_KEY", sandbox.service_key)
    monkeypatch.setenv("NEXLA_API_URL", sandbox.url)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    monkeypatch.setattr("nexla_recipes.cli.task.run_task", partial(run_task, sleep=lambda _: None))
    client = client_for(sandbox)
    good = wired(client, "orders")
    hook_source = create_source(client, name="events", source_type="nexla_rest")
    [key] = next(d for d in sandbox.admin.dump("data_sources") if d["id"] == hook_source)[
        "api_keys"
    ]
    monkeypatch.setenv("EVENTS_KEY", key["api_key"])
    (tmp_path / "items.yaml").write_text("- {name: a, source_type: s3}\n")
    (tmp_path / "flow.yaml").write_text(FLOW_CONFIG)
    (tmp_path / "plan.yaml").write_text(PLAN)
    (tmp_path / "monitor.yaml").write_text(
        f"resources:\n  - {{type: destinations, id: {good.destination_id}}}\n"
    )

    def drift_found() -> list[str]:
        test_drift.seed(client)
        return ["drift", "--left-tag", "env:staging", "--right-tag", "env:prod"]

    def health_found() -> list[str]:
        paused = wired(client, "paused", activate=False)
        (tmp_path / "bad.yaml").write_text(
            f"resources:\n  - {{type: sources, id: {paused.source_id}}}\n"
        )
        return ["health", "--config", "bad.yaml"]

    def samples_found() -> list[str]:
        people = discovered(client, "people", records=[{"id": 1}, {"id": None}])
        return ["samples", "validate", "--nexset-id", str(people.nexset_id), "--required", "id"]

    desired = tmp_path / "desired"
    (desired / "sources").mkdir(parents=True)
    (desired / "sources" / "clicks.yaml").write_text(
        "kind: source\nname: clicks\nsource_type: s3\nsource_config: {path: clicks/}\n"
    )
    (tmp_path / "prod.values.yaml").write_text("vars: {}\n")

    def plan_found() -> list[str]:
        return ["plan", "desired", "--tag", "env:web"]

    sid = str(good.source_id)
    rows = [
        Row(
            "batch-create",
            lambda: ["batch-create", "--type", "sources", "items.yaml"],
            "items.yaml",
        ),
        Row("deploy", lambda: ["deploy", "flow.yaml", "--dry-run"], "flow.yaml"),
        Row("list", lambda: ["list", "--type", "sources"]),
        Row("logs", lambda: ["logs", "--type", "sources", "--resource-id", sid]),
        Row("access", lambda: ["access", "list", "--type", "sources", "--id", sid]),
        Row(
            "rotate",
            lambda: ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml", "--dry-run"],
            "plan.yaml",
        ),
        Row(
            "drift",
            lambda: ["drift", "--left-env", "a.env", "--right-env", "a.env"],
            "a.env",
            drift_found,
        ),
        Row("audit", lambda: ["audit", "--type", "sources", "--id", sid, "--since", "2025-01-01"]),
        Row("quickstart", lambda: ["quickstart"]),
        Row("health", lambda: ["health", "--config", "monitor.yaml"], "monitor.yaml", health_found),
        Row(
            "samples validate",
            lambda: ["samples", "validate", "--nexset-id", "1", "--required", "id"],
            None,
            samples_found,
        ),
        Row(
            "webhook send",
            lambda: (
                ["webhook", "send", "--url", key["url"], "--api-key-env", "EVENTS_KEY"]
                + ["--record", "{}"]
            ),
        ),
        Row("task run", lambda: ["task", "run", "--type", "export", "--timeout", "5"]),
        Row("export", lambda: ["export", "--out", "exported", "--tag", "env:web"]),
        Row("plan", lambda: ["plan", "desired", "--tag", "env:web"], "desired", plan_found),
        Row("apply", lambda: ["apply", "desired", "--tag", "env:web", "--auto-approve"], "desired"),
        Row(
            "promote",
            lambda: (
                ["promote", "--from", "desired", "--to", "env:web", "--vars", "prod.values.yaml"]
                + ["--auto-approve"]
            ),
            "prod.values.yaml",
        ),
    ]
    (tmp_path / "a.env").write_text(
        f"NEXLA_SERVICE_KEY={sandbox.service_key}\nNEXLA_API_URL={sandbox.url}\n"
    )

    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        cells: dict[str, Any] = {}
        outputs: dict[str, str] = {}
        # bad flag
        code, _, err = run([*row.argv(), "--no-such-flag"], capsys)
        cells["bad flag"], outputs["bad flag"] = code, err
        # missing config: a missing config file, or no credentials at all
        if row.config_arg is not None:
            argv = [a if a != row.config_arg else "missing.yaml" for a in row.argv()]
            code, _, err = run(argv, capsys)
        else:
            with monkeypatch.context() as m:
                m.delenv("NEXLA_SERVICE_KEY")
                m.delenv("EVENTS_KEY")
                code, _, err = run(row.argv(), capsys)
        cells["missing config"], outputs["missing config"] = code, err
        # API error: every request answered 403 (not retried)
        sandbox.state.faults.configure({"error_rate": 100, "error_status": 403})
        try:
            code, _, err = run(row.argv(), capsys)
        finally:
            sandbox.state.faults.configure({}, replace=True)
        cells["API error"], outputs["API error"] = code, err
        # found something
        if row.found is not None:
            code, _, err = run(row.found(), capsys)
            cells["found something"], outputs["found something"] = code, err
        else:
            cells["found something"] = "-"
        table[row.command] = cells
        for column, err in outputs.items():
            assert "Traceback" not in err, (row.command, column, err)
            if cells[column] == 1:
                last = (err.strip().splitlines() or [""])[-1]
                assert last.startswith("error: "), (row.command, column, err)

    lines = [
        f"| {'command':<17}| " + " | ".join(f"{c:<15}" for c in COLUMNS) + " |",
        "|" + "-" * 18 + ("|" + "-" * 17) * len(COLUMNS) + "|",
    ]
    for command, cells in table.items():
        lines.append(f"| {command:<17}| " + " | ".join(f"{cells[c]!s:<15}" for c in COLUMNS) + " |")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    for command, cells in table.items():
        for column in COLUMNS:
            if cells[column] != "-":
                assert cells[column] == EXPECTED[column], (command, column, cells[column])
    assert sum(cells["found something"] == 2 for cells in table.values()) == 4
