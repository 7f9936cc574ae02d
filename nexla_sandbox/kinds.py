"""The store's kinds of document: the `resource_type` of their errors, the `item_type` of
their audit entries, and for the plain collections a label and the request fields never stored."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collection:
    kind: str  # store kind
    label: str  # human name in messages
    resource_type: str  # `resource_type` of error replies
    item_type: str  # audit log `item_type`
    private: tuple[str, ...] = ()  # request fields never stored (passwords, secrets)


COLLECTIONS: dict[str, Collection] = {
    c.kind: c
    for c in (
        Collection("projects", "Project", "projects", "Project"),
        Collection("teams", "Team", "teams", "Team"),
        Collection("users", "User", "users", "User", ("password", "password_confirmation")),
        Collection("orgs", "Org", "orgs", "Org"),
        Collection("data_maps", "Lookup", "data_maps", "DataMap"),
        Collection("code_containers", "Code container", "code_containers", "CodeContainer"),
        Collection("doc_containers", "Doc container", "doc_containers", "DocContainer"),
        Collection("data_schemas", "Data schema", "data_schemas", "DataSchema"),
        Collection("runtimes", "Runtime", "runtimes", "CustomRuntime"),
        Collection("marketplace_domains", "Domain", "marketplace_domains", "Domain"),
        Collection("marketplace_items", "Marketplace item", "marketplace_items", "DomainItem"),
        Collection("approval_requests", "Approval request", "approval_requests", "ApprovalRequest"),
        Collection(
            "self_signup_requests", "Sign-up request", "self_signup_requests", "SelfSignupRequest"
        ),
        Collection(
            "self_signup_blocked_domains",
            "Blocked domain",
            "self_signup_blocked_domains",
            "SelfSignupBlockedDomain",
        ),
        Collection(
            "api_auth_configs",
            "Auth config",
            "api_auth_configs",
            "ApiAuthConfig",
            ("secret_config",),
        ),
        Collection("notifications", "Notification", "notifications", "Notification"),
        Collection(
            "notification_settings",
            "Notification setting",
            "notification_settings",
            "NotificationSetting",
        ),
        Collection(
            "notification_channel_settings",
            "Notification channel setting",
            "notification_channel_settings",
            "NotificationChannelSetting",
        ),
        Collection(
            "quarantine_settings", "Quarantine setting", "quarantine_settings", "QuarantineSetting"
        ),
        Collection("flow_nodes", "Flow", "flows", "FlowNode"),
    )
}

# Store kind -> (error resource_type, audit item_type)
KINDS: dict[str, tuple[str, str]] = {
    "data_credentials": ("data_credentials", "DataCredentials"),
    "data_sources": ("data_sources", "DataSource"),
    "data_sets": ("data_sets", "DataSet"),
    "data_sinks": ("data_sinks", "DataSink"),
    "flow_nodes": ("flows", "FlowNode"),
    "transforms": ("transforms", "CodeContainer"),
    "attribute_transforms": ("attribute_transforms", "CodeContainer"),
    "async_tasks": ("async_tasks", "AsyncTask"),
    "gen_ai_configs": ("gen_ai_integration_configs", "GenAiConfig"),
    "gen_ai_org_settings": ("gen_ai_org_settings", "GenAiOrgSetting"),
    "users": ("users", "User"),
    "teams": ("teams", "Team"),
    "orgs": ("orgs", "Org"),
}
for _c in COLLECTIONS.values():
    KINDS.setdefault(_c.kind, (_c.resource_type, _c.item_type))
