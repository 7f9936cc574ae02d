"""What of a flow config already exists on the server, matched by name, field by field.

Deploy uses this before it writes anything, so a deploy without its journal (a second run,
another machine, a lost file) never creates a second credential, source, nexset or
destination: a same-named resource whose fields equal the config is adopted; one whose
fields differ stops the deploy with the resource, its id and the differing field names
(never their values, which may be secret).

One listing per create step of the deploy (`deploy.STEPS` names each step's kind, name and
comparison, here). Fields the config does not set are not compared; config mappings
(`source_config`, `sink_config`) are compared key by key on the keys the config gives, since
the server adds defaults. Credential secrets cannot be read back and are not compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient, paginate

from . import kinds
from .config_models.flow_config import FlowConfig, ReusableTransform


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


#: Compares a found resource (None: none found) with the config, given the ids found for
#: the steps before it (`credential`, `nexset`, `parent`), and adds its own to them.
Compare = Callable[[FlowConfig, dict[str, Any] | None, dict[str, int | None]], list[str]]


def find_existing(
    client: NexlaClient, config: FlowConfig, creates: Iterable[tuple[str, str, str, Compare]]
) -> Lookup:
    """The config's resources that already exist, compared with the config: `creates` are
    the deploy's create steps in order, each as (step, kind, the config's name, comparison)."""
    lookup = Lookup()
    known: dict[str, int | None] = {"credential": config.credential.root.id}
    for step, kind, name, compare in creates:
        same = [r.to_dict() for r in named(client, kind, name)]
        if len(same) > 1:
            ids = ", ".join(str(r["id"]) for r in same)
            lookup.ambiguous.append(
                f"{len(same)} {kind} are named {name!r} (ids {ids}); deploy cannot tell which "
                "is this config's"
            )
        have = same[0] if len(same) == 1 else None
        differs = compare(config, have, known)
        if have is not None:
            lookup.found.append(Existing(step, kind, int(have["id"]), have["name"], tuple(differs)))
    return lookup


def credential_differs(
    config: FlowConfig, have: dict[str, Any] | None, known: dict[str, int | None]
) -> list[str]:
    cred = config.credential.root
    known["credential"] = None if have is None else int(have["id"])
    if have is None:
        return []
    return _differs(
        [
            ("credentials_type", cred.credentials_type, have.get("credentials_type")),
            ("description", cred.description, have.get("description")),
        ]
    )


def source_differs(
    config: FlowConfig, have: dict[str, Any] | None, known: dict[str, int | None]
) -> list[str]:
    sets = (have or {}).get("data_sets") or []
    known["nexset"] = known["parent"] = int(sets[0]["id"]) if sets else None
    if have is None:
        return []
    src = config.source
    return _differs(
        [
            ("source_type", _plain(src.source_type), have.get("source_type")),
            ("data_credentials_id", known["credential"] or -1, have.get("data_credentials_id")),
            ("description", src.description, have.get("description")),
            ("ingest_method", _plain(src.ingest_method), have.get("ingest_method")),
        ]
    ) + _subset_differs("source_config", src.source_config, have.get("source_config"))


def transform_differs(
    config: FlowConfig, have: dict[str, Any] | None, known: dict[str, int | None]
) -> list[str]:
    known["parent"] = None if have is None else int(have["id"])
    if have is None or config.transform is None:
        return []
    tf = config.transform.root
    nexset = known.get("nexset")
    parents = [p.get("id") for p in have.get("parent_data_sets") or []]
    differs = [] if nexset is not None and nexset in parents else ["parent"]
    raw = have.get("transform")
    transform: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if isinstance(tf, ReusableTransform):
        differs += _differs([("transform_id", tf.transform_id, have.get("transform_id"))])
    else:
        wanted_ops = [_plain(op) for op in tf.operations]
        differs += _differs([("operations", wanted_ops, transform.get("operations"))])
    return differs + _differs([("description", tf.description, have.get("description"))])


def destination_differs(
    config: FlowConfig, have: dict[str, Any] | None, known: dict[str, int | None]
) -> list[str]:
    if have is None:
        return []
    dest = config.destination
    credential = dest.credential_id or known["credential"] or -1
    return _differs(
        [
            ("sink_type", _plain(dest.sink_type), have.get("sink_type")),
            ("data_set_id", known.get("parent") or -1, have.get("data_set_id")),
            ("data_credentials_id", credential, have.get("data_credentials_id")),
            ("description", dest.description, have.get("description")),
        ]
    ) + _subset_differs("sink_config", dest.sink_config, have.get("sink_config"))
