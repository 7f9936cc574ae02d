"""Recipe 14: grant a team one role on a whole pipeline, then verify every grant.

The pipeline is read from the source's flow tree (`GET /data_sources/{id}/flow`), which
includes derived nexsets and every destination at any depth; the source's own `data_sets`
only lists the nexsets it detected. Grants are additive (`PUT …/accessors`), so other
accessors stay. Verification re-reads each accessor list and reports what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.flows import get_flow_by_resource_id
from nexla_api.models import (
    Accessor,
    AccessorsRequest,
    AccessorType,
    AccessRole,
    FlowResourceType,
)

from ._progress import ProgressFn, emit
from ._resources import node_resource, walk
from .kinds import kind


@dataclass(frozen=True)
class Pipeline:
    source_id: int
    nexset_ids: tuple[int, ...]
    destination_ids: tuple[int, ...]

    def resources(self) -> list[tuple[FlowResourceType, int]]:
        return (
            [(FlowResourceType.DATA_SOURCES, self.source_id)]
            + [(FlowResourceType.DATA_SETS, i) for i in self.nexset_ids]
            + [(FlowResourceType.DATA_SINKS, i) for i in self.destination_ids]
        )


@dataclass
class GrantResult:
    team_id: int
    role: str
    pipeline: Pipeline
    granted: list[tuple[str, int]] = field(default_factory=list)
    missing: list[tuple[str, int]] = field(default_factory=list)
    verified: bool = False

    @property
    def ok(self) -> bool:
        return self.verified and not self.missing


def pipeline_of(client: NexlaClient, source_id: int) -> Pipeline:
    """Every nexset and destination downstream of a source, from its flow tree."""
    flow = get_flow_by_resource_id.sync(
        FlowResourceType.DATA_SOURCES, source_id, client=client, flows_only=1
    )
    nexsets: list[int] = []
    sinks: list[int] = []
    for node in walk(flow.flows):
        found = node_resource(node)
        if found is None:
            continue
        kind, rid = found
        if kind is FlowResourceType.DATA_SETS:
            nexsets.append(rid)
        elif kind is FlowResourceType.DATA_SINKS:
            sinks.append(rid)
    return Pipeline(source_id, tuple(nexsets), tuple(sinks))


def has_team_role(entries: Any, team_id: int, role: str) -> bool:
    for entry in entries or []:
        if entry.type_ == "TEAM" and entry.id == team_id:
            roles = {str(r) for r in entry.access_roles or []}
            if role in roles:
                return True
    return False


def verify_team_access(
    client: NexlaClient, team_id: int, role: str, pipeline: Pipeline
) -> list[tuple[str, int]]:
    """Resources of the pipeline whose accessor list lacks the team with `role`."""
    missing = []
    for rtype, rid in pipeline.resources():
        row = kind(rtype)
        assert row.accessors_get is not None
        if not has_team_role(row.accessors_get(rid, client=client), team_id, role):
            missing.append((row.cli_word, rid))
    return missing


def grant_pipeline_access(
    client: NexlaClient,
    *,
    team_id: int,
    source_id: int,
    role: str = "operator",
    verify: bool = True,
    progress: ProgressFn | None = None,
) -> GrantResult:
    """Give team `team_id` the `role` on the source, its nexsets and its destinations."""
    roles = [r.value for r in AccessRole]
    if role not in roles:  # the enum accepts unknown values (forward compatible); Nexla does not
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(sorted(roles))}")
    access_role = AccessRole(role)
    pipeline = pipeline_of(client, source_id)
    result = GrantResult(team_id, access_role.value, pipeline)
    body = AccessorsRequest(
        accessors=[Accessor(type_=AccessorType.TEAM, id=team_id, access_roles=[access_role])]
    )
    items = pipeline.resources()
    for i, (rtype, rid) in enumerate(items, start=1):
        row = kind(rtype)
        assert row.accessors_add is not None
        row.accessors_add(rid, client=client, body=body)
        result.granted.append((row.cli_word, rid))
        emit(progress, "grant", f"granted {role} on {row.cli_word} {rid}", i, len(items))
    if verify:
        result.missing = verify_team_access(client, team_id, access_role.value, pipeline)
        result.verified = True
    return result
