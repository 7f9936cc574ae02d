# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="DataSetBrief")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "owner_id",
        "org_id",
        "name",
        "description",
        "version",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class DataSetBrief:
    """A nexset as listed on its source."""

    id: int
    owner_id: int | None = None
    org_id: int | None = None
    name: None | str = None
    description: None | str = None
    version: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id: int | None
        owner_id = self.owner_id

        org_id: int | None
        org_id = self.org_id

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        version: int | None
        version = self.version

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
            }
        )
        if owner_id is not None:
            field_dict["owner_id"] = owner_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if version is not None:
            field_dict["version"] = version
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        owner_id = src_dict.get("owner_id")

        org_id = src_dict.get("org_id")

        name = src_dict.get("name")

        description = src_dict.get("description")

        version = src_dict.get("version")

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

        data_set_brief = cls(
            id,
            owner_id,
            org_id,
            name,
            description,
            version,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            data_set_brief.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return data_set_brief

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
