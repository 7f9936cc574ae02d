from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector import Connector
    from ..models.data_credential import DataCredential
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner
    from ..models.sink_data_map import SinkDataMap
    from ..models.sink_data_set import SinkDataSet


T = TypeVar("T", bound="DataSink")


@_attrs_define
class DataSink:
    """A destination as Nexla returns it."""

    id: int
    name: str
    status: ResourceStatus
    """ Lifecycle status of a source, nexset or destination. """
    sink_type: str
    connector_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: list[AccessRole] | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    connector: Connector | None | Unset = UNSET
    data_set_id: int | None | Unset = UNSET
    data_set: None | SinkDataSet | Unset = UNSET
    data_map_id: int | None | Unset = UNSET
    data_map: None | SinkDataMap | Unset = UNSET
    data_source_id: int | None | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    data_credentials: DataCredential | None | Unset = UNSET
    sink_format: None | str | Unset = UNSET
    """ Output format, for example `json`, `csv` or `parquet`. """
    sink_config: Any | Unset = UNSET
    """ Connector-specific configuration. """
    sink_schedule: None | str | Unset = UNSET
    in_memory: bool | None | Unset = UNSET
    copied_from_id: int | None | Unset = UNSET
    flow_type: None | str | Unset = UNSET
    has_template: bool | None | Unset = UNSET
    vendor_endpoint: Any | Unset = UNSET
    vendor: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connector import Connector  # noqa: PLC0415
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.sink_data_map import SinkDataMap  # noqa: PLC0415
        from ..models.sink_data_set import SinkDataSet  # noqa: PLC0415

        id = self.id

        name = self.name

        status = self.status.value

        sink_type = self.sink_type

        connector_type: None | str | Unset
        if isinstance(self.connector_type, Unset):
            connector_type = UNSET
        else:
            connector_type = self.connector_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        elif isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        access_roles: list[str] | None | Unset
        if isinstance(self.access_roles, Unset):
            access_roles = UNSET
        elif isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        connector: dict[str, Any] | None | Unset
        if isinstance(self.connector, Unset):
            connector = UNSET
        elif isinstance(self.connector, Connector):
            connector = self.connector.to_dict()
        else:
            connector = self.connector

        data_set_id: int | None | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id

        data_set: dict[str, Any] | None | Unset
        if isinstance(self.data_set, Unset):
            data_set = UNSET
        elif isinstance(self.data_set, SinkDataSet):
            data_set = self.data_set.to_dict()
        else:
            data_set = self.data_set

        data_map_id: int | None | Unset
        if isinstance(self.data_map_id, Unset):
            data_map_id = UNSET
        else:
            data_map_id = self.data_map_id

        data_map: dict[str, Any] | None | Unset
        if isinstance(self.data_map, Unset):
            data_map = UNSET
        elif isinstance(self.data_map, SinkDataMap):
            data_map = self.data_map.to_dict()
        else:
            data_map = self.data_map

        data_source_id: int | None | Unset
        if isinstance(self.data_source_id, Unset):
            data_source_id = UNSET
        else:
            data_source_id = self.data_source_id

        data_credentials_id: int | None | Unset
        if isinstance(self.data_credentials_id, Unset):
            data_credentials_id = UNSET
        else:
            data_credentials_id = self.data_credentials_id

        data_credentials: dict[str, Any] | None | Unset
        if isinstance(self.data_credentials, Unset):
            data_credentials = UNSET
        elif isinstance(self.data_credentials, DataCredential):
            data_credentials = self.data_credentials.to_dict()
        else:
            data_credentials = self.data_credentials

        sink_format: None | str | Unset
        if isinstance(self.sink_format, Unset):
            sink_format = UNSET
        else:
            sink_format = self.sink_format

        sink_config = self.sink_config

        sink_schedule: None | str | Unset
        if isinstance(self.sink_schedule, Unset):
            sink_schedule = UNSET
        else:
            sink_schedule = self.sink_schedule

        in_memory: bool | None | Unset
        if isinstance(self.in_memory, Unset):
            in_memory = UNSET
        else:
            in_memory = self.in_memory

        copied_from_id: int | None | Unset
        if isinstance(self.copied_from_id, Unset):
            copied_from_id = UNSET
        else:
            copied_from_id = self.copied_from_id

        flow_type: None | str | Unset
        if isinstance(self.flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = self.flow_type

        has_template: bool | None | Unset
        if isinstance(self.has_template, Unset):
            has_template = UNSET
        else:
            has_template = self.has_template

        vendor_endpoint = self.vendor_endpoint

        vendor = self.vendor

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "sink_type": sink_type,
            }
        )
        if connector_type is not UNSET:
            field_dict["connector_type"] = connector_type
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if managed is not UNSET:
            field_dict["managed"] = managed
        if connector is not UNSET:
            field_dict["connector"] = connector
        if data_set_id is not UNSET:
            field_dict["data_set_id"] = data_set_id
        if data_set is not UNSET:
            field_dict["data_set"] = data_set
        if data_map_id is not UNSET:
            field_dict["data_map_id"] = data_map_id
        if data_map is not UNSET:
            field_dict["data_map"] = data_map
        if data_source_id is not UNSET:
            field_dict["data_source_id"] = data_source_id
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if data_credentials is not UNSET:
            field_dict["data_credentials"] = data_credentials
        if sink_format is not UNSET:
            field_dict["sink_format"] = sink_format
        if sink_config is not UNSET:
            field_dict["sink_config"] = sink_config
        if sink_schedule is not UNSET:
            field_dict["sink_schedule"] = sink_schedule
        if in_memory is not UNSET:
            field_dict["in_memory"] = in_memory
        if copied_from_id is not UNSET:
            field_dict["copied_from_id"] = copied_from_id
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if has_template is not UNSET:
            field_dict["has_template"] = has_template
        if vendor_endpoint is not UNSET:
            field_dict["vendor_endpoint"] = vendor_endpoint
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector import Connector  # noqa: PLC0415
        from ..models.data_credential import DataCredential  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415
        from ..models.sink_data_map import SinkDataMap  # noqa: PLC0415
        from ..models.sink_data_set import SinkDataSet  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = ResourceStatus(d.pop("status"))

        sink_type = d.pop("sink_type")

        def _parse_connector_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connector_type = _parse_connector_type(d.pop("connector_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner(data: object) -> None | Owner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Owner.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Owner | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_org(data: object) -> None | OrgRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                org_type_0 = OrgRef.from_dict(data)

                return org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgRef | Unset, data)

        org = _parse_org(d.pop("org", UNSET))

        def _parse_access_roles(data: object) -> list[AccessRole] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_roles_type_0 = []
                _access_roles_type_0 = data
                for access_roles_type_0_item_data in _access_roles_type_0:
                    access_roles_type_0_item = AccessRole(access_roles_type_0_item_data)

                    access_roles_type_0.append(access_roles_type_0_item)

                return access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessRole] | None | Unset, data)

        access_roles = _parse_access_roles(d.pop("access_roles", UNSET))

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        def _parse_connector(data: object) -> Connector | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connector_type_0 = Connector.from_dict(data)

                return connector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Connector | None | Unset, data)

        connector = _parse_connector(d.pop("connector", UNSET))

        def _parse_data_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_set_id = _parse_data_set_id(d.pop("data_set_id", UNSET))

        def _parse_data_set(data: object) -> None | SinkDataSet | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_set_type_0 = SinkDataSet.from_dict(data)

                return data_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SinkDataSet | Unset, data)

        data_set = _parse_data_set(d.pop("data_set", UNSET))

        def _parse_data_map_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_map_id = _parse_data_map_id(d.pop("data_map_id", UNSET))

        def _parse_data_map(data: object) -> None | SinkDataMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_map_type_0 = SinkDataMap.from_dict(data)

                return data_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SinkDataMap | Unset, data)

        data_map = _parse_data_map(d.pop("data_map", UNSET))

        def _parse_data_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_source_id = _parse_data_source_id(d.pop("data_source_id", UNSET))

        def _parse_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_credentials_id = _parse_data_credentials_id(
            d.pop("data_credentials_id", UNSET)
        )

        def _parse_data_credentials(data: object) -> DataCredential | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_credentials_type_0 = DataCredential.from_dict(data)

                return data_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataCredential | None | Unset, data)

        data_credentials = _parse_data_credentials(d.pop("data_credentials", UNSET))

        def _parse_sink_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sink_format = _parse_sink_format(d.pop("sink_format", UNSET))

        sink_config = d.pop("sink_config", UNSET)

        def _parse_sink_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sink_schedule = _parse_sink_schedule(d.pop("sink_schedule", UNSET))

        def _parse_in_memory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_memory = _parse_in_memory(d.pop("in_memory", UNSET))

        def _parse_copied_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id", UNSET))

        def _parse_flow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_type = _parse_flow_type(d.pop("flow_type", UNSET))

        def _parse_has_template(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_template = _parse_has_template(d.pop("has_template", UNSET))

        vendor_endpoint = d.pop("vendor_endpoint", UNSET)

        vendor = d.pop("vendor", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        data_sink = cls(
            id=id,
            name=name,
            status=status,
            sink_type=sink_type,
            connector_type=connector_type,
            description=description,
            owner=owner,
            org=org,
            access_roles=access_roles,
            managed=managed,
            connector=connector,
            data_set_id=data_set_id,
            data_set=data_set,
            data_map_id=data_map_id,
            data_map=data_map,
            data_source_id=data_source_id,
            data_credentials_id=data_credentials_id,
            data_credentials=data_credentials,
            sink_format=sink_format,
            sink_config=sink_config,
            sink_schedule=sink_schedule,
            in_memory=in_memory,
            copied_from_id=copied_from_id,
            flow_type=flow_type,
            has_template=has_template,
            vendor_endpoint=vendor_endpoint,
            vendor=vendor,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        data_sink.additional_properties = d
        return data_sink

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
