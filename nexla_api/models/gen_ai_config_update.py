# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenAiConfigUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "description",
        "status",
        "type",
        "config",
        "data_credentials_id",
    }
)


@_attrs_define
class GenAiConfigUpdate:
    """Fields to change on a GenAI config; absent fields are left alone."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ `active` or `paused`. """
    type_: None | str | Unset = UNSET
    """ Provider, for example `genai_openai` or `genai_googleai`. """
    config: Any | Unset = UNSET
    """ Provider options, for example `openai_model`, `google_ai_model`, `api_version` or
    `enable_doc_recommendations`. """
    data_credentials_id: int | None | Unset = UNSET
    """ Credential holding the provider's API key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        name = self.name

        description: None | str | Unset
        description = self.description

        status: None | str | Unset
        status = self.status

        type_: None | str | Unset
        type_ = self.type_

        config = self.config

        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        status = src_dict.get("status", UNSET)

        type_ = src_dict.get("type", UNSET)

        config = src_dict.get("config", UNSET)

        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        gen_ai_config_update = cls(
            name,
            description,
            status,
            type_,
            config,
            data_credentials_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            gen_ai_config_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return gen_ai_config_update

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
