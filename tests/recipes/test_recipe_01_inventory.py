"""Recipe 1: every page of every collection, filters, and flows counted as trees."""

from __future__ import annotations

from nexla_api import NexlaClient
from nexla_recipes.inventory import inspect, inventory, list_flows, list_resources, quickstart
from nexla_sandbox.testing import SandboxServer

from .recipes_support import client_for, seed_sources


def test_inventory_of_the_demo_org_counts_flows_as_trees(sandbox: SandboxServer) -> None:
    sandbox.admin.reset(seed_data=True)
    client = client_for(sandbox)
    found = inventory(client)
    assert found.counts() == {
        "sources": 2,
        "nexsets": 3,
        "destinations": 2,
        "credentials": 2,
        "flows": 2,
    }
    by_name = {f.name: f for f in found.flows}
    orders = by_name["orders"]
    assert orders.status == "ACTIVE"
    assert len(orders.source_ids) == 1 and len(orders.destination_ids) == 1
    customers = by_name["customers"]
    assert len(customers.nexset_ids) == 2  # discovered + derived child
    assert customers.nodes == 4  # source, 2 nexsets, destination


def test_filters_by_name_status_and_type(sandbox: SandboxServer) -> None:
    sandbox.admin.reset(seed_data=True)
    client = client_for(sandbox)
    assert [r.name for r in list_resources(client, "sources", status="active")] == ["orders"]
    assert [r.name for r in list_resources(client, "destinations", type_="SNOWFLAKE")] == [
        "orders-to-warehouse"
    ]
    assert [r.name for r in list_resources(client, "nexsets", name="NO-PII")] == [
        "customers-no-pii"
    ]
    assert [f.name for f in list_flows(client, status="ACTIVE")] == ["orders"]
    detail = inspect(client, "sources", list_resources(client, "sources", name="orders")[0].id)
    assert detail["name"] == "orders" and detail["data_sets"]


def test_all_pages_are_read(sandbox: SandboxServer, nexla_client: NexlaClient) -> None:
    seed_sources(sandbox, 130)
    rows = list_resources(client_for(sandbox), "sources", per_page=50)
    assert len(rows) == 130
    assert len({r.id for r in rows}) == 130
    assert len(list_flows(client_for(sandbox), per_page=40)) == 130
    assert len(list_resources(client_for(sandbox), "sources", name="existing-01", limit=3)) == 3


def test_quickstart_counts(sandbox: SandboxServer) -> None:
    sandbox.admin.reset(seed_data=True)
    result = quickstart(client_for(sandbox))
    assert result.api_url == sandbox.url
    assert result.counts == {"sources": 2, "nexsets": 3, "destinations": 2, "flows": 2}
