"""Configuration drift between two environments: two tags in one org, or two instances.

Resources are matched by kind and name. Before comparing, each resource is normalised:
server-managed fields (ids, timestamps, owner, org, status, counters, versions, copy
lineage, discovered lists) are dropped, references by id become references by name (ids
differ between environments by construction), and the environment tag is removed from
`tags`. Secrets (see `nexla_api.runtime.secret_fields`: the fields the connector catalogue
marks secret for the resource's connector type, secret-named fields elsewhere, every config
string of a connector type the catalogue does not know unless known to be an ordinary
setting, and any value that looks like a credential, a signed URL or a URL with a password)
are replaced by a keyed hash (HMAC with a key made fresh for every
comparison), so a report can say that a secret differs without ever holding its value or a
hash someone could brute-force later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as _secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.flows import get_flows
from nexla_api.models import FlowNode
from nexla_api.runtime.secret_fields import mask_secrets

from ._env_resources import MANAGED_TAG, Environment, load_environment
from ._progress import ProgressFn, emit

KINDS = ("sources", "nexsets", "destinations", "transforms", "flows")

#: Fields the server manages; they differ between environments without anyone changing config.
SERVER_MANAGED = frozenset(
    {
        "id",
        "owner",
        "owner_id",
        "org",
        "org_id",
        "created_at",
        "updated_at",
        "status",
        "version",
        "copied_from_id",
        "access_roles",
        "run_ids",
        "api_keys",
        "connector",
        "data_sets",
        "data_sinks",
        "parent_data_sets",
        "data_source",
        "data_set",
        "data_credentials",
        "runtime_data_credentials",
        "verified_status",
        "verified_at",
        "credentials_version",
        "referenced_resource_ids",
        "flow_node_id",
        "origin_node_id",
        "managed",
        "auto_generated",
        "has_template",
        "vendor",
        "vendor_endpoint",
    }
)

MASK = "<masked>"


@dataclass(frozen=True)
class Secret:
    """A masked value: only an HMAC under a per-comparison key is kept."""

    digest: str

    def __repr__(self) -> str:
        return "Secret(<masked>)"


@dataclass
class Masker:
    """Hashes secrets with one random key, so both sides of one comparison agree."""

    key: bytes = field(default_factory=lambda: _secrets.token_bytes(32), repr=False)

    def secret(self, value: Any) -> Secret:
        raw = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
        return Secret(hmac.new(self.key, raw.encode(), hashlib.sha256).hexdigest())

    def mask(self, value: Any) -> Any:
        """`value` with every secret (see `secret_fields`) at any depth replaced by a `Secret`."""
        return mask_secrets(value, self.secret)


def public_value(value: Any) -> Any:
    """A normalised value fit for a report: every `Secret` becomes the mask text."""
    if isinstance(value, Secret):
        return MASK
    if isinstance(value, Mapping):
        return {k: public_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [public_value(v) for v in value]
    return value


def contains_secret(value: Any) -> bool:
    if isinstance(value, Secret):
        return True
    if isinstance(value, Mapping):
        return any(contains_secret(v) for v in value.values())
    if isinstance(value, list):
        return any(contains_secret(v) for v in value)
    return False


# -- normalisation -----------------------------------------------------------------------


def _drop_managed(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Top-level managed fields; inside configs only schema ids (config keys are the user's)."""
    return {k: _drop_schema_ids(v) for k, v in doc.items() if k not in SERVER_MANAGED}


def _drop_schema_ids(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _drop_schema_ids(v) for k, v in value.items() if k != "$schema-id"}
    if isinstance(value, list):
        return [_drop_schema_ids(v) for v in value]
    return value


def _name(index: Mapping[int, Any], ref_id: int | None) -> str | None:
    if ref_id is None:
        return None
    item = index.get(ref_id)
    name = None if item is None else getattr(item, "name", None)
    return f"#{ref_id}" if name is None else str(name)


def normalise(
    kind: str, resource: Any, env: Environment, masker: Masker, tag: str | None
) -> dict[str, Any]:
    """The comparable configuration of one resource (see the module docstring)."""
    doc = dict(resource.to_dict())
    refs: dict[str, str | None] = {}
    credential_names = env_credentials(env)
    cred_ref: int | None = doc.get("data_credentials_id")
    cred_name = credential_names.get(cred_ref, None if cred_ref is None else f"#{cred_ref}")
    if kind == "sources":
        refs["data_credentials"] = cred_name
    elif kind == "destinations":
        refs["data_set"] = _name(env.all_nexsets, doc.get("data_set_id"))
        refs["data_source"] = _name(env.all_sources, doc.get("data_source_id"))
        refs["data_credentials"] = cred_name
    elif kind == "nexsets":
        refs["data_source"] = _name(env.all_sources, doc.get("data_source_id"))
        refs["transform"] = _name(env.all_transforms, doc.get("transform_id"))
        parents = doc.get("parent_data_sets") or []
        refs["parent_data_sets"] = ",".join(
            sorted(_name(env.all_nexsets, p.get("id")) or "" for p in parents)
        )
        # the expanded transform body is compared on the transform itself
        doc.pop("transform", None)
    for key in list(doc):
        if key.endswith(("_id", "_ids")):
            doc.pop(key)
    doc = _drop_managed(doc)
    tags = [t for t in doc.pop("tags", None) or [] if t not in (tag, MANAGED_TAG)]
    if tags:
        doc["tags"] = sorted(tags)
    doc.update({k: v for k, v in refs.items() if v})
    normalised: dict[str, Any] = masker.mask(doc)
    return normalised


def env_credentials(env: Environment) -> dict[int | None, str]:
    """Credential id -> name: a reference by name is comparable across environments."""
    return {cred_id: cred.name for cred_id, cred in env.all_credentials.items()}


# -- comparison --------------------------------------------------------------------------


def pointer_token(key: str | int) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class FieldDiff:
    """One differing field. `secret` diffs never carry values, only that they differ."""

    pointer: str
    left: Any
    right: Any
    secret: bool = False

    def to_dict(self) -> dict[str, Any]:
        if self.secret:
            return {"pointer": self.pointer, "secret": True, "change": "secret differs"}
        return {"pointer": self.pointer, "left": self.left, "right": self.right}


_ABSENT = object()


def diff_values(left: Any, right: Any, pointer: str = "") -> list[FieldDiff]:
    """Field-level differences as JSON pointers (RFC 6901); lists of equal length per index."""
    if isinstance(left, Secret) or isinstance(right, Secret):
        if left == right:
            return []
        return [FieldDiff(pointer or "/", MASK, MASK, secret=True)]
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        out: list[FieldDiff] = []
        for key in sorted(set(left) | set(right)):
            sub = f"{pointer}/{pointer_token(key)}"
            out += diff_values(left.get(key, _ABSENT), right.get(key, _ABSENT), sub)
        return out
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        out = []
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            out += diff_values(a, b, f"{pointer}/{i}")
        return out
    if left == right:
        return []
    secret = contains_secret(left) or contains_secret(right)
    show_left = None if left is _ABSENT else public_value(left)
    show_right = None if right is _ABSENT else public_value(right)
    if secret:
        return [FieldDiff(pointer or "/", MASK, MASK, secret=True)]
    return [FieldDiff(pointer or "/", show_left, show_right)]


@dataclass(frozen=True)
class ResourceDrift:
    kind: str
    name: str
    differences: tuple[FieldDiff, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "differences": [d.to_dict() for d in self.differences],
        }


@dataclass
class DriftReport:
    """Everything that differs; `count` is what "exactly N differences" refers to."""

    left: str
    right: str
    only_left: dict[str, list[str]] = field(default_factory=dict)
    only_right: dict[str, list[str]] = field(default_factory=dict)
    changed: list[ResourceDrift] = field(default_factory=list)
    #: Names used by more than one resource of a kind in one environment: not compared.
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    compared: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        missing = sum(len(v) for v in self.only_left.values())
        missing += sum(len(v) for v in self.only_right.values())
        return missing + sum(len(r.differences) for r in self.changed)

    @property
    def has_drift(self) -> bool:
        return self.count > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "drift": self.has_drift,
            "differences": self.count,
            "compared": dict(sorted(self.compared.items())),
            "only_left": {k: v for k, v in sorted(self.only_left.items()) if v},
            "only_right": {k: v for k, v in sorted(self.only_right.items()) if v},
            "changed": [r.to_dict() for r in self.changed],
            "ambiguous": {k: v for k, v in sorted(self.ambiguous.items()) if v},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, default=str)

    def to_markdown(self) -> str:
        lines = [f"# Drift: {self.left} vs {self.right}", ""]
        if not self.has_drift:
            lines.append("No drift.")
        else:
            lines.append(f"{self.count} difference(s).")
        compared = ", ".join(f"{k} {v}" for k, v in sorted(self.compared.items()))
        lines += ["", f"Compared: {compared}."]
        for title, side in ((self.left, self.only_left), (self.right, self.only_right)):
            items = [(k, n) for k, names in sorted(side.items()) for n in names]
            if items:
                lines += ["", f"## Only in {title}", ""]
                lines += [f"- {k[:-1]} `{_md(n)}`" for k, n in items]
        if self.changed:
            lines += ["", "## Changed", ""]
            lines += [f"| kind | name | field | {_md(self.left)} | {_md(self.right)} |"]
            lines += ["|---|---|---|---|---|"]
            for res in self.changed:
                for d in res.differences:
                    if d.secret:
                        cells = "secret differs | secret differs"
                    else:
                        cells = f"{_cell(d.left)} | {_cell(d.right)}"
                    lines.append(f"| {res.kind[:-1]} | {_md(res.name)} | `{d.pointer}` | {cells} |")
        if any(self.ambiguous.values()):
            lines += ["", "## Not compared (name used more than once)", ""]
            for kind, names in sorted(self.ambiguous.items()):
                lines += [f"- {kind[:-1]} `{_md(n)}`" for n in names]
        return "\n".join(lines) + "\n"


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _cell(value: Any) -> str:
    if value is None:
        return "(absent)"
    return "`" + _md(json.dumps(value, sort_keys=True, default=str)) + "`"


# -- snapshots ---------------------------------------------------------------------------


@dataclass
class Snapshot:
    """Normalised resources of one environment: kind -> name -> config (or ambiguity)."""

    label: str
    resources: dict[str, dict[str, dict[str, Any]]]
    duplicates: dict[str, list[str]]


def flow_roots(client: NexlaClient, env: Environment) -> dict[str, FlowNode]:
    """The root node of each flow of the environment, by its origin source's name (all pages)."""
    by_source = {s.id: s.name for s in env.sources}
    out: dict[str, FlowNode] = {}
    page, per_page = 1, 100
    while True:
        reply = get_flows.sync(client=client, flows_only=1, page=page, per_page=per_page)
        for root in reply.flows:
            source_id = root.data_source_id
            if source_id in by_source:
                out[by_source[source_id]] = root
        if len(reply.flows) < per_page:
            return out
        page += 1


def _flows_of(client: NexlaClient, env: Environment) -> dict[str, dict[str, Any]]:
    """Flow status per flow, named after its origin source."""
    return {
        name: {"status": root.status, "nodes": _count_nodes(root)}
        for name, root in flow_roots(client, env).items()
    }


def _count_nodes(node: FlowNode) -> int:
    return 1 + sum(_count_nodes(c) for c in node.children or [])


def snapshot(
    client: NexlaClient,
    tag: str | None,
    *,
    label: str | None = None,
    masker: Masker,
    progress: ProgressFn | None = None,
) -> Snapshot:
    """Read and normalise one environment (all pages of every list)."""
    name = label or tag or client.base_url
    env = load_environment(client, tag, credentials=True)
    emit(progress, "drift.snapshot", f"{name}: listed resources")
    groups: dict[str, Iterable[Any]] = {
        "sources": env.sources,
        "nexsets": env.nexsets,
        "destinations": env.destinations,
        "transforms": env.transforms,
    }
    resources: dict[str, dict[str, dict[str, Any]]] = {}
    duplicates: dict[str, list[str]] = {}
    for kind, items in groups.items():
        by_name: dict[str, dict[str, Any]] = {}
        seen: set[str] = set()
        for item in items:
            item_name = str(getattr(item, "name", None) or f"#{item.id}")
            if item_name in seen:
                duplicates.setdefault(kind, []).append(item_name)
            seen.add(item_name)
            by_name[item_name] = normalise(kind, item, env, masker, tag)
        for dup in duplicates.get(kind, []):
            by_name.pop(dup, None)
        resources[kind] = by_name
    resources["flows"] = _flows_of(client, env)
    emit(progress, "drift.snapshot", f"{name}: normalised")
    return Snapshot(name, resources, duplicates)


def compare(left: Snapshot, right: Snapshot, *, ignore: Sequence[str] = ()) -> DriftReport:
    """Differences between two snapshots; `ignore` drops pointers starting with any prefix."""
    report = DriftReport(left.label, right.label)
    for kind in KINDS:
        lres, rres = left.resources.get(kind, {}), right.resources.get(kind, {})
        report.only_left[kind] = sorted(set(lres) - set(rres))
        report.only_right[kind] = sorted(set(rres) - set(lres))
        common = sorted(set(lres) & set(rres))
        report.compared[kind] = len(common)
        for name in common:
            diffs = [
                d for d in diff_values(lres[name], rres[name]) if not _ignored(d.pointer, ignore)
            ]
            if diffs:
                report.changed.append(ResourceDrift(kind, name, tuple(diffs)))
        dups = sorted(set(left.duplicates.get(kind, [])) | set(right.duplicates.get(kind, [])))
        if dups:
            report.ambiguous[kind] = dups
    return report


def _ignored(pointer: str, prefixes: Sequence[str]) -> bool:
    return any(pointer == p or pointer.startswith(p.rstrip("/") + "/") for p in prefixes)


class EmptySelection(ValueError):
    """A tag selects nothing on one side: a typo, not "no drift"."""


def _require_match(side: str, tag: str | None, snap: Snapshot) -> None:
    if tag is None:
        return
    if not any(snap.resources.get(kind) or snap.duplicates.get(kind) for kind in KINDS):
        raise EmptySelection(
            f"tag {tag!r} matches nothing on the {side} side (no source, nexset, destination "
            "or transform carries it); check the tag"
        )


def compare_environments(
    left_client: NexlaClient,
    left_tag: str | None,
    right_client: NexlaClient | None = None,
    right_tag: str | None = None,
    *,
    left_label: str | None = None,
    right_label: str | None = None,
    ignore: Sequence[str] = (),
    progress: ProgressFn | None = None,
) -> DriftReport:
    """Drift between `left_tag` and `right_tag` (same client unless `right_client` is given).

    A tag that matches no resource on its side raises `EmptySelection`.
    """
    masker = Masker()
    left = snapshot(left_client, left_tag, label=left_label, masker=masker, progress=progress)
    _require_match("left", left_tag, left)
    right = snapshot(
        right_client or left_client,
        right_tag,
        label=right_label,
        masker=masker,
        progress=progress,
    )
    _require_match("right", right_tag, right)
    report = compare(left, right, ignore=ignore)
    emit(progress, "drift.compare", f"{report.count} difference(s)")
    return report


__all__ = [
    "DriftReport",
    "EmptySelection",
    "FieldDiff",
    "Masker",
    "ResourceDrift",
    "Snapshot",
    "compare",
    "compare_environments",
    "diff_values",
    "normalise",
    "snapshot",
]
