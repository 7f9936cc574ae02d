"""Credential rotation for an environment tag, resumable after a crash at any point.

Order matters so that a failure never leaves a dependent without a working credential:

1. plan: which tagged sources/destinations use a credential of the new credential's type
   (every page of every list);
2. create the new credential and probe it, before any dependent is touched (a failed probe
   deletes the unused new credential and stops);
3. per flow: pause it (only if it was running), repoint each dependent
   (`data_credentials_id`), re-activate it (only if it was running), verify by re-reading;
4. only when every dependent moved, and only if asked, delete old credentials nobody uses.

Every step is journalled (`_journal`, the mechanism deploy and apply use: append-only JSON
lines, fsynced before the run goes on) in the rotation's checkpoint file; the rotation's state
is the fold of its records. A resumed run never trusts the journal alone for an item that
was in flight: it re-reads live state (a dependent that already points at the new credential
is not updated again; a flow already paused is not paused again). A checkpoint written as
one JSON document by earlier versions is read too, and turned into a journal when resumed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NoReturn

from nexla_api import NexlaClient, NexlaError, NotFoundError
from nexla_api.api.credentials import (
    create_data_credential,
    data_credential_probe,
    delete_data_credential,
    get_data_credential,
    get_data_credentials,
)
from nexla_api.api.destinations import get_data_sink, update_data_sink
from nexla_api.api.flows import (
    flow_activate_with_flow_id,
    flow_pause_with_flow_id,
    get_flow_by_id,
    get_flow_by_resource_id,
)
from nexla_api.api.sources import get_data_source, update_data_source
from nexla_api.models import (
    DataCredentialCreate,
    DataSinkUpdate,
    DataSourceUpdate,
    FlowResourceType,
)

from ._atomic_json import UnreadableFile, read_text
from ._config import (
    ConfigError,
    ConfigProblem,
    field_path,
    load_document,
    load_schema,
    validate,
)
from ._connectors import check_block, raise_for
from ._env_resources import list_all, load_sources_and_sinks
from ._journal import Journal, JournalError, read, record_schema, when
from ._progress import ProgressFn, StopFlag, emit, stopped
from .config_models.rotation_plan import CredentialRotationInput

CHECKPOINT_VERSION = 1
DependentKind = Literal["source", "destination"]


class RotationError(Exception):
    """The rotation stopped; the message says why and how to continue."""


class RotationInterrupted(RotationError):
    """A stop was requested (Ctrl-C) and honoured between flows; the checkpoint resumes it."""

    def __init__(self, message: str, result: RotationResult) -> None:
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class NewCredential:
    """The credential to rotate to. `credentials` holds secrets: never logged or checkpointed."""

    name: str
    credentials_type: str
    credentials: dict[str, Any] = field(repr=False)
    description: str | None = None

    def fingerprint(self) -> str:
        """Identifies the rotation in its checkpoint without storing anything secret."""
        raw = json.dumps([self.name, self.credentials_type], separators=(",", ":"))
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def body(self) -> DataCredentialCreate:
        return DataCredentialCreate(
            name=self.name,
            credentials_type=self.credentials_type,
            credentials=dict(self.credentials),
            description=self.description,
        )


#: A `${NAME}` placeholder: the value of environment variable NAME.
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand(value: Any, file: str, path: list[Any]) -> Any:
    if isinstance(value, dict):
        return {k: _expand(v, file, [*path, k]) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, file, [*path, i]) for i, v in enumerate(value)]
    if isinstance(value, str):

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                raise ConfigError(
                    [
                        ConfigProblem(
                            file,
                            field_path(path),
                            f"environment variable {name} is not set",
                            f"export {name}, or write the value into the file",
                        )
                    ]
                )
            return os.environ[name]

        return _VAR.sub(sub, value)
    return value


def load_rotation_plan(path: Path) -> tuple[NewCredential, int | None]:
    """The credential to rotate to and the one to rotate away from (None: every one of its type).

    Validated against `schemas/rotation_plan.schema.json`, `${NAME}` values read from the
    environment, the connector block checked against the catalogue; `ConfigError` names the
    file, field and fix.
    """
    file = str(path)
    document = load_document(path)
    validate(document, load_schema("rotation_plan"), file)
    new = _expand(document["new_credential"], file, ["new_credential"])
    # Checked as written: a `${NAME}` value is only known to be present.
    raise_for(
        check_block(
            file,
            ["new_credential"],
            "credentials",
            document["new_credential"],
            placeholder=lambda v: isinstance(v, str) and bool(_VAR.search(v)),
        )
    )
    try:
        plan = CredentialRotationInput.model_validate({**document, "new_credential": new})
    except ValueError as exc:  # the schema should have caught it; keep the message usable
        problem = ConfigProblem(file, "", str(exc).splitlines()[0], "see the schema")
        raise ConfigError([problem]) from None
    spec = plan.new_credential
    credential = NewCredential(
        name=spec.name,
        credentials_type=spec.credentials_type,
        credentials=spec.credentials,
        description=spec.description,
    )
    return credential, plan.old_credential_id


@dataclass(frozen=True)
class Dependent:
    """A source or destination that uses a credential being rotated away."""

    kind: DependentKind
    id: int
    name: str
    old_credential_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name,
            "old_credential_id": self.old_credential_id,
        }


@dataclass(frozen=True)
class Skipped:
    """A tagged resource the rotation leaves alone, and why."""

    kind: DependentKind
    id: int
    name: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "reason": self.reason}


@dataclass(frozen=True)
class FlowGroup:
    """Dependents sharing one flow: the flow is paused and re-activated once for all of them."""

    flow_id: int | None
    dependents: tuple[Dependent, ...]


@dataclass(frozen=True)
class RotationPlan:
    tag: str
    credentials_type: str
    new_credential_name: str
    groups: tuple[FlowGroup, ...]
    old_credential_ids: tuple[int, ...]
    skipped: tuple[Skipped, ...] = ()

    @property
    def dependents(self) -> list[Dependent]:
        return [d for g in self.groups for d in g.dependents]

    def to_dict(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "credentials_type": self.credentials_type,
            "new_credential_name": self.new_credential_name,
            "old_credential_ids": list(self.old_credential_ids),
            "flows": [
                {"flow_id": g.flow_id, "dependents": [d.to_dict() for d in g.dependents]}
                for g in self.groups
            ],
            "skipped": [s.to_dict() for s in self.skipped],
        }


@dataclass
class RotationResult:
    """What the run did (a resumed run also reports what earlier runs did)."""

    plan: RotationPlan
    dry_run: bool = False
    resumed: bool = False
    finished: bool = False
    new_credential_id: int | None = None
    #: Dependents this run repointed.
    repointed: list[Dependent] = field(default_factory=list)
    #: Dependents found already pointing at the new credential (by an earlier, interrupted run).
    already_repointed: list[Dependent] = field(default_factory=list)
    flows_paused: list[int] = field(default_factory=list)
    flows_reactivated: list[int] = field(default_factory=list)
    #: Old credential id -> "deleted", "kept" or "kept: <why>".
    old_credentials: dict[int, str] = field(default_factory=dict)
    checkpoint: str | None = None
    steps: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan.to_dict(),
            "dry_run": self.dry_run,
            "resumed": self.resumed,
            "finished": self.finished,
            "new_credential_id": self.new_credential_id,
            "repointed": [d.to_dict() for d in self.repointed],
            "already_repointed": [d.to_dict() for d in self.already_repointed],
            "flows_paused": self.flows_paused,
            "flows_reactivated": self.flows_reactivated,
            "old_credentials": {str(k): v for k, v in sorted(self.old_credentials.items())},
            "checkpoint": self.checkpoint,
            "steps": self.steps,
        }


# -- planning ---------------------------------------------------------------------------


def _flow_id_of(client: NexlaClient, kind: DependentKind, resource_id: int) -> int | None:
    rtype = FlowResourceType.DATA_SOURCES if kind == "source" else FlowResourceType.DATA_SINKS
    try:
        flow = get_flow_by_resource_id.sync(rtype, resource_id, client=client, flows_only=1)
    except NotFoundError:
        return None
    return flow.flows[0].origin_node_id if flow.flows else None


def plan_rotation(
    client: NexlaClient,
    tag: str,
    new: NewCredential,
    *,
    old_credential_id: int | None = None,
    progress: ProgressFn | None = None,
) -> RotationPlan:
    """Which tagged dependents move to `new`, grouped by flow. Reads only.

    A dependent is a tagged source or destination whose credential has the new credential's
    type (and is `old_credential_id`, when given). The new name must be unused, so a resumed
    run can recognise the credential it created even if the crash lost its id.
    """
    credentials = {c.id: c for c in list_all(get_data_credentials.sync, client)}
    taken = [c.id for c in credentials.values() if c.name == new.name]
    if taken:
        raise RotationError(
            f"a credential named {new.name!r} already exists (id {taken[0]}); "
            "give the new credential a name not used yet"
        )
    if old_credential_id is not None and old_credential_id not in credentials:
        raise RotationError(f"old credential {old_credential_id} does not exist")
    sources, sinks = load_sources_and_sinks(client, tag)
    emit(progress, "rotate.plan", f"{len(sources)} sources, {len(sinks)} destinations tagged {tag}")
    dependents: list[Dependent] = []
    skipped: list[Skipped] = []
    candidates: list[tuple[DependentKind, Any]] = [("source", s) for s in sources]
    candidates += [("destination", d) for d in sinks]
    for kind, res in candidates:
        cred_id: int | None = res.data_credentials_id
        if cred_id is None:
            skipped.append(Skipped(kind, res.id, res.name, "uses no credential"))
            continue
        cred = credentials.get(cred_id)
        ctype = cred.credentials_type if cred is not None else None
        if ctype != new.credentials_type:
            why = f"uses credential {cred_id} of type {ctype}, not {new.credentials_type}"
            skipped.append(Skipped(kind, res.id, res.name, why))
        elif old_credential_id is not None and cred_id != old_credential_id:
            why = f"uses credential {cred_id}, not {old_credential_id}"
            skipped.append(Skipped(kind, res.id, res.name, why))
        else:
            dependents.append(Dependent(kind, res.id, res.name, cred_id))
    by_flow: dict[int | None, list[Dependent]] = {}
    for dep in dependents:
        by_flow.setdefault(_flow_id_of(client, dep.kind, dep.id), []).append(dep)
    groups = tuple(
        FlowGroup(flow_id, tuple(deps))
        for flow_id, deps in sorted(by_flow.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    )
    return RotationPlan(
        tag=tag,
        credentials_type=new.credentials_type,
        new_credential_name=new.name,
        groups=groups,
        old_credential_ids=tuple(sorted({d.old_credential_id for d in dependents})),
        skipped=tuple(skipped),
    )


# -- checkpoint ------------------------------------------------------------------------


_ID = {"type": "integer", "minimum": 1}
_TEXT = {"type": "string", "maxLength": 10_000}
_KIND = {"enum": ["source", "destination"]}
_PHASES = ["pending", "paused", "repointed", "activated", "verified"]

#: A checkpoint as `_new_checkpoint` writes it and the run updates it.
CHECKPOINT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": [
        "version",
        "tag",
        "fingerprint",
        "plan",
        "new_credential_id",
        "creating",
        "probed",
        "flows",
        "old_credentials",
        "finished",
    ],
    "properties": {
        "version": {"const": CHECKPOINT_VERSION},
        "tag": _TEXT,
        "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "new_credential_id": {"anyOf": [_ID, {"type": "null"}]},
        "creating": {"type": "boolean"},
        "probed": {"type": "boolean"},
        "finished": {"type": "boolean"},
        "plan": {
            "type": "object",
            "required": [
                "tag",
                "credentials_type",
                "new_credential_name",
                "old_credential_ids",
                "flows",
                "skipped",
            ],
            "properties": {
                "tag": _TEXT,
                "credentials_type": _TEXT,
                "new_credential_name": _TEXT,
                "old_credential_ids": {"type": "array", "items": _ID, "uniqueItems": True},
                "flows": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["flow_id", "dependents"],
                        "properties": {
                            "flow_id": {"anyOf": [_ID, {"type": "null"}]},
                            "dependents": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["kind", "id", "name", "old_credential_id"],
                                    "properties": {
                                        "kind": _KIND,
                                        "id": _ID,
                                        "name": _TEXT,
                                        "old_credential_id": _ID,
                                    },
                                },
                            },
                        },
                    },
                },
                "skipped": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "id", "name", "reason"],
                        "additionalProperties": False,
                        "properties": {"kind": _KIND, "id": _ID, "name": _TEXT, "reason": _TEXT},
                    },
                },
            },
        },
        "flows": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["flow_id", "was_active", "phase", "dependents"],
                "properties": {
                    "flow_id": {"anyOf": [_ID, {"type": "null"}]},
                    "was_active": {"type": ["boolean", "null"]},
                    "phase": {"enum": _PHASES},
                    "dependents": {
                        "type": "object",
                        "additionalProperties": {"enum": [None, "repointed", "already_repointed"]},
                    },
                },
            },
        },
        "old_credentials": {
            "type": "object",
            "propertyNames": {"pattern": "^[1-9][0-9]{0,18}$"},
            "additionalProperties": {"type": ["string", "null"], "maxLength": 10_000},
        },
    },
}


BEGIN = "rotation.begin"
#: What each step's `step.done` record carries besides `step` (flow steps also `flow`, the
#: index of the flow in the plan, and its `flow_id`).
_DONE_FIELDS: dict[str, list[str]] = {
    "credential.create": ["id"],
    "credential.probe": ["id"],
    "flow.check": ["flow", "flow_id", "was_active"],
    "flow.pause": ["flow", "flow_id"],
    "dependent.repoint": ["flow", "flow_id", "dependent", "outcome"],
    "flow.activate": ["flow", "flow_id"],
    "flow.verify": ["flow", "flow_id"],
    "credential.retire": ["id", "outcome"],
}

#: One line of a rotation journal. The plan in `rotation.begin` and the state the records
#: fold into are checked against `CHECKPOINT_SCHEMA` and the plan afterwards.
RECORD_SCHEMA = record_schema(
    [BEGIN, "rotation.end", "step.started", "step.done", "undo.done"],
    {
        "step": {"enum": list(_DONE_FIELDS)},
        "tag": _TEXT,
        "fingerprint": {"type": "string"},
        "plan": {"type": "object"},
        "name": _TEXT,
        "id": _ID,
        "flow": {"type": "integer", "minimum": 0},
        "flow_id": {"anyOf": [_ID, {"type": "null"}]},
        "was_active": {"type": "boolean"},
        "dependent": {"type": "string", "pattern": "^[1-9][0-9]{0,18}[sd]$"},
        "outcome": _TEXT,
    },
    [
        when(BEGIN, {"required": ["tag", "fingerprint", "plan"]}),
        when(["step.started", "step.done", "undo.done"], {"required": ["step"]}),
        when("step.started", {"required": ["name"]}, step="credential.create"),
        when("undo.done", {"required": ["id"]}, step="credential.create"),
        *(
            when("step.done", {"required": fields}, step=step)
            for step, fields in _DONE_FIELDS.items()
        ),
    ],
)


def load_checkpoint(path: Path) -> dict[str, Any]:
    """The state a checkpoint records (the fold of its journal, or an earlier version's one
    JSON document), checked against `CHECKPOINT_SCHEMA` and against its own plan.

    Every way it can be wrong (unreadable, not JSON, a field of the wrong type, a record
    about a flow, dependent or credential the plan does not have) is a one-line
    `RotationError` raised before anything is read from or changed on the server.
    """
    return _load(path)[0]


def _load(path: Path) -> tuple[dict[str, Any], bool]:
    """The checked state, and whether it came from an earlier version's JSON document."""
    legacy = _legacy(path)
    if legacy is not None:
        state = legacy
    else:
        try:
            entries = read(path, begin=BEGIN, schema=RECORD_SCHEMA)
        except JournalError as exc:
            raise RotationError(f"checkpoint {exc}") from None
        begin = entries[0]
        _validate(path, begin["plan"], CHECKPOINT_SCHEMA["properties"]["plan"], "plan")
        state = _initial_state(begin["tag"], begin["fingerprint"], begin["plan"])
        for entry in entries[1:]:
            _apply(path, state, entry)
    _check_state(path, state)
    return state, legacy is not None


def _legacy(path: Path) -> dict[str, Any] | None:
    """An earlier version's checkpoint (one JSON document), or None for a journal."""
    try:
        text = read_text(path)
    except UnreadableFile as exc:
        raise RotationError(f"checkpoint {path} is unreadable ({exc}); move it away") from None
    try:
        saved = json.loads(text)
    except (ValueError, RecursionError):
        return None  # JSON lines, or damage the journal reader names
    if not isinstance(saved, dict) or "event" in saved:
        return None
    if saved.get("version") != CHECKPOINT_VERSION:
        raise RotationError(f"{path} is not a rotation checkpoint; choose another path")
    return saved


def _validate(path: Path, document: Any, schema: dict[str, Any], prefix: str = "") -> None:
    try:
        validate(document, schema, str(path))
    except ConfigError as exc:
        first = exc.problems[0]
        name = prefix + ("" if first.field in ("", "(top level)") else f".{first.field}")
        _damaged(path, f"`{name.lstrip('.')}` {first.message}" if name else first.message)


def _check_state(path: Path, saved: dict[str, Any]) -> None:
    _validate(path, saved, CHECKPOINT_SCHEMA)
    plan, flows = saved["plan"], saved["flows"]
    if saved["tag"] != plan["tag"]:
        _damaged(path, "`tag` differs from `plan.tag`")
    if len(flows) != len(plan["flows"]):
        _damaged(path, f"`flows` has {len(flows)} entries for {len(plan['flows'])} planned flows")
    for i, (state, planned) in enumerate(zip(flows, plan["flows"], strict=True)):
        if state["flow_id"] != planned["flow_id"]:
            _damaged(path, f"`flows[{i}].flow_id` differs from the plan's")
        keys = {str(d["id"]) + d["kind"][0] for d in planned["dependents"]}
        if set(state["dependents"]) != keys:
            _damaged(path, f"`flows[{i}].dependents` does not match the plan's dependents")
    if set(saved["old_credentials"]) != {str(i) for i in plan["old_credential_ids"]}:
        _damaged(path, "`old_credentials` does not match the plan's old credentials")


def _apply(path: Path, state: dict[str, Any], entry: dict[str, Any]) -> None:
    """Fold one journal record into the rotation's state."""
    event, step = entry["event"], entry.get("step")
    where = f"record {entry.get('seq')}"
    if event == "rotation.end":
        state["finished"] = True
    elif (event, step) == ("step.started", "credential.create"):
        state["creating"] = True
    elif (event, step) == ("undo.done", "credential.create"):  # its probe failed: deleted
        state.update(new_credential_id=None, creating=False, probed=False)
    elif event != "step.done":
        return  # nothing else changes the state
    elif step == "credential.create":
        state["new_credential_id"] = entry["id"]
    elif step == "credential.probe":
        state["probed"] = True
    elif step == "credential.retire":
        if str(entry["id"]) not in state["old_credentials"]:
            _damaged(path, f"{where} retires credential {entry['id']}, not an old one of the plan")
        state["old_credentials"][str(entry["id"])] = entry["outcome"]
    else:
        index = entry["flow"]
        if index >= len(state["flows"]) or state["flows"][index]["flow_id"] != entry["flow_id"]:
            _damaged(path, f"{where} names flow {index} ({entry['flow_id']}), not one the plan has")
        flow = state["flows"][index]
        if step == "flow.check":
            flow["was_active"] = entry["was_active"]
        elif step == "dependent.repoint":
            if entry["dependent"] not in flow["dependents"]:
                _damaged(
                    path, f"{where} repoints {entry['dependent']}, not a dependent of the flow"
                )
            flow["dependents"][entry["dependent"]] = entry["outcome"]
        else:
            flow["phase"] = {"flow.pause": "paused", "flow.activate": "activated"}.get(
                str(step), "verified"
            )


def _records(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The journal records that fold into `state` (an earlier version's checkpoint)."""
    out: list[dict[str, Any]] = [
        {"event": BEGIN, **{k: state[k] for k in ("tag", "fingerprint", "plan")}}
    ]

    def done(step: str, **fields: Any) -> None:
        out.append({"event": "step.done", "step": step, **fields})

    new_id = state["new_credential_id"]
    if state["creating"]:
        name = state["plan"]["new_credential_name"]
        out.append({"event": "step.started", "step": "credential.create", "name": name})
    if new_id is not None:
        done("credential.create", id=new_id)
    if new_id is not None and state["probed"]:
        done("credential.probe", id=new_id)
    for index, flow in enumerate(state["flows"]):
        at = {"flow": index, "flow_id": flow["flow_id"]}
        reached = _PHASES.index(flow["phase"])
        if flow["was_active"] is not None:
            done("flow.check", was_active=flow["was_active"], **at)
        if reached >= _PHASES.index("paused"):
            done("flow.pause", **at)
        for key, outcome in flow["dependents"].items():
            if outcome is not None:
                done("dependent.repoint", dependent=key, outcome=outcome, **at)
        if reached >= _PHASES.index("activated"):
            done("flow.activate", **at)
        if reached >= _PHASES.index("verified"):
            done("flow.verify", **at)
    for key, outcome in state["old_credentials"].items():
        if outcome is not None:
            done("credential.retire", id=int(key), outcome=outcome)
    if state["finished"]:
        out.append({"event": "rotation.end"})
    return out


def _migrate(path: Path) -> None:
    """Rewrite an earlier version's checkpoint as the journal it stands for (atomically)."""
    state = load_checkpoint(path)
    staging = path.with_name(path.name + ".journal")
    staging.unlink(missing_ok=True)
    journal = Journal.create(staging)
    for record in _records(state):
        journal.write(**record)
    os.replace(staging, path)


def _damaged(path: Path, what: str) -> NoReturn:
    raise RotationError(
        f"checkpoint {path}: {what}; it was edited or is damaged, so it cannot be resumed "
        "safely. Check the resources by hand, then delete it and plan again"
    )


def _plan_from_checkpoint(data: dict[str, Any]) -> RotationPlan:
    p = data["plan"]
    groups = tuple(
        FlowGroup(
            g["flow_id"],
            tuple(
                Dependent(d["kind"], d["id"], d["name"], d["old_credential_id"])
                for d in g["dependents"]
            ),
        )
        for g in p["flows"]
    )
    return RotationPlan(
        tag=p["tag"],
        credentials_type=p["credentials_type"],
        new_credential_name=p["new_credential_name"],
        groups=groups,
        old_credential_ids=tuple(p["old_credential_ids"]),
        skipped=tuple(Skipped(**s) for s in p["skipped"]),
    )


def _initial_state(tag: str, fingerprint: str, plan: dict[str, Any]) -> dict[str, Any]:
    """The state of a rotation that has planned `plan` (as `RotationPlan.to_dict`) and done
    nothing yet."""
    return {
        "version": CHECKPOINT_VERSION,
        "tag": tag,
        "fingerprint": fingerprint,
        "plan": plan,
        "new_credential_id": None,
        "creating": False,
        "probed": False,
        "flows": [
            {
                "flow_id": g["flow_id"],
                "was_active": None,
                "phase": "pending",
                "dependents": {str(d["id"]) + d["kind"][0]: None for d in g["dependents"]},
            }
            for g in plan["flows"]
        ],
        "old_credentials": {str(i): None for i in plan["old_credential_ids"]},
        "finished": False,
    }


class _Run:
    """One execution: the rotation's state, its journal, and the step counter."""

    def __init__(
        self,
        client: NexlaClient,
        journal: Journal,
        state: dict[str, Any],
        result: RotationResult,
        progress: ProgressFn | None,
        stop: StopFlag | None = None,
    ) -> None:
        self.stop = stop
        self.client = client
        self.journal = journal
        self.path = journal.path
        self.state = state
        self.result = result
        self.progress = progress
        #: Flow statuses this run set itself (no need to re-read them); resumes start empty.
        self.known_status: dict[int, str] = {}
        plan = result.plan
        self.total = 4 + 3 * len(plan.groups) + len(plan.dependents) + len(plan.old_credential_ids)

    def record(self, event: str, step: str | None = None, **fields: Any) -> None:
        """Journal a change (fsynced), then apply it to the state: the two never differ."""
        entry = {"event": event, **({} if step is None else {"step": step}), **fields}
        self.journal.write(**entry)
        _apply(self.path, self.state, entry)

    def flow_done(self, index: int, step: str, **fields: Any) -> None:
        flow_id = self.state["flows"][index]["flow_id"]
        self.record("step.done", step, flow=index, flow_id=flow_id, **fields)

    def flow_status(self, flow_id: int) -> str | None:
        if flow_id in self.known_status:
            return self.known_status[flow_id]
        return _flow_status(self.client, flow_id)

    def begin(self, stage: str, message: str) -> None:
        """Announced after the intent is journalled, before the call (a crash here changed nothing)."""
        emit(self.progress, f"{stage}.start", message, self.result.steps, self.total)

    def done(self, stage: str, message: str) -> None:
        """Report a step whose record is journalled: a crash after this point loses nothing."""
        self.result.steps += 1
        emit(self.progress, stage, message, self.result.steps, self.total)


# -- live state ------------------------------------------------------------------------


def _flow_status(client: NexlaClient, flow_id: int) -> str | None:
    flow = get_flow_by_id.sync(flow_id, client=client, flows_only=1)
    root = next((n for n in flow.flows if n.id == flow_id), flow.flows[0] if flow.flows else None)
    return None if root is None else root.status


def _credential_of(client: NexlaClient, dep: Dependent) -> int | None:
    if dep.kind == "source":
        return get_data_source.sync(dep.id, client=client).data_credentials_id
    return get_data_sink.sync(dep.id, client=client).data_credentials_id


def _repoint(client: NexlaClient, dep: Dependent, credential_id: int) -> None:
    if dep.kind == "source":
        body = DataSourceUpdate(data_credentials_id=credential_id)
        update_data_source.sync(dep.id, client=client, body=body)
    else:
        update_data_sink.sync(
            dep.id, client=client, body=DataSinkUpdate(data_credentials_id=credential_id)
        )


def _users_of(client: NexlaClient, credential_id: int) -> dict[str, list[int]] | None:
    """Who still uses a credential, if the server says (`referenced_resource_ids`)."""
    refs = get_data_credential.sync(credential_id, client=client).referenced_resource_ids
    if not isinstance(refs, dict):
        return None
    return {str(k): list(v) for k, v in refs.items() if v}


# -- the workflow ----------------------------------------------------------------------


def rotate_credentials(
    client: NexlaClient,
    tag: str,
    new: NewCredential,
    *,
    checkpoint: Path | str,
    resume: bool = False,
    delete_old: bool = False,
    dry_run: bool = False,
    old_credential_id: int | None = None,
    progress: ProgressFn | None = None,
    stop: StopFlag | None = None,
) -> RotationResult:
    """Move every dependent of `tag` to a new credential; see the module docstring.

    With `resume`, an unfinished checkpoint at `checkpoint` is continued (it must be for the
    same tag and new credential); without it, an unfinished checkpoint is an error, so two
    rotations never interleave. `dry_run` only plans (or, resuming, reports the saved plan).
    Raises `RotationError` with the way forward when a step fails; progress is kept. When
    `stop` is set (Ctrl-C) the flow being rotated is finished (never left paused) and
    `RotationInterrupted` is raised before the next one.
    """
    path = Path(checkpoint)
    state: dict[str, Any] | None = None
    legacy = False
    if path.exists():
        saved, legacy = _load(path)
        same = saved.get("tag") == tag and saved.get("fingerprint") == new.fingerprint()
        if saved.get("finished") and resume and same:
            done = RotationResult(
                plan=_plan_from_checkpoint(saved),
                dry_run=dry_run,
                resumed=True,
                finished=True,
                new_credential_id=saved["new_credential_id"],
                old_credentials={int(k): v for k, v in saved["old_credentials"].items()},
                checkpoint=str(path),
            )
            return done
        if not saved.get("finished"):
            if not resume:
                raise RotationError(
                    f"an unfinished rotation is recorded in {path}; "
                    "continue it with --resume, or delete the file to start over"
                )
            if not same:
                raise RotationError(
                    f"checkpoint {path} belongs to the rotation of tag {saved['tag']!r} to "
                    f"credential {saved['plan']['new_credential_name']!r}; resume it with the "
                    "same --tag and credential file, or use another --checkpoint"
                )
            state = saved

    if state is None:
        plan = plan_rotation(
            client, tag, new, old_credential_id=old_credential_id, progress=progress
        )
        result = RotationResult(plan=plan, dry_run=dry_run, checkpoint=str(path))
        if dry_run:
            return result
        if not plan.dependents:
            raise RotationError(
                f"nothing to rotate: no source or destination tagged {tag!r} uses a "
                f"{new.credentials_type!r} credential"
            )
        path.unlink(missing_ok=True)  # a finished rotation's journal: this one starts afresh
        journal = Journal.create(path, hint=f"continue it with --resume {path}")
        journal.write(BEGIN, tag=plan.tag, fingerprint=new.fingerprint(), plan=plan.to_dict())
        state = _initial_state(plan.tag, new.fingerprint(), plan.to_dict())
        run = _Run(client, journal, state, result, progress, stop)
        run.done(
            "rotate.plan", f"planned {len(plan.dependents)} dependents in {len(plan.groups)} flows"
        )
    else:
        plan = _plan_from_checkpoint(state)
        result = RotationResult(plan=plan, dry_run=dry_run, resumed=True, checkpoint=str(path))
        result.new_credential_id = state["new_credential_id"]
        if dry_run:
            return result
        if legacy:
            _migrate(path)
        journal, _ = Journal.reopen(path, begin=BEGIN, schema=RECORD_SCHEMA)
        run = _Run(client, journal, state, result, progress, stop)

    try:
        _execute(run, new, delete_old)
    except NexlaError as exc:
        raise RotationError(
            f"rotation stopped: {exc.summary()}; progress is saved in {path}, "
            "fix the cause and run again with --resume"
        ) from exc
    return result


def _execute(run: _Run, new: NewCredential, delete_old: bool) -> None:
    client, state, result = run.client, run.state, run.result
    plan = result.plan

    # 2. the new credential, created once even across crashes
    if state["new_credential_id"] is None:
        same_name = [c for c in list_all(get_data_credentials.sync, client) if c.name == new.name]
        if state["creating"] and len(same_name) == 1:
            # created, then the crash lost its id
            run.record("step.done", "credential.create", id=same_name[0].id)
        elif same_name:
            raise RotationError(
                f"a credential named {new.name!r} appeared during the rotation; "
                "rename the new credential and start over"
            )
        else:
            run.record("step.started", "credential.create", name=new.name)
            run.begin("rotate.create_credential", f"creating credential {new.name!r}")
            made = create_data_credential.sync(client=client, body=new.body())
            run.record("step.done", "credential.create", id=made.id)
        run.done("rotate.create_credential", f"new credential {state['new_credential_id']}")
    new_id = int(state["new_credential_id"])
    result.new_credential_id = new_id

    # 2b. probe before touching anything
    if not state["probed"]:
        run.begin("rotate.probe", f"probing credential {new_id}")
        _probe_or_abort(run, new_id)
        run.record("step.done", "credential.probe", id=new_id)
        run.done("rotate.probe", f"credential {new_id} works")

    # 3. per flow: pause, repoint, re-activate, verify
    for index, (group, saved) in enumerate(zip(plan.groups, state["flows"], strict=True)):
        if saved["phase"] == "verified":
            continue
        _stop_point(run)
        _rotate_flow(run, index, group, new_id)

    # 4. old credentials, only once everything moved
    _stop_point(run)
    for old_id in plan.old_credential_ids:
        key = str(old_id)
        if state["old_credentials"].get(key) is None:
            outcome = _retire(run, old_id, delete_old)
            run.record("step.done", "credential.retire", id=old_id, outcome=outcome)
            run.done(
                "rotate.old_credential", f"credential {old_id}: {state['old_credentials'][key]}"
            )
        result.old_credentials[old_id] = state["old_credentials"][key]

    run.record("rotation.end")
    result.finished = True
    run.done("rotate.finished", f"{len(plan.dependents)} dependents use credential {new_id}")


def _stop_point(run: _Run) -> None:
    """Between flows: honour a stop request, with progress journalled and no flow paused."""
    if not stopped(run.stop):
        return
    moved = sum(1 for f in run.state["flows"] if f["phase"] == "verified")
    raise RotationInterrupted(
        f"rotation stopped on request after {moved} of {len(run.state['flows'])} flow(s); "
        f"progress is saved in {run.path}",
        run.result,
    )


def _probe_or_abort(run: _Run, new_id: int) -> None:
    """A failed probe deletes the (still unused) new credential, so a fixed file can retry."""
    try:
        probe = data_credential_probe.sync(new_id, client=run.client)
        ok = probe.connection_verified is True or str(probe.status).lower() == "success"
        why = str(probe.message) if not ok else ""
    except NexlaError as exc:
        if exc.status is None or exc.status >= 500:
            raise
        ok, why = False, exc.message
    if ok:
        return
    delete_data_credential.sync(new_id, client=run.client)
    run.record("undo.done", "credential.create", id=new_id)
    raise RotationError(
        f"the new credential failed its probe ({why}); nothing was repointed and the new "
        "credential was deleted; fix the credential file and run again with --resume"
    )


def _rotate_flow(run: _Run, index: int, group: FlowGroup, new_id: int) -> None:
    client, result = run.client, run.result
    saved = run.state["flows"][index]
    flow_id = group.flow_id
    label = f"flow {flow_id}" if flow_id is not None else "no flow"
    if flow_id is not None and saved["was_active"] is None:
        status = _flow_status(client, flow_id)
        # journalled before pausing: after a crash we must still know to re-activate
        run.flow_done(index, "flow.check", was_active=status == "ACTIVE")
        if status is not None:
            run.known_status[flow_id] = status
    was_active = bool(saved["was_active"])

    if saved["phase"] == "pending":
        if flow_id is not None and was_active:
            if run.flow_status(flow_id) != "PAUSED":
                run.begin("rotate.pause", f"pausing {label}")
                flow_pause_with_flow_id.sync(flow_id, client=client, all_=1)
                run.known_status[flow_id] = "PAUSED"
            result.flows_paused.append(flow_id)
        run.flow_done(index, "flow.pause")
        run.done("rotate.pause", f"{label} paused" if was_active else f"{label} was not running")

    if saved["phase"] == "paused":
        for dep in group.dependents:
            key = str(dep.id) + dep.kind[0]
            if saved["dependents"].get(key) is not None:
                continue
            live = _credential_of(client, dep)
            if live == new_id:
                outcome = "already_repointed"
                result.already_repointed.append(dep)
            elif live != dep.old_credential_id:
                raise RotationError(
                    f"{dep.kind} {dep.id} ({dep.name}) now uses credential {live}, not "
                    f"{dep.old_credential_id} as planned; someone else changed it. Check it, "
                    "then delete the checkpoint and plan again"
                )
            else:
                run.begin("rotate.repoint", f"{dep.kind} {dep.id} -> credential {new_id}")
                _repoint(client, dep, new_id)
                outcome = "repointed"
                result.repointed.append(dep)
            run.flow_done(index, "dependent.repoint", dependent=key, outcome=outcome)
            run.done("rotate.repoint", f"{dep.kind} {dep.id} ({dep.name}) uses credential {new_id}")

        # every dependent moved: the flow runs again as it did before
        if flow_id is not None and was_active:
            if run.flow_status(flow_id) != "ACTIVE":
                run.begin("rotate.activate", f"activating {label}")
                flow_activate_with_flow_id.sync(flow_id, client=client, all_=1)
            result.flows_reactivated.append(flow_id)
        run.flow_done(index, "flow.activate")
        run.done(
            "rotate.activate", f"{label} active again" if was_active else f"{label} left as it was"
        )

    wrong = [d for d in group.dependents if _credential_of(client, d) != new_id]
    if wrong:
        names = ", ".join(f"{d.kind} {d.id}" for d in wrong)
        raise RotationError(f"verification failed: {names} do not use credential {new_id}")
    if flow_id is not None and was_active and _flow_status(client, flow_id) != "ACTIVE":
        raise RotationError(f"verification failed: {label} is not ACTIVE after re-activation")
    run.flow_done(index, "flow.verify")
    run.done("rotate.verify", f"{label} verified")


def _retire(run: _Run, old_id: int, delete_old: bool) -> str:
    if not delete_old:
        return "kept"
    try:
        users = _users_of(run.client, old_id)
    except NotFoundError:
        return "deleted"  # an interrupted earlier run already deleted it
    if users:
        where = "; ".join(f"{k} {v}" for k, v in sorted(users.items()))
        return f"kept: still used by {where}"
    run.begin("rotate.delete_old", f"deleting credential {old_id}")
    try:
        with contextlib.suppress(NotFoundError):  # gone already: what we wanted
            delete_data_credential.sync(old_id, client=run.client)
    except NexlaError as exc:
        if exc.status != 409:
            raise
        return f"kept: the server refused to delete it ({exc.message})"
    return "deleted"


__all__ = [
    "Dependent",
    "FlowGroup",
    "NewCredential",
    "RotationError",
    "RotationPlan",
    "RotationResult",
    "Skipped",
    "plan_rotation",
    "rotate_credentials",
]
