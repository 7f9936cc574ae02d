# generated from spec/ by generator — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.parsing import nested_error
from ..runtime.secret_fields import model_repr

if TYPE_CHECKING:
    from ..models.rate_limit_window import RateLimitWindow


T = TypeVar("T", bound="RateLimits")
_KNOWN_FIELDS = frozenset(
    {
        "second",
        "day",
    }
)


@_attrs_define
class RateLimits:
    """The caller's rate limits per second and per day."""

    second: None | RateLimitWindow = None
    day: None | RateLimitWindow = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Fields that hold secrets (credentials, connector configs) are shown as `***`."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        second: dict[str, Any] | None
        if isinstance(self.second, RateLimitWindow):
            second = self.second.to_dict()
        else:
            second = self.second

        day: dict[str, Any] | None
        if isinstance(self.day, RateLimitWindow):
            day = self.day.to_dict()
        else:
            day = self.day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if second is not None:
            field_dict["second"] = second
        if day is not None:
            field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        second = src_dict.get("second")
        if isinstance(second, dict):
            try:
                second_type_0 = RateLimitWindow.from_dict(second)

                second = second_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("second", exc) from None

        day = src_dict.get("day")
        if isinstance(day, dict):
            try:
                day_type_0 = RateLimitWindow.from_dict(day)

                day = day_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                raise nested_error("day", exc) from None

        rate_limits = cls(
            second,
            day,
        )

        if not _KNOWN_FIELDS.issuperset(src_dict):
            rate_limits.additional_properties = {
                k: src_dict[k] for k in src_dict if k not in _KNOWN_FIELDS
            }
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


# Imported after the class so that models referring to each other load in any order.
from ..models.rate_limit_window import RateLimitWindow  # noqa: E402
