"""What of a flow config already exists on the server, matched by name, field by field.

Deploy uses this before it writes anything, so a deploy without its journal (a second run,
another machine, a lost file) never creates a second credential, source, nexset or
destination: a same-named resource whose fields equal the config is adopted; one whose
fields differ stops the deploy with the resource, its id and the differing field names
(never their values, which may be secret).

One listing per kind. Fields the config does not set are not compared; config mappings
(`source_config`, `sink_config`) are compared key by key on the keys the config gives, since
the server adds defaults. Credential secrets cannot be read back and are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient, paginate

from . import kinds
from .config_models.flow_config import FlowConfig, NewCredential, ReusableTransform


@dataclass(frozen=True)
class Existing:
    """A resource of the config found by name; `differs` names the fields that do not match."""

    step: str
    kind: str
    id: int
    name: str
    differs: tuple[str, ...] = ()

    @property
    def matches(self) -> bool:
        return not self.differs

    def describe(self) -> str:
        what = f"{kinds.kind(self.kind).singular} {self.id} ({self.name!r})"
        if self.matches:
            return f"{what} exists with the same fields"
        return f"{what} exists with different {', '.join(self.differs)}"


@dataclass
class Lookup:
    """Everything found for one config: adoptable matches, conflicts and ambiguous names."""

    found: list[Existing] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)

    @property
    def conflicts(self) -> list[Existing]:
        return [e for e in self.found if not e.matches]

    def by_step(self) -> dict[str, Existing]:
        return {e.step: e for e in self.found}


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _subset_differs(prefix: str, wanted: dict[str, Any] | None, have: Any) -> list[str]:
    if not wanted:
        return []
    have = have if isinstance(have, dict) else {}
    return [f"{prefix}.{key}" for key in sorted(wanted) if have.get(key) != _plain(wanted[key])]


def _differs(checks: list[tuple[str, Any, Any]]) -> list[str]:
    """Names of the fields whose wanted value (None = not set in the config) differs."""
    return [name for name, wanted, have in checks if wanted is not None and wanted != have]


def named(client: NexlaClient, kind: str, name: str) -> list[Any]:
    """Every resource of a kind with this name (one paginated listing)."""
    lister = kinds.kind(kind).list_sync
    assert lister is not None
    return [
        r for r in paginate(lister, client=client, per_page=100) if getattr(r, "name", None) == name
    ]


def find_existing(client: NexlaClient, config: FlowConfig) -> Lookup:
    """The config's resources that already exist, compared with the config."""
    lookup = Lookup()

    def one(step: str, kind: str, name: str) -> dict[str, Any] | None:
        same = [r.to_dict() for r in named(client, kind, name)]
        if len(same) > 1:
            ids = ", ".join(str(r["id"]) for r in same)
            lookup.ambiguous.append(
                f"{len(same)} {kind} are named {name!r} (ids {ids}); deploy cannot tell which "
                "is this config's"
            )
            return None
        return same[0] if same else None

    def record(step: str, kind: str, found: dict[str, Any], differs: list[str]) -> None:
        lookup.found.append(Existing(step, kind, int(found["id"]), found["name"], tuple(differs)))

    cred = config.credential.root
    credential_id: int | None
    if isinstance(cred, NewCredential):
        credential_id = None
        have = one("credential.create", "credentials", cred.name)
        if have is not None:
            credential_id = int(have["id"])
            record(
                "credential.create",
                "credentials",
                have,
                _differs(
                    [
                        ("credentials_type", cred.credentials_type, have.get("credentials_type")),
                        ("description", cred.description, have.get("description")),
                    ]
                ),
            )
    else:
        credential_id = cred.id

    src = config.source
    nexset_id: int | None = None
    source = one("source.create", "sources", src.name)
    if source is not None:
        sets = source.get("data_sets") or []
        nexset_id = int(sets[0]["id"]) if sets else None
        record(
            "source.create",
            "sources",
            source,
            _differs(
                [
                    ("source_type", _plain(src.source_type), source.get("source_type")),
                    ("data_credentials_id", credential_id or -1, source.get("data_credentials_id")),
                    ("description", src.description, source.get("description")),
                    ("ingest_method", _plain(src.ingest_method), source.get("ingest_method")),
                ]
            )
            + _subset_differs("source_config", src.source_config, source.get("source_config")),
        )

    parent = nexset_id
    if config.transform is not None:
        tf = config.transform.root
        child = one("transform.create", "nexsets", tf.name)
        parent = None
        if child is not None:
            parent = int(child["id"])
            parents = [p.get("id") for p in child.get("parent_data_sets") or []]
            differs = [] if nexset_id is not None and nexset_id in parents else ["parent"]
            raw = child.get("transform")
            transform: dict[str, Any] = raw if isinstance(raw, dict) else {}
            if isinstance(tf, ReusableTransform):
                differs += _differs([("transform_id", tf.transform_id, child.get("transform_id"))])
            else:
                wanted_ops = [_plain(op) for op in tf.operations]
                differs += _differs([("operations", wanted_ops, transform.get("operations"))])
            differs += _differs([("description", tf.description, child.get("description"))])
            record("transform.create", "nexsets", child, differs)

    dest = config.destination
    sink = one("destination.create", "destinations", dest.name)
    if sink is not None:
        record(
            "destination.create",
            "destinations",
            sink,
            _differs(
                [
                    ("sink_type", _plain(dest.sink_type), sink.get("sink_type")),
                    ("data_set_id", parent or -1, sink.get("data_set_id")),
                    (
                        "data_credentials_id",
                        dest.credential_id or credential_id or -1,
                        sink.get("data_credentials_id"),
                    ),
                    ("description", dest.description, sink.get("description")),
                ]
            )
            + _subset_differs("sink_config", dest.sink_config, sink.get("sink_config")),
        )
    return lookup
