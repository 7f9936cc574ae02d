# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_role import AccessRole
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

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
    description: None | str = None
    map_primary_key: None | str = None
    owner: None | Owner = None
    org: None | OrgRef = None
    access_roles: list[AccessRole] | None = None
    public: bool | None = None
    managed: bool | None = None
    data_type: None | str = None
    data_format: None | str = None
    emit_data_default: bool | None = None
    use_versioning: bool | None = None
    data_defaults: Any = None
    data_sink_id: int | None = None
    """ Destination that fills a dynamic lookup, if any. """
    data_set_id: int | None = None
    """ Nexset that fills a dynamic lookup, if any. """
    map_entry_count: int | None = None
    map_entry_schema: Any = None
    """ Schema of the entries, as Nexla detected it. """
    tags: list[str] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        map_primary_key: None | str
        map_primary_key = self.map_primary_key

        owner: dict[str, Any] | None
        if isinstance(self.owner, Owner):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        org: dict[str, Any] | None
        if isinstance(self.org, OrgRef):
            org = self.org.to_dict()
        else:
            org = self.org

        access_roles: list[str] | None
        if isinstance(self.access_roles, list):
            access_roles = []
            for access_roles_type_0_item_data in self.access_roles:
                access_roles_type_0_item = access_roles_type_0_item_data.value
                access_roles.append(access_roles_type_0_item)

        else:
            access_roles = self.access_roles

        public: bool | None
        public = self.public

        managed: bool | None
        managed = self.managed

        data_type: None | str
        data_type = self.data_type

        data_format: None | str
        data_format = self.data_format

        emit_data_default: bool | None
        emit_data_default = self.emit_data_default

        use_versioning: bool | None
        use_versioning = self.use_versioning

        data_defaults = self.data_defaults

        data_sink_id: int | None
        data_sink_id = self.data_sink_id

        data_set_id: int | None
        data_set_id = self.data_set_id

        map_entry_count: int | None
        map_entry_count = self.map_entry_count

        map_entry_schema = self.map_entry_schema

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
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
        if description is not None:
            field_dict["description"] = description
        if map_primary_key is not None:
            field_dict["map_primary_key"] = map_primary_key
        if owner is not None:
            field_dict["owner"] = owner
        if org is not None:
            field_dict["org"] = org
        if access_roles is not None:
            field_dict["access_roles"] = access_roles
        if public is not None:
            field_dict["public"] = public
        if managed is not None:
            field_dict["managed"] = managed
        if data_type is not None:
            field_dict["data_type"] = data_type
        if data_format is not None:
            field_dict["data_format"] = data_format
        if emit_data_default is not None:
            field_dict["emit_data_default"] = emit_data_default
        if use_versioning is not None:
            field_dict["use_versioning"] = use_versioning
        if data_defaults is not None:
            field_dict["data_defaults"] = data_defaults
        if data_sink_id is not None:
            field_dict["data_sink_id"] = data_sink_id
        if data_set_id is not None:
            field_dict["data_set_id"] = data_set_id
        if map_entry_count is not None:
            field_dict["map_entry_count"] = map_entry_count
        if map_entry_schema is not None:
            field_dict["map_entry_schema"] = map_entry_schema
        if tags is not None:
            field_dict["tags"] = tags
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict.get("description")

        map_primary_key = src_dict.get("map_primary_key")

        owner = src_dict.get("owner")
        if isinstance(owner, dict):
            try:
                owner_type_0 = Owner.from_dict(owner)

                owner = owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("owner", exc) from None

        org = src_dict.get("org")
        if isinstance(org, dict):
            try:
                org_type_0 = OrgRef.from_dict(org)

                org = org_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("org", exc) from None

        access_roles = src_dict.get("access_roles")
        if isinstance(access_roles, list):
            try:
                access_roles_type_0 = [
                    AccessRole.from_wire(item) for item in access_roles
                ]

                access_roles = access_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("access_roles", exc) from None

        public = src_dict.get("public")

        managed = src_dict.get("managed")

        data_type = src_dict.get("data_type")

        data_format = src_dict.get("data_format")

        emit_data_default = src_dict.get("emit_data_default")

        use_versioning = src_dict.get("use_versioning")

        data_defaults = src_dict.get("data_defaults")

        data_sink_id = src_dict.get("data_sink_id")

        data_set_id = src_dict.get("data_set_id")

        map_entry_count = src_dict.get("map_entry_count")

        map_entry_schema = src_dict.get("map_entry_schema")

        tags = src_dict.get("tags")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        lookup = cls(
            id,
            name,
            description,
            map_primary_key,
            owner,
            org,
            access_roles,
            public,
            managed,
            data_type,
            data_format,
            emit_data_default,
            use_versioning,
            data_defaults,
            data_sink_id,
            data_set_id,
            map_entry_count,
            map_entry_schema,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            lookup.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
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
