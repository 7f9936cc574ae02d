# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "map_primary_key",
        "data_defaults",
        "emit_data_default",
        "tags",
    }
)


@_attrs_define
class LookupUpdate:
    """Settings to change on a lookup; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    map_primary_key: None | str | Unset = UNSET
    data_defaults: Any | Unset = UNSET
    emit_data_default: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        map_primary_key: None | str | Unset
        map_primary_key = self.map_primary_key

        data_defaults = self.data_defaults

        emit_data_default: bool | None | Unset
        emit_data_default = self.emit_data_default

        tags: list[str] | None | Unset
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if map_primary_key is not UNSET:
            field_dict["map_primary_key"] = map_primary_key
        if data_defaults is not UNSET:
            field_dict["data_defaults"] = data_defaults
        if emit_data_default is not UNSET:
            field_dict["emit_data_default"] = emit_data_default
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        map_primary_key = src_dict.get("map_primary_key", UNSET)

        data_defaults = src_dict.get("data_defaults", UNSET)

        emit_data_default = src_dict.get("emit_data_default", UNSET)

        tags = src_dict.get("tags", UNSET)

        lookup_update = cls(
            name,
            description,
            map_primary_key,
            data_defaults,
            emit_data_default,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            lookup_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return lookup_update

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
