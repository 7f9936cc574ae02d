# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_function_type import AiFunctionType
from ..models.code_container_code_type import CodeContainerCodeType
from ..models.code_container_encoding import CodeContainerEncoding
from ..models.code_container_output_type import CodeContainerOutputType
from ..models.code_container_resource_type import CodeContainerResourceType
from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_container_code_op import CodeContainerCodeOp


T = TypeVar("T", bound="CodeContainerUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "resource_type",
        "ai_function_type",
        "output_type",
        "code_type",
        "code_encoding",
        "code",
        "reusable",
        "public",
        "data_credentials_id",
        "runtime_data_credentials_id",
        "code_config",
        "custom_config",
        "tags",
    }
)


@_attrs_define
class CodeContainerUpdate:
    """Fields to change on a code container; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    resource_type: CodeContainerResourceType | None | Unset = UNSET
    ai_function_type: AiFunctionType | None | Unset = UNSET
    output_type: CodeContainerOutputType | None | Unset = UNSET
    code_type: CodeContainerCodeType | None | Unset = UNSET
    code_encoding: CodeContainerEncoding | None | Unset = UNSET
    code: list[CodeContainerCodeOp] | None | str | Unset = UNSET
    reusable: bool | None | Unset = UNSET
    public: bool | None | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    runtime_data_credentials_id: int | None | Unset = UNSET
    code_config: Any | Unset = UNSET
    custom_config: Any | Unset = UNSET
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

        resource_type: None | str | Unset
        if isinstance(self.resource_type, CodeContainerResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        ai_function_type: None | str | Unset
        if isinstance(self.ai_function_type, AiFunctionType):
            ai_function_type = self.ai_function_type.value
        else:
            ai_function_type = self.ai_function_type

        output_type: None | str | Unset
        if isinstance(self.output_type, CodeContainerOutputType):
            output_type = self.output_type.value
        else:
            output_type = self.output_type

        code_type: None | str | Unset
        if isinstance(self.code_type, CodeContainerCodeType):
            code_type = self.code_type.value
        else:
            code_type = self.code_type

        code_encoding: None | str | Unset
        if isinstance(self.code_encoding, CodeContainerEncoding):
            code_encoding = self.code_encoding.value
        else:
            code_encoding = self.code_encoding

        code: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.code, list):
            code = []
            for componentsschemas_code_container_code_type_0_item_data in self.code:
                componentsschemas_code_container_code_type_0_item = (
                    componentsschemas_code_container_code_type_0_item_data.to_dict()
                )
                code.append(componentsschemas_code_container_code_type_0_item)

        else:
            code = self.code

        reusable: bool | None | Unset
        reusable = self.reusable

        public: bool | None | Unset
        public = self.public

        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        runtime_data_credentials_id: int | None | Unset
        runtime_data_credentials_id = self.runtime_data_credentials_id

        code_config = self.code_config

        custom_config = self.custom_config

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
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if ai_function_type is not UNSET:
            field_dict["ai_function_type"] = ai_function_type
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if code_type is not UNSET:
            field_dict["code_type"] = code_type
        if code_encoding is not UNSET:
            field_dict["code_encoding"] = code_encoding
        if code is not UNSET:
            field_dict["code"] = code
        if reusable is not UNSET:
            field_dict["reusable"] = reusable
        if public is not UNSET:
            field_dict["public"] = public
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if runtime_data_credentials_id is not UNSET:
            field_dict["runtime_data_credentials_id"] = runtime_data_credentials_id
        if code_config is not UNSET:
            field_dict["code_config"] = code_config
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        resource_type = src_dict.get("resource_type", UNSET)
        if isinstance(resource_type, str):
            try:
                resource_type_type_0 = CodeContainerResourceType.from_wire(
                    resource_type
                )

                resource_type = resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("resource_type", exc) from None

        ai_function_type = src_dict.get("ai_function_type", UNSET)
        if isinstance(ai_function_type, str):
            try:
                ai_function_type_type_0 = AiFunctionType.from_wire(ai_function_type)

                ai_function_type = ai_function_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("ai_function_type", exc) from None

        output_type = src_dict.get("output_type", UNSET)
        if isinstance(output_type, str):
            try:
                output_type_type_0 = CodeContainerOutputType.from_wire(output_type)

                output_type = output_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("output_type", exc) from None

        code_type = src_dict.get("code_type", UNSET)
        if isinstance(code_type, str):
            try:
                code_type_type_0 = CodeContainerCodeType.from_wire(code_type)

                code_type = code_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code_type", exc) from None

        code_encoding = src_dict.get("code_encoding", UNSET)
        if isinstance(code_encoding, str):
            try:
                code_encoding_type_0 = CodeContainerEncoding.from_wire(code_encoding)

                code_encoding = code_encoding_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code_encoding", exc) from None

        code = src_dict.get("code", UNSET)
        if isinstance(code, list):
            try:
                componentsschemas_code_container_code_type_0 = [
                    CodeContainerCodeOp.from_dict(item) for item in code
                ]

                code = componentsschemas_code_container_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code", exc) from None

        reusable = src_dict.get("reusable", UNSET)

        public = src_dict.get("public", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        runtime_data_credentials_id = src_dict.get("runtime_data_credentials_id", UNSET)

        code_config = src_dict.get("code_config", UNSET)

        custom_config = src_dict.get("custom_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        code_container_update = cls(
            name,
            description,
            resource_type,
            ai_function_type,
            output_type,
            code_type,
            code_encoding,
            code,
            reusable,
            public,
            data_credentials_id,
            runtime_data_credentials_id,
            code_config,
            custom_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            code_container_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return code_container_update

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
from ..models.code_container_code_op import CodeContainerCodeOp  # noqa: E402
