# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenAiConfigCreate")
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "type",
        "config",
        "data_credentials_id",
        "description",
    }
)


@_attrs_define
class GenAiConfigCreate:
    """A new GenAI integration config."""

    name: str
    type_: str
    """ Provider, for example `genai_openai` or `genai_googleai`. """
    config: Any
    """ Provider options, for example `openai_model`, `google_ai_model`, `api_version` or
    `enable_doc_recommendations`. """
    data_credentials_id: int
    """ Credential holding the provider's API key. """
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        config = self.config

        data_credentials_id = self.data_credentials_id

        description: None | str | Unset
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "config": config,
                "data_credentials_id": data_credentials_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        type_ = src_dict["type"]

        config = src_dict["config"]

        data_credentials_id = src_dict["data_credentials_id"]

        description = src_dict.get("description", UNSET)

        gen_ai_config_create = cls(
            name,
            type_,
            config,
            data_credentials_id,
            description,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            gen_ai_config_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return gen_ai_config_create

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
