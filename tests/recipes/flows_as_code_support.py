"""Shared pieces of the environment-as-code tests: seeded worlds and directory snapshots."""

from __future__ import annotations

from pathlib import Path

from nexla_api import NexlaClient
from nexla_recipes.batch_create import batch_create, load_items
from nexla_recipes.deploy import deploy, load_config
from nexla_recipes.envcode.export import export
from tests.recipes import envseed as es

from .recipes_support import no_async_sleep

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STAGING, PROD = "env:staging", "env:prod"
#: Secret values the seeded worlds hold; none may appear in a file, plan, journal or log.
SECRETS = ("stg-api-key-111", "prd-api-key-999", "sink-pw-222", "pw-warehouse", "change-me")


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def build_examples(client: NexlaClient, journal: Path) -> None:
    """The environment `examples/` describes: the deployed flow and the batch of sources."""
    clock = FakeClock()
    report = deploy(
        client,
        load_config(EXAMPLES / "flow.yaml"),
        journal_path=journal,
        clock=clock,
        sleep=clock.sleep,
    )
    assert report.status == "succeeded", report.error
    items = load_items(EXAMPLES / "batch_sources.yaml", "sources")
    batch = batch_create(client, "sources", items, sleep=no_async_sleep)
    assert batch.ok


def seed_tagged(client: NexlaClient, tag: str, *, prod: bool) -> dict[str, int]:
    """One tagged environment: its own credential, two sources, a reusable transform, a derived
    nexset, a destination with a secret in its config, an accessor, and an active flow."""
    cred_name = "warehouse-prd" if prod else "warehouse-stg"
    cred = es.credential(client, cred_name)
    key = "prd-api-key-999" if prod else "stg-api-key-111"
    orders, orders_set = es.source(
        client,
        "orders",
        cred,
        [tag],
        {"table": "orders", "api_key": key, "start": {"cron": "0 * * * *"}},
    )
    customers, customers_set = es.source(client, "customers", cred, [tag, "team:crm"])
    from nexla_api.api.nexsets import update_nexset
    from nexla_api.models import DataSetUpdate

    for set_id in (orders_set, customers_set):  # detected descriptions carry the source id
        update_nexset.sync(set_id, client=client, body=DataSetUpdate(description="detected"))
    transform = es.transform(client, "drop-ssn", {"ssn": ""}, [tag])
    clean = es.derived(client, "orders-clean", orders_set, transform, [tag])
    sink = es.sink(
        client, "orders-out", clean, cred, {"table": "orders_out", "password": "sink-pw-222"}
    )
    es.activate(client, orders)
    return {"orders": orders, "customers": customers, "sink": sink, "clean": clean}


def snapshot_dir(directory: Path) -> dict[str, str]:
    """Every file of an exported directory by relative path: equal dicts, equal environments."""
    return {
        str(p.relative_to(directory)): p.read_text("utf-8")
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def exported(client: NexlaClient, directory: Path, tag: str | None = None) -> dict[str, str]:
    export(client, directory, tag=tag)
    return snapshot_dir(directory)


def all_text(directory: Path) -> str:
    return "\n".join(snapshot_dir(directory).values())


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"secret value {secret!r} leaked"
