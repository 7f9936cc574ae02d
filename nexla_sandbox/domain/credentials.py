"""Credentials: create, change, delete, probe; who uses one.

Probe convention (documented in nexla_sandbox/README.md): a credential whose `credentials`
contain `"fail_probe": true` (or whose name starts with `invalid`) fails its probe;
every other credential passes. Secrets are never echoed: only keys that look harmless
are copied into `credentials_non_secure_data`.
"""

from __future__ import annotations

from typing import Any

from ..connectors import check_config, check_create, connector
from ..errors import ApiError, conflict, not_found
from ..state import Actor, State
from ..store import Doc

SECRET_HINTS = ("password", "secret", "key", "token", "private")


def non_secure(creds: dict[str, Any] | None) -> dict[str, Any]:
    return {
        k: v
        for k, v in (creds or {}).items()
        if not any(h in k.lower() for h in SECRET_HINTS) and k != "fail_probe"
    }


def probe_ok(doc: Doc) -> bool:
    creds = doc.get("_credentials") or {}
    return not (creds.get("fail_probe") is True or str(doc.get("name", "")).startswith("invalid"))


def probe_failure(doc: Doc) -> ApiError:
    return ApiError(
        400,
        f"Credential probe failed: could not connect with credential {doc['id']}",
        resource_type="data_credentials",
        resource_id=doc["id"],
    )


def probed(state: State, cred_id: int) -> Doc:
    """A credential that passes its probe (400 if it does not)."""
    cred = state.must("data_credentials", cred_id)
    if not probe_ok(cred):
        raise probe_failure(cred)
    return cred


def users_of_credential(state: State, cred_id: int) -> dict[str, list[int]]:
    used: dict[str, list[int]] = {}
    for kind in ("data_sources", "data_sinks"):
        ids = [d["id"] for d in state.store.all(kind) if d.get("data_credentials_id") == cred_id]
        if ids:
            used[kind] = ids
    genai = [
        d["id"]
        for d in state.store.all("gen_ai_configs")
        if d.get("data_credentials_id") == cred_id
    ]
    if genai:
        used["gen_ai_integration_configs"] = genai
    return used


def check_exists(state: State, cred_id: Any) -> None:
    """404 for a credential id that names nothing (None names nothing and passes)."""
    if cred_id is not None and state.store.get("data_credentials", int(cred_id)) is None:
        raise not_found("data_credentials", int(cred_id))


def create_credential(state: State, actor: Actor | None, body: Doc) -> Doc:
    check_create("credentials", body)
    ctype = body["credentials_type"]
    doc = state.new_doc(
        "data_credentials",
        actor,
        {
            "name": body["name"],
            "description": body.get("description"),
            "credentials_type": ctype,
            "connector": connector(ctype),
            "credentials_version": "1",
            "verified_status": "UNVERIFIED",
            "verified_at": None,
            "credentials_non_secure_data": non_secure(body.get("credentials")),
            "template_config": body.get("template_config"),
            "managed": False,
            "tags": [],
            "_credentials": body.get("credentials") or {},
        },
    )
    state.store.put("data_credentials", doc)
    state.audit(actor, "data_credentials", doc, "create", {"name": [None, doc["name"]]})
    return doc


def update_credential(state: State, actor: Actor | None, doc: Doc, body: Doc) -> Doc:
    check_config("credentials", str(doc["credentials_type"]), body.get("credentials"))
    changes: Doc = {k: body[k] for k in ("name", "description") if k in body}
    if "credentials" in body:
        doc["_credentials"] = body["credentials"] or {}
        changes["credentials_non_secure_data"] = non_secure(body["credentials"])
        changes["credentials_version"] = str(int(doc.get("credentials_version") or "1") + 1)
        changes["verified_status"] = "UNVERIFIED"
    return state.update_fields(actor, "data_credentials", doc, changes)


def delete_credential(state: State, actor: Actor | None, doc: Doc) -> None:
    cred_id = doc["id"]
    used = users_of_credential(state, cred_id)
    if used:
        names = ", ".join(f"{k} {v}" for k, v in used.items())
        raise conflict(f"Credential {cred_id} is in use by {names}", "data_credentials", cred_id)
    state.store.delete("data_credentials", cred_id)
    state.audit(actor, "data_credentials", doc, "destroy", {"id": [cred_id, None]})


def probe(state: State, doc: Doc) -> bool:
    """Probe a credential and keep its verification status; True when it connects."""
    ok = probe_ok(doc)
    doc.update({"verified_status": "VERIFIED" if ok else "FAILED", "verified_at": state.now()})
    state.save("data_credentials", doc)
    return ok
