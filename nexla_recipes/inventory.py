"""Recipe 1 (list and inspect) and the quickstart: every page of every collection, and flows.

Lists are read to the end with `paginate` (a first page of 50 silently hides the rest). The
flows list is ONE object whose `flows` holds a tree per flow, so flows are counted as
`len(reply.flows)` summed over pages, never `len(reply)`. Filters apply client side because
the list endpoints have no name/status/type filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient, paginate
from nexla_api.api.flows import get_flows

from . import kinds as registry
from ._progress import ProgressFn, emit
from ._resources import node_resource, walk

#: Collections the inventory covers, in report order.
COLLECTIONS = ("sources", "nexsets", "destinations", "credentials")


@dataclass(frozen=True)
class ResourceRow:
    """One listed resource, reduced to what a listing shows."""

    kind: str
    id: int
    name: str
    status: str | None
    type: str | None


@dataclass(frozen=True)
class FlowSummary:
    """One flow tree: its origin node, status and the resources in it."""

    origin_node_id: int
    name: str | None
    status: str | None
    nodes: int
    source_ids: tuple[int, ...]
    nexset_ids: tuple[int, ...]
    destination_ids: tuple[int, ...]


@dataclass
class Inventory:
    """Everything listed, after filters."""

    resources: dict[str, list[ResourceRow]] = field(default_factory=dict)
    flows: list[FlowSummary] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {kind: len(rows) for kind, rows in self.resources.items()}
        out["flows"] = len(self.flows)
        return out


def _row(kind: str, resource: Any) -> ResourceRow:
    rtype = next(
        (
            getattr(resource, attr, None)
            for attr in ("source_type", "sink_type", "credentials_type")
            if getattr(resource, attr, None)
        ),
        None,
    )
    status = getattr(resource, "status", None)
    return ResourceRow(
        kind=kind,
        id=int(resource.id),
        name=str(getattr(resource, "name", None) or ""),
        status=None if status is None else str(status),
        type=rtype,
    )


def _matches(row: ResourceRow, name: str | None, status: str | None, type_: str | None) -> bool:
    if name and name.lower() not in row.name.lower():
        return False
    if status and (row.status or "").upper() != status.upper():
        return False
    return not (type_ and (row.type or "").lower() != type_.lower())


def list_resources(
    client: NexlaClient,
    kind: str,
    *,
    name: str | None = None,
    status: str | None = None,
    type_: str | None = None,
    limit: int | None = None,
    per_page: int = 100,
) -> list[ResourceRow]:
    """Every resource of `kind` (all pages) whose name contains `name` and status/type match."""
    row_kind = registry.kind(kind, registry.LISTABLE)
    if limit is not None and limit < 1:
        raise ValueError("limit must be at least 1")
    rows: list[ResourceRow] = []
    assert row_kind.list_sync is not None
    for resource in paginate(row_kind.list_sync, client=client, per_page=per_page):
        row = _row(row_kind.cli_word, resource)
        if _matches(row, name, status, type_):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows


def list_flows(
    client: NexlaClient, *, name: str | None = None, status: str | None = None, per_page: int = 100
) -> list[FlowSummary]:
    """Every flow (one per origin node), from `GET /flows?flows_only=1`, all pages."""
    flows: list[FlowSummary] = []
    page = 1
    while True:
        reply = get_flows.sync(client=client, flows_only=1, page=page, per_page=per_page)
        trees = reply.flows if isinstance(reply.flows, list) else []
        for tree in trees:
            ids: dict[str, list[int]] = {"data_sources": [], "data_sets": [], "data_sinks": []}
            count = 0
            for node in walk([tree]):
                count += 1
                found = node_resource(node)
                if found is not None:
                    ids[found[0].value].append(found[1])
            summary = FlowSummary(
                origin_node_id=int(tree.origin_node_id),
                name=tree.name,
                status=tree.status,
                nodes=count,
                source_ids=tuple(ids["data_sources"]),
                nexset_ids=tuple(ids["data_sets"]),
                destination_ids=tuple(ids["data_sinks"]),
            )
            if name and name.lower() not in (summary.name or "").lower():
                continue
            if status and (summary.status or "").upper() != status.upper():
                continue
            flows.append(summary)
        if len(trees) < per_page:
            return flows
        page += 1


def inventory(
    client: NexlaClient,
    *,
    kinds: Sequence[str] = COLLECTIONS,
    name: str | None = None,
    status: str | None = None,
    type_: str | None = None,
    include_flows: bool = True,
    progress: ProgressFn | None = None,
) -> Inventory:
    """Every collection in `kinds` (plus flows), filtered alike."""
    result = Inventory()
    for i, kind in enumerate(kinds, start=1):
        emit(progress, "list", f"listing {kind}", i, len(kinds))
        result.resources[kind] = list_resources(client, kind, name=name, status=status, type_=type_)
    if include_flows:
        emit(progress, "list", "listing flows")
        result.flows = list_flows(client, name=name, status=status)
    return result


def inspect(client: NexlaClient, kind: str, resource_id: int) -> dict[str, Any]:
    """One resource in full (`GET /{collection}/{id}?expand=1`), as its JSON dict."""
    getter = registry.kind(kind, registry.LISTABLE).get_sync
    assert getter is not None
    try:
        resource = getter(resource_id, client=client, expand=1)
    except TypeError:  # credentials have no expand
        resource = getter(resource_id, client=client)
    data: dict[str, Any] = resource.to_dict()
    return data


@dataclass(frozen=True)
class Quickstart:
    """The first script's answer: the credentials work, and how much there is."""

    api_url: str
    counts: dict[str, int]


def quickstart(client: NexlaClient, *, progress: ProgressFn | None = None) -> Quickstart:
    """Authenticate (the first call exchanges the service key) and count each collection."""
    found = inventory(client, kinds=("sources", "nexsets", "destinations"), progress=progress)
    return Quickstart(api_url=client.base_url, counts=found.counts())
