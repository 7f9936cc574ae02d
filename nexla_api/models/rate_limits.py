from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limit_window import RateLimitWindow


T = TypeVar("T", bound="RateLimits")


@_attrs_define
class RateLimits:
    """The caller's rate limits per second and per day."""

    second: None | RateLimitWindow | Unset = UNSET
    day: None | RateLimitWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_limit_window import RateLimitWindow  # noqa: PLC0415

        second: dict[str, Any] | None | Unset
        if isinstance(self.second, Unset):
            second = UNSET
        elif isinstance(self.second, RateLimitWindow):
            second = self.second.to_dict()
        else:
            second = self.second

        day: dict[str, Any] | None | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        elif isinstance(self.day, RateLimitWindow):
            day = self.day.to_dict()
        else:
            day = self.day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if second is not UNSET:
            field_dict["second"] = second
        if day is not UNSET:
            field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit_window import RateLimitWindow  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_second(data: object) -> None | RateLimitWindow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                second_type_0 = RateLimitWindow.from_dict(data)

                return second_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitWindow | Unset, data)

        second = _parse_second(d.pop("second", UNSET))

        def _parse_day(data: object) -> None | RateLimitWindow | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day_type_0 = RateLimitWindow.from_dict(data)

                return day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitWindow | Unset, data)

        day = _parse_day(d.pop("day", UNSET))

        rate_limits = cls(
            second=second,
            day=day,
        )

        rate_limits.additional_properties = d
        return rate_limits

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
