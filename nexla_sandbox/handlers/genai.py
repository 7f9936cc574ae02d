"""GenAI integration configs, org settings binding a config to a usage, active config.

The rules are the domain's (`domain.genai`).
"""

from __future__ import annotations

from typing import Any

from ..domain import genai
from ..errors import ApiError, not_found
from ..registry import Ctx, handler
from ..state import public
from ..store import Doc
from .common import require_body


@handler("get_gen_ai_configs")
def list_configs(ctx: Ctx) -> list[Any]:
    return [genai.render_config(d) for d in ctx.state.store.all("gen_ai_configs")]


@handler("create_gen_ai_config")
def create_config(ctx: Ctx) -> Doc:
    return genai.render_config(genai.create_config(ctx.state, ctx, require_body(ctx)))


@handler("create_gen_ai_org_setting")
def create_setting(ctx: Ctx) -> Doc:
    return genai.render_setting(ctx.state, genai.create_setting(ctx.state, require_body(ctx)))


@handler("gen_ai_org_settings_show_active")
def show_active(ctx: Ctx) -> Doc:
    state = ctx.state
    usage = ctx.q("gen_ai_usage")
    setting = genai.active_setting(state, usage)
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
    return genai.render_config(_config(ctx))


@handler("update_gen_ai_integration_config")
def update_config(ctx: Ctx) -> Doc:
    body = require_body(ctx)
    return genai.render_config(genai.update_config(ctx.state, _config(ctx), body))


@handler("delete_gen_ai_integration_config")
def delete_config(ctx: Ctx) -> Doc:
    doc = _config(ctx)
    genai.delete_config(ctx.state, doc)
    return {"code": 200, "message": f"GenAI config {doc['id']} deleted"}


@handler("get_gen_ai_org_settings")
def list_settings(ctx: Ctx) -> list[Any]:
    org_id = ctx.q("org_id")
    docs = ctx.state.store.all("gen_ai_org_settings")
    return [
        genai.render_setting(ctx.state, d) for d in docs if org_id is None or d["org_id"] == org_id
    ]


def _setting(ctx: Ctx) -> Doc:
    doc = ctx.state.store.get("gen_ai_org_settings", ctx.path["gen_ai_org_setting_id"])
    if doc is None:
        raise not_found("gen_ai_org_settings", ctx.path["gen_ai_org_setting_id"])
    return doc


@handler("get_gen_ai_org_setting")
def get_setting(ctx: Ctx) -> Doc:
    return genai.render_setting(ctx.state, _setting(ctx))


@handler("delete_gen_ai_org_setting")
def delete_setting(ctx: Ctx) -> Doc:
    doc = _setting(ctx)
    ctx.state.store.delete("gen_ai_org_settings", doc["id"])
    return {"code": 200, "message": f"GenAI org setting {doc['id']} deleted"}
