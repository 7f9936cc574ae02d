"""Recipe 5: pause/activate a flow, daily metrics and run summaries of a resource.

Run summaries are `{status, metrics: {data: [...], meta: {...}}}`: `metrics` is an object,
so the runs are `metrics.data` (indexing `metrics[0]` fails). Run items carry `runId`,
`lastWritten` (epoch ms), `dataSetId`, `records`, `size`, `errors`; there is no run status,
so "failed" means `errors > 0`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from nexla_api import NexlaClient
from nexla_api.api.flows import flow_activate_with_flow_id, flow_pause_with_flow_id
from nexla_api.api.metrics import get_resource_metrics_by_run, get_resource_metrics_daily
from nexla_api.models import FlowResourceType, FlowResponse, RunMetricsField

from ._resources import flow_node_for, resource_type, walk


@dataclass(frozen=True)
class DailyMetric:
    day: date | None
    records: int
    size: int
    errors: int


@dataclass(frozen=True)
class RunSummary:
    run_id: int | None
    last_written: datetime | None
    nexset_id: int | None
    records: int
    size: int
    errors: int

    @property
    def error_rate(self) -> float:
        return self.errors / self.records if self.records else (1.0 if self.errors else 0.0)


@dataclass(frozen=True)
class RunPage:
    runs: list[RunSummary]
    page: int
    page_count: int
    total_count: int


def _status_of(reply: object, flow_id: int) -> str | None:
    if isinstance(reply, FlowResponse):
        for node in walk(reply.flows):
            if node.id == flow_id:
                return node.status
    return None


def flow_id_of(client: NexlaClient, kind: str | FlowResourceType, resource_id: int) -> int:
    """The flow node id of a source, nexset or destination."""
    return int(flow_node_for(client, kind, resource_id).id)


def activate_flow(client: NexlaClient, flow_id: int, *, whole_flow: bool = False) -> str | None:
    """`PUT /flows/{id}/activate` (`all=1` for the whole tree); the node's new status."""
    reply = flow_activate_with_flow_id.sync(
        flow_id, client=client, **({"all_": 1} if whole_flow else {})
    )
    return _status_of(reply, flow_id)


def pause_flow(client: NexlaClient, flow_id: int, *, whole_flow: bool = False) -> str | None:
    """`PUT /flows/{id}/pause` (`all=1` for the whole tree); the node's new status."""
    reply = flow_pause_with_flow_id.sync(
        flow_id, client=client, **({"all_": 1} if whole_flow else {})
    )
    return _status_of(reply, flow_id)


def daily_metrics(
    client: NexlaClient,
    kind: str | FlowResourceType,
    resource_id: int,
    *,
    from_date: date,
    to_date: date | None = None,
) -> list[DailyMetric]:
    """`GET /{type}/{id}/metrics?from=&aggregate=1`: one row per day with activity."""
    extra = {} if to_date is None else {"to": to_date}
    reply = get_resource_metrics_daily.sync(
        resource_type(kind), resource_id, client=client, from_=from_date, aggregate=1, **extra
    )
    return [
        DailyMetric(
            day=m.time,
            records=m.records or 0,
            size=m.size or 0,
            errors=m.errors or 0,
        )
        for m in reply.metrics or []
    ]


def run_summaries(
    client: NexlaClient,
    kind: str | FlowResourceType,
    resource_id: int,
    *,
    page: int = 1,
    size: int = 20,
    order_by: str = "lastWritten",
) -> RunPage:
    """One page of per-run metrics, newest first (`GET /{type}/{id}/metrics/run_summary`)."""
    field = RunMetricsField(order_by)
    reply = get_resource_metrics_by_run.sync(
        resource_type(kind),
        resource_id,
        client=client,
        groupby=RunMetricsField.RUNID,
        orderby=field,
        page=page,
        size=size,
    )
    items = reply.metrics.data if isinstance(reply.metrics.data, list) else []
    runs = []
    for item in items:
        written = item.last_written
        runs.append(
            RunSummary(
                run_id=item.run_id,
                last_written=None
                if written is None
                else datetime.fromtimestamp(written / 1000, UTC),
                nexset_id=item.data_set_id,
                records=item.records or 0,
                size=item.size or 0,
                errors=item.errors or 0,
            )
        )
    meta = reply.metrics.meta
    page_count = (meta.page_count if meta is not None else None) or (1 if runs else 0)
    total = (meta.total_count if meta is not None else None) or len(runs)
    return RunPage(runs, page, int(page_count), int(total))


def all_run_summaries(
    client: NexlaClient, kind: str | FlowResourceType, resource_id: int, *, size: int = 100
) -> Iterator[RunSummary]:
    """Every run, newest first, following `meta.pageCount`."""
    page = 1
    while True:
        got = run_summaries(client, kind, resource_id, page=page, size=size)
        yield from got.runs
        if page >= got.page_count or not got.runs:
            return
        page += 1
