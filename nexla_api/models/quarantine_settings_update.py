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
    from ..models.quarantine_export_config import QuarantineExportConfig


T = TypeVar("T", bound="QuarantineSettingsUpdate")
_KNOWN_FIELDS = frozenset(
    {
        "data_credentials_id",
        "config",
    }
)


@_attrs_define
class QuarantineSettingsUpdate:
    """Fields to change on a quarantine export setup; absent fields are left alone."""

    data_credentials_id: int | None | Unset = UNSET
    config: None | QuarantineExportConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_credentials_id: int | None | Unset
        data_credentials_id = self.data_credentials_id

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, QuarantineExportConfig):
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
        data_credentials_id = src_dict.get("data_credentials_id", UNSET)

        config = src_dict.get("config", UNSET)
        if isinstance(config, dict):
            try:
                config_type_0 = QuarantineExportConfig.from_dict(config)

                config = config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("config", exc) from None

        quarantine_settings_update = cls(
            data_credentials_id,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            quarantine_settings_update.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.quarantine_export_config import QuarantineExportConfig  # noqa: E402
