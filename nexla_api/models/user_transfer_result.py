from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_transfer_summary import UserTransferSummary


T = TypeVar("T", bound="UserTransferResult")


@_attrs_define
class UserTransferResult:
    """Ids of the resources a transfer moved, per kind (the same keys as UserTransferableResources), and the transfer
    itself in `transfer_user_resources`.

    """

    catalog_configs: list[int] | None | Unset = UNSET
    code_containers: list[int] | None | Unset = UNSET
    code_filters: list[int] | None | Unset = UNSET
    custom_data_flows: list[int] | None | Unset = UNSET
    dashboard_transforms: list[int] | None | Unset = UNSET
    data_credentials: list[int] | None | Unset = UNSET
    data_maps: list[int] | None | Unset = UNSET
    data_schemas: list[int] | None | Unset = UNSET
    data_sets: list[int] | None | Unset = UNSET
    data_sets_api_keys: list[int] | None | Unset = UNSET
    data_sinks: list[int] | None | Unset = UNSET
    data_sinks_api_keys: list[int] | None | Unset = UNSET
    data_sources: list[int] | None | Unset = UNSET
    data_sources_api_keys: list[int] | None | Unset = UNSET
    doc_containers: list[int] | None | Unset = UNSET
    org_idp_mappings: list[int] | None | Unset = UNSET
    projects: list[int] | None | Unset = UNSET
    teams: list[int] | None | Unset = UNSET
    users_api_keys: list[int] | None | Unset = UNSET
    transfer_user_resources: None | Unset | UserTransferSummary = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_transfer_summary import UserTransferSummary  # noqa: PLC0415

        catalog_configs: list[int] | None | Unset
        if isinstance(self.catalog_configs, Unset):
            catalog_configs = UNSET
        elif isinstance(self.catalog_configs, list):
            catalog_configs = self.catalog_configs

        else:
            catalog_configs = self.catalog_configs

        code_containers: list[int] | None | Unset
        if isinstance(self.code_containers, Unset):
            code_containers = UNSET
        elif isinstance(self.code_containers, list):
            code_containers = self.code_containers

        else:
            code_containers = self.code_containers

        code_filters: list[int] | None | Unset
        if isinstance(self.code_filters, Unset):
            code_filters = UNSET
        elif isinstance(self.code_filters, list):
            code_filters = self.code_filters

        else:
            code_filters = self.code_filters

        custom_data_flows: list[int] | None | Unset
        if isinstance(self.custom_data_flows, Unset):
            custom_data_flows = UNSET
        elif isinstance(self.custom_data_flows, list):
            custom_data_flows = self.custom_data_flows

        else:
            custom_data_flows = self.custom_data_flows

        dashboard_transforms: list[int] | None | Unset
        if isinstance(self.dashboard_transforms, Unset):
            dashboard_transforms = UNSET
        elif isinstance(self.dashboard_transforms, list):
            dashboard_transforms = self.dashboard_transforms

        else:
            dashboard_transforms = self.dashboard_transforms

        data_credentials: list[int] | None | Unset
        if isinstance(self.data_credentials, Unset):
            data_credentials = UNSET
        elif isinstance(self.data_credentials, list):
            data_credentials = self.data_credentials

        else:
            data_credentials = self.data_credentials

        data_maps: list[int] | None | Unset
        if isinstance(self.data_maps, Unset):
            data_maps = UNSET
        elif isinstance(self.data_maps, list):
            data_maps = self.data_maps

        else:
            data_maps = self.data_maps

        data_schemas: list[int] | None | Unset
        if isinstance(self.data_schemas, Unset):
            data_schemas = UNSET
        elif isinstance(self.data_schemas, list):
            data_schemas = self.data_schemas

        else:
            data_schemas = self.data_schemas

        data_sets: list[int] | None | Unset
        if isinstance(self.data_sets, Unset):
            data_sets = UNSET
        elif isinstance(self.data_sets, list):
            data_sets = self.data_sets

        else:
            data_sets = self.data_sets

        data_sets_api_keys: list[int] | None | Unset
        if isinstance(self.data_sets_api_keys, Unset):
            data_sets_api_keys = UNSET
        elif isinstance(self.data_sets_api_keys, list):
            data_sets_api_keys = self.data_sets_api_keys

        else:
            data_sets_api_keys = self.data_sets_api_keys

        data_sinks: list[int] | None | Unset
        if isinstance(self.data_sinks, Unset):
            data_sinks = UNSET
        elif isinstance(self.data_sinks, list):
            data_sinks = self.data_sinks

        else:
            data_sinks = self.data_sinks

        data_sinks_api_keys: list[int] | None | Unset
        if isinstance(self.data_sinks_api_keys, Unset):
            data_sinks_api_keys = UNSET
        elif isinstance(self.data_sinks_api_keys, list):
            data_sinks_api_keys = self.data_sinks_api_keys

        else:
            data_sinks_api_keys = self.data_sinks_api_keys

        data_sources: list[int] | None | Unset
        if isinstance(self.data_sources, Unset):
            data_sources = UNSET
        elif isinstance(self.data_sources, list):
            data_sources = self.data_sources

        else:
            data_sources = self.data_sources

        data_sources_api_keys: list[int] | None | Unset
        if isinstance(self.data_sources_api_keys, Unset):
            data_sources_api_keys = UNSET
        elif isinstance(self.data_sources_api_keys, list):
            data_sources_api_keys = self.data_sources_api_keys

        else:
            data_sources_api_keys = self.data_sources_api_keys

        doc_containers: list[int] | None | Unset
        if isinstance(self.doc_containers, Unset):
            doc_containers = UNSET
        elif isinstance(self.doc_containers, list):
            doc_containers = self.doc_containers

        else:
            doc_containers = self.doc_containers

        org_idp_mappings: list[int] | None | Unset
        if isinstance(self.org_idp_mappings, Unset):
            org_idp_mappings = UNSET
        elif isinstance(self.org_idp_mappings, list):
            org_idp_mappings = self.org_idp_mappings

        else:
            org_idp_mappings = self.org_idp_mappings

        projects: list[int] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = self.projects

        else:
            projects = self.projects

        teams: list[int] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = self.teams

        else:
            teams = self.teams

        users_api_keys: list[int] | None | Unset
        if isinstance(self.users_api_keys, Unset):
            users_api_keys = UNSET
        elif isinstance(self.users_api_keys, list):
            users_api_keys = self.users_api_keys

        else:
            users_api_keys = self.users_api_keys

        transfer_user_resources: dict[str, Any] | None | Unset
        if isinstance(self.transfer_user_resources, Unset):
            transfer_user_resources = UNSET
        elif isinstance(self.transfer_user_resources, UserTransferSummary):
            transfer_user_resources = self.transfer_user_resources.to_dict()
        else:
            transfer_user_resources = self.transfer_user_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_configs is not UNSET:
            field_dict["catalog_configs"] = catalog_configs
        if code_containers is not UNSET:
            field_dict["code_containers"] = code_containers
        if code_filters is not UNSET:
            field_dict["code_filters"] = code_filters
        if custom_data_flows is not UNSET:
            field_dict["custom_data_flows"] = custom_data_flows
        if dashboard_transforms is not UNSET:
            field_dict["dashboard_transforms"] = dashboard_transforms
        if data_credentials is not UNSET:
            field_dict["data_credentials"] = data_credentials
        if data_maps is not UNSET:
            field_dict["data_maps"] = data_maps
        if data_schemas is not UNSET:
            field_dict["data_schemas"] = data_schemas
        if data_sets is not UNSET:
            field_dict["data_sets"] = data_sets
        if data_sets_api_keys is not UNSET:
            field_dict["data_sets_api_keys"] = data_sets_api_keys
        if data_sinks is not UNSET:
            field_dict["data_sinks"] = data_sinks
        if data_sinks_api_keys is not UNSET:
            field_dict["data_sinks_api_keys"] = data_sinks_api_keys
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if data_sources_api_keys is not UNSET:
            field_dict["data_sources_api_keys"] = data_sources_api_keys
        if doc_containers is not UNSET:
            field_dict["doc_containers"] = doc_containers
        if org_idp_mappings is not UNSET:
            field_dict["org_idp_mappings"] = org_idp_mappings
        if projects is not UNSET:
            field_dict["projects"] = projects
        if teams is not UNSET:
            field_dict["teams"] = teams
        if users_api_keys is not UNSET:
            field_dict["users_api_keys"] = users_api_keys
        if transfer_user_resources is not UNSET:
            field_dict["transfer_user_resources"] = transfer_user_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_transfer_summary import UserTransferSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_catalog_configs(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                catalog_configs_type_0 = cast(list[int], data)

                return catalog_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        catalog_configs = _parse_catalog_configs(d.pop("catalog_configs", UNSET))

        def _parse_code_containers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                code_containers_type_0 = cast(list[int], data)

                return code_containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        code_containers = _parse_code_containers(d.pop("code_containers", UNSET))

        def _parse_code_filters(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                code_filters_type_0 = cast(list[int], data)

                return code_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        code_filters = _parse_code_filters(d.pop("code_filters", UNSET))

        def _parse_custom_data_flows(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_data_flows_type_0 = cast(list[int], data)

                return custom_data_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        custom_data_flows = _parse_custom_data_flows(d.pop("custom_data_flows", UNSET))

        def _parse_dashboard_transforms(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dashboard_transforms_type_0 = cast(list[int], data)

                return dashboard_transforms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        dashboard_transforms = _parse_dashboard_transforms(
            d.pop("dashboard_transforms", UNSET)
        )

        def _parse_data_credentials(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_credentials_type_0 = cast(list[int], data)

                return data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_credentials = _parse_data_credentials(d.pop("data_credentials", UNSET))

        def _parse_data_maps(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_maps_type_0 = cast(list[int], data)

                return data_maps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_maps = _parse_data_maps(d.pop("data_maps", UNSET))

        def _parse_data_schemas(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_schemas_type_0 = cast(list[int], data)

                return data_schemas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_schemas = _parse_data_schemas(d.pop("data_schemas", UNSET))

        def _parse_data_sets(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sets_type_0 = cast(list[int], data)

                return data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sets = _parse_data_sets(d.pop("data_sets", UNSET))

        def _parse_data_sets_api_keys(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sets_api_keys_type_0 = cast(list[int], data)

                return data_sets_api_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sets_api_keys = _parse_data_sets_api_keys(
            d.pop("data_sets_api_keys", UNSET)
        )

        def _parse_data_sinks(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sinks_type_0 = cast(list[int], data)

                return data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sinks = _parse_data_sinks(d.pop("data_sinks", UNSET))

        def _parse_data_sinks_api_keys(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sinks_api_keys_type_0 = cast(list[int], data)

                return data_sinks_api_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sinks_api_keys = _parse_data_sinks_api_keys(
            d.pop("data_sinks_api_keys", UNSET)
        )

        def _parse_data_sources(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sources_type_0 = cast(list[int], data)

                return data_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sources = _parse_data_sources(d.pop("data_sources", UNSET))

        def _parse_data_sources_api_keys(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sources_api_keys_type_0 = cast(list[int], data)

                return data_sources_api_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        data_sources_api_keys = _parse_data_sources_api_keys(
            d.pop("data_sources_api_keys", UNSET)
        )

        def _parse_doc_containers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                doc_containers_type_0 = cast(list[int], data)

                return doc_containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        doc_containers = _parse_doc_containers(d.pop("doc_containers", UNSET))

        def _parse_org_idp_mappings(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                org_idp_mappings_type_0 = cast(list[int], data)

                return org_idp_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        org_idp_mappings = _parse_org_idp_mappings(d.pop("org_idp_mappings", UNSET))

        def _parse_projects(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_0 = cast(list[int], data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        def _parse_teams(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = cast(list[int], data)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        def _parse_users_api_keys(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_api_keys_type_0 = cast(list[int], data)

                return users_api_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        users_api_keys = _parse_users_api_keys(d.pop("users_api_keys", UNSET))

        def _parse_transfer_user_resources(
            data: object,
        ) -> None | Unset | UserTransferSummary:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transfer_user_resources_type_0 = UserTransferSummary.from_dict(data)

                return transfer_user_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTransferSummary, data)

        transfer_user_resources = _parse_transfer_user_resources(
            d.pop("transfer_user_resources", UNSET)
        )

        user_transfer_result = cls(
            catalog_configs=catalog_configs,
            code_containers=code_containers,
            code_filters=code_filters,
            custom_data_flows=custom_data_flows,
            dashboard_transforms=dashboard_transforms,
            data_credentials=data_credentials,
            data_maps=data_maps,
            data_schemas=data_schemas,
            data_sets=data_sets,
            data_sets_api_keys=data_sets_api_keys,
            data_sinks=data_sinks,
            data_sinks_api_keys=data_sinks_api_keys,
            data_sources=data_sources,
            data_sources_api_keys=data_sources_api_keys,
            doc_containers=doc_containers,
            org_idp_mappings=org_idp_mappings,
            projects=projects,
            teams=teams,
            users_api_keys=users_api_keys,
            transfer_user_resources=transfer_user_resources,
        )

        user_transfer_result.additional_properties = d
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
