"""Deploy a flow from a config file, with a journal, rollback and resume.

credential (existing or new) -> probe -> source -> wait for its nexset -> optional transform
(child nexset) -> destination -> find its flow node -> activate -> verify the first run.

Unlike the recipes document's recipe 7: discovery and verification poll with timeouts
(injectable clock/sleep) instead of sleeping 60 s, the by-run metrics are read as the object
`{data, meta}` they are, rollback pauses the flow before deleting (Nexla refuses to delete
active resources) and removes everything this deploy created (only that), and every mutating
step is journalled before and after it runs, so a deploy that died half-way can be rolled back
(`rollback`) or finished (`deploy(..., resume=True)`). A step recorded as started but not
finished is reconciled against live state: a create that may have happened is looked up by
name, ignoring resources that already had that name before the step started.

The deploy is one list of typed steps (`STEPS`): each names what it journals before it runs,
what it records when done, how a crashed attempt is found again and how it is undone. That
list drives the run, `plan()` (the dry run), the lookup of resources to adopt, the journal's
record schema and rollback, which undoes the steps that ran in reverse order.

A fresh deploy first looks its resources up by name (one listing per kind): one that exists
with the config's fields is adopted instead of created (and never deleted by a rollback), one
whose fields differ stops the deploy before any write unless `adopt=True`. So a second deploy
of the same config, with or without its journal, creates nothing twice.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

from nexla_api import NexlaClient, NexlaError, NotFoundError, ServerError, TransportError
from nexla_api.api.credentials import data_credential_probe
from nexla_api.api.flows import flow_pause_with_flow_id, get_flow_by_resource_id
from nexla_api.api.metrics import get_resource_metrics_by_run
from nexla_api.api.nexsets import create_nexset
from nexla_api.models import DataSetCreate, FlowResourceType, RunMetricsField
from nexla_api.runtime.connectors import FAMILIES, connector_info, connector_types

from . import kinds
from ._config import ConfigError, ConfigProblem, load_document, load_schema, validate
from ._connectors import check_block, raise_for
from ._existing import (
    Compare,
    Lookup,
    credential_differs,
    destination_differs,
    find_existing,
    named,
    source_differs,
    transform_differs,
)
from ._journal import Journal, JournalError, read, record_schema, when
from ._progress import Progress, ProgressFn, StopFlag, stopped
from ._resources import flow_node_for, walk
from ._wait import Backoff, poll_until
from .config_models.flow_config import FlowConfig, NewCredential, ReusableTransform
from .sources import CredentialSpec, create_credential, create_source, discovered_nexsets
from .wire import activate_node, create_destination

Status = Literal[
    "succeeded", "rolled_back", "rollback_incomplete", "dry_run", "failed", "interrupted"
]


class DeployError(Exception):
    """A step failed for a reason that is not an API error (probe, timeout, verification)."""


class _Killed(BaseException):
    """The progress callback raised: stop at once, like a killed process (no rollback)."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(repr(original))
        self.original = original


class DeployInterrupted(DeployError):
    """A stop was requested (Ctrl-C): no further step was started; the journal can resume."""


class AdoptionConflict(DeployError):
    """Resources of the config exist with other fields (or twice); nothing was changed."""


@dataclass(frozen=True)
class Resource:
    kind: str
    id: int
    name: str | None = None


@dataclass(frozen=True)
class StepRecord:
    step: str
    status: str  # done | reconciled | resumed | adopted | skipped | failed | planned
    detail: str = ""


@dataclass
class DeployReport:
    """What a deploy or rollback did and, exactly, what of its resources exists afterwards."""

    name: str
    status: Status
    journal: str | None
    steps: list[StepRecord] = field(default_factory=list)
    undo: list[StepRecord] = field(default_factory=list)
    created: list[Resource] = field(default_factory=list)
    #: Resources that existed before and were taken over by name instead of created.
    adopted: list[Resource] = field(default_factory=list)
    exists: list[Resource] = field(default_factory=list)
    flow_id: int | None = None
    run: dict[str, Any] | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("succeeded", "dry_run")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- config ---------------------------------------------------------------------------------


#: Flow config block -> connector family.
CONNECTOR_BLOCKS = (
    ("credential", "credentials"),
    ("source", "sources"),
    ("destination", "destinations"),
)


def schema_with_connectors() -> dict[str, Any]:
    """The flow config JSON Schema with the connector catalogue: `$defs` holds every type's
    config block schema, and each connector block picks its type's with `if`/`then`."""
    full = schema()
    defs = full.setdefault("$defs", {})
    for key, family in CONNECTOR_BLOCKS:
        type_key, block = FAMILIES[family]
        rules: list[dict[str, Any]] = []
        for connector_type in connector_types(family):
            info = connector_info(family, connector_type)
            assert info is not None
            name = f"{family}.{connector_type}"
            defs[name] = info["schema"]
            rules.append(
                {
                    "if": {
                        "properties": {type_key: {"const": connector_type}},
                        "required": [type_key],
                    },
                    "then": {"properties": {block: {"$ref": f"#/$defs/{name}"}}},
                }
            )
        full["properties"][key] = {"allOf": [full["properties"][key], *rules]}
    return full


def schema_text() -> str:
    """What `deploy --print-schema` prints: the flow config JSON Schema
    (`nexla_recipes/schemas/flow_config.schema.json`) with the connector schemas."""
    return json.dumps(schema_with_connectors(), indent=2) + "\n"


def schema() -> dict[str, Any]:
    return load_schema("flow_config")


@dataclass(frozen=True)
class LoadedConfig:
    path: str
    config: FlowConfig
    sha256: str


def load_config(path: Path) -> LoadedConfig:
    """Parse and validate a flow config, its connector blocks against the connector catalogue
    included; `ConfigError` names the file, field and fix."""
    raw = load_document(path)
    validate(raw, schema(), str(path))
    raise_for(
        problem
        for key, family in (
            ("credential", "credentials"),
            ("source", "sources"),
            ("destination", "destinations"),
        )
        if isinstance(raw.get(key), dict)
        for problem in check_block(str(path), [key], family, raw[key])
    )
    try:
        config = FlowConfig.model_validate(raw)
    except ValueError as exc:  # the schema should have caught it; keep the message usable
        raise ConfigError(
            [ConfigProblem(str(path), "", str(exc).splitlines()[0], "see `deploy --print-schema`")]
        ) from None
    canonical = json.dumps(raw, sort_keys=True, default=str).encode()
    return LoadedConfig(str(path), config, hashlib.sha256(canonical).hexdigest())


def default_journal_path(loaded: LoadedConfig) -> Path:
    return Path(loaded.path).with_name(f"{loaded.config.name}.deploy.jsonl")


# -- helpers ----------------------------------------------------------------------------------


def _ids_named(client: NexlaClient, kind_name: str, name: str) -> list[int]:
    """Ids of every resource of a kind with this name."""
    return sorted(int(r.id) for r in named(client, kind_name, name))


def _get(resource: Resource, client: NexlaClient) -> Any:
    """The live resource a journal entry names (`NotFoundError` once it is gone)."""
    getter = kinds.kind(resource.kind).get_sync
    assert getter is not None
    return getter(resource.id, client=client)


def _maybe_applied(exc: BaseException) -> bool:
    """A failure after which a POST may still have been applied (the runtime never re-sends it)."""
    return isinstance(exc, TransportError) or (isinstance(exc, ServerError) and exc.status != 503)


def _describe(exc: BaseException) -> str:
    return exc.summary() if isinstance(exc, NexlaError) else str(exc) or type(exc).__name__


# -- the steps --------------------------------------------------------------------------------


Result = dict[str, Any]


@dataclass(frozen=True)
class Step:
    """One deploy step. `STEPS` is the one definition that execution, `plan()`, adoption of
    same-named resources, the journal's record schema and rollback (its reverse) follow.

    `run` does the work and returns what `step.done` records (`done_fields` must be among it);
    `prepare` returns what `step.started` records before it (`started_fields` must be among
    it); `reconcile` finds what a started-but-unfinished attempt (a crash, or a reply lost
    after the server applied it) already made; `undo` reverses the step in a rollback.
    """

    name: str
    run: Callable[[_Run], Result]
    applies: Callable[[FlowConfig], bool] = lambda _: True
    #: Why the step is skipped for this config (None: it runs).
    skip: Callable[[FlowConfig], str | None] = lambda _: None
    #: What `plan()` says about the step.
    detail: Callable[[FlowConfig], str] = lambda _: ""
    #: A read-only check `plan()` runs instead of planning the step: (record, error or None).
    check: Callable[[NexlaClient, FlowConfig], tuple[StepRecord, str | None] | None] | None = None
    prepare: Callable[[_Run], Result] | None = None
    reconcile: Callable[[_Run], Result | None] | None = None
    #: Reverses the step in a rollback, given what the deploy made; False if that failed.
    undo: Callable[[_Run, str, list[tuple[str, Resource]]], bool] | None = None
    #: The kind of resource the step creates (rollback deletes it unless it was adopted),
    #: the config's name for it, and how a same-named one found before a deploy compares.
    creates: str | None = None
    named: Callable[[FlowConfig], str] | None = None
    differs: Compare | None = None
    done_fields: tuple[str, ...] = ()
    started_fields: tuple[str, ...] = ()
    #: Store the step's result on the report.
    report: Callable[[DeployReport, Result], None] | None = None


def _new_credential(config: FlowConfig) -> NewCredential | None:
    cred = config.credential.root
    return cred if isinstance(cred, NewCredential) else None


def _credential_id(run: _Run) -> int:
    made = run.result_id("credential.create")
    if made is not None:
        return made
    cred = run.cfg.credential.root
    assert not isinstance(cred, NewCredential)
    return cred.id


def _create_credential(run: _Run) -> Result:
    spec = _new_credential(run.cfg)
    assert spec is not None
    made = create_credential(
        run.client,
        CredentialSpec(spec.name, spec.credentials_type, spec.credentials, spec.description),
    )
    return {"id": made, "name": spec.name}


def _probe(client: NexlaClient, credential_id: int) -> str:
    """The credential's probe status; `DeployError` if it does not work."""
    try:
        result = data_credential_probe.sync(credential_id, client=client)
    except NexlaError as exc:
        if isinstance(exc, NotFoundError | ServerError | TransportError):
            raise
        raise DeployError(f"credential {credential_id} failed its probe: {exc.message}") from exc
    status = result.status if isinstance(result.status, str) else "success"
    if status.lower() not in ("success", "ok"):
        raise DeployError(
            f"credential {credential_id} failed its probe: {result.message or status}"
        )
    return status


def _run_probe(run: _Run) -> Result:
    credential_id = _credential_id(run)
    return {"credential_id": credential_id, "probe": _probe(run.client, credential_id)}


def _check_probe(client: NexlaClient, config: FlowConfig) -> tuple[StepRecord, str | None] | None:
    """Dry run: an existing credential is probed now (a new one is probed once created)."""
    cred = config.credential.root
    if isinstance(cred, NewCredential):
        return None
    try:
        data_credential_probe.sync(cred.id, client=client)
    except NexlaError as exc:
        record = StepRecord("credential.probe", "failed", _describe(exc))
        return record, f"credential {cred.id}: {_describe(exc)}"
    return StepRecord("credential.probe", "done", f"credential {cred.id} works"), None


def _create_source(run: _Run) -> Result:
    src = run.cfg.source
    made = create_source(
        run.client,
        name=src.name,
        source_type=src.source_type,
        source_config=src.source_config,
        credential_id=_credential_id(run),
        description=src.description,
        ingest_method=src.ingest_method,
    )
    return {"id": made, "name": src.name}


def _wait_for_nexset(run: _Run) -> Result:
    discovery = run.cfg.discovery
    source_id = run.need("source.create")

    def first() -> int | None:
        found = discovered_nexsets(run.client, source_id)
        return found[0] if found else None

    nexset = run.wait(
        f"source {source_id} to detect its nexset",
        discovery.timeout_seconds if discovery and discovery.timeout_seconds else 300.0,
        discovery.poll_interval_seconds if discovery and discovery.poll_interval_seconds else 5.0,
        first,
    )
    return {"nexset_id": nexset}


def _create_transform(run: _Run) -> Result:
    assert run.cfg.transform is not None
    tf = run.cfg.transform.root
    reusable = isinstance(tf, ReusableTransform)
    body = DataSetCreate(
        name=tf.name,
        parent_data_set_id=run.need("discovery.wait", "nexset_id"),
        has_custom_transform=reusable,
    )
    if isinstance(tf, ReusableTransform):
        body.transform_id = tf.transform_id
    else:
        body.transform = {"version": 1, "operations": tf.operations}
    if tf.description is not None:
        body.description = tf.description
    made = create_nexset.sync(client=run.client, body=body)
    return {"id": made.id, "name": made.name}


def _sink_parent(run: _Run) -> int:
    """The nexset the destination writes from: the transform's, else the discovered one."""
    parent = run.result_id("transform.create") or run.result_id("discovery.wait", "nexset_id")
    assert parent is not None
    return parent


def _create_destination(run: _Run) -> Result:
    dest = run.cfg.destination
    made = create_destination(
        run.client,
        nexset_id=_sink_parent(run),
        name=dest.name,
        sink_type=dest.sink_type,
        credential_id=dest.credential_id or _credential_id(run),
        sink_config=dest.sink_config,
        description=dest.description,
    )
    return {"id": made, "name": dest.name}


def _lookup_flow(run: _Run) -> Result:
    sink_id = run.need("destination.create")
    node = flow_node_for(run.client, "destinations", sink_id)
    return {"flow_id": node.id, "origin_node_id": node.origin_node_id}


def _flow_ids(run: _Run) -> Result:
    found = run.done["flow.lookup"]
    return {"flow_id": int(found["flow_id"]), "origin_node_id": found["origin_node_id"]}


def _activate(run: _Run) -> Result:
    flow_id = int(run.done["flow.lookup"]["flow_id"])
    activate_node(run.client, flow_id)
    return {"flow_id": flow_id}


def _verify_skipped(config: FlowConfig) -> str | None:
    verify = config.verify
    return "verify.enabled is false" if verify is not None and verify.enabled is False else None


def _verify_first_run(run: _Run) -> Result:
    verify = run.cfg.verify
    sink_id = run.need("destination.create")
    flow_id = run.need("flow.lookup", "flow_id")
    max_errors = verify.max_errors if verify else None

    def first_run() -> Result | None:
        reply = get_resource_metrics_by_run.sync(
            FlowResourceType.DATA_SINKS,
            sink_id,
            client=run.client,
            orderby=RunMetricsField.RUNID,
            page=1,
            size=1,
        )
        runs = reply.metrics.data if isinstance(reply.metrics.data, list) else []
        if not runs:
            return None
        first = runs[0]
        return {
            "run_id": first.run_id,
            "records": first.records,
            "errors": first.errors,
        }

    result = run.wait(
        f"the first run of flow {flow_id}",
        verify.timeout_seconds if verify and verify.timeout_seconds else 600.0,
        verify.poll_interval_seconds if verify and verify.poll_interval_seconds else 10.0,
        first_run,
    )
    errors = result.get("errors") or 0
    if max_errors is not None and errors > max_errors:
        raise DeployError(
            f"first run {result['run_id']} reported {errors} error record(s) (verify.max_errors is {max_errors})"
        )
    return dict(result)


def _set_flow(report: DeployReport, result: Result) -> None:
    report.flow_id = int(result["flow_id"])


def _set_run(report: DeployReport, result: Result) -> None:
    report.run = result


def _create(
    name: str,
    kind_name: str,
    named: Callable[[FlowConfig], str],
    run: Callable[[_Run], Result],
    differs: Compare,
    *,
    listed: bool,
    applies: Callable[[FlowConfig], bool] = lambda _: True,
) -> Step:
    """A step that creates one resource of `kind_name` named by the config.

    With `listed`, the ids that already had the name are journalled first, so reconciling
    tells this deploy's resource from an older one (the others are found in the source's flow).
    """

    def prepare(r: _Run) -> Result:
        wanted = named(r.cfg)
        if not listed:
            return {"name": wanted}
        return {"name": wanted, "preexisting": _ids_named(r.client, kind_name, wanted)}

    def reconcile(r: _Run) -> Result | None:
        rid = r.find_created(name)
        return None if rid is None else {"id": rid, "name": r.started[name].get("name")}

    return Step(
        name,
        run,
        applies=applies,
        detail=lambda config: f"name={named(config)}",
        prepare=prepare,
        reconcile=reconcile,
        undo=_Run.delete,
        creates=kind_name,
        named=named,
        differs=differs,
        done_fields=("id",),
    )


# -- running ------------------------------------------------------------------------------------


class _Run:
    """One deploy (fresh or resumed) or rollback over one journal."""

    def __init__(
        self,
        client: NexlaClient,
        journal: Journal | None,
        *,
        name: str,
        config: FlowConfig | None = None,
        entries: list[dict[str, Any]] | None = None,
        progress: ProgressFn | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        stop: StopFlag | None = None,
    ) -> None:
        self.stop = stop
        self.client = client
        self.config = config
        self.journal = journal
        self.progress = progress
        self.clock = clock
        self.sleep = sleep
        self.report = DeployReport(
            name=name, status="failed", journal=str(journal.path) if journal else None
        )
        self.started: dict[str, dict[str, Any]] = {}
        self.done: dict[str, dict[str, Any]] = {}
        self.undone: set[str] = set()
        self.deleted: set[Resource] = set()
        #: Steps whose records were read from a journal file rather than written by this run:
        #: rollback checks what they name against live state before undoing it.
        self.from_file: set[str] = set()
        for entry in entries or []:
            if entry["event"] in ("step.started", "step.done"):
                self.from_file.add(str(entry["step"]))
            step = str(entry.get("step", ""))
            if entry["event"] == "step.started":
                self.started[step] = entry
            elif entry["event"] == "step.done":
                self.done[step] = entry
            elif entry["event"] == "undo.done":
                self.undone.add(step)

    @property
    def cfg(self) -> FlowConfig:
        assert self.config is not None, "a rollback runs no step"
        return self.config

    # -- plumbing
    def notify(self, stage: str, message: str, done: int = 0, total: int = 0) -> None:
        if self.progress is None:
            return
        try:
            self.progress(Progress(stage, message, done, total))
        except BaseException as exc:  # noqa: BLE001 - re-raised as a kill, see _Killed
            raise _Killed(exc) from exc

    def log(self, event: str, **data: Any) -> None:
        if self.journal is not None:
            self.journal.write(event, **data)

    def wait(
        self, what: str, timeout: float, interval: float, check: Callable[[], Any | None]
    ) -> Any:
        """Poll `check` every `interval` seconds until it returns a value; `WaitTimeout` at the
        timeout, `DeployInterrupted` at the next poll once a stop was requested."""

        def waiting(polls: int, _: float) -> None:
            if stopped(self.stop):
                raise DeployInterrupted(f"stopped on request while waiting for {what}")
            self.notify("wait", f"waiting for {what} (poll {polls})")

        value, _ = poll_until(
            what,
            check,
            timeout=timeout,
            backoff=Backoff(initial=interval, factor=1.0, maximum=interval),
            sleep=self.sleep,
            clock=self.clock,
            on_wait=waiting,
        )
        return value

    def deploy(self) -> None:
        for step in STEPS:
            if not step.applies(self.cfg):
                continue
            reason = step.skip(self.cfg)
            if reason is not None:
                self.report.steps.append(StepRecord(step.name, "skipped", reason))
                continue
            result = self.step(step)
            if step.report is not None:
                step.report(self.report, result)

    def step(self, step: Step) -> dict[str, Any]:
        """Run one step journalled before and after; reuse or reconcile a prior attempt."""
        name = step.name
        if name in self.done:
            entry = self.done[name]
            if entry.get("adopted"):
                detail = f"id={entry.get('id')} existed already: " + (
                    "taken over with different fields (adopt)"
                    if entry.get("differs")
                    else "same fields"
                )
                self.report.steps.append(StepRecord(name, "adopted", detail))
                assert step.creates is not None
                self.report.adopted.append(
                    Resource(step.creates, int(entry["id"]), entry.get("name"))
                )
                self.notify(name, f"adopted {detail}")
            else:
                self.report.steps.append(StepRecord(name, "resumed", "finished in an earlier run"))
                self.notify(name, "already done")
            return entry
        if stopped(self.stop):
            raise DeployInterrupted(f"stopped on request before {name}")
        if name in self.started and step.reconcile is not None:
            found = step.reconcile(self)
            if found is not None:
                return self._finish(name, {**found, "reconciled": True}, "reconciled")
        data = step.prepare(self) if step.prepare else {}
        self.log("step.started", step=name, **data)
        self.started[name] = {"step": name, **data}
        self.notify(name, "started")
        try:
            result = step.run(self)
        except DeployInterrupted:
            raise  # a wait cut short: the step stays started, and is run again on resume
        except Exception as exc:
            if step.reconcile is not None and _maybe_applied(exc):
                found = step.reconcile(self)
                if found is not None:
                    return self._finish(name, {**found, "reconciled": True}, "reconciled")
            self.log("step.failed", step=name, error=_describe(exc))
            self.report.steps.append(StepRecord(name, "failed", _describe(exc)))
            raise
        return self._finish(name, result, "done")

    def _finish(self, step: str, result: dict[str, Any], status: str) -> dict[str, Any]:
        self.log("step.done", step=step, **result)
        self.done[step] = {"step": step, **result}
        detail = ", ".join(f"{k}={v}" for k, v in result.items() if k != "reconciled")
        self.report.steps.append(StepRecord(step, status, detail))
        self.notify(step, f"{status} {detail}".strip())
        return result

    def result_id(self, step: str, key: str = "id") -> int | None:
        entry = self.done.get(step)
        return int(entry[key]) if entry and entry.get(key) is not None else None

    def need(self, step: str, key: str = "id") -> int:
        """An id an earlier step recorded (the steps run in order, so it is there)."""
        value = self.result_id(step, key)
        assert value is not None, f"{step} recorded no {key}"
        return value

    # -- reconciliation against live state
    def find_created(self, step: str) -> int | None:
        """Id of what a started-but-unfinished create step made, or None if it made nothing."""
        entry = self.started.get(step, {})
        name = entry.get("name")
        kind_name = create_steps().get(step)
        if not isinstance(name, str) or kind_name is None:
            return None
        if "preexisting" in entry:
            before = set(entry.get("preexisting") or [])
            fresh = [i for i in _ids_named(self.client, kind_name, name) if i not in before]
            return fresh[0] if fresh else None
        source_id = self.result_id("source.create")
        if source_id is None:
            return None
        try:
            flow = get_flow_by_resource_id.sync(
                FlowResourceType.DATA_SOURCES, source_id, client=self.client, flows_only=1
            )
        except NotFoundError:
            return None
        attr = kinds.kind(kind_name).node_key
        assert attr is not None
        discovered = self.result_id("discovery.wait", "nexset_id")
        for node in walk(flow.flows):
            value = getattr(node, attr)
            if node.name == name and isinstance(value, int):
                if step == "transform.create" and value == discovered:
                    continue
                return value
        return None

    # -- rollback
    def created(self) -> list[tuple[str, Resource]]:
        """What this deploy created, from the journal, reconciling unfinished create steps."""
        out: list[tuple[str, Resource]] = []
        for step, kind_name in create_steps().items():
            if (self.done.get(step) or {}).get("adopted"):
                continue  # it existed before this deploy: never ours to delete
            rid = self.result_id(step)
            if rid is None and step in self.started:
                rid = self.find_created(step)
                if rid is not None:
                    self.log("step.reconciled", step=step, id=rid)
            if rid is not None:
                name = (self.done.get(step) or self.started.get(step) or {}).get("name")
                out.append((step, Resource(kind_name, rid, name)))
        return out

    def mismatch(self, step: str, resource: Resource) -> str | None:
        """Why the live resource is not what this deploy's journal says it created, or None.

        Rollback deletes only what matches: the name the journal recorded, not an id that
        already had that name before the step started, and attached where this deploy
        attached it (a source to its credential, a transform to the discovered nexset, a
        destination to the nexset it was created on). A journal edited to name someone
        else's resource thus deletes nothing of theirs. A resource already gone matches.
        """
        try:
            live = _get(resource, self.client)
        except NotFoundError:
            return None
        except NexlaError as exc:
            return f"it could not be checked ({_describe(exc)})"
        live_name = getattr(live, "name", None)
        if resource.name is None or live_name != resource.name:
            return f"it is named {live_name!r}, not {resource.name!r} as the journal says"
        if resource.id in (self.started.get(step, {}).get("preexisting") or []):
            return "it existed before this deploy started"
        credential = self.result_id("credential.create") or self.result_id(
            "credential.probe", "credential_id"
        )
        nexset = self.result_id("discovery.wait", "nexset_id")
        expected: tuple[str, set[int | None]] | None = None
        if resource.kind == "sources" and credential is not None:
            expected = ("credential", {credential})
        elif resource.kind == "destinations" and nexset is not None:
            expected = ("nexset", {nexset, self.result_id("transform.create")})
        if expected is not None:
            attr = "data_credentials_id" if expected[0] == "credential" else "data_set_id"
            attached = getattr(live, attr, None)
            if attached is not None and attached not in expected[1]:
                return f"it uses {expected[0]} {attached}, not the one this deploy used"
        if resource.kind == "nexsets" and nexset is not None:
            parents = getattr(live, "parent_data_sets", None) or []
            parent_ids = {p.id for p in parents}
            if parents and nexset not in parent_ids:
                return f"it is not derived from nexset {nexset}, as this deploy's transform is"
        return None

    def refuse(self, step: str, action: str, resource: Resource, why: str) -> None:
        """Record an undo not attempted because live state contradicts the journal."""
        self.log("undo.refused", step=step, action=action, kind=resource.kind, id=resource.id)
        detail = f"{action} {resource.kind} {resource.id}: not done, {why}"
        self.report.undo.append(StepRecord(step, "refused", detail))
        self.report.warnings.append(
            f"{resource.kind} {resource.id} was left alone: {why}; the journal does not match "
            "live state (was it edited?)"
        )

    def account(self) -> None:
        """Report what this deploy created and, of that, what exists now."""
        self.report.created = [r for _, r in self.created()]
        self.report.exists = self.still_there(self.report.created)

    def roll_back(self) -> DeployReport:
        """Roll back and end the journal; a raising progress callback ends it cold."""
        try:
            self.rollback()
        except _Killed as killed:
            raise killed.original from None
        self.log("deploy.end", status=self.report.status)
        return self.report

    def rollback(self) -> None:
        """Undo the steps in reverse order, each only as far as live state matches the journal."""
        self.log("rollback.begin")
        self.notify("rollback", "rolling back")
        made: list[tuple[str, Resource]] = []
        failed = False
        for step, resource in self.created():
            trusted = step in self.undone or step not in self.from_file
            why = None if trusted else self.mismatch(step, resource)
            if why is None:
                made.append((step, resource))
            else:
                self.refuse(step, "delete", resource, why)
                failed = True
        self.report.created = [r for _, r in made]
        for undone in reversed(STEPS):
            if undone.undo is not None and (
                undone.name in self.started or undone.name in self.done
            ):
                failed |= not undone.undo(self, undone.name, made)
        self.report.exists = self.still_there([r for _, r in made])
        self.report.status = (
            "rollback_incomplete" if failed or self.report.exists else "rolled_back"
        )
        self.log(
            "rollback.end", status=self.report.status, left=[asdict(r) for r in self.report.exists]
        )

    def delete(self, step: str, made: list[tuple[str, Resource]]) -> bool:
        """Undo of a create step: delete what it made (an adopted resource is never in `made`)."""
        ok = True
        for resource in (r for s, r in made if s == step):
            if step in self.undone:
                self.report.undo.append(StepRecord(step, "skipped", "undone in an earlier run"))
                continue
            delete = kinds.kind(resource.kind).delete_sync
            assert delete is not None
            ok &= self.undo(
                step, "delete", resource, partial(delete, resource.id, client=self.client)
            )
        return ok

    def pause(self, step: str, made: list[tuple[str, Resource]]) -> bool:
        """Undo of activation: pause the flow, before its resources are deleted."""
        activation = self.started.get(step)
        # a flow made only of adopted resources was running before this deploy: leave it be
        ours = any(r.kind != "credentials" for _, r in made)
        if activation is None or step in self.undone or not ours:
            return True
        origin = int(activation.get("origin_node_id") or activation["flow_id"])
        flow = Resource("flows", origin)
        why = None if step not in self.from_file else self.flow_mismatch(origin, made)
        if why is not None:
            self.refuse(step, "pause", flow, why)
            return False
        pause = partial(flow_pause_with_flow_id.sync, origin, client=self.client, all_=1)
        return self.undo(step, "pause", flow, pause)

    def flow_mismatch(self, origin: int, made: list[tuple[str, Resource]]) -> str | None:
        """Why flow `origin` is not the flow of this deploy's source, or None if it is."""
        source = next((r for step, r in made if step == "source.create"), None)
        if source is None:
            return "this deploy's source is not among what it can undo"
        try:
            flow = get_flow_by_resource_id.sync(
                FlowResourceType.DATA_SOURCES, source.id, client=self.client, flows_only=1
            )
        except NotFoundError:
            return None  # the source (and so its flow) is gone already: pausing is a no-op
        except NexlaError as exc:
            return f"its flow could not be checked ({_describe(exc)})"
        roots = {n.id for n in flow.flows} | {n.origin_node_id for n in flow.flows}
        if origin not in roots:
            return f"flow {origin} is not the flow of source {source.id}"
        return None

    def undo(self, step: str, action: str, resource: Resource, call: Callable[[], Any]) -> bool:
        self.log("undo.started", step=step, action=action, kind=resource.kind, id=resource.id)
        self.notify("rollback", f"{action} {resource.kind} {resource.id}")
        try:
            call()
        except NotFoundError:
            self.log("undo.done", step=step, action=action, note="already gone")
            self.undone.add(step)
            if action == "delete":
                self.deleted.add(resource)
            self.report.undo.append(
                StepRecord(step, "done", f"{action} {resource.kind} {resource.id}: already gone")
            )
            return True
        except Exception as exc:  # noqa: BLE001 - recorded; rollback goes on with the rest
            self.log("undo.failed", step=step, action=action, error=_describe(exc))
            self.report.undo.append(
                StepRecord(
                    step, "failed", f"{action} {resource.kind} {resource.id}: {_describe(exc)}"
                )
            )
            return False
        self.log("undo.done", step=step, action=action)
        self.undone.add(step)
        if action == "delete":
            self.deleted.add(resource)
        self.report.undo.append(StepRecord(step, "done", f"{action} {resource.kind} {resource.id}"))
        return True

    def still_there(self, candidates: list[Resource]) -> list[Resource]:
        """The subset that a GET still finds: the report's exact account of what exists."""
        left = []
        for resource in candidates:
            if resource in self.deleted:
                continue  # its DELETE succeeded (or found it gone): no need to ask again
            try:
                _get(resource, self.client)
            except NotFoundError:
                continue
            except NexlaError:
                pass  # cannot tell: report it as existing rather than claim it is gone
            left.append(resource)
        return left


# -- the steps, in order ---------------------------------------------------------------------


#: The deploy, in order. Rollback undoes the steps that ran in the reverse order.
STEPS: tuple[Step, ...] = (
    _create(
        "credential.create",
        "credentials",
        lambda config: config.credential.root.name or "",
        _create_credential,
        credential_differs,
        listed=True,
        applies=lambda config: _new_credential(config) is not None,
    ),
    Step(
        "credential.probe",
        _run_probe,
        detail=lambda config: "after creating it" if _new_credential(config) else "",
        check=_check_probe,
        done_fields=("credential_id",),
    ),
    _create(
        "source.create",
        "sources",
        lambda config: config.source.name,
        _create_source,
        source_differs,
        listed=True,
    ),
    Step("discovery.wait", _wait_for_nexset, done_fields=("nexset_id",)),
    _create(
        "transform.create",
        "nexsets",
        lambda config: config.transform.root.name if config.transform else "",
        _create_transform,
        transform_differs,
        listed=False,
        applies=lambda config: config.transform is not None,
    ),
    _create(
        "destination.create",
        "destinations",
        lambda config: config.destination.name,
        _create_destination,
        destination_differs,
        listed=False,
    ),
    Step(
        "flow.lookup",
        _lookup_flow,
        done_fields=("flow_id", "origin_node_id"),
        report=_set_flow,
    ),
    Step(
        "flow.activate",
        _activate,
        prepare=_flow_ids,
        undo=_Run.pause,
        done_fields=("flow_id",),
        started_fields=("flow_id",),
    ),
    Step("run.verify", _verify_first_run, skip=_verify_skipped, report=_set_run),
)


def find_adoptable(client: NexlaClient, config: FlowConfig) -> Lookup:
    """What the config's create steps would make exists already (by name), compared."""
    return find_existing(
        client,
        config,
        [
            (s.name, s.creates, s.named(config), s.differs)
            for s in STEPS
            if s.creates and s.named and s.differs and s.applies(config)
        ],
    )


def create_steps() -> dict[str, str]:
    """The create steps and the kind each creates, in order (rollback deletes in reverse)."""
    return {s.name: s.creates for s in STEPS if s.creates is not None}


# -- the journal --------------------------------------------------------------------------------


BEGIN = "deploy.begin"
#: Every event a deploy journal records.
EVENTS = (
    BEGIN,
    "deploy.end",
    "step.started",
    "step.done",
    "step.failed",
    "step.reconciled",
    "rollback.begin",
    "rollback.end",
    "undo.started",
    "undo.done",
    "undo.failed",
    "undo.refused",
)
_ID = {"type": "integer", "minimum": 1}
_NAME = {"type": "string", "maxLength": 10_000}


def deploy_record_schema() -> dict[str, Any]:
    """One deploy journal line, as `STEPS` write it. Fields a deploy never writes are allowed
    (and ignored)."""
    return record_schema(
        list(EVENTS),
        {
            "step": {"enum": [s.name for s in STEPS]},
            "name": {"type": ["string", "null"], "maxLength": 10_000},
            "id": _ID,
            "preexisting": {"type": "array", "items": _ID},
            "nexset_id": _ID,
            "credential_id": _ID,
            "flow_id": _ID,
            "origin_node_id": {"type": ["integer", "null"], "minimum": 1},
            "reconciled": {"type": "boolean"},
            "action": {"enum": ["pause", "delete"]},
            "kind": {"enum": ["flows", *create_steps().values()]},
            "error": {"type": "string"},
            "status": {"type": "string"},
        },
        [
            when(
                BEGIN,
                {
                    "required": ["name", "config_file", "config_sha256"],
                    "properties": {
                        "name": _NAME,
                        "config_file": _NAME,
                        "config_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    },
                },
            ),
            when(
                ["step.started", "step.done", "step.failed", "step.reconciled"],
                {"required": ["step"]},
            ),
            when(
                ["undo.started", "undo.done", "undo.failed", "undo.refused"],
                {"required": ["step", "action"]},
            ),
            when(["undo.started", "undo.refused"], {"required": ["kind", "id"]}),
            when("step.reconciled", {"required": ["id"]}),
            # what a deploy reads back from a finished (or, for activation, started) step
            *(
                when("step.done", {"required": list(s.done_fields)}, step=s.name)
                for s in STEPS
                if s.done_fields
            ),
            *(
                when("step.started", {"required": list(s.started_fields)}, step=s.name)
                for s in STEPS
                if s.started_fields
            ),
        ],
    )


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The records of a deploy journal; `JournalError` (one line) if it is not a valid one."""
    return read(path, begin=BEGIN, schema=deploy_record_schema())


def _reopen(path: Path, wallclock: Callable[[], float]) -> tuple[Journal, list[dict[str, Any]]]:
    return Journal.reopen(path, wallclock, begin=BEGIN, schema=deploy_record_schema())


# -- entry points -----------------------------------------------------------------------------


def deploy(
    client: NexlaClient,
    loaded: LoadedConfig,
    *,
    journal_path: Path | None = None,
    resume: bool = False,
    dry_run: bool = False,
    adopt: bool = False,
    progress: ProgressFn | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    wallclock: Callable[[], float] = time.time,
    stop: StopFlag | None = None,
) -> DeployReport:
    """Deploy `loaded`; on failure roll back and report. A raising `progress` stops it cold.

    With `resume=True`, `journal_path` names the journal of an earlier, interrupted deploy of
    the same config: finished steps are reused, an unfinished one is reconciled, the rest run.
    A fresh deploy adopts same-named resources with the config's fields and raises
    `AdoptionConflict` before any write if one differs (`adopt=True` takes it over anyway).
    When `stop` is set (Ctrl-C), no further step starts and a wait ends at its next poll: the
    report says `interrupted` and the journal resumes (or rolls back) the deploy.
    """
    config = loaded.config
    if dry_run:
        return plan(client, loaded)
    path = journal_path or default_journal_path(loaded)
    if resume:
        journal, entries = _reopen(path, wallclock)
        begin = entries[0]
        if begin.get("config_sha256") != loaded.sha256:
            raise JournalError(
                f"{path} was written for a different config than {loaded.path}; resume with the same file"
            )
        events = {e["event"] for e in entries}
        if "rollback.begin" in events:
            raise JournalError(
                f"{path} was rolled back; start a fresh deploy with another --journal"
            )
    else:
        journal, entries = Journal.create(path, wallclock), []  # writes nothing yet
        lookup = find_adoptable(client, config)
        check_adoption(lookup, adopt=adopt)
        journal.write(BEGIN, name=config.name, config_file=loaded.path, config_sha256=loaded.sha256)
        for found in lookup.found:
            record = {
                "step": found.step,
                "id": found.id,
                "name": found.name,
                "adopted": True,
                "differs": list(found.differs),
            }
            journal.write("step.done", **record)
            entries.append({"event": "step.done", **record})
    run = _Run(
        client,
        journal,
        name=config.name,
        config=config,
        entries=entries,
        progress=progress,
        clock=clock,
        sleep=sleep,
        stop=stop,
    )
    try:
        run.deploy()
    except _Killed as killed:
        raise killed.original from None
    except DeployInterrupted as exc:
        run.report.status = "interrupted"
        run.report.error = str(exc)
        run.account()
        return run.report
    except Exception as exc:  # noqa: BLE001 - any failure of a step rolls the deploy back
        run.report.error = _describe(exc)
        return run.roll_back()
    run.account()
    run.report.status = "succeeded"
    journal.write("deploy.end", status="succeeded")
    run.notify("done", f"deployed flow {run.report.flow_id}")
    return run.report


def rollback(
    client: NexlaClient,
    journal_path: Path,
    *,
    progress: ProgressFn | None = None,
    wallclock: Callable[[], float] = time.time,
) -> DeployReport:
    """Undo what the deploy journalled in `journal_path` created (it may have been interrupted)."""
    journal, entries = _reopen(journal_path, wallclock)
    run = _Run(
        client, journal, name=str(entries[0].get("name")), entries=entries, progress=progress
    )
    return run.roll_back()


def check_adoption(lookup: Lookup, *, adopt: bool) -> None:
    """Raise `AdoptionConflict` for ambiguous names, and for differing fields unless `adopt`."""
    problems = list(lookup.ambiguous)
    if not adopt:
        problems += [found.describe() for found in lookup.conflicts]
    if problems:
        hint = (
            "rename them in the config or delete the duplicates"
            if lookup.ambiguous
            else "rename them in the config, or pass --adopt to take them over as they are"
        )
        raise AdoptionConflict(f"deploy stopped before any change: {'; '.join(problems)}; {hint}")


def plan(client: NexlaClient, loaded: LoadedConfig) -> DeployReport:
    """Dry run: the steps this config runs, with their read-only checks (an existing
    credential probes) and the name clashes a deploy would stop at."""
    config = loaded.config
    report = DeployReport(name=config.name, status="dry_run", journal=None)
    for step in STEPS:
        if not step.applies(config):
            continue
        checked = step.check(client, config) if step.check is not None else None
        if checked is not None:
            record, error = checked
            report.steps.append(record)
            if error is not None:
                report.status = "failed"
                report.error = error
            continue
        reason = step.skip(config)
        report.steps.append(
            StepRecord(step.name, "skipped", reason)
            if reason is not None
            else StepRecord(step.name, "planned", step.detail(config))
        )
    lookup = find_adoptable(client, config)
    report.warnings += [
        f"would adopt {found.describe()}" for found in lookup.found if found.matches
    ]
    try:
        check_adoption(lookup, adopt=False)
    except AdoptionConflict as exc:
        report.status = "failed"
        report.error = str(exc)
    return report
