"""Apply against the sandbox: each field kind converges, unchanged means no writes, faults
converge without duplicates, and kills at every step resume or roll back exactly."""

from __future__ import annotations

import threading
from collections import Counter as Tally
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from nexla_api.api.sources import get_data_source, update_data_source
from nexla_api.models import DataSourceUpdate
from nexla_recipes.envcode.apply import apply, rollback
from nexla_recipes.envcode.export import export
from nexla_recipes.envcode.plan import plan
from nexla_sandbox.testing import SandboxServer
from tests.recipes.envseed import restore_state, save_state

from .cli_support import run_cli
from .flows_as_code_support import (
    STAGING,
    FakeClock,
    assert_no_secret,
    seed_tagged,
    snapshot_dir,
)
from .recipes_support import Counter, client_for
from .test_flows_as_code_plan import EDITS, edit


def run_apply(client: Any, out: Path, journal: Path, **kwargs: Any) -> Any:
    clock = FakeClock()
    return apply(
        client, out, tag=STAGING, journal_path=journal, clock=clock, sleep=clock.sleep, **kwargs
    )


@pytest.mark.parametrize("field_kind", list(EDITS))
def test_each_field_kind_applies_and_then_plans_empty(
    exported_staging: tuple[Any, Path], tmp_path: Path, field_kind: str
) -> None:
    client, out = exported_staging
    rel, change, expected, _ = EDITS[field_kind]
    edit(out, rel, change)
    report = run_apply(client, out, tmp_path / "j.jsonl")
    assert report.status == "applied", report.to_text()
    assert [s.step for s in report.steps] == [f"{expected[0]}:{expected[1]}/{expected[2]}"]
    again = plan(client, out, tag=STAGING)
    assert again.items == [], again.to_text()
    assert_no_secret((tmp_path / "j.jsonl").read_text())


def test_apply_of_an_unchanged_directory_makes_no_writes(
    sandbox: SandboxServer, exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    _, out = exported_staging
    counter = Counter()
    report = run_apply(client_for(sandbox, counter), out, tmp_path / "j.jsonl")
    assert report.status == "no_changes" and report.journal is None
    writes = [(m, p) for m, p in counter.requests if m != "GET" and p != "/token"]
    assert counter.count("GET") > 0 and writes == []
    assert not (tmp_path / "j.jsonl").exists()


QA = "env:qa"


def names_in(sandbox: SandboxServer, kind: str, tag: str) -> list[str]:
    """Names of resources of a sandbox collection that carry `tag` (or hang off a source that does)."""
    docs = sandbox.admin.dump(kind)
    return sorted(str(d["name"]) for d in docs if tag in (d.get("tags") or []))


def test_apply_under_rate_limits_5xx_and_commit_then_fail_converges_without_duplicates(
    sandbox: SandboxServer, exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    env = {
        "NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY": "qa-api-key",
        "NEXLA_DESTINATION_ORDERS_OUT_SINK_CONFIG_PASSWORD": "qa-sink-pw",
    }
    fail_after = [
        {"operation_id": op, "times": 1, "when": "after", "status": 500}
        for op in ("create_data_source", "create_nexset", "create_data_sink", "update_nexset")
    ]
    sandbox.admin.set_faults(
        error_rate=10,
        error_status=500,
        seed=7,
        rate_limit_next=3,
        retry_after=1,
        fail_ops=fail_after,
    )
    clock = FakeClock()
    report = apply(
        client,
        out,
        tag=QA,
        journal_path=tmp_path / "qa.jsonl",
        environ=env,
        clock=clock,
        sleep=clock.sleep,
        concurrency=4,
        attempts=4,
    )
    injected = dict(sandbox.state.faults.injected)
    sandbox.admin.clear_faults()
    assert report.status == "applied", report.to_text()
    assert injected["random_5xx"] > 0 and injected["rate_limited"] == 3
    assert injected["op_failures"] == 4
    assert any(s.status == "reconciled" for s in report.steps)
    assert plan(client, out, tag=QA, environ=env).items == []
    for kind in ("data_sources", "data_sets", "transforms"):
        tagged = names_in(sandbox, kind, QA)
        assert len(tagged) == len(set(tagged)), (kind, tagged)
    assert names_in(sandbox, "data_sources", QA) == ["customers", "orders"]
    assert sorted(str(d["name"]) for d in sandbox.admin.dump("data_sinks")).count("orders-out") == 3
    journal = (tmp_path / "qa.jsonl").read_text()
    assert "qa-api-key" not in journal and "qa-sink-pw" not in journal


class Killed(BaseException):
    """Stands in for the process dying at a given point of the apply."""


KILL_POINTS = ("apply.step.start", "apply.sent.start")  # before the request / after it, unjournaled


def big_edit(out: Path) -> None:
    """Creates (source, its detected nexset, destination, flow), updates and a pause at once."""
    (out / "sources" / "events.yaml").write_text(
        "kind: source\nname: events\nsource_type: postgres\ndata_credentials: warehouse-stg\n"
        "source_config: {table: events, file_format: json}\ntags: [env:staging]\n"
    )
    (out / "nexsets" / "events-nexset.yaml").write_text(
        "kind: nexset\nname: events nexset\ndata_source: events\ndescription: detected\n"
    )
    (out / "destinations" / "events-out.yaml").write_text(
        "kind: destination\nname: events-out\nsink_type: postgres\ndata_set: events nexset\n"
        "data_credentials: warehouse-stg\nsink_config: {table: events_out}\n"
        "accessors: [{type: TEAM, name: data-engineering, access_roles: [operator]}]\n"
    )
    (out / "flows" / "events.yaml").write_text("kind: flow\nname: events\nactive: true\n")
    for field_kind in ("config", "transform code", "accessors", "activation"):
        rel, change, _, _ = EDITS[field_kind]
        edit(out, rel, change)


def test_apply_killed_at_every_step_resumes_or_rolls_back_exactly(
    fast: SandboxServer, exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    baseline = snapshot_dir(out)
    big_edit(out)
    steps = [i.key for i in plan(client, out, tag=STAGING).items]
    assert len(steps) == 8
    sandbox = fast
    saved = save_state(sandbox)
    figures: Tally[str] = Tally()
    for point in KILL_POINTS:
        for k in range(1, len(steps) + 1):
            restore_state(sandbox, saved)
            journal = tmp_path / f"{point}-{k}.jsonl"
            seen = 0

            def kill(event: Any, point: str = point, k: int = k) -> None:
                nonlocal seen
                if event.stage == point:
                    seen += 1
                    if seen == k:
                        raise Killed(f"{point} #{k}")

            with pytest.raises(Killed):
                run_apply(client, out, journal, progress=kill, concurrency=1)
            figures["killed"] += 1
            # --resume finishes the job: nothing left to change, nothing made twice
            report = run_apply(client, out, journal, resume=True, concurrency=1)
            assert report.status == "applied", report.to_text()
            assert plan(client, out, tag=STAGING).items == []
            assert names_in_scope(sandbox) == EXPECTED_AFTER
            figures["resumed"] += 1
            # rolling back the journal (both runs) restores the prior state exactly
            report = rollback(client, journal)
            assert report.status == "rolled_back", report.to_text()
            assert exported_dir(client, tmp_path / "restored") == baseline, (point, k)
            figures["restored_exactly"] += 1
            assert_no_secret(journal.read_text())
    assert figures == {"killed": 16, "resumed": 16, "restored_exactly": 16}


EXPECTED_AFTER = {
    "data_sources": ["customers", "events", "orders"],
    "data_sinks": ["events-out", "orders-out"],
}


def names_in_scope(sandbox: SandboxServer) -> dict[str, list[str]]:
    """Staging's sources and every sink fed from them: no duplicates, nothing left over."""
    sources = [d for d in sandbox.admin.dump("data_sources") if STAGING in (d.get("tags") or [])]
    sets = {
        d["id"]
        for d in sandbox.admin.dump("data_sets")
        if d.get("data_source_id") in {s["id"] for s in sources}
    }
    sets |= {
        d["id"] for d in sandbox.admin.dump("data_sets") if d.get("parent_data_set_id") in sets
    }
    sinks = [d for d in sandbox.admin.dump("data_sinks") if d.get("data_set_id") in sets]
    return {
        "data_sources": sorted(d["name"] for d in sources),
        "data_sinks": sorted(d["name"] for d in sinks),
    }


def exported_dir(client: Any, directory: Path) -> dict[str, str]:
    export(client, directory, tag=STAGING)
    return snapshot_dir(directory)


def test_cli_export_edit_plan_apply_plan_and_rollback(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    seed_tagged(client_for(sandbox), STAGING, prod=False)
    out = tmp_path / "env"
    cli = partial(run_cli, sandbox, monkeypatch, capsys, normalised=False)
    assert cli("export", "--out", str(out), "--tag", STAGING)[0] == 0
    rel, change, _, _ = EDITS["config"]
    edit(out, rel, change)
    code, stdout, _ = cli("plan", str(out), "--tag", STAGING)
    assert code == 2 and "~ update source 'orders'" in stdout
    code, stdout, err = cli("apply", str(out), "--tag", STAGING)  # no terminal to confirm on
    assert code == 1 and "pass --auto-approve" in stdout + err
    journal = tmp_path / "apply.jsonl"
    code, stdout, _ = cli(
        "apply", str(out), "--tag", STAGING, "--auto-approve", "--journal", str(journal)
    )
    assert code == 0, stdout
    assert stdout.startswith(
        f"apply {out} -> {STAGING}: applied\n  done       update:source/orders"
    )
    assert cli("plan", str(out), "--tag", STAGING)[0] == 0
    code, stdout, _ = cli("apply", "--rollback", str(journal))
    assert code == 0 and "undo done   update:source/orders  restored source_config, tags" in stdout
    assert cli("plan", str(out), "--tag", STAGING)[0] == 2
    code, _, err = cli("apply", str(out), "--tag", STAGING, "--resume", str(journal))
    assert code == 1 and "was rolled back" in err and "Traceback" not in err
    assert_no_secret(journal.read_text())


def test_prune_deletes_only_what_apply_manages(
    sandbox: SandboxServer, exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    (out / "sources" / "events.yaml").write_text(
        "kind: source\nname: events\nsource_type: postgres\ndata_credentials: warehouse-stg\n"
        "source_config: {table: events}\n"
    )
    assert run_apply(client, out, tmp_path / "create.jsonl").status == "applied"
    (out / "sources" / "events.yaml").unlink()  # managed: created by apply
    (out / "sources" / "customers.yaml").unlink()  # unmanaged: seeded by hand
    (out / "nexsets" / "customers-nexset.yaml").unlink()
    (out / "flows" / "customers.yaml").unlink()
    without = plan(client, out, tag=STAGING)
    assert without.items == []
    assert "not in the directory, deleted with --prune: source 'events'" in without.notes
    assert (
        "1 resource(s) not in the directory are left alone: not managed by apply" in without.notes
    )
    pruned = plan(client, out, tag=STAGING, prune=True)
    assert [(i.action, i.kind, i.name) for i in pruned.items] == [("delete", "source", "events")]
    report = run_apply(client, out, tmp_path / "prune.jsonl", prune=True)
    assert report.status == "applied", report.to_text()
    assert names_in(sandbox, "data_sources", STAGING) == ["customers", "orders"]


def test_interrupt_stops_between_steps_and_resume_finishes(
    exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    big_edit(out)
    stop = threading.Event()

    def first_done_then_ctrl_c(event: Any) -> None:
        if event.stage == "apply" and event.done == 1:
            stop.set()  # what the CLI's first Ctrl-C does

    journal = tmp_path / "j.jsonl"
    report = run_apply(client, out, journal, progress=first_done_then_ctrl_c, interrupt=stop)
    assert report.status == "stopped" and report.error == "interrupted"
    assert len(report.steps) < 8
    resumed = run_apply(client, out, journal, resume=True)
    assert resumed.status == "applied", resumed.to_text()
    assert plan(client, out, tag=STAGING).items == []


def test_verbose_cli_apply_logs_no_secret(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exported_staging: tuple[Any, Path],
    tmp_path: Path,
) -> None:
    _, out = exported_staging
    edit(out, "sources/orders.yaml", EDITS["config"][1])
    monkeypatch.setenv("NEXLA_SOURCE_ORDERS_SOURCE_CONFIG_API_KEY", "stg-api-key-111")
    cli = partial(run_cli, sandbox, monkeypatch, capsys, normalised=False)
    sandbox.admin.set_faults(rate_limit_next=2)  # so the retry log has something to say
    code, stdout, err = cli(
        "apply",
        str(out),
        "--tag",
        STAGING,
        "--auto-approve",
        "-v",
        "--journal",
        str(tmp_path / "j"),
    )
    assert code == 0, stdout + err
    assert "nexla_api:" in err  # the retry log is on
    logged = err
    code, stdout, err = cli("plan", str(out), "--tag", STAGING, "--json", "-v")
    assert code == 0
    assert_no_secret(logged + stdout + err + (tmp_path / "j").read_text())


def test_rollback_leaves_alone_what_changed_since_the_apply(
    exported_staging: tuple[Any, Path], tmp_path: Path
) -> None:
    client, out = exported_staging
    (out / "sources" / "events.yaml").write_text(
        "kind: source\nname: events\nsource_type: postgres\nsource_config: {table: events}\n"
    )
    journal = tmp_path / "j.jsonl"
    report = run_apply(client, out, journal)
    [made] = [s for s in report.steps if s.step == "create:source/events"]
    source_id = int(made.detail.removeprefix("id="))
    body = DataSourceUpdate(name="events-renamed-by-someone")
    update_data_source.sync(source_id, client=client, body=body)
    undone = rollback(client, journal)
    assert undone.status == "rollback_incomplete"
    [record] = [u for u in undone.undo if u.step == "create:source/events"]
    assert record.status == "failed" and "now named 'events-renamed-by-someone'" in record.detail
    assert get_data_source.sync(source_id, client=client).name == "events-renamed-by-someone"


def test_cli_apply_confirmed_at_a_terminal_applies_the_plan_it_showed_reading_once(
    sandbox: SandboxServer,
    exported_staging: tuple[Any, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The preview and the apply share one client (one token, one pacer) and one read of the
    environment: what the user approved is what runs, and a large environment is not listed
    and read resource by resource twice."""
    _, out = exported_staging
    rel, change, expected, _ = EDITS["config"]
    edit(out, rel, change)
    counter = Counter()
    clients: list[Any] = []

    def counting_client() -> Any:
        clients.append(client_for(sandbox, counter))
        return clients[-1]

    monkeypatch.setattr("nexla_recipes.cli.apply.client_from_env", counting_client)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return "y"

    monkeypatch.setattr("builtins.input", answer)
    journal = tmp_path / "j.jsonl"
    code, stdout, _ = run_cli(
        sandbox, monkeypatch, capsys, "apply", str(out), "--tag", STAGING, "--journal", str(journal)
    )
    assert code == 0, stdout
    assert asked == ["Apply these 1 change(s)? [y/N] "]
    assert "~ update source 'orders'" in stdout
    assert f"applied\n  done       {expected[0]}:{expected[1]}/{expected[2]}" in stdout
    assert len(clients) == 1
    listings = Tally(p for m, p in counter.requests if m == "GET" and p.count("/") == 1)
    assert listings["/data_sources"] == 1 and listings["/data_sinks"] == 1, listings
    reads = [p for m, p in counter.requests if m == "GET" and p.endswith("/accessors")]
    assert len(reads) == len(set(reads)), "accessors read more than once"
    assert counter.requests.count(("POST", "/token")) <= 1
