"""Recipe 17: a task walks pending -> running -> completed, then result, link and acknowledgement."""

from __future__ import annotations

import pytest

from nexla_recipes._wait import Backoff, WaitTimeout
from nexla_recipes.async_task import UnknownTaskType, run_task
from nexla_sandbox.testing import SandboxServer

from .pipelines import FakeTime
from .recipes_support import client_for


def test_task_walks_the_states_to_a_result(sandbox: SandboxServer) -> None:
    fake = FakeTime()
    outcome = run_task(
        client_for(sandbox),
        "export",
        {"resource_id": 7, "format": "csv"},
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert outcome.states == ["pending", "running", "completed"]
    assert outcome.succeeded and outcome.polls == 2 and fake.sleeps == [1.0]
    assert outcome.result == {"data": [], "rows": 0, "type": "export"}
    assert outcome.download_url == (
        f"https://sandbox.nexla.local/async_tasks/{outcome.task_id}/result.json"
    )
    assert outcome.download_expires_at is not None
    assert outcome.acknowledged and outcome.error is None
    [task] = sandbox.admin.dump("async_tasks")
    assert task["status"] == "completed"


def test_failed_task_reports_error_field(sandbox: SandboxServer) -> None:
    fake = FakeTime()
    outcome = run_task(
        client_for(sandbox),
        "export",
        {"resource_id": 7, "fail": True},
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert outcome.states == ["pending", "running", "failed"] and not outcome.succeeded
    assert outcome.error == f"Task {outcome.task_id} failed: the arguments were rejected"
    assert outcome.result is None and outcome.download_url is None
    assert outcome.acknowledged


def test_timeout_and_unknown_type(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    with pytest.raises(UnknownTaskType, match="available: BulkDeleteNotifications"):
        run_task(client, "exprot", {})
    settings = sandbox.state.settings
    before = settings.async_task_polls
    settings.async_task_polls = 1000
    fake = FakeTime()
    try:
        with pytest.raises(WaitTimeout, match="timed out after 5s"):
            run_task(
                client,
                "export",
                {"resource_id": 1},
                timeout=5,
                backoff=Backoff(1, 2, 8),
                sleep=fake.sleep,
                clock=fake.clock,
            )
    finally:
        settings.async_task_polls = before
    assert fake.sleeps == [1, 2, 2]
