"""Recipe 11: create a reusable transform, attach it, check samples, activate; re-run reuses it."""

from __future__ import annotations

from typing import Any

from nexla_api.api.nexsets import create_nexset
from nexla_api.models import DataSetCreate
from nexla_recipes.transform_pipeline import apply_reusable_transform
from nexla_sandbox.testing import SandboxServer

from .pipelines import discovered
from .recipes_support import client_for


def own_transforms(sandbox: SandboxServer) -> list[dict[str, Any]]:
    ids = set(sandbox.admin.snapshot()["resources"].get("transforms", []))
    return [t for t in sandbox.admin.dump("transforms") if t["id"] in ids]


REMOVE_PII = [{"operation": "remove", "spec": {"ssn": "", "dob": ""}}]


def test_create_attach_validate_activate_and_reuse(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers")
    child = create_nexset.sync(
        client=client,
        body=DataSetCreate(
            name="customers-out", parent_data_set_id=base.nexset_id, has_custom_transform=False
        ),
    )
    result = apply_reusable_transform(
        client,
        int(child.id),
        transform_name="remove-pii-fields",
        operations=REMOVE_PII,
        description="Removes PII before delivery",
        required=["customer_id", "email"],
        forbidden=["ssn", "dob"],
    )
    assert result.transform.created
    assert result.samples_ok and result.activated and result.status == "ACTIVE"
    [made] = own_transforms(sandbox)
    assert made["name"] == "remove-pii-fields" and made["code"] == REMOVE_PII
    stored = next(d for d in sandbox.admin.dump("data_sets") if d["id"] == child.id)
    assert stored["transform_id"] == made["id"] and stored["has_custom_transform"] is True

    again = apply_reusable_transform(
        client,
        int(child.id),
        transform_name="remove-pii-fields",
        operations=REMOVE_PII,
        forbidden=["ssn"],
        activate=False,
    )
    assert not again.transform.created and again.transform.id == made["id"]
    assert len(own_transforms(sandbox)) == 1


def test_transform_that_keeps_pii_is_not_activated(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers")
    child = create_nexset.sync(
        client=client,
        body=DataSetCreate(
            name="customers-out", parent_data_set_id=base.nexset_id, has_custom_transform=False
        ),
    )
    result = apply_reusable_transform(
        client,
        int(child.id),
        transform_name="remove-dob-only",
        operations=[{"operation": "remove", "spec": {"dob": ""}}],
        forbidden=["ssn", "dob"],
    )
    assert not result.activated
    assert result.forbidden_present == {"ssn": [1, 2, 3, 4, 5]}
