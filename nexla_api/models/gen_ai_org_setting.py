from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gen_ai_config import GenAiConfig


T = TypeVar("T", bound="GenAiOrgSetting")


@_attrs_define
class GenAiOrgSetting:
    """The binding of a GenAI config to a usage in an org."""

    id: int
    org_id: int | None | Unset = UNSET
    gen_ai_usage: None | str | Unset = UNSET
    """ For example `all`, `gen_docs` or `check_code`. """
    gen_ai_config_id: int | None | Unset = UNSET
    gen_ai_config: GenAiConfig | None | Unset = UNSET
    active_config: Any | Unset = UNSET
    configs: Any | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gen_ai_config import GenAiConfig  # noqa: PLC0415

        id = self.id

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        gen_ai_usage: None | str | Unset
        if isinstance(self.gen_ai_usage, Unset):
            gen_ai_usage = UNSET
        else:
            gen_ai_usage = self.gen_ai_usage

        gen_ai_config_id: int | None | Unset
        if isinstance(self.gen_ai_config_id, Unset):
            gen_ai_config_id = UNSET
        else:
            gen_ai_config_id = self.gen_ai_config_id

        gen_ai_config: dict[str, Any] | None | Unset
        if isinstance(self.gen_ai_config, Unset):
            gen_ai_config = UNSET
        elif isinstance(self.gen_ai_config, GenAiConfig):
            gen_ai_config = self.gen_ai_config.to_dict()
        else:
            gen_ai_config = self.gen_ai_config

        active_config = self.active_config

        configs = self.configs

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
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
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if gen_ai_usage is not UNSET:
            field_dict["gen_ai_usage"] = gen_ai_usage
        if gen_ai_config_id is not UNSET:
            field_dict["gen_ai_config_id"] = gen_ai_config_id
        if gen_ai_config is not UNSET:
            field_dict["gen_ai_config"] = gen_ai_config
        if active_config is not UNSET:
            field_dict["active_config"] = active_config
        if configs is not UNSET:
            field_dict["configs"] = configs
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gen_ai_config import GenAiConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_gen_ai_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gen_ai_usage = _parse_gen_ai_usage(d.pop("gen_ai_usage", UNSET))

        def _parse_gen_ai_config_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gen_ai_config_id = _parse_gen_ai_config_id(d.pop("gen_ai_config_id", UNSET))

        def _parse_gen_ai_config(data: object) -> GenAiConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gen_ai_config_type_0 = GenAiConfig.from_dict(data)

                return gen_ai_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenAiConfig | None | Unset, data)

        gen_ai_config = _parse_gen_ai_config(d.pop("gen_ai_config", UNSET))

        active_config = d.pop("active_config", UNSET)

        configs = d.pop("configs", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        gen_ai_org_setting = cls(
            id=id,
            org_id=org_id,
            gen_ai_usage=gen_ai_usage,
            gen_ai_config_id=gen_ai_config_id,
            gen_ai_config=gen_ai_config,
            active_config=active_config,
            configs=configs,
            created_at=created_at,
            updated_at=updated_at,
        )

        gen_ai_org_setting.additional_properties = d
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
