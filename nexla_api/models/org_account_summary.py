# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="OrgAccountSummary")
_KNOWN_FIELDS = frozenset(
    {
        "org_id",
        "data_sources",
        "data_sets",
        "data_sinks",
    }
)


@_attrs_define
class OrgAccountSummary:
    """Resource counts of an org."""

    org_id: int | None = None
    data_sources: Any = None
    """ Source counters, for example `total` and `active`. """
    data_sets: Any = None
    """ Nexset counters, grouped one level deeper than the others. """
    data_sinks: Any = None
    """ Destination counters, for example `total` and `active`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        org_id: int | None
        org_id = self.org_id

        data_sources = self.data_sources

        data_sets = self.data_sets

        data_sinks = self.data_sinks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not None:
            field_dict["org_id"] = org_id
        if data_sources is not None:
            field_dict["data_sources"] = data_sources
        if data_sets is not None:
            field_dict["data_sets"] = data_sets
        if data_sinks is not None:
            field_dict["data_sinks"] = data_sinks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        org_id = src_dict.get("org_id")

        data_sources = src_dict.get("data_sources")

        data_sets = src_dict.get("data_sets")

        data_sinks = src_dict.get("data_sinks")

        org_account_summary = cls(
            org_id,
            data_sources,
            data_sets,
            data_sinks,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_account_summary.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_account_summary

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
