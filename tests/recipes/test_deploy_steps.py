"""Deploy's step list is the one definition: execution, `plan()`, the journal and rollback all
follow it, so a step added to it shows up everywhere, and each step recovers from a crash."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from nexla_recipes import deploy as deploy_module
from nexla_recipes.deploy import STEPS, Step, load_config, plan, read_journal, rollback
from nexla_sandbox.testing import SandboxServer

from .recipes_support import client_for, names, resources
from .test_deploy import CONFIG, Killed, run


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "flow.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def _journal(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _with_audit_step(monkeypatch: pytest.MonkeyPatch, undone: list[str]) -> None:
    """Insert a step after activation that records the flow it saw and can be undone."""

    def audit(run: Any) -> dict[str, Any]:
        return {"flow_id": run.need("flow.lookup", "flow_id")}

    def undo(run: Any, step: str, made: Any) -> bool:
        undone.append(step)
        return True

    extra = Step(
        "flow.audit",
        audit,
        detail=lambda config: f"flow of {config.destination.name}",
        undo=undo,
        done_fields=("flow_id",),
    )
    at = [s.name for s in STEPS].index("flow.activate") + 1
    monkeypatch.setattr(deploy_module, "STEPS", (*STEPS[:at], extra, *STEPS[at:]))


def test_plan_lists_the_steps_the_config_runs(sandbox: SandboxServer, config: Path) -> None:
    report = plan(client_for(sandbox), load_config(config))
    assert report.status == "dry_run"
    assert [s.step for s in report.steps] == [s.name for s in STEPS]
    assert {s.status for s in report.steps} == {"planned"}
    details = {s.step: s.detail for s in report.steps}
    assert details["source.create"] == "name=orders-src"
    assert details["credential.probe"] == "after creating it"

    transform = 'transform:\n  name: orders-clean\n  operations:\n    - {operation: remove, spec: {ssn: ""}}\n'
    assert transform in CONFIG
    config.write_text(CONFIG.replace(transform, ""), encoding="utf-8")
    without = plan(client_for(sandbox), load_config(config))
    assert [s.step for s in without.steps] == [
        s.name for s in STEPS if s.name != "transform.create"
    ]


def test_a_skipped_step_is_skipped_in_the_plan_and_the_run(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    config.write_text(
        CONFIG.replace(
            "verify: {timeout_seconds: 30, poll_interval_seconds: 1}",
            "verify: {enabled: false}",
        ),
        encoding="utf-8",
    )
    planned = plan(client_for(fast), load_config(config))
    assert (planned.steps[-1].step, planned.steps[-1].status) == ("run.verify", "skipped")
    report = run(fast, config, tmp_path / "j.jsonl")
    assert report.status == "succeeded", report.error
    assert (report.steps[-1].step, report.steps[-1].status) == ("run.verify", "skipped")
    assert "run.verify" not in {e.get("step") for e in _journal(tmp_path / "j.jsonl")}


def test_a_step_added_to_the_list_is_planned_run_journalled_and_undone(
    fast: SandboxServer, config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    undone: list[str] = []
    _with_audit_step(monkeypatch, undone)
    planned = plan(client_for(fast), load_config(config))
    names_planned = [s.step for s in planned.steps]
    assert names_planned.index("flow.audit") == names_planned.index("flow.activate") + 1
    assert ("flow.audit", "planned", "flow of orders-sink") in [
        (s.step, s.status, s.detail) for s in planned.steps
    ]

    journal = tmp_path / "j.jsonl"
    report = run(fast, config, journal)
    assert report.status == "succeeded", report.error
    entries = read_journal(journal)  # the record schema knows the new step too
    audit = [e for e in entries if e.get("step") == "flow.audit"]
    assert [e["event"] for e in audit] == ["step.started", "step.done"]
    assert audit[1]["flow_id"] == report.flow_id

    fast.state.reset()
    before = resources(fast)
    fast.admin.fail_op("get_resource_metrics_by_run", times=50, status=500)
    failed = run(fast, config, tmp_path / "fail.jsonl")
    fast.admin.clear_faults()
    assert failed.status == "rolled_back", failed.undo
    assert undone == ["flow.audit"]
    assert resources(fast) == before


@pytest.mark.parametrize("crashed", [s.name for s in STEPS])
def test_crash_after_a_step_ran_but_before_it_was_journalled_resumes_without_duplicates(
    fast: SandboxServer,
    config: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    crashed: str,
) -> None:
    """The process dies right after step `crashed` changed the server, before `step.done`."""
    original = next(s for s in STEPS if s.name == crashed)

    def run_then_die(r: Any) -> dict[str, Any]:
        original.run(r)
        raise Killed(f"killed after {crashed} ran")

    dying = tuple(
        dataclasses.replace(s, run=run_then_die) if s.name == crashed else s for s in STEPS
    )
    journal = tmp_path / "j.jsonl"
    monkeypatch.setattr(deploy_module, "STEPS", dying)
    with pytest.raises(Killed):
        run(fast, config, journal)
    assert _journal(journal)[-1] == {**_journal(journal)[-1], "event": "step.started"}
    monkeypatch.undo()

    report = run(fast, config, journal, resume=True)
    assert report.status == "succeeded", report.error
    status = {s.step: s.status for s in report.steps}
    if original.reconcile is not None:
        assert status[crashed] == "reconciled"  # found by name, not created again
    else:
        assert status[crashed] == "done"  # re-run: reads, or activation, repeat harmlessly
    for kind in ("data_credentials", "data_sources", "data_sinks"):
        assert len(names(fast, kind)) == 1, kind
    assert len(names(fast, "data_sets")) == 2
    assert fast.admin.dump("data_sinks")[0]["status"] == "ACTIVE"


def _die_at(stage: str, message: str) -> Any:
    def progress(event: Any) -> None:
        if event.stage == stage and event.message.startswith(message):
            raise Killed(stage)

    return progress


def _undo_order(report: Any) -> list[str]:
    return [u.step for u in report.undo]


def test_rollback_undoes_the_completed_steps_in_reverse(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    before = resources(fast)
    fast.admin.fail_op("get_resource_metrics_by_run", times=50, status=500)
    report = run(fast, config, tmp_path / "j.jsonl")
    fast.admin.clear_faults()
    assert report.status == "rolled_back", report.undo
    completed = [s.step for s in report.steps if s.status == "done"]
    expected = [s.name for s in reversed(STEPS) if s.undo is not None and s.name in completed]
    assert _undo_order(report) == expected
    assert expected[0] == "flow.activate"  # paused before anything is deleted
    assert resources(fast) == before


@pytest.mark.parametrize("last", ["source.create", "destination.create", "flow.activate"])
def test_rollback_of_a_killed_deploy_follows_the_journal_in_reverse(
    fast: SandboxServer, config: Path, tmp_path: Path, last: str
) -> None:
    before = resources(fast)
    journal = tmp_path / "j.jsonl"
    with pytest.raises(Killed):
        run(fast, config, journal, progress=_die_at(last, "done"))
    completed = [e["step"] for e in _journal(journal) if e["event"] == "step.done"]
    report = rollback(client_for(fast), journal)
    assert report.status == "rolled_back", report.undo
    expected = [s.name for s in reversed(STEPS) if s.undo is not None and s.name in completed]
    assert _undo_order(report) == expected
    undo_started = [e["step"] for e in _journal(journal) if e["event"] == "undo.started"]
    assert undo_started == expected
    assert resources(fast) == before


@pytest.mark.parametrize("torn", [True, False], ids=["torn", "no line end"])
def test_a_journal_resumed_after_a_torn_write_stays_readable(
    fast: SandboxServer, config: Path, tmp_path: Path, torn: bool
) -> None:
    """Records appended after a crash mid-write do not run into the torn line."""
    before = resources(fast)
    journal = tmp_path / "j.jsonl"
    with pytest.raises(Killed):
        run(fast, config, journal, progress=_die_at("destination.create", "started"))
    text = journal.read_text()
    # the crash cut a record short, or just its line end
    journal.write_text(text + '{"event": "step.do' if torn else text.rstrip("\n"))
    report = run(fast, config, journal, resume=True)
    assert report.status == "succeeded", report.error
    assert read_journal(journal)[-1]["event"] == "deploy.end"
    undone = rollback(client_for(fast), journal)
    assert undone.status == "rolled_back", undone.undo
    assert resources(fast) == before
