# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr
from ..types import UNSET

T = TypeVar("T", bound="QuarantineExportConfig")
_KNOWN_FIELDS = frozenset(
    {
        "start.cron",
        "path",
    }
)


@_attrs_define
class QuarantineExportConfig:
    """Where and when quarantined records are written."""

    start_cron: str
    """ Cron expression of the export schedule. """
    path: str
    """ Folder (or prefix) in the credential's store to write to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        start_cron = self.start_cron

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start.cron": start_cron,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_cron = src_dict["start.cron"]

        path = src_dict["path"]

        quarantine_export_config = cls(
            start_cron,
            path,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            quarantine_export_config.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return quarantine_export_config

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
