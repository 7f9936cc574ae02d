"""Credentials: CRUD and probe.

Probe convention (documented in nexla_sandbox/README.md): a credential whose `credentials`
contain `"fail_probe": true` (or whose name starts with `invalid`) fails its probe;
every other credential passes. Secrets are never echoed: only keys that look harmless
are copied into `credentials_non_secure_data`.
"""

from __future__ import annotations

from typing import Any

from ..connectors import check_config, check_create, connector
from ..registry import ApiError, Ctx, Reply, conflict, handler
from ..state import State, paginate, public, require_body
from ..store import Doc
from .common import deleted_reply, users_of_credential, visible

SECRET_HINTS = ("password", "secret", "key", "token", "private")


def render(state: State, doc: Doc) -> Doc:
    out = public(doc)
    out["referenced_resource_ids"] = users_of_credential(state, doc["id"])
    return out


def _non_secure(creds: dict[str, Any] | None) -> dict[str, Any]:
    return {
        k: v
        for k, v in (creds or {}).items()
        if not any(h in k.lower() for h in SECRET_HINTS) and k != "fail_probe"
    }


def probe_ok(doc: Doc) -> bool:
    creds = doc.get("_credentials") or {}
    return not (creds.get("fail_probe") is True or str(doc.get("name", "")).startswith("invalid"))


@handler("get_data_credentials")
def list_credentials(ctx: Ctx) -> list[Any]:
    ctype = ctx.q("credentials_type")
    docs = [
        d for d in visible(ctx, "data_credentials") if not ctype or d["credentials_type"] == ctype
    ]
    return [render(ctx.state, d) for d in paginate(ctx, docs)]


@handler("create_data_credential")
def create_credential(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    check_create("credentials", body)
    ctype = body["credentials_type"]
    doc = state.new_doc(
        "data_credentials",
        ctx,
        {
            "name": body["name"],
            "description": body.get("description"),
            "credentials_type": ctype,
            "connector": connector(ctype),
            "credentials_version": "1",
            "verified_status": "UNVERIFIED",
            "verified_at": None,
            "credentials_non_secure_data": _non_secure(body.get("credentials")),
            "template_config": body.get("template_config"),
            "managed": False,
            "tags": [],
            "_credentials": body.get("credentials") or {},
        },
    )
    state.store.put("data_credentials", doc)
    state.audit(ctx, "data_credentials", doc, "create", {"name": [None, doc["name"]]})
    return render(state, doc)


@handler("get_data_credential")
def get_credential(ctx: Ctx) -> Doc:
    return render(ctx.state, ctx.state.must("data_credentials", ctx.path["credential_id"]))


@handler("update_data_credential")
def update_credential(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = state.must("data_credentials", ctx.path["credential_id"])
    check_config("credentials", str(doc["credentials_type"]), body.get("credentials"))
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "credentials" in body:
        doc["_credentials"] = body["credentials"] or {}
        changes["credentials_non_secure_data"] = _non_secure(body["credentials"])
        changes["credentials_version"] = str(int(doc.get("credentials_version") or "1") + 1)
        changes["verified_status"] = "UNVERIFIED"
    state.update_fields(ctx, "data_credentials", doc, changes)
    return render(state, doc)


@handler("delete_data_credential")
def delete_credential(ctx: Ctx) -> Doc:
    state = ctx.state
    cred_id = ctx.path["credential_id"]
    doc = state.must("data_credentials", cred_id)
    used = users_of_credential(state, cred_id)
    if used:
        names = ", ".join(f"{k} {v}" for k, v in used.items())
        raise conflict(f"Credential {cred_id} is in use by {names}", "data_credentials", cred_id)
    state.store.delete("data_credentials", cred_id)
    state.audit(ctx, "data_credentials", doc, "destroy", {"id": [cred_id, None]})
    return deleted_reply("data_credentials", cred_id)


@handler("data_credential_probe")
def probe(ctx: Ctx) -> Doc | Reply:
    state = ctx.state
    doc = state.must("data_credentials", ctx.path["credential_id"])
    ok = probe_ok(doc)
    changes = {"verified_status": "VERIFIED" if ok else "FAILED", "verified_at": state.now()}
    doc.update(changes)
    state.save("data_credentials", doc)
    if ctx.flag("async") and ctx.q("request_id") is None:
        return {"status": "pending", "request_id": doc["id"], "message": "Probe queued"}
    if not ok:  # a reply, not a raise: the FAILED verification status must be committed
        err = ApiError(
            400,
            f"Credential probe failed: could not connect with credential {doc['id']}",
            resource_type="data_credentials",
            resource_id=doc["id"],
        )
        return Reply(body=err.body(), status=400)
    return {
        "status": "success",
        "message": "Connection verified",
        "connection_verified": True,
        "timestamp": state.now(),
        "output": {"connection_type": doc["credentials_type"]},
    }
