"""Recipe 18: GenAI config with the API's field names, org setting, active config, docs."""

from __future__ import annotations

import pytest

from nexla_recipes.genai import setup_genai
from nexla_sandbox.testing import SandboxServer

from .pipelines import wired
from .recipes_support import client_for


def test_config_setting_active_and_docs(sandbox: SandboxServer) -> None:
    client = client_for(sandbox)
    p = wired(client, "orders")
    assert p.origin_node_id is not None
    setup = setup_genai(
        client,
        name="openai-docs",
        data_credentials_id=p.credential_id,
        config={"model": "gpt-4o"},
        usage="gen_docs",
        flow_id=p.origin_node_id,
    )
    assert setup.config_created and setup.active_is_ours and setup.usage == "gen_docs"
    [config] = sandbox.admin.dump("gen_ai_configs")
    assert config["type"] == "genai_openai" and config["config"] == {"model": "gpt-4o"}
    assert config["data_credentials_id"] == p.credential_id
    [setting] = sandbox.admin.dump("gen_ai_org_settings")
    assert setting["gen_ai_config_id"] == setup.config_id == setup.active_config_id
    assert setup.recommendation is not None
    assert setup.recommendation.startswith(f"# Flow {p.origin_node_id}")

    again = setup_genai(
        client, name="openai-docs", data_credentials_id=p.credential_id, config={}, usage="all"
    )
    assert not again.config_created and again.config_id == setup.config_id
    assert len(sandbox.admin.dump("gen_ai_configs")) == 1


def test_the_snippets_usage_name_is_rejected(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="unknown GenAI usage 'docs_recommendation'"):
        setup_genai(
            client_for(sandbox),
            name="x",
            data_credentials_id=1,
            config={},
            usage="docs_recommendation",
        )
