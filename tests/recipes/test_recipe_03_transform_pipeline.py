"""Recipe 3: a child nexset through a reusable transform, activated only if samples pass."""

from __future__ import annotations

from nexla_recipes.transform_pipeline import derive_nexset
from nexla_sandbox.testing import SandboxServer

from .pipelines import discovered
from .recipes_support import client_for


def test_public_transform_reused_samples_checked_then_activated(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers")
    stages: list[str] = []
    result = derive_nexset(
        client,
        parent_nexset_id=base.nexset_id,
        name="customers-clean",
        transform_name="drop-pii",  # Nexla's public transform: reused, not duplicated
        required=["customer_id", "email"],
        types={"customer_id": "integer", "amount": "number"},
        forbidden=["ssn", "dob"],
        progress=lambda p: stages.append(p.stage),
    )
    assert result.transform.public and not result.transform.created
    assert result.samples_ok and result.samples.sample_count == 5
    assert result.activated and result.status == "ACTIVE"
    assert stages.index("samples") < stages.index("activate")
    child = next(d for d in sandbox.admin.dump("data_sets") if d["id"] == result.nexset_id)
    assert child["parent_data_set_id"] == base.nexset_id and child["transform_id"] == 1
    assert child["status"] == "ACTIVE"
    assert sandbox.admin.snapshot()["resources"].get("transforms", []) == []  # none created


def test_failing_samples_block_activation(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    base = discovered(client, "customers")
    result = derive_nexset(
        client,
        parent_nexset_id=base.nexset_id,
        name="customers-broken",
        transform_name="strip-email",
        operations=[{"operation": "remove", "spec": {"email": ""}}],
        required=["customer_id", "email"],
        forbidden=["ssn"],
    )
    assert result.transform.created
    assert not result.samples_ok and not result.activated and result.flow_id is None
    assert result.samples.invalid_rows == [1, 2, 3, 4, 5]
    assert {(i.field, i.problem) for i in result.samples.issues} == {("email", "missing")}
    assert result.forbidden_present == {"ssn": [1, 2, 3, 4, 5]}
    assert "row 1: `email` is missing" in result.problems()
    child = next(d for d in sandbox.admin.dump("data_sets") if d["id"] == result.nexset_id)
    assert child["status"] != "ACTIVE"
    assert sandbox.admin.dump("runs") == []  # nothing ran
