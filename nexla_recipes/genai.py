"""Recipe 18: a GenAI integration config, an org setting that uses it, and a docs check.

Field names are the API's, not the recipe snippet's: the config is
`{name, type, config, data_credentials_id}` with the provider key kept in a credential
(never in `config`), and the org setting is `{gen_ai_config_id, gen_ai_usage}` with usage
`gen_docs`, `check_code` or `all` (there is no `docs_recommendation` usage). A config of
the same name is reused; the active config is read back to prove the setting took effect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nexla_api import NexlaClient
from nexla_api.api.flows import flow_docs_recommendation
from nexla_api.api.genai import (
    create_gen_ai_config,
    create_gen_ai_org_setting,
    gen_ai_org_settings_show_active,
    get_gen_ai_configs,
)
from nexla_api.models import GenAiConfigCreate, GenAiOrgSettingCreate, GenAiUsage

from ._progress import ProgressFn, emit


@dataclass(frozen=True)
class GenAiSetup:
    config_id: int
    config_created: bool
    setting_id: int
    usage: str
    active_config_id: int | None
    recommendation: str | None = None

    @property
    def active_is_ours(self) -> bool:
        return self.active_config_id == self.config_id


def _active_id(active: Any) -> int | None:
    if isinstance(active, Mapping) and isinstance(active.get("id"), int):
        return int(active["id"])
    return None


def setup_genai(
    client: NexlaClient,
    *,
    name: str,
    data_credentials_id: int,
    config: Mapping[str, Any],
    type_: str = "genai_openai",
    usage: str = "gen_docs",
    org_id: int | None = None,
    description: str | None = None,
    flow_id: int | None = None,
    progress: ProgressFn | None = None,
) -> GenAiSetup:
    """Config (reused by name) -> org setting for `usage` -> active config -> docs for a flow."""
    usages = [u.value for u in GenAiUsage]
    if usage not in usages:  # the enum accepts unknown values (forward compatible)
        raise ValueError(f"unknown GenAI usage {usage!r}; use one of {', '.join(usages)}")
    wanted = GenAiUsage(usage)
    existing = next(
        (c for c in get_gen_ai_configs.sync(client=client) or [] if c.name == name), None
    )
    if existing is not None:
        config_id, created = int(existing.id), False
    else:
        body = GenAiConfigCreate(
            name=name, type_=type_, config=dict(config), data_credentials_id=data_credentials_id
        )
        if description is not None:
            body.description = description
        config_id, created = int(create_gen_ai_config.sync(client=client, body=body).id), True
    emit(progress, "config", f"{'created' if created else 'reusing'} GenAI config {config_id}")
    setting_body = GenAiOrgSettingCreate(gen_ai_config_id=config_id, gen_ai_usage=wanted)
    if org_id is not None:
        setting_body.org_id = org_id
    setting = create_gen_ai_org_setting.sync(client=client, body=setting_body)
    emit(progress, "setting", f"org setting {setting.id} uses config {config_id} for {usage}")
    active = gen_ai_org_settings_show_active.sync(client=client, gen_ai_usage=wanted)
    active_id = _active_id(active.active_config)
    recommendation = None
    if flow_id is not None:
        docs = flow_docs_recommendation.sync(flow_id, client=client)
        recommendation = docs.recommendation
        emit(progress, "docs", f"docs recommendation for flow {flow_id} received")
    return GenAiSetup(config_id, created, int(setting.id), wanted.value, active_id, recommendation)
