"""Deploy journals and rotation checkpoints that were edited or damaged are refused with one
line before any server call; rollback undoes only what live state confirms this deploy made."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from nexla_api import NexlaClient
from nexla_api.api.flows import get_flow_by_resource_id
from nexla_api.models import FlowResourceType
from nexla_recipes._journal import JournalError
from nexla_recipes.deploy import rollback
from nexla_recipes.rotate import RotationError, load_checkpoint, rotate_credentials
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es
from tests.recipes import test_rotate
from tests.recipes.test_deploy import CONFIG, Killed, _kill_at, run

from .recipes_support import client_for, resources


class Counting(httpx.BaseTransport):
    """Forwards to the sandbox and records every request (the token exchange included)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        return self.inner.handle_request(request)


def counting_client(sandbox: SandboxServer) -> tuple[NexlaClient, Counting]:
    transport = Counting()
    client = NexlaClient(
        service_key=sandbox.service_key, base_url=sandbox.url, env={}, transport=transport
    )
    return client, transport


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "flow.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def killed_deploy(sandbox: SandboxServer, config: Path, journal: Path, stage: str) -> None:
    """A deploy that died at the first progress event of `stage` (e.g. `run.verify`)."""
    seen: list[str] = []
    run(sandbox, config, journal.with_suffix(".probe"), progress=lambda e: seen.append(e.stage))
    rollback(client_for(sandbox), journal.with_suffix(".probe"))
    with pytest.raises(Killed):
        run(sandbox, config, journal, progress=_kill_at(seen.index(stage)))


def records(journal: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in journal.read_text().splitlines()]


def write(journal: Path, entries: list[Any]) -> None:
    journal.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")


def _find(entries: list[dict[str, Any]], event: str, step: str) -> dict[str, Any]:
    return next(e for e in entries if e["event"] == event and e.get("step") == step)


def _set(kind: str, which: str, **fields: Any) -> Callable[[list[dict[str, Any]]], None]:
    def edit(entries: list[dict[str, Any]]) -> None:
        _find(entries, kind, which).update(fields)

    return edit


def _drop(event: str, step: str, field: str) -> Callable[[list[dict[str, Any]]], None]:
    def edit(entries: list[dict[str, Any]]) -> None:
        del _find(entries, event, step)[field]

    return edit


def _replace_line(index: int, value: Any) -> Callable[[list[Any]], None]:
    def edit(entries: list[Any]) -> None:
        entries[index] = value

    return edit


JOURNAL_EDITS: dict[str, Callable[[list[Any]], None]] = {
    "id is text": _set("step.done", "source.create", id="abc"),
    "id is a float": _set("step.done", "destination.create", id=1.5),
    "id is negative": _set("step.done", "transform.create", id=-3),
    "preexisting is text": _set("step.started", "source.create", preexisting="1001"),
    "origin_node_id is text": _set("step.started", "flow.activate", origin_node_id="x"),
    "flow_id missing": _drop("step.started", "flow.activate", "flow_id"),
    "nexset_id missing": _drop("step.done", "discovery.wait", "nexset_id"),
    "step is a number": _set("step.done", "flow.lookup", step=7),
    "step unknown": _set("step.done", "flow.lookup", step="flow.explode"),
    "step missing": _drop("step.done", "source.create", "step"),
    "seq is text": _set("step.done", "source.create", seq="3"),
    "event unknown": _set("step.done", "source.create", event="step.finished"),
    "sha is a number": lambda e: e[0].update(config_sha256=5),
    "a line is a list": _replace_line(2, []),
    "a line is a string": _replace_line(2, "step.done"),
    "a line is deeply nested": _replace_line(2, json.loads("[" * 200 + "]" * 200)),
}


@pytest.mark.parametrize("edit", sorted(JOURNAL_EDITS))
def test_edited_journal_is_refused_in_one_line_before_any_call(
    fast: SandboxServer, config: Path, tmp_path: Path, edit: str
) -> None:
    journal = tmp_path / "j.jsonl"
    killed_deploy(fast, config, journal, "run.verify")
    entries = records(journal)
    JOURNAL_EDITS[edit](entries)
    write(journal, entries)
    before = resources(fast)
    client, transport = counting_client(fast)
    with pytest.raises(JournalError) as refused:
        rollback(client, journal)
    message = str(refused.value)
    assert "\n" not in message and str(journal) in message and len(message) < 400
    with pytest.raises(JournalError):
        run(fast, config, journal, resume=True)
    assert transport.requests == []
    assert resources(fast) == before


@pytest.mark.parametrize(
    "damage",
    [
        b"\xff\xfe\x00garbage\n",
        "{}".encode("utf-16"),
        b'{"v": 1, "seq": 1, "event": "deploy.begin"}\n' + b"\x80\x81\n" + b"{}\n",
        b"[" * 100_000 + b"\n{}\n",
        b'{"v": 1, "seq": ' + b"9" * 5000 + b"}\n{}\n",
    ],
    ids=["not utf-8", "utf-16", "bad byte mid-file", "deep nesting", "huge number"],
)
def test_undecodable_journal_is_one_line(
    sandbox: SandboxServer, tmp_path: Path, damage: bytes
) -> None:
    journal = tmp_path / "j.jsonl"
    journal.write_bytes(damage)
    client, transport = counting_client(sandbox)
    with pytest.raises(JournalError) as refused:
        rollback(client, journal)
    assert "\n" not in str(refused.value)
    assert transport.requests == []


def test_rollback_leaves_alone_a_resource_the_journal_was_edited_to_name(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    client = client_for(fast)
    cred = es.credential(client, "bystander-cred")
    bystander, _ = es.source(client, "bystander", cred, ["team:other"])
    es.activate(client, bystander)
    other_flow = get_flow_by_resource_id.sync(
        FlowResourceType.DATA_SOURCES, bystander, client=client, flows_only=1
    ).flows[0]
    other_origin = other_flow.origin_node_id or other_flow.id
    journal = tmp_path / "j.jsonl"
    killed_deploy(fast, config, journal, "run.verify")
    entries = records(journal)
    ours = _find(entries, "step.done", "source.create")["id"]
    # the edit keeps the recorded name, so only live state can tell it is not ours
    _find(entries, "step.done", "source.create")["id"] = bystander
    _find(entries, "step.started", "flow.activate")["origin_node_id"] = other_origin
    write(journal, entries)

    report = rollback(client, journal)

    assert fast.state.store.get("data_sources", bystander) is not None
    assert fast.state.store.get("data_credentials", cred) is not None
    assert fast.admin.dump("data_sources")  # bystander still listed
    bystander_doc = next(d for d in fast.admin.dump("data_sources") if d["id"] == bystander)
    assert bystander_doc["status"] == "ACTIVE"  # its flow was not paused either
    refused = {(u.step, u.status) for u in report.undo if u.status == "refused"}
    assert refused == {("source.create", "refused"), ("flow.activate", "refused")}
    assert report.status == "rollback_incomplete"
    assert any(f"sources {bystander} was left alone" in w for w in report.warnings)
    assert all(r.id != bystander for r in report.created)
    assert ours != bystander


def test_rollback_of_an_intact_journal_still_undoes_everything(
    fast: SandboxServer, config: Path, tmp_path: Path
) -> None:
    before = resources(fast)
    journal = tmp_path / "j.jsonl"
    killed_deploy(fast, config, journal, "run.verify")
    report = rollback(client_for(fast), journal)
    assert report.status == "rolled_back", report.undo
    assert not any(u.status == "refused" for u in report.undo)
    assert resources(fast) == before


# -- rotation checkpoints -------------------------------------------------------------------


def _killed_rotation(sandbox: SandboxServer, client: NexlaClient, path: Path) -> None:
    """A rotation that died after its first repoint (so a resume would change the server)."""

    def die(event: Any) -> None:
        if event.stage == "rotate.repoint":
            raise test_rotate.Killed(event.stage)

    with pytest.raises(test_rotate.Killed):
        rotate_credentials(client, test_rotate.TAG, test_rotate.NEW, checkpoint=path, progress=die)


def _cp_set(*keys: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(cp: dict[str, Any]) -> None:
        node: Any = cp
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value

    return edit


def _shorten_flows(cp: dict[str, Any]) -> None:
    cp["flows"].pop()


def _rename_dependent(cp: dict[str, Any]) -> None:
    deps = cp["flows"][0]["dependents"]
    key = next(iter(deps))
    deps["999999s"] = deps.pop(key)


def _drop_plan(cp: dict[str, Any]) -> None:
    del cp["plan"]


CHECKPOINT_EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "flows list shortened": _shorten_flows,
    "phase is a number": _cp_set("flows", 0, "phase", value=5),
    "phase unknown": _cp_set("flows", 0, "phase", value="half-done"),
    "dependent id is text": _cp_set("plan", "flows", 0, "dependents", 0, "id", value="x"),
    "new credential id is text": _cp_set("new_credential_id", value="12"),
    "plan missing": _drop_plan,
    "old credential key not a number": _cp_set("old_credentials", value={"abc": None}),
    "dependent renamed": _rename_dependent,
    "flow id differs from plan": _cp_set("flows", 0, "flow_id", value=424242),
    "skipped entry has an extra field": _cp_set(
        "plan", "skipped", value=[{"kind": "source", "id": 1, "name": "n", "reason": "r", "x": 1}]
    ),
    "probed is text": _cp_set("probed", value="yes"),
}


def _assert_resume_refused_before_any_call(sandbox: SandboxServer, path: Path) -> None:
    before = resources(sandbox)
    client, transport = counting_client(sandbox)
    with pytest.raises(RotationError) as refused:
        rotate_credentials(client, test_rotate.TAG, test_rotate.NEW, checkpoint=path, resume=True)
    assert "\n" not in str(refused.value) and str(path) in str(refused.value)
    assert transport.requests == []
    assert resources(sandbox) == before


@pytest.mark.parametrize("edit", sorted(CHECKPOINT_EDITS))
def test_edited_checkpoint_is_refused_before_the_server_is_touched(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path, edit: str
) -> None:
    """A checkpoint in the one-document format of earlier versions, edited."""
    test_rotate.seed(nexla_client, small=True)
    path = tmp_path / "cp.json"
    _killed_rotation(sandbox, nexla_client, path)
    checkpoint = load_checkpoint(path)
    CHECKPOINT_EDITS[edit](checkpoint)
    path.write_text(json.dumps(checkpoint))
    _assert_resume_refused_before_any_call(sandbox, path)


def _record(step: str, *keys: str, value: Any) -> Callable[[list[dict[str, Any]]], None]:
    """Set a field of the first record of `step` (`rotation.begin` for "begin")."""

    def edit(records: list[dict[str, Any]]) -> None:
        node: Any = next(
            r for r in records if r.get("step") == step or r["event"] == f"rotation.{step}"
        )
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[keys[-1]] = value

    return edit


def _drop_begin_plan(records: list[dict[str, Any]]) -> None:
    del records[0]["plan"]


ROTATION_JOURNAL_EDITS: dict[str, Callable[[list[dict[str, Any]]], None]] = {
    "record names a flow the plan does not have": _record("flow.pause", "flow", value=7),
    "outcome is a number": _record("dependent.repoint", "outcome", value=5),
    "unknown step": _record("flow.pause", "step", value="flow.half-done"),
    "dependent id is text": _record(
        "begin", "plan", "flows", "0", "dependents", "0", "id", value="x"
    ),
    "new credential id is text": _record("credential.create", "id", value="12"),
    "plan missing": _drop_begin_plan,
    "old credential id not a number": _record("begin", "plan", "old_credential_ids", value=["abc"]),
    "dependent renamed": _record("dependent.repoint", "dependent", value="999999s"),
    "flow id differs from plan": _record("flow.pause", "flow_id", value=424242),
    "skipped entry has an extra field": _record(
        "begin",
        "plan",
        "skipped",
        value=[{"kind": "source", "id": 1, "name": "n", "reason": "r", "x": 1}],
    ),
    "probed credential id is text": _record("credential.probe", "id", value="yes"),
}


@pytest.mark.parametrize("edit", sorted(ROTATION_JOURNAL_EDITS))
def test_edited_rotation_journal_is_refused_before_the_server_is_touched(
    sandbox: SandboxServer, nexla_client: NexlaClient, tmp_path: Path, edit: str
) -> None:
    test_rotate.seed(nexla_client, small=True)
    path = tmp_path / "cp.json"
    _killed_rotation(sandbox, nexla_client, path)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    ROTATION_JOURNAL_EDITS[edit](records)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    _assert_resume_refused_before_any_call(sandbox, path)


@pytest.mark.parametrize(
    "damage",
    [b"\xff\xfe{}", "{}".encode("utf-16"), b"[" * 100_000, b'{"version": ' + b"9" * 5000 + b"}"],
    ids=["not utf-8", "utf-16", "deep nesting", "huge number"],
)
def test_undecodable_checkpoint_is_one_line(
    sandbox: SandboxServer, tmp_path: Path, damage: bytes
) -> None:
    path = tmp_path / "cp.json"
    path.write_bytes(damage)
    client, transport = counting_client(sandbox)
    with pytest.raises(RotationError) as refused:
        rotate_credentials(client, "t", test_rotate.NEW, checkpoint=path, resume=True)
    assert "\n" not in str(refused.value)
    assert transport.requests == []
