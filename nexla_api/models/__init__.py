"""Data models used in requests and replies.

Models are imported on first use (PEP 562), so importing one endpoint module loads only
the models it needs, however large the spec grows.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_role import AccessRole
    from .accessor import Accessor
    from .accessor_entry import AccessorEntry
    from .accessor_type import AccessorType
    from .accessors_request import AccessorsRequest
    from .active_gen_ai_config import ActiveGenAiConfig
    from .async_task import AsyncTask
    from .async_task_acknowledgement import AsyncTaskAcknowledgement
    from .async_task_create import AsyncTaskCreate
    from .attribute_transform import AttributeTransform
    from .attribute_transform_create import AttributeTransformCreate
    from .audit_log_association import AuditLogAssociation
    from .audit_log_entry import AuditLogEntry
    from .audit_log_user import AuditLogUser
    from .connector import Connector
    from .daily_metric import DailyMetric
    from .daily_metrics_response import DailyMetricsResponse
    from .data_credential import DataCredential
    from .data_credential_brief import DataCredentialBrief
    from .data_credential_create import DataCredentialCreate
    from .data_credential_update import DataCredentialUpdate
    from .data_set import DataSet
    from .data_set_brief import DataSetBrief
    from .data_set_create import DataSetCreate
    from .data_set_update import DataSetUpdate
    from .data_sink import DataSink
    from .data_sink_brief import DataSinkBrief
    from .data_sink_create import DataSinkCreate
    from .data_sink_update import DataSinkUpdate
    from .data_source import DataSource
    from .data_source_create import DataSourceCreate
    from .data_source_update import DataSourceUpdate
    from .delete_response import DeleteResponse
    from .docs_recommendation import DocsRecommendation
    from .docs_recommendation_output import DocsRecommendationOutput
    from .download_link import DownloadLink
    from .error_body import ErrorBody
    from .field_error import FieldError
    from .flow_async_request import FlowAsyncRequest
    from .flow_log_entry import FlowLogEntry
    from .flow_logs_meta import FlowLogsMeta
    from .flow_logs_page import FlowLogsPage
    from .flow_logs_response import FlowLogsResponse
    from .flow_metric import FlowMetric
    from .flow_node import FlowNode
    from .flow_resource_type import FlowResourceType
    from .flow_response import FlowResponse
    from .gen_ai_config import GenAiConfig
    from .gen_ai_config_create import GenAiConfigCreate
    from .gen_ai_org_setting import GenAiOrgSetting
    from .gen_ai_org_setting_create import GenAiOrgSettingCreate
    from .gen_ai_usage import GenAiUsage
    from .org_ref import OrgRef
    from .owner import Owner
    from .probe_result import ProbeResult
    from .resource_status import ResourceStatus
    from .run_info import RunInfo
    from .run_metric import RunMetric
    from .run_metrics_field import RunMetricsField
    from .run_metrics_meta import RunMetricsMeta
    from .run_metrics_page import RunMetricsPage
    from .run_metrics_response import RunMetricsResponse
    from .sink_data_map import SinkDataMap
    from .sink_data_set import SinkDataSet
    from .token_response import TokenResponse
    from .transform import Transform
    from .transform_code_op import TransformCodeOp
    from .transform_create import TransformCreate
    from .webhook_response import WebhookResponse

_LAZY: dict[str, str] = {
    "AccessRole": ".access_role",
    "Accessor": ".accessor",
    "AccessorEntry": ".accessor_entry",
    "AccessorType": ".accessor_type",
    "AccessorsRequest": ".accessors_request",
    "ActiveGenAiConfig": ".active_gen_ai_config",
    "AsyncTask": ".async_task",
    "AsyncTaskAcknowledgement": ".async_task_acknowledgement",
    "AsyncTaskCreate": ".async_task_create",
    "AttributeTransform": ".attribute_transform",
    "AttributeTransformCreate": ".attribute_transform_create",
    "AuditLogAssociation": ".audit_log_association",
    "AuditLogEntry": ".audit_log_entry",
    "AuditLogUser": ".audit_log_user",
    "Connector": ".connector",
    "DailyMetric": ".daily_metric",
    "DailyMetricsResponse": ".daily_metrics_response",
    "DataCredential": ".data_credential",
    "DataCredentialBrief": ".data_credential_brief",
    "DataCredentialCreate": ".data_credential_create",
    "DataCredentialUpdate": ".data_credential_update",
    "DataSet": ".data_set",
    "DataSetBrief": ".data_set_brief",
    "DataSetCreate": ".data_set_create",
    "DataSetUpdate": ".data_set_update",
    "DataSink": ".data_sink",
    "DataSinkBrief": ".data_sink_brief",
    "DataSinkCreate": ".data_sink_create",
    "DataSinkUpdate": ".data_sink_update",
    "DataSource": ".data_source",
    "DataSourceCreate": ".data_source_create",
    "DataSourceUpdate": ".data_source_update",
    "DeleteResponse": ".delete_response",
    "DocsRecommendation": ".docs_recommendation",
    "DocsRecommendationOutput": ".docs_recommendation_output",
    "DownloadLink": ".download_link",
    "ErrorBody": ".error_body",
    "FieldError": ".field_error",
    "FlowAsyncRequest": ".flow_async_request",
    "FlowLogEntry": ".flow_log_entry",
    "FlowLogsMeta": ".flow_logs_meta",
    "FlowLogsPage": ".flow_logs_page",
    "FlowLogsResponse": ".flow_logs_response",
    "FlowMetric": ".flow_metric",
    "FlowNode": ".flow_node",
    "FlowResourceType": ".flow_resource_type",
    "FlowResponse": ".flow_response",
    "GenAiConfig": ".gen_ai_config",
    "GenAiConfigCreate": ".gen_ai_config_create",
    "GenAiOrgSetting": ".gen_ai_org_setting",
    "GenAiOrgSettingCreate": ".gen_ai_org_setting_create",
    "GenAiUsage": ".gen_ai_usage",
    "OrgRef": ".org_ref",
    "Owner": ".owner",
    "ProbeResult": ".probe_result",
    "ResourceStatus": ".resource_status",
    "RunInfo": ".run_info",
    "RunMetric": ".run_metric",
    "RunMetricsField": ".run_metrics_field",
    "RunMetricsMeta": ".run_metrics_meta",
    "RunMetricsPage": ".run_metrics_page",
    "RunMetricsResponse": ".run_metrics_response",
    "SinkDataMap": ".sink_data_map",
    "SinkDataSet": ".sink_data_set",
    "TokenResponse": ".token_response",
    "Transform": ".transform",
    "TransformCodeOp": ".transform_code_op",
    "TransformCreate": ".transform_create",
    "WebhookResponse": ".webhook_response",
}

__all__ = (
    "Accessor",
    "AccessorEntry",
    "AccessorsRequest",
    "AccessorType",
    "AccessRole",
    "ActiveGenAiConfig",
    "AsyncTask",
    "AsyncTaskAcknowledgement",
    "AsyncTaskCreate",
    "AttributeTransform",
    "AttributeTransformCreate",
    "AuditLogAssociation",
    "AuditLogEntry",
    "AuditLogUser",
    "Connector",
    "DailyMetric",
    "DailyMetricsResponse",
    "DataCredential",
    "DataCredentialBrief",
    "DataCredentialCreate",
    "DataCredentialUpdate",
    "DataSet",
    "DataSetBrief",
    "DataSetCreate",
    "DataSetUpdate",
    "DataSink",
    "DataSinkBrief",
    "DataSinkCreate",
    "DataSinkUpdate",
    "DataSource",
    "DataSourceCreate",
    "DataSourceUpdate",
    "DeleteResponse",
    "DocsRecommendation",
    "DocsRecommendationOutput",
    "DownloadLink",
    "ErrorBody",
    "FieldError",
    "FlowAsyncRequest",
    "FlowLogEntry",
    "FlowLogsMeta",
    "FlowLogsPage",
    "FlowLogsResponse",
    "FlowMetric",
    "FlowNode",
    "FlowResourceType",
    "FlowResponse",
    "GenAiConfig",
    "GenAiConfigCreate",
    "GenAiOrgSetting",
    "GenAiOrgSettingCreate",
    "GenAiUsage",
    "OrgRef",
    "Owner",
    "ProbeResult",
    "ResourceStatus",
    "RunInfo",
    "RunMetric",
    "RunMetricsField",
    "RunMetricsMeta",
    "RunMetricsPage",
    "RunMetricsResponse",
    "SinkDataMap",
    "SinkDataSet",
    "TokenResponse",
    "Transform",
    "TransformCodeOp",
    "TransformCreate",
    "WebhookResponse",
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
