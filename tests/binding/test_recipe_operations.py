"""Every operation the recipes use is in the spec under its official operationId."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from generator.spec import bundle, iter_operations

# The 46 HTTP operations the recipes document sends (directly or through the helpers it
# calls), by official operationId; the one the official reference lacks has an id of ours.
RECIPE_OPERATIONS: list[tuple[str, str, str]] = [
    ("login_with_basic_auth", "post", "/token"),
    ("get_flows", "get", "/flows"),
    ("get_flow_by_resource_id", "get", "/{resource_type}/{resource_id}/flow"),
    ("flow_activate_with_flow_id", "put", "/flows/{flow_id}/activate"),
    ("flow_pause_with_flow_id", "put", "/flows/{flow_id}/pause"),
    ("flow_docs_recommendation", "post", "/flows/{flow_id}/docs/recommendation"),
    ("get_data_sources", "get", "/data_sources"),
    ("get_data_source", "get", "/data_sources/{source_id}"),
    ("create_data_source", "post", "/data_sources"),
    ("delete_data_source", "delete", "/data_sources/{source_id}"),
    ("get_data_source_audit_log", "get", "/data_sources/{source_id}/audit_log"),
    ("get_data_source_accessors", "get", "/data_sources/{source_id}/accessors"),
    ("add_data_source_accessors", "put", "/data_sources/{source_id}/accessors"),
    ("get_data_sinks", "get", "/data_sinks"),
    ("create_data_sink", "post", "/data_sinks"),
    ("delete_data_sink", "delete", "/data_sinks/{sink_id}"),
    ("add_data_sink_accessors", "put", "/data_sinks/{sink_id}/accessors"),
    ("create_data_credential", "post", "/data_credentials"),
    ("data_credential_probe", "get", "/data_credentials/{credential_id}/probe"),
    ("get_nexsets", "get", "/data_sets"),
    ("get_nexset", "get", "/data_sets/{set_id}"),
    ("create_nexset", "post", "/data_sets"),
    ("update_nexset", "put", "/data_sets/{set_id}"),
    ("get_nexset_samples", "get", "/data_sets/{set_id}/samples"),
    ("add_nexset_accessors", "put", "/data_sets/{set_id}/accessors"),
    ("get_resource_metrics_daily", "get", "/{resource_type}/{resource_id}/metrics"),
    ("get_resource_metrics_by_run", "get", "/{resource_type}/{resource_id}/metrics/run_summary"),
    ("create_reusable_record_transform", "post", "/transforms"),
    ("create_attribute_transform", "post", "/attribute_transforms"),
    ("get_public_attribute_transforms", "get", "/attribute_transforms/public"),
    ("create_async_task", "post", "/async_tasks"),
    ("get_async_task", "get", "/async_tasks/{task_id}"),
    ("get_async_task_types", "get", "/async_tasks/types"),
    ("get_async_tasks_explain_arguments", "get", "/async_tasks/explain_arguments/{task_type}"),
    ("get_async_task_result", "get", "/async_tasks/{task_id}/result"),
    ("get_async_task_download_link", "get", "/async_tasks/{task_id}/download_link"),
    ("acknowledge_async_task", "post", "/async_tasks/{task_id}/acknowledge"),
    ("get_gen_ai_configs", "get", "/gen_ai_integration_configs"),
    ("create_gen_ai_config", "post", "/gen_ai_integration_configs"),
    ("create_gen_ai_org_setting", "post", "/gen_ai_org_settings"),
    ("gen_ai_org_settings_show_active", "get", "/gen_ai_org_settings/active_config"),
    ("send_one_record", "post", "/webhook/{webhook_id}"),
    ("update_data_source", "put", "/data_sources/{source_id}"),
    ("update_data_sink", "put", "/data_sinks/{sink_id}"),
    ("delete_data_credential", "delete", "/data_credentials/{credential_id}"),
    ("get_resource_flow_logs", "get", "/{resource_type}/{resource_id}/flow/logs"),
]

OUR_IDS = {"get_resource_flow_logs"}


@pytest.fixture(scope="module")
def operations() -> dict[str, Any]:
    doc = bundle()
    by_id: dict[str, Any] = {}
    for op in iter_operations(doc):
        by_id[op.operation_id] = op
        for alias in op.op.get("x-nexla-aliases", []):
            by_id[alias] = op
    return by_id


def test_there_are_46_recipe_operations_45_with_official_ids() -> None:
    assert len({(m, p) for _, m, p in RECIPE_OPERATIONS}) == 46
    assert len([i for i, _, _ in RECIPE_OPERATIONS if i not in OUR_IDS]) == 45


@pytest.mark.parametrize(
    ("operation_id", "method", "path"), RECIPE_OPERATIONS, ids=[r[0] for r in RECIPE_OPERATIONS]
)
def test_recipe_operation_is_in_the_spec_and_binding(
    operations: dict[str, Any], operation_id: str, method: str, path: str
) -> None:
    assert operation_id in operations, (
        f"{operation_id} ({method.upper()} {path}) is missing from spec/"
    )
    op = operations[operation_id]
    assert (op.method, op.path) == (method, path)
    source = op.op["x-nexla-source"]
    assert source.get("official") == (None if operation_id in OUR_IDS else operation_id)
    module = importlib.import_module(f"nexla_api.api.{op.op['tags'][0]}.{operation_id}")
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function))


def test_the_webhook_post_also_answers_to_send_many_records(operations: dict[str, Any]) -> None:
    assert operations["send_many_records"] is operations["send_one_record"]
