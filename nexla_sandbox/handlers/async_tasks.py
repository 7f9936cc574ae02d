"""Async tasks that move pending -> running -> completed (or failed) as they are polled.

The status names are the official reference's. Each `GET /async_tasks/{id}` is a poll;
every `Settings.async_task_polls` polls the task advances one state. A task whose
arguments contain `"fail": true` ends `failed` with an `error`. Result and download link
exist only once the task is `completed` (409 before). `by_status` also understands the
other spelling (`QUEUED`, `RUNNING`, `DONE`) seen in the SDK's tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..clock import iso
from ..errors import ApiError
from ..registry import Ctx, handler
from ..state import State, public
from ..store import Doc
from .common import require_body

TASK_TYPES: dict[str, Doc] = {
    "BulkDeleteNotifications": {
        "notification_ids": {"type": "array", "items": "integer", "required": False},
        "all": {"type": "boolean", "required": False},
    },
    "BulkPauseFlows": {"flow_ids": {"type": "array", "items": "integer", "required": True}},
    "export": {
        "resource_id": {"type": "integer", "required": True},
        "format": {"type": "string", "enum": ["csv", "json"], "required": False},
    },
}
STATES = ["pending", "running", "completed"]
FINISHED = ("completed", "failed", "cancelled")
# Other spellings of the same states (by_status accepts them).
SYNONYMS = {"queued": "pending", "done": "completed", "success": "completed", "error": "failed"}


def advance(state: State, doc: Doc) -> None:
    if doc["status"] in FINISHED:
        return
    doc["_polls"] = int(doc.get("_polls", 0)) + 1
    step = max(1, state.settings.async_task_polls)
    index = min(doc["_polls"] // step, 2)
    now = state.now()
    status = STATES[index]
    if status == "running" and doc["started_at"] is None:
        doc["started_at"] = now
        doc["progress"] = 0.5
    if status == "completed":
        doc["started_at"] = doc["started_at"] or now
        doc["finished_at"] = now
        doc["progress"] = 1.0
        if (doc.get("_arguments") or {}).get("fail") is True:
            status = "failed"
            doc["error"] = f"Task {doc['id']} failed: the arguments were rejected"
            doc["result"] = None
        else:
            doc["result"] = {"data": [], "rows": 0, "type": doc["type"]}
            doc["result_url"] = f"https://sandbox.nexla.local/async_tasks/{doc['id']}/result.json"
    doc["status"] = status
    state.save("async_tasks", doc)


@handler("get_async_tasks")
def list_tasks(ctx: Ctx) -> list[Any]:
    return [public(d) for d in ctx.state.store.all("async_tasks")]


@handler("get_async_task_types")
def task_types(ctx: Ctx) -> list[str]:
    return sorted(TASK_TYPES)


@handler("get_async_tasks_explain_arguments")
def explain(ctx: Ctx) -> Doc:
    task_type = ctx.path["task_type"]
    if task_type not in TASK_TYPES:
        raise ApiError(404, f"Unknown async task type {task_type!r}")
    return {"type": task_type, "arguments": TASK_TYPES[task_type]}


@handler("create_async_task")
def create_task(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    if body["type"] not in TASK_TYPES:
        raise ApiError(422, f"Unknown async task type {body['type']!r}; see GET /async_tasks/types")
    arguments = body.get("arguments") or {}
    missing = [
        k for k, v in TASK_TYPES[body["type"]].items() if v.get("required") and k not in arguments
    ]
    if missing:
        raise ApiError(
            422,
            f"Missing arguments for {body['type']}: {', '.join(missing)}",
            errors=[{"field": f"arguments.{m}", "message": "is required"} for m in missing],
        )
    doc = state.new_doc(
        "async_tasks",
        ctx,
        {
            "type": body["type"],
            "status": "pending",
            "priority": body.get("priority", 0),
            "progress": 0.0,
            "started_at": None,
            "finished_at": None,
            "stopped_at": None,
            "result": None,
            "result_url": None,
            "error": None,
            "_arguments": arguments,
            "_polls": 0,
            "_acknowledged": False,
        },
    )
    doc.pop("access_roles")
    state.store.put("async_tasks", doc)
    return public(doc)


@handler("get_async_task")
def get_task(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = state.must("async_tasks", ctx.path["task_id"])
    advance(state, doc)
    return public(doc)


def _finished(ctx: Ctx) -> Doc:
    doc = ctx.state.must("async_tasks", ctx.path["task_id"])
    if doc["status"] == "failed":
        raise ApiError(
            409, doc["error"] or "Task failed", resource_type="async_tasks", resource_id=doc["id"]
        )
    if doc["status"] != "completed":
        raise ApiError(
            409,
            f"Task {doc['id']} is {doc['status']}; poll it until completed",
            resource_type="async_tasks",
            resource_id=doc["id"],
        )
    return doc


@handler("get_async_task_result")
def result(ctx: Ctx) -> Doc:
    return dict(_finished(ctx)["result"] or {})


@handler("get_async_task_download_link")
def download_link(ctx: Ctx) -> Doc:
    doc = _finished(ctx)
    expires = ctx.state.clock.now().timestamp() + 3600
    return {"url": doc["result_url"], "expires_at": iso(datetime.fromtimestamp(expires, UTC))}


@handler("acknowledge_async_task")
def acknowledge(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = state.must("async_tasks", ctx.path["task_id"])
    doc["_acknowledged"] = True
    state.save("async_tasks", doc)
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
    doc = ctx.state.must("async_tasks", ctx.path["task_id"])
    ctx.state.store.delete("async_tasks", doc["id"])
    return {"status": "deleted"}


@handler("rerun_async_task")
def rerun_task(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = state.must("async_tasks", ctx.path["task_id"])
    doc.update(
        {
            "status": "pending",
            "progress": 0.0,
            "started_at": None,
            "finished_at": None,
            "result": None,
            "result_url": None,
            "error": None,
            "_polls": 0,
        }
    )
    state.save("async_tasks", doc)
    return public(doc)
