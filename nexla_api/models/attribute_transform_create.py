# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeTransformCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "output_type",
        "reusable",
        "code_type",
        "code_encoding",
        "code",
        "description",
        "code_config",
        "custom_config",
        "data_credentials_id",
        "runtime_data_credentials_id",
        "tags",
    }
)


@_attrs_define
class AttributeTransformCreate:
    """A new attribute transform; its `code` is one function body as a string."""

    name: str
    output_type: str
    """ What the function produces; the official reference documents `attribute`. """
    code_type: str
    """ Language of `code`; the official reference documents `python`, `python3` and `javascript`. """
    code_encoding: str
    """ How `code` is encoded; the official reference documents `base64`. """
    code: str
    """ The function's source, encoded as `code_encoding` says. """
    reusable: bool = True
    """ Whether record transforms may reuse the function. """
    description: None | str | Unset = UNSET
    code_config: Any | Unset = UNSET
    custom_config: Any | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    runtime_data_credentials_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        output_type = self.output_type

        reusable = self.reusable

        code_type = self.code_type

        code_encoding = self.code_encoding

        code = self.code

        description: None | str | Unset
        description = self.description

        code_config = self.code_config

        custom_config = self.custom_config

        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        runtime_data_credentials_id: int | None | Unset
        runtime_data_credentials_id = self.runtime_data_credentials_id

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
                "output_type": output_type,
                "reusable": reusable,
                "code_type": code_type,
                "code_encoding": code_encoding,
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        name = src_dict["name"]

        output_type = src_dict["output_type"]

        reusable = src_dict["reusable"]

        code_type = src_dict["code_type"]

        code_encoding = src_dict["code_encoding"]

        code = src_dict["code"]

        description = src_dict.get("description", UNSET)

        code_config = src_dict.get("code_config", UNSET)

        custom_config = src_dict.get("custom_config", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        runtime_data_credentials_id = src_dict.get("runtime_data_credentials_id", UNSET)

        tags = src_dict.get("tags", UNSET)

        attribute_transform_create = cls(
            name,
            output_type,
            code_type,
            code_encoding,
            code,
            reusable,
            description,
            code_config,
            custom_config,
            data_credentials_id,
            runtime_data_credentials_id,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            attribute_transform_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return attribute_transform_create

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
