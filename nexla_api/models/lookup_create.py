# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "data_type",
        "map_primary_key",
        "description",
        "data_defaults",
        "emit_data_default",
        "data_map",
        "tags",
    }
)


@_attrs_define
class LookupCreate:
    """A new static lookup."""

    name: str
    data_type: str
    """ Format of the entries, for example `string`. """
    map_primary_key: str
    """ Column whose value identifies an entry. """
    description: None | str | Unset = UNSET
    data_defaults: Any | Unset = UNSET
    """ Values returned for a key that has no entry (when `emit_data_default` is on). """
    emit_data_default: bool | None | Unset = UNSET
    """ Answer unknown keys with `data_defaults` instead of nothing. """
    data_map: Any | Unset = UNSET
    """ Entries to seed the lookup with, each a LookupEntry (column name to value). """
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type

        map_primary_key = self.map_primary_key

        description: None | str | Unset
        description = self.description

        data_defaults = self.data_defaults

        emit_data_default: bool | None | Unset
        emit_data_default = self.emit_data_default

        data_map = self.data_map

        tags: list[str] | None | Unset
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
                "map_primary_key": map_primary_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data_defaults is not UNSET:
            field_dict["data_defaults"] = data_defaults
        if emit_data_default is not UNSET:
            field_dict["emit_data_default"] = emit_data_default
        if data_map is not UNSET:
            field_dict["data_map"] = data_map
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        data_type = src_dict["data_type"]

        map_primary_key = src_dict["map_primary_key"]

        description = src_dict.get("description", UNSET)

        data_defaults = src_dict.get("data_defaults", UNSET)

        emit_data_default = src_dict.get("emit_data_default", UNSET)

        data_map = src_dict.get("data_map", UNSET)

        tags = src_dict.get("tags", UNSET)

        lookup_create = cls(
            name,
            data_type,
            map_primary_key,
            description,
            data_defaults,
            emit_data_default,
            data_map,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            lookup_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return lookup_create

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
