"""Building blocks for the recipe tests: a fake clock and ready-made pipelines in the sandbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient
from nexla_recipes.sources import CredentialSpec, create_and_discover
from nexla_recipes.wire import wire_destination


@dataclass
class FakeTime:
    """A monotonic clock that only moves when something sleeps on it."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass(frozen=True)
class Pipeline:
    credential_id: int
    source_id: int
    nexset_id: int
    destination_id: int | None = None
    flow_id: int | None = None
    origin_node_id: int | None = None


def discovered(
    client: NexlaClient,
    name: str,
    *,
    records: list[dict[str, Any]] | None = None,
    credential_name: str | None = None,
) -> Pipeline:
    """Credential + source, waited on until its nexset is discovered."""
    config: dict[str, Any] = {"path": f"{name}/", "file_format": "json"}
    if records is not None:
        config["sample_records"] = records
    fake = FakeTime()
    found = create_and_discover(
        client,
        source_name=name,
        source_type="s3",
        source_config=config,
        credential=CredentialSpec(credential_name or f"{name}-cred", "s3", {"region": "eu-west-1"}),
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert found.credential_id is not None
    return Pipeline(found.credential_id, found.source_id, found.nexset_ids[0])


def wired(
    client: NexlaClient,
    name: str,
    *,
    activate: bool = True,
    credential_name: str | None = None,
) -> Pipeline:
    """A discovered source with a destination on its nexset, flow activated."""
    base = discovered(client, name, credential_name=credential_name)
    wire = wire_destination(
        client,
        nexset_id=base.nexset_id,
        name=f"{name}-sink",
        sink_type="s3",
        credential_id=base.credential_id,
        sink_config={"path": f"out/{name}/"},
        activate=activate,
    )
    return Pipeline(
        base.credential_id,
        base.source_id,
        base.nexset_id,
        wire.destination_id,
        wire.flow_id,
        wire.origin_node_id,
    )
