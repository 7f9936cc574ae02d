"""Recipe 5: pause/activate, daily metrics, and run summaries read from `metrics.data`."""

from __future__ import annotations

from datetime import timedelta

from nexla_recipes.monitor import (
    activate_flow,
    all_run_summaries,
    daily_metrics,
    flow_id_of,
    pause_flow,
    run_summaries,
)
from nexla_sandbox.testing import SandboxServer

from .pipelines import wired
from .recipes_support import client_for


def test_pause_activate_metrics_and_runs(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    p = wired(client, "orders")  # activation records run 1
    assert p.origin_node_id is not None and p.destination_id is not None
    assert pause_flow(client, p.origin_node_id, whole_flow=True) == "PAUSED"
    assert {n["status"] for n in sandbox.admin.dump("flow_nodes")} == {"PAUSED"}
    assert activate_flow(client, p.origin_node_id, whole_flow=True) == "ACTIVE"  # run 2
    assert flow_id_of(client, "destinations", p.destination_id) == p.flow_id
    for _ in range(2):
        sandbox.admin.run_flow(p.origin_node_id)  # runs 3 and 4 (run 4 has an error)

    today = sandbox.state.clock.now().date()
    [day] = daily_metrics(client, "nexsets", p.nexset_id, from_date=today - timedelta(days=1))
    assert day.day == today
    assert day.records == sum(100 + 10 * (n % 7) for n in (1, 2, 3, 4))
    assert day.errors == 1

    first = run_summaries(client, "destinations", p.destination_id, page=1, size=3)
    assert (first.total_count, first.page_count) == (4, 2)
    assert [r.run_id for r in first.runs] == [4, 3, 2]  # newest first
    assert first.runs[0].errors == 1 and first.runs[0].error_rate == 1 / 140
    assert first.runs[0].nexset_id == p.nexset_id and first.runs[0].last_written is not None
    runs = list(all_run_summaries(client, "data_sinks", p.destination_id, size=3))
    assert [r.run_id for r in runs] == [4, 3, 2, 1]
