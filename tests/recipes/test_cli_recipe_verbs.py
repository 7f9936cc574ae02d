"""Golden output of `quickstart`, `health`, `samples validate`, `webhook send` and `task run`."""

from __future__ import annotations

import json
import os
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes.async_task import run_task
from nexla_recipes.cli import main
from nexla_recipes.sources import create_source
from nexla_sandbox.testing import SandboxServer

from .alert_receiver import alert_receiver
from .cli_support import run_cli
from .pipelines import discovered, wired
from .recipes_support import client_for

Env = tuple[SandboxServer, pytest.MonkeyPatch, pytest.CaptureFixture[str]]


@pytest.fixture
def env(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Env:
    return sandbox, monkeypatch, capsys


def cli(env: Env, *argv: str) -> tuple[int, str, str]:
    """Human output normalised; `--json` output left raw so it still parses."""
    return run_cli(*env, *argv, normalised="--json" not in argv)


def test_quickstart(env: Env) -> None:
    env[0].admin.reset(seed_data=True)
    assert cli(env, "quickstart") == (
        0,
        "authenticated to http://127.0.0.1:<ID>\nsources=2 nexsets=3 destinations=2 flows=2\n",
        "",
    )
    code, out, _ = cli(env, "quickstart", "--json")
    assert code == 0 and json.loads(out)["counts"]["flows"] == 2


def test_quickstart_bad_key(env: Env) -> None:
    sandbox, monkeypatch, capsys = env
    monkeypatch.setenv("NEXLA_SERVICE_KEY", "sk-wrong")
    monkeypatch.setenv("NEXLA_API_URL", sandbox.url)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    code = main(["--env-file", os.devnull, "quickstart"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("error: authentication failed; check NEXLA_SERVICE_KEY")
    assert "Traceback" not in err


def test_health_unhealthy_alerts_and_exits_2(env: Env, tmp_path: Path) -> None:
    sandbox = env[0]
    client = client_for(sandbox)
    good = wired(client, "orders")
    paused = wired(client, "events", activate=False)
    config = tmp_path / "monitoring.yaml"
    config.write_text(
        "thresholds: {max_error_rate: 0.5}\n"
        "resources:\n"
        f"  - {{type: destinations, id: {good.destination_id}}}\n"
        f"  - {{type: sources, id: {paused.source_id}, name: events}}\n",
        encoding="utf-8",
    )
    with alert_receiver() as hook:
        code, out, err = cli(env, "health", "--config", str(config), "--webhook-url", hook.url)
    assert (code, err) == (2, "")
    assert out == (
        "OK    destinations <ID> (orders-sink)  status=ACTIVE\n"
        "FAIL  sources <ID> (events)  status=INIT\n"
        "      - status is INIT (not ACTIVE)\n"
        "      - no runs recorded\n"
        "1 of 2 unhealthy; alert sent\n"
    )
    assert len(hook.posts) == 1
    assert hook.posts[0]["json"]["text"] == "Nexla health check: 1 of 2 resource(s) unhealthy"

    healthy = tmp_path / "ok.yaml"
    healthy.write_text(
        f"resources:\n  - {{type: destinations, id: {good.destination_id}}}\n", encoding="utf-8"
    )
    code, out, _ = cli(env, "health", "--config", str(healthy), "--json")
    report = json.loads(out)
    assert code == 0 and report["healthy"] is True and report["exit_code"] == 0


def test_health_bad_config_is_one_line(env: Env, tmp_path: Path) -> None:
    config = tmp_path / "m.yaml"
    config.write_text("resources: []\n", encoding="utf-8")
    code, out, err = cli(env, "health", "--config", str(config))
    assert (code, out) == (1, "")
    assert err.startswith("error: ") and err.count("\n") == 1
    assert err.endswith("m.yaml: resources: must not be empty (fix: list at least 1 item(s))\n")
    code, _, err = cli(env, "health", "--config", str(tmp_path / "missing.yaml"))
    assert code == 1 and "file not found" in err


def test_samples_validate(env: Env) -> None:
    sandbox = env[0]
    records: list[dict[str, Any]] = [
        {"id": 1, "email": "a@example.com", "amount": 3},
        {"id": 2, "amount": "3"},
        {"id": 3, "email": None, "amount": 1.5},
    ]
    base = discovered(client_for(sandbox), "people", records=records)
    argv = ["samples", "validate", "--nexset-id", str(base.nexset_id)]
    code, out, err = cli(
        env, *argv, "--required", "id,email", "--types", "id=integer,amount=number"
    )
    assert (code, err) == (2, "")
    assert out == (
        "row 2: `email` is missing\n"
        "row 2: `amount` should be number, got string\n"
        "row 3: `email` is null\n"
        "nexset <ID>: 3 samples, invalid rows: [2, 3]\n"
    )
    code, out, _ = cli(env, *argv, "--required", "id", "--count", "1", "--json")
    assert code == 0 and json.loads(out)["valid"] is True
    code, out, err = cli(env, *argv, "--types", "amount=float")
    assert (code, out) == (1, "")
    assert err.startswith("error: --types: unknown type 'float' for field 'amount'")


def test_webhook_send(env: Env, tmp_path: Path) -> None:
    sandbox, monkeypatch, _ = env
    source_id = create_source(client_for(sandbox), name="events", source_type="nexla_rest")
    [key] = next(d for d in sandbox.admin.dump("data_sources") if d["id"] == source_id)["api_keys"]
    monkeypatch.setenv("EVENTS_KEY", key["api_key"])
    base = ["webhook", "send", "--url", key["url"], "--api-key-env", "EVENTS_KEY"]
    code, out, err = cli(env, *base, "--record", '{"event": "signup"}')
    assert (code, out, err) == (
        0,
        "sent 1 record(s) in 1 request(s); 1 processed into nexset <ID>\n",
        "",
    )
    file = tmp_path / "events.jsonl"
    file.write_text("\n".join(json.dumps({"n": i}) for i in range(5)) + "\n", encoding="utf-8")
    code, out, _ = cli(env, *base, "--file", str(file), "--batch-size", "2", "--json")
    assert code == 0
    assert json.loads(out) | {"dataset_ids": []} == {
        "sent": 5,
        "processed": 5,
        "requests": 3,
        "dataset_ids": [],
        "all_processed": True,
    }
    code, out, err = cli(env, *base[:-1], "MISSING_VAR", "--record", "{}")
    assert (code, out) == (1, "")
    assert err == "error: environment variable MISSING_VAR is not set (it holds the API key)\n"
    code, _, err = cli(env, *base, "--record", "[1]")
    assert code == 1 and err == "error: --record must be a JSON object\n"
    monkeypatch.setenv("EVENTS_KEY", "wrong")
    code, _, err = cli(env, *base, "--record", "{}")
    assert code == 1 and "401" in err and "wrong" not in err


def test_task_run(env: Env) -> None:
    env[1].setattr("nexla_recipes.cli.task.run_task", partial(run_task, sleep=lambda _: None))
    argv = ["task", "run", "--type", "export", "--timeout", "30"]
    code, out, err = cli(env, *argv, "--arguments", '{"resource_id": 5}')
    assert code == 0
    assert out == (
        "task <ID> (export): pending -> running -> completed\n"
        'result: {"data": [], "rows": 0, "type": "export"}\n'
        "download: https://sandbox.nexla.local/async_tasks/<ID>/result.json\n"
    )
    assert (
        err
        == "[task] created task <ID> (pending)\n[task] task <ID> is running\n[task] task <ID> is completed\n"
    )
    code, out, _ = cli(env, *argv, "--arguments", '{"resource_id": 5, "fail": true}')
    assert code == 1
    assert out.endswith("error: Task <ID> failed: the arguments were rejected\n")
    code, out, err = cli(env, *argv, "--arguments", "{oops")
    assert (code, out) == (1, "")
    assert err.startswith("error: --arguments is not valid JSON")
    code, _, err = cli(env, "task", "run", "--type", "nope", "--json")
    assert code == 1 and err.startswith("error: unknown task type 'nope'; available: ")
