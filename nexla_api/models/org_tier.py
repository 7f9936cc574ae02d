from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgTier")


@_attrs_define
class OrgTier:
    """The account tier of an org and its limits."""

    id: int
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    record_count_limit: int | None | Unset = UNSET
    record_count_limit_time: None | str | Unset = UNSET
    """ Period the record limit applies to. """
    data_source_count_limit: int | None | Unset = UNSET
    trial_period_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        record_count_limit: int | None | Unset
        if isinstance(self.record_count_limit, Unset):
            record_count_limit = UNSET
        else:
            record_count_limit = self.record_count_limit

        record_count_limit_time: None | str | Unset
        if isinstance(self.record_count_limit_time, Unset):
            record_count_limit_time = UNSET
        else:
            record_count_limit_time = self.record_count_limit_time

        data_source_count_limit: int | None | Unset
        if isinstance(self.data_source_count_limit, Unset):
            data_source_count_limit = UNSET
        else:
            data_source_count_limit = self.data_source_count_limit

        trial_period_days: int | None | Unset
        if isinstance(self.trial_period_days, Unset):
            trial_period_days = UNSET
        else:
            trial_period_days = self.trial_period_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if record_count_limit is not UNSET:
            field_dict["record_count_limit"] = record_count_limit
        if record_count_limit_time is not UNSET:
            field_dict["record_count_limit_time"] = record_count_limit_time
        if data_source_count_limit is not UNSET:
            field_dict["data_source_count_limit"] = data_source_count_limit
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_record_count_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_count_limit = _parse_record_count_limit(
            d.pop("record_count_limit", UNSET)
        )

        def _parse_record_count_limit_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        record_count_limit_time = _parse_record_count_limit_time(
            d.pop("record_count_limit_time", UNSET)
        )

        def _parse_data_source_count_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_source_count_limit = _parse_data_source_count_limit(
            d.pop("data_source_count_limit", UNSET)
        )

        def _parse_trial_period_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_period_days = _parse_trial_period_days(d.pop("trial_period_days", UNSET))

        org_tier = cls(
            id=id,
            name=name,
            display_name=display_name,
            record_count_limit=record_count_limit,
            record_count_limit_time=record_count_limit_time,
            data_source_count_limit=data_source_count_limit,
            trial_period_days=trial_period_days,
        )

        org_tier.additional_properties = d
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
