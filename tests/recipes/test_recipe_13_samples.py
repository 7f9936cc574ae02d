"""Recipe 13: sample validation reports the exact invalid rows and why."""

from __future__ import annotations

from typing import Any

import pytest

from nexla_recipes.samples import Issue, parse_types, validate_records, validate_samples
from nexla_sandbox.testing import SandboxServer

from .pipelines import discovered
from .recipes_support import client_for

RECORDS: list[dict[str, Any]] = [
    {"customer_id": 1, "email": "a@example.com", "amount": 10, "vip": True},
    {"customer_id": 2, "amount": 12.5, "vip": False},  # email missing
    {"customer_id": 3, "email": "c@example.com", "amount": "12.50", "vip": False},  # type
    {"customer_id": None, "email": "d@example.com", "amount": 7.25, "vip": True},  # null
    {"customer_id": 5, "email": "", "amount": True, "vip": "yes"},  # empty, bool, string
    {"customer_id": 6, "email": "f@example.com", "amount": None, "vip": False},  # optional null
]


def test_invalid_rows_from_live_samples(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers", records=RECORDS)
    report = validate_samples(
        client,
        base.nexset_id,
        required=["customer_id", "email"],
        types={"customer_id": "integer", "amount": "number", "vip": "boolean"},
        count=20,
    )
    assert not report.valid and report.sample_count == 6
    assert report.invalid_rows == [2, 3, 4, 5]
    assert report.issues == [
        Issue(2, "email", "missing"),
        Issue(3, "amount", "type", "number", "string"),
        Issue(4, "customer_id", "null"),
        Issue(5, "email", "empty"),
        Issue(5, "amount", "type", "number", "boolean"),
        Issue(5, "vip", "type", "boolean", "string"),
    ]
    assert report.null_counts == {"customer_id": 1, "amount": 1}
    assert [str(i) for i in report.issues[:2]] == [
        "row 2: `email` is missing",
        "row 3: `amount` should be number, got string",
    ]
    assert report.to_dict()["invalid_rows"] == [2, 3, 4, 5]


def test_clean_samples_and_count(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers")  # 20 deterministic customers
    report = validate_samples(
        client,
        base.nexset_id,
        required=["customer_id", "email", "created_at"],
        types={"customer_id": "integer", "email": "string", "amount": "number"},
        count=7,
    )
    assert report.valid and report.sample_count == 7


def test_empty_nexset_and_bad_specs() -> None:
    assert validate_records([1], required=["a"]).issues == [
        Issue(1, "", "not_object", "object", "integer")
    ]
    assert parse_types("a=string, b=NUMBER") == {"a": "string", "b": "number"}
    with pytest.raises(ValueError, match="write field=type"):
        parse_types("a")
    with pytest.raises(ValueError, match="unknown type 'float'"):
        parse_types("a=float")
