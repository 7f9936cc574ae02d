from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limit_usage import RateLimitUsage


T = TypeVar("T", bound="RateLimitWindow")


@_attrs_define
class RateLimitWindow:
    """Limits within one time window, by endpoint class (`common`, and the `light`, `medium` and `high` cost classes)."""

    common: None | RateLimitUsage | Unset = UNSET
    light: None | RateLimitUsage | Unset = UNSET
    medium: None | RateLimitUsage | Unset = UNSET
    high: None | RateLimitUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_limit_usage import RateLimitUsage  # noqa: PLC0415

        common: dict[str, Any] | None | Unset
        if isinstance(self.common, Unset):
            common = UNSET
        elif isinstance(self.common, RateLimitUsage):
            common = self.common.to_dict()
        else:
            common = self.common

        light: dict[str, Any] | None | Unset
        if isinstance(self.light, Unset):
            light = UNSET
        elif isinstance(self.light, RateLimitUsage):
            light = self.light.to_dict()
        else:
            light = self.light

        medium: dict[str, Any] | None | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        elif isinstance(self.medium, RateLimitUsage):
            medium = self.medium.to_dict()
        else:
            medium = self.medium

        high: dict[str, Any] | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        elif isinstance(self.high, RateLimitUsage):
            high = self.high.to_dict()
        else:
            high = self.high

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common is not UNSET:
            field_dict["common"] = common
        if light is not UNSET:
            field_dict["light"] = light
        if medium is not UNSET:
            field_dict["medium"] = medium
        if high is not UNSET:
            field_dict["high"] = high

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit_usage import RateLimitUsage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_common(data: object) -> None | RateLimitUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                common_type_0 = RateLimitUsage.from_dict(data)

                return common_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitUsage | Unset, data)

        common = _parse_common(d.pop("common", UNSET))

        def _parse_light(data: object) -> None | RateLimitUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                light_type_0 = RateLimitUsage.from_dict(data)

                return light_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitUsage | Unset, data)

        light = _parse_light(d.pop("light", UNSET))

        def _parse_medium(data: object) -> None | RateLimitUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medium_type_0 = RateLimitUsage.from_dict(data)

                return medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitUsage | Unset, data)

        medium = _parse_medium(d.pop("medium", UNSET))

        def _parse_high(data: object) -> None | RateLimitUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                high_type_0 = RateLimitUsage.from_dict(data)

                return high_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateLimitUsage | Unset, data)

        high = _parse_high(d.pop("high", UNSET))

        rate_limit_window = cls(
            common=common,
            light=light,
            medium=medium,
            high=high,
        )

        rate_limit_window.additional_properties = d
        return rate_limit_window

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
