"""Async tasks that move pending -> running -> completed (or failed) as they are polled.

The status names are the official reference's. Each read of a task is a poll; every
`Settings.async_task_polls` polls the task advances one state. A task whose arguments
contain `"fail": true` ends `failed` with an `error`. Its result exists only once it is
`completed` (409 before).
"""

from __future__ import annotations

from ..errors import ApiError
from ..state import Actor, State
from ..store import Doc

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


def create_task(state: State, actor: Actor | None, body: Doc) -> Doc:
    """A pending task (422 for an unknown type or missing required arguments)."""
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
        actor,
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
    return state.store.put("async_tasks", doc)


def finished(doc: Doc) -> Doc:
    """A completed task (409 while it runs, or with its error once it failed)."""
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


def rerun(state: State, doc: Doc) -> Doc:
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
    return state.save("async_tasks", doc)
