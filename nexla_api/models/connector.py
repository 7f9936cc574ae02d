# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="Connector")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "type",
        "connection_type",
        "name",
        "description",
        "nexset_api_compatible",
    }
)


@_attrs_define
class Connector:
    """The connector behind a source, destination or credential."""

    id: int
    type_: str
    connection_type: None | str = None
    name: None | str = None
    description: None | str = None
    nexset_api_compatible: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        connection_type: None | str
        connection_type = self.connection_type

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        nexset_api_compatible: bool | None
        nexset_api_compatible = self.nexset_api_compatible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if connection_type is not None:
            field_dict["connection_type"] = connection_type
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if nexset_api_compatible is not None:
            field_dict["nexset_api_compatible"] = nexset_api_compatible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        type_ = src_dict["type"]

        connection_type = src_dict.get("connection_type")

        name = src_dict.get("name")

        description = src_dict.get("description")

        nexset_api_compatible = src_dict.get("nexset_api_compatible")

        connector = cls(
            id,
            type_,
            connection_type,
            name,
            description,
            nexset_api_compatible,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            connector.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return connector

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
