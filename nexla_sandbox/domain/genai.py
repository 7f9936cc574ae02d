"""GenAI: integration configs, org settings binding a config to a usage, which config
serves a usage, and the documentation it writes."""

from __future__ import annotations

from ..errors import ApiError, not_found
from ..state import DEFAULT_ORG_ID, Actor, State, public
from ..store import Doc


def active_setting(state: State, usage: str) -> Doc | None:
    """The newest setting for `usage`, falling back to one for `all`."""
    settings = state.store.all("gen_ai_org_settings")
    for wanted in (usage, "all"):
        matches = [s for s in settings if s["gen_ai_usage"] == wanted]
        if matches:
            return matches[-1]
    return None


def require_docs_setting(state: State) -> Doc:
    """The setting that writes documentation (422 when none is active)."""
    setting = active_setting(state, "gen_docs")
    if setting is None:
        raise ApiError(
            422,
            "No GenAI configuration is active for documentation (gen_docs or all); "
            "create one with POST /gen_ai_org_settings",
        )
    return setting


def docs_recommendation(text: str) -> Doc:
    """A documentation recommendation as the GenAI integration answers it."""
    return {
        "status": "success",
        "recommendation": text,
        "output": {"response": text, "statusCode": 200, "errorMessage": None},
    }


def render_config(doc: Doc) -> Doc:
    return public(doc)


def render_setting(state: State, doc: Doc) -> Doc:
    config = state.store.get("gen_ai_configs", int(doc["gen_ai_config_id"]))
    return {**doc, "gen_ai_config": render_config(config)} if config else dict(doc)


def create_config(state: State, actor: Actor | None, body: Doc) -> Doc:
    if state.store.get("data_credentials", body["data_credentials_id"]) is None:
        raise not_found("data_credentials", body["data_credentials_id"])
    doc = state.new_doc(
        "gen_ai_configs",
        actor,
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
    return state.store.put("gen_ai_configs", doc)


def update_config(state: State, doc: Doc, body: Doc) -> Doc:
    if body.get("data_credentials_id") is not None:
        if state.store.get("data_credentials", int(body["data_credentials_id"])) is None:
            raise not_found("data_credentials", int(body["data_credentials_id"]))
    for key in ("name", "description", "status", "type", "config", "data_credentials_id"):
        if key in body and body[key] is not None:
            doc[key] = body[key]
    return state.save("gen_ai_configs", doc)


def delete_config(state: State, doc: Doc) -> None:
    """Delete a config (409 while an org setting uses it)."""
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


def create_setting(state: State, body: Doc) -> Doc:
    """Bind a config to a usage for an org."""
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
    return state.store.put("gen_ai_org_settings", doc)
