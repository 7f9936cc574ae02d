"""A tour of nexla-api against a local sandbox: `nox -s demo` (or `python examples/demo.py`).

Starts `python -m nexla_sandbox` on loopback with the demo org, then drives it the way a user
would — the `nexla-recipes` command line and the recipe functions — and checks every step's
outcome. Exits non-zero if any step misbehaves. Nothing leaves this machine.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HEADER = "nexla-api tour: a local Nexla sandbox, driven by the binding and the recipes"


def start_sandbox() -> subprocess.Popen[str]:
    """`python -m nexla_sandbox` on a free loopback port with the demo org."""
    command = [
        sys.executable,
        "-m",
        "nexla_sandbox",
        "--port",
        "0",
        "--seed-data",
        "--discovery-polls",
        "1",
    ]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


# Run as a script: say hello and start the sandbox first, so it boots while this process
# imports the binding and the recipes below.
STARTED: subprocess.Popen[str] | None = None
if __name__ == "__main__":
    print(HEADER, flush=True)
    STARTED = start_sandbox()

import yaml  # noqa: E402

from nexla_api import NexlaClient, paginate  # noqa: E402
from nexla_api.api.credentials import create_data_credential, get_data_credentials  # noqa: E402
from nexla_api.api.destinations import get_data_sinks  # noqa: E402
from nexla_api.api.nexsets import get_nexsets  # noqa: E402
from nexla_api.api.sources import create_data_source, get_data_sources  # noqa: E402
from nexla_api.models import DataCredentialCreate, DataSourceCreate  # noqa: E402
from nexla_recipes.cli import main as cli_main  # noqa: E402
from nexla_recipes.monitor import activate_flow, flow_id_of, pause_flow  # noqa: E402
from nexla_recipes.transform_pipeline import derive_nexset  # noqa: E402
from nexla_sandbox.testing import Admin  # noqa: E402

EXAMPLES = ROOT / "examples"
SHOWN_LINES = 12


class Tour:
    """Runs the steps, prints a concise account, and remembers what went wrong."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.number = 0

    def step(self, title: str) -> None:
        self.number += 1
        print(f"\n{self.number}. {title}")

    def check(self, ok: bool, what: str) -> None:
        print(f"   {'ok' if ok else 'FAILED'}: {what}")
        if not ok:
            self.failures.append(f"step {self.number}: {what}")

    def cli(self, *argv: str, expect: int = 0) -> str:
        """Run `nexla-recipes ARGV` in-process; show its output; check the exit code."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli_main(list(argv))
            except SystemExit as exc:  # argparse errors
                code = exc.code if isinstance(exc.code, int) else 1
        print(f"   $ nexla-recipes {' '.join(argv)}")
        lines = out.getvalue().rstrip().splitlines()
        for line in lines[:SHOWN_LINES]:
            print(f"     {line}")
        if len(lines) > SHOWN_LINES:
            print(f"     ... ({len(lines) - SHOWN_LINES} more lines)")
        if code != expect:
            for line in err.getvalue().rstrip().splitlines()[-5:]:
                print(f"     ! {line}")
        self.check(code == expect, f"exit code {code} (expected {expect})")
        return out.getvalue()


@contextlib.contextmanager
def sandbox(process: subprocess.Popen[str]) -> Iterator[dict[str, Any]]:
    """The started sandbox's address and service key; stopped on exit."""
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        if not first:
            raise RuntimeError(
                f"the sandbox did not start: {process.stderr.read() if process.stderr else ''}"
            )
        yield json.loads(first)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def alert_receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback stand-in for a Slack incoming webhook, collecting what it receives."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            received.append(json.loads(self.rfile.read(length) or b"{}"))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/services/demo", received
    finally:
        server.shutdown()
        server.server_close()


def counts(client: NexlaClient) -> dict[str, int]:
    """How many of each resource exist (every page)."""
    lists: dict[str, Callable[..., Any]] = {
        "credentials": get_data_credentials.sync,
        "sources": get_data_sources.sync,
        "nexsets": get_nexsets.sync,
        "destinations": get_data_sinks.sync,
    }
    return {
        name: sum(1 for _ in paginate(fn, client=client, per_page=100))
        for name, fn in lists.items()
    }


def tag_environment(client: NexlaClient, tag: str, password: str, batch_size: int) -> None:
    """An environment: a credential and two sources, all tagged with `tag`."""
    cred = create_data_credential.sync(
        client=client,
        body=DataCredentialCreate(
            name=f"warehouse-{tag.split(':')[1]}",
            credentials_type="postgres",
            credentials={"host": "db.internal", "username": "etl", "password": password},
            tags=[tag],
        ),
    )
    for name, config in (
        ("orders-db", {"table": "orders", "batch_size": batch_size}),
        ("customers-db", {"table": "customers", "batch_size": 500}),
    ):
        create_data_source.sync(
            client=client,
            body=DataSourceCreate(
                name=name,
                source_type="postgres",
                data_credentials_id=cred.id,
                source_config=config,
                tags=[tag],
            ),
        )


def run(tour: Tour, server: dict[str, Any], workdir: Path) -> None:
    os.environ["NEXLA_API_URL"] = server["url"]
    os.environ["NEXLA_SERVICE_KEY"] = server["service_key"]
    os.environ.pop("NEXLA_ACCESS_TOKEN", None)
    client = NexlaClient.from_env()
    admin = Admin(server["url"])

    tour.step("Quickstart: authenticate and count what the org has")
    tour.cli("quickstart")

    tour.step(
        "Deploy a flow from examples/flow.yaml (credential -> source -> transform -> destination)"
    )
    journal = workdir / "orders.deploy.jsonl"
    output = tour.cli("deploy", str(EXAMPLES / "flow.yaml"), "--journal", str(journal))
    tour.check(
        "succeeded" in output.splitlines()[0], "the deploy succeeded and its first run was verified"
    )
    deployed = [s for s in paginate(get_data_sources.sync, client=client) if s.name == "orders-raw"]
    tour.check(len(deployed) == 1, "exactly one source named orders-raw exists")

    tour.step("Derive a nexset through a reusable transform, validating samples before activation")
    source_nexsets = [
        n for n in paginate(get_nexsets.sync, client=client) if n.name == "orders nexset"
    ]
    result = derive_nexset(
        client,
        parent_nexset_id=int(source_nexsets[0].id),
        name="orders-no-pii-demo",
        transform_name="drop-pii",
        operations=[{"operation": "remove", "spec": {"ssn": "", "dob": ""}}],
        required=["customer_id", "amount"],
        types={"customer_id": "number", "amount": "number"},
        forbidden=["ssn", "dob"],
    )
    print(
        f"     nexset {result.nexset_id}: samples valid={result.samples_ok}, activated={result.activated}"
    )
    tour.check(
        result.samples_ok and result.activated, "samples passed and the nexset's flow was activated"
    )
    tour.cli(
        "samples",
        "validate",
        "--nexset-id",
        str(result.nexset_id),
        "--required",
        "customer_id,amount,email",
        "--types",
        "customer_id=number,amount=number",
    )

    tour.step("Grant the data-engineering team operator access to the new source, then audit it")
    source_id = str(deployed[0].id)
    tour.cli(
        "access",
        "grant",
        "--type",
        "sources",
        "--id",
        source_id,
        "--team",
        "data-engineering",
        "--role",
        "operator",
    )
    audit = tour.cli("audit", "--type", "source", "--id", source_id, "--since", "2020-01-01")
    tour.check("data-engineering" in audit, "the grant shows up in the audit log")

    tour.step("Drift between two tagged environments (staging vs prod)")
    tag_environment(client, "env:staging", password="staging-secret", batch_size=100)
    tag_environment(client, "env:prod", password="prod-secret", batch_size=250)
    drift = tour.cli("drift", "--left-tag", "env:staging", "--right-tag", "env:prod", expect=2)
    tour.check("batch_size" in drift, "the differing source setting is reported")
    tour.check(
        "staging-secret" not in drift and "prod-secret" not in drift, "no secret value appears"
    )

    tour.step("Health check, as cron runs it: healthy, then unhealthy with a Slack-style alert")
    with alert_receiver() as (url, alerts):
        tour.cli("health", "--config", str(EXAMPLES / "monitoring.yaml"), "--webhook-url", url)
        flow_id = flow_id_of(client, "data_sources", 1001)
        pause_flow(client, flow_id, whole_flow=True)
        tour.cli(
            "health", "--config", str(EXAMPLES / "monitoring.yaml"), "--webhook-url", url, expect=2
        )
        activate_flow(client, flow_id, whole_flow=True)
        tour.check(len(alerts) == 1 and "text" in alerts[0], "exactly one alert was posted")

    tour.step("A deploy that fails at activation rolls back everything it created")
    failing = yaml.safe_load((EXAMPLES / "flow.yaml").read_text())
    failing["name"] = "clicks-to-lake"
    for part in ("credential", "source", "transform", "destination"):
        if part in failing:
            failing[part]["name"] = f"clicks-{part}"
    failing_path = workdir / "clicks.yaml"
    failing_path.write_text(yaml.safe_dump(failing))
    before = counts(client)
    # The server refuses activation. A 400 is not retried, so the tour does not sit through
    # the client's back-off; a 5xx that outlasts the retries takes the same rollback path.
    admin.fail_op("flow_activate_with_flow_id", times=10, when="before", status=400)
    tour.cli(
        "deploy", str(failing_path), "--journal", str(workdir / "clicks.deploy.jsonl"), expect=1
    )
    admin.clear_faults()
    after = counts(client)
    tour.check(before == after, f"nothing left behind: {after}")
    admin.close()
    client.close()


def main() -> int:
    tour = Tour()
    process = STARTED
    if process is None:
        print(HEADER, flush=True)
        process = start_sandbox()
    with tempfile.TemporaryDirectory(prefix="nexla-demo-") as tmp, sandbox(process) as server:
        print(f"sandbox at {server['url']} (loopback only)")
        try:
            run(tour, server, Path(tmp))
        except Exception as exc:  # noqa: BLE001 - a crashed step is reported like a failed one
            tour.failures.append(f"step {tour.number} crashed: {type(exc).__name__}: {exc}")
            print(f"   FAILED: {type(exc).__name__}: {exc}")
    print("\nsandbox stopped.")
    if tour.failures:
        print(f"{len(tour.failures)} problem(s):")
        for failure in tour.failures:
            print(f"  - {failure}")
        return 1
    print(f"all {tour.number} steps behaved as expected.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
