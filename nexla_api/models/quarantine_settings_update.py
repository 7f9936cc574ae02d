from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quarantine_export_config import QuarantineExportConfig


T = TypeVar("T", bound="QuarantineSettingsUpdate")


@_attrs_define
class QuarantineSettingsUpdate:
    """Fields to change on a quarantine export setup; absent fields are left alone."""

    data_credentials_id: int | None | Unset = UNSET
    config: None | QuarantineExportConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: PLC0415

        data_credentials_id: int | None | Unset
        if isinstance(self.data_credentials_id, Unset):
            data_credentials_id = UNSET
        else:
            data_credentials_id = self.data_credentials_id

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, QuarantineExportConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_credentials_id is not UNSET:
            field_dict["data_credentials_id"] = data_credentials_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data_credentials_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_credentials_id = _parse_data_credentials_id(
            d.pop("data_credentials_id", UNSET)
        )

        def _parse_config(data: object) -> None | QuarantineExportConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = QuarantineExportConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuarantineExportConfig | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        quarantine_settings_update = cls(
            data_credentials_id=data_credentials_id,
            config=config,
        )

        quarantine_settings_update.additional_properties = d
        return quarantine_settings_update

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
