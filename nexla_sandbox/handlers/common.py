"""Pieces several tags share: list/get/delete plumbing and the dependency checks."""

from __future__ import annotations

from typing import Any

from ..registry import Ctx, conflict
from ..state import KINDS, State
from ..store import Doc

ROLE_ORDER = ["collaborator", "operator", "admin", "owner"]


def visible(ctx: Ctx, kind: str) -> list[Doc]:
    """Live documents of a kind, filtered by `access_role` when asked."""
    docs = [d for d in ctx.state.store.all(kind) if not d.get("_deleted")]
    role = ctx.q("access_role")
    if role:
        docs = [d for d in docs if role in d.get("access_roles", [])]
    return docs


def deleted_reply(kind: str, doc_id: int) -> dict[str, Any]:
    return {"code": 200, "message": f"{KINDS[kind][1]} {doc_id} deleted"}


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


def require_inactive(doc: Doc, kind: str) -> None:
    if doc.get("status") == "ACTIVE":
        raise conflict(
            f"{KINDS[kind][1]} {doc['id']} is ACTIVE; pause its flow before deleting it",
            KINDS[kind][0],
            doc["id"],
        )
