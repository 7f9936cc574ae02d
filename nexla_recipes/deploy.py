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

from nexla_api import NexlaClient, NexlaError, NotFoundError, ServerError, TransportError, paginate
from nexla_api.api.credentials import (
    create_data_credential,
    data_credential_probe,
)
from nexla_api.api.destinations import create_data_sink
from nexla_api.api.flows import (
    flow_activate_with_flow_id,
    flow_pause_with_flow_id,
    get_flow_by_resource_id,
)
from nexla_api.api.metrics import get_resource_metrics_by_run
from nexla_api.api.nexsets import create_nexset
from nexla_api.api.sources import create_data_source, get_data_source
from nexla_api.models import (
    DataCredentialCreate,
    DataSetCreate,
    DataSinkCreate,
    DataSourceCreate,
    FlowResourceType,
    RunMetricsField,
)
from nexla_api.runtime.connectors import FAMILIES, connector_info, connector_types
from nexla_api.types import Unset

from . import kinds
from ._config import ConfigError, ConfigProblem, load_document, load_schema, validate
from ._connectors import check_block, raise_for
from ._existing import Lookup, find_existing
from ._journal import Journal, JournalError
from ._progress import Progress, ProgressFn, StopFlag, stopped
from ._resources import val, walk
from .config_models.flow_config import FlowConfig, NewCredential, ReusableTransform

Status = Literal[
    "succeeded", "rolled_back", "rollback_incomplete", "dry_run", "failed", "interrupted"
]

#: Create steps, the kind they create, and the order rollback deletes them in (reverse).
CREATE_STEPS: dict[str, str] = {
    "credential.create": "credentials",
    "source.create": "sources",
    "transform.create": "nexsets",
    "destination.create": "destinations",
}


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
    """Ids of every resource of a kind with this name (one paginated listing)."""
    lister = kinds.kind(kind_name).list_sync
    assert lister is not None
    return sorted(
        int(r.id)
        for r in paginate(lister, client=client, per_page=100)
        if getattr(r, "name", None) == name
    )


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


class _Run:
    """One deploy (fresh or resumed) or rollback over one journal."""

    def __init__(
        self,
        client: NexlaClient,
        journal: Journal | None,
        *,
        name: str,
        entries: list[dict[str, Any]] | None = None,
        progress: ProgressFn | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        stop: StopFlag | None = None,
    ) -> None:
        self.stop = stop
        self.client = client
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

    def step(
        self,
        step: str,
        run: Callable[[dict[str, Any]], dict[str, Any]],
        *,
        prepare: Callable[[], dict[str, Any]] | None = None,
        reconcile: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None,
    ) -> dict[str, Any]:
        """Run one step journalled before and after; reuse or reconcile a prior attempt."""
        if step in self.done:
            entry = self.done[step]
            if entry.get("adopted"):
                detail = f"id={entry.get('id')} existed already: " + (
                    "taken over with different fields (adopt)"
                    if entry.get("differs")
                    else "same fields"
                )
                self.report.steps.append(StepRecord(step, "adopted", detail))
                self.report.adopted.append(
                    Resource(CREATE_STEPS[step], int(entry["id"]), entry.get("name"))
                )
                self.notify(step, f"adopted {detail}")
            else:
                self.report.steps.append(StepRecord(step, "resumed", "finished in an earlier run"))
                self.notify(step, "already done")
            return entry
        if stopped(self.stop):
            raise DeployInterrupted(f"stopped on request before {step}")
        if step in self.started and reconcile is not None:
            found = reconcile(self.started[step])
            if found is not None:
                return self._finish(step, {**found, "reconciled": True}, "reconciled")
        data = prepare() if prepare else {}
        self.log("step.started", step=step, **data)
        self.started[step] = {"step": step, **data}
        self.notify(step, "started")
        try:
            result = run(data)
        except DeployInterrupted:
            raise  # a wait cut short: the step stays started, and is run again on resume
        except Exception as exc:
            if reconcile is not None and _maybe_applied(exc):
                found = reconcile(self.started[step])
                if found is not None:
                    return self._finish(step, {**found, "reconciled": True}, "reconciled")
            self.log("step.failed", step=step, error=_describe(exc))
            self.report.steps.append(StepRecord(step, "failed", _describe(exc)))
            raise
        return self._finish(step, result, "done")

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

    # -- reconciliation against live state
    def find_created(self, step: str) -> int | None:
        """Id of what a started-but-unfinished create step made, or None if it made nothing."""
        entry = self.started.get(step, {})
        name = entry.get("name")
        if not isinstance(name, str):
            return None
        if step in ("credential.create", "source.create"):
            before = set(entry.get("preexisting") or [])
            fresh = [
                i for i in _ids_named(self.client, CREATE_STEPS[step], name) if i not in before
            ]
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
        attr = "data_set_id" if step == "transform.create" else "data_sink_id"
        for node in walk(flow.flows):
            value = getattr(node, attr)
            if node.name == name and isinstance(value, int):
                if step == "transform.create" and value == self.result_id(
                    "discovery.wait", "nexset_id"
                ):
                    continue
                return value
        return None

    def reconciler(self, step: str) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
        def reconcile(_: dict[str, Any]) -> dict[str, Any] | None:
            rid = self.find_created(step)
            return None if rid is None else {"id": rid, "name": self.started[step].get("name")}

        return reconcile

    def poll(self, what: str, timeout: float, interval: float, check: Callable[[], Any]) -> Any:
        """Call `check` until it returns something truthy, or raise DeployError at the timeout."""
        deadline = self.clock() + timeout
        polls = 0
        while True:
            polls += 1
            value = check()
            if value:
                return value
            if self.clock() + interval > deadline:
                raise DeployError(
                    f"timed out after {timeout:g}s ({polls} polls) waiting for {what}"
                )
            if stopped(self.stop):
                raise DeployInterrupted(f"stopped on request while waiting for {what}")
            self.notify("wait", f"waiting for {what} (poll {polls})")
            self.sleep(interval)

    # -- deploy
    def deploy(self, config: FlowConfig) -> None:
        client = self.client
        cred = config.credential.root
        if isinstance(cred, NewCredential):
            spec = cred

            def create_credential(data: dict[str, Any]) -> dict[str, Any]:
                body = DataCredentialCreate(name=spec.name, credentials_type=spec.credentials_type)
                if spec.description is not None:
                    body.description = spec.description
                if spec.credentials is not None:
                    body.credentials = spec.credentials
                made = create_data_credential.sync(client=client, body=body)
                return {"id": made.id, "name": made.name}

            credential_id = int(
                self.step(
                    "credential.create",
                    create_credential,
                    prepare=lambda: {
                        "name": spec.name,
                        "preexisting": _ids_named(client, "credentials", spec.name),
                    },
                    reconcile=self.reconciler("credential.create"),
                )["id"]
            )
        else:
            credential_id = cred.id

        def probe(_: dict[str, Any]) -> dict[str, Any]:
            try:
                result = data_credential_probe.sync(credential_id, client=client)
            except NexlaError as exc:
                if isinstance(exc, NotFoundError | ServerError | TransportError):
                    raise
                raise DeployError(
                    f"credential {credential_id} failed its probe: {exc.message}"
                ) from exc
            status = result.status if isinstance(result.status, str) else "success"
            if status.lower() not in ("success", "ok"):
                raise DeployError(
                    f"credential {credential_id} failed its probe: {result.message or status}"
                )
            return {"credential_id": credential_id, "probe": status}

        self.step("credential.probe", probe)

        src = config.source

        def create_source(_: dict[str, Any]) -> dict[str, Any]:
            body = DataSourceCreate(
                name=src.name, source_type=src.source_type, data_credentials_id=credential_id
            )
            if src.description is not None:
                body.description = src.description
            if src.source_config is not None:
                body.source_config = src.source_config
            if src.ingest_method is not None:
                body.ingest_method = src.ingest_method
            made = create_data_source.sync(client=client, body=body)
            return {"id": made.id, "name": made.name}

        source_id = int(
            self.step(
                "source.create",
                create_source,
                prepare=lambda: {
                    "name": src.name,
                    "preexisting": _ids_named(client, "sources", src.name),
                },
                reconcile=self.reconciler("source.create"),
            )["id"]
        )

        discovery = config.discovery
        timeout = discovery.timeout_seconds if discovery and discovery.timeout_seconds else 300.0
        interval = (
            discovery.poll_interval_seconds
            if discovery and discovery.poll_interval_seconds
            else 5.0
        )

        def discovered() -> int | None:
            source = get_data_source.sync(source_id, client=client, expand=1)
            sets = source.data_sets if isinstance(source.data_sets, list) else []
            return int(sets[0].id) if sets else None

        def wait(_: dict[str, Any]) -> dict[str, Any]:
            nexset = self.poll(
                f"source {source_id} to detect its nexset", timeout, interval, discovered
            )
            return {"nexset_id": nexset}

        nexset_id = int(self.step("discovery.wait", wait)["nexset_id"])

        sink_parent = nexset_id
        if config.transform is not None:
            tf = config.transform.root

            def create_transform(_: dict[str, Any]) -> dict[str, Any]:
                reusable = isinstance(tf, ReusableTransform)
                body = DataSetCreate(
                    name=tf.name, parent_data_set_id=nexset_id, has_custom_transform=reusable
                )
                if isinstance(tf, ReusableTransform):
                    body.transform_id = tf.transform_id
                else:
                    body.transform = {"version": 1, "operations": tf.operations}
                if tf.description is not None:
                    body.description = tf.description
                made = create_nexset.sync(client=client, body=body)
                return {"id": made.id, "name": made.name}

            sink_parent = int(
                self.step(
                    "transform.create",
                    create_transform,
                    prepare=lambda: {"name": tf.name},
                    reconcile=self.reconciler("transform.create"),
                )["id"]
            )

        dest = config.destination

        def create_destination(_: dict[str, Any]) -> dict[str, Any]:
            body = DataSinkCreate(
                name=dest.name,
                sink_type=dest.sink_type,
                data_set_id=sink_parent,
                data_credentials_id=dest.credential_id or credential_id,
            )
            if dest.description is not None:
                body.description = dest.description
            if dest.sink_config is not None:
                body.sink_config = dest.sink_config
            made = create_data_sink.sync(client=client, body=body)
            return {"id": made.id, "name": made.name}

        sink_id = int(
            self.step(
                "destination.create",
                create_destination,
                prepare=lambda: {"name": dest.name},
                reconcile=self.reconciler("destination.create"),
            )["id"]
        )

        def lookup(_: dict[str, Any]) -> dict[str, Any]:
            flow = get_flow_by_resource_id.sync(
                FlowResourceType.DATA_SINKS, sink_id, client=client, flows_only=1
            )
            node = next((n for n in walk(flow.flows) if n.data_sink_id == sink_id), None)
            if node is None:
                raise DeployError(f"no flow node for destination {sink_id} in its flow")
            return {"flow_id": node.id, "origin_node_id": node.origin_node_id}

        found = self.step("flow.lookup", lookup)
        flow_id = int(found["flow_id"])
        self.report.flow_id = flow_id

        def activate(_: dict[str, Any]) -> dict[str, Any]:
            flow_activate_with_flow_id.sync(flow_id, client=client)
            return {"flow_id": flow_id}

        self.step(
            "flow.activate",
            activate,
            prepare=lambda: {"flow_id": flow_id, "origin_node_id": found["origin_node_id"]},
        )

        verify = config.verify
        if verify is not None and verify.enabled is False:
            self.report.steps.append(StepRecord("run.verify", "skipped", "verify.enabled is false"))
            return
        v_timeout = verify.timeout_seconds if verify and verify.timeout_seconds else 600.0
        v_interval = (
            verify.poll_interval_seconds if verify and verify.poll_interval_seconds else 10.0
        )
        max_errors = verify.max_errors if verify else None

        def first_run() -> dict[str, Any] | None:
            reply = get_resource_metrics_by_run.sync(
                FlowResourceType.DATA_SINKS,
                sink_id,
                client=client,
                orderby=RunMetricsField.RUNID,
                page=1,
                size=1,
            )
            runs = reply.metrics.data if isinstance(reply.metrics.data, list) else []
            if not runs:
                return None
            run = runs[0]
            return {
                "run_id": None if isinstance(run.run_id, Unset) else run.run_id,
                "records": None if isinstance(run.records, Unset) else run.records,
                "errors": None if isinstance(run.errors, Unset) else run.errors,
            }

        def check(_: dict[str, Any]) -> dict[str, Any]:
            run = self.poll(f"the first run of flow {flow_id}", v_timeout, v_interval, first_run)
            errors = run.get("errors") or 0
            if max_errors is not None and errors > max_errors:
                raise DeployError(
                    f"first run {run['run_id']} reported {errors} error record(s) (verify.max_errors is {max_errors})"
                )
            return dict(run)

        self.report.run = self.step("run.verify", check)

    # -- rollback
    def created(self) -> list[tuple[str, Resource]]:
        """What this deploy created, from the journal, reconciling unfinished create steps."""
        out: list[tuple[str, Resource]] = []
        for step, kind_name in CREATE_STEPS.items():
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
        live_name = val(getattr(live, "name", None))
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
            attached = val(getattr(live, attr, None))
            if attached is not None and attached not in expected[1]:
                return f"it uses {expected[0]} {attached}, not the one this deploy used"
        if resource.kind == "nexsets" and nexset is not None:
            parents = val(getattr(live, "parent_data_sets", None)) or []
            parent_ids = {val(getattr(p, "id", None)) for p in parents}
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

    def rollback(self) -> None:
        client = self.client
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
        activation = self.started.get("flow.activate")
        # a flow made only of adopted resources was running before this deploy: leave it be
        ours = any(r.kind != "credentials" for _, r in made)
        if activation is not None and "flow.activate" not in self.undone and ours:
            origin = int(activation.get("origin_node_id") or activation["flow_id"])
            flow = Resource("flows", origin)

            def pause() -> None:
                flow_pause_with_flow_id.sync(origin, client=client, all_=1)

            why = (
                None if "flow.activate" not in self.from_file else self.flow_mismatch(origin, made)
            )
            if why is None:
                failed |= not self.undo("flow.activate", "pause", flow, pause)
            else:
                self.refuse("flow.activate", "pause", flow, why)
                failed = True
        for step, resource in reversed(made):
            if step in self.undone:
                self.report.undo.append(StepRecord(step, "skipped", "undone in an earlier run"))
                continue
            delete = kinds.kind(resource.kind).delete_sync
            assert delete is not None
            failed |= not self.undo(
                step, "delete", resource, partial(delete, resource.id, client=client)
            )
        self.report.exists = self.still_there([r for _, r in made])
        self.report.status = (
            "rollback_incomplete" if failed or self.report.exists else "rolled_back"
        )
        self.log(
            "rollback.end", status=self.report.status, left=[asdict(r) for r in self.report.exists]
        )

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
        roots = {val(n.id) for n in flow.flows} | {val(n.origin_node_id) for n in flow.flows}
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
        journal, entries = Journal.reopen(path, wallclock)
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
        lookup = find_existing(client, config)
        check_adoption(lookup, adopt=adopt)
        journal.write(
            "deploy.begin", name=config.name, config_file=loaded.path, config_sha256=loaded.sha256
        )
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
        entries=entries,
        progress=progress,
        clock=clock,
        sleep=sleep,
        stop=stop,
    )
    try:
        run.deploy(config)
    except _Killed as killed:
        raise killed.original from None
    except DeployInterrupted as exc:
        run.report.status = "interrupted"
        run.report.error = str(exc)
        run.report.created = [r for _, r in run.created()]
        run.report.exists = run.still_there(run.report.created)
        return run.report
    except Exception as exc:  # noqa: BLE001 - any failure of a step rolls the deploy back
        run.report.error = _describe(exc)
        try:
            run.rollback()
        except _Killed as killed:
            raise killed.original from None
        journal.write("deploy.end", status=run.report.status)
        return run.report
    run.report.created = [r for _, r in run.created()]
    run.report.exists = run.still_there(run.report.created)
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
    journal, entries = Journal.reopen(journal_path, wallclock)
    run = _Run(
        client, journal, name=str(entries[0].get("name")), entries=entries, progress=progress
    )
    try:
        run.rollback()
    except _Killed as killed:
        raise killed.original from None
    journal.write("deploy.end", status=run.report.status)
    return run.report


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
    """Dry run: read-only checks (credential exists and probes, name clashes) and the step list."""
    config = loaded.config
    report = DeployReport(name=config.name, status="dry_run", journal=None)
    cred = config.credential.root
    if isinstance(cred, NewCredential):
        report.steps.append(StepRecord("credential.create", "planned", f"name={cred.name}"))
        report.steps.append(StepRecord("credential.probe", "planned", "after creating it"))
    else:
        try:
            data_credential_probe.sync(cred.id, client=client)
            report.steps.append(
                StepRecord("credential.probe", "done", f"credential {cred.id} works")
            )
        except NexlaError as exc:
            report.steps.append(StepRecord("credential.probe", "failed", _describe(exc)))
            report.status = "failed"
            report.error = f"credential {cred.id}: {_describe(exc)}"
    lookup = find_existing(client, config)
    report.warnings += [
        f"would adopt {found.describe()}" for found in lookup.found if found.matches
    ]
    try:
        check_adoption(lookup, adopt=False)
    except AdoptionConflict as exc:
        report.status = "failed"
        report.error = str(exc)
    report.steps.append(StepRecord("source.create", "planned", f"name={config.source.name}"))
    report.steps.append(StepRecord("discovery.wait", "planned", ""))
    if config.transform is not None:
        report.steps.append(
            StepRecord("transform.create", "planned", f"name={config.transform.root.name}")
        )
    report.steps.append(
        StepRecord("destination.create", "planned", f"name={config.destination.name}")
    )
    for step in ("flow.lookup", "flow.activate", "run.verify"):
        report.steps.append(StepRecord(step, "planned", ""))
    return report
