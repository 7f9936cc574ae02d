# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="MarketplaceItem")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "domain_id",
        "resource_type",
        "resource_id",
        "data_samples",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class MarketplaceItem:
    """A nexset published in a marketplace domain."""

    id: int
    name: None | str = None
    description: None | str = None
    domain_id: int | None = None
    resource_type: None | str = None
    """ Kind of the published resource (a nexset). """
    resource_id: int | None = None
    data_samples: Any = None
    """ Sample records of the published nexset. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        domain_id: int | None
        domain_id = self.domain_id

        resource_type: None | str
        resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        data_samples = self.data_samples

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
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if domain_id is not None:
            field_dict["domain_id"] = domain_id
        if resource_type is not None:
            field_dict["resource_type"] = resource_type
        if resource_id is not None:
            field_dict["resource_id"] = resource_id
        if data_samples is not None:
            field_dict["data_samples"] = data_samples
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        description = src_dict.get("description")

        domain_id = src_dict.get("domain_id")

        resource_type = src_dict.get("resource_type")

        resource_id = src_dict.get("resource_id")

        data_samples = src_dict.get("data_samples")

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

        marketplace_item = cls(
            id,
            name,
            description,
            domain_id,
            resource_type,
            resource_id,
            data_samples,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            marketplace_item.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return marketplace_item

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
