"""Recipe 2: credential + source, and the discovery wait returns the nexset after polling."""

from __future__ import annotations

import pytest

from nexla_recipes._wait import Backoff, WaitTimeout
from nexla_recipes.sources import (
    CredentialSpec,
    create_and_discover,
    create_source,
    wait_for_discovery,
)
from nexla_sandbox.testing import SandboxServer

from .pipelines import FakeTime
from .recipes_support import client_for


def test_discovery_wait_returns_the_nexset_after_the_sandbox_polls(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    fake = FakeTime()
    events: list[str] = []
    result = create_and_discover(
        client,
        source_name="orders",
        source_type="s3",
        source_config={"path": "orders/"},
        credential=CredentialSpec("orders-cred", "s3", {"secret_key": "s3cr3t"}),
        sleep=fake.sleep,
        clock=fake.clock,
        progress=lambda p: events.append(p.stage),
    )
    nexsets = sandbox.admin.dump("data_sets")
    assert result.nexset_ids == [nexsets[0]["id"]]
    assert nexsets[0]["data_source_id"] == result.source_id
    assert result.polls == 2  # the session sandbox discovers on the second poll
    assert fake.sleeps == [2.0]  # one backoff pause between the polls, no real sleep
    assert result.credential_created and result.listed
    source = sandbox.admin.dump("data_sources")[0]
    assert source["data_credentials_id"] == result.credential_id
    assert events[:2] == ["credential", "source"] and "discovery" in events


def test_discovery_times_out_with_backoff(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    settings = sandbox.state.settings
    before = settings.discovery_polls
    settings.discovery_polls = 1000
    try:
        source_id = create_source(client, name="slow", source_type="s3")
        fake = FakeTime()
        with pytest.raises(WaitTimeout) as caught:
            wait_for_discovery(
                client,
                source_id,
                timeout=10,
                backoff=Backoff(initial=2, factor=2, maximum=4),
                sleep=fake.sleep,
                clock=fake.clock,
            )
    finally:
        settings.discovery_polls = before
    assert fake.sleeps == [2, 4, 4]  # never sleeps past the deadline
    assert caught.value.polls == 4
    assert "source" in str(caught.value) and "10s" in str(caught.value)


def test_credential_and_credential_id_are_exclusive(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="not both"):
        create_and_discover(
            client_for(sandbox),
            source_name="x",
            source_type="s3",
            credential=CredentialSpec("c", "s3", {}),
            credential_id=1,
        )
