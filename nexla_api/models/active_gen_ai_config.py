# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="ActiveGenAiConfig")
_KNOWN_FIELDS = frozenset(
    {
        "gen_ai_usage",
        "active_config",
    }
)


@_attrs_define
class ActiveGenAiConfig:
    """The config in force for a usage."""

    gen_ai_usage: None | str = None
    active_config: Any = None
    """ The active config, as Nexla returns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        gen_ai_usage: None | str
        gen_ai_usage = self.gen_ai_usage

        active_config = self.active_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gen_ai_usage is not None:
            field_dict["gen_ai_usage"] = gen_ai_usage
        if active_config is not None:
            field_dict["active_config"] = active_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        gen_ai_usage = src_dict.get("gen_ai_usage")

        active_config = src_dict.get("active_config")

        active_gen_ai_config = cls(
            gen_ai_usage,
            active_config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            active_gen_ai_config.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return active_gen_ai_config

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
