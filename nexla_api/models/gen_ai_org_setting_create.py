# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gen_ai_usage import GenAiUsage
from ..runtime.secret_fields import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenAiOrgSettingCreate")
_KNOWN_FIELDS = frozenset(
    {
        "gen_ai_config_id",
        "gen_ai_usage",
        "org_id",
    }
)


@_attrs_define
class GenAiOrgSettingCreate:
    """Binds a config to a usage for an org (the caller's org when `org_id` is left out)."""

    gen_ai_config_id: int
    gen_ai_usage: GenAiUsage
    """ What a GenAI config is used for. """
    org_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        gen_ai_config_id = self.gen_ai_config_id

        gen_ai_usage = self.gen_ai_usage.value

        org_id: int | None | Unset
        org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gen_ai_config_id": gen_ai_config_id,
                "gen_ai_usage": gen_ai_usage,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        gen_ai_config_id = src_dict["gen_ai_config_id"]

        gen_ai_usage = GenAiUsage.from_wire(src_dict["gen_ai_usage"])

        org_id = src_dict.get("org_id", UNSET)

        gen_ai_org_setting_create = cls(
            gen_ai_config_id,
            gen_ai_usage,
            org_id,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            gen_ai_org_setting_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return gen_ai_org_setting_create

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
