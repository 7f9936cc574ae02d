# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.rate_limit_usage import RateLimitUsage


T = TypeVar("T", bound="RateLimitWindow")
_KNOWN_FIELDS = frozenset(
    {
        "common",
        "light",
        "medium",
        "high",
    }
)


@_attrs_define
class RateLimitWindow:
    """Limits within one time window, by endpoint class (`common`, and the `light`, `medium` and `high` cost classes)."""

    common: None | RateLimitUsage = None
    light: None | RateLimitUsage = None
    medium: None | RateLimitUsage = None
    high: None | RateLimitUsage = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        common: dict[str, Any] | None
        if isinstance(self.common, RateLimitUsage):
            common = self.common.to_dict()
        else:
            common = self.common

        light: dict[str, Any] | None
        if isinstance(self.light, RateLimitUsage):
            light = self.light.to_dict()
        else:
            light = self.light

        medium: dict[str, Any] | None
        if isinstance(self.medium, RateLimitUsage):
            medium = self.medium.to_dict()
        else:
            medium = self.medium

        high: dict[str, Any] | None
        if isinstance(self.high, RateLimitUsage):
            high = self.high.to_dict()
        else:
            high = self.high

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common is not None:
            field_dict["common"] = common
        if light is not None:
            field_dict["light"] = light
        if medium is not None:
            field_dict["medium"] = medium
        if high is not None:
            field_dict["high"] = high

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        common = src_dict.get("common")
        if isinstance(common, dict):
            try:
                common_type_0 = RateLimitUsage.from_dict(common)

                common = common_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("common", exc) from None

        light = src_dict.get("light")
        if isinstance(light, dict):
            try:
                light_type_0 = RateLimitUsage.from_dict(light)

                light = light_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("light", exc) from None

        medium = src_dict.get("medium")
        if isinstance(medium, dict):
            try:
                medium_type_0 = RateLimitUsage.from_dict(medium)

                medium = medium_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("medium", exc) from None

        high = src_dict.get("high")
        if isinstance(high, dict):
            try:
                high_type_0 = RateLimitUsage.from_dict(high)

                high = high_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("high", exc) from None

        rate_limit_window = cls(
            common,
            light,
            medium,
            high,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            rate_limit_window.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.rate_limit_usage import RateLimitUsage  # noqa: E402
