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
    from ..models.data_set_brief import DataSetBrief
    from ..models.data_sink_brief import DataSinkBrief
    from ..models.data_source import DataSource
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="DataSet")


@_attrs_define
class DataSet:
    """A nexset as Nexla returns it."""

    id: int
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: list[AccessRole] | None | Unset = UNSET
    flow_type: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    data_source_id: int | None | Unset = UNSET
    """ The source the nexset was discovered from; null for derived nexsets. """
    data_source: DataSource | None | Unset = UNSET
    parent_data_sets: list[DataSetBrief] | None | Unset = UNSET
    """ The nexsets this one is derived from. """
    data_sinks: list[DataSinkBrief] | None | Unset = UNSET
    """ Destinations that write this nexset out. """
    transform_id: int | None | Unset = UNSET
    transform: Any | Unset = UNSET
    """ The transform the nexset applies (filled in with `expand=1`). """
    source_schema: Any | Unset = UNSET
    """ Schema of the incoming records. """
    output_schema: Any | Unset = UNSET
    """ Schema of the records the nexset emits. """
    copied_from_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_source import DataSource  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

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

        flow_type: None | str | Unset
        if isinstance(self.flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = self.flow_type

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        data_source_id: int | None | Unset
        if isinstance(self.data_source_id, Unset):
            data_source_id = UNSET
        else:
            data_source_id = self.data_source_id

        data_source: dict[str, Any] | None | Unset
        if isinstance(self.data_source, Unset):
            data_source = UNSET
        elif isinstance(self.data_source, DataSource):
            data_source = self.data_source.to_dict()
        else:
            data_source = self.data_source

        parent_data_sets: list[dict[str, Any]] | None | Unset
        if isinstance(self.parent_data_sets, Unset):
            parent_data_sets = UNSET
        elif isinstance(self.parent_data_sets, list):
            parent_data_sets = []
            for parent_data_sets_type_0_item_data in self.parent_data_sets:
                parent_data_sets_type_0_item = (
                    parent_data_sets_type_0_item_data.to_dict()
                )
                parent_data_sets.append(parent_data_sets_type_0_item)

        else:
            parent_data_sets = self.parent_data_sets

        data_sinks: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_sinks, Unset):
            data_sinks = UNSET
        elif isinstance(self.data_sinks, list):
            data_sinks = []
            for data_sinks_type_0_item_data in self.data_sinks:
                data_sinks_type_0_item = data_sinks_type_0_item_data.to_dict()
                data_sinks.append(data_sinks_type_0_item)

        else:
            data_sinks = self.data_sinks

        transform_id: int | None | Unset
        if isinstance(self.transform_id, Unset):
            transform_id = UNSET
        else:
            transform_id = self.transform_id

        transform = self.transform

        source_schema = self.source_schema

        output_schema = self.output_schema

        copied_from_id: int | None | Unset
        if isinstance(self.copied_from_id, Unset):
            copied_from_id = UNSET
        else:
            copied_from_id = self.copied_from_id

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
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if version is not UNSET:
            field_dict["version"] = version
        if data_source_id is not UNSET:
            field_dict["data_source_id"] = data_source_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if parent_data_sets is not UNSET:
            field_dict["parent_data_sets"] = parent_data_sets
        if data_sinks is not UNSET:
            field_dict["data_sinks"] = data_sinks
        if transform_id is not UNSET:
            field_dict["transform_id"] = transform_id
        if transform is not UNSET:
            field_dict["transform"] = transform
        if source_schema is not UNSET:
            field_dict["source_schema"] = source_schema
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if copied_from_id is not UNSET:
            field_dict["copied_from_id"] = copied_from_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_brief import DataSetBrief  # noqa: PLC0415
        from ..models.data_sink_brief import DataSinkBrief  # noqa: PLC0415
        from ..models.data_source import DataSource  # noqa: PLC0415
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_flow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_type = _parse_flow_type(d.pop("flow_type", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_data_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_source_id = _parse_data_source_id(d.pop("data_source_id", UNSET))

        def _parse_data_source(data: object) -> DataSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_source_type_0 = DataSource.from_dict(data)

                return data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSource | None | Unset, data)

        data_source = _parse_data_source(d.pop("data_source", UNSET))

        def _parse_parent_data_sets(data: object) -> list[DataSetBrief] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parent_data_sets_type_0 = []
                _parent_data_sets_type_0 = data
                for parent_data_sets_type_0_item_data in _parent_data_sets_type_0:
                    parent_data_sets_type_0_item = DataSetBrief.from_dict(
                        parent_data_sets_type_0_item_data
                    )

                    parent_data_sets_type_0.append(parent_data_sets_type_0_item)

                return parent_data_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSetBrief] | None | Unset, data)

        parent_data_sets = _parse_parent_data_sets(d.pop("parent_data_sets", UNSET))

        def _parse_data_sinks(data: object) -> list[DataSinkBrief] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_sinks_type_0 = []
                _data_sinks_type_0 = data
                for data_sinks_type_0_item_data in _data_sinks_type_0:
                    data_sinks_type_0_item = DataSinkBrief.from_dict(
                        data_sinks_type_0_item_data
                    )

                    data_sinks_type_0.append(data_sinks_type_0_item)

                return data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSinkBrief] | None | Unset, data)

        data_sinks = _parse_data_sinks(d.pop("data_sinks", UNSET))

        def _parse_transform_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transform_id = _parse_transform_id(d.pop("transform_id", UNSET))

        transform = d.pop("transform", UNSET)

        source_schema = d.pop("source_schema", UNSET)

        output_schema = d.pop("output_schema", UNSET)

        def _parse_copied_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id", UNSET))

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

        data_set = cls(
            id=id,
            name=name,
            description=description,
            status=status,
            owner=owner,
            org=org,
            access_roles=access_roles,
            flow_type=flow_type,
            version=version,
            data_source_id=data_source_id,
            data_source=data_source,
            parent_data_sets=parent_data_sets,
            data_sinks=data_sinks,
            transform_id=transform_id,
            transform=transform,
            source_schema=source_schema,
            output_schema=output_schema,
            copied_from_id=copied_from_id,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        data_set.additional_properties = d
        return data_set

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
