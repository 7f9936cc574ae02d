"""Recipe 17: run an async task to the end: create, wait, result, download link, acknowledge.

Statuses are compared case-insensitively and both vocabularies are understood (the
official pending/running/completed/failed/cancelled and the QUEUED/RUNNING/DONE/FAILED
spelling seen elsewhere, plus success/error).
A failed task's reason is in `error` (there is no `error_message`). The wait has a total
timeout and backoff on an injectable clock; result and download link are read only after
the task is done, and a task type without a download answers "no link", not an error.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nexla_api import ConflictError, NexlaClient, NotFoundError
from nexla_api.api.async_tasks import (
    acknowledge_async_task,
    create_async_task,
    get_async_task,
    get_async_task_download_link,
    get_async_task_result,
    get_async_task_types,
)
from nexla_api.models import AsyncTask, AsyncTaskCreate, DownloadLink

from ._progress import ProgressFn, emit
from ._wait import Backoff, Clock, Sleep, poll_until

DONE = frozenset({"DONE", "COMPLETED", "SUCCESS", "SUCCEEDED"})
FAILED = frozenset({"FAILED", "ERROR", "CANCELLED", "CANCELED", "STOPPED"})
DEFAULT_BACKOFF = Backoff(initial=1.0, factor=2.0, maximum=30.0)


class UnknownTaskType(ValueError):
    def __init__(self, task_type: str, known: list[str]) -> None:
        super().__init__(f"unknown task type {task_type!r}; available: {', '.join(known)}")
        self.known = known


@dataclass
class TaskOutcome:
    task_id: int
    task_type: str
    status: str
    states: list[str] = field(default_factory=list)
    polls: int = 0
    error: str | None = None
    result: Any = None
    download_url: str | None = None
    download_expires_at: datetime | None = None
    acknowledged: bool = False

    @property
    def succeeded(self) -> bool:
        return self.status.upper() in DONE

    def to_dict(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id,
            "type": self.task_type,
            "status": self.status,
            "succeeded": self.succeeded,
            "states": self.states,
            "polls": self.polls,
            "error": self.error,
            "result": self.result,
            "download_url": self.download_url,
            "download_expires_at": (
                self.download_expires_at.isoformat() if self.download_expires_at else None
            ),
            "acknowledged": self.acknowledged,
        }


def _download(client: NexlaClient, task_id: int) -> tuple[str | None, datetime | None]:
    try:
        link = get_async_task_download_link.sync(task_id, client=client)
    except (NotFoundError, ConflictError):
        return None, None
    if isinstance(link, DownloadLink):
        return link.url, link.expires_at
    if isinstance(link, str):
        return link, None
    if isinstance(link, Mapping) and isinstance(link.get("url"), str):
        return str(link["url"]), None
    return None, None


def run_task(
    client: NexlaClient,
    task_type: str,
    arguments: Mapping[str, Any] | None = None,
    *,
    priority: int | None = None,
    timeout: float = 300.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    check_type: bool = True,
    acknowledge: bool = True,
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
    progress: ProgressFn | None = None,
) -> TaskOutcome:
    """Create a task and follow it until it completes or fails; raises `WaitTimeout` past `timeout`.

    A failed task is returned (not raised) with its `error`; it is acknowledged too, so it
    stops showing up as unread.
    """
    if check_type:
        known = sorted(get_async_task_types.sync(client=client) or [])
        if task_type not in known:
            raise UnknownTaskType(task_type, known)
    body = AsyncTaskCreate(type_=task_type, arguments=dict(arguments or {}))
    if priority is not None:
        body.priority = priority
    task = create_async_task.sync(client=client, body=body)
    outcome = TaskOutcome(int(task.id), task_type, str(task.status or "pending"))
    outcome.states.append(outcome.status)
    emit(progress, "task", f"created task {task.id} ({outcome.status})")

    def finished() -> AsyncTask | None:
        current = get_async_task.sync(outcome.task_id, client=client)
        status = str(current.status or "")
        if status and status != outcome.states[-1]:
            outcome.states.append(status)
            emit(progress, "task", f"task {outcome.task_id} is {status}")
        outcome.status = status or outcome.status
        return current if status.upper() in DONE | FAILED else None

    final, outcome.polls = poll_until(
        f"task {outcome.task_id} to finish",
        finished,
        timeout=timeout,
        backoff=backoff,
        sleep=sleep,
        clock=clock,
    )
    if outcome.succeeded:
        outcome.result = get_async_task_result.sync(outcome.task_id, client=client)
        outcome.download_url, outcome.download_expires_at = _download(client, outcome.task_id)
    else:
        outcome.error = final.error or f"task ended {outcome.status}"
    if acknowledge:
        acknowledge_async_task.sync(outcome.task_id, client=client)
        outcome.acknowledged = True
    return outcome
