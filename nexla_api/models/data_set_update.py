from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSetUpdate")


@_attrs_define
class DataSetUpdate:
    """Fields to change on a nexset; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    has_custom_transform: bool | None | Unset = UNSET
    transform_id: int | None | Unset = UNSET
    transform: Any | Unset = UNSET
    output_schema_annotations: Any | Unset = UNSET
    output_schema_validation_enabled: bool | None | Unset = UNSET
    output_validation_schema: Any | Unset = UNSET
    data_sinks: list[Any | int] | None | Unset = UNSET
    custom_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        has_custom_transform: bool | None | Unset
        if isinstance(self.has_custom_transform, Unset):
            has_custom_transform = UNSET
        else:
            has_custom_transform = self.has_custom_transform

        transform_id: int | None | Unset
        if isinstance(self.transform_id, Unset):
            transform_id = UNSET
        else:
            transform_id = self.transform_id

        transform = self.transform

        output_schema_annotations = self.output_schema_annotations

        output_schema_validation_enabled: bool | None | Unset
        if isinstance(self.output_schema_validation_enabled, Unset):
            output_schema_validation_enabled = UNSET
        else:
            output_schema_validation_enabled = self.output_schema_validation_enabled

        output_validation_schema = self.output_validation_schema

        data_sinks: list[Any | int] | None | Unset
        if isinstance(self.data_sinks, Unset):
            data_sinks = UNSET
        elif isinstance(self.data_sinks, list):
            data_sinks = []
            for data_sinks_type_0_item_data in self.data_sinks:
                data_sinks_type_0_item: Any | int
                data_sinks_type_0_item = data_sinks_type_0_item_data
                data_sinks.append(data_sinks_type_0_item)

        else:
            data_sinks = self.data_sinks

        custom_config = self.custom_config

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
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
        if has_custom_transform is not UNSET:
            field_dict["has_custom_transform"] = has_custom_transform
        if transform_id is not UNSET:
            field_dict["transform_id"] = transform_id
        if transform is not UNSET:
            field_dict["transform"] = transform
        if output_schema_annotations is not UNSET:
            field_dict["output_schema_annotations"] = output_schema_annotations
        if output_schema_validation_enabled is not UNSET:
            field_dict["output_schema_validation_enabled"] = (
                output_schema_validation_enabled
            )
        if output_validation_schema is not UNSET:
            field_dict["output_validation_schema"] = output_validation_schema
        if data_sinks is not UNSET:
            field_dict["data_sinks"] = data_sinks
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_has_custom_transform(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_custom_transform = _parse_has_custom_transform(
            d.pop("has_custom_transform", UNSET)
        )

        def _parse_transform_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transform_id = _parse_transform_id(d.pop("transform_id", UNSET))

        transform = d.pop("transform", UNSET)

        output_schema_annotations = d.pop("output_schema_annotations", UNSET)

        def _parse_output_schema_validation_enabled(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        output_schema_validation_enabled = _parse_output_schema_validation_enabled(
            d.pop("output_schema_validation_enabled", UNSET)
        )

        output_validation_schema = d.pop("output_validation_schema", UNSET)

        def _parse_data_sinks(data: object) -> list[Any | int] | None | Unset:
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

                    def _parse_data_sinks_type_0_item(data: object) -> Any | int:
                        return cast(Any | int, data)

                    data_sinks_type_0_item = _parse_data_sinks_type_0_item(
                        data_sinks_type_0_item_data
                    )

                    data_sinks_type_0.append(data_sinks_type_0_item)

                return data_sinks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any | int] | None | Unset, data)

        data_sinks = _parse_data_sinks(d.pop("data_sinks", UNSET))

        custom_config = d.pop("custom_config", UNSET)

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

        data_set_update = cls(
            name=name,
            description=description,
            has_custom_transform=has_custom_transform,
            transform_id=transform_id,
            transform=transform,
            output_schema_annotations=output_schema_annotations,
            output_schema_validation_enabled=output_schema_validation_enabled,
            output_validation_schema=output_validation_schema,
            data_sinks=data_sinks,
            custom_config=custom_config,
            tags=tags,
        )

        data_set_update.additional_properties = d
        return data_set_update

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
