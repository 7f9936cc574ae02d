"""Recipe 2: create a credential and a source, then wait for Nexla to discover its nexsets.

Discovery is asynchronous: a new source has no `data_sets`, so the source is re-read with
`GET /data_sources/{id}?expand=1` until at least one appears, with backoff and a hard
timeout instead of a single read that usually comes back empty.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from nexla_api import NexlaClient, paginate
from nexla_api.api.credentials import create_data_credential
from nexla_api.api.nexsets import get_nexsets
from nexla_api.api.sources import create_data_source, get_data_source
from nexla_api.models import DataCredentialCreate, DataSourceCreate

from ._progress import ProgressFn, emit
from ._wait import Backoff, Clock, Sleep, poll_until

DEFAULT_BACKOFF = Backoff(initial=2.0, factor=1.5, maximum=30.0)


@dataclass(frozen=True)
class CredentialSpec:
    """A credential to create: connector type and its (secret) fields."""

    name: str
    credentials_type: str
    credentials: Mapping[str, Any] | None = field(repr=False)
    description: str | None = None


@dataclass(frozen=True)
class DiscoveryResult:
    """What was created and discovered; `nexset_ids` are confirmed in the nexset list."""

    credential_id: int | None
    credential_created: bool
    source_id: int
    nexset_ids: list[int]
    polls: int
    listed: bool


def create_credential(client: NexlaClient, spec: CredentialSpec) -> int:
    """`POST /data_credentials`; returns the new id."""
    body = DataCredentialCreate(name=spec.name, credentials_type=spec.credentials_type)
    if spec.credentials is not None:
        body.credentials = dict(spec.credentials)
    if spec.description is not None:
        body.description = spec.description
    return int(create_data_credential.sync(client=client, body=body).id)


def create_source(
    client: NexlaClient,
    *,
    name: str,
    source_type: str,
    source_config: Mapping[str, Any] | None = None,
    credential_id: int | None = None,
    description: str | None = None,
    ingest_method: str | None = None,
) -> int:
    """`POST /data_sources`; returns the new id."""
    body = DataSourceCreate(name=name, source_type=source_type)
    if credential_id is not None:
        body.data_credentials_id = credential_id
    if source_config is not None:
        body.source_config = dict(source_config)
    if description is not None:
        body.description = description
    if ingest_method is not None:
        body.ingest_method = ingest_method
    return int(create_data_source.sync(client=client, body=body).id)


def discovered_nexsets(client: NexlaClient, source_id: int) -> list[int]:
    """The nexsets Nexla has discovered for a source so far, in the reply's order
    (`GET /data_sources/{id}?expand=1`; empty while discovery is still running)."""
    source = get_data_source.sync(source_id, client=client, expand=1)
    sets = source.data_sets if isinstance(source.data_sets, list) else []
    return [int(s.id) for s in sets]


def wait_for_discovery(
    client: NexlaClient,
    source_id: int,
    *,
    timeout: float = 300.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
    progress: ProgressFn | None = None,
) -> tuple[list[int], int]:
    """Poll the expanded source until it lists nexsets; returns (nexset ids, polls).

    Raises `WaitTimeout` if none appear within `timeout` seconds.
    """

    def discovered() -> list[int] | None:
        return sorted(discovered_nexsets(client, source_id)) or None

    def waiting(polls: int, pause: float) -> None:
        emit(progress, "discovery", f"no nexset yet after {polls} poll(s); next in {pause:g}s")

    return poll_until(
        f"source {source_id} to discover a nexset",
        discovered,
        timeout=timeout,
        backoff=backoff,
        sleep=sleep,
        clock=clock,
        on_wait=waiting,
    )


def create_and_discover(
    client: NexlaClient,
    *,
    source_name: str,
    source_type: str,
    source_config: Mapping[str, Any] | None = None,
    credential: CredentialSpec | None = None,
    credential_id: int | None = None,
    timeout: float = 300.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
    progress: ProgressFn | None = None,
) -> DiscoveryResult:
    """Credential (new or existing) -> source -> discovered nexsets, checked in the nexset list."""
    if credential is not None and credential_id is not None:
        raise ValueError("give a credential to create or an existing credential_id, not both")
    created = False
    if credential is not None:
        emit(progress, "credential", f"creating credential {credential.name!r}")
        credential_id = create_credential(client, credential)
        created = True
    emit(progress, "source", f"creating source {source_name!r}")
    source_id = create_source(
        client,
        name=source_name,
        source_type=source_type,
        source_config=source_config,
        credential_id=credential_id,
    )
    nexset_ids, polls = wait_for_discovery(
        client,
        source_id,
        timeout=timeout,
        backoff=backoff,
        sleep=sleep,
        clock=clock,
        progress=progress,
    )
    emit(progress, "discovery", f"source {source_id} discovered nexsets {nexset_ids}")
    wanted = set(nexset_ids)
    seen = {
        int(n.id) for n in paginate(get_nexsets.sync, client=client, per_page=100) if n.id in wanted
    }
    return DiscoveryResult(
        credential_id=credential_id,
        credential_created=created,
        source_id=source_id,
        nexset_ids=nexset_ids,
        polls=polls,
        listed=seen == wanted,
    )
