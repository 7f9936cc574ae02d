"""Async tasks: create, poll, read the result, acknowledge, rerun.

How a task moves through its states as it is polled is the domain's (`domain.tasks`).
`by_status` also understands the other spelling (`QUEUED`, `RUNNING`, `DONE`) seen in
the SDK's tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..clock import iso
from ..domain import tasks
from ..errors import ApiError
from ..registry import Ctx, handler
from ..state import public
from ..store import Doc
from .common import require_body

# Other spellings of the same states (by_status accepts them).
SYNONYMS = {"queued": "pending", "done": "completed", "success": "completed", "error": "failed"}


def _task(ctx: Ctx) -> Doc:
    return ctx.state.must("async_tasks", ctx.path["task_id"])


@handler("get_async_tasks")
def list_tasks(ctx: Ctx) -> list[Any]:
    return [public(d) for d in ctx.state.store.all("async_tasks")]


@handler("get_async_task_types")
def task_types(ctx: Ctx) -> list[str]:
    return sorted(tasks.TASK_TYPES)


@handler("get_async_tasks_explain_arguments")
def explain(ctx: Ctx) -> Doc:
    task_type = ctx.path["task_type"]
    if task_type not in tasks.TASK_TYPES:
        raise ApiError(404, f"Unknown async task type {task_type!r}")
    return {"type": task_type, "arguments": tasks.TASK_TYPES[task_type]}


@handler("create_async_task")
def create_task(ctx: Ctx) -> Doc:
    return public(tasks.create_task(ctx.state, ctx, require_body(ctx)))


@handler("get_async_task")
def get_task(ctx: Ctx) -> Doc:
    doc = _task(ctx)
    tasks.advance(ctx.state, doc)
    return public(doc)


@handler("get_async_task_result")
def result(ctx: Ctx) -> Doc:
    return dict(tasks.finished(_task(ctx))["result"] or {})


@handler("get_async_task_download_link")
def download_link(ctx: Ctx) -> Doc:
    doc = tasks.finished(_task(ctx))
    expires = ctx.state.clock.now().timestamp() + 3600
    return {"url": doc["result_url"], "expires_at": iso(datetime.fromtimestamp(expires, UTC))}


@handler("acknowledge_async_task")
def acknowledge(ctx: Ctx) -> Doc:
    doc = _task(ctx)
    doc["_acknowledged"] = True
    ctx.state.save("async_tasks", doc)
    return {"status": "ok"}


@handler("get_async_tasks_of_type")
def tasks_of_type(ctx: Ctx) -> list[Any]:
    wanted = ctx.path["task_type"]
    return [public(d) for d in ctx.state.store.all("async_tasks") if d["type"] == wanted]


@handler("get_async_tasks_by_status")
def tasks_by_status(ctx: Ctx) -> list[Any]:
    raw = str(ctx.path["status"]).lower()
    wanted = SYNONYMS.get(raw, raw)
    return [public(d) for d in ctx.state.store.all("async_tasks") if d["status"] == wanted]


@handler("delete_async_task")
def delete_task(ctx: Ctx) -> Doc:
    doc = _task(ctx)
    ctx.state.store.delete("async_tasks", doc["id"])
    return {"status": "deleted"}


@handler("rerun_async_task")
def rerun_task(ctx: Ctx) -> Doc:
    return public(tasks.rerun(ctx.state, _task(ctx)))
