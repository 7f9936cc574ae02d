# generated from spec/ by generator — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.gen_ai_config import GenAiConfig


T = TypeVar("T", bound="GenAiOrgSetting")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "org_id",
        "gen_ai_usage",
        "gen_ai_config_id",
        "gen_ai_config",
        "active_config",
        "configs",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class GenAiOrgSetting:
    """The binding of a GenAI config to a usage in an org."""

    id: int
    org_id: int | None = None
    gen_ai_usage: None | str = None
    """ For example `all`, `gen_docs` or `check_code`. """
    gen_ai_config_id: int | None = None
    gen_ai_config: GenAiConfig | None = None
    active_config: Any = None
    configs: Any = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id: int | None
        org_id = self.org_id

        gen_ai_usage: None | str
        gen_ai_usage = self.gen_ai_usage

        gen_ai_config_id: int | None
        gen_ai_config_id = self.gen_ai_config_id

        gen_ai_config: dict[str, Any] | None
        if isinstance(self.gen_ai_config, GenAiConfig):
            gen_ai_config = self.gen_ai_config.to_dict()
        else:
            gen_ai_config = self.gen_ai_config

        active_config = self.active_config

        configs = self.configs

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if org_id is not None:
            field_dict["org_id"] = org_id
        if gen_ai_usage is not None:
            field_dict["gen_ai_usage"] = gen_ai_usage
        if gen_ai_config_id is not None:
            field_dict["gen_ai_config_id"] = gen_ai_config_id
        if gen_ai_config is not None:
            field_dict["gen_ai_config"] = gen_ai_config
        if active_config is not None:
            field_dict["active_config"] = active_config
        if configs is not None:
            field_dict["configs"] = configs
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        org_id = src_dict.get("org_id")

        gen_ai_usage = src_dict.get("gen_ai_usage")

        gen_ai_config_id = src_dict.get("gen_ai_config_id")

        gen_ai_config = src_dict.get("gen_ai_config")
        if isinstance(gen_ai_config, dict):
            try:
                gen_ai_config_type_0 = GenAiConfig.from_dict(gen_ai_config)

                gen_ai_config = gen_ai_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("gen_ai_config", exc) from None

        active_config = src_dict.get("active_config")

        configs = src_dict.get("configs")

        created_at = src_dict.get("created_at")
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("created_at", exc) from None

        updated_at = src_dict.get("updated_at")
        if isinstance(updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("updated_at", exc) from None

        gen_ai_org_setting = cls(
            id,
            org_id,
            gen_ai_usage,
            gen_ai_config_id,
            gen_ai_config,
            active_config,
            configs,
            created_at,
            updated_at,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            gen_ai_org_setting.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return gen_ai_org_setting

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
from ..models.gen_ai_config import GenAiConfig  # noqa: E402
