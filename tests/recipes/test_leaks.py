"""Every kind of secret, walked through every output the recipes produce, never shows up.

The secrets are real inputs: they reach the sandbox (credentials, connector configs), the alert
receiver and the webhook source, and the commands that produce each output read them back.
The test prints its inventory: for every secret kind and output, whether the secret was fed
to what produced that output, and that it is absent from it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from nexla_api.api.access_control import add_data_source_accessors
from nexla_api.api.sources import update_data_source
from nexla_api.models import AccessorsRequest, DataSourceUpdate
from nexla_recipes.cli import main
from nexla_recipes.deploy import deploy, load_config
from nexla_recipes.sources import create_source
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es
from tests.recipes.test_deploy import FakeClock

from .alert_receiver import alert_receiver
from .recipes_support import client_for

STAGING, PROD = "env:staging", "env:prod"

KINDS = (
    "service key",
    "access token",
    "credential field values",
    "webhook API key",
    "webhook/alert URLs",
    "URL userinfo",
    "auth headers in configs",
    "signed-URL signatures",
)
OUTPUTS = (
    "drift Markdown",
    "drift JSON",
    "audit JSON",
    "audit CSV",
    "health output",
    "deploy journal",
    "rotation checkpoint",
    "CLI stdout/stderr",
    "logs",
)


def connector_config(env: str) -> dict[str, Any]:
    """Connector settings with a secret of each connector-config kind (different per env)."""
    return {
        "table": "orders",
        "url": f"https://etl:leak-userinfo-pw-{env}@api.example.com/v1/export",
        "headers": {"Authorization": f"Bearer leak-hdr-token-{env}-8M3", "Accept": "text/csv"},
        "report_url": (
            "https://bucket.s3.amazonaws.com/f.csv?X-Amz-Date=20250101T000000Z"
            f"&X-Amz-Signature=leaksig{env}0a1b2c3d4e5f"
        ),
        "archive": f"https://acct.blob.core.windows.net/c?sv=2020-08-04&sig=leak-sas-sig-{env}-6T7",
    }


FLOW = """\
name: leak-flow
credential:
  name: leak-flow-cred
  credentials_type: s3
  credentials:
    {s3_auth_type: Access Key, region: us-east-1, secret_key: leak-s3-secret-3K8,
     password: leak-cred-pw-deploy}
source:
  name: leak-flow-src
  source_type: s3
  source_config: %s
discovery: {timeout_seconds: 30, poll_interval_seconds: 1}
destination:
  name: leak-flow-sink
  sink_type: s3
  sink_config: {path: out/, data_format: json, headers: {X-Api-Key: leak-hdr-token-sink-4N5}}
verify: {timeout_seconds: 30, poll_interval_seconds: 1}
"""

ROTATION_PLAN = """\
new_credential:
  name: leak-rotated
  credentials_type: postgres
  credentials:
    {host: db2, port: 5432, username: etl, database_name: analytics,
     password: "${LEAK_ROT_PW}"}
"""


class Walk:
    """What each output holds, and which secret kinds were fed to what produced it."""

    def __init__(self) -> None:
        self.text: dict[str, list[str]] = {o: [] for o in OUTPUTS}
        self.fed: dict[str, set[str]] = {o: set() for o in OUTPUTS}

    def add(self, output: str, text: str, fed: Iterable[str]) -> None:
        self.text[output].append(text)
        self.fed[output] |= set(fed)


def cli(
    walk: Walk,
    capsys: pytest.CaptureFixture[str],
    fed: Iterable[str],
    *argv: str,
    into: tuple[str, ...] = (),
) -> tuple[int, str]:
    code = main(["--env-file", os.devnull, *argv])
    out, err = capsys.readouterr()
    fed = set(fed)
    walk.add("CLI stdout/stderr", out + err, fed)
    for output in into:
        walk.add(output, out + err, fed)
    return code, out


def test_no_secret_of_any_kind_in_any_output(
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEXLA_SERVICE_KEY", sandbox.service_key)
    monkeypatch.setenv("NEXLA_API_URL", sandbox.url)
    monkeypatch.delenv("NEXLA_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("LEAK_ROT_PW", "leak-rot-pw-9Z4")
    client = client_for(sandbox)
    walk = Walk()
    everywhere = {"service key", "access token"}  # every command authenticates
    config_kinds = {"URL userinfo", "auth headers in configs", "signed-URL signatures"}

    # -- two tagged environments whose connector configs and credentials hold secrets
    cred = es.credential(client, "leak-cred", password="leak-cred-pw-7Q1", api_key="leak-k-1")
    src = {}
    for tag, env in ((STAGING, "stg"), (PROD, "prd")):
        src[env], nexset = es.source(client, "orders", cred, [tag], connector_config(env))
        es.sink(client, "orders-out", nexset, cred, {"table": "o", **connector_config(env)})

    # -- drift, both formats
    fed = everywhere | config_kinds | {"credential field values"}
    base = ("drift", "--left-tag", STAGING, "--right-tag", PROD)
    code, _ = cli(walk, capsys, fed, *base, into=("drift Markdown",))
    assert code == 2
    code, out = cli(walk, capsys, fed, *base, "--json", into=("drift JSON",))
    assert code == 2 and json.loads(out)["changed"]

    # -- audit: the audit log holds the config changes (with their secrets) and a grant
    update_data_source.sync(
        src["prd"],
        client=client,
        body=DataSourceUpdate(source_config=connector_config("prd2")),
    )
    grant = {"type": "USER", "email": "dana@example.com", "access_roles": ["operator"]}
    add_data_source_accessors.sync(
        src["prd"], client=client, body=AccessorsRequest.from_dict({"accessors": [grant]})
    )
    day = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d")
    targets = ("--resource", f"source:{src['prd']}", "--resource", f"credential:{cred}")
    for fmt, output in (("json", "audit JSON"), ("csv", "audit CSV")):
        code, out = cli(
            walk, capsys, fed, "audit", *targets, "--since", day, "--format", fmt, into=(output,)
        )
        assert code == 0 and "dana@example.com" in out

    # -- health, alerting a Slack-style webhook (the alert URL is a secret), then failing to
    monitoring = tmp_path / "monitoring.yaml"
    monitoring.write_text(
        f"resources:\n  - {{type: sources, id: {src['prd']}}}\n  - {{type: sources, id: 999999}}\n"
    )
    alert_fed = everywhere | {"webhook/alert URLs", "credential field values"}
    for status in (200, 500):
        with alert_receiver(status=status) as hook:
            for extra in ((), ("--json",)):
                cli(
                    walk,
                    capsys,
                    alert_fed,
                    "health",
                    "--config",
                    str(monitoring),
                    "--webhook-url",
                    hook.url,
                    *extra,
                    into=("health output",),
                )
            assert len(hook.posts) == 2  # delivered (or attempted) with the secret URL
            alert_urls = [hook.url]

    # -- deploy: the journal of a deploy whose config is full of secrets, then its rollback
    flow = tmp_path / "flow.yaml"
    source_config = {"path": "orders/", "start.cron": "0 * * * *", **connector_config("dep")}
    flow.write_text(FLOW % json.dumps(source_config), encoding="utf-8")
    journal = tmp_path / "leak.deploy.jsonl"
    clock = FakeClock()
    deployed = deploy(
        client, load_config(flow), journal_path=journal, clock=clock, sleep=clock.sleep
    )
    assert deployed.status == "succeeded", deployed.error
    deploy_fed = everywhere | config_kinds | {"credential field values"}
    cli(walk, capsys, deploy_fed, "deploy", str(flow), "--dry-run")
    code, _ = cli(walk, capsys, deploy_fed, "deploy", "rollback", str(journal))
    assert code == 0
    walk.add("deploy journal", journal.read_text(encoding="utf-8"), deploy_fed)

    # -- rotation: the new credential's password comes from the environment
    (tmp_path / "plan.yaml").write_text(ROTATION_PLAN)
    checkpoint = tmp_path / "cp.json"
    rotate_fed = everywhere | {"credential field values"}
    code, _ = cli(
        walk,
        capsys,
        rotate_fed,
        "rotate",
        "--tag",
        PROD,
        "--new-credential",
        "plan.yaml",
        "--checkpoint",
        str(checkpoint),
    )
    assert code == 0
    walk.add("rotation checkpoint", checkpoint.read_text(encoding="utf-8"), rotate_fed)

    # -- webhook send: the key in the environment, then a URL that fails
    hook_source = create_source(client, name="events", source_type="nexla_rest")
    [key] = next(d for d in sandbox.admin.dump("data_sources") if d["id"] == hook_source)[
        "api_keys"
    ]
    hook_url, hook_key = str(key["url"]), str(key["api_key"])
    monkeypatch.setenv("LEAK_HOOK_KEY", hook_key)
    hook_fed = {"webhook API key", "webhook/alert URLs"}
    codes = []
    for url in (hook_url, hook_url.rstrip("/") + "-missing"):
        args = ("--url", url, "--api-key-env", "LEAK_HOOK_KEY", "--record", '{"e": "leak"}')
        codes.append(cli(walk, capsys, hook_fed, "webhook", "send", *args)[0])
    assert codes[0] == 0 and codes[1] != 0

    # -- an access token the server refuses, and one it accepts, given to the CLI
    with sandbox.client() as api:
        good_token = api.headers["Authorization"].split()[1]
    monkeypatch.delenv("NEXLA_SERVICE_KEY")
    for token in ("leak-revoked-token-0P9xx", good_token):
        monkeypatch.setenv("NEXLA_ACCESS_TOKEN", token)
        code, _ = cli(walk, capsys, everywhere, *base, "--json", into=("drift JSON",))
        assert code == (1 if token != good_token else 2)

    # -- logs of everything above
    for record in caplog.records:
        if record.name.startswith(("nexla_sandbox", "uvicorn")):
            continue  # the server's own logs: Nexla's servers are not ours to test
        text = f"{record.name} {record.getMessage()} {record.exc_text or ''}"
        walk.add("logs", text, KINDS)

    # -- the secrets, each of which went somewhere real
    conn = sandbox.store._conn  # noqa: SLF001 - every token the sandbox ever issued
    with sandbox.store.lock:
        tokens = [str(row[0]) for row in conn.execute("SELECT token FROM tokens")]
    secrets: dict[str, list[str]] = {
        "service key": [sandbox.service_key],
        "access token": [*tokens, "leak-revoked-token-0P9xx"],
        "credential field values": [
            "leak-cred-pw-7Q1",
            "leak-k-1",
            "leak-s3-secret-3K8",
            "leak-cred-pw-deploy",
            "leak-rot-pw-9Z4",
        ],
        "webhook API key": [hook_key],
        "webhook/alert URLs": [*alert_urls, "/services/T0/B0/secret-token", hook_url],
        "URL userinfo": [f"leak-userinfo-pw-{e}" for e in ("stg", "prd", "prd2", "dep")],
        "auth headers in configs": [
            *(f"leak-hdr-token-{e}-8M3" for e in ("stg", "prd", "prd2", "dep")),
            "leak-hdr-token-sink-4N5",
        ],
        "signed-URL signatures": [
            *(f"leaksig{e}0a1b2c3d4e5f" for e in ("stg", "prd", "prd2", "dep")),
            *(f"leak-sas-sig-{e}-6T7" for e in ("stg", "prd", "prd2", "dep")),
        ],
    }
    assert len(tokens) >= 2
    stored = json.dumps([sandbox.admin.dump(k) for k in ("data_sources", "data_credentials")])
    for value in ("leak-userinfo-pw-stg", "leak-hdr-token-stg-8M3", "leaksigstg0a1b2c3d4e5f"):
        assert value in stored  # the config secrets really were on the server

    leaks = []
    rows = []
    for kind in KINDS:
        cells = []
        for output in OUTPUTS:
            text = "\n".join(walk.text[output])
            found = [v for v in secrets[kind] if v and v in text]
            if found:
                leaks.append(f"{kind} in {output}")
            mark = "LEAK" if found else ("absent (fed)" if kind in walk.fed[output] else "absent")
            cells.append(mark)
        rows.append((kind, cells))
    width = max(len(k) for k in KINDS)
    lines = ["| secret kind | " + " | ".join(OUTPUTS) + " |", "|---" * (len(OUTPUTS) + 1) + "|"]
    lines += [f"| {kind:<{width}} | " + " | ".join(cells) + " |" for kind, cells in rows]
    print("\nleak inventory (secret kinds x outputs):\n" + "\n".join(lines))
    for output in OUTPUTS:
        assert walk.text[output] and any(walk.text[output]), f"{output} was not produced"
    assert leaks == []
