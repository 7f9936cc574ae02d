# generated from spec/ by generator — do not edit
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
    from .account_metric import AccountMetric
    from .account_metric_data import AccountMetricData
    from .account_metrics_response import AccountMetricsResponse
    from .account_summary import AccountSummary
    from .account_summary_counts import AccountSummaryCounts
    from .account_summary_kind import AccountSummaryKind
    from .active_flows_metrics import ActiveFlowsMetrics
    from .active_gen_ai_config import ActiveGenAiConfig
    from .ai_function_type import AiFunctionType
    from .approval_rejection import ApprovalRejection
    from .approval_request import ApprovalRequest
    from .async_task import AsyncTask
    from .async_task_acknowledgement import AsyncTaskAcknowledgement
    from .async_task_create import AsyncTaskCreate
    from .async_task_deletion import AsyncTaskDeletion
    from .async_task_status import AsyncTaskStatus
    from .attribute_transform import AttributeTransform
    from .attribute_transform_create import AttributeTransformCreate
    from .attribute_transform_update import AttributeTransformUpdate
    from .audit_log_association import AuditLogAssociation
    from .audit_log_entry import AuditLogEntry
    from .audit_log_user import AuditLogUser
    from .auth_config import AuthConfig
    from .auth_config_brief import AuthConfigBrief
    from .auth_config_write import AuthConfigWrite
    from .auth_protocol import AuthProtocol
    from .auth_setting import AuthSetting
    from .auth_setting_update import AuthSettingUpdate
    from .blocked_domain import BlockedDomain
    from .blocked_domain_write import BlockedDomainWrite
    from .code_container import CodeContainer
    from .code_container_code_op import CodeContainerCodeOp
    from .code_container_code_type import CodeContainerCodeType
    from .code_container_create import CodeContainerCreate
    from .code_container_encoding import CodeContainerEncoding
    from .code_container_output_type import CodeContainerOutputType
    from .code_container_resource_type import CodeContainerResourceType
    from .code_container_update import CodeContainerUpdate
    from .connector import Connector
    from .daily_metric import DailyMetric
    from .daily_metrics_response import DailyMetricsResponse
    from .dashboard_metric_set import DashboardMetricSet
    from .dashboard_metrics import DashboardMetrics
    from .dashboard_metrics_datasets_type_0 import DashboardMetricsDatasetsType0
    from .dashboard_metrics_response import DashboardMetricsResponse
    from .dashboard_metrics_sinks_type_0 import DashboardMetricsSinksType0
    from .dashboard_metrics_sources_type_0 import DashboardMetricsSourcesType0
    from .data_credential import DataCredential
    from .data_credential_brief import DataCredentialBrief
    from .data_credential_create import DataCredentialCreate
    from .data_credential_update import DataCredentialUpdate
    from .data_set import DataSet
    from .data_set_brief import DataSetBrief
    from .data_set_copy import DataSetCopy
    from .data_set_create import DataSetCreate
    from .data_set_update import DataSetUpdate
    from .data_sink import DataSink
    from .data_sink_brief import DataSinkBrief
    from .data_sink_copy import DataSinkCopy
    from .data_sink_create import DataSinkCreate
    from .data_sink_update import DataSinkUpdate
    from .data_source import DataSource
    from .data_source_copy import DataSourceCopy
    from .data_source_create import DataSourceCreate
    from .data_source_update import DataSourceUpdate
    from .delete_response import DeleteResponse
    from .doc_container import DocContainer
    from .doc_container_input import DocContainerInput
    from .docs_recommendation import DocsRecommendation
    from .docs_recommendation_output import DocsRecommendationOutput
    from .download_link import DownloadLink
    from .error_body import ErrorBody
    from .field_error import FieldError
    from .flow_async_request import FlowAsyncRequest
    from .flow_copy import FlowCopy
    from .flow_delete_refused import FlowDeleteRefused
    from .flow_health import FlowHealth
    from .flow_log_entry import FlowLogEntry
    from .flow_log_list import FlowLogList
    from .flow_log_search import FlowLogSearch
    from .flow_logs_meta import FlowLogsMeta
    from .flow_logs_page import FlowLogsPage
    from .flow_logs_response import FlowLogsResponse
    from .flow_metric import FlowMetric
    from .flow_metrics_order import FlowMetricsOrder
    from .flow_metrics_page import FlowMetricsPage
    from .flow_metrics_response import FlowMetricsResponse
    from .flow_metrics_summary import FlowMetricsSummary
    from .flow_node import FlowNode
    from .flow_resource_type import FlowResourceType
    from .flow_response import FlowResponse
    from .flow_run_status import FlowRunStatus
    from .flow_status_metrics import FlowStatusMetrics
    from .gen_ai_config import GenAiConfig
    from .gen_ai_config_create import GenAiConfigCreate
    from .gen_ai_config_update import GenAiConfigUpdate
    from .gen_ai_org_setting import GenAiOrgSetting
    from .gen_ai_org_setting_create import GenAiOrgSettingCreate
    from .gen_ai_usage import GenAiUsage
    from .get_notification_types_status import GetNotificationTypesStatus
    from .health_status import HealthStatus
    from .lookup import Lookup
    from .lookup_create import LookupCreate
    from .lookup_entries import LookupEntries
    from .lookup_update import LookupUpdate
    from .marketplace_custodian import MarketplaceCustodian
    from .marketplace_custodian_ref import MarketplaceCustodianRef
    from .marketplace_custodians import MarketplaceCustodians
    from .marketplace_domain import MarketplaceDomain
    from .marketplace_domain_create import MarketplaceDomainCreate
    from .marketplace_domain_update import MarketplaceDomainUpdate
    from .marketplace_item import MarketplaceItem
    from .marketplace_item_create import MarketplaceItemCreate
    from .nexset_docs_replace import NexsetDocsReplace
    from .notification import Notification
    from .notification_async_request import NotificationAsyncRequest
    from .notification_channel import NotificationChannel
    from .notification_channel_setting import NotificationChannelSetting
    from .notification_channel_setting_create import NotificationChannelSettingCreate
    from .notification_channel_setting_update import NotificationChannelSettingUpdate
    from .notification_count import NotificationCount
    from .notification_event_type import NotificationEventType
    from .notification_level import NotificationLevel
    from .notification_resource_type import NotificationResourceType
    from .notification_setting import NotificationSetting
    from .notification_setting_create import NotificationSettingCreate
    from .notification_setting_resource_status import NotificationSettingResourceStatus
    from .notification_setting_status import NotificationSettingStatus
    from .notification_setting_type_view import NotificationSettingTypeView
    from .notification_setting_update import NotificationSettingUpdate
    from .notification_type import NotificationType
    from .notification_type_category import NotificationTypeCategory
    from .notifications_mark_read_notification_id import (
        NotificationsMarkReadNotificationId,
    )
    from .notifications_mark_unread_notification_id import (
        NotificationsMarkUnreadNotificationId,
    )
    from .org_account_summary import OrgAccountSummary
    from .org_custodian import OrgCustodian
    from .org_custodian_ref import OrgCustodianRef
    from .org_custodians_request import OrgCustodiansRequest
    from .org_health_flows import OrgHealthFlows
    from .org_health_summary import OrgHealthSummary
    from .org_member import OrgMember
    from .org_member_activation import OrgMemberActivation
    from .org_member_create import OrgMemberCreate
    from .org_member_delete_request import OrgMemberDeleteRequest
    from .org_member_list import OrgMemberList
    from .org_member_ref import OrgMemberRef
    from .org_member_removal import OrgMemberRemoval
    from .org_member_update import OrgMemberUpdate
    from .org_membership import OrgMembership
    from .org_membership_status import OrgMembershipStatus
    from .org_owner_ref import OrgOwnerRef
    from .org_ref import OrgRef
    from .org_tier import OrgTier
    from .organization import Organization
    from .organization_create import OrganizationCreate
    from .organization_update import OrganizationUpdate
    from .owner import Owner
    from .probe_result import ProbeResult
    from .probe_sample_request import ProbeSampleRequest
    from .probe_sample_result import ProbeSampleResult
    from .probe_tree_request import ProbeTreeRequest
    from .probe_tree_result import ProbeTreeResult
    from .project import Project
    from .project_create import ProjectCreate
    from .project_data_flow import ProjectDataFlow
    from .project_data_flow_list import ProjectDataFlowList
    from .project_flow_identifier import ProjectFlowIdentifier
    from .project_flow_node_list import ProjectFlowNodeList
    from .project_flow_search import ProjectFlowSearch
    from .project_update import ProjectUpdate
    from .quarantine_export_config import QuarantineExportConfig
    from .quarantine_resource_type import QuarantineResourceType
    from .quarantine_settings import QuarantineSettings
    from .quarantine_settings_create import QuarantineSettingsCreate
    from .quarantine_settings_update import QuarantineSettingsUpdate
    from .rate_limit_usage import RateLimitUsage
    from .rate_limit_window import RateLimitWindow
    from .rate_limits import RateLimits
    from .resource_status import ResourceStatus
    from .run_info import RunInfo
    from .run_metric import RunMetric
    from .run_metrics_field import RunMetricsField
    from .run_metrics_meta import RunMetricsMeta
    from .run_metrics_page import RunMetricsPage
    from .run_metrics_response import RunMetricsResponse
    from .runtime import Runtime
    from .runtime_create import RuntimeCreate
    from .runtime_update import RuntimeUpdate
    from .self_signup_request import SelfSignupRequest
    from .self_signup_status import SelfSignupStatus
    from .signup_request import SignupRequest
    from .sink_data_map import SinkDataMap
    from .sink_data_set import SinkDataSet
    from .sort_order import SortOrder
    from .team import Team
    from .team_access_role import TeamAccessRole
    from .team_create import TeamCreate
    from .team_member import TeamMember
    from .team_member_list import TeamMemberList
    from .team_member_ref import TeamMemberRef
    from .team_update import TeamUpdate
    from .token_response import TokenResponse
    from .transform import Transform
    from .transform_code_op import TransformCodeOp
    from .transform_create import TransformCreate
    from .transform_update import TransformUpdate
    from .user import User
    from .user_admin_grant import UserAdminGrant
    from .user_create import UserCreate
    from .user_default_org import UserDefaultOrg
    from .user_metrics_resource_type import UserMetricsResourceType
    from .user_settings import UserSettings
    from .user_status import UserStatus
    from .user_tier import UserTier
    from .user_transfer_request import UserTransferRequest
    from .user_transfer_result import UserTransferResult
    from .user_transfer_summary import UserTransferSummary
    from .user_transferable_resources import UserTransferableResources
    from .user_update import UserUpdate
    from .webhook_response import WebhookResponse

_LAZY: dict[str, str] = {
    "AccessRole": ".access_role",
    "Accessor": ".accessor",
    "AccessorEntry": ".accessor_entry",
    "AccessorType": ".accessor_type",
    "AccessorsRequest": ".accessors_request",
    "AccountMetric": ".account_metric",
    "AccountMetricData": ".account_metric_data",
    "AccountMetricsResponse": ".account_metrics_response",
    "AccountSummary": ".account_summary",
    "AccountSummaryCounts": ".account_summary_counts",
    "AccountSummaryKind": ".account_summary_kind",
    "ActiveFlowsMetrics": ".active_flows_metrics",
    "ActiveGenAiConfig": ".active_gen_ai_config",
    "AiFunctionType": ".ai_function_type",
    "ApprovalRejection": ".approval_rejection",
    "ApprovalRequest": ".approval_request",
    "AsyncTask": ".async_task",
    "AsyncTaskAcknowledgement": ".async_task_acknowledgement",
    "AsyncTaskCreate": ".async_task_create",
    "AsyncTaskDeletion": ".async_task_deletion",
    "AsyncTaskStatus": ".async_task_status",
    "AttributeTransform": ".attribute_transform",
    "AttributeTransformCreate": ".attribute_transform_create",
    "AttributeTransformUpdate": ".attribute_transform_update",
    "AuditLogAssociation": ".audit_log_association",
    "AuditLogEntry": ".audit_log_entry",
    "AuditLogUser": ".audit_log_user",
    "AuthConfig": ".auth_config",
    "AuthConfigBrief": ".auth_config_brief",
    "AuthConfigWrite": ".auth_config_write",
    "AuthProtocol": ".auth_protocol",
    "AuthSetting": ".auth_setting",
    "AuthSettingUpdate": ".auth_setting_update",
    "BlockedDomain": ".blocked_domain",
    "BlockedDomainWrite": ".blocked_domain_write",
    "CodeContainer": ".code_container",
    "CodeContainerCodeOp": ".code_container_code_op",
    "CodeContainerCodeType": ".code_container_code_type",
    "CodeContainerCreate": ".code_container_create",
    "CodeContainerEncoding": ".code_container_encoding",
    "CodeContainerOutputType": ".code_container_output_type",
    "CodeContainerResourceType": ".code_container_resource_type",
    "CodeContainerUpdate": ".code_container_update",
    "Connector": ".connector",
    "DailyMetric": ".daily_metric",
    "DailyMetricsResponse": ".daily_metrics_response",
    "DashboardMetricSet": ".dashboard_metric_set",
    "DashboardMetrics": ".dashboard_metrics",
    "DashboardMetricsDatasetsType0": ".dashboard_metrics_datasets_type_0",
    "DashboardMetricsResponse": ".dashboard_metrics_response",
    "DashboardMetricsSinksType0": ".dashboard_metrics_sinks_type_0",
    "DashboardMetricsSourcesType0": ".dashboard_metrics_sources_type_0",
    "DataCredential": ".data_credential",
    "DataCredentialBrief": ".data_credential_brief",
    "DataCredentialCreate": ".data_credential_create",
    "DataCredentialUpdate": ".data_credential_update",
    "DataSet": ".data_set",
    "DataSetBrief": ".data_set_brief",
    "DataSetCopy": ".data_set_copy",
    "DataSetCreate": ".data_set_create",
    "DataSetUpdate": ".data_set_update",
    "DataSink": ".data_sink",
    "DataSinkBrief": ".data_sink_brief",
    "DataSinkCopy": ".data_sink_copy",
    "DataSinkCreate": ".data_sink_create",
    "DataSinkUpdate": ".data_sink_update",
    "DataSource": ".data_source",
    "DataSourceCopy": ".data_source_copy",
    "DataSourceCreate": ".data_source_create",
    "DataSourceUpdate": ".data_source_update",
    "DeleteResponse": ".delete_response",
    "DocContainer": ".doc_container",
    "DocContainerInput": ".doc_container_input",
    "DocsRecommendation": ".docs_recommendation",
    "DocsRecommendationOutput": ".docs_recommendation_output",
    "DownloadLink": ".download_link",
    "ErrorBody": ".error_body",
    "FieldError": ".field_error",
    "FlowAsyncRequest": ".flow_async_request",
    "FlowCopy": ".flow_copy",
    "FlowDeleteRefused": ".flow_delete_refused",
    "FlowHealth": ".flow_health",
    "FlowLogEntry": ".flow_log_entry",
    "FlowLogList": ".flow_log_list",
    "FlowLogSearch": ".flow_log_search",
    "FlowLogsMeta": ".flow_logs_meta",
    "FlowLogsPage": ".flow_logs_page",
    "FlowLogsResponse": ".flow_logs_response",
    "FlowMetric": ".flow_metric",
    "FlowMetricsOrder": ".flow_metrics_order",
    "FlowMetricsPage": ".flow_metrics_page",
    "FlowMetricsResponse": ".flow_metrics_response",
    "FlowMetricsSummary": ".flow_metrics_summary",
    "FlowNode": ".flow_node",
    "FlowResourceType": ".flow_resource_type",
    "FlowResponse": ".flow_response",
    "FlowRunStatus": ".flow_run_status",
    "FlowStatusMetrics": ".flow_status_metrics",
    "GenAiConfig": ".gen_ai_config",
    "GenAiConfigCreate": ".gen_ai_config_create",
    "GenAiConfigUpdate": ".gen_ai_config_update",
    "GenAiOrgSetting": ".gen_ai_org_setting",
    "GenAiOrgSettingCreate": ".gen_ai_org_setting_create",
    "GenAiUsage": ".gen_ai_usage",
    "GetNotificationTypesStatus": ".get_notification_types_status",
    "HealthStatus": ".health_status",
    "Lookup": ".lookup",
    "LookupCreate": ".lookup_create",
    "LookupEntries": ".lookup_entries",
    "LookupUpdate": ".lookup_update",
    "MarketplaceCustodian": ".marketplace_custodian",
    "MarketplaceCustodianRef": ".marketplace_custodian_ref",
    "MarketplaceCustodians": ".marketplace_custodians",
    "MarketplaceDomain": ".marketplace_domain",
    "MarketplaceDomainCreate": ".marketplace_domain_create",
    "MarketplaceDomainUpdate": ".marketplace_domain_update",
    "MarketplaceItem": ".marketplace_item",
    "MarketplaceItemCreate": ".marketplace_item_create",
    "NexsetDocsReplace": ".nexset_docs_replace",
    "Notification": ".notification",
    "NotificationAsyncRequest": ".notification_async_request",
    "NotificationChannel": ".notification_channel",
    "NotificationChannelSetting": ".notification_channel_setting",
    "NotificationChannelSettingCreate": ".notification_channel_setting_create",
    "NotificationChannelSettingUpdate": ".notification_channel_setting_update",
    "NotificationCount": ".notification_count",
    "NotificationEventType": ".notification_event_type",
    "NotificationLevel": ".notification_level",
    "NotificationResourceType": ".notification_resource_type",
    "NotificationSetting": ".notification_setting",
    "NotificationSettingCreate": ".notification_setting_create",
    "NotificationSettingResourceStatus": ".notification_setting_resource_status",
    "NotificationSettingStatus": ".notification_setting_status",
    "NotificationSettingTypeView": ".notification_setting_type_view",
    "NotificationSettingUpdate": ".notification_setting_update",
    "NotificationType": ".notification_type",
    "NotificationTypeCategory": ".notification_type_category",
    "NotificationsMarkReadNotificationId": ".notifications_mark_read_notification_id",
    "NotificationsMarkUnreadNotificationId": ".notifications_mark_unread_notification_id",
    "OrgAccountSummary": ".org_account_summary",
    "OrgCustodian": ".org_custodian",
    "OrgCustodianRef": ".org_custodian_ref",
    "OrgCustodiansRequest": ".org_custodians_request",
    "OrgHealthFlows": ".org_health_flows",
    "OrgHealthSummary": ".org_health_summary",
    "OrgMember": ".org_member",
    "OrgMemberActivation": ".org_member_activation",
    "OrgMemberCreate": ".org_member_create",
    "OrgMemberDeleteRequest": ".org_member_delete_request",
    "OrgMemberList": ".org_member_list",
    "OrgMemberRef": ".org_member_ref",
    "OrgMemberRemoval": ".org_member_removal",
    "OrgMemberUpdate": ".org_member_update",
    "OrgMembership": ".org_membership",
    "OrgMembershipStatus": ".org_membership_status",
    "OrgOwnerRef": ".org_owner_ref",
    "OrgRef": ".org_ref",
    "OrgTier": ".org_tier",
    "Organization": ".organization",
    "OrganizationCreate": ".organization_create",
    "OrganizationUpdate": ".organization_update",
    "Owner": ".owner",
    "ProbeResult": ".probe_result",
    "ProbeSampleRequest": ".probe_sample_request",
    "ProbeSampleResult": ".probe_sample_result",
    "ProbeTreeRequest": ".probe_tree_request",
    "ProbeTreeResult": ".probe_tree_result",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectDataFlow": ".project_data_flow",
    "ProjectDataFlowList": ".project_data_flow_list",
    "ProjectFlowIdentifier": ".project_flow_identifier",
    "ProjectFlowNodeList": ".project_flow_node_list",
    "ProjectFlowSearch": ".project_flow_search",
    "ProjectUpdate": ".project_update",
    "QuarantineExportConfig": ".quarantine_export_config",
    "QuarantineResourceType": ".quarantine_resource_type",
    "QuarantineSettings": ".quarantine_settings",
    "QuarantineSettingsCreate": ".quarantine_settings_create",
    "QuarantineSettingsUpdate": ".quarantine_settings_update",
    "RateLimitUsage": ".rate_limit_usage",
    "RateLimitWindow": ".rate_limit_window",
    "RateLimits": ".rate_limits",
    "ResourceStatus": ".resource_status",
    "RunInfo": ".run_info",
    "RunMetric": ".run_metric",
    "RunMetricsField": ".run_metrics_field",
    "RunMetricsMeta": ".run_metrics_meta",
    "RunMetricsPage": ".run_metrics_page",
    "RunMetricsResponse": ".run_metrics_response",
    "Runtime": ".runtime",
    "RuntimeCreate": ".runtime_create",
    "RuntimeUpdate": ".runtime_update",
    "SelfSignupRequest": ".self_signup_request",
    "SelfSignupStatus": ".self_signup_status",
    "SignupRequest": ".signup_request",
    "SinkDataMap": ".sink_data_map",
    "SinkDataSet": ".sink_data_set",
    "SortOrder": ".sort_order",
    "Team": ".team",
    "TeamAccessRole": ".team_access_role",
    "TeamCreate": ".team_create",
    "TeamMember": ".team_member",
    "TeamMemberList": ".team_member_list",
    "TeamMemberRef": ".team_member_ref",
    "TeamUpdate": ".team_update",
    "TokenResponse": ".token_response",
    "Transform": ".transform",
    "TransformCodeOp": ".transform_code_op",
    "TransformCreate": ".transform_create",
    "TransformUpdate": ".transform_update",
    "User": ".user",
    "UserAdminGrant": ".user_admin_grant",
    "UserCreate": ".user_create",
    "UserDefaultOrg": ".user_default_org",
    "UserMetricsResourceType": ".user_metrics_resource_type",
    "UserSettings": ".user_settings",
    "UserStatus": ".user_status",
    "UserTier": ".user_tier",
    "UserTransferRequest": ".user_transfer_request",
    "UserTransferResult": ".user_transfer_result",
    "UserTransferSummary": ".user_transfer_summary",
    "UserTransferableResources": ".user_transferable_resources",
    "UserUpdate": ".user_update",
    "WebhookResponse": ".webhook_response",
}

__all__ = (
    "Accessor",
    "AccessorEntry",
    "AccessorsRequest",
    "AccessorType",
    "AccessRole",
    "AccountMetric",
    "AccountMetricData",
    "AccountMetricsResponse",
    "AccountSummary",
    "AccountSummaryCounts",
    "AccountSummaryKind",
    "ActiveFlowsMetrics",
    "ActiveGenAiConfig",
    "AiFunctionType",
    "ApprovalRejection",
    "ApprovalRequest",
    "AsyncTask",
    "AsyncTaskAcknowledgement",
    "AsyncTaskCreate",
    "AsyncTaskDeletion",
    "AsyncTaskStatus",
    "AttributeTransform",
    "AttributeTransformCreate",
    "AttributeTransformUpdate",
    "AuditLogAssociation",
    "AuditLogEntry",
    "AuditLogUser",
    "AuthConfig",
    "AuthConfigBrief",
    "AuthConfigWrite",
    "AuthProtocol",
    "AuthSetting",
    "AuthSettingUpdate",
    "BlockedDomain",
    "BlockedDomainWrite",
    "CodeContainer",
    "CodeContainerCodeOp",
    "CodeContainerCodeType",
    "CodeContainerCreate",
    "CodeContainerEncoding",
    "CodeContainerOutputType",
    "CodeContainerResourceType",
    "CodeContainerUpdate",
    "Connector",
    "DailyMetric",
    "DailyMetricsResponse",
    "DashboardMetrics",
    "DashboardMetricsDatasetsType0",
    "DashboardMetricSet",
    "DashboardMetricsResponse",
    "DashboardMetricsSinksType0",
    "DashboardMetricsSourcesType0",
    "DataCredential",
    "DataCredentialBrief",
    "DataCredentialCreate",
    "DataCredentialUpdate",
    "DataSet",
    "DataSetBrief",
    "DataSetCopy",
    "DataSetCreate",
    "DataSetUpdate",
    "DataSink",
    "DataSinkBrief",
    "DataSinkCopy",
    "DataSinkCreate",
    "DataSinkUpdate",
    "DataSource",
    "DataSourceCopy",
    "DataSourceCreate",
    "DataSourceUpdate",
    "DeleteResponse",
    "DocContainer",
    "DocContainerInput",
    "DocsRecommendation",
    "DocsRecommendationOutput",
    "DownloadLink",
    "ErrorBody",
    "FieldError",
    "FlowAsyncRequest",
    "FlowCopy",
    "FlowDeleteRefused",
    "FlowHealth",
    "FlowLogEntry",
    "FlowLogList",
    "FlowLogSearch",
    "FlowLogsMeta",
    "FlowLogsPage",
    "FlowLogsResponse",
    "FlowMetric",
    "FlowMetricsOrder",
    "FlowMetricsPage",
    "FlowMetricsResponse",
    "FlowMetricsSummary",
    "FlowNode",
    "FlowResourceType",
    "FlowResponse",
    "FlowRunStatus",
    "FlowStatusMetrics",
    "GenAiConfig",
    "GenAiConfigCreate",
    "GenAiConfigUpdate",
    "GenAiOrgSetting",
    "GenAiOrgSettingCreate",
    "GenAiUsage",
    "GetNotificationTypesStatus",
    "HealthStatus",
    "Lookup",
    "LookupCreate",
    "LookupEntries",
    "LookupUpdate",
    "MarketplaceCustodian",
    "MarketplaceCustodianRef",
    "MarketplaceCustodians",
    "MarketplaceDomain",
    "MarketplaceDomainCreate",
    "MarketplaceDomainUpdate",
    "MarketplaceItem",
    "MarketplaceItemCreate",
    "NexsetDocsReplace",
    "Notification",
    "NotificationAsyncRequest",
    "NotificationChannel",
    "NotificationChannelSetting",
    "NotificationChannelSettingCreate",
    "NotificationChannelSettingUpdate",
    "NotificationCount",
    "NotificationEventType",
    "NotificationLevel",
    "NotificationResourceType",
    "NotificationSetting",
    "NotificationSettingCreate",
    "NotificationSettingResourceStatus",
    "NotificationSettingStatus",
    "NotificationSettingTypeView",
    "NotificationSettingUpdate",
    "NotificationsMarkReadNotificationId",
    "NotificationsMarkUnreadNotificationId",
    "NotificationType",
    "NotificationTypeCategory",
    "OrgAccountSummary",
    "Organization",
    "OrganizationCreate",
    "OrganizationUpdate",
    "OrgCustodian",
    "OrgCustodianRef",
    "OrgCustodiansRequest",
    "OrgHealthFlows",
    "OrgHealthSummary",
    "OrgMember",
    "OrgMemberActivation",
    "OrgMemberCreate",
    "OrgMemberDeleteRequest",
    "OrgMemberList",
    "OrgMemberRef",
    "OrgMemberRemoval",
    "OrgMembership",
    "OrgMembershipStatus",
    "OrgMemberUpdate",
    "OrgOwnerRef",
    "OrgRef",
    "OrgTier",
    "Owner",
    "ProbeResult",
    "ProbeSampleRequest",
    "ProbeSampleResult",
    "ProbeTreeRequest",
    "ProbeTreeResult",
    "Project",
    "ProjectCreate",
    "ProjectDataFlow",
    "ProjectDataFlowList",
    "ProjectFlowIdentifier",
    "ProjectFlowNodeList",
    "ProjectFlowSearch",
    "ProjectUpdate",
    "QuarantineExportConfig",
    "QuarantineResourceType",
    "QuarantineSettings",
    "QuarantineSettingsCreate",
    "QuarantineSettingsUpdate",
    "RateLimits",
    "RateLimitUsage",
    "RateLimitWindow",
    "ResourceStatus",
    "RunInfo",
    "RunMetric",
    "RunMetricsField",
    "RunMetricsMeta",
    "RunMetricsPage",
    "RunMetricsResponse",
    "Runtime",
    "RuntimeCreate",
    "RuntimeUpdate",
    "SelfSignupRequest",
    "SelfSignupStatus",
    "SignupRequest",
    "SinkDataMap",
    "SinkDataSet",
    "SortOrder",
    "Team",
    "TeamAccessRole",
    "TeamCreate",
    "TeamMember",
    "TeamMemberList",
    "TeamMemberRef",
    "TeamUpdate",
    "TokenResponse",
    "Transform",
    "TransformCodeOp",
    "TransformCreate",
    "TransformUpdate",
    "User",
    "UserAdminGrant",
    "UserCreate",
    "UserDefaultOrg",
    "UserMetricsResourceType",
    "UserSettings",
    "UserStatus",
    "UserTier",
    "UserTransferableResources",
    "UserTransferRequest",
    "UserTransferResult",
    "UserTransferSummary",
    "UserUpdate",
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
