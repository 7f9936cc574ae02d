"""Credentials: CRUD, probe, and previews of what a credential can reach.

The probe convention and the secrets rule are the domain's (`domain.credentials`).
Previews list a storage tree or sample a file through a credential that passes its
probe (400 otherwise); with `async` and no `request_id` they answer "pending" first.
"""

from __future__ import annotations

from typing import Any

from ..connectors import probe_tree
from ..domain import credentials
from ..domain.records import default_records
from ..domain.render import render_credential
from ..registry import Ctx, Reply, handler
from ..store import Doc
from .common import deleted_reply, paginate, require_body, visible


def _credential(ctx: Ctx) -> Doc:
    return ctx.state.must("data_credentials", ctx.path["credential_id"])


@handler("get_data_credentials")
def list_credentials(ctx: Ctx) -> list[Any]:
    ctype = ctx.q("credentials_type")
    docs = [
        d for d in visible(ctx, "data_credentials") if not ctype or d["credentials_type"] == ctype
    ]
    return [render_credential(ctx.state, d) for d in paginate(ctx, docs)]


@handler("create_data_credential")
def create_credential(ctx: Ctx) -> Doc:
    doc = credentials.create_credential(ctx.state, ctx, require_body(ctx))
    return render_credential(ctx.state, doc)


@handler("get_data_credential")
def get_credential(ctx: Ctx) -> Doc:
    return render_credential(ctx.state, _credential(ctx))


@handler("update_data_credential")
def update_credential(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    doc = credentials.update_credential(ctx.state, ctx, _credential(ctx), body)
    return render_credential(ctx.state, doc)


@handler("delete_data_credential")
def delete_credential(ctx: Ctx) -> Doc:
    doc = _credential(ctx)
    credentials.delete_credential(ctx.state, ctx, doc)
    return deleted_reply("data_credentials", doc["id"])


@handler("data_credential_probe")
def probe(ctx: Ctx) -> Doc | Reply:
    state = ctx.state
    doc = _credential(ctx)
    ok = credentials.probe(state, doc)
    if ctx.flag("async") and ctx.q("request_id") is None:
        return {"status": "pending", "request_id": doc["id"], "message": "Probe queued"}
    if not ok:  # a reply, not a raise: the FAILED verification status must be committed
        return Reply(body=credentials.probe_failure(doc).body(), status=400)
    return {
        "status": "success",
        "message": "Connection verified",
        "connection_verified": True,
        "timestamp": state.now(),
        "output": {"connection_type": doc["credentials_type"]},
    }


# -- previews --------------------------------------------------------------------------
def _pending(ctx: Ctx, cred: Doc) -> Doc | None:
    if ctx.flag("async") and ctx.q("request_id") is None:
        return {
            "status": "pending",
            "message": "Probe queued",
            "request_id": cred["id"],
            "progress": 0.0,
            "request_started_at": ctx.state.now(),
        }
    return None


def _done(ctx: Ctx, cred: Doc, message: str, payload: Doc) -> Doc:
    now = ctx.state.now()
    return {
        "status": "ok",
        "message": message,
        "connection_type": cred["credentials_type"],
        **payload,
        "request_id": ctx.q("request_id"),
        "progress": 1.0,
        "request_started_at": now,
        "request_completed_at": now,
    }


@handler("preview_connector_content", shaped=True)
def preview_content(ctx: Ctx) -> Any:
    cred = credentials.probed(ctx.state, ctx.path["credential_id"])
    pending = _pending(ctx, cred)
    if pending is not None:
        return pending
    path = str(require_body(ctx).get("path") or "/")
    records = default_records(cred["id"], 5)
    output = {"path": path, "format": "json", "data": records}
    return _done(ctx, cred, f"{len(records)} sample records from {path}", {"output": output})


@handler("preview_storage_structure", shaped=True)
def preview_tree(ctx: Ctx) -> Any:
    cred = credentials.probed(ctx.state, ctx.path["credential_id"])
    pending = _pending(ctx, cred)
    if pending is not None:
        return pending
    body = require_body(ctx)
    depth = max(0, min(int(body.get("depth") or 1), 3))
    root = str(body.get("path") or body.get("database") or "/")
    millis = int(ctx.state.clock.timestamp() * 1000)
    tree = probe_tree(cred["credentials_type"], root, depth, millis)
    return _done(ctx, cred, f"Listed {root} to depth {depth}", {"object": tree})
