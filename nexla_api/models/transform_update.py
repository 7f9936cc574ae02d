# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transform_code_op import TransformCodeOp


T = TypeVar("T", bound="TransformUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "output_type",
        "reusable",
        "code_type",
        "code_encoding",
        "code",
        "code_config",
        "custom_config",
        "data_credentials_id",
        "runtime_data_credentials_id",
        "tags",
    }
)


@_attrs_define
class TransformUpdate:
    """Fields to change on a record transform; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    output_type: None | str | Unset = UNSET
    reusable: bool | None | Unset = UNSET
    code_type: None | str | Unset = UNSET
    code_encoding: None | str | Unset = UNSET
    code: list[TransformCodeOp] | None | Unset = UNSET
    """ The transform's new steps, applied in order. """
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
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        output_type: None | str | Unset
        output_type = self.output_type

        reusable: bool | None | Unset
        reusable = self.reusable

        code_type: None | str | Unset
        code_type = self.code_type

        code_encoding: None | str | Unset
        code_encoding = self.code_encoding

        code: list[dict[str, Any]] | None | Unset
        if isinstance(self.code, list):
            code = []
            for code_type_0_item_data in self.code:
                code_type_0_item = code_type_0_item_data.to_dict()
                code.append(code_type_0_item)

        else:
            code = self.code

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
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        output_type = src_dict.get("output_type", UNSET)

        reusable = src_dict.get("reusable", UNSET)

        code_type = src_dict.get("code_type", UNSET)

        code_encoding = src_dict.get("code_encoding", UNSET)

        code = src_dict.get("code", UNSET)
        if isinstance(code, list):
            try:
                code_type_0 = [TransformCodeOp.from_dict(item) for item in code]

                code = code_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code", exc) from None

        code_config = src_dict.get("code_config", UNSET)

        custom_config = src_dict.get("custom_config", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        runtime_data_credentials_id = src_dict.get("runtime_data_credentials_id", UNSET)

        tags = src_dict.get("tags", UNSET)

        transform_update = cls(
            name,
            description,
            output_type,
            reusable,
            code_type,
            code_encoding,
            code,
            code_config,
            custom_config,
            data_credentials_id,
            runtime_data_credentials_id,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            transform_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return transform_update

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
from ..models.transform_code_op import TransformCodeOp  # noqa: E402
