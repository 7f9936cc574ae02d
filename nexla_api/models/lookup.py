# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_ref import OrgRef
    from ..models.owner import Owner


T = TypeVar("T", bound="Lookup")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "map_primary_key",
        "owner",
        "org",
        "access_roles",
        "public",
        "managed",
        "data_type",
        "data_format",
        "emit_data_default",
        "use_versioning",
        "data_defaults",
        "data_sink_id",
        "data_set_id",
        "map_entry_count",
        "map_entry_schema",
        "tags",
        "created_at",
        "updated_at",
    }
)


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

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        description = self.description

        map_primary_key: None | str | Unset
        map_primary_key = self.map_primary_key

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None | Unset
        if isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        access_roles: list[str] | None | Unset
        if isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        public: bool | None | Unset
        public = self.public

        managed: bool | None | Unset
        managed = self.managed

        data_type: None | str | Unset
        data_type = self.data_type

        data_format: None | str | Unset
        data_format = self.data_format

        emit_data_default: bool | None | Unset
        emit_data_default = self.emit_data_default

        use_versioning: bool | None | Unset
        use_versioning = self.use_versioning

        data_defaults = self.data_defaults

        data_sink_id: int | None | Unset
        data_sink_id = self.data_sink_id

        data_set_id: int | None | Unset
        data_set_id = self.data_set_id

        map_entry_count: int | None | Unset
        map_entry_count = self.map_entry_count

        map_entry_schema = self.map_entry_schema

        tags: list[str] | None | Unset
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at: None | str | Unset
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, datetime.datetime):
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
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        map_primary_key = src_dict.get("map_primary_key", UNSET)

        owner = src_dict.get("owner", UNSET)
        if isinstance(owner, dict):
            try:
                owner_type_0 = Owner.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        org = src_dict.get("org", UNSET)
        if isinstance(org, dict):
            try:
                org_type_0 = OrgRef.from_dict(org)

                org = org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org", exc) from None

        access_roles = src_dict.get("access_roles", UNSET)
        if isinstance(access_roles, list):
            try:
                access_roles_type_0 = []
                _access_roles_type_0 = access_roles
                for access_roles_type_0_item_data in _access_roles_type_0:
                    access_roles_type_0_item = AccessRole(access_roles_type_0_item_data)

                    access_roles_type_0.append(access_roles_type_0_item)

                access_roles = access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_roles", exc) from None

        public = src_dict.get("public", UNSET)

        managed = src_dict.get("managed", UNSET)

        data_type = src_dict.get("data_type", UNSET)

        data_format = src_dict.get("data_format", UNSET)

        emit_data_default = src_dict.get("emit_data_default", UNSET)

        use_versioning = src_dict.get("use_versioning", UNSET)

        data_defaults = src_dict.get("data_defaults", UNSET)

        data_sink_id = src_dict.get("data_sink_id", UNSET)

        data_set_id = src_dict.get("data_set_id", UNSET)

        map_entry_count = src_dict.get("map_entry_count", UNSET)

        map_entry_schema = src_dict.get("map_entry_schema", UNSET)

        tags = src_dict.get("tags", UNSET)
        if isinstance(tags, list):
            try:
                tags_type_0 = cast(list[str], tags)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("tags", exc) from None

        created_at = src_dict.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

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

        if not _KNOWN_FIELDS.issuperset(src_dict):
            lookup.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.org_ref import OrgRef  # noqa: E402
from ..models.owner import Owner  # noqa: E402
