from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupCreate")


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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type

        map_primary_key = self.map_primary_key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_defaults = self.data_defaults

        emit_data_default: bool | None | Unset
        if isinstance(self.emit_data_default, Unset):
            emit_data_default = UNSET
        else:
            emit_data_default = self.emit_data_default

        data_map = self.data_map

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
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
        d = dict(src_dict)
        name = d.pop("name")

        data_type = d.pop("data_type")

        map_primary_key = d.pop("map_primary_key")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        data_defaults = d.pop("data_defaults", UNSET)

        def _parse_emit_data_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        emit_data_default = _parse_emit_data_default(d.pop("emit_data_default", UNSET))

        data_map = d.pop("data_map", UNSET)

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

        lookup_create = cls(
            name=name,
            data_type=data_type,
            map_primary_key=map_primary_key,
            description=description,
            data_defaults=data_defaults,
            emit_data_default=emit_data_default,
            data_map=data_map,
            tags=tags,
        )

        lookup_create.additional_properties = d
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
