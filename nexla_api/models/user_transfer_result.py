# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.user_transfer_summary import UserTransferSummary


T = TypeVar("T", bound="UserTransferResult")
_KNOWN_FIELDS = frozenset(
    {
        "catalog_configs",
        "code_containers",
        "code_filters",
        "custom_data_flows",
        "dashboard_transforms",
        "data_credentials",
        "data_maps",
        "data_schemas",
        "data_sets",
        "data_sets_api_keys",
        "data_sinks",
        "data_sinks_api_keys",
        "data_sources",
        "data_sources_api_keys",
        "doc_containers",
        "org_idp_mappings",
        "projects",
        "teams",
        "users_api_keys",
        "transfer_user_resources",
    }
)


@_attrs_define
class UserTransferResult:
    """Ids of the resources a transfer moved, per kind (the same keys as UserTransferableResources), and the transfer
    itself in `transfer_user_resources`.

    """

    catalog_configs: list[int] | None = None
    code_containers: list[int] | None = None
    code_filters: list[int] | None = None
    custom_data_flows: list[int] | None = None
    dashboard_transforms: list[int] | None = None
    data_credentials: list[int] | None = None
    data_maps: list[int] | None = None
    data_schemas: list[int] | None = None
    data_sets: list[int] | None = None
    data_sets_api_keys: list[int] | None = None
    data_sinks: list[int] | None = None
    data_sinks_api_keys: list[int] | None = None
    data_sources: list[int] | None = None
    data_sources_api_keys: list[int] | None = None
    doc_containers: list[int] | None = None
    org_idp_mappings: list[int] | None = None
    projects: list[int] | None = None
    teams: list[int] | None = None
    users_api_keys: list[int] | None = None
    transfer_user_resources: None | UserTransferSummary = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        catalog_configs: list[int] | None
        if isinstance(self.catalog_configs, list):
            catalog_configs = self.catalog_configs

        else:
            catalog_configs = self.catalog_configs

        code_containers: list[int] | None
        if isinstance(self.code_containers, list):
            code_containers = self.code_containers

        else:
            code_containers = self.code_containers

        code_filters: list[int] | None
        if isinstance(self.code_filters, list):
            code_filters = self.code_filters

        else:
            code_filters = self.code_filters

        custom_data_flows: list[int] | None
        if isinstance(self.custom_data_flows, list):
            custom_data_flows = self.custom_data_flows

        else:
            custom_data_flows = self.custom_data_flows

        dashboard_transforms: list[int] | None
        if isinstance(self.dashboard_transforms, list):
            dashboard_transforms = self.dashboard_transforms

        else:
            dashboard_transforms = self.dashboard_transforms

        data_credentials: list[int] | None
        if isinstance(self.data_credentials, list):
            data_credentials = self.data_credentials

        else:
            data_credentials = self.data_credentials

        data_maps: list[int] | None
        if isinstance(self.data_maps, list):
            data_maps = self.data_maps

        else:
            data_maps = self.data_maps

        data_schemas: list[int] | None
        if isinstance(self.data_schemas, list):
            data_schemas = self.data_schemas

        else:
            data_schemas = self.data_schemas

        data_sets: list[int] | None
        if isinstance(self.data_sets, list):
            data_sets = self.data_sets

        else:
            data_sets = self.data_sets

        data_sets_api_keys: list[int] | None
        if isinstance(self.data_sets_api_keys, list):
            data_sets_api_keys = self.data_sets_api_keys

        else:
            data_sets_api_keys = self.data_sets_api_keys

        data_sinks: list[int] | None
        if isinstance(self.data_sinks, list):
            data_sinks = self.data_sinks

        else:
            data_sinks = self.data_sinks

        data_sinks_api_keys: list[int] | None
        if isinstance(self.data_sinks_api_keys, list):
            data_sinks_api_keys = self.data_sinks_api_keys

        else:
            data_sinks_api_keys = self.data_sinks_api_keys

        data_sources: list[int] | None
        if isinstance(self.data_sources, list):
            data_sources = self.data_sources

        else:
            data_sources = self.data_sources

        data_sources_api_keys: list[int] | None
        if isinstance(self.data_sources_api_keys, list):
            data_sources_api_keys = self.data_sources_api_keys

        else:
            data_sources_api_keys = self.data_sources_api_keys

        doc_containers: list[int] | None
        if isinstance(self.doc_containers, list):
            doc_containers = self.doc_containers

        else:
            doc_containers = self.doc_containers

        org_idp_mappings: list[int] | None
        if isinstance(self.org_idp_mappings, list):
            org_idp_mappings = self.org_idp_mappings

        else:
            org_idp_mappings = self.org_idp_mappings

        projects: list[int] | None
        if isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        teams: list[int] | None
        if isinstance(self.teams, list):
            teams = self.teams

        else:
            teams = self.teams

        users_api_keys: list[int] | None
        if isinstance(self.users_api_keys, list):
            users_api_keys = self.users_api_keys

        else:
            users_api_keys = self.users_api_keys

        transfer_user_resources: dict[str, Any] | None
        if isinstance(self.transfer_user_resources, UserTransferSummary):
            transfer_user_resources = self.transfer_user_resources.to_dict()
        else:
            transfer_user_resources = self.transfer_user_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_configs is not None:
            field_dict["catalog_configs"] = catalog_configs
        if code_containers is not None:
            field_dict["code_containers"] = code_containers
        if code_filters is not None:
            field_dict["code_filters"] = code_filters
        if custom_data_flows is not None:
            field_dict["custom_data_flows"] = custom_data_flows
        if dashboard_transforms is not None:
            field_dict["dashboard_transforms"] = dashboard_transforms
        if data_credentials is not None:
            field_dict["data_credentials"] = data_credentials
        if data_maps is not None:
            field_dict["data_maps"] = data_maps
        if data_schemas is not None:
            field_dict["data_schemas"] = data_schemas
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if data_sets_api_keys is not None:
            field_dict["data_sets_api_keys"] = data_sets_api_keys
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks
        if data_sinks_api_keys is not None:
            field_dict["data_sinks_api_keys"] = data_sinks_api_keys
        if data_sources is not None:
            field_dict["data_sources"] = data_sources
        if data_sources_api_keys is not None:
            field_dict["data_sources_api_keys"] = data_sources_api_keys
        if doc_containers is not None:
            field_dict["doc_containers"] = doc_containers
        if org_idp_mappings is not None:
            field_dict["org_idp_mappings"] = org_idp_mappings
        if projects is not None:
            field_dict["projects"] = projects
        if teams is not None:
            field_dict["teams"] = teams
        if users_api_keys is not None:
            field_dict["users_api_keys"] = users_api_keys
        if transfer_user_resources is not None:
            field_dict["transfer_user_resources"] = transfer_user_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        catalog_configs = src_dict.get("catalog_configs")

        code_containers = src_dict.get("code_containers")

        code_filters = src_dict.get("code_filters")

        custom_data_flows = src_dict.get("custom_data_flows")

        dashboard_transforms = src_dict.get("dashboard_transforms")

        data_credentials = src_dict.get("data_credentials")

        data_maps = src_dict.get("data_maps")

        data_schemas = src_dict.get("data_schemas")

        data_sets = src_dict.get("data_sets")

        data_sets_api_keys = src_dict.get("data_sets_api_keys")

        data_sinks = src_dict.get("data_sinks")

        data_sinks_api_keys = src_dict.get("data_sinks_api_keys")

        data_sources = src_dict.get("data_sources")

        data_sources_api_keys = src_dict.get("data_sources_api_keys")

        doc_containers = src_dict.get("doc_containers")

        org_idp_mappings = src_dict.get("org_idp_mappings")

        projects = src_dict.get("projects")

        teams = src_dict.get("teams")

        users_api_keys = src_dict.get("users_api_keys")

        transfer_user_resources = src_dict.get("transfer_user_resources")
        if isinstance(transfer_user_resources, dict):
            try:
                transfer_user_resources_type_0 = UserTransferSummary.from_dict(
                    transfer_user_resources
                )

                transfer_user_resources = transfer_user_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("transfer_user_resources", exc) from None

        user_transfer_result = cls(
            catalog_configs,
            code_containers,
            code_filters,
            custom_data_flows,
            dashboard_transforms,
            data_credentials,
            data_maps,
            data_schemas,
            data_sets,
            data_sets_api_keys,
            data_sinks,
            data_sinks_api_keys,
            data_sources,
            data_sources_api_keys,
            doc_containers,
            org_idp_mappings,
            projects,
            teams,
            users_api_keys,
            transfer_user_resources,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            user_transfer_result.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return user_transfer_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other load in any order.
from ..models.user_transfer_summary import UserTransferSummary  # noqa: E402
