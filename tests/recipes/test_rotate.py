"""Credential rotation against the sandbox: full run, a crash at every step, lost replies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from nexla_api import NO_RETRIES, NexlaClient
from nexla_recipes._progress import Progress
from nexla_recipes.rotate import (
    NewCredential,
    RotationError,
    load_checkpoint,
    plan_rotation,
    rotate_credentials,
)
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es

TAG = "env:prod"
NEW = NewCredential("pg-prod-2025", "postgres", {"host": "db2", "password": "n3w-s3cret"})


class Killed(Exception):
    """Stands for the process dying at a given progress event."""


@dataclass
class World:
    """Prod: flow 1 (active) source+sink on cred A; flow 2 (idle) source on A, sink on B.

    Staging also uses B (so B must survive `delete_old`), and a prod S3 source uses another
    credential type (so it is skipped).
    """

    a: int
    b: int
    s3: int
    dependents: list[tuple[str, int]]  # (audit item type, id)
    active_source: int
    idle_source: int


def seed(client: NexlaClient, *, small: bool = False) -> World:
    """`small` leaves out the idle flow's source on A and the skipped S3 source (fewer steps)."""
    a = es.credential(client, "pg-prod-a")
    b = es.credential(client, "pg-shared-b")
    s3 = es.credential(client, "s3-prod", ctype="s3")
    s1, n1 = es.source(client, "orders", a, [TAG, "team:sales"])
    d1 = es.sink(client, "orders-out", n1, a)
    s2, n2 = es.source(client, "users", b if small else a, [TAG])
    deps = [("DataSource", s1), ("DataSink", d1), ("DataSource", s2)]
    if not small:
        deps.append(("DataSink", es.sink(client, "users-out", n2, b)))
        es.source(client, "logs", s3, [TAG], source_type="s3")
    es.source(client, "users", b, ["env:staging"])
    es.activate(client, s1)
    return World(a, b, s3, deps, s1, s2)


def live(sandbox: SandboxServer, kind: str, doc_id: int) -> dict[str, Any]:
    doc = sandbox.state.store.get(kind, doc_id)
    assert doc is not None, f"{kind} {doc_id} is gone"
    return doc


def exists(sandbox: SandboxServer, kind: str, doc_id: int) -> bool:
    return sandbox.state.store.get(kind, doc_id) is not None


def new_credential_ids(sandbox: SandboxServer) -> list[int]:
    return [c["id"] for c in sandbox.state.store.all("data_credentials") if c["name"] == NEW.name]


def assert_rotated(sandbox: SandboxServer, world: World, *, delete_old: bool) -> None:
    """Every dependent moved exactly once; flows touched at most once each way."""
    (new_id,) = new_credential_ids(sandbox)
    for item_type, doc_id in world.dependents:
        kind = "data_sources" if item_type == "DataSource" else "data_sinks"
        assert live(sandbox, kind, doc_id)["data_credentials_id"] == new_id
        moves = es.changes_of(sandbox, item_type, doc_id, "data_credentials_id")
        assert len(moves) == 1, f"{item_type} {doc_id} repointed {len(moves)} times: {moves}"
    # the active flow: paused once, re-activated once, active at the end
    statuses = es.changes_of(sandbox, "DataSource", world.active_source, "status")
    assert statuses == [["INIT", "ACTIVE"], ["ACTIVE", "PAUSED"], ["PAUSED", "ACTIVE"]]
    # the idle flow was never paused or activated
    assert es.changes_of(sandbox, "DataSource", world.idle_source, "status") == []
    assert exists(sandbox, "data_credentials", world.a) is not delete_old
    assert exists(sandbox, "data_credentials", world.b)  # staging still uses it


def test_plan_reads_every_page_and_groups_by_flow(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    world = seed(nexla_client)
    for i in range(5):  # push the tagged resources past the first page
        es.source(nexla_client, f"filler-{i}", world.s3, ["env:dev"], source_type="s3")
    before = sandbox.state.store.audit_count()
    plan = plan_rotation(nexla_client, TAG, NEW)
    assert sandbox.state.store.audit_count() == before  # planning changes nothing
    assert [(d.kind, d.name) for d in plan.dependents] == [
        ("source", "orders"),
        ("destination", "orders-out"),
        ("source", "users"),
        ("destination", "users-out"),
    ]
    assert len(plan.groups) == 2
    assert plan.old_credential_ids == (world.a, world.b)
    assert [(s.name, s.reason) for s in plan.skipped] == [
        ("logs", f"uses credential {world.s3} of type s3, not postgres")
    ]


def test_full_rotation_keeps_old_credentials_unless_asked(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client)
    result = rotate_credentials(nexla_client, TAG, NEW, checkpoint=tmp_path / "cp.json")
    assert result.finished and not result.resumed
    assert len(result.repointed) == 4 and result.already_repointed == []
    assert (
        result.flows_paused
        == result.flows_reactivated
        == [es.flow_of(nexla_client, world.active_source)]
    )
    assert result.old_credentials == {world.a: "kept", world.b: "kept"}
    assert_rotated(sandbox, world, delete_old=False)
    saved = load_checkpoint(tmp_path / "cp.json")
    assert saved["finished"] is True
    assert "n3w-s3cret" not in (tmp_path / "cp.json").read_text()


def test_delete_old_deletes_only_unused_credentials(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client)
    result = rotate_credentials(
        nexla_client, TAG, NEW, checkpoint=tmp_path / "cp.json", delete_old=True
    )
    assert result.old_credentials[world.a] == "deleted"
    assert result.old_credentials[world.b].startswith("kept: still used by data_sources")
    assert_rotated(sandbox, world, delete_old=True)


def _events(client: NexlaClient, path: Path) -> list[Progress]:
    seen: list[Progress] = []
    rotate_credentials(client, TAG, NEW, checkpoint=path, delete_old=True, progress=seen.append)
    return seen


def test_killed_at_every_step_resume_finishes_without_touching_twice(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client, small=True)
    seeded = es.save_state(sandbox)
    total = len(_events(nexla_client, tmp_path / "probe.json"))
    assert total >= 20
    # every call here is also made (and its reply validated against the spec) by the other
    # tests; skipping reply validation keeps this many-run test fast
    sandbox.state.settings.validate_responses = False
    try:
        _kill_at_every_step(sandbox, nexla_client, tmp_path, world, seeded, total)
    finally:
        sandbox.state.settings.validate_responses = True


def _kill_at_every_step(
    sandbox: SandboxServer,
    nexla_client: NexlaClient,
    tmp_path: Path,
    world: World,
    seeded: Any,
    total: int,
) -> None:
    stats = {"kills": 0, "resumes": 0, "already_repointed": 0, "repoint_calls": 0}
    for k in range(1, total + 1):
        es.restore_state(sandbox, seeded)
        path = tmp_path / f"cp-{k}.json"
        calls = 0

        def die_at_k(event: Progress, k: int = k) -> None:
            nonlocal calls
            calls += 1
            if calls == k:
                raise Killed(event.stage)

        with pytest.raises(Killed):
            rotate_credentials(
                nexla_client, TAG, NEW, checkpoint=path, delete_old=True, progress=die_at_k
            )
        stats["kills"] += 1
        # until every dependent moved, the old credential must still be there
        on_a = [
            d
            for t, d in world.dependents
            if live(sandbox, "data_sources" if t == "DataSource" else "data_sinks", d).get(
                "data_credentials_id"
            )
            == world.a
        ]
        if on_a:
            assert exists(sandbox, "data_credentials", world.a)
        if not path.exists():  # killed while planning: nothing to resume, start afresh
            result = rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, delete_old=True)
        else:
            if not load_checkpoint(path)["finished"]:
                with pytest.raises(RotationError, match="--resume"):
                    rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, delete_old=True)
            result = rotate_credentials(
                nexla_client, TAG, NEW, checkpoint=path, delete_old=True, resume=True
            )
            stats["resumes"] += 1
        assert result.finished
        stats["already_repointed"] += len(result.already_repointed)
        stats["repoint_calls"] += len(result.repointed)
        assert_rotated(sandbox, world, delete_old=True)
        assert len(new_credential_ids(sandbox)) == 1
    print(f"\nrotation: {total} progress events, {stats}")
    assert stats["kills"] == total


@pytest.mark.parametrize("operation", ["update_data_source", "update_data_sink"])
def test_reply_lost_after_repoint_is_reconciled_on_resume(
    sandbox: SandboxServer, tmp_path: Path, operation: str
) -> None:
    client = NexlaClient(
        service_key=sandbox.service_key, base_url=sandbox.url, env={}, retry=NO_RETRIES
    )
    world = seed(client)
    sandbox.admin.fail_op(operation, times=1, when="after")  # committed, then 500
    path = tmp_path / "cp.json"
    with pytest.raises(RotationError, match="--resume"):
        rotate_credentials(client, TAG, NEW, checkpoint=path)
    result = rotate_credentials(client, TAG, NEW, checkpoint=path, resume=True)
    assert len(result.already_repointed) == 1
    assert_rotated(sandbox, world, delete_old=False)


def test_created_credential_whose_id_was_lost_is_adopted(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    client = NexlaClient(
        service_key=sandbox.service_key, base_url=sandbox.url, env={}, retry=NO_RETRIES
    )
    world = seed(client)
    sandbox.admin.fail_op("create_data_credential", times=1, when="after")
    path = tmp_path / "cp.json"
    with pytest.raises(RotationError):
        rotate_credentials(client, TAG, NEW, checkpoint=path)
    rotate_credentials(client, TAG, NEW, checkpoint=path, resume=True)
    assert_rotated(sandbox, world, delete_old=False)


def test_failed_probe_touches_nothing_and_removes_the_new_credential(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client)
    bad = NewCredential(NEW.name, "postgres", {"password": "x", "fail_probe": True})
    before = {d: live(sandbox, "data_sources", d) for _, d in world.dependents[::2]}
    with pytest.raises(RotationError, match="failed its probe"):
        rotate_credentials(nexla_client, TAG, bad, checkpoint=tmp_path / "cp.json")
    assert new_credential_ids(sandbox) == []
    for doc_id, doc in before.items():
        now = live(sandbox, "data_sources", doc_id)
        assert now["data_credentials_id"] == doc["data_credentials_id"]
    # fixing the file and resuming completes the rotation
    rotate_credentials(nexla_client, TAG, NEW, checkpoint=tmp_path / "cp.json", resume=True)
    assert_rotated(sandbox, world, delete_old=False)


def test_resume_refuses_another_rotations_checkpoint(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    seed(nexla_client)
    path = tmp_path / "cp.json"
    with pytest.raises(Killed):
        rotate_credentials(
            nexla_client, TAG, NEW, checkpoint=path, progress=_raise_on("rotate.probe")
        )
    other = NewCredential("pg-other", "postgres", {"password": "y"})
    with pytest.raises(RotationError, match="belongs to the rotation"):
        rotate_credentials(nexla_client, TAG, other, checkpoint=path, resume=True)


def test_dry_run_changes_nothing(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    seed(nexla_client)
    before = sandbox.state.store.audit_count()
    result = rotate_credentials(
        nexla_client, TAG, NEW, checkpoint=tmp_path / "cp.json", dry_run=True
    )
    assert len(result.plan.dependents) == 4 and not result.finished
    assert sandbox.state.store.audit_count() == before
    assert not (tmp_path / "cp.json").exists()


def _raise_on(stage: str) -> Any:
    def callback(event: Progress) -> None:
        if event.stage == stage:
            raise Killed(stage)

    return callback
