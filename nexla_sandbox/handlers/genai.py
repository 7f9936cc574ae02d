"""GenAI integration configs, org settings binding a config to a usage, active config."""

from __future__ import annotations

from typing import Any

from ..domain.genai import active_setting
from ..errors import ApiError, not_found
from ..registry import Ctx, handler
from ..state import DEFAULT_ORG_ID, State, public
from ..store import Doc
from .common import require_body


def render_config(state: State, doc: Doc) -> Doc:
    return public(doc)


@handler("get_gen_ai_configs")
def list_configs(ctx: Ctx) -> list[Any]:
    return [render_config(ctx.state, d) for d in ctx.state.store.all("gen_ai_configs")]


@handler("create_gen_ai_config")
def create_config(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    if state.store.get("data_credentials", body["data_credentials_id"]) is None:
        raise not_found("data_credentials", body["data_credentials_id"])
    doc = state.new_doc(
        "gen_ai_configs",
        ctx,
        {
            "name": body["name"],
            "description": body.get("description"),
            "type": body["type"],
            "provider": body["type"].removeprefix("genai_"),
            "status": "ACTIVE",
            "config": body["config"],
            "data_credentials_id": body["data_credentials_id"],
        },
    )
    doc.pop("access_roles")
    state.store.put("gen_ai_configs", doc)
    return render_config(state, doc)


@handler("create_gen_ai_org_setting")
def create_setting(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    config = state.store.get("gen_ai_configs", body["gen_ai_config_id"])
    if config is None:
        raise not_found("gen_ai_integration_configs", body["gen_ai_config_id"])
    org_id = body.get("org_id", DEFAULT_ORG_ID)
    if state.store.get("orgs", org_id) is None:
        raise ApiError(404, f"Org {org_id} not found", resource_type="orgs", resource_id=org_id)
    now = state.now()
    doc: Doc = {
        "id": state.store.new_id("gen_ai_org_settings"),
        "org_id": org_id,
        "gen_ai_usage": body["gen_ai_usage"],
        "gen_ai_config_id": config["id"],
        "created_at": now,
        "updated_at": now,
    }
    state.store.put("gen_ai_org_settings", doc)
    return {**doc, "gen_ai_config": render_config(state, config)}


@handler("gen_ai_org_settings_show_active")
def show_active(ctx: Ctx) -> Doc:
    state = ctx.state
    usage = ctx.q("gen_ai_usage")
    setting = active_setting(state, usage)
    if setting is None:
        raise ApiError(404, f"No GenAI configuration is active for {usage!r}")
    config = state.store.get("gen_ai_configs", int(setting["gen_ai_config_id"]))
    return {"gen_ai_usage": usage, "active_config": public(config) if config else None}


def _config(ctx: Ctx) -> Doc:
    doc = ctx.state.store.get("gen_ai_configs", ctx.path["gen_ai_config_id"])
    if doc is None:
        raise not_found("gen_ai_integration_configs", ctx.path["gen_ai_config_id"])
    return doc


@handler("get_gen_ai_integration_config")
def get_config(ctx: Ctx) -> Doc:
    return render_config(ctx.state, _config(ctx))


@handler("update_gen_ai_integration_config")
def update_config(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    state = ctx.state
    doc = _config(ctx)
    if body.get("data_credentials_id") is not None:
        if state.store.get("data_credentials", int(body["data_credentials_id"])) is None:
            raise not_found("data_credentials", int(body["data_credentials_id"]))
    for key in ("name", "description", "status", "type", "config", "data_credentials_id"):
        if key in body and body[key] is not None:
            doc[key] = body[key]
    state.save("gen_ai_configs", doc)
    return render_config(state, doc)


@handler("delete_gen_ai_integration_config")
def delete_config(ctx: Ctx) -> Doc:
    state = ctx.state
    doc = _config(ctx)
    users = [
        s["id"]
        for s in state.store.all("gen_ai_org_settings")
        if s["gen_ai_config_id"] == doc["id"]
    ]
    if users:
        raise ApiError(
            409,
            f"GenAI config {doc['id']} is used by org settings {users}",
            resource_type="gen_ai_integration_configs",
            resource_id=doc["id"],
        )
    state.store.delete("gen_ai_configs", doc["id"])
    return {"code": 200, "message": f"GenAI config {doc['id']} deleted"}


def _render_setting(state: State, doc: Doc) -> Doc:
    config = state.store.get("gen_ai_configs", int(doc["gen_ai_config_id"]))
    return {**doc, "gen_ai_config": render_config(state, config)} if config else dict(doc)


@handler("get_gen_ai_org_settings")
def list_settings(ctx: Ctx) -> list[Any]:
    org_id = ctx.q("org_id")
    docs = ctx.state.store.all("gen_ai_org_settings")
    return [_render_setting(ctx.state, d) for d in docs if org_id is None or d["org_id"] == org_id]


def _setting(ctx: Ctx) -> Doc:
    doc = ctx.state.store.get("gen_ai_org_settings", ctx.path["gen_ai_org_setting_id"])
    if doc is None:
        raise not_found("gen_ai_org_settings", ctx.path["gen_ai_org_setting_id"])
    return doc


@handler("get_gen_ai_org_setting")
def get_setting(ctx: Ctx) -> Doc:
    return _render_setting(ctx.state, _setting(ctx))


@handler("delete_gen_ai_org_setting")
def delete_setting(ctx: Ctx) -> Doc:
    doc = _setting(ctx)
    ctx.state.store.delete("gen_ai_org_settings", doc["id"])
    return {"code": 200, "message": f"GenAI org setting {doc['id']} deleted"}
