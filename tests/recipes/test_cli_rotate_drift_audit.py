"""Golden output of `rotate`, `drift` and `audit` (ids, times and paths normalised)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nexla_api import NexlaClient
from nexla_recipes.cli import main
from nexla_sandbox.testing import SandboxServer
from tests.recipes import test_drift, test_rotate
from tests.recipes.test_access_audit import Clock, make_history

PLAN = """\
new_credential:
  name: pg-prod-2025
  credentials_type: postgres
  credentials:
    host: db2
    port: 5432
    username: etl
    database_name: analytics
    password: ${TEST_PG_PASSWORD}
"""


@pytest.fixture
def cli_env(sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEXLA_SERVICE_KEY", sandbox.service_key)
    monkeypatch.setenv("NEXLA_API_URL", sandbox.url)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("TEST_PG_PASSWORD", "n3w-s3cret")
    (tmp_path / "plan.yaml").write_text(PLAN)
    return tmp_path


def norm(text: str, tmp: Path | None = None) -> str:
    if tmp is not None:
        text = text.replace(str(tmp), "<tmp>")
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+(\+00:00|Z)?", "<time>", text)
    return re.sub(r"\b1\d{3}\b", "<id>", text)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


ROTATE_DRY = """\
plan: 4 dependent(s) tagged env:prod in 2 flow(s) move to postgres credential 'pg-prod-2025'
  flow <id>: source <id> 'orders' (credential <id>)
  flow <id>: destination <id> 'orders-out' (credential <id>)
  flow <id>: source <id> 'users' (credential <id>)
  flow <id>: destination <id> 'users-out' (credential <id>)
  skipped: source <id> 'logs': uses credential <id> of type s3, not postgres
dry run: nothing changed
"""

ROTATE_DONE = """\
plan: 4 dependent(s) tagged env:prod in 2 flow(s) move to postgres credential 'pg-prod-2025'
  flow <id>: source <id> 'orders' (credential <id>)
  flow <id>: destination <id> 'orders-out' (credential <id>)
  flow <id>: source <id> 'users' (credential <id>)
  flow <id>: destination <id> 'users-out' (credential <id>)
  skipped: source <id> 'logs': uses credential <id> of type s3, not postgres
rotation finished; new credential <id>
  repointed 4, found already repointed 0
  paused and re-activated flows: <id>
  old credential <id>: deleted
  old credential <id>: kept: still used by data_sources [<id>]
checkpoint: rotation-env_prod.checkpoint.json
"""


def test_rotate_dry_run_then_run_then_resume_of_finished(
    cli_env: Path, nexla_client: NexlaClient, capsys: pytest.CaptureFixture[str]
) -> None:
    test_rotate.seed(nexla_client)
    code, out, _ = run(
        ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml", "--dry-run"], capsys
    )
    assert (code, norm(out)) == (0, ROTATE_DRY)
    code, out, err = run(
        ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml", "--delete-old"], capsys
    )
    assert (code, norm(out)) == (0, ROTATE_DONE)
    assert "rotate.finished" in err and "n3w-s3cret" not in out + err
    code, out, _ = run(
        ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml", "--resume", "--json"],
        capsys,
    )
    data = json.loads(out)
    assert code == 0 and data["finished"] and data["resumed"] and data["repointed"] == []


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (
            "new_credential:\n  name: x\n  credentials_type: postgres\n",
            "error: plan.yaml: new_credential: required field `credentials` is missing "
            "(fix: add `credentials`)\n",
        ),
        (
            "new_credential:\n  name: x\n  credentials_type: pg\n  credentials:\n    p: ${NOPE_X}\n",
            "error: plan.yaml: new_credential.credentials.p: environment variable NOPE_X is not "
            "set (fix: export NOPE_X, or write the value into the file)\n",
        ),
        ("new_credential: [\n", "error: plan.yaml: line 2 column 1: invalid YAML"),
    ],
)
def test_rotate_bad_input_is_one_clear_line(
    cli_env: Path, capsys: pytest.CaptureFixture[str], plan: str, message: str
) -> None:
    (cli_env / "plan.yaml").write_text(plan)
    code, out, err = run(["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml"], capsys)
    assert code == 1 and out == "" and err.startswith(message) and "Traceback" not in err


def test_rotate_unfinished_checkpoint_needs_resume(
    cli_env: Path, nexla_client: NexlaClient, capsys: pytest.CaptureFixture[str]
) -> None:
    test_rotate.seed(nexla_client)
    plan = {
        "tag": "x",
        "credentials_type": "s3",
        "new_credential_name": "n",
        "old_credential_ids": [],
        "flows": [],
        "skipped": [],
    }
    checkpoint = {
        "version": 1,
        "tag": "x",
        "fingerprint": "0" * 16,
        "plan": plan,
        "new_credential_id": None,
        "creating": False,
        "probed": False,
        "flows": [],
        "old_credentials": {},
        "finished": False,
    }
    (cli_env / "cp.json").write_text(json.dumps(checkpoint))
    code, _, err = run(
        ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml", "--checkpoint", "cp.json"],
        capsys,
    )
    assert code == 1
    assert err == (
        "error: an unfinished rotation is recorded in cp.json; continue it with --resume, "
        "or delete the file to start over\n"
    )


DRIFT_MD = """\
# Drift: env:staging vs env:prod

8 difference(s).

Compared: destinations 1, flows 2, nexsets 2, sources 2, transforms 1.

## Only in env:staging

- flow `legacy`
- nexset `legacy nexset`
- source `legacy`

## Changed

| kind | name | field | env:staging | env:prod |
|---|---|---|---|---|
| source | customers | `/source_config/batch_size` | `100` | `500` |
| source | orders | `/source_config/api_key` | secret differs | secret differs |
| destination | orders-out | `/sink_config/mode` | (absent) | `"upsert"` |
| transform | drop-ssn | `/code/0/spec/dob` | (absent) | `""` |
| flow | orders | `/status` | `"INIT"` | `"ACTIVE"` |
"""


def test_drift_markdown_json_and_exit_codes(
    cli_env: Path,
    sandbox: SandboxServer,
    nexla_client: NexlaClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    test_drift.seed(nexla_client)
    code, out, _ = run(["drift", "--left-tag", "env:staging", "--right-tag", "env:prod"], capsys)
    assert (code, out) == (2, DRIFT_MD)
    code, out, _ = run(
        ["drift", "--left-tag", "env:staging", "--right-tag", "env:prod", "--json"], capsys
    )
    assert code == 2 and json.loads(out)["differences"] == 8
    for secret in test_drift.SECRETS:
        assert secret not in out
    # two instances through env files: here the same sandbox, so no drift
    env = f"NEXLA_SERVICE_KEY={sandbox.service_key}\nNEXLA_API_URL={sandbox.url}\n"
    (cli_env / "a.env").write_text(env)
    (cli_env / "b.env").write_text(env)
    args = ["drift", "--left-env", "a.env", "--right-env", "b.env", "--left-tag", "env:prod"]
    code, out, _ = run([*args, "--right-tag", "env:prod"], capsys)
    assert code == 0 and "No drift." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--left-tag", "a"], "error: give --left-tag and --right-tag"),
        (["--left-env", "a.env"], "error: give both --left-env and --right-env, or neither"),
        (["--left-env", "no.env", "--right-env", "no.env"], "error: no.env: file not found"),
        (["--left-tag", "a", "--right-tag", "b", "--ignore", "x"], "error: --ignore 'x' is not"),
    ],
)
def test_drift_bad_input_exits_1(
    cli_env: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(["drift", *args], capsys)
    assert code == 1 and out == "" and err.startswith(message)


AUDIT_TEXT = """\
access changes from <time> to <time>: 2
  <time> source <id> by owner@example.com: -USER:dana@example.com(operator)
  <time> source <id> by owner@example.com: +TEAM:data-engineering(collaborator)
source <id>: accessors now: TEAM:data-engineering(collaborator), USER:owner@example.com(owner)
"""

AUDIT_CSV = """\
record,resource_type,resource_id,created_at,event,user,change_summary,granted,revoked,accessor
change,source,<id>,<time>,update,owner@example.com,access_controls,,USER:dana@example.com(operator),
change,source,<id>,<time>,update,owner@example.com,access_controls,TEAM:data-engineering(collaborator),,
accessor,source,<id>,,,,,,,TEAM:data-engineering(collaborator)
accessor,source,<id>,,,,,,,USER:owner@example.com(owner)
"""


def test_audit_text_csv_json(
    cli_env: Path,
    sandbox: SandboxServer,
    nexla_client: NexlaClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = Clock(sandbox)
    try:
        h = make_history(nexla_client, clock)
    finally:
        clock.restore()
    day = h.day.date().isoformat()
    base = ["audit", "--type", "source", "--id", str(h.source), "--since", day]
    code, out, _ = run(base, capsys)
    assert (code, norm(out)) == (0, AUDIT_TEXT)
    code, out, _ = run([*base, "--format", "csv"], capsys)
    assert (code, norm(out)) == (0, AUDIT_CSV)
    code, out, _ = run([*base, "--until", day, "--json"], capsys)
    assert code == 0 and json.loads(out)["changes"] == 2
    before = (h.day - timedelta(days=2)).date().isoformat()
    code, out, _ = run(
        ["audit", "--resource", f"source:{h.source}", "--since", before, "--until", before], capsys
    )
    assert (
        code == 0
        and out.startswith(f"access changes from {before}T00:00:00+00:00")
        and ": 0\n" in out
    )
    assert datetime.now(UTC) > h.day


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "1", "--since", "2025-01-01"], "error: --id needs --type"),
        (["--type", "flowz", "--id", "1", "--since", "2025-01-01"], "error: unknown resource type"),
        (["--type", "source", "--id", "x", "--since", "2025-01-01"], "error: --id 'x' is not"),
        (["--resource", "source12", "--since", "2025-01-01"], "error: --resource 'source12'"),
        (["--type", "source", "--id", "1", "--since", "yesterday"], "error: --since 'yesterday'"),
        (["--since", "2025-01-01"], "error: name at least one resource"),
    ],
)
def test_audit_bad_input_exits_1(
    cli_env: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(["audit", *args], capsys)
    assert code == 1 and out == "" and err.startswith(message)
