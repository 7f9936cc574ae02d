from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeTransformUpdate")


@_attrs_define
class AttributeTransformUpdate:
    """Fields to change on an attribute transform; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    output_type: None | str | Unset = UNSET
    reusable: bool | None | Unset = UNSET
    code_type: None | str | Unset = UNSET
    code_encoding: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    """ The function's new source, encoded as `code_encoding` says. """
    code_config: Any | Unset = UNSET
    custom_config: Any | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    runtime_data_credentials_id: int | None | Unset = UNSET
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

        output_type: None | str | Unset
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        else:
            output_type = self.output_type

        reusable: bool | None | Unset
        if isinstance(self.reusable, Unset):
            reusable = UNSET
        else:
            reusable = self.reusable

        code_type: None | str | Unset
        if isinstance(self.code_type, Unset):
            code_type = UNSET
        else:
            code_type = self.code_type

        code_encoding: None | str | Unset
        if isinstance(self.code_encoding, Unset):
            code_encoding = UNSET
        else:
            code_encoding = self.code_encoding

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        code_config = self.code_config

        custom_config = self.custom_config

        data_credentials_id: int | None | Unset
        if isinstance(self.data_credentials_id, Unset):
            data_credentials_id = UNSET
        else:
            data_credentials_id = self.data_credentials_id

        runtime_data_credentials_id: int | None | Unset
        if isinstance(self.runtime_data_credentials_id, Unset):
            runtime_data_credentials_id = UNSET
        else:
            runtime_data_credentials_id = self.runtime_data_credentials_id

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
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if code_type is not UNSET:
            field_dict["code_type"] = code_type
        if code_encoding is not UNSET:
            field_dict["code_encoding"] = code_encoding
        if code is not UNSET:
            field_dict["code"] = code
        if code_config is not UNSET:
            field_dict["code_config"] = code_config
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if runtime_data_credentials_id is not UNSET:
            field_dict["runtime_data_credentials_id"] = runtime_data_credentials_id
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

        def _parse_output_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_type = _parse_output_type(d.pop("output_type", UNSET))

        def _parse_reusable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reusable = _parse_reusable(d.pop("reusable", UNSET))

        def _parse_code_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_type = _parse_code_type(d.pop("code_type", UNSET))

        def _parse_code_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_encoding = _parse_code_encoding(d.pop("code_encoding", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        code_config = d.pop("code_config", UNSET)

        custom_config = d.pop("custom_config", UNSET)

        def _parse_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_credentials_id = _parse_data_credentials_id(
            d.pop("data_credentials_id", UNSET)
        )

        def _parse_runtime_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        runtime_data_credentials_id = _parse_runtime_data_credentials_id(
            d.pop("runtime_data_credentials_id", UNSET)
        )

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

        attribute_transform_update = cls(
            name=name,
            description=description,
            output_type=output_type,
            reusable=reusable,
            code_type=code_type,
            code_encoding=code_encoding,
            code=code,
            code_config=code_config,
            custom_config=custom_config,
            data_credentials_id=data_credentials_id,
            runtime_data_credentials_id=runtime_data_credentials_id,
            tags=tags,
        )

        attribute_transform_update.additional_properties = d
        return attribute_transform_update

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
