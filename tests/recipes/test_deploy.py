"""Deploy against the sandbox: success, failure at every step, kills mid-way, bad configs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes._config import ConfigError
from nexla_recipes._progress import Progress
from nexla_recipes.deploy import deploy, load_config, rollback
from nexla_sandbox.testing import SandboxServer

from .recipes_support import client_for, names, resources

CONFIG = """\
name: orders-flow
credential:
  name: orders-cred
  credentials_type: s3
  credentials: {s3_auth_type: Access Key, region: us-east-1, secret_key: s3cr3t}
source:
  name: orders-src
  source_type: s3
  source_config: {path: orders/, start.cron: "0 * * * *", file_format: json}
discovery: {timeout_seconds: 30, poll_interval_seconds: 1}
transform:
  name: orders-clean
  operations:
    - {operation: remove, spec: {ssn: ""}}
destination:
  name: orders-sink
  sink_type: s3
  sink_config: {path: out/, data_format: json}
verify: {timeout_seconds: 30, poll_interval_seconds: 1}
"""

MUTATING_OPS = [
    "create_data_credential",
    "create_data_source",
    "create_nexset",
    "create_data_sink",
    "flow_activate_with_flow_id",
]
READ_OPS = [
    "data_credential_probe",
    "get_data_source",
    "get_flow_by_resource_id",
    "get_resource_metrics_by_run",
]


class Killed(BaseException):
    """Stands in for the process dying (SIGKILL, power loss) at a progress event."""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "flow.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def run(sandbox: SandboxServer, config: Path, journal: Path, **kwargs: Any) -> Any:
    clock = FakeClock()
    return deploy(
        client_for(sandbox),
        load_config(config),
        journal_path=journal,
        clock=clock,
        sleep=clock.sleep,
        **kwargs,
    )


def test_deploy_succeeds_and_reports_what_exists(
    sandbox: SandboxServer, config: Path, tmp_path: Path
) -> None:
    journal = tmp_path / "j.jsonl"
    report = run(sandbox, config, journal)
    assert report.status == "succeeded", report.error
    assert [r.kind for r in report.exists] == ["credentials", "sources", "nexsets", "destinations"]
    assert report.run is not None and report.run["records"] > 0
    assert [s.step for s in report.steps] == [
        "credential.create",
        "credential.probe",
        "source.create",
        "discovery.wait",
        "transform.create",
        "destination.create",
        "flow.lookup",
        "flow.activate",
        "run.verify",
    ]
    sinks = sandbox.admin.dump("data_sinks")
    assert sinks[0]["status"] == "ACTIVE"
    events = [json.loads(line)["event"] for line in journal.read_text().splitlines()]
    assert events.count("step.started") == events.count("step.done") == 9
    assert "s3cr3t" not in journal.read_text()


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("op", MUTATING_OPS + READ_OPS)
def test_failure_at_each_step_leaves_nothing_behind(
    fast: SandboxServer, config: Path, tmp_path: Path, op: str, when: str
) -> None:
    if when == "after" and op in READ_OPS:
        pytest.skip("reads change nothing: 'after' equals 'before'")
    before = resources(fast)
    fast.admin.fail_op(op, times=50, when=when, status=500)
    report = run(fast, config, tmp_path / "j.jsonl")
    fast.admin.clear_faults()
    if report.status == "succeeded":
        # A create that committed then answered 500 is found by name and adopted, not repeated.
        assert when == "after" and op.startswith("create_")
        assert any(s.status == "reconciled" for s in report.steps)
        for kind in ("data_credentials", "data_sources", "data_sinks"):
            assert len(names(fast, kind)) == 1
        return
    assert report.status == "rolled_back", (report.error, report.undo)
    assert report.exists == []
    assert resources(fast) == before


def test_adopted_create_is_rolled_back_when_a_later_step_fails(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    before = resources(fast)
    fast.admin.set_faults(
        fail_ops=[
            {"operation_id": "create_data_source", "times": 1, "when": "after", "status": 502},
            {
                "operation_id": "flow_activate_with_flow_id",
                "times": 50,
                "when": "before",
                "status": 500,
            },
        ]
    )
    report = run(fast, config, tmp_path / "j.jsonl")
    assert report.status == "rolled_back"
    assert ("source.create", "reconciled") in [(s.step, s.status) for s in report.steps]
    assert resources(fast) == before


def test_probe_failure_rolls_back_the_new_credential(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    config.write_text(CONFIG.replace("name: orders-cred", "name: invalid-cred"), encoding="utf-8")
    report = run(fast, config, tmp_path / "j.jsonl")
    assert report.status == "rolled_back"
    assert "failed its probe" in (report.error or "")
    assert resources(fast)["data_credentials"] == []


def test_discovery_timeout_uses_the_injected_clock(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    fast.state.settings.discovery_polls = 1000
    try:
        clock = FakeClock()
        report = deploy(
            client_for(fast),
            load_config(config),
            journal_path=tmp_path / "j.jsonl",
            clock=clock,
            sleep=clock.sleep,
        )
    finally:
        fast.state.settings.discovery_polls = 2
    assert report.status == "rolled_back"
    assert "timed out after 30s" in (report.error or "")
    assert sum(clock.slept) <= 30 and len(clock.slept) >= 29
    assert resources(fast)["data_sources"] == []


def _kill_points(events: list[str]) -> list[int]:
    """Every distinct journal state: each step started (so the one before it is done), and all done.

    Killing at step k's `done` event leaves the same journal as killing at step k+1's `started`
    minus that one `started` line, which the started-events already cover.
    """
    return [i for i, e in enumerate(events) if e.endswith(":started")] + [len(events) - 1]


def _events(fast: SandboxServer, config: Path, tmp_path: Path) -> list[str]:
    seen: list[str] = []
    report = run(
        fast,
        config,
        tmp_path / "probe.jsonl",
        progress=lambda e: seen.append(f"{e.stage}:{e.message}"),
    )
    assert report.status == "succeeded"
    fast.state.reset()
    return [e for e in seen if e.split(":")[0] not in ("wait", "done")]


def _kill_at(k: int) -> Any:
    count = {"n": 0}

    def progress(event: Progress) -> None:
        if event.stage in ("wait", "done"):
            return
        if count["n"] == k:
            raise Killed(f"killed at event {k}: {event.stage}")
        count["n"] += 1

    return progress


def test_killed_at_every_step_then_rollback_leaves_nothing(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    events = _events(fast, config, tmp_path)
    assert len(events) == 18  # started + done for each of the 9 steps
    before = resources(fast)
    for k in _kill_points(events):
        journal = tmp_path / f"kill-{k}.jsonl"
        with pytest.raises(Killed):
            run(fast, config, journal, progress=_kill_at(k))
        report = rollback(client_for(fast), journal)
        assert report.status == "rolled_back", (k, events[k], report.undo)
        assert resources(fast) == before, (k, events[k])


def test_killed_at_every_step_then_resume_finishes(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    events = _events(fast, config, tmp_path)
    for k in _kill_points(events):
        fast.state.reset()
        journal = tmp_path / f"resume-{k}.jsonl"
        with pytest.raises(Killed):
            run(fast, config, journal, progress=_kill_at(k))
        report = run(fast, config, journal, resume=True)
        assert report.status == "succeeded", (k, events[k], report.error)
        for kind in ("data_credentials", "data_sources", "data_sinks"):
            assert len(names(fast, kind)) == 1, (k, events[k], kind)
        assert len(names(fast, "data_sets")) == 2


def test_create_done_but_not_journalled_is_reconciled(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    """The crash window between the POST and the fsync of its `done` line."""
    events = _events(fast, config, tmp_path)
    k = next(i for i, e in enumerate(events) if e.startswith("source.create:done"))
    journal = tmp_path / "torn.jsonl"
    with pytest.raises(Killed):
        run(fast, config, journal, progress=_kill_at(k))
    lines = journal.read_text().splitlines()
    assert json.loads(lines[-1])["event"] == "step.done"
    journal.write_text(
        "\n".join(lines[:-1]) + '\n{"event": "step.do', encoding="utf-8"
    )  # torn write
    report = run(fast, config, journal, resume=True)
    assert report.status == "succeeded"
    assert ("source.create", "reconciled") in [(s.step, s.status) for s in report.steps]
    assert len(names(fast, "data_sources")) == 1


def test_resume_refuses_another_config(
    sandbox: SandboxServer, config: Path, tmp_path: Path
) -> None:
    journal = tmp_path / "j.jsonl"
    with pytest.raises(Killed):
        run(sandbox, config, journal, progress=_kill_at(3))
    config.write_text(CONFIG.replace("orders-sink", "other-sink"), encoding="utf-8")
    from nexla_recipes._journal import JournalError

    with pytest.raises(JournalError, match="different config"):
        run(sandbox, config, journal, resume=True)


@pytest.mark.parametrize(
    ("edit", "field", "fix"),
    [
        (
            ("  source_type: s3\n  source_config", "  source_config"),
            "source: required field `source_type` is missing",
            "add `source_type`",
        ),
        (
            ("sink_type: s3", "sink_type: s3\n  sink_typ: s3"),
            "destination: unknown field(s) `sink_typ`",
            "allowed fields are",
        ),
        (
            (
                "timeout_seconds: 30, poll_interval_seconds: 1}\ntransform",
                "timeout_seconds: soon}\ntransform",
            ),
            "discovery.timeout_seconds: must be a number, not a string",
            "write a number",
        ),
        (
            ('    - {operation: remove, spec: {ssn: ""}}\n', "    []\n"),
            "transform.operations",
            "list",
        ),
        (("name: orders-flow\n", "name: orders-flow\n  bad: [\n"), "line ", "fix the YAML syntax"),
    ],
)
def test_config_errors_name_file_field_and_fix(
    config: Path, edit: tuple[str, str], field: str, fix: str
) -> None:
    text = CONFIG.replace(*edit)
    assert text != CONFIG
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    message = str(caught.value)
    assert message.startswith(str(config)), message
    assert field in message and "fix:" in message and fix in message, message


def test_credential_must_be_id_or_new(config: Path) -> None:
    config.write_text(
        CONFIG.replace("  name: orders-cred\n", "  id: 5\n  name: orders-cred\n"), encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"flow.yaml: credential: matches none"):
        load_config(config)
