"""Async task statuses: the official names are enum members, and the other spelling seen in
the SDK's tests (QUEUED/RUNNING/DONE) still parses and is understood by the task recipe."""

from __future__ import annotations

import pytest

from nexla_api.models import AsyncTask, AsyncTaskStatus
from nexla_recipes.async_task import TaskOutcome


@pytest.mark.parametrize("status", ["pending", "running", "completed", "failed", "cancelled"])
def test_official_statuses_are_members(status: str) -> None:
    task = AsyncTask.from_dict({"id": 1, "status": status})
    assert task.status is AsyncTaskStatus(status)
    assert task.to_dict()["status"] == status


@pytest.mark.parametrize(
    ("status", "succeeded"),
    [("QUEUED", False), ("RUNNING", False), ("DONE", True), ("completed", True), ("failed", False)],
)
def test_other_spellings_parse_and_round_trip(status: str, succeeded: bool) -> None:
    task = AsyncTask.from_dict({"id": 1, "status": status})
    assert isinstance(task.status, AsyncTaskStatus) and task.status.value == status
    assert task.to_dict()["status"] == status
    assert TaskOutcome(1, "export", str(task.status)).succeeded is succeeded
