# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.quarantine_export_config import QuarantineExportConfig


T = TypeVar("T", bound="QuarantineSettingsCreate")
_KNOWN_FIELDS = frozenset(
    {
        "data_credentials_id",
        "config",
    }
)


@_attrs_define
class QuarantineSettingsCreate:
    """A new quarantine export setup."""

    data_credentials_id: int
    """ Credential of the store to export to. """
    config: QuarantineExportConfig
    """ Where and when quarantined records are written. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        data_credentials_id = self.data_credentials_id

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_credentials_id": data_credentials_id,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_credentials_id = src_dict["data_credentials_id"]

        config = QuarantineExportConfig.from_dict(src_dict["config"])

        quarantine_settings_create = cls(
            data_credentials_id,
            config,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            quarantine_settings_create.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return quarantine_settings_create

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
