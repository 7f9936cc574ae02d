from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="Lookup")


@_attrs_define
class Lookup:
    """A lookup (data map) as Nexla returns it."""

    id: int
    name: str
    description: None | str | Unset = UNSET
    map_primary_key: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    org: None | OrgRef | Unset = UNSET
    access_roles: list[AccessRole] | None | Unset = UNSET
    public: bool | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    data_type: None | str | Unset = UNSET
    data_format: None | str | Unset = UNSET
    emit_data_default: bool | None | Unset = UNSET
    use_versioning: bool | None | Unset = UNSET
    data_defaults: Any | Unset = UNSET
    data_sink_id: int | None | Unset = UNSET
    """ Destination that fills a dynamic lookup, if any. """
    data_set_id: int | None | Unset = UNSET
    """ Nexset that fills a dynamic lookup, if any. """
    map_entry_count: int | None | Unset = UNSET
    map_entry_schema: Any | Unset = UNSET
    """ Schema of the entries, as Nexla detected it. """
    tags: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        map_primary_key: None | str | Unset
        if isinstance(self.map_primary_key, Unset):
            map_primary_key = UNSET
        else:
            map_primary_key = self.map_primary_key

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

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        data_format: None | str | Unset
        if isinstance(self.data_format, Unset):
            data_format = UNSET
        else:
            data_format = self.data_format

        emit_data_default: bool | None | Unset
        if isinstance(self.emit_data_default, Unset):
            emit_data_default = UNSET
        else:
            emit_data_default = self.emit_data_default

        use_versioning: bool | None | Unset
        if isinstance(self.use_versioning, Unset):
            use_versioning = UNSET
        else:
            use_versioning = self.use_versioning

        data_defaults = self.data_defaults

        data_sink_id: int | None | Unset
        if isinstance(self.data_sink_id, Unset):
            data_sink_id = UNSET
        else:
            data_sink_id = self.data_sink_id

        data_set_id: int | None | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id

        map_entry_count: int | None | Unset
        if isinstance(self.map_entry_count, Unset):
            map_entry_count = UNSET
        else:
            map_entry_count = self.map_entry_count

        map_entry_schema = self.map_entry_schema

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
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if map_primary_key is not UNSET:
            field_dict["map_primary_key"] = map_primary_key
        if owner is not UNSET:
            field_dict["owner"] = owner
        if org is not UNSET:
            field_dict["org"] = org
        if access_roles is not UNSET:
            field_dict["access_roles"] = access_roles
        if public is not UNSET:
            field_dict["public"] = public
        if managed is not UNSET:
            field_dict["managed"] = managed
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
        if emit_data_default is not UNSET:
            field_dict["emit_data_default"] = emit_data_default
        if use_versioning is not UNSET:
            field_dict["use_versioning"] = use_versioning
        if data_defaults is not UNSET:
            field_dict["data_defaults"] = data_defaults
        if data_sink_id is not UNSET:
            field_dict["data_sink_id"] = data_sink_id
        if data_set_id is not UNSET:
            field_dict["data_set_id"] = data_set_id
        if map_entry_count is not UNSET:
            field_dict["map_entry_count"] = map_entry_count
        if map_entry_schema is not UNSET:
            field_dict["map_entry_schema"] = map_entry_schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_ref import OrgRef  # noqa: PLC0415
        from ..models.owner import Owner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_map_primary_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        map_primary_key = _parse_map_primary_key(d.pop("map_primary_key", UNSET))

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

        def _parse_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("data_type", UNSET))

        def _parse_data_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_format = _parse_data_format(d.pop("data_format", UNSET))

        def _parse_emit_data_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        emit_data_default = _parse_emit_data_default(d.pop("emit_data_default", UNSET))

        def _parse_use_versioning(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_versioning = _parse_use_versioning(d.pop("use_versioning", UNSET))

        data_defaults = d.pop("data_defaults", UNSET)

        def _parse_data_sink_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_sink_id = _parse_data_sink_id(d.pop("data_sink_id", UNSET))

        def _parse_data_set_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_set_id = _parse_data_set_id(d.pop("data_set_id", UNSET))

        def _parse_map_entry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        map_entry_count = _parse_map_entry_count(d.pop("map_entry_count", UNSET))

        map_entry_schema = d.pop("map_entry_schema", UNSET)

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

        lookup = cls(
            id=id,
            name=name,
            description=description,
            map_primary_key=map_primary_key,
            owner=owner,
            org=org,
            access_roles=access_roles,
            public=public,
            managed=managed,
            data_type=data_type,
            data_format=data_format,
            emit_data_default=emit_data_default,
            use_versioning=use_versioning,
            data_defaults=data_defaults,
            data_sink_id=data_sink_id,
            data_set_id=data_set_id,
            map_entry_count=map_entry_count,
            map_entry_schema=map_entry_schema,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        lookup.additional_properties = d
        return lookup

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
