"""The live environment in the desired-state form: what export writes and plan compares with.

Each resource is normalised exactly as drift normalises it (no ids, timestamps, owners or
counters; references by name; the environment tag dropped), then kept to the fields a file
holds (see `kinds.KINDS`). Secrets stay in memory as read; export and plan replace or hash
them before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient

from .._env_resources import MANAGED_TAG, Environment, load_environment, tags_of
from .._progress import ProgressFn, emit
from ..drift import Masker, flow_roots, normalise
from .files import canonical
from .kinds import KINDS


class _Plain(Masker):
    """Drift's normalisation without its masking: secrets are handled by the caller."""

    def mask(self, value: Any) -> Any:
        return value


@dataclass
class LiveResource:
    kind: str
    name: str
    id: int
    doc: dict[str, Any]  # canonical file form (secrets still in plain text: never write it)
    raw: dict[str, Any]  # the reply as the binding parsed it
    managed: bool = False
    #: False for a credential outside the tag that the directory may still name: never pruned.
    in_scope: bool = True
    #: Whether `doc["accessors"]` was read (only for resources in scope: one GET each).
    accessors_read: bool = False
    #: Accessor entries that are not part of the file (the owner): kept on replace.
    owners: list[dict[str, Any]] = field(default_factory=list)

    def __repr__(self) -> str:  # the doc may hold secrets
        return f"LiveResource({self.kind} {self.name!r} id={self.id})"


@dataclass
class FlowState:
    origin_id: int
    active: bool


@dataclass
class LiveState:
    """One environment (a tag, or everything visible) ready to compare with a directory."""

    tag: str | None
    resources: dict[tuple[str, str], LiveResource] = field(default_factory=dict)
    flows: dict[str, FlowState] = field(default_factory=dict)
    #: Names used more than once in one kind: such resources are never touched.
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    #: Every visible resource (in or out of the tag) by kind and name, to resolve references.
    ids: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: Detected nexset of each source, by source name.
    detected: dict[str, str] = field(default_factory=dict)

    def id_of(self, kind: str, name: str) -> int | None:
        if name.startswith("#") and name[1:].isdigit():
            return int(name[1:])
        found = self.ids.get(kind, {}).get(name, [])
        return found[0] if len(found) == 1 else None


def _accessor(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An accessor as a file holds it: who (portably: email, team name) and the roles."""
    kind = str(entry.get("type"))
    out: dict[str, Any] = {"type": kind}
    key = {"USER": "email", "TEAM": "name", "ORG": "client_identifier"}.get(kind)
    if key and entry.get(key):
        out[key] = entry[key]
    elif entry.get("id") is not None:
        out["id"] = entry["id"]
    out["access_roles"] = sorted(str(r) for r in entry.get("access_roles") or [])
    return out


def split_accessors(entries: list[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(file entries sorted, owner entries as read) of an accessors reply."""
    shown, owners = [], []
    for item in entries:
        entry = item.to_dict() if hasattr(item, "to_dict") else dict(item)
        if "owner" in (entry.get("access_roles") or []):
            owners.append({k: v for k, v in entry.items() if k not in ("created_at", "updated_at")})
        else:
            shown.append(_accessor(entry))
    shown.sort(key=lambda e: (e["type"], str(e.get("email") or e.get("name") or e.get("id"))))
    return shown, owners


def _file_doc(kind: str, item: Any, env: Environment, tag: str | None) -> dict[str, Any]:
    raw = item.to_dict()
    doc = normalise(KINDS[kind].plural, item, env, _Plain(), tag)
    if kind == "credential":
        doc["credentials"] = raw.get("credentials_non_secure_data") or None
    if kind == "nexset" and raw.get("transform_id") is None:
        inline = raw.get("transform")
        doc["transform"] = inline if isinstance(inline, dict) and inline else None
    if kind == "nexset" and doc.get("data_source") and doc.get("parent_data_sets"):
        doc.pop("parent_data_sets")
    doc["tags"] = [t for t in doc.get("tags") or [] if t != MANAGED_TAG]
    return canonical(kind, doc)


def _credential_scope(env: Environment, tag: str | None) -> list[Any]:
    if tag is None:
        return list(env.all_credentials.values())
    used = {s.data_credentials_id for s in env.sources}
    used |= {d.data_credentials_id for d in env.destinations}
    return [c for c in env.all_credentials.values() if c.id in used or tag in tags_of(c)]


def read_live(
    client: NexlaClient,
    tag: str | None,
    *,
    accessors: bool = True,
    concurrency: int = 8,
    progress: ProgressFn | None = None,
) -> LiveState:
    """List the environment (all pages) and read each resource's accessors, `concurrency` at a time."""
    env = load_environment(client, tag, credentials=True)
    emit(progress, "read", "listed resources")
    live = LiveState(tag)
    live.ids = {
        "credential": _by_name(env.all_credentials.values()),
        "source": _by_name(env.all_sources.values()),
        "nexset": _by_name(env.all_nexsets.values()),
        "transform": _by_name(env.all_transforms.values()),
        "destination": _by_name(env.destinations),
    }
    scoped = {c.id for c in _credential_scope(env, tag)}
    groups: dict[str, list[Any]] = {
        "credential": list(env.all_credentials.values()),
        "transform": list(env.transforms),
        "source": list(env.sources),
        "nexset": list(env.nexsets),
        "destination": list(env.destinations),
    }
    source_names = {s.id: s.name for s in env.all_sources.values()}
    managed_sets: set[int] = set()
    for kind, items in groups.items():
        seen: dict[str, int] = {}
        for item in items:
            name = str(item.name)
            seen[name] = seen.get(name, 0) + 1
        dups = sorted(n for n, c in seen.items() if c > 1)
        if dups:
            live.duplicates[kind] = dups
        for item in items:
            name = str(item.name)
            if name in dups:
                continue
            tags = tags_of(item)
            managed = MANAGED_TAG in tags
            raw = item.to_dict()
            if kind == "nexset":
                if managed:
                    managed_sets.add(item.id)
                src: int | None = raw.get("data_source_id")
                if src is not None and not raw.get("parent_data_sets"):
                    live.detected.setdefault(source_names.get(src, f"#{src}"), name)
            if kind == "destination" and raw.get("data_set_id") in managed_sets:
                managed = True
            live.resources[(kind, name)] = LiveResource(
                kind,
                name,
                int(item.id),
                _file_doc(kind, item, env, tag),
                raw,
                managed,
                in_scope=kind != "credential" or item.id in scoped,
            )
    if accessors:
        _read_accessors(client, live, concurrency)
        emit(progress, "read", "read accessors")
    for name, root in flow_roots(client, env).items():
        origin = root.origin_node_id or root.id
        live.flows[name] = FlowState(origin, root.status == "ACTIVE")
    emit(progress, "read", "read flows")
    return live


def _by_name(items: Any) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for item in items:
        out.setdefault(str(item.name), []).append(int(item.id))
    return {k: sorted(v) for k, v in out.items()}


def _read_accessors(client: NexlaClient, live: LiveState, concurrency: int) -> None:
    todo = [r for r in live.resources.values() if KINDS[r.kind].has_accessors and r.in_scope]

    def read(resource: LiveResource) -> tuple[LiveResource, list[Any]]:
        getter: Callable[..., Any] | None = KINDS[resource.kind].api.accessors_get
        assert getter is not None
        reply = getter(resource.id, client=client)
        return resource, list(reply or [])

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for resource, entries in pool.map(read, todo):
            shown, owners = split_accessors(entries)
            resource.owners = owners
            resource.accessors_read = True
            if shown:
                resource.doc["accessors"] = shown
