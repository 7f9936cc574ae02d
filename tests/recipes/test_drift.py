"""Drift between two seeded environments with exactly known differences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nexla_api import NexlaClient
from nexla_api.api.nexsets import update_nexset
from nexla_api.models import DataSetUpdate
from nexla_recipes.drift import Masker, compare_environments, diff_values
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es

STAGING, PROD = "env:staging", "env:prod"
SECRETS = ("stg-key-111", "prd-key-999", "same-sink-pw", "pw-warehouse")


@dataclass(frozen=True)
class Seeded:
    expected: set[tuple[str, str, str]]  # (kind, name, pointer or "only_left"/"only_right")


def _env(client: NexlaClient, tag: str, *, prod: bool) -> None:
    cred = es.credential(client, "warehouse")
    key = "prd-key-999" if prod else "stg-key-111"
    orders, orders_set = es.source(
        client, "orders", cred, [tag], {"table": "orders", "file_format": "json", "api_key": key}
    )
    customers, customers_set = es.source(
        client,
        "customers",
        cred,
        [tag, "team:crm"],
        {"table": "customers", "batch_size": 500 if prod else 100},
    )
    sets = [orders_set, customers_set]
    if not prod:
        _, legacy_set = es.source(client, "legacy", cred, [tag])
        sets.append(legacy_set)
    for set_id in sets:  # the sandbox writes the source id into detected nexsets' descriptions
        update_nexset.sync(set_id, client=client, body=DataSetUpdate(description="detected"))
    config = {"table": "orders_out", "password": "same-sink-pw"}
    if prod:
        config["mode"] = "upsert"
    es.sink(client, "orders-out", orders_set, cred, config)
    es.transform(client, "drop-ssn", {"ssn": "", **({"dob": ""} if prod else {})}, [tag])
    if prod:
        es.activate(client, orders)
    del customers


def seed(client: NexlaClient) -> Seeded:
    _env(client, STAGING, prod=False)
    _env(client, PROD, prod=True)
    return Seeded(
        {
            ("sources", "orders", "/source_config/api_key"),
            ("sources", "customers", "/source_config/batch_size"),
            ("sources", "legacy", "only_left"),
            ("nexsets", "legacy nexset", "only_left"),
            ("flows", "legacy", "only_left"),
            ("destinations", "orders-out", "/sink_config/mode"),
            ("transforms", "drop-ssn", "/code/0/spec/dob"),
            ("flows", "orders", "/status"),
        }
    )


def found(report_dict: dict[str, object]) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for side in ("only_left", "only_right"):
        for kind, names in report_dict[side].items():  # type: ignore[attr-defined]
            out |= {(kind, name, side) for name in names}
    for res in report_dict["changed"]:  # type: ignore[attr-defined]
        out |= {(res["kind"], res["name"], d["pointer"]) for d in res["differences"]}
    return out


def test_finds_exactly_the_seeded_differences_and_never_a_secret(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    seeded = seed(nexla_client)
    report = compare_environments(nexla_client, STAGING, right_tag=PROD)
    as_dict = report.to_dict()
    assert found(as_dict) == seeded.expected
    assert report.count == len(seeded.expected) == 8
    assert report.compared == {
        "destinations": 1,
        "flows": 2,
        "nexsets": 2,
        "sources": 2,
        "transforms": 1,
    }
    secret = next(c for c in report.changed if c.name == "orders" and c.kind == "sources")
    assert [d.to_dict() for d in secret.differences] == [
        {"pointer": "/source_config/api_key", "secret": True, "change": "secret differs"}
    ]
    texts = {"json": report.to_json(), "markdown": report.to_markdown()}
    for fmt, text in texts.items():
        for value in SECRETS:
            assert value not in text, f"{value} leaked into the {fmt} report"
        assert not re.search(r"[0-9a-f]{32,}", text), f"a digest leaked into the {fmt} report"
    assert (
        "| source | orders | `/source_config/api_key` | secret differs | secret differs |"
        in (texts["markdown"])
    )
    print(f"\ndrift: seeded {len(seeded.expected)}, found {report.count}, secrets in reports 0")


def test_same_environment_has_no_drift_even_through_two_clients(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    seed(nexla_client)
    other = NexlaClient(service_key=sandbox.service_key, base_url=sandbox.url, env={})
    report = compare_environments(nexla_client, PROD, other, PROD, right_label="copy")
    assert not report.has_drift and report.count == 0
    assert "No drift." in report.to_markdown()


def test_ignore_prefixes_drop_matching_pointers(
    sandbox: SandboxServer, nexla_client: NexlaClient
) -> None:
    seed(nexla_client)
    report = compare_environments(
        nexla_client, STAGING, right_tag=PROD, ignore=["/source_config", "/code/"]
    )
    assert report.count == 5


def test_diff_values_pointers_and_masking() -> None:
    masker = Masker()
    left = masker.mask({"a/b": 1, "cfg": {"token": "t1", "x": [1, 2]}, "credentials": {"k": 1}})
    right = masker.mask({"a/b": 2, "cfg": {"token": "t1", "x": [1, 3]}, "credentials": {"k": 2}})
    diffs = {d.pointer: d for d in diff_values(left, right)}
    assert set(diffs) == {"/a~1b", "/cfg/x/1", "/credentials"}
    assert diffs["/credentials"].secret and diffs["/credentials"].to_dict().get("left") is None
    # a subtree present on one side only, holding a secret, is reported as a masked change
    only = diff_values(masker.mask({}), masker.mask({"cfg": {"password": "p"}}))
    assert [d.to_dict() for d in only] == [
        {"pointer": "/cfg", "secret": True, "change": "secret differs"}
    ]
