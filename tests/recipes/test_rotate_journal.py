"""Rotation keeps its progress in a journal (the mechanism deploy uses): records are only ever
appended, a resume continues the same file, and a checkpoint written as one JSON document by
an earlier version is still resumed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nexla_api import NexlaClient
from nexla_recipes._progress import Progress
from nexla_recipes.rotate import RotationError, load_checkpoint, rotate_credentials
from nexla_sandbox.testing import SandboxServer

from .test_rotate import NEW, TAG, Killed, assert_rotated, new_credential_ids, seed


def _die_at(stage: str, nth: int = 1) -> Any:
    seen = {"n": 0}

    def progress(event: Progress) -> None:
        if event.stage == stage:
            seen["n"] += 1
            if seen["n"] == nth:
                raise Killed(stage)

    return progress


def _kill(client: NexlaClient, path: Path, stage: str, nth: int = 1, **kwargs: Any) -> None:
    """A rotation that dies at the `nth` progress event of `stage`."""
    with pytest.raises(Killed):
        rotate_credentials(
            client, TAG, NEW, checkpoint=path, progress=_die_at(stage, nth), **kwargs
        )


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_resume_appends_to_the_journal_it_continues(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client)
    path = tmp_path / "cp.json"
    _kill(nexla_client, path, "rotate.repoint", 2)
    before = path.read_text()
    records = _records(path)
    assert records[0]["event"] == "rotation.begin" and records[0]["tag"] == TAG
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    repointed = [r for r in records if r.get("step") == "dependent.repoint"]
    assert [r["outcome"] for r in repointed] == ["repointed", "repointed"]
    state = load_checkpoint(path)
    assert state["new_credential_id"] is not None and state["probed"] and not state["finished"]

    result = rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, resume=True)
    assert result.finished and result.resumed
    after = path.read_text()
    assert after.startswith(before)  # nothing written before the crash was rewritten
    tail = _records(path)[len(records) :]
    assert [r["seq"] for r in tail] == list(range(len(records) + 1, len(records) + len(tail) + 1))
    assert tail[-1]["event"] == "rotation.end"
    assert not any(r.get("step") == "credential.create" for r in tail)  # created once
    assert "n3w-s3cret" not in after
    assert len(new_credential_ids(sandbox)) == 1
    assert_rotated(sandbox, world, delete_old=False)


def test_a_failed_probe_is_journalled_as_undone_and_the_resume_creates_again(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    from nexla_recipes.rotate import NewCredential

    world = seed(nexla_client)
    path = tmp_path / "cp.json"
    bad = NewCredential(NEW.name, "postgres", {"password": "x", "fail_probe": True})
    with pytest.raises(RotationError, match="failed its probe"):
        rotate_credentials(nexla_client, TAG, bad, checkpoint=path)
    undone = [r for r in _records(path) if r["event"] == "undo.done"]
    assert [(r["step"], r["id"]) for r in undone] == [
        ("credential.create", next(r["id"] for r in _records(path) if r["event"] == "step.done"))
    ]
    assert load_checkpoint(path)["new_credential_id"] is None
    rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, resume=True)
    assert_rotated(sandbox, world, delete_old=False)


@pytest.mark.parametrize(
    ("stage", "nth"),
    [("rotate.create_credential.start", 1), ("rotate.pause", 1), ("rotate.repoint", 3)],
)
def test_a_checkpoint_of_an_earlier_version_is_resumed(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path, stage: str, nth: int
) -> None:
    """Earlier versions rewrote one JSON document; resuming one turns it into a journal."""
    world = seed(nexla_client)
    path = tmp_path / "cp.json"
    _kill(nexla_client, path, stage, nth)
    state = load_checkpoint(path)
    path.write_text(json.dumps(state, indent=2))  # what an earlier version left behind
    assert load_checkpoint(path) == state

    with pytest.raises(RotationError, match="unfinished rotation is recorded"):
        rotate_credentials(nexla_client, TAG, NEW, checkpoint=path)
    dry = rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, resume=True, dry_run=True)
    assert dry.resumed and json.loads(path.read_text()) == state  # a dry run rewrites nothing

    result = rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, resume=True)
    assert result.finished and result.resumed
    # what the document said was done is not looked at again
    moved = sum(v is not None for f in state["flows"] for v in f["dependents"].values())
    assert result.already_repointed == [] and len(result.repointed) == 4 - moved
    records = _records(path)
    assert records[0]["event"] == "rotation.begin" and records[-1]["event"] == "rotation.end"
    assert len(new_credential_ids(sandbox)) == 1
    assert_rotated(sandbox, world, delete_old=False)
    # the journal it became holds what the document held, then the rest of the run
    done = load_checkpoint(path)
    assert done["finished"] and done["new_credential_id"] == result.new_credential_id
    assert [f["phase"] for f in done["flows"]] == ["verified"] * len(done["flows"])


def test_a_rotation_resumed_after_a_torn_write_stays_readable(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path
) -> None:
    world = seed(nexla_client)
    path = tmp_path / "cp.json"
    _kill(nexla_client, path, "rotate.pause")
    with path.open("a") as fh:
        fh.write('{"event": "step.do')  # the crash cut a record short
    _kill(nexla_client, path, "rotate.repoint", 2, resume=True)
    # the second crash's journal reads too, with both repoints the resume journalled
    saved = load_checkpoint(path)
    assert not saved["finished"]
    assert sum(v is not None for f in saved["flows"] for v in f["dependents"].values()) == 2
    result = rotate_credentials(nexla_client, TAG, NEW, checkpoint=path, resume=True)
    assert result.finished
    assert_rotated(sandbox, world, delete_old=False)
