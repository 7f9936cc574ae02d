from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgHealthSummary")


@_attrs_define
class OrgHealthSummary:
    """Counts of an org's flows per health status."""

    status: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    green: int | None | Unset = UNSET
    """ Flows that are healthy. """
    yellow: int | None | Unset = UNSET
    """ Flows with warnings. """
    red: int | None | Unset = UNSET
    """ Flows that are failing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        green: int | None | Unset
        if isinstance(self.green, Unset):
            green = UNSET
        else:
            green = self.green

        yellow: int | None | Unset
        if isinstance(self.yellow, Unset):
            yellow = UNSET
        else:
            yellow = self.yellow

        red: int | None | Unset
        if isinstance(self.red, Unset):
            red = UNSET
        else:
            red = self.red

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if green is not UNSET:
            field_dict["GREEN"] = green
        if yellow is not UNSET:
            field_dict["YELLOW"] = yellow
        if red is not UNSET:
            field_dict["RED"] = red

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_green(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        green = _parse_green(d.pop("GREEN", UNSET))

        def _parse_yellow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yellow = _parse_yellow(d.pop("YELLOW", UNSET))

        def _parse_red(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        red = _parse_red(d.pop("RED", UNSET))

        org_health_summary = cls(
            status=status,
            message=message,
            green=green,
            yellow=yellow,
            red=red,
        )

        org_health_summary.additional_properties = d
        return org_health_summary

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
