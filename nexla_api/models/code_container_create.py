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


T = TypeVar("T", bound="CodeContainerCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "output_type",
        "code_type",
        "code_encoding",
        "code",
        "description",
        "resource_type",
        "ai_function_type",
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
class CodeContainerCreate:
    """A new code container."""

    name: str
    output_type: CodeContainerOutputType
    """ What the code produces. """
    code_type: CodeContainerCodeType
    """ Language of the code. """
    code_encoding: CodeContainerEncoding
    """ How `code` is encoded when it is a string. """
    code: list[CodeContainerCodeOp] | str
    """ The code: a list of steps (Jolt and scripted record transforms), or one string (a function body, encoded as
    `code_encoding` says). """
    description: None | str | Unset = UNSET
    resource_type: CodeContainerResourceType | None | Unset = UNSET
    ai_function_type: AiFunctionType | None | Unset = UNSET
    reusable: bool | None | Unset = True
    """ Whether other resources may use the code container. """
    public: bool | None | Unset = UNSET
    data_credentials_id: int | None | Unset = UNSET
    """ Credential the code may use. """
    runtime_data_credentials_id: int | None | Unset = UNSET
    """ Credential for the runtime that executes the code. """
    code_config: Any | Unset = UNSET
    custom_config: Any | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        output_type = self.output_type.value

        code_type = self.code_type.value

        code_encoding = self.code_encoding.value

        code: list[dict[str, Any]] | str
        if isinstance(self.code, list):
            code = []
            for componentsschemas_code_container_code_type_0_item_data in self.code:
                componentsschemas_code_container_code_type_0_item = (
                    componentsschemas_code_container_code_type_0_item_data.to_dict()
                )
                code.append(componentsschemas_code_container_code_type_0_item)

        else:
            code = self.code

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
        field_dict.update(
            {
                "name": name,
                "output_type": output_type,
                "code_type": code_type,
                "code_encoding": code_encoding,
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if ai_function_type is not UNSET:
            field_dict["ai_function_type"] = ai_function_type
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
        name = src_dict["name"]

        output_type = CodeContainerOutputType.from_wire(src_dict["output_type"])

        code_type = CodeContainerCodeType.from_wire(src_dict["code_type"])

        code_encoding = CodeContainerEncoding.from_wire(src_dict["code_encoding"])

        code = src_dict["code"]
        if isinstance(code, list):
            try:
                componentsschemas_code_container_code_type_0 = [
                    CodeContainerCodeOp.from_dict(item) for item in code
                ]

                code = componentsschemas_code_container_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("code", exc) from None

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

        reusable = src_dict.get("reusable", UNSET)

        public = src_dict.get("public", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        runtime_data_credentials_id = src_dict.get("runtime_data_credentials_id", UNSET)

        code_config = src_dict.get("code_config", UNSET)

        custom_config = src_dict.get("custom_config", UNSET)

        tags = src_dict.get("tags", UNSET)

        code_container_create = cls(
            name,
            output_type,
            code_type,
            code_encoding,
            code,
            description,
            resource_type,
            ai_function_type,
            reusable,
            public,
            data_credentials_id,
            runtime_data_credentials_id,
            code_config,
            custom_config,
            tags,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            code_container_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return code_container_create

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
