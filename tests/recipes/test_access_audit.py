"""Access audit: the window really filters (server by day, client by instant), any type."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from nexla_api import NexlaClient
from nexla_api.api.access_control import (
    add_data_credential_accessors,
    add_data_source_accessors,
    delete_data_source_accessors,
)
from nexla_api.api.sources import update_data_source
from nexla_api.models import AccessorsRequest, DataSourceUpdate
from nexla_recipes.access_audit import audit_access, resource_kind
from nexla_sandbox.testing import SandboxServer
from tests.recipes import envseed as es


class Clock:
    """Moves the sandbox clock to chosen instants and puts it back afterwards."""

    def __init__(self, sandbox: SandboxServer) -> None:
        self._clock = sandbox.state.clock
        self._moved = 0.0

    def go(self, when: datetime) -> None:
        delta = (when - self._clock.now()).total_seconds()
        self._clock.advance(delta)
        self._moved += delta

    def restore(self) -> None:
        self._clock.advance(-self._moved)
        self._moved = 0.0


@pytest.fixture
def clock(sandbox: SandboxServer) -> Iterator[Clock]:
    c = Clock(sandbox)
    yield c
    c.restore()


def accessors(*items: dict[str, Any]) -> AccessorsRequest:
    return AccessorsRequest.from_dict({"accessors": list(items)})


DANA: dict[str, Any] = {"type": "USER", "email": "dana@example.com", "access_roles": ["operator"]}
TEAM: dict[str, Any] = {
    "type": "TEAM",
    "name": "data-engineering",
    "access_roles": ["collaborator"],
}


@dataclass(frozen=True)
class History:
    source: int
    credential: int
    day: datetime  # 00:00 UTC of the day with two access changes


def make_history(client: NexlaClient, clock: Clock) -> History:
    """t1 = day-9 10:00 grant Dana; day 10:00 grant team; day 12:00 revoke Dana; now rename."""
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    day = today - timedelta(days=1)
    clock.go(day - timedelta(days=9) + timedelta(hours=10))
    cred = es.credential(client, "audited")
    source, _ = es.source(client, "audited-source", cred, ["env:prod"])
    add_data_source_accessors.sync(source, client=client, body=accessors(DANA))
    add_data_credential_accessors.sync(cred, client=client, body=accessors(TEAM))
    clock.go(day + timedelta(hours=10))
    add_data_source_accessors.sync(source, client=client, body=accessors(TEAM))
    clock.go(day + timedelta(hours=12))
    delete_data_source_accessors.sync(source, client=client, body=accessors(DANA))
    clock.restore()
    update_data_source.sync(source, client=client, body=DataSourceUpdate(name="renamed"))
    return History(source, cred, day)


def test_window_filters_by_day_on_the_server_and_by_instant_here(
    sandbox: SandboxServer, nexla_client: NexlaClient, clock: Clock
) -> None:
    h = make_history(nexla_client, clock)
    since = h.day + timedelta(hours=11)  # same day as the team grant, after it
    report = audit_access(nexla_client, [("sources", h.source)], since=since)
    (res,) = report.resources
    # the API got from=<day>: it returned that day's two changes and today's rename, not the
    # grant 9 days earlier nor the creation; the client dropped the 10:00 grant
    assert res.entries_read == 3
    assert [(c.event, c.granted, c.revoked) for c in res.changes] == [
        ("update", (), ("USER:dana@example.com(operator)",))
    ]
    assert res.accessors == [
        "TEAM:data-engineering(collaborator)",
        "USER:owner@example.com(owner)",
    ]
    # a window in the past: only the first grant
    old = audit_access(
        nexla_client,
        [("source", h.source)],
        since=h.day - timedelta(days=10),
        until=h.day - timedelta(days=8),
    )
    assert [c.granted for c in old.changes] == [("USER:dana@example.com(operator)",)]
    # the whole history: three access changes, newest first, the rename left out
    everything = audit_access(
        nexla_client, [("source", h.source)], since=h.day - timedelta(days=30)
    )
    assert [c.created_at.hour for c in everything.changes] == [12, 10, 10]
    print(
        f"\naudit: window since day+11h -> {len(res.changes)} change; "
        f"past window -> {len(old.changes)}; all -> {len(everything.changes)}"
    )


def test_several_types_json_and_csv_and_errors_per_resource(
    sandbox: SandboxServer, nexla_client: NexlaClient, clock: Clock
) -> None:
    h = make_history(nexla_client, clock)
    report = audit_access(
        nexla_client,
        [("credential", h.credential), ("data_sources", h.source), ("nexset", 999_999)],
        since=h.day - timedelta(days=30),
    )
    cred, source, missing = report.resources
    assert [c.granted for c in cred.changes] == [("TEAM:data-engineering(collaborator)",)]
    assert len(source.changes) == 3
    assert missing.error is not None and "404" in missing.error
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert [r["record"] for r in rows].count("change") == 4
    assert {r["accessor"] for r in rows if r["record"] == "accessor"} >= {
        "TEAM:data-engineering(collaborator)"
    }
    assert '"changes": 4' in report.to_json()


def test_bad_inputs() -> None:
    with pytest.raises(ValueError, match="unknown resource type 'flowz'"):
        resource_kind("flowz")
    now = datetime.now(UTC)
    with pytest.raises(ValueError, match="window is empty"):
        audit_access(None, [], since=now, until=now)  # type: ignore[arg-type]
