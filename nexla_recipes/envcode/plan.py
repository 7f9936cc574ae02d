"""Plan: the changes that would make a live environment match a desired-state directory.

Items are create / update (field by field, as JSON pointers) / pause / activate / delete, in
dependency order, each with its reason. Secrets are compared by keyed hash (drift's
`Masker`) when their `${env:...}` variable is set and otherwise left uncompared (a note says
so); a plan never holds a secret value. Deleting needs `prune`, and only touches resources
carrying the managed-by tag that apply puts on what it creates or adopts.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from nexla_api import NexlaClient

from .._config import ConfigError
from .._env_resources import MANAGED_TAG
from .._progress import ProgressFn
from ..drift import FieldDiff, Masker, diff_values
from .files import (
    Desired,
    EnvRef,
    Values,
    catalogue_marks,
    is_secret_path,
    is_secret_value,
    load_directory,
    load_values,
    map_secrets,
    value_at,
)
from .kinds import KINDS
from .live import LiveState, read_live

Action = Literal["create", "update", "delete", "pause", "activate"]
SYMBOL = {"create": "+", "update": "~", "delete": "-", "pause": "=", "activate": ">"}


class PlanError(Exception):
    """The directory cannot be applied as it stands (a reference to nothing, an in-place change
    Nexla does not allow, a secret written as a value...); `problems` lists every finding."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class PlanItem:
    action: Action
    kind: str
    name: str
    reason: str
    changes: tuple[FieldDiff, ...] = ()
    phase: int = 1  # 0 pause, 1 create/update, 2 delete, 3 activate
    level: int = 0  # dependency depth within the phase

    @property
    def key(self) -> str:
        return f"{self.action}:{self.kind}/{self.name}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
            "kind": self.kind,
            "name": self.name,
            "reason": self.reason,
        }
        if self.changes:
            out["changes"] = [c.to_dict() for c in self.changes]
        return out


@dataclass
class Plan:
    directory: str
    tag: str | None
    prune: bool = False
    items: list[PlanItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    compared: dict[str, int] = field(default_factory=dict)

    @property
    def has_changes(self) -> bool:
        return bool(self.items)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            out[item.action] = out.get(item.action, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "environment": self.tag,
            "changes": len(self.items),
            "counts": self.counts(),
            "compared": self.compared,
            "items": [i.to_dict() for i in self.items],
            "notes": self.notes,
            "errors": self.errors,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, default=str)

    def summary(self) -> str:
        where = self.tag or "the whole org"
        if not self.items:
            return f"No changes: {where} matches {self.directory}."
        counts = ", ".join(f"{n} {a}" for a, n in sorted(self.counts().items()))
        return f"{len(self.items)} change(s) to make {where} match {self.directory}: {counts}."

    def to_text(self) -> str:
        lines = [self.summary()]
        for item in self.items:
            lines.append(
                f"  {SYMBOL[item.action]} {item.action} {item.kind} {item.name!r}: {item.reason}"
            )
            for change in item.changes:
                lines.append(
                    f"      {change.pointer}: {_show(change, 'left')} -> {_show(change, 'right')}"
                )
        lines += [f"note: {n}" for n in self.notes]
        lines += [f"error: {e}" for e in self.errors]
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        lines = [f"# Plan: {self.directory} -> {self.tag or 'whole org'}", "", self.summary()]
        if self.items:
            lines += ["", "| # | action | kind | name | field | now | planned | reason |"]
            lines += ["|---|---|---|---|---|---|---|---|"]
            for n, item in enumerate(self.items, 1):
                rows = item.changes or (None,)
                for change in rows:
                    cells = ("", "", "")
                    if change is not None:
                        cells = (
                            f"`{change.pointer}`",
                            _md(_show(change, "left")),
                            _md(_show(change, "right")),
                        )
                    lines.append(
                        f"| {n} | {item.action} | {item.kind} | {_md(item.name)} | "
                        f"{cells[0]} | {cells[1]} | {cells[2]} | {_md(item.reason)} |"
                    )
        if self.notes:
            lines += ["", "## Notes", ""] + [f"- {_md(n)}" for n in self.notes]
        if self.errors:
            lines += ["", "## Errors", ""] + [f"- {_md(e)}" for e in self.errors]
        return "\n".join(lines) + "\n"


def _show(change: FieldDiff, side: str) -> str:
    if change.secret:
        return "(secret)"
    value = change.left if side == "left" else change.right
    return "(absent)" if value is None else json.dumps(value, sort_keys=True, default=str)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- comparison ----------------------------------------------------------------------------


class _Comparer:
    def __init__(self, environ: Mapping[str, str], notes: set[str], errors: list[str]) -> None:
        self.masker = Masker()
        self.environ = environ
        self.notes = notes
        self.errors = errors

    def live(self, doc: Mapping[str, Any]) -> Any:
        return map_secrets(doc, lambda _, v: self.masker.secret(v))

    def desired(
        self, kind: str, name: str, doc: Mapping[str, Any], live: Mapping[str, Any] | None
    ) -> Any:
        marked = catalogue_marks(doc)

        def resolve(value: Any, path: tuple[str | int, ...]) -> Any:
            if isinstance(value, EnvRef):
                if value.name in self.environ:
                    raw = self.environ[value.name]
                    secret = is_secret_value(path, raw, marked)
                    return self.masker.secret(raw) if secret else raw
                if live is not None:
                    self.notes.add(
                        f"${{env:{value.name}}} is not set: {kind} {name!r} /{'/'.join(map(str, path))} not compared"
                    )
                    current = value_at(live, path)
                    hide = is_secret_value(path, current, marked)
                    return self.masker.secret(current) if hide else current
                return value
            if isinstance(value, Mapping):
                return {k: resolve(v, (*path, k)) for k, v in value.items()}
            if isinstance(value, list):
                return [resolve(v, (*path, i)) for i, v in enumerate(value)]
            if value not in (None, "") and is_secret_value(path, value, marked):
                self.errors.append(
                    f"{kind} {name!r}: /{'/'.join(map(str, path))} holds a secret value; "
                    "write ${env:NAME} instead"
                )
                return self.masker.secret(value)
            return value

        return resolve(doc, ())


def _without_credential_secrets(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A credential's secret entries are write-only: Nexla never shows them, so never compared."""
    out = dict(doc)
    creds = out.get("credentials")
    if isinstance(creds, Mapping):
        marked = catalogue_marks(doc)
        kept = {k: v for k, v in creds.items() if not is_secret_path(("credentials", k), marked)}
        out["credentials"] = kept
        if not kept:
            out.pop("credentials")
    return out


def _nexset_depth(desired: Desired, name: str) -> int:
    depth, seen = 0, {name}
    doc = desired.resources.get(("nexset", name), {})
    while isinstance(doc.get("parent_data_sets"), str):
        parent = doc["parent_data_sets"]
        if parent in seen:
            break
        seen.add(parent)
        depth += 1
        doc = desired.resources.get(("nexset", parent), {})
    return depth


def _level(desired: Desired, kind: str, name: str, doc: Mapping[str, Any]) -> int:
    if kind == "nexset":
        return 2 if doc.get("data_source") else 3 + _nexset_depth(desired, name)
    if kind == "destination":
        return 100
    return KINDS[kind].level


def compute(
    desired: Desired,
    live: LiveState,
    *,
    prune: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Plan:
    """The plan that makes `live` match `desired` (pure: no requests)."""
    environ = os.environ if environ is None else environ
    plan = Plan(desired.directory, live.tag, prune)
    notes: set[str] = set()
    cmp = _Comparer(environ, notes, plan.errors)
    where = live.tag or "the org"
    for (kind, name), doc in sorted(
        desired.resources.items(), key=lambda kv: (KINDS[kv[0][0]].level, kv[0])
    ):
        plan.compared[kind] = plan.compared.get(kind, 0) + 1
        _check_refs(desired, live, kind, name, doc, plan.errors)
        if kind == "flow":
            _plan_flow(desired, live, name, doc, plan)
            continue
        if name in live.duplicates.get(kind, []):
            plan.errors.append(
                f"{kind} {name!r}: more than one exists in {where}; rename or delete one"
            )
            continue
        if kind == "nexset" and bool(doc.get("data_source")) == bool(doc.get("parent_data_sets")):
            plan.errors.append(
                f"nexset {name!r}: give exactly one of data_source (detected) or parent_data_sets (derived)"
            )
            continue
        level = _level(desired, kind, name, doc)
        current = live.resources.get((kind, name))
        if current is None and kind == "nexset" and doc.get("data_source") in live.detected:
            current = live.resources.get(("nexset", live.detected[doc["data_source"]]))
            if current is not None and (
                ("nexset", current.name) in desired.resources and current.name != name
            ):
                current = None
        if current is None:
            if kind == "nexset" and doc.get("data_source"):
                reason = f"detected from source {doc['data_source']!r} once it exists"
            else:
                reason = f"not in {where}"
            plan.items.append(PlanItem("create", kind, name, reason, phase=1, level=level))
            continue
        want, have = dict(doc), dict(current.doc)
        if KINDS[kind].has_accessors and not current.accessors_read:
            if want.get("accessors"):
                notes.add(f"{kind} {name!r} is outside {where}: its accessors are not compared")
            want.pop("accessors", None)  # a shared credential outside the tag: not read
            have.pop("accessors", None)
        if "tags" in want:  # the environment tag and the managed-by tag are apply's to add
            kept = sorted(t for t in want["tags"] if t not in (live.tag, MANAGED_TAG))
            want["tags"] = kept
            if not kept:
                want.pop("tags")
        if current.name != name:
            have["name"], want["name"] = current.name, name
        if kind == "credential":
            marked = catalogue_marks(doc)
            if any(
                is_secret_path(("credentials", k), marked) for k in doc.get("credentials") or {}
            ):
                notes.add(
                    "credential secrets are write-only: sent when a credential is created, never compared"
                )
            want, have = _without_credential_secrets(want), _without_credential_secrets(have)
        diffs = diff_values(cmp.live(have), cmp.desired(kind, name, want, have))
        if not diffs:
            continue
        fixed = [f for f in KINDS[kind].create_only if f in want and want.get(f) != have.get(f)]
        if fixed:
            plan.errors.append(
                f"{kind} {name!r}: {', '.join(fixed)} cannot change in place; delete it (or rename "
                "it in the directory so a new one is created)"
            )
            continue
        top = sorted({d.pointer.split("/")[1] for d in diffs})
        plan.items.append(
            PlanItem(
                "update",
                kind,
                name,
                f"{', '.join(top)} differ{'s' if len(top) == 1 else ''}",
                tuple(diffs),
                1,
                level,
            )
        )
    _plan_deletes(desired, live, prune, plan, notes)
    plan.items.sort(key=lambda i: (i.phase, -i.level if i.phase == 2 else i.level, i.kind, i.name))
    plan.notes = sorted(notes)
    return plan


def _plan_flow(
    desired: Desired, live: LiveState, name: str, doc: Mapping[str, Any], plan: Plan
) -> None:
    want = bool(doc.get("active"))
    flow = live.flows.get(name)
    if flow is None:
        if ("source", name) not in desired.resources:
            plan.errors.append(
                f"flow {name!r}: no source {name!r} in the directory or the environment"
            )
        elif want:
            plan.items.append(
                PlanItem(
                    "activate",
                    "flow",
                    name,
                    "new flow, active in the directory",
                    phase=3,
                    level=200,
                )
            )
        return
    if flow.active == want:
        return
    change = FieldDiff("/active", flow.active, want)
    if want:
        plan.items.append(
            PlanItem("activate", "flow", name, "paused, active in the directory", (change,), 3, 200)
        )
    else:
        plan.items.append(
            PlanItem("pause", "flow", name, "active, paused in the directory", (change,), 0, 200)
        )


def _check_refs(
    desired: Desired,
    live: LiveState,
    kind: str,
    name: str,
    doc: Mapping[str, Any],
    errors: list[str],
) -> None:
    for fld, ref in KINDS[kind].refs.items():
        target = doc.get(fld)
        if not isinstance(target, str):
            continue
        if (ref.kind, target) in desired.resources or live.id_of(ref.kind, target) is not None:
            continue
        if kind == "nexset" and fld == "parent_data_sets" and target in live.detected.values():
            continue
        count = len(live.ids.get(ref.kind, {}).get(target, []))
        why = (
            f"{count} {ref.kind}s are named so"
            if count > 1
            else "no such resource in the directory or the org"
        )
        errors.append(f"{kind} {name!r}: {fld} names {ref.kind} {target!r}: {why}")


def _live_level(live: LiveState, kind: str, name: str) -> int:
    if kind == "destination":
        return 100
    if kind != "nexset":
        return KINDS[kind].level
    depth, seen = 3, {name}
    doc = live.resources[("nexset", name)].doc
    while isinstance(doc.get("parent_data_sets"), str) and doc["parent_data_sets"] not in seen:
        seen.add(doc["parent_data_sets"])
        depth += 1
        parent = live.resources.get(("nexset", doc["parent_data_sets"]))
        doc = parent.doc if parent is not None else {}
    return depth


def _plan_deletes(
    desired: Desired, live: LiveState, prune: bool, plan: Plan, notes: set[str]
) -> None:
    wanted_detected = {
        d.get("data_source") for (k, _), d in desired.resources.items() if k == "nexset"
    }
    mapped = set(desired.mapped_credentials.values())
    unmanaged = 0
    waiting: list[str] = []
    for (kind, name), resource in sorted(live.resources.items()):
        if (kind, name) in desired.resources or not resource.in_scope:
            continue
        if kind == "nexset" and resource.doc.get("data_source"):
            if resource.doc["data_source"] in wanted_detected:
                continue  # matched to the directory's detected nexset under another name
            continue  # a detected nexset goes with its source
        if kind == "credential" and name in mapped:
            continue
        if not resource.managed:
            unmanaged += 1
            continue
        if not prune:
            waiting.append(f"{kind} {name!r}")
            continue
        plan.items.append(
            PlanItem(
                "delete",
                kind,
                name,
                "managed here and no longer in the directory",
                phase=2,
                level=_live_level(live, kind, name),
            )
        )
    if unmanaged:
        notes.add(
            f"{unmanaged} resource(s) not in the directory are left alone: not managed by apply"
        )
    if waiting:
        notes.add(f"not in the directory, deleted with --prune: {', '.join(waiting)}")


def plan(
    client: NexlaClient,
    directory: Path,
    *,
    values: Values | Path | None = None,
    tag: str | None = None,
    prune: bool = False,
    environ: Mapping[str, str] | None = None,
    concurrency: int = 8,
    progress: ProgressFn | None = None,
) -> Plan:
    """Read `directory` and the live `tag` environment and compute the plan.

    Raises `ConfigError` for unreadable or invalid files; a plan's `errors` list what makes
    it impossible to apply.
    """
    vals = values if isinstance(values, Values) else load_values(values)
    desired = load_directory(directory, vals)
    live = read_live(client, tag, concurrency=concurrency, progress=progress)
    return compute(desired, live, prune=prune, environ=environ)


__all__ = ["ConfigError", "Plan", "PlanError", "PlanItem", "compute", "plan"]
