# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.secret_fields import model_repr

T = TypeVar("T", bound="OrgTier")
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "display_name",
        "record_count_limit",
        "record_count_limit_time",
        "data_source_count_limit",
        "trial_period_days",
    }
)


@_attrs_define
class OrgTier:
    """The account tier of an org and its limits."""

    id: int
    name: None | str = None
    display_name: None | str = None
    record_count_limit: int | None = None
    record_count_limit_time: None | str = None
    """ Period the record limit applies to. """
    data_source_count_limit: int | None = None
    trial_period_days: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        display_name: None | str
        display_name = self.display_name

        record_count_limit: int | None
        record_count_limit = self.record_count_limit

        record_count_limit_time: None | str
        record_count_limit_time = self.record_count_limit_time

        data_source_count_limit: int | None
        data_source_count_limit = self.data_source_count_limit

        trial_period_days: int | None
        trial_period_days = self.trial_period_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not None:
            field_dict["name"] = name
        if display_name is not None:
            field_dict["display_name"] = display_name
        if record_count_limit is not None:
            field_dict["record_count_limit"] = record_count_limit
        if record_count_limit_time is not None:
            field_dict["record_count_limit_time"] = record_count_limit_time
        if data_source_count_limit is not None:
            field_dict["data_source_count_limit"] = data_source_count_limit
        if trial_period_days is not None:
            field_dict["trial_period_days"] = trial_period_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict.get("name")

        display_name = src_dict.get("display_name")

        record_count_limit = src_dict.get("record_count_limit")

        record_count_limit_time = src_dict.get("record_count_limit_time")

        data_source_count_limit = src_dict.get("data_source_count_limit")

        trial_period_days = src_dict.get("trial_period_days")

        org_tier = cls(
            id,
            name,
            display_name,
            record_count_limit,
            record_count_limit_time,
            data_source_count_limit,
            trial_period_days,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            org_tier.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
        return org_tier

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
