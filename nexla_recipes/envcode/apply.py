"""Apply: run a plan against the live environment, journaled, with rollback and resume.

Steps run in the plan's dependency order, the steps of one level side by side (bounded by
`concurrency`). Every step is written to an append-only journal before it sends anything
(with what rollback needs: the fields' prior values, the ids that already had the name) and
after it finished, like deploy's. A step that fails on a retryable error (429, 5xx, a dropped
connection) is retried; before a create is re-sent, the resource is looked up by name, so a
create that committed but answered with an error is adopted, never made twice.

On a step failing for good, apply stops and either rolls back what it changed (restoring
updated fields, accessors and activation state, deleting what it created) or leaves it for
`resume`, as the caller chooses. `resume` re-plans from the live state and appends to the
same journal, so one rollback undoes every run of it. Nothing secret is journaled: prior
values of secret fields are recorded as a placeholder and taken from the live resource when
restoring.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from nexla_api import (
    NexlaClient,
    NexlaError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TransportError,
    paginate,
)
from nexla_api.api.flows import (
    flow_activate_with_flow_id,
    flow_pause_with_flow_id,
    get_flow_by_resource_id,
)
from nexla_api.api.sources import get_data_source
from nexla_api.models import FlowResourceType

from .._env_resources import MANAGED_TAG
from .._journal import Journal, JournalError, record_schema, when
from .._progress import Progress, ProgressFn
from .._resources import walk
from .files import (
    Desired,
    EnvRef,
    Values,
    catalogue_marks,
    file_name,
    load_directory,
    load_values,
    map_secrets,
    value_at,
)
from .kinds import KINDS
from .live import LiveState, read_live, split_accessors
from .plan import Plan, PlanError, PlanItem, compute

Status = Literal["applied", "no_changes", "rolled_back", "rollback_incomplete", "stopped"]
OnFailure = Literal["rollback", "stop"]

BEGIN = "apply.begin"
#: What a secret's prior value is journaled as; rollback takes the live value in its place.
KEPT = "<secret: not journaled, kept from the live resource>"
RETRYABLE = (ServerError, TransportError, RateLimitError)

_ID = {"type": "integer", "minimum": 1}
_ACTIONS = ["create", "update", "delete", "pause", "activate"]


#: One line of an apply journal: what rollback and resume read back is checked before use.
RECORD_SCHEMA: dict[str, Any] = record_schema(
    [
        BEGIN,
        "apply.end",
        "apply.stopped",
        "step.started",
        "step.done",
        "step.failed",
        "rollback.begin",
        "undo.done",
        "undo.failed",
    ],
    {
        "step": {"type": "string", "pattern": "^(create|update|delete|pause|activate):[a-z]+/"},
        "action": {"enum": _ACTIONS},
        "kind": {"enum": sorted(KINDS)},
        "name": {"type": "string", "minLength": 1},
        "id": _ID,
        "origin_id": {"type": ["integer", "null"], "minimum": 1},
        "was_active": {"type": "boolean"},
        "preexisting": {"type": "array", "items": _ID},
        "detected_from": {"type": "string"},
        "before": {"type": "object"},
        "before_accessors": {"type": ["array", "null"], "items": {"type": "object"}},
        "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "tag": {"type": ["string", "null"]},
        "directory": {"type": "string"},
        "error": {"type": "string"},
        "status": {"type": "string"},
    },
    [
        when(BEGIN, {"required": ["directory", "tag", "fingerprint"]}),
        when(
            ["step.started", "step.done", "step.failed", "undo.done", "undo.failed"],
            {"required": ["step"]},
        ),
        when("step.started", {"required": ["action", "kind", "name"]}),
        when("step.started", {"required": ["id", "before"]}, action="update"),
        when("step.started", {"required": ["id"]}, action="delete"),
        when(
            "step.started",
            {"required": ["origin_id", "was_active"]},
            action=["pause", "activate"],
        ),
        when(
            "step.started",
            {"anyOf": [{"required": ["preexisting"]}, {"required": ["detected_from"]}]},
            action="create",
        ),
    ],
)


class ApplyError(Exception):
    """A step cannot run as the directory stands (e.g. a secret's variable is not set)."""


class _Interrupted(Exception):
    """The caller asked apply to stop (first Ctrl-C): no new step starts."""


class _Killed(BaseException):
    """The progress callback raised: stop at once, like a killed process (no rollback)."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(repr(original))
        self.original = original


@dataclass(frozen=True)
class StepRecord:
    step: str
    status: str  # done | reconciled | failed | skipped
    detail: str = ""


@dataclass
class ApplyReport:
    directory: str
    tag: str | None
    status: Status
    journal: str | None
    plan: Plan
    steps: list[StepRecord] = field(default_factory=list)
    undo: list[StepRecord] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "no_changes")

    def to_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "environment": self.tag,
            "status": self.status,
            "journal": self.journal,
            "error": self.error,
            "plan": self.plan.to_dict(),
            "steps": [asdict(s) for s in self.steps],
            "undo": [asdict(s) for s in self.undo],
        }

    def to_text(self) -> str:
        lines = [f"apply {self.directory} -> {self.tag or 'whole org'}: {self.status}"]
        if self.error:
            lines.append(f"  error: {self.error}")
        for step in self.steps:
            lines.append(
                f"  {step.status:<10} {step.step}" + (f"  {step.detail}" if step.detail else "")
            )
        for undo in self.undo:
            lines.append(
                f"  undo {undo.status:<6} {undo.step}" + (f"  {undo.detail}" if undo.detail else "")
            )
        if self.journal:
            lines.append(f"journal: {self.journal}")
        return "\n".join(lines) + "\n"


def _describe(exc: BaseException) -> str:
    return exc.summary() if isinstance(exc, NexlaError) else str(exc) or type(exc).__name__


def refill(value: Any, live: Any, path: tuple[str | int, ...] = ()) -> Any:
    """`value` with every `KEPT` placeholder replaced by the live value at the same place."""
    if value == KEPT:
        return value_at(live, path)
    if isinstance(value, Mapping):
        return {k: refill(v, live, (*path, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [refill(v, live, (*path, i)) for i, v in enumerate(value)]
    return value


def default_journal_path(directory: Path, wallclock: Callable[[], float] = time.time) -> Path:
    """`<DIR>.<UTC time>.apply.jsonl` beside the directory (in the working directory when the
    definition is not a directory, e.g. a promoted tag)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(wallclock()))
    if directory.is_dir():
        here = directory.resolve()
        return here.with_name(f"{here.name}.{stamp}.apply.jsonl")
    return Path.cwd() / f"{file_name(str(directory))}.{stamp}.apply.jsonl"


class _Run:
    def __init__(
        self,
        client: NexlaClient,
        journal: Journal,
        *,
        live: LiveState,
        desired: Desired | None,
        environ: Mapping[str, str],
        report: ApplyReport,
        progress: ProgressFn | None,
        concurrency: int,
        attempts: int,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        discovery_timeout: float,
        poll_interval: float,
    ) -> None:
        self.client = client
        self.journal = journal
        self.live = live
        self.desired = desired
        self.environ = environ
        self.report = report
        self.progress = progress
        self.concurrency = max(1, concurrency)
        self.attempts = max(1, attempts)
        self.clock = clock
        self.sleep = sleep
        self.discovery_timeout = discovery_timeout
        self.poll_interval = poll_interval
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.interrupt: threading.Event | None = None
        #: ids of what this run created, by (kind, name), to resolve references to them.
        self.made: dict[tuple[str, str], int] = {}
        self.finished = 0
        self.total = 0

    # -- plumbing
    def log(self, event: str, **data: Any) -> None:
        with self.lock:
            self.journal.write(event, **data)

    def notify(self, stage: str, message: str, done: int = 0, total: int = 0) -> None:
        if self.progress is None:
            return
        try:
            self.progress(Progress(stage, message, done, total))
        except BaseException as exc:  # noqa: BLE001 - re-raised as a kill, see _Killed
            raise _Killed(exc) from exc

    def record(self, record: StepRecord, undo: bool = False) -> None:
        with self.lock:
            (self.report.undo if undo else self.report.steps).append(record)

    # -- resolving the directory's values
    def id_of(self, kind: str, name: str) -> int:
        made = self.made.get((kind, name))
        if made is not None:
            return made
        current = self.live.resources.get((kind, name))
        if current is not None:
            return current.id
        found = self.live.id_of(kind, name)
        if found is None:
            raise ApplyError(f"{kind} {name!r} does not exist (yet)")
        return found

    def get(self, kind: str, rid: int) -> dict[str, Any]:
        getter = KINDS[kind].api.get_sync
        assert getter is not None
        reply: dict[str, Any] = getter(rid, client=self.client).to_dict()
        return reply

    def put(self, kind: str, rid: int, body: dict[str, Any]) -> dict[str, Any]:
        spec = KINDS[kind]
        assert spec.api.update_sync is not None and spec.api.update_body is not None
        spec.api.update_sync(rid, client=self.client, body=spec.api.update_body(body))
        return {"id": rid}

    def remove(self, kind: str, rid: int) -> dict[str, Any]:
        deleter = KINDS[kind].api.delete_sync
        assert deleter is not None
        try:
            deleter(rid, client=self.client)
        except NotFoundError:
            return {"id": rid, "note": "already gone"}
        return {"id": rid}

    def resolve(self, value: Any, live_value: Any = None, path: tuple[str | int, ...] = ()) -> Any:
        """Env references replaced by their values; an unset one keeps the live value, if any."""
        if isinstance(value, EnvRef):
            if value.name in self.environ:
                return self.environ[value.name]
            current = value_at(live_value, path)
            if current is None:
                raise ApplyError(f"set the environment variable {value.name} (see .env.example)")
            return current
        if isinstance(value, Mapping):
            return {k: self.resolve(v, live_value, (*path, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, live_value, (*path, i)) for i, v in enumerate(value)]
        return value

    def doc(self, item: PlanItem) -> dict[str, Any]:
        assert self.desired is not None
        return self.desired.resources[(item.kind, item.name)]

    def tags(self, doc: Mapping[str, Any]) -> list[str]:
        extra = [t for t in (self.live.tag, MANAGED_TAG) if t]
        return sorted(set(doc.get("tags") or []) | set(extra))

    def wire(
        self, kind: str, doc: Mapping[str, Any], fields: list[str], raw: Mapping[str, Any]
    ) -> dict[str, Any]:
        """A request body for `fields` of a file document (references as ids, secrets resolved)."""
        body: dict[str, Any] = {}
        spec = KINDS[kind]
        for name in fields:
            value = doc.get(name)
            if name == "accessors":
                continue
            if name == "tags":
                body["tags"] = self.tags(doc)
            elif kind == "nexset" and name == "transform":
                if isinstance(value, str):
                    body.update(
                        transform_id=self.id_of("transform", value), has_custom_transform=True
                    )
                else:
                    body.update(transform=value, has_custom_transform=False)
            elif name in spec.refs:
                ref = spec.refs[name]
                body[ref.wire] = None if value is None else self.id_of(ref.kind, value)
            elif name == "credentials":
                body[name] = self.resolve(value, raw.get("credentials_non_secure_data"))
            else:
                body[name] = self.resolve(value, raw.get(name))
        return body

    # -- steps
    def run_items(self, items: list[PlanItem]) -> None:
        self.total = len(items)
        waves: list[list[PlanItem]] = []
        for item in items:
            if waves and (waves[-1][0].phase, waves[-1][0].level) == (item.phase, item.level):
                waves[-1].append(item)
            else:
                waves.append([item])
        for wave in waves:
            self.check_interrupt()
            if self.concurrency == 1 or len(wave) == 1:
                for item in wave:
                    self.check_interrupt()
                    self.step(item)
                continue
            with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
                futures: list[Future[None]] = []
                for item in wave:
                    futures.append(pool.submit(self.step, item))
                done, _ = wait(futures, return_when=FIRST_EXCEPTION)
                failed = [f for f in done if f.exception() is not None]
                if failed:
                    self.stop.set()
                    for future in futures:
                        future.cancel()
                    wait(futures)
                    exc = failed[0].exception()
                    assert exc is not None
                    raise exc

    def check_interrupt(self) -> None:
        if self.interrupt is not None and self.interrupt.is_set():
            raise _Interrupted

    def step(self, item: PlanItem) -> None:
        if self.stop.is_set():
            return
        data = self.prepare(item)
        self.log(
            "step.started",
            step=item.key,
            action=item.action,
            kind=item.kind,
            name=item.name,
            **data,
        )
        self.notify("apply.step.start", f"started {item.key}")
        try:
            result = self.execute(item, data)
        except Exception as exc:
            self.log("step.failed", step=item.key, error=_describe(exc))
            self.record(StepRecord(item.key, "failed", _describe(exc)))
            raise
        self.notify("apply.sent.start", f"sent {item.key}")
        self.log("step.done", step=item.key, **result)
        status = "reconciled" if result.pop("reconciled", False) else "done"
        detail = ", ".join(f"{k}={v}" for k, v in sorted(result.items()))
        self.record(StepRecord(item.key, status, detail))
        with self.lock:
            self.finished += 1
            finished = self.finished
        self.notify("apply", f"{status} {item.key}", finished, self.total)

    def prepare(self, item: PlanItem) -> dict[str, Any]:
        """What the journal needs before the step runs (never a secret)."""
        current = self.live.resources.get((item.kind, item.name))
        if item.action == "create":
            if item.kind == "nexset" and self.doc(item).get("data_source"):
                return {"detected_from": self.doc(item)["data_source"]}
            return {"preexisting": self.live.ids.get(item.kind, {}).get(item.name, [])}
        if item.action in ("pause", "activate"):
            flow = self.live.flows.get(item.name)
            origin = (
                flow.origin_id
                if flow
                else self.retrying(lambda: {"id": self.origin_of(item.name)})["id"]
            )
            return {"origin_id": origin, "was_active": bool(flow and flow.active)}
        if current is None and item.action == "update" and item.kind == "nexset":
            current = self._renamed(item)
        assert current is not None, item
        if item.action == "delete":
            return {"id": current.id}
        fields = self.changed_fields(item)
        before: dict[str, Any] = {}
        for name in fields:
            if name == "accessors":
                continue
            wire = KINDS[item.kind].refs[name].wire if name in KINDS[item.kind].refs else name
            if name == "transform" and item.kind == "nexset":
                before["transform_id"] = current.raw.get("transform_id")
                before["transform"] = current.raw.get("transform")
                continue
            if name == "credentials":
                continue  # write-only secrets: never journaled, not restorable
            before[wire] = current.raw.get(wire)
        if KINDS[item.kind].has_accessors and "accessors" in fields:
            before_accessors: list[Any] | None = current.doc.get("accessors") or []
        else:
            before_accessors = None
        if "name" in fields:
            before["name"] = current.name
        marks = catalogue_marks(current.raw)
        return {
            "id": current.id,
            "before": {
                k: map_secrets(v, lambda _p, _v: KEPT, (k,), marks) for k, v in before.items()
            },
            "before_accessors": before_accessors,
        }

    def _renamed(self, item: PlanItem) -> Any:
        source = self.doc(item).get("data_source")
        detected = self.live.detected.get(str(source))
        return self.live.resources.get(("nexset", detected)) if detected else None

    def changed_fields(self, item: PlanItem) -> list[str]:
        fields = sorted({c.pointer.split("/")[1] for c in item.changes})
        if "tags" in KINDS[item.kind].fields and "tags" not in fields:
            fields.append("tags")  # adoption: the managed-by tag goes on with any update
        return fields

    def execute(self, item: PlanItem, data: dict[str, Any]) -> dict[str, Any]:
        if item.action == "create":
            return self.create(item, data)
        if item.action == "update":
            return self.retrying(lambda: self.update(item, data))
        if item.action in ("pause", "activate"):
            return self.retrying(lambda: self.set_active(item.name, item.action == "activate"))
        return self.retrying(lambda: self.delete(item, data))

    def retrying(
        self,
        call: Callable[[], dict[str, Any]],
        reconcile: Callable[[], dict[str, Any] | None] | None = None,
    ) -> dict[str, Any]:
        for attempt in range(1, self.attempts + 1):
            try:
                return call()
            except RETRYABLE as exc:
                if reconcile is not None:
                    found = reconcile()
                    if found is not None:
                        return {**found, "reconciled": True}
                if attempt == self.attempts:
                    raise
                self.notify("apply.retry.start", f"retrying after {_describe(exc)}")
        raise AssertionError("unreachable")

    # -- actions
    def create(self, item: PlanItem, data: dict[str, Any]) -> dict[str, Any]:
        doc = self.doc(item)
        spec = KINDS[item.kind]
        if item.kind == "nexset" and doc.get("data_source"):
            return self.adopt_detected(item, doc)
        fields = [f for f in spec.fields if f in doc or f == "tags"]
        body = {"name": item.name, **self.wire(item.kind, doc, fields, {})}
        if item.kind == "transform":
            body.setdefault("output_type", "record")
            body.setdefault("code_encoding", "none")
        if item.kind == "nexset":
            body["parent_data_set_id"] = body.pop("parent_data_set_id", None) or self.id_of(
                "nexset", doc["parent_data_sets"]
            )
            body.setdefault("has_custom_transform", False)
        assert spec.api.create_sync is not None and spec.api.create_body is not None
        model = spec.api.create_body(body)

        def send() -> dict[str, Any]:
            assert spec.api.create_sync is not None
            made = spec.api.create_sync(client=self.client, body=model)
            return {"id": int(made.id)}

        def reconcile() -> dict[str, Any] | None:
            found = self.find_created(item.kind, item.name, data.get("preexisting") or [])
            return None if found is None else {"id": found}

        result = self.retrying(send, reconcile)
        with self.lock:
            self.made[(item.kind, item.name)] = int(result["id"])
        if doc.get("accessors"):
            self.retrying(
                lambda: self.set_accessors(item.kind, int(result["id"]), doc["accessors"])
            )
        return result

    def find_created(self, kind: str, name: str, preexisting: list[int]) -> int | None:
        spec = KINDS[kind]
        assert spec.api.list_sync is not None
        before = set(preexisting)
        fresh = sorted(
            int(r.id)
            for r in paginate(spec.api.list_sync, client=self.client, per_page=100)
            if getattr(r, "name", None) == name and int(r.id) not in before
        )
        return fresh[0] if fresh else None

    def adopt_detected(self, item: PlanItem, doc: Mapping[str, Any]) -> dict[str, Any]:
        """A detected nexset appears once its source has been read: wait, then make it match."""
        source_id = self.id_of("source", str(doc["data_source"]))
        deadline = self.clock() + self.discovery_timeout
        polls = 0
        while True:
            polls += 1
            source = self.retrying(
                lambda: {"reply": get_data_source.sync(source_id, client=self.client, expand=1)}
            )["reply"]
            sets = source.data_sets if isinstance(source.data_sets, list) else []
            if sets:
                nexset_id = int(sets[0].id)
                break
            if self.clock() + self.poll_interval > deadline:
                raise ApplyError(
                    f"source {doc['data_source']!r} detected no nexset within {self.discovery_timeout:g}s ({polls} polls)"
                )
            self.notify(
                "apply.wait.start",
                f"waiting for source {doc['data_source']!r} to detect its nexset",
            )
            self.sleep(self.poll_interval)
        with self.lock:
            self.made[("nexset", item.name)] = nexset_id
        fields = [f for f in ("description", "tags", "transform") if f in doc or f == "tags"]
        body = {"name": item.name, **self.wire("nexset", doc, fields, {})}
        self.retrying(lambda: self.put("nexset", nexset_id, body))
        if doc.get("accessors"):
            self.retrying(lambda: self.set_accessors("nexset", nexset_id, doc["accessors"]))
        return {"id": nexset_id}

    def update(self, item: PlanItem, data: dict[str, Any]) -> dict[str, Any]:
        doc = self.doc(item)
        rid = int(data["id"])
        fields = self.changed_fields(item)
        current = self.live.resources.get((item.kind, item.name)) or self._renamed(item)
        raw = current.raw if current is not None else {}
        body = self.wire(item.kind, doc, [f for f in fields if f != "name"], raw)
        if "name" in fields:
            body["name"] = item.name
        if body:
            self.put(item.kind, rid, body)
        if "accessors" in fields:
            self.set_accessors(item.kind, rid, doc.get("accessors") or [])
        return {"id": rid}

    def set_accessors(self, kind: str, rid: int, entries: list[dict[str, Any]]) -> dict[str, Any]:
        """Replace a resource's accessors with `entries`, keeping its owner."""
        from nexla_api.models import AccessorsRequest

        spec = KINDS[kind]
        assert spec.api.accessors_get is not None and spec.api.accessors_replace is not None
        _, owners = split_accessors(list(spec.api.accessors_get(rid, client=self.client) or []))
        keep = [{k: v for k, v in o.items() if k in ("type", "id", "access_roles")} for o in owners]
        body = AccessorsRequest.from_dict({"accessors": keep + list(entries)})
        spec.api.accessors_replace(rid, client=self.client, body=body)
        return {"id": rid}

    def origin_of(self, source_name: str) -> int:
        flow = self.live.flows.get(source_name)
        if flow is not None:
            return flow.origin_id
        source_id = self.id_of("source", source_name)
        reply = get_flow_by_resource_id.sync(
            FlowResourceType.DATA_SOURCES, source_id, client=self.client, flows_only=1
        )
        for node in walk(reply.flows):
            if node.data_source_id == source_id:
                origin = node.origin_node_id
                return int(origin) if isinstance(origin, int) else int(node.id)
        raise ApplyError(f"no flow found for source {source_name!r}")

    def set_active(
        self, source_name: str, active: bool, origin: int | None = None
    ) -> dict[str, Any]:
        origin = origin if origin is not None else self.origin_of(source_name)
        if active:
            flow_activate_with_flow_id.sync(origin, client=self.client, all_=1)
        else:
            flow_pause_with_flow_id.sync(origin, client=self.client, all_=1)
        return {"origin_id": origin}

    def delete(self, item: PlanItem, data: dict[str, Any]) -> dict[str, Any]:
        if (
            item.kind == "source"
            and item.name in self.live.flows
            and self.live.flows[item.name].active
        ):
            self.set_active(item.name, False)
        return self.remove(item.kind, int(data["id"]))


# -- rollback ----------------------------------------------------------------------------------


def _undo_all(run: _Run, entries: list[dict[str, Any]]) -> bool:
    """Undo every step the journal records, newest first; True when everything was undone."""
    started: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    done_ids: dict[str, set[int]] = {}
    undone: set[str] = set()
    for entry in entries:
        step = str(entry.get("step", ""))
        if entry["event"] == "step.started" and step not in started:
            started[step] = entry
            order.append(step)
        elif entry["event"] == "step.done" and entry.get("id") is not None:
            done_ids.setdefault(step, set()).add(int(entry["id"]))
        elif entry["event"] == "undo.done":
            undone.add(step)
    run.log("rollback.begin")
    run.notify("rollback", "rolling back")
    complete = True
    for step in reversed(order):
        if step in undone:
            run.record(StepRecord(step, "skipped", "undone in an earlier run"), undo=True)
            continue
        entry = started[step]
        try:
            detail = _undo_one(run, entry, done_ids.get(step, set()))
        except _Killed:
            raise
        except Exception as exc:  # noqa: BLE001 - recorded; rollback goes on with the rest
            complete = False
            run.log("undo.failed", step=step, error=_describe(exc))
            run.record(StepRecord(step, "failed", _describe(exc)), undo=True)
            continue
        if detail.startswith("cannot"):
            complete = False
            run.log("undo.failed", step=step, error=detail)
            run.record(StepRecord(step, "failed", detail), undo=True)
            continue
        run.log("undo.done", step=step, note=detail)
        run.record(StepRecord(step, "done", detail), undo=True)
    return complete


def _undo_one(run: _Run, entry: dict[str, Any], ids: set[int]) -> str:
    action, kind, name = entry["action"], entry["kind"], entry["name"]
    if action == "create":
        if entry.get("detected_from"):
            return "goes with its source"
        if not ids:
            found = run.retrying(
                lambda: {"id": run.find_created(kind, name, entry.get("preexisting") or [])}
            )["id"]
            if found is None:
                return "nothing was created"
            ids = {int(found)}
        refused = []
        for rid in sorted(ids):
            try:
                current = run.retrying(lambda rid=rid: run.get(kind, rid))  # type: ignore[misc]
            except NotFoundError:
                continue
            if current.get("name") != name:  # not what this apply made any more: leave it
                refused.append(f"{rid} (now named {current.get('name')!r})")
                continue
            run.retrying(lambda rid=rid: run.remove(kind, rid))  # type: ignore[misc]
        if refused:
            return f"cannot delete {kind} {', '.join(refused)}: changed since this apply made it"
        return f"deleted {kind} {', '.join(map(str, sorted(ids)))}"
    if action in ("pause", "activate"):
        was = bool(entry.get("was_active"))
        origin = entry.get("origin_id")
        run.retrying(lambda: run.set_active(name, was, None if origin is None else int(origin)))
        return "activated again" if was else "paused again"
    if action == "delete":
        return f"cannot restore deleted {kind} {name!r}: deletion is not undoable"
    rid = int(entry["id"])
    before = dict(entry.get("before") or {})
    if before:
        live = run.retrying(lambda: run.get(kind, rid))
        body = refill(before, live)
        run.retrying(lambda: run.put(kind, rid, body))
    if entry.get("before_accessors") is not None:
        run.retrying(lambda: run.set_accessors(kind, rid, list(entry["before_accessors"])))
    return f"restored {', '.join(sorted(before)) or 'accessors'}"


# -- entry points ------------------------------------------------------------------------------


def _load(directory: Path, values: Values | Path | None) -> Desired:
    vals = values if isinstance(values, Values) else load_values(values)
    return load_directory(directory, vals)


def apply(
    client: NexlaClient,
    directory: Path,
    *,
    values: Values | Path | None = None,
    **options: Any,
) -> ApplyReport:
    """Make the live environment match `directory` (see `apply_desired` for the options)."""
    return apply_desired(client, _load(directory, values), **options)


def apply_desired(
    client: NexlaClient,
    desired: Desired,
    *,
    tag: str | None = None,
    prune: bool = False,
    journal_path: Path | None = None,
    resume: bool = False,
    on_failure: OnFailure = "rollback",
    concurrency: int = 4,
    attempts: int = 3,
    environ: Mapping[str, str] | None = None,
    progress: ProgressFn | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    wallclock: Callable[[], float] = time.time,
    discovery_timeout: float = 300.0,
    poll_interval: float = 5.0,
    interrupt: threading.Event | None = None,
    live: LiveState | None = None,
) -> ApplyReport:
    """Make the live `tag` environment match `desired` (see the module docstring).

    `live` is the environment as a preview just read it (`read_live` with the same client and
    tag): the plan shown is then the plan applied, and the environment is not read twice.
    Without it, apply reads the environment itself.

    Setting `interrupt` (e.g. on Ctrl-C) lets the steps in flight finish and starts no new
    one; the report's status is then "stopped" and the journal can be resumed.

    With `resume=True`, `journal_path` names the journal of an earlier apply of the same
    directory that stopped or died: the plan is made again from the live state and run, and
    the journal grows. Raises `PlanError` when the plan has errors (nothing is sent).
    """
    import os

    environ = os.environ if environ is None else environ
    fingerprint = desired.fingerprint()
    entries: list[dict[str, Any]] = []
    if resume:
        if journal_path is None:
            raise JournalError("resume needs the journal of the apply to finish")
        journal, entries = Journal.reopen(
            journal_path, wallclock, begin=BEGIN, schema=RECORD_SCHEMA
        )
        begin = entries[0]
        if begin.get("fingerprint") != fingerprint or begin.get("tag") != tag:
            raise JournalError(
                f"{journal_path} was written for another directory or tag; resume with the same ones"
            )
        if any(e["event"] == "rollback.begin" for e in entries):
            raise JournalError(f"{journal_path} was rolled back; start a fresh apply")
    if live is None or live.tag != tag:
        live = read_live(client, tag, progress=progress)
    result = compute(desired, live, prune=prune, environ=environ)
    if result.errors:
        raise PlanError(result.errors)
    directory = Path(desired.directory)
    report = ApplyReport(desired.directory, tag, "no_changes", None, result)
    if not result.items and not resume:
        return report  # nothing to do: no journal, no writes
    if not resume:
        path = journal_path or default_journal_path(directory, wallclock)
        if path.exists() and path.stat().st_size > 0:
            raise JournalError(
                f"{path} already exists; resume it with --resume {path}, roll it back with "
                f"`apply --rollback {path}`, or pass another --journal"
            )
        journal = Journal.create(path, wallclock)
        journal.write(
            BEGIN, directory=str(directory), tag=tag, fingerprint=fingerprint, prune=prune
        )
    report.journal = str(journal.path)
    run = _Run(
        client,
        journal,
        live=live,
        desired=desired,
        environ=environ,
        report=report,
        progress=progress,
        concurrency=concurrency,
        attempts=attempts,
        clock=clock,
        sleep=sleep,
        discovery_timeout=discovery_timeout,
        poll_interval=poll_interval,
    )
    run.interrupt = interrupt
    try:
        run.run_items(result.items)
    except _Killed as killed:
        raise killed.original from None
    except _Interrupted:
        report.status = "stopped"
        report.error = "interrupted"
        journal.write("apply.stopped", error="interrupted")
        return report
    except (NexlaError, ApplyError) as exc:
        report.error = _describe(exc)
        if on_failure == "stop":
            report.status = "stopped"
            journal.write("apply.stopped", error=report.error)
            return report
        try:
            complete = _undo_all(
                run, Journal.reopen(journal.path, wallclock, begin=BEGIN, schema=RECORD_SCHEMA)[1]
            )
        except _Killed as killed:
            raise killed.original from None
        report.status = "rolled_back" if complete else "rollback_incomplete"
        journal.write("apply.end", status=report.status)
        return report
    report.status = "applied"
    journal.write("apply.end", status="applied")
    return report


def rollback(
    client: NexlaClient,
    journal_path: Path,
    *,
    progress: ProgressFn | None = None,
    wallclock: Callable[[], float] = time.time,
    attempts: int = 3,
) -> ApplyReport:
    """Undo what the apply journalled in `journal_path` changed (it may have been interrupted)."""
    journal, entries = Journal.reopen(journal_path, wallclock, begin=BEGIN, schema=RECORD_SCHEMA)
    begin = entries[0]
    tag = begin.get("tag")
    live = LiveState(tag)
    report = ApplyReport(
        str(begin.get("directory")),
        tag,
        "rolled_back",
        str(journal_path),
        Plan(str(begin.get("directory")), tag),
    )
    run = _Run(
        client,
        journal,
        live=live,
        desired=None,
        environ={},
        report=report,
        progress=progress,
        concurrency=1,
        attempts=attempts,
        clock=time.monotonic,
        sleep=time.sleep,
        discovery_timeout=0,
        poll_interval=0,
    )
    try:
        complete = _undo_all(run, entries)
    except _Killed as killed:
        raise killed.original from None
    report.status = "rolled_back" if complete else "rollback_incomplete"
    journal.write("apply.end", status=report.status)
    return report
